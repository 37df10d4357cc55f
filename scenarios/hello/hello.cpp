// Twin of hello.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::hello {

namespace {

Coro<> main(double DELAY) {
    at(6); // async def main():
    at(7);
    print("hello");
    at(8);
    co_await sleep(DELAY);
    at(9);
    print("world");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("DELAY")), std::move(options));
}

} // namespace loopscope::twins::hello
