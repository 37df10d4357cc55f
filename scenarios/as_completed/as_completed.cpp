// Twin of as_completed.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::as_completed {

namespace {

double DELAY = 1.0; // the listing's module constant, set by run() from the parameters

Coro<Tuple> factorial(long long number) {
    at(6); // async def factorial(number: int) -> tuple[int, int]:
    at(7);
    long long result = 1;
    for (long long i = 2; i < number + 1; ++i) {
        at(9);
        co_await sleep(DELAY);
        at(10);
        result *= i;
    }
    at(11);
    co_return Tuple{{number, result}};
}

Coro<> main() {
    at(14); // async def main() -> None:
    at(15);
    std::vector<Task> tasks = {
        createTask(factorial(4)),
        createTask(factorial(3)),
        createTask(factorial(5)),
        createTask(factorial(2)),
    };
    at(21);
    for (auto future : asCompleted(tasks)) {
        at(22);
        const Tuple pair = (co_await std::move(future)).asTuple(); // number, result = await future
        Value number = pair.items[0], result = pair.items[1];
        at(23);
        print("Factorial(" + number.str() + ") = " + result.str());
    }
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    DELAY = params.number("DELAY");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::as_completed
