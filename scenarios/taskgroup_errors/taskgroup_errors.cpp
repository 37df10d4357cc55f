// Twin of taskgroup_errors.py.
#include "loopscope/twin.hpp"

#include <exception>

namespace loopscope::twins::taskgroup_errors {

namespace {

Coro<long long> factorial(std::string name, long long number) {
    at(8); // async def factorial(name: str, number: int) -> int:
    at(9);
    long long result = 1;
    for (long long i = 2; i < number + 1; ++i) {
        at(11);
        if (number == 2) {
            at(12);
            throw RuntimeError("Whoops 2!");
        }
        at(13);
        if (number == 3) {
            at(14);
            throw ValueError("Whoops 3!");
        }
        at(15);
        print("Task " + name + ": Compute factorial(" + std::to_string(i) + ")...");
        at(16);
        co_await sleep(1);
        at(17);
        result *= i;
    }
    at(18);
    print("Task " + name + ": factorial(" + std::to_string(number) +
          ") = " + std::to_string(result));
    at(19);
    co_return result;
}

Coro<> main(long long NUMBER_A, long long NUMBER_B, long long NUMBER_C) {
    at(22); // async def main() -> None:
    try {
        at(24);
        TaskGroup tg; // async with asyncio.TaskGroup() as tg:
        std::exception_ptr e;
        try {
            at(25);
            tg.createTask(factorial("A", NUMBER_A));
            at(26);
            tg.createTask(factorial("B", NUMBER_B));
            at(27);
            tg.createTask(factorial("C", NUMBER_C));
            at(28);
            print("tasks pending to start");
        } catch (...) {
            e = std::current_exception();
        }
        at(24);
        co_await tg.exit(e); // the end of the `async with` block: __aexit__
    } catch (const ExceptionGroup &excgroup) {
        // except* (ValueError, RuntimeError): the group holds only these here
        for (const auto &exc : excgroup.exceptions()) {
            at(31);
            print("Caught exception: " + exceptionMessage(exc) + " with class " +
                  exceptionTypeName(exc));
        }
    }

    at(33);
    print("tasks complete");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(
        main(params.integer("NUMBER_A"), params.integer("NUMBER_B"), params.integer("NUMBER_C")),
        std::move(options));
}

} // namespace loopscope::twins::taskgroup_errors
