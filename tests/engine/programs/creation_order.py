import asyncio


async def job(name, d):
    try:
        await asyncio.sleep(d)
    finally:
        print('job', name, 'ends')
    return name


async def fail():
    await asyncio.sleep(0.5)
    raise ValueError('x')


async def main():
    c = asyncio.create_task(job('c', 1))
    a = asyncio.create_task(job('a', 1))
    b = asyncio.create_task(job('b', 1))
    done, pending = await asyncio.wait([b, a, c])
    print('done', [t.result() for t in done])
    for f in asyncio.as_completed([job('y', 1), job('x', 1)]):
        print('as_completed', await f)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('q', 2))
            tg.create_task(job('p', 2))
            tg.create_task(fail())
    except* ValueError:
        print('group failed')
    asyncio.create_task(job('m', 5))
    asyncio.create_task(job('n', 5))
    await asyncio.sleep(0)

asyncio.run(main())
