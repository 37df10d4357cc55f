import asyncio

A = 1
B = 2
DELAY = 1.0


async def compute(a: int, b: int) -> int:
    print('Compute...')
    await asyncio.sleep(DELAY)
    return a + b


async def print_sum(a: int, b: int) -> None:
    result = await compute(a, b)
    print(f'{a} + {b} = {result}')


async def main() -> None:
    await print_sum(A, B)

asyncio.run(main())
