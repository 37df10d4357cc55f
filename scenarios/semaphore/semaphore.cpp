// Twin of semaphore.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::semaphore {

namespace {

long long WORKERS = 5;
long long LIMIT = 2;
double WORK_TIME = 1.0;

Coro<> worker(long long idx, Semaphore &semaphore) {
    at(8); // async def worker(idx, semaphore):
    at(9);
    print("worker", idx, "waits");
    at(10);
    co_await semaphore.acquire(); // async with semaphore: (at most LIMIT workers inside at once)
    try {
        at(11);
        print("worker", idx, "started");
        at(12);
        co_await sleep(WORK_TIME);
        at(13);
        print("worker", idx, "finished");
    } catch (...) {
        semaphore.release(); // __aexit__ on the way out with an exception
        throw;
    }
    semaphore.release(); // __aexit__
}

Coro<> main() {
    at(16); // async def main():
    at(17);
    Semaphore semaphore(static_cast<int>(LIMIT));
    at(18);
    std::vector<Task> tasks;
    for (long long i = 1; i < WORKERS + 1; ++i) {
        at(20);
        tasks.push_back(createTask(worker(i, semaphore)));
    }
    at(21);
    co_await gather(tasks);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    WORKERS = params.integer("WORKERS");
    LIMIT = params.integer("LIMIT");
    WORK_TIME = params.number("WORK_TIME");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::semaphore
