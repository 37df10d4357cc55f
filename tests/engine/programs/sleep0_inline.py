import asyncio

async def helper(n):
    print("helper", n)
    return n * 2

async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    a = asyncio.create_task(spinner("a", 3))
    b = asyncio.create_task(spinner("b", 2))
    x = await helper(1)
    print("inline", x)
    await asyncio.sleep(0)
    print("after sleep0")
    r = await a
    print("a done", r, b.done())
    await b

asyncio.run(main())
