import asyncio

async def nop():
    await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="named")
    c = asyncio.create_task(nop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(asyncio.current_task().get_name())
    await asyncio.gather(a, b, c)

asyncio.run(main())
