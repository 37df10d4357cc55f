import asyncio

async def chore():
    print("chore runs")

async def fail():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    chore()
    asyncio.create_task(fail())
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
