import asyncio

CONSUMERS = 3
DELAY = 1.0


async def consumer(idx, condition):
    async with condition:
        print(f'consumer {idx} waits')
        await condition.wait()  # releases the lock, waits for notify, takes it again
        print(f'consumer {idx} woke up')


async def main():
    condition = asyncio.Condition()
    tasks = []
    for i in range(1, CONSUMERS + 1):
        tasks.append(asyncio.create_task(consumer(i, condition)))

    await asyncio.sleep(DELAY)
    async with condition:
        print('notify(1)')
        condition.notify(1)

    await asyncio.sleep(DELAY)
    async with condition:
        print('notify_all()')
        condition.notify_all()

    await asyncio.gather(*tasks)

asyncio.run(main())
