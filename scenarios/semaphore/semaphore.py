import asyncio

WORKERS = 5
LIMIT = 2
WORK_TIME = 1.0


async def worker(idx, semaphore):
    print(f'worker {idx} waits')
    async with semaphore:  # at most LIMIT workers inside at once
        print(f'worker {idx} started')
        await asyncio.sleep(WORK_TIME)
        print(f'worker {idx} finished')


async def main():
    semaphore = asyncio.Semaphore(LIMIT)
    tasks = []
    for i in range(1, WORKERS + 1):
        tasks.append(asyncio.create_task(worker(i, semaphore)))
    await asyncio.gather(*tasks)

asyncio.run(main())
