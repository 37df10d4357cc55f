import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(n)
    print('work', n)
    return n * 10


async def ticker():
    for i in range(4):
        print('tick', i)
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    pool = ThreadPoolExecutor(max_workers=2)
    futs = [loop.run_in_executor(pool, work, n) for n in (3, 1, 2, 1)]
    d = await loop.run_in_executor(None, work, 0.5)
    print('default', d)
    rs = await asyncio.gather(*futs)
    print(rs)
    loop.run_in_executor(pool, work, 2)
    pool.shutdown(wait=True)
    print('shut down')
    with ThreadPoolExecutor(max_workers=1) as one:
        a = loop.run_in_executor(one, work, 1)
        b = loop.run_in_executor(one, work, 1)
    print('left with')
    print(await a, await b)
    await t

asyncio.run(main())
