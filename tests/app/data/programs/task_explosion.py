import asyncio


async def spawn(depth):
    # Every task starts two more: the number of tasks doubles each round.
    asyncio.create_task(spawn(depth + 1))
    asyncio.create_task(spawn(depth + 1))
    await asyncio.sleep(1)


async def main():
    await spawn(0)
    await asyncio.sleep(3600)


asyncio.run(main())
