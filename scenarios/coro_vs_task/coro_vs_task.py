import asyncio

DELAY = 5.0


async def coro():
    await asyncio.sleep(DELAY)


async def main():
    await coro()  # ожидаем выполнения короутины

    task = asyncio.create_task(coro())  # создаем Task и добавляем ее в event loop

    await task  # ожидаем выполнения Task-и

asyncio.run(main())
