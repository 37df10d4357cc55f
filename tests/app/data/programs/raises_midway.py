import asyncio


async def fetch(key):
    await asyncio.sleep(1.5)
    if key == 7:
        raise LookupError(f"no such key: {key}")
    return key * 10


async def main():
    print("looking up 3")
    print("got", await fetch(3))
    print("looking up 7")
    print("got", await fetch(7))


asyncio.run(main())
