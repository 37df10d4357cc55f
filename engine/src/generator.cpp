#include "loopscope/generator.hpp"
#include "loopscope/random.hpp"

#include <utility>

namespace loopscope {

namespace detail {

namespace {

/// Ends the module's code when a resumption meets the step limit or the horizon (pytrace's
/// StopRun): not a Python exception, so no `catch (const BaseException &)` of a twin stops it.
struct ModuleHalted {};

/// runModule's state: the loop that only keeps the clock, the task numbering and the recorder.
struct ModuleRun;
thread_local ModuleRun *tl_module = nullptr;

/// The module-level code: no lane; at() marks the line its next print or block is on.
class ModuleFrame final : public OutsideFrame {
public:
    void at(int line) override { m_line = line; }
    std::uint32_t lane() const override { return 0; }
    int line() override { return m_line; }

private:
    int m_line = 0;
};

struct ModuleRun {
    EventLoop *loop = nullptr;
    Recorder *rec = nullptr;
    double horizon = 0;
    std::uint64_t stepLimit = 0;
    std::uint64_t steps = 0;
    Status halt = Status::Ok;
    ModuleFrame frame;
};

} // namespace

struct GeneratorState {
    Generator::Handle handle;
    std::uint32_t id = 0; // lane id; 0 = not recorded (made outside runModule or in a task)
    int line = 0;         // listing line the body is on; 0 = not started (no at() yet)
    bool started = false;
    bool running = false;
    bool finished = false;
    Value yielded;
    Value sent;
    std::exception_ptr throwIn;

