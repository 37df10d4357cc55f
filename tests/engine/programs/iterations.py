import asyncio

async def ticker():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)

async def quick():
    return 7

async def main():
    tk = asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("quick done", t.done())
    r = await t
    print("awaited task", r)
    g = asyncio.gather(quick(), quick())
    print("gather", await g)
    done, pending = await asyncio.wait([asyncio.create_task(quick())])
    print("wait", len(done), len(pending))
    r = await asyncio.wait_for(quick(), 5)
    print("wait_for", r)
    await tk

asyncio.run(main())
