// Twin of hello_goodbye.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::hello_goodbye {

namespace {

Coro<> say(std::string text, long long times, double DELAY) {
    at(7); // async def say(text, times):
    for (long long _ = 0; _ < times; ++_) {
        at(9);
        print(text);
        at(10);
        co_await sleep(DELAY);
    }
}

Coro<> main(long long TIMES, double DELAY) {
    at(13); // async def main():
    at(14);
    Task task1 = createTask(say("Hello", TIMES, DELAY));
    at(15);
    Task task2 = createTask(say("Good bye", TIMES, DELAY));
    at(16);
    co_await task1;
    at(17);
    co_await task2;
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.integer("TIMES"), params.number("DELAY")),
                          std::move(options));
}

} // namespace loopscope::twins::hello_goodbye
