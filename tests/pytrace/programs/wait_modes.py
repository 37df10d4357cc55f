import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('x', 0.3), ('y', 0.1), ('z', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first:', [t.result() for t in done], 'pending:', sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print('after timeout:', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('all:', sorted(t.result() for t in done))
    more = [asyncio.create_task(job('p', 0.2)), asyncio.create_task(job('q', 0.1, fail=True)),
            asyncio.create_task(job('r', 0.4))]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    print('exception:', [type(t.exception()).__name__ for t in done],
          'pending:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('cancelled:', [t.cancelled() for t in more])


asyncio.run(main())
