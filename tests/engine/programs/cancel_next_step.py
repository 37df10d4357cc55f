import asyncio

async def victim(fut):
    try:
        await fut
        print("victim resumed")
    except asyncio.CancelledError:
        print("victim cancelled")
        raise

async def late():
    await asyncio.sleep(0)
    print("late runs")
    await asyncio.sleep(0)
    print("late again")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    v = asyncio.create_task(victim(fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    print("cancelled now", v.cancel())
    n = asyncio.create_task(late())
    n.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print("v", v.cancelled())
    try:
        await n
    except asyncio.CancelledError:
        print("n", n.cancelled())

asyncio.run(main())
