// Twin of cancel_cleanup_wait_for.py.
#include "loopscope/twin.hpp"

#include <exception>
#include <string>

namespace loopscope::twins::cancel_cleanup_wait_for {

namespace {

Coro<> another_eternity(double CLEANUP_TIME) {
    at(8);                     // async def another_eternity() -> None:
    std::exception_ptr raised; // what leaves the try block, re-raised after `finally`
    try {
        at(10);
        co_await sleep(3600);
        at(11);
        print(time::strftime("%X") + " yay!");
    } catch (const CancelledError &) {
        at(13);
        print(time::strftime("%X") + " Hey, I am cancelled!");
        at(14);
        raised = std::current_exception(); // raise
    }
    // finally: (C++ has no finally and cannot co_await inside a catch block)
    at(16);
    co_await sleep(CLEANUP_TIME);
    at(17);
    print(time::strftime("%X") + " coro finished");
    if (raised)
        std::rethrow_exception(raised);
}

Coro<> main(double TIMEOUT, double CLEANUP_TIME) {
    at(20); // async def main() -> None:
    at(21);
    print(time::strftime("%X") + " started");
    try {
        // Send CancelledError to coro after 1 sec and wait for coro completion
        at(24);
        co_await waitFor(another_eternity(CLEANUP_TIME), TIMEOUT);
    } catch (const TimeoutError &) {
        at(26);
        print(time::strftime("%X") + " timeout!");
    }

    at(28);
    print(time::strftime("%X") + " block finished");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("TIMEOUT"), params.number("CLEANUP_TIME")),
                          std::move(options));
}

} // namespace loopscope::twins::cancel_cleanup_wait_for
