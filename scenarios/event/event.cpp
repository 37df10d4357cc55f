// Twin of event.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::event {

namespace {

long long WAITERS = 3;
double SET_AFTER = 1.0;

Coro<> waiter(long long idx, Event &event) {
    at(7); // async def waiter(idx, event):
    at(8);
    print("waiter", idx, "waits for the event");
    at(9);
    co_await event.wait();
    at(10);
    print("waiter", idx, "woke up");
}

Coro<> main() {
    at(13); // async def main():
    at(14);
    Event event;
    at(15);
    std::vector<Task> tasks;
    for (long long i = 1; i < WAITERS + 1; ++i) {
        at(17);
        tasks.push_back(createTask(waiter(i, event)));
    }

    at(19);
    co_await sleep(SET_AFTER);
    at(20);
    print("set the event");
    at(21);
    event.set();

    at(23);
    co_await gather(tasks);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    WAITERS = params.integer("WAITERS");
    SET_AFTER = params.number("SET_AFTER");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::event
