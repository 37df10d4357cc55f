// Twin of to_thread.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::to_thread {

namespace {

double BLOCKING_TIME = 5.0;
double SLEEP_TIME = 5.0;

// def blocking_io() -> None: runs on a worker thread, a virtual thread here: `job` is that
// thread's clock (time.sleep advances it) and output.
Value blocking_io(Job &job) {
    job.at(8); // def blocking_io() -> None:
    job.at(9);
    job.print(time::strftime("%X") + " start blocking IO");
    job.at(10);
    job.sleep(BLOCKING_TIME); // blocks, but at least releases GIL
    // Non-releasing GIL code will block the event loop!
    job.at(12);
    job.print(time::strftime("%X") + " finished blocking IO");
    return None;
}

// asyncio.to_thread(func) (threads.to_thread): a coroutine that awaits
// loop.run_in_executor(None, func); gather() wraps it in a task (coro "to_thread").
// (`name` is the function's name for the trace.)
InternalCoro<> to_thread(const char *name, Value (*func)(Job &)) {
    co_await toThread(name, func);
}

// asyncio.sleep(delay) as a coroutine object, for gather() to wrap in a task (coro "sleep").
InternalCoro<> sleep(double delay) {
    co_await loopscope::sleep(delay);
}

Coro<> main() {
    at(15); // async def main() -> None:
    at(16);
    auto non_blocking_io = to_thread("blocking_io", blocking_io);
    at(17);
    print(time::strftime("%X") + " start gather");
    at(18);
    co_await gather(std::move(non_blocking_io), sleep(SLEEP_TIME));
    at(19);
    print(time::strftime("%X") + " finished gather");
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    BLOCKING_TIME = params.number("BLOCKING_TIME");
    SLEEP_TIME = params.number("SLEEP_TIME");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::to_thread
