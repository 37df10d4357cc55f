import asyncio
from asyncio import CancelledError

CANCEL_AFTER = 5.0
CLEANUP_TIME = 1.0


async def db_operation():
    print("operation start")
    try:
        while True:
            print("operation new round")
            await asyncio.sleep(1)
    except CancelledError:
        print("operation was cancelled")
        await asyncio.sleep(CLEANUP_TIME)

    print("operation done")


async def main():
    task = asyncio.create_task(db_operation())
    await asyncio.sleep(CANCEL_AFTER)

    # вызываем исключение CancelledError внутри db_operation, оно будет обработано,
    # как только event loop передаст управление task-е, обрабатывающей эту короутину
    task.cancel()

    await task  # передаем управление db_operation для корректного завершения

asyncio.run(main())
