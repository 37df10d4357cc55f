import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled')
        raise


async def main():
    b = asyncio.create_task(inner())
    a = asyncio.create_task(outer(b))
    await asyncio.sleep(1)
    a.cancel('enough')
    await asyncio.gather(a, b, return_exceptions=True)
    print('a:', a.cancelled(), 'b:', b.cancelled())


asyncio.run(main())
