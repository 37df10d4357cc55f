import asyncio


async def heartbeat():
    beat = 0
    while True:
        beat += 1
        print(f"beat {beat}")
        await asyncio.sleep(10)


asyncio.run(heartbeat())
