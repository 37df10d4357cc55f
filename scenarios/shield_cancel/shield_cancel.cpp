// Twin of shield_cancel.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::shield_cancel {

namespace {

Coro<> start_task(double TASK_TIME) {
    at(7); // async def start_task():
    at(8);
    print("Старт задачи...");
    at(9);
    co_await sleep(TASK_TIME);
    at(10);
    print("А что со мной хотели сделать?");
}

Coro<> cancel(Future some_task, double CANCEL_AFTER) {
    at(13); // async def cancel(some_task):
    at(14);
    co_await sleep(CANCEL_AFTER);
    at(15);
    some_task.cancel();
    at(16);
    print("Отмена!");
}

Coro<> main(double TASK_TIME, double CANCEL_AFTER) {
    at(19); // async def main():
    at(20);
    Task real_task = createTask(start_task(TASK_TIME));
    at(21);
    Future shield = loopscope::shield(real_task);
    at(22);
    createTask(cancel(shield, CANCEL_AFTER));
    at(23);
    co_await real_task;
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("TASK_TIME"), params.number("CANCEL_AFTER")),
                          std::move(options));
}

} // namespace loopscope::twins::shield_cancel
