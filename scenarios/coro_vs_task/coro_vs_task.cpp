// Twin of coro_vs_task.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::coro_vs_task {

namespace {

Coro<> coro(double DELAY) {
    at(6); // async def coro():
    at(7);
    co_await sleep(DELAY);
}

Coro<> main(double DELAY) {
    at(10); // async def main():
    at(11);
    co_await coro(DELAY);

    at(13);
    Task task = createTask(coro(DELAY));

    at(15);
    co_await task;
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("DELAY")), std::move(options));
}

} // namespace loopscope::twins::coro_vs_task
