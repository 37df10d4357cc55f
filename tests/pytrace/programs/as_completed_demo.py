import asyncio


async def fetch(n, delay):
    await asyncio.sleep(delay)
    return f'page {n}'


async def main():
    coros = [fetch(1, 0.3), fetch(2, 0.1), fetch(3, 0.2)]
    for next_done in asyncio.as_completed(coros):
        print(await next_done)


asyncio.run(main())
