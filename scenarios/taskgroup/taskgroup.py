import asyncio

TIMES = 5
DELAY = 0.1


async def say(text, times):
    for _ in range(times):
        print(text)
        await asyncio.sleep(DELAY)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(say('Hello', TIMES))
        tg.create_task(say('Good bye', TIMES))
    print('tasks complete')  # выход из async with ждёт все задачи группы

asyncio.run(main())