    ~GeneratorState() {
        if (handle)
            handle.destroy();
    }
};

namespace {

/// A step on a generator's lane: at() moves the lane's line; the step's own `line` event waits
/// for the first at() of a body that has not started (which gives the def line).
class StepFrame final : public OutsideFrame {
public:
    StepFrame(GeneratorState &s, Recorder *rec, double t, bool pendingLine)
        : m_s(s)
        , m_rec(rec)
        , m_t(t)
        , m_pending(pendingLine) {}
    void at(int line) override {
        m_s.line = line;
        flush();
    }
    std::uint32_t lane() const override { return m_s.id; }
    int line() override {
        flush();
        return m_s.line;
    }
    void flush() {
        if (m_pending) {
            m_pending = false;
            if (m_rec->lines)
                m_rec->line(m_t, m_s.id, m_s.line, LineAt::Step);
        }
    }

private:
    GeneratorState &m_s;
    Recorder *m_rec;
    double m_t;
    bool m_pending;
};

/// A resumption inside another step (`yield from`, next(other) in a generator's body): part of
/// that step, on its lane; at() still moves this generator's line (the innermost frame).
class NestedFrame final : public OutsideFrame {
public:
    NestedFrame(GeneratorState &s, OutsideFrame *outer)
        : m_s(s)
        , m_outer(outer) {}
    void at(int line) override {
        m_s.line = line;
        if (m_outer)
            m_outer->line(); // the outer step's own line event comes first
    }
    std::uint32_t lane() const override { return m_outer ? m_outer->lane() : 0; }
    int line() override {
        if (m_outer)
            m_outer->line();
        return m_s.line;
    }

private:
    GeneratorState &m_s;
    OutsideFrame *m_outer;
};

std::string lastName(const char *fn) {
    return coroName(fn);
}

} // namespace

} // namespace detail

Value Generator::YieldAwaiter::await_resume() {
    if (state->throwIn)
        std::rethrow_exception(std::exchange(state->throwIn, nullptr));
    return std::exchange(state->sent, Value(None));
}

Generator Generator::promise_type::get_return_object() {
    auto s = std::make_shared<detail::GeneratorState>();
    s->handle = Handle::from_promise(*this);
    state = s.get();
    detail::ModuleRun *m = detail::tl_module;
    // Generators made inside an asyncio task are part of its steps, not lanes (as in pytrace).
    if (m && m->rec->enabled && !m->loop->currentTask()) {
        s->id = m->loop->nextTaskId();
        const std::uint32_t parent = detail::tl_outside ? detail::tl_outside->lane() : 0;
        const std::string name = detail::lastName(fn);
        if (detail::tl_outside)
            detail::tl_outside->line(); // a step's own line event comes before this one
        m->rec->taskNew(m->loop->time(), s->id, 0, m->rec->strings.intern(name), parent);
        m->rec->setCreationName(s->id, name);
    }
    return Generator(std::move(s));
}

Generator::YieldAwaiter Generator::promise_type::yield_value(Value v) {
    state->yielded = std::move(v);
    return YieldAwaiter{state};
}

std::uint32_t Generator::id() const {
    return m_s ? m_s->id : 0;
}

bool Generator::finished() const {
    return !m_s || m_s->finished;
}

Value Generator::send(Value v) {
    if (m_s && !m_s->started && !v.isNone())
        throw TypeError("can't send non-None value to a just-started generator");
    return resume(std::move(v), nullptr);
}

void Generator::close() {
    // genobject.c gen_close: an unstarted or finished generator is only marked closed.
    if (!m_s || m_s->finished)
        return;
    if (!m_s->started) {
        m_s->finished = true;
        m_s->handle.destroy();
        m_s->handle = {};
        return;
    }
    try {
        resume(None, std::make_exception_ptr(GeneratorExit()));
    } catch (const GeneratorExit &) {
        return; // closed
    } catch (const StopIteration &) {
        return; // it caught GeneratorExit and returned
    }
    // It caught GeneratorExit and yielded again: still suspended.
    throw RuntimeError("generator ignored GeneratorExit");
}

Value Generator::resume(Value sent, std::exception_ptr throwIn) {
    if (!m_s)
        throw TypeError("'NoneType' object is not an iterator");
    detail::GeneratorState &s = *m_s;
    if (s.running)
        throw ValueError("generator already executing");
    if (s.finished)
        throw StopIteration();
    detail::ModuleRun *m = detail::tl_module;
    detail::OutsideFrame *outer = detail::tl_outside;
    // A step of its own only when the module's code resumes it (not inside another step).
    const bool recorded = m && s.id && m->rec->enabled && outer == &m->frame;
    Recorder *rec = recorded ? m->rec : nullptr;
    const double t = m ? m->loop->time() : 0;
    const bool first = !s.started;
    if (recorded) {
        // pytrace's _lane_step: the step limit, then the horizon (a block carried the clock
        // past it), stop the module before the step.
        if (m->steps >= m->stepLimit) {
            rec->limit(t);
            m->halt = Status::Limit;
            throw detail::ModuleHalted{};
        }
        if (t > m->horizon) {
            rec->horizon(t);
            m->halt = Status::Horizon;
            throw detail::ModuleHalted{};
        }
        ++m->steps;
        rec->step(t, s.id, throwIn ? exceptionTypeName(throwIn) : nullptr);
        if (!first && rec->lines)
            rec->line(t, s.id, s.line, LineAt::Step);
    }
    detail::StepFrame stepFrame(s, rec ? rec : (m ? m->rec : nullptr), t, recorded && first);
    detail::NestedFrame nestedFrame(s, outer);
    detail::tl_outside = recorded ? static_cast<detail::OutsideFrame *>(&stepFrame) : &nestedFrame;
    s.started = true;
    s.running = true;
    s.sent = std::move(sent);
    s.throwIn = std::move(throwIn);
    s.handle.resume();
    s.running = false;
    detail::tl_outside = outer;
    if (recorded)
        stepFrame.flush();
    const double now = m ? m->loop->time() : 0;
    if (!s.handle.done()) {
        if (recorded) {
            if (rec->lines)
                rec->line(now, s.id, s.line, LineAt::Suspend);
            rec->yieldOn(now, s.id, On::Generator, nullptr, 0, false, -1, nullptr);
        }
        return std::exchange(s.yielded, Value(None));
    }
    s.finished = true;
    std::exception_ptr exc = s.handle.promise().exc;
    s.handle.destroy();
    s.handle = {};
    if (recorded) {
        if (!exc) {
            rec->done(now, s.id, DoneState::Result, rec->noneId(), 0);
        } else {
            bool closed = false;
            try {
                std::rethrow_exception(exc);
            } catch (const GeneratorExit &) {
                closed = true;
            } catch (...) {
            }
            if (closed) {
                rec->done(now, s.id, DoneState::Cancelled, 0, 0);
            } else {
                // pytrace writes str(exc), "" included.
                rec->done(now, s.id, DoneState::Exception,
                          rec->strings.intern(exceptionTypeName(exc)),
                          rec->strings.intern(exceptionMessage(exc)));
            }
        }
    }
    if (exc)
        std::rethrow_exception(exc);
    throw StopIteration();
}

Trace runModule(RunOptions opts, const std::function<void()> &module) {
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
        detail::ModuleRun run;
        run.loop = &loop;
        run.rec = &rec;
        run.horizon = opts.horizon;
        run.stepLimit = opts.stepLimit;
        EventLoop *previousLoop = detail::tl_loop;
        detail::OutsideFrame *previousOutside = detail::tl_outside;
        detail::ModuleRun *previousModule = detail::tl_module;
        detail::tl_loop = &loop;
        detail::tl_outside = &run.frame;
        detail::tl_module = &run;
        try {
            module();
            status = run.steps > 0 ? Status::Ok : Status::NoLoop;
            if (status == Status::NoLoop && rec.enabled)
                msgId = rec.strings.intern(
                    "the program never ran an event loop (asyncio.run was not called)");
        } catch (const detail::ModuleHalted &) {
            status = run.halt;
        } catch (...) {
            // pytrace: an exception escaping module-level code outside any loop run.
            std::exception_ptr e = std::current_exception();
            status = Status::ImportError;
            if (rec.enabled) {
                excId = rec.strings.intern(exceptionTypeName(e));
                msgId = rec.strings.intern(exceptionMessage(e)); // str(exc), "" included
            }
        }
        trace.m_steps = run.steps;
        endTime = loop.time();
        loop.teardown();
        detail::tl_loop = previousLoop;
        detail::tl_outside = previousOutside;
        detail::tl_module = previousModule;
    }
    rec.end(endTime, status, excId, msgId);
    trace.m_endTime = endTime;
    trace.m_opts = std::move(opts);
    return trace;
}

} // namespace loopscope
