import asyncio


def spin():
    while True:  # a callback, not a task: the loop runs it and never gets it back
        pass


async def main():
    asyncio.get_running_loop().call_later(1, spin)
    await asyncio.sleep(5)


asyncio.run(main())
