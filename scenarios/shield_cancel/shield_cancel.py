import asyncio

TASK_TIME = 2.0
CANCEL_AFTER = 0.5


async def start_task():
    print('Старт задачи...')
    await asyncio.sleep(TASK_TIME)
    print('А что со мной хотели сделать?')


async def cancel(some_task):
    await asyncio.sleep(CANCEL_AFTER)
    some_task.cancel()
    print('Отмена!')


async def main():
    real_task = asyncio.create_task(start_task())
    shield = asyncio.shield(real_task)
    asyncio.create_task(cancel(shield))
    await real_task

asyncio.run(main())
