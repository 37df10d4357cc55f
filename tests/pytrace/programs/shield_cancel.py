import asyncio


async def important():
    print('important: start')
    await asyncio.sleep(2)
    print('important: done')
    return 'saved'


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    c.cancel('stop')
    try:
        await c
    except asyncio.CancelledError:
        print('caller cancelled; inner done?', inner.done())
    print('inner gave', await inner)
    print('cancel a done task:', inner.cancel())


asyncio.run(main())
