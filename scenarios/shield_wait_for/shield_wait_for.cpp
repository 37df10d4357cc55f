// Twin of shield_wait_for.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::shield_wait_for {

namespace {

Coro<> important_task(double TASK_TIME) {
    at(8); // async def important_task() -> None:
    try {
        at(10);
        print(time::strftime("%X") + " important task started");
        at(11);
        co_await sleep(TASK_TIME);
        at(12);
        print(time::strftime("%X") + " important task finished");
    } catch (const CancelledError &) {
        at(14);
        print(time::strftime("%X") + " Hey, I am cancelled!");
        at(15);
        throw;
    }
}

Coro<> main(double TASK_TIME, double TIMEOUT) {
    at(18); // async def main() -> None:
    at(19);
    print(time::strftime("%X") + " started");
    try {
        at(21);
        co_await waitFor(shield(important_task(TASK_TIME)), TIMEOUT);
    } catch (const TimeoutError &) {
        at(23);
        print(time::strftime("%X") + " timeout!");
    }

    at(25);
    print(time::strftime("%X") + " block finished");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("TASK_TIME"), params.number("TIMEOUT")),
                          std::move(options));
}

} // namespace loopscope::twins::shield_wait_for
