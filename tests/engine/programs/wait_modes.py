import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    ts = [asyncio.create_task(job("a", 3)), asyncio.create_task(job("b", 1)),
          asyncio.create_task(job("c", 2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(ts, timeout=1.5)
    print("timeout", len(done), len(pending))
    f = [asyncio.create_task(job("d", 1, True)), asyncio.create_task(job("e", 5))]
    done, pending = await asyncio.wait(f, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", len(done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts + f)
    print("all", len(done), len(pending))
    try:
        await asyncio.wait([job("x", 1)])
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
