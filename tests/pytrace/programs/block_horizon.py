import asyncio
import time

print('blocking at module level')
time.sleep(0.5)


async def main():
    while True:
        print(f'tick {int(time.monotonic())}')
        time.sleep(2)
        await asyncio.sleep(0)


asyncio.run(main())
