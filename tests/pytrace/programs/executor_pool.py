import asyncio
import concurrent.futures
import time


def work(n):
    time.sleep(0.5)
    if n == 2:
        raise OSError(f'disk {n} failed')
    return n * 10


def where():
    try:
        asyncio.get_running_loop()
        return 'a loop is running here'
    except RuntimeError:
        return 'no running loop in a worker thread'


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        jobs = [loop.run_in_executor(pool, work, n) for n in (1, 2)]
        print(await asyncio.gather(*jobs, return_exceptions=True))
        print(await loop.run_in_executor(pool, where))
    print('elapsed', int(loop.time()))


asyncio.run(main())
