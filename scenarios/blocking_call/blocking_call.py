import asyncio
import time

BLOCKING_TIME = 5.0
SLEEP_TIME = 5.0


async def blocking_io() -> None:
    print(f"{time.strftime('%X')} start blocking IO")
    time.sleep(BLOCKING_TIME)  # no await: the whole event loop stands still
    print(f"{time.strftime('%X')} finished blocking IO")


async def main() -> None:
    print(f"{time.strftime('%X')} start gather")
    await asyncio.gather(blocking_io(), asyncio.sleep(SLEEP_TIME))
    print(f"{time.strftime('%X')} finished gather")

asyncio.run(main())
