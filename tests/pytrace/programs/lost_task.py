import asyncio


async def forever():
    print('forever starts')
    await asyncio.get_running_loop().create_future()


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0.1)
    print('main done')


asyncio.run(main())
