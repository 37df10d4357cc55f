// Twin of sleep_internals.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::sleep_internals {

namespace {

// Simplified code from asyncio/tasks.py
// @types.coroutine: a bare `yield`; the engine's sleep(0) is exactly that yield.
Coro<> __sleep0() {
    at(9); // def __sleep0():
    at(10);
    co_await loopscope::sleep(0);
}

Coro<> sleep(double delay) {
    at(13); // async def sleep(delay: float) -> None:
    at(14);
    if (delay <= 0) {
        at(15);
        co_await __sleep0();
        at(16);
        co_return;
    }

    // loop = asyncio.get_running_loop(): createFuture and callLater act on the running loop.
    at(19);
    Future future = createFuture();
    at(20);
    callLater(
        delay, [future]() mutable { future.setResult(None); }, "set_result");

    at(26);
    co_await future;
}

Coro<> main(double DELAY) {
    at(29); // async def main() -> None:
    at(30);
    print("Hello ...");
    at(31);
    co_await sleep(DELAY);
    at(32);
    print("... World!");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("DELAY")), std::move(options));
}

} // namespace loopscope::twins::sleep_internals
