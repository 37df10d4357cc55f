import asyncio


async def sleeper(name):
    await asyncio.sleep(1)
    print(name)


async def main():
    await asyncio.gather(*(sleeper(n) for n in 'abcd'))


asyncio.run(main())
