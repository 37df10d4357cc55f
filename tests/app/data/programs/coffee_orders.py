"""Two baristas share the orders of a small coffee shop."""
import asyncio

BREW_TIME = 1.5


async def barista(name, orders):
    for drink in orders:
        print(f"{name} starts a {drink}")
        await asyncio.sleep(BREW_TIME)
        print(f"{name} serves a {drink}")
    return len(orders)


async def main():
    served = await asyncio.gather(
        barista("Ana", ["latte", "espresso"]),
        barista("Ben", ["flat white"]),
    )
    print(f"served {sum(served)} drinks")


asyncio.run(main())
