import asyncio
import concurrent.futures
import time


def blocking(secs):
    time.sleep(secs)
    print('job done')


async def ticker():
    for i in range(4):
        print('tick', i)
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        loop.run_in_executor(pool, blocking, 1.2)
        print('leaving the pool')
    print('left the pool')
    await t


asyncio.run(main())
