import asyncio


async def user(sem, name):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(1)


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(*(user(sem, n) for n in 'abc'))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError', e)
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        try:
            await t
        except Exception:
            print('not here')
    except asyncio.CancelledError:
        print('CancelledError is no Exception')

asyncio.run(main())
