import asyncio


async def main():
    try:
        async with asyncio.timeout(1.5):
            print('sleeping 10 s')
            await asyncio.sleep(10)
    except TimeoutError:
        print(f'timeout after {int(asyncio.get_running_loop().time())}')
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(None)
        await asyncio.sleep(3)
    print(f'rescheduled block finished at {int(asyncio.get_running_loop().time())}')


asyncio.run(main())
