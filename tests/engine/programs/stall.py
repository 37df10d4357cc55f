import asyncio

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(1)
    await t

asyncio.run(main())
