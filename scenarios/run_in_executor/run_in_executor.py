import asyncio
import time

SLEEP_TIME = 1.0
BLOCKING_TIME = 0.5


async def main():
    print(f'{time.strftime("%X")} Hello!')
    await asyncio.sleep(SLEEP_TIME)
    print(f'{time.strftime("%X")} Goodbye!')


def blocking():
    time.sleep(BLOCKING_TIME)  # blocks this thread only, not the event loop
    print(f'{time.strftime("%X")} Hello from a thread')


async def run():  # the notes drive the loop by hand; asyncio.run does the cleanup here
    loop = asyncio.get_running_loop()
    task = loop.create_task(main())
    future = loop.run_in_executor(None, blocking)  # default ThreadPoolExecutor
    await task
    await future

asyncio.run(run())
