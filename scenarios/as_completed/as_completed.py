import asyncio

DELAY = 1.0


async def factorial(number: int) -> tuple[int, int]:
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(DELAY)
        result *= i
    return number, result


async def main() -> None:
    tasks = [
        asyncio.create_task(factorial(4)),
        asyncio.create_task(factorial(3)),
        asyncio.create_task(factorial(5)),
        asyncio.create_task(factorial(2)),
    ]
    for future in asyncio.as_completed(tasks):
        number, result = await future
        print(f"Factorial({number}) = {result}")

asyncio.run(main())
