import asyncio
import time


def blocking(name, secs):
    print(f'{name}: start')
    time.sleep(secs)
    print(f'{name}: end')
    return secs


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.6)
        print(f'tick {i}')


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    a = await loop.run_in_executor(None, blocking, 'exec', 1.0)
    b, c = await asyncio.gather(asyncio.to_thread(blocking, 'thread1', 1.25),
                                asyncio.to_thread(blocking, 'thread2', 0.5))
    print('results', a, b, c)
    await t


asyncio.run(main())
