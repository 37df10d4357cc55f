import asyncio

FILE_SIZE = 5000
CHUNK_TIME = 0.5


class SimulatedStdout:  # stands in for process.stdout (a StreamReader)
    def __init__(self, size):
        self.left = size

    async def read(self, n):
        await asyncio.sleep(CHUNK_TIME)  # the child produces the next chunk
        size = min(n, self.left)
        self.left -= size
        return b'x' * size


class SimulatedProcess:
    def __init__(self, size):
        self.stdout = SimulatedStdout(size)


async def create_subprocess_shell(cmd, stdout=None):  # simulated asyncio.create_subprocess_shell
    print(f'run: {cmd}')
    await asyncio.sleep(0.1)  # the child process starts
    return SimulatedProcess(FILE_SIZE)


async def main():
    process = await create_subprocess_shell(
        "zip - some_big_file",
        stdout=asyncio.subprocess.PIPE
    )
    total = 0
    while True:
        buf = await process.stdout.read(1024)
        if not buf:
            break
        total += len(buf)
        print(f'got {len(buf)} bytes, {total} in total')
    print('end of output')

asyncio.run(main())
