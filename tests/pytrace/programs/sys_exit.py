import asyncio
import sys


async def main():
    print('about to exit')
    await asyncio.sleep(0.5)
    sys.exit(3)


asyncio.run(main())
