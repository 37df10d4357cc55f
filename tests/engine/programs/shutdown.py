import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled at exit")
        raise

async def bad():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")

async def last():
    print("last runs")

async def main():
    asyncio.create_task(forever("w1"))
    asyncio.create_task(forever("w2"))
    asyncio.create_task(bad())
    await asyncio.sleep(2.5)
    asyncio.create_task(last())
    print("main done")

asyncio.run(main())
