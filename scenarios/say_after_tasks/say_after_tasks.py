import asyncio
import time

DELAY_HELLO = 2
DELAY_WORLD = 1


async def say_after(delay: int, what: str) -> None:
    print(f'wait for {delay}s')
    await asyncio.sleep(delay)
    print(what)


async def main() -> None:
    task1 = asyncio.create_task(say_after(DELAY_HELLO, 'hello'))
    task2 = asyncio.create_task(say_after(DELAY_WORLD, 'world'))

    print(f"started at {time.strftime('%X')}")

    await task1
    await task2  # can just ignore it

    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
