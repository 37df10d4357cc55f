import asyncio

WORKERS = 3
PERIOD = 1.0


async def worker(idx: int):
    while True:
        print(f"worker-{idx} msg")
        await asyncio.sleep(PERIOD)


async def main():
    for i in range(WORKERS):  # добавляем в event loop WORKERS task-ов
        asyncio.create_task(worker(i + 1))

    while True:
        print(f"main msg")
        await asyncio.sleep(PERIOD)  # сон нужен для передачи управления другим короутинам, нашим worker-ам

asyncio.run(main())
