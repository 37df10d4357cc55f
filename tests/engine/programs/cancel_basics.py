import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled")
        await asyncio.sleep(1)
        print("worker cleaned up")
        raise
    finally:
        print("worker finally")

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores")
    return "survived"

async def main():
    w = asyncio.create_task(worker())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("cancel", w.cancel("stop"), w.cancelling())
    print("cancel again", w.cancel())
    try:
        await w
    except asyncio.CancelledError:
        print("main saw cancel", w.cancelled())
    print("cancel done", w.cancel())
    s.cancel()
    print("uncancel", s.uncancel(), s.cancelling())
    print(await s)

asyncio.run(main())
