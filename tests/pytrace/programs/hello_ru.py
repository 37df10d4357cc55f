import asyncio


async def compute(x, y):
    print(f'Вычисляю {x} + {y} ...', end='')
    await asyncio.sleep(0.5)
    print(' готово')
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print(f'{x} + {y} = {result}')


async def ping(name, n):
    for i in range(n):
        print(f'{name} {i}')
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(ping('пинг', 2), name='пинг')
    u = loop.create_task(ping('понг', 2))
    await asyncio.gather(t, u)
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, 'звонок')
    print(await fut)
    await print_sum(1, 2)


asyncio.run(main())
