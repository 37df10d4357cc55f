// Twin of wait_all.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::wait_all {

namespace {

long long MAX_DELAY = 5; // the listing's module constant, set by run() from the parameters

Coro<> random_sleep(int i) {
    at(9); // async def random_sleep(i: int):
    at(10);
    auto delay = random::randint(1, MAX_DELAY);
    at(11);
    print(std::to_string(i) + ": start sleep");
    at(12);
    co_await sleep(delay);
    at(13);
    print(std::to_string(i) + ": end sleep");
}

Coro<> main(long long COUNT) {
    at(16); // async def main():
    at(17);
    std::vector<Task> tasks;
    for (int i = 1; i < COUNT + 1; ++i) {
        at(19);
        tasks.push_back(createTask(random_sleep(i))); // wait принимает только задачи
    }

    at(21);
    auto [done, pending] = co_await wait(tasks, {.returnWhen = ALL_COMPLETED});
    at(22);
    print("done(" + std::to_string(done.size()) + ") pending(" + std::to_string(pending.size()) +
          ")");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    MAX_DELAY = params.integer("MAX_DELAY");
    return loopscope::run(main(params.integer("COUNT")), std::move(options));
}

} // namespace loopscope::twins::wait_all
