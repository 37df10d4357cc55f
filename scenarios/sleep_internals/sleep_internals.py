import asyncio
import types

DELAY = 1.0


# Simplified code from asyncio/tasks.py
@types.coroutine
def __sleep0():
    yield


async def sleep(delay: float) -> None:
    if delay <= 0:
        await __sleep0()
        return

    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(
        delay,
        future.set_result,
        None,
    )

    await future


async def main() -> None:
    print('Hello ...')
    await sleep(DELAY)
    print('... World!')

asyncio.run(main())
