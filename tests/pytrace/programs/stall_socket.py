import asyncio
import socket


async def main():
    mine, theirs = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=mine)
    print('waiting for data that never comes')
    data = await reader.read(100)
    print('got', data)


asyncio.run(main())
