// Twin of run_in_executor.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::run_in_executor {

namespace {

double SLEEP_TIME = 1.0;
double BLOCKING_TIME = 0.5;

Coro<> main() {
    at(8); // async def main():
    at(9);
    print(time::strftime("%X") + " Hello!");
    at(10);
    co_await sleep(SLEEP_TIME);
    at(11);
    print(time::strftime("%X") + " Goodbye!");
}

// def blocking(): runs on a worker thread of the default executor, a virtual thread here: `job`
// is that thread's clock (time.sleep advances it) and output.
Value blocking(Job &job) {
    job.at(14); // def blocking():
    job.at(15);
    job.sleep(BLOCKING_TIME); // time.sleep blocks this thread only, not the event loop
    job.at(16);
    job.print(time::strftime("%X") + " Hello from a thread");
    return None;
}

// the notes drive the loop by hand; asyncio.run does the cleanup here
Coro<> run() {
    at(19); // async def run():
    at(21);
    Task task = createTask(main());
    at(22);
    Future future = runInExecutor("blocking", blocking); // default ThreadPoolExecutor
    at(23);
    co_await task;
    at(24);
    co_await future;
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    SLEEP_TIME = params.number("SLEEP_TIME");
    BLOCKING_TIME = params.number("BLOCKING_TIME");
    return loopscope::run(run(), std::move(options));
}

} // namespace loopscope::twins::run_in_executor
