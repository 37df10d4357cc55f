import asyncio
import time

DELAY_HELLO = 1
DELAY_WORLD = 2


async def say_after(delay: int, what: str) -> None:
    print(f'wait for {delay}s')
    await asyncio.sleep(delay)
    print(what)


async def main() -> None:
    print(f"started at {time.strftime('%X')}")

    await say_after(DELAY_HELLO, 'hello')
    await say_after(DELAY_WORLD, 'world')

    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
