// run(main): asyncio.run on a fresh virtual-time loop, recording the trace.
#pragma once

#include "loopscope/combinators.hpp"

#include <exception>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace loopscope {

struct RunOptions {
    double horizon = 60.0;
    std::uint64_t stepLimit = 1'000'000;
    std::uint64_t seed = 0;
    bool record = true;
    /// Emit `line` events (twins that mark lines with at()).
    bool lines = true;
    /// Emit the loop's internals (`iter`, `sched`, `run`).
    bool loopEvents = true;
    ProgramInfo program;
    /// Streaming recorder sink (benchmarks): see Recorder::sink.
    std::function<void(const std::vector<Record> &, const std::vector<std::uint32_t> &)> sink;
};

/// The outcome of a run: the trace, and how main ended.
class Trace {
public:
    Status status() const { return m_rec->status(); }
    const Recorder &recorder() const { return *m_rec; }
    std::uint64_t steps() const { return m_steps; }
    double endTime() const { return m_endTime; }
    /// The trace file (docs/trace-format.md).
    void writeJson(std::ostream &out) const;
    std::string json() const;
    /// Every event as its JSON line, without seq (for tests).
    std::vector<std::string> eventLines() const;
    /// The printed lines, in order.
    std::vector<std::string> output() const;

private:
    friend Trace detail_run(std::coroutine_handle<>, detail::PromiseBase *, RunOptions);
    friend class OwnLoop;
    friend Trace runModule(RunOptions opts, const std::function<void()> &module);
    std::unique_ptr<Recorder> m_rec;
    RunOptions m_opts;
    std::uint64_t m_steps = 0;
    double m_endTime = 0;
};

namespace detail {
/// What every run does first (asyncio.run, an own loop, a module driving generators): a recorder
/// switched as `opts` says, and `random` seeded with `opts.seed`.
std::unique_ptr<Recorder> startRecording(const RunOptions &opts);
} // namespace detail

Trace detail_run(std::coroutine_handle<> h, detail::PromiseBase *p, RunOptions opts);

/// asyncio.run(main()): runs main as Task-1; when it is done, the handles already ready still
/// run (run_until_complete stops after the iteration that runs its done-callback); then the
/// tasks still pending are cancelled by the loop and gathered (runners._cancel_all_tasks); then
/// loop.shutdown_asyncgens() and loop.shutdown_default_executor() each run as a task.
template<class T, bool L>
Trace run(BasicCoro<T, L> main, RunOptions opts = {}) {
    auto h = main.release();
    return detail_run(h, &h.promise(), std::move(opts));
}

/// A loop the program drives itself, for listings without asyncio.run:
///     loop = asyncio.new_event_loop(); asyncio.set_event_loop(loop)
///     task = loop.create_task(main()); loop.run_until_complete(task); ...; loop.close()
/// is  `auto loop = newEventLoop(options); setEventLoop(loop);`
///     `Task task = loop.createTask(main()); loop.runUntilComplete(task); ... loop.close();`
///     `return std::move(loop).trace();`
/// No shutdown tasks run (only asyncio.run makes them). After a horizon, stall or step limit
/// every later runUntilComplete does nothing (pytrace stops the whole program there).
class OwnLoop {
public:
    explicit OwnLoop(RunOptions opts);
    OwnLoop(OwnLoop &&) noexcept;
    OwnLoop &operator=(OwnLoop &&) = delete;
    ~OwnLoop();

    /// loop.create_task(coro, name=...) outside any task: no parent, Task-N numbering.
    template<class T, bool L>
    Task createTask(BasicCoro<T, L> coro, std::optional<std::string> name = std::nullopt) {
        auto h = coro.release();
        return Task(detail::makeTask(*m_loop, h, &h.promise(), name ? &*name : nullptr));
    }
    /// loop.run_until_complete(future): runs the loop until `fut` is done (and the iteration
    /// that runs its done-callback), then returns fut.result(), rethrowing its exception.
    Value runUntilComplete(const Future &fut);
    /// loop.run_until_complete(coro): the coroutine is wrapped in a task first.
    template<class T, bool L>
    Value runUntilComplete(BasicCoro<T, L> coro) {
        return runUntilComplete(createTask(std::move(coro)));
    }
    /// asyncio.all_tasks(loop=loop): the loop's pending tasks, in creation order.
    std::vector<Task> allTasks() const;
    /// loop.close(): no tasks, no events.
    void close() { m_closed = true; }
    bool isClosed() const { return m_closed; }
    /// The recorded trace; `escaped` is the exception that ended the program (status
    /// "exception"), else the status is ok, or horizon / stall / limit if the loop halted.
    Trace trace(std::exception_ptr escaped = nullptr) &&;
    EventLoop &loop() { return *m_loop; }

private:
    friend void setEventLoop(OwnLoop &loop);
    void restore();
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<EventLoop> m_loop;
    RunOptions m_opts;
    EventLoop *m_previous = nullptr;
    bool m_set = false;
    bool m_closed = false;
};

/// asyncio.new_event_loop(): a fresh virtual clock and recorder; random is seeded.
OwnLoop newEventLoop(RunOptions opts = {});
/// asyncio.set_event_loop(loop): the loop that gather(), createFuture(), ... use outside a
/// running loop (until the trace is taken).
void setEventLoop(OwnLoop &loop);
/// asyncio.all_tasks(loop=loop).
inline std::vector<Task> allTasks(const OwnLoop &loop) {
    return loop.allTasks();
}

} // namespace loopscope
