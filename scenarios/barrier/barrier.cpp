// Twin of barrier.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::barrier {

namespace {

long long PARTIES = 3;
double STEP = 1.0;

Coro<> runner(long long idx, Barrier &barrier) {
    at(7); // async def runner(idx, barrier):
    at(8);
    co_await sleep(static_cast<double>(idx) * STEP);
    at(9);
    print("runner", idx, "arrived");
    at(10);
    co_await barrier.wait(); // wait until all parties have arrived
    at(11);
    print("runner", idx, "goes on");
}

Coro<> main() {
    at(14); // async def main():
    at(15);
    Barrier barrier(static_cast<int>(PARTIES));
    at(16);
    std::vector<Task> tasks;
    for (long long i = 1; i < PARTIES + 1; ++i) {
        at(18);
        tasks.push_back(createTask(runner(i, barrier)));
    }
    at(19);
    co_await gather(tasks);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    PARTIES = params.integer("PARTIES");
    STEP = params.number("STEP");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::barrier
