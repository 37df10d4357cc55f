import asyncio


async def boom():
    raise ValueError('nobody looks at me')


async def chore():
    print('chore ran')


async def main():
    asyncio.create_task(boom())
    chore()
    await asyncio.sleep(0.1)
    print('main done')


asyncio.run(main())
