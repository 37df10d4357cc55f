// Twin of generator_round_robin.py: no event loop; the module's own loop drives two generators
// (loopscope/generator.hpp), each of them a lane of the trace.
#include "loopscope/twin.hpp"

#include <loopscope/generator.hpp>

#include <deque>

namespace loopscope::twins::generator_round_robin {

namespace {

long long STEPS = 10;
double PAUSE = 0.5;

std::deque<Generator> queue; // queue = []

Generator counter() {
    at(9); // def counter():
    long long cnt = 0;
    while (true) {
        at(12);
        print(cnt);
        cnt += 1;
        at(14);
        co_yield None;
    }
}

Generator printer() {
    at(17); // def printer():
    long long cnt = 1;
    while (true) {
        if (cnt % 3 == 0) {
            at(21);
            print("Go!");
        }
        cnt += 1;
        at(23);
        co_yield None;
    }
}

// The listing's module-level code, lines 26 to 40.
void module() {
    queue.clear();
    Generator g1 = counter(); // 26
    queue.push_back(g1);      // 27

    Generator g2 = printer(); // 29
    queue.push_back(g2);      // 30

    long long i = 0; // 32
    while (true) {
        Generator g = queue.front(); // 34
        queue.pop_front();
        at(35);
        blockingSleep(PAUSE);
        at(36);
        next(g);
        queue.push_back(g); // 37
        i += 1;
        if (i == STEPS) // 39
            break;
    }
    queue.clear(); // (the generators' frames are freed with the run)
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    STEPS = params.integer("STEPS");
    PAUSE = params.number("PAUSE");
    return runModule(std::move(options), module);
}

} // namespace loopscope::twins::generator_round_robin
