import asyncio


async def producer(queue):
    for n in range(3):
        await asyncio.sleep(0.5)
        await queue.put(n)
        print(f"produced {n}")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print(f"consumed {item}")


async def main():
    queue = asyncio.Queue(maxsize=1)
    async with asyncio.TaskGroup() as group:
        group.create_task(producer(queue))
        group.create_task(consumer(queue))
    print("pipeline done")


asyncio.run(main())
