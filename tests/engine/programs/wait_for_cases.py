import asyncio

async def slow(delay, cleanup):
    try:
        await asyncio.sleep(delay)
        return "slow done"
    except asyncio.CancelledError:
        print("cleaning up")
        await asyncio.sleep(cleanup)
        print("cleaned")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(5, 0.5), timeout=1)
    except asyncio.TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(slow(1, 0), timeout=2))
    try:
        print(await asyncio.wait_for(slow(1, 0), timeout=1))
    except asyncio.TimeoutError:
        print("tie: timeout wins")
    t = asyncio.create_task(slow(1, 0))
    await asyncio.sleep(0)
    try:
        print(await asyncio.wait_for(t, timeout=1))
    except asyncio.TimeoutError:
        print("tie with a task armed earlier")

asyncio.run(main())
