import asyncio

TASK_TIME = 20.0
TIMEOUT = 10.0


async def long_running_task():
    print("The long operation started")
    await asyncio.sleep(TASK_TIME)
    print("The long operation finished")


async def main():
    try:
        async with asyncio.timeout(TIMEOUT):
            await long_running_task()
    except asyncio.TimeoutError:
        print("The long operation timed out, but we've handled it.")

asyncio.run(main())
