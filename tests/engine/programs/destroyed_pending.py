import asyncio
import gc


async def forever():
    await asyncio.get_running_loop().create_future()


async def waiter(fut):
    await fut
    print('waiter woke')


async def napper():
    await asyncio.sleep(1)
    print('napper woke')


async def main():
    asyncio.create_task(forever())
    kept = asyncio.create_task(forever())
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(waiter(fut))
    asyncio.create_task(napper())
    ev = asyncio.Event()
    asyncio.create_task(ev.wait())
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    gc.collect()
    print('collected')
    fut.set_result(1)
    ev.set()
    await asyncio.sleep(0)
    kept.cancel()
    await asyncio.sleep(2)
    print('done', kept.cancelled())

asyncio.run(main())
