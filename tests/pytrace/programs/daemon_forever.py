import asyncio


async def worker(n):
    while True:
        print(f'worker {n}')
        await asyncio.sleep(1)


async def main():
    for n in range(3):
        asyncio.create_task(worker(n))
    await asyncio.Event().wait()


asyncio.run(main())
