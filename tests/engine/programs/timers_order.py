import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")

async def main():
    ts = [asyncio.create_task(sleeper("s%d" % i, d))
          for i, d in enumerate([0.5, 0.25, 0.5, 0.25, 0.5])]
    await asyncio.sleep(0.5)
    print("main woke")
    for t in ts:
        await t
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print("sum", asyncio.get_running_loop().time())

asyncio.run(main())
