// Twin of blocking_call.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::blocking_call {

namespace {

double BLOCKING_TIME = 5.0;
double SLEEP_TIME = 5.0;

// asyncio.sleep(delay) as a coroutine object, for gather() to wrap in a task (coro "sleep").
InternalCoro<> sleep(double delay) {
    co_await loopscope::sleep(delay);
}

Coro<> blocking_io() {
    at(8); // async def blocking_io() -> None:
    at(9);
    print(time::strftime("%X") + " start blocking IO");
    at(10);
    blockingSleep(BLOCKING_TIME); // time.sleep: no await, the whole event loop stands still
    at(11);
    print(time::strftime("%X") + " finished blocking IO");
    co_return; // (an async def with no await: C++ needs a co_ statement to make it a coroutine)
}

Coro<> main() {
    at(14); // async def main() -> None:
    at(15);
    print(time::strftime("%X") + " start gather");
    at(16);
    co_await gather(blocking_io(), sleep(SLEEP_TIME));
    at(17);
    print(time::strftime("%X") + " finished gather");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    BLOCKING_TIME = params.number("BLOCKING_TIME");
    SLEEP_TIME = params.number("SLEEP_TIME");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::blocking_call
