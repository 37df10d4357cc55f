import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name + " failed")
    print(name, "ok")
    return name

async def main():
    try:
        await asyncio.gather(job("a", 1), job("b", 2, True), job("c", 3))
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(job("d", 1), job("e", 1, True), return_exceptions=True)
    print(res)
    await asyncio.sleep(2)
    print("end")

asyncio.run(main())
