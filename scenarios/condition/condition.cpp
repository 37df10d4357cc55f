// Twin of condition.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::condition {

namespace {

long long CONSUMERS = 3;
double DELAY = 1.0;

Coro<> consumer(long long idx, Condition &condition) {
    at(7); // async def consumer(idx, condition):
    at(8);
    co_await condition.acquire(); // async with condition:
    try {
        at(9);
        print("consumer", idx, "waits");
        at(10);
        co_await condition.wait(); // releases the lock, waits for notify, takes it again
        at(11);
        print("consumer", idx, "woke up");
    } catch (...) {
        condition.release(); // __aexit__ on the way out with an exception
        throw;
    }
    condition.release(); // __aexit__
}

Coro<> main() {
    at(14); // async def main():
    at(15);
    Condition condition;
    at(16);
    std::vector<Task> tasks;
    for (long long i = 1; i < CONSUMERS + 1; ++i) {
        at(18);
        tasks.push_back(createTask(consumer(i, condition)));
    }

    at(20);
    co_await sleep(DELAY);
    at(21);
    co_await condition.acquire(); // async with condition:
    at(22);
    print("notify(1)");
    at(23);
    condition.notify(1);
    condition.release(); // __aexit__

    at(25);
    co_await sleep(DELAY);
    at(26);
    co_await condition.acquire(); // async with condition:
    at(27);
    print("notify_all()");
    at(28);
    condition.notifyAll();
    condition.release(); // __aexit__

    at(30);
    co_await gather(tasks);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    CONSUMERS = params.integer("CONSUMERS");
    DELAY = params.number("DELAY");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::condition
