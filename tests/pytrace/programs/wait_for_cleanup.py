import asyncio

TIMEOUT = 1.0


async def slow():
    try:
        print('slow: start')
        await asyncio.sleep(5)
    finally:
        print('slow: cleanup')
        await asyncio.sleep(0.5)
        print('slow: cleaned up')


async def quick():
    await asyncio.sleep(0.2)
    return 42


async def main():
    print('quick gave', await asyncio.wait_for(quick(), timeout=TIMEOUT))
    try:
        await asyncio.wait_for(slow(), timeout=TIMEOUT)
    except asyncio.TimeoutError:
        print(f'timed out at {int(asyncio.get_running_loop().time())}')


asyncio.run(main())
