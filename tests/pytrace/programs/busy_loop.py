import asyncio


async def spinner(n):
    i = 0
    while True:
        i += 1
        if i % 10 == 0:
            print(f'spinner {n} at {i}')
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(spinner(1), spinner(2))


asyncio.run(main())
