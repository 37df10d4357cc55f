import asyncio


async def helper():
    await asyncio.sleep(0.25)
    raise LookupError('no such key: 7')


async def main():
    print('main starts')
    await helper()


asyncio.run(main())
