import asyncio
import time


async def sleeper():
    await asyncio.sleep(0.5)
    print(f'sleeper woke at {int(asyncio.get_running_loop().time())}')


async def main():
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('blocking for 2 s')
    time.sleep(2)
    print(f'unblocked at {int(time.monotonic())}')
    await s


asyncio.run(main())
