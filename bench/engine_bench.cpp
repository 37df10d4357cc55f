// The benchmark workloads on the engine, with recording on.
//
//     engine_bench WORKLOAD      (switch | spawn | timers | gather_tree)
//
// Prints `<workload> engine steps=<task steps> seconds=<s> steps_per_s=<n> peak_rss_kb=<kb>`.
// Every event is recorded through the engine's hooks into 24-byte records; the recorder streams
// them in chunks of 64 Ki events to a file (LOOPSCOPE_BENCH_TRACE, default /dev/null), so memory
// stays bounded however long the run. Same workloads as bench/cpython_bench.py.
#include <loopscope/loopscope.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/resource.h>

using namespace loopscope;

namespace {

constexpr int kSwitchTasks = 1000, kSwitches = 1000;
constexpr int kSpawn = 200'000;
constexpr int kTimerTasks = 100'000, kSleeps = 10;
constexpr int kTreeDepth = 6, kTreeFanout = 6;

Coro<> switcher() {
    for (int i = 0; i < kSwitches; ++i)
        co_await sleep(0);
}
Coro<> switchMain() {
    std::vector<Coro<>> cs;
    for (int i = 0; i < kSwitchTasks; ++i)
        cs.push_back(switcher());
    co_await gather(std::move(cs));
}

Coro<> nothing() {
    co_return;
}
Coro<> spawnMain() {
    std::vector<Coro<>> cs;
    cs.reserve(kSpawn);
    for (int i = 0; i < kSpawn; ++i)
        cs.push_back(nothing());
    co_await gather(std::move(cs));
}

Coro<> sleeper() {
    for (int i = 0; i < kSleeps; ++i)
        co_await sleep(random::random());
}
Coro<> timersMain() {
    std::vector<Coro<>> cs;
    cs.reserve(kTimerTasks);
    for (int i = 0; i < kTimerTasks; ++i)
        cs.push_back(sleeper());
    co_await gather(std::move(cs));
}

Coro<> tree(int depth) {
    if (depth == 0) {
        co_await sleep(0);
    } else {
        std::vector<Coro<>> cs;
        for (int i = 0; i < kTreeFanout; ++i)
            cs.push_back(tree(depth - 1));
        co_await gather(std::move(cs));
    }
}
Coro<> treeMain() {
    co_await tree(kTreeDepth);
}

std::uint64_t treeTasks() {
    std::uint64_t n = 0, level = 1;
    for (int d = 1; d <= kTreeDepth; ++d)
        n += (level *= kTreeFanout);
    return n;
}

} // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: engine_bench switch|spawn|timers|gather_tree\n");
        return 2;
    }
    const std::string name = argv[1];
    const char *path = std::getenv("LOOPSCOPE_BENCH_TRACE");
    std::FILE *out = std::fopen(path ? path : "/dev/null", "wb");
    if (!out) {
        std::perror("trace file");
        return 2;
    }
    RunOptions opts;
    opts.horizon = 1e9;
    opts.stepLimit = 100'000'000;
    opts.lines = false; // no listing: no `line` events
    // Every event is recorded, the loop's internals (`iter`/`sched`/`run`) too, as the app records
    // them; LOOPSCOPE_BENCH_NO_LOOP_EVENTS=1 leaves those out, to see what they cost.
    opts.loopEvents = std::getenv("LOOPSCOPE_BENCH_NO_LOOP_EVENTS") == nullptr;
    opts.sink = [out](const std::vector<Record> &events, const std::vector<std::uint32_t> &aux) {
        std::fwrite(events.data(), sizeof(Record), events.size(), out);
        std::fwrite(aux.data(), sizeof(std::uint32_t), aux.size(), out);
    };
    std::uint64_t expected = 0;
    // CPU time of this process (the machine is shared: wall time would count other processes).
    auto cpu = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    };
    const double t0 = cpu();
    Trace trace = [&] {
        if (name == "switch") {
            expected = std::uint64_t{kSwitchTasks} * (kSwitches + 1) + 2;
            return run(switchMain(), opts);
        }
        if (name == "spawn") {
            expected = kSpawn + 2;
            return run(spawnMain(), opts);
        }
        if (name == "timers") {
            expected = std::uint64_t{kTimerTasks} * (kSleeps + 1) + 2;
            return run(timersMain(), opts);
        }
        if (name == "gather_tree") {
            expected = 2 * treeTasks() + 2;
            return run(treeMain(), opts);
        }
        std::fprintf(stderr, "unknown workload %s\n", name.c_str());
        std::exit(2);
    }();
    const double seconds = cpu() - t0;
    std::fclose(out);
    // The two tasks asyncio.run adds at shutdown (shutdown_asyncgens, shutdown_default_executor)
    // take one step each; the workloads count main's steps and its children's.
    std::uint64_t steps = trace.steps() - 2;
    if (steps != expected || trace.status() != Status::Ok) {
        std::fprintf(stderr, "%s: %llu steps, expected %llu (status %s)\n", name.c_str(),
                     static_cast<unsigned long long>(steps),
                     static_cast<unsigned long long>(expected), statusName(trace.status()));
        return 1;
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("%s engine steps=%llu seconds=%.3f steps_per_s=%.0f peak_rss_kb=%ld events=%zu\n",
                name.c_str(), static_cast<unsigned long long>(steps), seconds, steps / seconds,
                ru.ru_maxrss, trace.recorder().eventCount());
    return 0;
}
