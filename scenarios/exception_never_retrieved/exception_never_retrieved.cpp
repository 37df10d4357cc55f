// Twin of exception_never_retrieved.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::exception_never_retrieved {

namespace {

Coro<> faulty(double FAIL_AFTER) {
    at(6); // async def faulty():
    at(7);
    co_await sleep(FAIL_AFTER);
    at(8);
    throw ValueError("something went wrong");
}

Coro<> main(double FAIL_AFTER) {
    at(11); // async def main():
    at(12);
    createTask(faulty(FAIL_AFTER)); // the task is not kept and never awaited
    at(13);
    co_await sleep(FAIL_AFTER + 1);
    at(14);
    print("main finished");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("FAIL_AFTER")), std::move(options));
}

} // namespace loopscope::twins::exception_never_retrieved
