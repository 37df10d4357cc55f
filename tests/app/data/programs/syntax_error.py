import asyncio


async def main():
    print("about to sleep")
    await asyncio.sleep(1
    print("slept")


asyncio.run(main())
