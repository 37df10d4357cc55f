import asyncio

LINE = "x" * 1_000_000


async def main():
    while True:
        print(LINE)
        await asyncio.sleep(0)


asyncio.run(main())
