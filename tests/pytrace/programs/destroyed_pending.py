import asyncio
import gc


async def forever():
    await asyncio.get_running_loop().create_future()


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    gc.collect()
    print('collected')

asyncio.run(main())
