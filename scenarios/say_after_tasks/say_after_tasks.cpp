// Twin of say_after_tasks.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::say_after_tasks {

namespace {

Coro<> say_after(long long delay, std::string what) {
    at(8); // async def say_after(delay: int, what: str) -> None:
    at(9);
    print("wait for " + std::to_string(delay) + "s");
    at(10);
    co_await sleep(delay);
    at(11);
    print(what);
}

Coro<> main(long long DELAY_HELLO, long long DELAY_WORLD) {
    at(14); // async def main() -> None:
    at(15);
    Task task1 = createTask(say_after(DELAY_HELLO, "hello"));
    at(16);
    Task task2 = createTask(say_after(DELAY_WORLD, "world"));

    at(18);
    print("started at " + time::strftime("%X"));

    at(20);
    co_await task1;
    at(21);
    co_await task2; // can just ignore it

    at(23);
    print("finished at " + time::strftime("%X"));
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.integer("DELAY_HELLO"), params.integer("DELAY_WORLD")),
                          std::move(options));
}

} // namespace loopscope::twins::say_after_tasks
