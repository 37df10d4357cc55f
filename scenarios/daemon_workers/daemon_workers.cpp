// Twin of daemon_workers.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::daemon_workers {

namespace {

// The listing's globals (PERIOD, WORKERS) are passed in as arguments.
Coro<> worker(long long idx, double PERIOD) {
    at(7); // async def worker(idx: int):
    while (true) {
        at(9);
        print("worker-" + std::to_string(idx) + " msg");
        at(10);
        co_await sleep(PERIOD);
    }
}

Coro<> main(long long WORKERS, double PERIOD) {
    at(13); // async def main():
    for (long long i = 0; i < WORKERS; ++i) {
        at(15);
        createTask(worker(i + 1, PERIOD));
    }

    while (true) {
        at(18);
        print("main msg");
        at(19);
        co_await sleep(PERIOD);
    }
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.integer("WORKERS"), params.number("PERIOD")),
                          std::move(options));
}

} // namespace loopscope::twins::daemon_workers
