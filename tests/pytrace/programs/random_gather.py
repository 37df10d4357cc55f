import asyncio
import random

COUNT = 5


async def task(n):
    d = round(random.uniform(0.1, 2.0), 2)
    await asyncio.sleep(d)
    print(f'task {n} slept {d}')
    return d


async def main():
    print(await asyncio.gather(*(task(n) for n in range(COUNT))))


asyncio.run(main())
