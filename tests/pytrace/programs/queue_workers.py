import asyncio

JOBS = 5
WORKERS = 2


async def worker(name, queue):
    while True:
        item = await queue.get()
        print(f'{name} takes {item}')
        await asyncio.sleep(0.1 * item)
        queue.task_done()


async def producer(queue):
    for i in range(1, JOBS + 1):
        await queue.put(i)
        print(f'put {i}')


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker(f'w{n}', queue)) for n in range(WORKERS)]
    await producer(queue)
    await queue.join()
    print('all processed')
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
