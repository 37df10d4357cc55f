import asyncio
import time

TASK_TIME = 5.0
TIMEOUT = 1.0


async def important_task() -> None:
    try:
        print(f'{time.strftime("%X")} important task started')
        await asyncio.sleep(TASK_TIME)
        print(f'{time.strftime("%X")} important task finished')
    except asyncio.CancelledError:
        print(f'{time.strftime("%X")} Hey, I am cancelled!')
        raise


async def main() -> None:
    print(f'{time.strftime("%X")} started')
    try:
        await asyncio.wait_for(asyncio.shield(important_task()), timeout=TIMEOUT)
    except asyncio.TimeoutError:
        print(f'{time.strftime("%X")} timeout!')

    print(f'{time.strftime("%X")} block finished')

asyncio.run(main())
