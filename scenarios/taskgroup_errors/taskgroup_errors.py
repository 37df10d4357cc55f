import asyncio

NUMBER_A = 2
NUMBER_B = 3
NUMBER_C = 4


async def factorial(name: str, number: int) -> int:
    result = 1
    for i in range(2, number + 1):
        if number == 2:
            raise RuntimeError('Whoops 2!')
        if number == 3:
            raise ValueError('Whoops 3!')
        print(f'Task {name}: Compute factorial({i})...')
        await asyncio.sleep(1)
        result *= i
    print(f'Task {name}: factorial({number}) = {result}')
    return result


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(factorial('A', NUMBER_A))
            tg.create_task(factorial('B', NUMBER_B))
            tg.create_task(factorial('C', NUMBER_C))
            print('tasks pending to start')
    except* (ValueError, RuntimeError) as excgroup:
        for exc in excgroup.exceptions:
            print(f'Caught exception: {exc} with class {exc.__class__.__name__}')

    print('tasks complete')

asyncio.run(main())
