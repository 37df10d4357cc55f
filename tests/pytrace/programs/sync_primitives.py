import asyncio

lock = None


async def locker(name, hold):
    async with lock:
        print(f'{name} has the lock')
        await asyncio.sleep(hold)
    print(f'{name} released')


async def limited(sem, n):
    async with sem:
        print(f'job {n} in')
        await asyncio.sleep(1)
        print(f'job {n} out')


async def waiter(ev, n):
    print(f'waiter {n} waits')
    await ev.wait()
    print(f'waiter {n} woke')


async def consumer(cond, n, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(f'consumer {n} got {box.pop()}')


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(locker('A', 0.5), locker('B', 0.5), locker('C', 0.1))
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n) for n in range(4)))
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in range(2)]
    await asyncio.sleep(0.3)
    ev.set()
    await asyncio.gather(*ws)
    cond = asyncio.Condition()
    box = []
    cs = [asyncio.create_task(consumer(cond, n, box)) for n in range(2)]
    for item in ('x', 'y'):
        await asyncio.sleep(0.2)
        async with cond:
            box.append(item)
            cond.notify()
    await asyncio.gather(*cs)
    barrier = asyncio.Barrier(2)

    async def meet(n, d):
        await asyncio.sleep(d)
        print(f'party {n} at the barrier')
        await barrier.wait()
        print(f'party {n} passes')
    await asyncio.gather(meet(0, 0.1), meet(1, 0.4))


asyncio.run(main())
