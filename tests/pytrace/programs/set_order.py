import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(n, 0.1 * (5 - n))) for n in range(5)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    # pytrace: both sets iterate in task creation order (CPython: memory order).
    print('done', [t.get_name() for t in done])
    print('pending', [t.get_name() for t in pending])
    print('all', [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
