import asyncio
import time

def blocking(n):
    print("thread start", n)
    time.sleep(0.5 * n)
    print("thread end", n)
    return n * 10

def broken():
    time.sleep(0.2)
    raise ValueError("thread failed")

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.run_in_executor(None, blocking, 1)
    f2 = loop.run_in_executor(None, blocking, 2)
    print("submitted")
    await asyncio.sleep(0.75)
    print("main awake")
    print(await f1, await f2)
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print("caught", e)
    r = await asyncio.gather(f1, f2)
    print(tuple(r))

asyncio.run(main())
