// Twin of gather_factorial.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::gather_factorial {

namespace {

Coro<long long> factorial(std::string name, long long number) {
    at(8); // async def factorial(name: str, number: int) -> int:
    at(9);
    long long result = 1;
    for (long long i = 2; i < number + 1; ++i) {
        at(11);
        print("Task " + name + ": Compute factorial(" + std::to_string(i) + ")...");
        at(12);
        co_await sleep(1);
        at(13);
        result *= i;
    }
    at(14);
    print("Task " + name + ": factorial(" + std::to_string(number) +
          ") = " + std::to_string(result));
    at(15);
    co_return result;
}

Coro<> main(long long NUMBER_A, long long NUMBER_B, long long NUMBER_C) {
    at(18); // async def main() -> None:
    at(19);
    List results = co_await gather(factorial("A", NUMBER_A), factorial("B", NUMBER_B),
                                   factorial("C", NUMBER_C));
    at(24);
    print(results);
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(
        main(params.integer("NUMBER_A"), params.integer("NUMBER_B"), params.integer("NUMBER_C")),
        std::move(options));
}

} // namespace loopscope::twins::gather_factorial
