import asyncio
import socket


async def main():
    ours, theirs = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=ours)
    print("waiting for the other end to say something")
    data = await reader.read(100)
    print("got", data)


asyncio.run(main())
