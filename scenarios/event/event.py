import asyncio

WAITERS = 3
SET_AFTER = 1.0


async def waiter(idx, event):
    print(f'waiter {idx} waits for the event')
    await event.wait()
    print(f'waiter {idx} woke up')


async def main():
    event = asyncio.Event()
    tasks = []
    for i in range(1, WAITERS + 1):
        tasks.append(asyncio.create_task(waiter(i, event)))

    await asyncio.sleep(SET_AFTER)
    print('set the event')
    event.set()

    await asyncio.gather(*tasks)

asyncio.run(main())
