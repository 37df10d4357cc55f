import asyncio

async def inner(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def waiter(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled, inner running", not t.done())
        raise

async def main():
    t = asyncio.create_task(inner("shielded", 2))
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.sleep(0)
    print(await t)
    for c in asyncio.as_completed([inner("x", 3), inner("y", 1), inner("z", 2)]):
        print("got", await c)
    try:
        for c in asyncio.as_completed([inner("p", 1), inner("q", 5)], timeout=2):
            print("got", await c)
    except asyncio.TimeoutError:
        print("as_completed timeout")
    await asyncio.sleep(4)

asyncio.run(main())
