// Twin of wait_first_exception.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::wait_first_exception {

namespace {

double FAIL_AFTER = 1.0; // the listing's module constant, set by run() from the parameters

Coro<> worker(int idx) {
    at(8); // async def worker(idx: int):
    try {
        while (true) {
            at(11);
            print("worker " + std::to_string(idx) + " new iter");
            at(12);
            co_await sleep(1);
        }
    } catch (const CancelledError &) {
        at(15);
        print("worker was cancelled");
    }

    at(17);
    print("worker was correctly cancelled");
}

Coro<> worker_with_exception(int idx) {
    at(20); // async def worker_with_exception(idx: int):
    at(21);
    co_await sleep(FAIL_AFTER);
    at(22);
    print("worker " + std::to_string(idx) + " Exception");
    at(23);
    throw Exception();
}

Coro<> main(long long WORKERS) {
    at(26); // async def main():
    at(27);
    auto failing = createTask(worker_with_exception(WORKERS + 1));
    at(28);
    std::vector<Task> workers;
    for (int i = 1; i < WORKERS + 1; ++i) {
        at(30);
        workers.push_back(createTask(worker(i)));
    }

    at(32);
    std::vector<Task> fs = {failing};
    fs.insert(fs.end(), workers.begin(), workers.end()); // [failing, *workers]
    auto [done, pending] = co_await wait(fs, {.returnWhen = FIRST_EXCEPTION});

    at(37);
    print("done(" + std::to_string(done.size()) + ") pending(" + std::to_string(pending.size()) +
          ")"); // показываем число завершений и работающих task-ов
    at(38);
    failing.exception(); // забираем исключение, иначе "Task exception was never retrieved"

    for (auto &w : workers) { // в pending остались именно они
        at(41);
        w.cancel();
    }

    at(43);
    co_await gather(workers);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    FAIL_AFTER = params.number("FAIL_AFTER");
    return loopscope::run(main(params.integer("WORKERS")), std::move(options));
}

} // namespace loopscope::twins::wait_first_exception
