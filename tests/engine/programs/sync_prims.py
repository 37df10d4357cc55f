import asyncio

async def locker(lock, name):
    for i in range(2):
        async with lock:
            print(name, "has lock", i)
            await asyncio.sleep(0.1)

async def ev_waiter(ev, name):
    await ev.wait()
    print(name, "saw event")

async def sem_user(sem, name):
    async with sem:
        print(name, "in")
        await asyncio.sleep(1)
    print(name, "out")

async def cond_waiter(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(locker(lock, "A"), locker(lock, "B"))
    ev = asyncio.Event()
    ws = [asyncio.create_task(ev_waiter(ev, n)) for n in "xyz"]
    await asyncio.sleep(0.5)
    ev.set()
    await asyncio.gather(*ws)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_user(sem, n) for n in "pqr"))
    cond = asyncio.Condition()
    cs = [asyncio.create_task(cond_waiter(cond, n)) for n in "uv"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)

asyncio.run(main())
