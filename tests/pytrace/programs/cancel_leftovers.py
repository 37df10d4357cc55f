import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: cancelled at exit')
        raise


async def failing():
    try:
        await asyncio.sleep(10)
    finally:
        raise RuntimeError('cleanup failed')


async def main():
    asyncio.create_task(stubborn())
    asyncio.create_task(failing())
    await asyncio.sleep(0.5)
    print('main returns with two tasks alive')


asyncio.run(main())
