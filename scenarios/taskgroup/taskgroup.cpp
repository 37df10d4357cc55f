// Twin of taskgroup.py.
#include "loopscope/twin.hpp"

#include <exception>

namespace loopscope::twins::taskgroup {

namespace {

double DELAY = 0.1; // the listing's module constant, set by run() from the parameters

Coro<> say(std::string text, long long times) {
    at(7); // async def say(text, times):
    for (long long _ = 0; _ < times; ++_) {
        at(9);
        print(text);
        at(10);
        co_await sleep(DELAY);
    }
}

Coro<> main(long long TIMES) {
    at(13); // async def main():
    {
        at(14);
        TaskGroup tg; // async with asyncio.TaskGroup() as tg:
        std::exception_ptr e;
        try {
            at(15);
            tg.createTask(say("Hello", TIMES));
            at(16);
            tg.createTask(say("Good bye", TIMES));
        } catch (...) {
            e = std::current_exception();
        }
        at(14);
        co_await tg.exit(e); // the end of the `async with` block: __aexit__
    }
    at(17);
    print("tasks complete"); // выход из async with ждёт все задачи группы
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    DELAY = params.number("DELAY");
    return loopscope::run(main(params.integer("TIMES")), std::move(options));
}

} // namespace loopscope::twins::taskgroup
