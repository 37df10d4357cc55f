// Twin of wait_timeout.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::wait_timeout {

namespace {

Coro<> foo() {
    at(6); // async def foo():
    at(7);
    co_await sleep(1);
    at(8);
    print("hello ...");
}

Coro<> bar() {
    at(11); // async def bar():
    at(12);
    co_await sleep(2);
    at(13);
    print("... world!");
}

Coro<> main(double TIMEOUT) {
    at(16); // async def main():
    at(17);
    auto print_hello = createTask(foo());
    at(18);
    auto print_world = createTask(bar());

    at(20);
    // the set {print_hello, print_world} (GCC 12 cannot keep a braced list inside co_await)
    std::vector<Task> aws = {print_hello, print_world};
    auto [done, pending] = co_await wait(aws, {.timeout = TIMEOUT});
    at(21);
    print("done(" + std::to_string(done.size()) + ") pending(" + std::to_string(pending.size()) +
          ")");

    at(23);
    co_await print_world; // wait ничего не отменил: bar доработает
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("TIMEOUT")), std::move(options));
}

} // namespace loopscope::twins::wait_timeout
