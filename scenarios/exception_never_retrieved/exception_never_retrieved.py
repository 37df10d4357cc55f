import asyncio

FAIL_AFTER = 1.0


async def faulty():
    await asyncio.sleep(FAIL_AFTER)
    raise ValueError('something went wrong')


async def main():
    asyncio.create_task(faulty())  # the task is not kept and never awaited
    await asyncio.sleep(FAIL_AFTER + 1)
    print('main finished')

asyncio.run(main())
