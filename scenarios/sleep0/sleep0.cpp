// Twin of sleep0.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::sleep0 {

namespace {

Coro<> worker(std::string name, long long steps) {
    at(6); // async def worker(name, steps):
    for (long long i = 0; i < steps; ++i) {
        at(8);
        print(name + ": step " + std::to_string(i));
        at(9);
        co_await sleep(0);
    }
    at(10);
    print(name + ": done");
}

Coro<> main(long long STEPS) {
    at(13); // async def main():
    at(14);
    print("main: sleep(0), nobody else is ready");
    at(15);
    co_await sleep(0);
    at(16);
    print("main: resumed at once");

    at(18);
    Task task_a = createTask(worker("A", STEPS));
    at(19);
    Task task_b = createTask(worker("B", STEPS));
    at(20);
    co_await task_a;
    at(21);
    co_await task_b;
    at(22);
    print("main: done");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.integer("STEPS")), std::move(options));
}

} // namespace loopscope::twins::sleep0
