import asyncio

async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(name, "done")
    return name

async def main():
    try:
        async with asyncio.timeout(1.5):
            await work("slow", 5)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(5) as cm:
        await work("fast", 1)
    print("expired", cm.expired())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 1))
        b = tg.create_task(work("b", 2), name="bee")
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("c", 1, True))
            tg.create_task(work("d", 3))
            await asyncio.sleep(10)
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())

asyncio.run(main())
