import asyncio
import time

DELAY = 1.0


async def main():
    print(f'{time.strftime("%X")} Hello!')
    await asyncio.sleep(DELAY)
    print(f'{time.strftime("%X")} Goodbye!')

loop = asyncio.new_event_loop()  # 1
asyncio.set_event_loop(loop)
task = loop.create_task(main())  # 2
loop.run_until_complete(task)  # 3
pending = asyncio.all_tasks(loop=loop)
for task in pending:
    task.cancel()
group = asyncio.gather(*pending, return_exceptions=True)  # 4
loop.run_until_complete(group)  # 5
loop.close()  # 6
