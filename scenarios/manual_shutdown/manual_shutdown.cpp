// Twin of manual_shutdown.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::manual_shutdown {

namespace {

Coro<> main(double DELAY) {
    at(7); // async def main():
    at(8);
    print(time::strftime("%X") + " Hello!");
    at(9);
    co_await sleep(DELAY);
    at(10);
    print(time::strftime("%X") + " Goodbye!");
}

} // namespace

// The listing's module-level code: it runs outside any task, so it has no at() lines.
Trace run(const scenarios::Params &params, RunOptions options) {
    auto loop = newEventLoop(std::move(options)); // loop = asyncio.new_event_loop()  # 1
    setEventLoop(loop);
    Task task = loop.createTask(main(params.number("DELAY"))); // 2
    loop.runUntilComplete(task);                               // 3
    std::vector<Task> pending = allTasks(loop);
    for (Task &t : pending)
        t.cancel();
    Gather group = gather(pending, /*return_exceptions=*/true); // 4
    loop.runUntilComplete(group);                               // 5
    loop.close();                                               // 6
    return std::move(loop).trace();
}

} // namespace loopscope::twins::manual_shutdown
