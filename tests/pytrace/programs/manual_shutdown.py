import asyncio


async def forever(n):
    try:
        while True:
            await asyncio.sleep(0.4)
            print(f'forever {n} tick')
    except asyncio.CancelledError:
        print(f'forever {n} cancelled')
        raise


async def main():
    for n in range(2):
        asyncio.create_task(forever(n))
    await asyncio.sleep(1)
    print('main returns')


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
pending = asyncio.all_tasks(loop)
print('pending', len(pending))
for t in sorted(pending, key=asyncio.Task.get_name):  # not set order (see set_order)
    t.cancel()
loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
loop.close()
print('closed')
