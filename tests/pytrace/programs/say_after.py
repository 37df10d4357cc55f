import asyncio
import time

DELAY_A = 1.0
DELAY_B = 2.0


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    task1 = asyncio.create_task(say_after(DELAY_A, 'hello'))
    task2 = asyncio.create_task(say_after(DELAY_B, 'world'), name='second')
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
