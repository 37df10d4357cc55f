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
const detail::HandleName kNameSetNone(&setNone, "set_result");

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

std::unique_ptr<Recorder> detail::startRecording(const RunOptions &opts) {
    auto rec = std::make_unique<Recorder>();
    rec->enabled = opts.record;
    rec->lines = opts.lines;
    rec->loopEvents = opts.loopEvents;
    rec->sink = opts.sink;
    random::seed(opts.seed);
    return rec;
}

Trace detail_run(std::coroutine_handle<> h, detail::PromiseBase *p, RunOptions opts) {
    Trace trace;
    trace.m_rec = detail::startRecording(opts);
    Recorder &rec = *trace.m_rec;

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

// ---------------------------------------------------------------------------------------------
// OwnLoop: asyncio.new_event_loop() driven by the program

OwnLoop::OwnLoop(RunOptions opts)
    : m_rec(detail::startRecording(opts))
    , m_opts(std::move(opts)) {
    m_loop = std::make_unique<EventLoop>(m_rec.get());
    m_loop->horizon = m_opts.horizon;
    m_loop->stepLimit = m_opts.stepLimit;
}

OwnLoop::OwnLoop(OwnLoop &&o) noexcept
    : m_rec(std::move(o.m_rec))
    , m_loop(std::move(o.m_loop))
    , m_opts(std::move(o.m_opts))
    , m_previous(o.m_previous)
    , m_set(o.m_set)
    , m_closed(o.m_closed) {
    o.m_set = false;
}

OwnLoop::~OwnLoop() {
    if (m_loop) {
        EventLoop *previous = detail::tl_loop;
        detail::tl_loop = m_loop.get(); // frames freed by teardown may look for their loop
        m_loop->teardown();
        detail::tl_loop = m_set ? m_previous : previous;
        m_loop.reset();
    }
}

void OwnLoop::restore() {
    if (m_set) {
        detail::tl_loop = m_previous;
        m_set = false;
    }
}

void setEventLoop(OwnLoop &loop) {
    if (!loop.m_set)
        loop.m_previous = detail::tl_loop;
    loop.m_set = true;
    detail::tl_loop = loop.m_loop.get();
}

OwnLoop newEventLoop(RunOptions opts) {
    return OwnLoop(std::move(opts));
}

Value OwnLoop::runUntilComplete(const Future &fut) {
    // base_events.BaseEventLoop.run_until_complete: run_forever until the done-callback stops
    // the loop, then future.result().
    if (m_loop->halted() != Halt::None)
        return None; // pytrace: a halted program runs nothing more
    EventLoop *previous = detail::tl_loop;
    detail::tl_loop = m_loop.get();
    m_loop->runUntilComplete(fut.impl());
    detail::tl_loop = previous;
    if (!fut.impl()->done())
        return None;
    return fut.impl()->result();
}

std::vector<Task> OwnLoop::allTasks() const {
    std::vector<Task> out;
    for (auto &t : m_loop->allTasks())
        out.emplace_back(t);
    return out;
}

Trace OwnLoop::trace(std::exception_ptr escaped) && {
    Trace trace;
    Status status = Status::Ok;
    std::uint32_t excId = 0, msgId = 0;
    switch (m_loop->halted()) {
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
        if (escaped) {
            status = Status::Exception;
            if (m_rec->enabled) {
                excId = m_rec->strings.intern(exceptionTypeName(escaped));
                std::string m = exceptionMessage(escaped);
                msgId = m.empty() ? 0 : m_rec->strings.intern(m);
            }
        }
        break;
    }
    trace.m_steps = m_loop->steps();
    double endTime = m_loop->time();
    {
        EventLoop *previous = detail::tl_loop;
        detail::tl_loop = m_loop.get();
        m_loop->teardown();
        detail::tl_loop = previous;
    }
    restore();
    m_loop.reset();
    m_rec->end(endTime, status, excId, msgId);
    trace.m_endTime = endTime;
    trace.m_rec = std::move(m_rec);
    trace.m_opts = std::move(m_opts);
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
