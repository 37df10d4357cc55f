#include "loopscope/run.hpp"
#include "loopscope/random.hpp"

#include <algorithm>
#include <sstream>

namespace loopscope {

namespace {

InternalCoro<> shutdown_asyncgens() {
    // base_events.BaseEventLoop.shutdown_asyncgens: no asynchronous generators are alive.
    co_return;
}

void setNone(RefCounted *fut, RefCounted *) {
    auto *f = static_cast<FutureImpl *>(fut);
    if (!f->done())
        f->setResult(None);
}

InternalCoro<> shutdown_default_executor() {
    // base_events.BaseEventLoop.shutdown_default_executor: if an executor was made, a thread
    // joins its workers (shutdown(wait=True)) and completes the future with
    // call_soon_threadsafe once the last job has ended.
    EventLoop &loop = getRunningLoop();
    if (!loop.executorUsed())
        co_return;
    Future fut = createFuture();
    loop.addCompletion(std::max(loop.time(), loop.lastJobEnd()), &setNone, fut.impl(), nullptr);
    co_await fut;
}

/// Runs `coro` as a task created by the loop (loop.run_until_complete(coro)).
template<class C>
void runTaskToCompletion(EventLoop &loop, C coro) {
    auto h = coro.release();
    Ref<TaskImpl> t = detail::makeTask(loop, h, &h.promise());
    loop.runUntilComplete(t.get());
    if (t->done() && !t->cancelled())
        (void)t->exceptionOrCancelled();
}

} // namespace

Trace detail_run(std::coroutine_handle<> h, detail::PromiseBase *p, RunOptions opts) {
    Trace trace;
    trace.m_rec = std::make_unique<Recorder>();
    Recorder &rec = *trace.m_rec;
    rec.enabled = opts.record;
    rec.lines = opts.lines;
    rec.sink = opts.sink;
    random::seed(opts.seed);

    Status status = Status::Ok;
    std::uint32_t excId = 0, msgId = 0;
    double endTime = 0;
    {
        EventLoop loop(&rec);
        loop.horizon = opts.horizon;
        loop.stepLimit = opts.stepLimit;
        EventLoop *previous = detail::tl_loop;
        detail::tl_loop = &loop;

        // runners.Runner.run: task = loop.create_task(main); loop.run_until_complete(task)
        Ref<TaskImpl> mainTask = detail::makeTask(loop, h, p);
        loop.runUntilComplete(mainTask.get());

        if (loop.halted() == Halt::None) {
            // runners.Runner.close -> runners._cancel_all_tasks: the loop (no task) cancels
            // what is left and gathers it with return_exceptions=True.
            auto toCancel = loop.allTasks();
            if (!toCancel.empty()) {
                for (auto &t : toCancel)
                    t->cancel();
                std::vector<Ref<FutureImpl>> children(toCancel.begin(), toCancel.end());
                Ref<FutureImpl> g = detail::makeGather(children, true);
                loop.runUntilComplete(g.get());
                if (loop.halted() == Halt::None) {
                    for (auto &t : toCancel) {
                        if (t->cancelled() || !t->done())
                            continue;
                        std::exception_ptr e = t->exceptionOrCancelled();
                        if (e && rec.enabled)
                            rec.error(loop.time(), ErrorKind::Shutdown, t->id(),
                                      "unhandled exception during asyncio.run() shutdown (" +
                                          std::string(exceptionTypeName(e)) + ": " +
                                          exceptionMessage(e) + ")");
                    }
                }
            }
        }
        // loop.run_until_complete(loop.shutdown_asyncgens()), then shutdown_default_executor():
        // two more tasks, each consuming a Task-N number.
        if (loop.halted() == Halt::None)
            runTaskToCompletion(loop, shutdown_asyncgens());
        if (loop.halted() == Halt::None)
            runTaskToCompletion(loop, shutdown_default_executor());

        switch (loop.halted()) {
        case Halt::Horizon:
            status = Status::Horizon;
            break;
        case Halt::Stall:
            status = Status::Stall;
            break;
        case Halt::Limit:
            status = Status::Limit;
            break;
        case Halt::None:
            if (mainTask->done()) {
                std::exception_ptr e = mainTask->exceptionOrCancelled();
                if (e) {
                    status = Status::Exception;
                    if (rec.enabled) {
                        excId = rec.strings.intern(exceptionTypeName(e));
                        std::string m = exceptionMessage(e);
                        msgId = m.empty() ? 0 : rec.strings.intern(m);
                    }
                }
            }
            break;
        }
        trace.m_steps = loop.steps();
        endTime = loop.time();
        mainTask = nullptr;
        loop.teardown();
        detail::tl_loop = previous;
    }
    rec.end(endTime, status, excId, msgId);
    trace.m_endTime = endTime;
    trace.m_opts = std::move(opts);
    return trace;
}

void Trace::writeJson(std::ostream &out) const {
    m_rec->writeJson(out, m_opts.program, m_opts.horizon, m_opts.stepLimit, m_opts.seed,
                     "loopscope-engine 0.1");
}

std::string Trace::json() const {
    std::ostringstream os;
    writeJson(os);
    return os.str();
}

std::vector<std::string> Trace::eventLines() const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_rec->events().size(); ++i)
        out.push_back(m_rec->eventJson(i));
    return out;
}

std::vector<std::string> Trace::output() const {
    std::vector<std::string> out;
    for (const Record &e : m_rec->events())
        if (e.kind == Ev::Print)
            out.emplace_back(m_rec->strings.get(e.b));
    return out;
}

} // namespace loopscope
