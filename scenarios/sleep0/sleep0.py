import asyncio

STEPS = 3


async def worker(name, steps):
    for i in range(steps):
        print(f'{name}: step {i}')
        await asyncio.sleep(0)  # не ждёт: отдаёт управление тем, кто готов
    print(f'{name}: done')


async def main():
    print('main: sleep(0), nobody else is ready')
    await asyncio.sleep(0)
    print('main: resumed at once')

    task_a = asyncio.create_task(worker('A', STEPS))
    task_b = asyncio.create_task(worker('B', STEPS))
    await task_a
    await task_b
    print('main: done')

asyncio.run(main())
