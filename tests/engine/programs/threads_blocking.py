import asyncio
import time

def crunch():
    time.sleep(2)
    return 42

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(ticker())
    r = await asyncio.to_thread(crunch)
    print("thread result", r)
    time.sleep(1.5)
    print("blocked")
    await t
    loop = asyncio.get_running_loop()
    rs = await asyncio.gather(*(loop.run_in_executor(None, crunch) for _ in range(10)))
    print(len(rs))

asyncio.run(main())
