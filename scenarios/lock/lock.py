import asyncio

DELAY_1 = 1.0
DELAY_2 = 2.0


async def coro(name, delay, lock):
    print(f'{name} waits for the lock')
    async with lock:
        print(f'{name} acquired the lock')
        await asyncio.sleep(delay)  # access shared state
        print(f'{name} releases the lock')


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(
        coro('Coro 1', DELAY_1, lock),
        coro('Coro 2', DELAY_2, lock),
    )

asyncio.run(main())
