// Twin of graceful_cancel.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::graceful_cancel {

namespace {

Coro<> db_operation(double CLEANUP_TIME) {
    at(8); // async def db_operation():
    at(9);
    print("operation start");
    // C++ cannot co_await inside a catch block: the except clause's await runs just after it
    bool cancelled = false;
    try {
        while (true) {
            at(12);
            print("operation new round");
            at(13);
            co_await sleep(1);
        }
    } catch (const CancelledError &) {
        at(15);
        print("operation was cancelled");
        cancelled = true;
    }
    if (cancelled) { // (still the except clause)
        at(16);
        co_await sleep(CLEANUP_TIME);
    }

    at(18);
    print("operation done");
}

Coro<> main(double CANCEL_AFTER, double CLEANUP_TIME) {
    at(21); // async def main():
    at(22);
    Task task = createTask(db_operation(CLEANUP_TIME));
    at(23);
    co_await sleep(CANCEL_AFTER);

    // вызываем исключение CancelledError внутри db_operation, оно будет обработано,
    // как только event loop передаст управление task-е, обрабатывающей эту короутину
    at(27);
    task.cancel();

    at(29);
    co_await task; // передаем управление db_operation для корректного завершения
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("CANCEL_AFTER"), params.number("CLEANUP_TIME")),
                          std::move(options));
}

} // namespace loopscope::twins::graceful_cancel
