import asyncio

def noop(i):
    pass

async def main():
    loop = asyncio.get_running_loop()
    fa, fb = loop.create_future(), loop.create_future()
    loop.call_later(1.0, fa.set_result, "a")
    b = loop.call_later(1.0, fb.set_result, "b")
    await asyncio.sleep(0.5)
    b.cancel()
    print(await fa)
    hs = [loop.call_later(0.5, noop, i) for i in range(150)]
    for h in hs[1:121]:
        h.cancel()
    await asyncio.sleep(0.6)
    print("done", fb.done())

asyncio.run(main())
