import asyncio

async def producer(q):
    for i in range(4):
        await q.put(i)
        print("put", i)
    await q.join()
    print("all processed")

async def consumer(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.5)
        print(name, "got", item)
        q.task_done()

async def party(b, name):
    print(name, "waiting")
    idx = await b.wait()
    print(name, "passed", idx)

async def main():
    q = asyncio.Queue(maxsize=2)
    cs = [asyncio.create_task(consumer(q, n)) for n in ("c1", "c2")]
    await producer(q)
    for c in cs:
        c.cancel()
    b = asyncio.Barrier(3)
    await asyncio.gather(party(b, "p1"), party(b, "p2"), party(b, "p3"))

asyncio.run(main())
