import asyncio

async def worker(name):
    while True:
        print(name, "working")
        await asyncio.sleep(7)

async def main():
    asyncio.create_task(worker("w"))
    await asyncio.sleep(100)

asyncio.run(main())
