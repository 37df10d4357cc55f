import asyncio

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0.1)

async def slow():
    try:
        await asyncio.sleep(3)
        print('slow finished')
    except asyncio.CancelledError:
        print('slow cancelled at exit')
        raise

async def main():
    async for x in agen():
        print('got', x)
    inner = asyncio.ensure_future(slow())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print('timeout; inner still running:', not inner.done())
    g = agen()
    print('first', await g.__anext__())
    print('main returns')

asyncio.run(main())
