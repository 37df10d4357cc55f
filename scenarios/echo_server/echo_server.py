import asyncio

CLIENT_INTERVAL = 1.0
LATENCY = 0.5


# --- a simulated network instead of asyncio.start_server / open_connection ---
class StreamReader:
    def __init__(self):
        self.packets = asyncio.Queue()

    async def read(self, n):
        return await self.packets.get()


class StreamWriter:
    def __init__(self, peer_reader, peername):
        self.peer_reader = peer_reader
        self.peername = peername
        self.buffer = b''

    def write(self, data):
        self.buffer += data

    async def drain(self):
        await asyncio.sleep(LATENCY)  # the data travels over the network
        self.peer_reader.packets.put_nowait(self.buffer)
        self.buffer = b''

    def get_extra_info(self, name):
        return self.peername

    def close(self):
        pass


class Server:
    def __init__(self, handler, addr):
        self.handler = handler
        self.addr = addr
        self.clients = 0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass

    async def serve_forever(self):
        await asyncio.get_running_loop().create_future()  # never completes


servers = {}


async def start_server(handler, host, port):
    servers[(host, port)] = Server(handler, (host, port))
    return servers[(host, port)]


async def open_connection(host, port):
    server = servers[(host, port)]
    server.clients += 1
    client_addr = ('127.0.0.1', 50000 + server.clients)
    await asyncio.sleep(LATENCY)  # connection handshake
    client_reader, server_reader = StreamReader(), StreamReader()
    server_writer = StreamWriter(client_reader, client_addr)
    asyncio.create_task(server.handler(server_reader, server_writer))
    return client_reader, StreamWriter(server_reader, server.addr)
# --- end of the simulation ---


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')

    print(f"Received {message!r} from {addr!r}")

    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()

    print("Close the connection")
    writer.close()


async def tcp_echo_client(message):
    reader, writer = await open_connection('127.0.0.1', 8888)

    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()

    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')

    print('Close the connection')
    writer.close()


async def clients():  # a new client connects every CLIENT_INTERVAL seconds
    i = 0
    while True:
        i += 1
        asyncio.create_task(tcp_echo_client(f'Hello World! #{i}'))
        await asyncio.sleep(CLIENT_INTERVAL)


async def main():
    server = await start_server(handle_echo, '127.0.0.1', 8888)
    print(f'Serving on {server.addr}')
    asyncio.create_task(clients())

    async with server:
        await server.serve_forever()

asyncio.run(main())
