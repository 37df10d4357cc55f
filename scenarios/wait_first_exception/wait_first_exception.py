import asyncio
from asyncio import CancelledError

WORKERS = 3
FAIL_AFTER = 1.0


async def worker(idx: int):
    try:
        while True:
            print(f"worker {idx} new iter")
            await asyncio.sleep(1)

    except CancelledError:
        print(f"worker was cancelled")

    print(f"worker was correctly cancelled")


async def worker_with_exception(idx: int):
    await asyncio.sleep(FAIL_AFTER)
    print(f"worker {idx} Exception")
    raise Exception


async def main():
    failing = asyncio.create_task(worker_with_exception(WORKERS + 1))
    workers = []
    for i in range(1, WORKERS + 1):
        workers.append(asyncio.create_task(worker(i)))

    done, pending = await asyncio.wait(
        [failing, *workers],
        return_when=asyncio.FIRST_EXCEPTION,
    )

    print(f"done({len(done)}) pending({len(pending)})")  # показываем число завершений и работающих task-ов
    failing.exception()  # забираем исключение, иначе "Task exception was never retrieved"

    for w in workers:  # в pending остались именно они
        w.cancel()

    await asyncio.gather(*workers)

asyncio.run(main())
