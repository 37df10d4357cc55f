# The export benchmark's run: 40 workers, each sleeping 50 pseudo-random times and printing
# now and then, gathered by main. Traced by tools/pytrace.py it has about 10,000 events.
import asyncio
import random

WORKERS = 40
ROUNDS = 39


async def worker(n):
    for i in range(ROUNDS):
        await asyncio.sleep(random.randint(1, 20) / 10)
        if i % 10 == 0:
            print(f"worker {n} round {i}")
    return n


async def main():
    results = await asyncio.gather(*(worker(n) for n in range(WORKERS)))
    print(sum(results))


asyncio.run(main())
