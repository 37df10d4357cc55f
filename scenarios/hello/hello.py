import asyncio

DELAY = 1.0


async def main():
    print('hello')
    await asyncio.sleep(DELAY)
    print('world')

asyncio.run(main())
