import asyncio


async def chatter():
    n = 0
    while True:
        n += 1
        print(f"message {n}")
        await asyncio.sleep(0)


asyncio.run(chatter())
