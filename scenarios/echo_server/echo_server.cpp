// Twin of echo_server.py.
#include "loopscope/twin.hpp"

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace loopscope::twins::echo_server {

namespace {

double CLIENT_INTERVAL = 1.0;
double LATENCY = 0.5;

// A (host, port) tuple; str() and repr() give "('127.0.0.1', 8888)".
using Address = std::pair<std::string, long long>;
std::string repr(const Address &addr) {
    return "(" + strRepr(addr.first) + ", " + std::to_string(addr.second) + ")";
}

// --- a simulated network instead of asyncio.start_server / open_connection ---
class StreamReader {
public:
    Coro<std::string> read([[maybe_unused]] long long n) {
        at(12); // async def read(self, n):
        at(13);
        co_return (co_await packets.get()).asStr();
    }

    Queue packets;
};

class StreamWriter {
public:
    StreamWriter(std::shared_ptr<StreamReader> peer_reader, Address peername)
        : peer_reader(std::move(peer_reader))
        , peername(std::move(peername)) {}

    void write(const std::string &data) { buffer += data; }

    Coro<> drain() {
        at(25); // async def drain(self):
        at(26);
        co_await sleep(LATENCY); // the data travels over the network
        at(27);
        peer_reader->packets.putNowait(buffer);
        buffer = "";
    }

    Address get_extra_info(const std::string &) const { return peername; }

    void close() {}

    std::shared_ptr<StreamReader> peer_reader;
    Address peername;
    std::string buffer;
};

using Handler = Coro<> (*)(std::shared_ptr<StreamReader>, std::shared_ptr<StreamWriter>);

class Server {
public:
    Server(Handler handler, Address addr)
        : handler(handler)
        , addr(std::move(addr)) {}

    // __aenter__ and __aexit__ (C++ reserves names with double underscores)
    Coro<Server *> aenter() {
        at(43); // async def __aenter__(self):
        at(44);
        co_return this;
    }

    Coro<> aexit() {
        at(46); // async def __aexit__(self, *exc):
        at(47);
        co_return; // pass
    }

    Coro<> serve_forever() {
        at(49); // async def serve_forever(self):
        at(50);
        co_await createFuture(); // never completes
    }

    Handler handler;
    Address addr;
    long long clients = 0;
};

std::map<Address, std::shared_ptr<Server>> servers;

Coro<std::shared_ptr<Server>> start_server(Handler handler, std::string host, long long port) {
    at(56); // async def start_server(handler, host, port):
    at(57);
    servers[{host, port}] = std::make_shared<Server>(handler, Address{host, port});
    at(58);
    co_return servers[{host, port}];
}

Coro<std::pair<std::shared_ptr<StreamReader>, std::shared_ptr<StreamWriter>>>
open_connection(std::string host, long long port) {
    at(61); // async def open_connection(host, port):
    at(62);
    auto server = servers[{host, port}];
    server->clients += 1;
    Address client_addr = {"127.0.0.1", 50000 + server->clients};
    at(65);
    co_await sleep(LATENCY); // connection handshake
    at(66);
    auto client_reader = std::make_shared<StreamReader>();
    auto server_reader = std::make_shared<StreamReader>();
    auto server_writer = std::make_shared<StreamWriter>(client_reader, client_addr);
    at(68);
    createTask(server->handler(server_reader, server_writer));
    at(69);
    co_return std::pair{client_reader, std::make_shared<StreamWriter>(server_reader, server->addr)};
}
// --- end of the simulation ---

Coro<> handle_echo(std::shared_ptr<StreamReader> reader, std::shared_ptr<StreamWriter> writer) {
    at(73); // async def handle_echo(reader, writer):
    at(74);
    std::string data = co_await reader->read(100);
    std::string message = data; // data.decode()
    Address addr = writer->get_extra_info("peername");

    at(78);
    print("Received " + strRepr(message) + " from " + repr(addr));

    at(80);
    print("Send: " + strRepr(message));
    writer->write(data);
    at(82);
    co_await writer->drain();

    at(84);
    print("Close the connection");
    writer->close();
}

Coro<> tcp_echo_client(std::string message) {
    at(88); // async def tcp_echo_client(message):
    at(89);
    auto [reader, writer] = co_await open_connection("127.0.0.1", 8888);

    at(91);
    print("Send: " + strRepr(message));
    writer->write(message); // message.encode()
    at(93);
    co_await writer->drain();

    at(95);
    std::string data = co_await reader->read(100);
    at(96);
    print("Received: " + strRepr(data)); // data.decode()

    at(98);
    print("Close the connection");
    writer->close();
}

// a new client connects every CLIENT_INTERVAL seconds
Coro<> clients() {
    at(102); // async def clients():
    long long i = 0;
    while (true) {
        i += 1;
        at(106);
        createTask(tcp_echo_client("Hello World! #" + std::to_string(i)));
        at(107);
        co_await sleep(CLIENT_INTERVAL);
    }
}

Coro<> main() {
    at(110); // async def main():
    at(111);
    auto server = co_await start_server(handle_echo, "127.0.0.1", 8888);
    at(112);
    print("Serving on " + repr(server->addr));
    at(113);
    createTask(clients());

    at(115);
    co_await server->aenter(); // async with server:
    at(116);
    co_await server->serve_forever();
    at(115);
    co_await server->aexit();
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    CLIENT_INTERVAL = params.number("CLIENT_INTERVAL");
    LATENCY = params.number("LATENCY");
    servers.clear();
    Trace trace = loopscope::run(main(), std::move(options));
    servers.clear();
    return trace;
}

} // namespace loopscope::twins::echo_server
