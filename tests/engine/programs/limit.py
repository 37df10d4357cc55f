# pytrace: --step-limit 25
import asyncio

async def spin(name):
    while True:
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spin("a"), spin("b"))

asyncio.run(main())
