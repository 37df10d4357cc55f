import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.5)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    t1 = asyncio.create_task(child("c", 1))
    t2 = asyncio.create_task(child("d", 2))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t1.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("first cancelled child ends gather", t2.done())
    print(await t2)

asyncio.run(main())
