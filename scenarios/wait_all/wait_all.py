import asyncio
import random
from asyncio import ALL_COMPLETED

COUNT = 5
MAX_DELAY = 5


async def random_sleep(i: int):
    delay = random.randint(1, MAX_DELAY)
    print(f"{i}: start sleep")
    await asyncio.sleep(delay)
    print(f"{i}: end sleep")


async def main():
    tasks = []
    for i in range(1, COUNT + 1):
        tasks.append(asyncio.create_task(random_sleep(i)))  # wait принимает только задачи

    done, pending = await asyncio.wait(tasks, return_when=ALL_COMPLETED)
    print(f"done({len(done)}) pending({len(pending)})")

asyncio.run(main())
