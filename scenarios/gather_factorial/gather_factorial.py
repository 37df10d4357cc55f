import asyncio

NUMBER_A = 2
NUMBER_B = 3
NUMBER_C = 4


async def factorial(name: str, number: int) -> int:
    result = 1
    for i in range(2, number + 1):
        print(f'Task {name}: Compute factorial({i})...')
        await asyncio.sleep(1)
        result *= i
    print(f'Task {name}: factorial({number}) = {result}')
    return result


async def main() -> None:
    results = await asyncio.gather(
        factorial('A', NUMBER_A),
        factorial('B', NUMBER_B),
        factorial('C', NUMBER_C),
    )
    print(results)

asyncio.run(main())
