import asyncio

DELAY = 1.0


async def rocket():
    print(1)
    await asyncio.sleep(DELAY)
    print(2)
    await asyncio.sleep(DELAY)
    print(3)
    await asyncio.sleep(DELAY)
    print("Go!")


async def main():
    await rocket()

asyncio.run(main())
