// Twin of timeout_block.py.
#include "loopscope/twin.hpp"

#include <exception>

namespace loopscope::twins::timeout_block {

namespace {

Coro<> long_running_task(double TASK_TIME) {
    at(7); // async def long_running_task():
    at(8);
    print("The long operation started");
    at(9);
    co_await sleep(TASK_TIME);
    at(10);
    print("The long operation finished");
}

Coro<> main(double TASK_TIME, double TIMEOUT) {
    at(13); // async def main():
    try {
        at(15);
        auto cm = timeout(TIMEOUT); // async with asyncio.timeout(TIMEOUT): (__aenter__)
        try {
            at(16);
            co_await long_running_task(TASK_TIME);
            cm->exit(); // __aexit__
        } catch (...) {
            cm->exit(std::current_exception()); // __aexit__: CancelledError -> TimeoutError
        }
    } catch (const TimeoutError &) {
        at(18);
        print("The long operation timed out, but we've handled it.");
    }
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("TASK_TIME"), params.number("TIMEOUT")),
                          std::move(options));
}

} // namespace loopscope::twins::timeout_block
