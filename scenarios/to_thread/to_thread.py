import asyncio
import time

BLOCKING_TIME = 5.0
SLEEP_TIME = 5.0


def blocking_io() -> None:
    print(f"{time.strftime('%X')} start blocking IO")
    time.sleep(BLOCKING_TIME)  # blocks, but at least releases GIL
    # Non-releasing GIL code will block the event loop!
    print(f"{time.strftime('%X')} finished blocking IO")


async def main() -> None:
    non_blocking_io = asyncio.to_thread(blocking_io)
    print(f"{time.strftime('%X')} start gather")
    await asyncio.gather(non_blocking_io, asyncio.sleep(SLEEP_TIME))
    print(f"{time.strftime('%X')} finished gather")

asyncio.run(main())
