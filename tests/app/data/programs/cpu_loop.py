import asyncio


async def ticker():
    while True:
        print("tick")
        await asyncio.sleep(1)


async def crunch():
    await asyncio.sleep(2)
    total = 0
    while True:  # no await: the loop never gets control back
        total += 1


async def main():
    asyncio.create_task(ticker())
    await crunch()


asyncio.run(main())
