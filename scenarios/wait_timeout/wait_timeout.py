import asyncio

TIMEOUT = 1.5


async def foo():
    await asyncio.sleep(1)
    print('hello ...')


async def bar():
    await asyncio.sleep(2)
    print('... world!')


async def main():
    print_hello = asyncio.create_task(foo())
    print_world = asyncio.create_task(bar())

    done, pending = await asyncio.wait({print_hello, print_world}, timeout=TIMEOUT)
    print(f"done({len(done)}) pending({len(pending)})")

    await print_world  # wait ничего не отменил: bar доработает

asyncio.run(main())
