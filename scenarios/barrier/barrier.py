import asyncio

PARTIES = 3
STEP = 1.0


async def runner(idx, barrier):
    await asyncio.sleep(idx * STEP)
    print(f'runner {idx} arrived')
    await barrier.wait()  # wait until all parties have arrived
    print(f'runner {idx} goes on')


async def main():
    barrier = asyncio.Barrier(PARTIES)
    tasks = []
    for i in range(1, PARTIES + 1):
        tasks.append(asyncio.create_task(runner(i, barrier)))
    await asyncio.gather(*tasks)

asyncio.run(main())
