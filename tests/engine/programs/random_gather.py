import asyncio
import random

async def worker(i):
    d = random.uniform(0.5, 2.0)
    await asyncio.sleep(d)
    print("worker", i, "slept", round(d, 3), random.randint(1, 6))
    return i

async def main():
    print(await asyncio.gather(*(worker(i) for i in range(5))))

asyncio.run(main())
