import asyncio


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f'{name} finished')
    except asyncio.CancelledError:
        print(f'{name} cancelled, cleaning up')
        await asyncio.sleep(0.1)
        print(f'{name} cleaned up')
        raise


async def bad(name, delay, exc):
    await asyncio.sleep(delay)
    raise exc(name)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok('a', 0.1))
        tg.create_task(ok('b', 0.2))
    print('first group done')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('slow1', 3))
            tg.create_task(bad('v', 1, ValueError), name='failing-v')
            tg.create_task(ok('slow2', 5))
            tg.create_task(bad('k', 1, KeyError))
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyErrors:', [str(e) for e in eg.exceptions])
    print('main end')


asyncio.run(main())
