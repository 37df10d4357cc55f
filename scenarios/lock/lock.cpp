// Twin of lock.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::lock {

namespace {

double DELAY_1 = 1.0;
double DELAY_2 = 2.0;

Coro<> coro(std::string name, double delay, Lock &lock) {
    at(7); // async def coro(name, delay, lock):
    at(8);
    print(name + " waits for the lock");
    at(9);
    co_await lock.acquire(); // async with lock: (__aenter__)
    try {
        at(10);
        print(name + " acquired the lock");
        at(11);
        co_await sleep(delay); // access shared state
        at(12);
        print(name + " releases the lock");
    } catch (...) {
        lock.release(); // __aexit__ on the way out with an exception
        throw;
    }
    lock.release(); // __aexit__
}

Coro<> main() {
    at(15); // async def main():
    at(16);
    Lock lock;
    at(17);
    co_await gather(coro("Coro 1", DELAY_1, lock), coro("Coro 2", DELAY_2, lock));
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    DELAY_1 = params.number("DELAY_1");
    DELAY_2 = params.number("DELAY_2");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::lock
