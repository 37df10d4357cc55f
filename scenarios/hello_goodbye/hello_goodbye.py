import asyncio

TIMES = 5
DELAY = 0.1


async def say(text, times):
    for _ in range(times):
        print(text)
        await asyncio.sleep(DELAY)


async def main():
    task1 = asyncio.create_task(say('Hello', TIMES))
    task2 = asyncio.create_task(say('Good bye', TIMES))
    await task1
    await task2

asyncio.run(main())
