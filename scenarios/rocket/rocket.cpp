// Twin of rocket.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::rocket {

namespace {

Coro<> rocket(double DELAY) {
    at(6); // async def rocket():
    at(7);
    print(1);
    at(8);
    co_await sleep(DELAY);
    at(9);
    print(2);
    at(10);
    co_await sleep(DELAY);
    at(11);
    print(3);
    at(12);
    co_await sleep(DELAY);
    at(13);
    print("Go!");
}

Coro<> main(double DELAY) {
    at(16); // async def main():
    at(17);
    co_await rocket(DELAY);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("DELAY")), std::move(options));
}

} // namespace loopscope::twins::rocket
