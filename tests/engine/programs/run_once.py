import asyncio

order = []


def note(what):
    order.append(what)


async def spinner(n):
    for i in range(n):
        order.append(f'spin {i}')
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(0.5, note, 'cancelled')
    loop.call_later(1, note, 'timer A')
    loop.call_later(1, note, 'timer B')
    h.cancel()
    await asyncio.sleep(1)
    order.append('main woke')
    t = asyncio.create_task(spinner(3))
    loop.call_soon(note, 'soon 1')
    loop.call_later(0, note, 'later 0')
    loop.call_soon(note, 'soon 2')
    await asyncio.sleep(0)
    order.append('main back')
    await t
    print(order)

asyncio.run(main())
