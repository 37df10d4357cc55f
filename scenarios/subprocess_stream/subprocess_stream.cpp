// Twin of subprocess_stream.py.
#include "loopscope/twin.hpp"

#include <algorithm>
#include <memory>
#include <string>

namespace loopscope::twins::subprocess_stream {

namespace {

long long FILE_SIZE = 5000;
double CHUNK_TIME = 0.5;

class SimulatedStdout { // stands in for process.stdout (a StreamReader)
public:
    explicit SimulatedStdout(long long size)
        : left(size) {}

    Coro<std::string> read(long long n) {
        at(11); // async def read(self, n):
        at(12);
        co_await sleep(CHUNK_TIME); // the child produces the next chunk
        at(13);
        long long size = std::min(n, left);
        left -= size;
        co_return std::string(static_cast<std::size_t>(size), 'x');
    }

    long long left;
};

class SimulatedProcess {
public:
    explicit SimulatedProcess(long long size)
        : stdout(size) {}

    SimulatedStdout stdout;
};

// simulated asyncio.create_subprocess_shell
Coro<std::shared_ptr<SimulatedProcess>> create_subprocess_shell(std::string cmd) {
    at(23); // async def create_subprocess_shell(cmd, stdout=None):
    at(24);
    print("run: " + cmd);
    at(25);
    co_await sleep(0.1); // the child process starts
    at(26);
    co_return std::make_shared<SimulatedProcess>(FILE_SIZE);
}

Coro<> main() {
    at(29); // async def main():
    at(30);
    auto process = co_await create_subprocess_shell("zip - some_big_file"); // stdout=PIPE
    at(34);
    long long total = 0;
    while (true) {
        at(36);
        std::string buf = co_await process->stdout.read(1024);
        at(37);
        if (buf.empty())
            break;
        total += static_cast<long long>(buf.size());
        at(40);
        print("got " + std::to_string(buf.size()) + " bytes, " + std::to_string(total) +
              " in total");
    }
    at(41);
    print("end of output");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    FILE_SIZE = params.integer("FILE_SIZE");
    CHUNK_TIME = params.number("CHUNK_TIME");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::subprocess_stream
