// Twin of compute_print_sum.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::compute_print_sum {

namespace {

Coro<long long> compute(long long a, long long b, double DELAY) {
    at(8); // async def compute(a: int, b: int) -> int:
    at(9);
    print("Compute...");
    at(10);
    co_await sleep(DELAY);
    at(11);
    co_return a + b;
}

Coro<> print_sum(long long a, long long b, double DELAY) {
    at(14); // async def print_sum(a: int, b: int) -> None:
    at(15);
    long long result = co_await compute(a, b, DELAY);
    at(16);
    print(std::to_string(a) + " + " + std::to_string(b) + " = " + std::to_string(result));
}

Coro<> main(long long A, long long B, double DELAY) {
    at(19); // async def main() -> None:
    at(20);
    co_await print_sum(A, B, DELAY);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.integer("A"), params.integer("B"), params.number("DELAY")),
                          std::move(options));
}

} // namespace loopscope::twins::compute_print_sum
