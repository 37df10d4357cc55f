import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    print(f'{name} done')
    return name.upper()


async def main():
    results = await asyncio.gather(work('a', 0.2), work('b', 0.1),
                                   work('c', 0.3, fail=True), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(work('d', 0.5), work('e', 0.1, fail=True))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(1)
    print('end')


asyncio.run(main())
