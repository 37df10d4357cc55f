// Twin of gather_random.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::gather_random {

namespace {

long long MAX_DELAY = 5; // the listing's module constant, set by run() from the parameters

Coro<> random_sleep(int i) {
    at(7); // async def random_sleep(i: int):
    at(8);
    auto delay = random::randint(1, MAX_DELAY);
    at(9);
    print(std::to_string(i) + ": start sleep");
    at(10);
    co_await sleep(delay);
    at(11);
    print(std::to_string(i) + ": end sleep");
}

Coro<> main() {
    at(14); // async def main():
    at(15);
    co_await gather(random_sleep(1), random_sleep(2), random_sleep(3), random_sleep(4),
                    random_sleep(5));
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    MAX_DELAY = params.integer("MAX_DELAY");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::gather_random
