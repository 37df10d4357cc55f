#include "loopscope/task.hpp"
#include "loopscope/coro.hpp"
#include "loopscope/generator.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unordered_map>

namespace loopscope {

namespace {
using detail::ValueBox;
struct FunctionBox : RefCounted {
    FunctionBox(std::function<void()> f, const char *n)
        : fn(std::move(f))
        , name(n) {}
    std::function<void()> fn;
    const char *name; // the Python callable's __name__, for the trace's `sched`
};
void runFunction(RefCounted *box, RefCounted *) {
    try {
        static_cast<FunctionBox *>(box)->fn();
    } catch (...) {
        // events.Handle._run: "Exception in callback ..." is logged and the loop goes on.
        std::exception_ptr e = std::current_exception();
        EventLoop &loop = getRunningLoop();
        if (loop.recording())
            loop.recorder().error(loop.time(), ErrorKind::Callback, 0,
                                  "Exception in callback (" + std::string(exceptionTypeName(e)) +
                                      ": " + exceptionMessage(e) + ")");
    }
}
const char *functionName(RefCounted *box) {
    return static_cast<FunctionBox *>(box)->name;
}
const detail::HandleName kNameRunFunction(&runFunction, &functionName);
} // namespace

// ---------------------------------------------------------------------------------------------
// TaskImpl

TaskImpl::TaskImpl(EventLoop &loop, std::coroutine_handle<> root, detail::PromiseBase *rootPromise,
                   std::uint32_t coroName, std::uint32_t parentId, const std::string *name)
    : FutureImpl(loop, Kind::Task)
    , m_id(loop.nextTaskId())
    , m_coroName(coroName)
    , m_nameNumber(name ? 0 : static_cast<std::uint32_t>(loop.nextTaskNameNumber()))
    , m_root(root)
    , m_rootPromise(rootPromise)
    , m_resumeAt(root)
    , m_innermost(rootPromise) {
    rootPromise->task = this;
    if (name)
        taskCold().name = *name;
    if (loop.recording()) {
        loop.recorder().taskNew(loop.time(), m_id, m_nameNumber, coroName, parentId);
        if (name)
            loop.recorder().setCreationName(m_id, *name);
    }
}

TaskImpl::~TaskImpl() {
    // futures.Future.__del__ for a task: "Task exception was never retrieved".
    if (m_logTraceback && m_loop->recording())
        m_loop->recorder().error(m_loop->time(), ErrorKind::ExceptionNeverRetrieved, m_id,
                                 "Task exception was never retrieved (" +
                                     std::string(exceptionTypeName(m_exc)) + ": " +
                                     exceptionMessage(m_exc) + ")");
    m_logTraceback = false;
    destroyFrames();
}

void TaskImpl::destroyFrames() {
    if (m_root) {
        m_rootPromise->started = true; // a task owns it: not a "never awaited" coroutine
        auto r = std::exchange(m_root, {});
        m_rootPromise = nullptr;
        m_innermost = nullptr;
        r.destroy();
    }
    m_futWaiter = nullptr;
}

std::string TaskImpl::name() const {
    return m_taskCold && m_taskCold->name ? *m_taskCold->name
                                          : "Task-" + std::to_string(m_nameNumber);
}

void TaskImpl::setName(std::string name) {
    taskCold().name = std::move(name);
    if (m_loop->recording())
        m_loop->recorder().rename(m_loop->time(), m_id, *m_taskCold->name);
}

bool TaskImpl::cancel(const std::optional<std::string> &msg) {
    bool ok = cancelImpl(msg);
    // Recorded once cancel() has returned (what it cancelled in turn comes first), as pytrace
    // records it; `msg` of a later `done` (cancelled) is the last accepted cancel's message.
    if (ok && (msg || m_taskCold))
        taskCold().lastCancelMsg = msg;
    EventLoop &loop = *m_loop;
    if (loop.recording()) {
        TaskImpl *by = loop.currentTask();
        if (by)
            by->flushStepLine();
        Recorder &r = loop.recorder();
        r.cancel(loop.time(), m_id, by ? by->id() : 0, msg ? r.strings.intern(*msg) : 0, ok);
    }
    return ok;
}

bool TaskImpl::cancelImpl(const std::optional<std::string> &msg) {
    // tasks.Task.cancel
    m_logTraceback = false;
    if (done())
        return false;
    ++m_numCancelsRequested;
    if (m_futWaiter) {
        // Leave m_futWaiter: it may be a task that ignores the cancellation.
        if (m_futWaiter->cancel(msg))
            return true;
    }
    // "It must be the case that self.__step is already scheduled."
    m_mustCancel = true;
    setCancelMessage(msg);
    return true;
}

void TaskImpl::stepThunk(RefCounted *task, RefCounted *) {
    static_cast<TaskImpl *>(task)->step(nullptr);
}

void TaskImpl::stepWithExcThunk(RefCounted *task, RefCounted *) {
    auto *t = static_cast<TaskImpl *>(task);
    t->step(std::exchange(t->taskCold().scheduledExc, nullptr));
}

void TaskImpl::wakeupThunk(RefCounted *task, RefCounted *fut) {
    // tasks.Task.__wakeup: future.result() raising (exception or cancellation) is thrown in.
    auto *t = static_cast<TaskImpl *>(task);
    auto *f = static_cast<FutureImpl *>(fut);
    t->step(f->exceptionOrCancelled());
}

void TaskImpl::step(std::exception_ptr exc) {
    // tasks.Task.__step
    EventLoop &loop = *m_loop;
    if (done())
        throw EngineBug("_step(): already done: " + name());
    if (loop.m_steps >= loop.stepLimit) {
        // The step limit ends the run before this step.
        loop.m_halt = Halt::Limit;
        if (loop.recording())
            loop.recorder().limit(loop.time());
        return;
    }
    ++loop.m_steps;
    if (m_mustCancel) {
        if (!isCancelledError(exc))
            exc = makeCancelledError();
        m_mustCancel = false;
    }
    m_futWaiter = nullptr;

    loop.enterTask(this); // tasks._enter_task
    if (loop.recording()) {
        Recorder &r = loop.recorder();
        r.step(loop.time(), m_id, exc ? exceptionTypeName(exc) : nullptr);
        if (r.lines) {
            int line = currentLine();
            if (line == 0)
                m_stepLinePending = true; // a fresh frame: its first at() gives the def line
            else
                r.line(loop.time(), m_id, line, LineAt::Step);
        }
    }
    loop.m_yielded = nullptr;
    m_bareYield = false;
    if (!m_started && exc && (!loop.lines() || m_rootPromise->line < 0)) {
        // coro.throw(exc) on a coroutine that never ran raises at once: no code of it runs.
        m_started = true;
        m_rootPromise->started = true;
        m_rootPromise->exc = exc;
        m_rootDone = true;
    } else if (!m_started && exc) {
        // The same, for a listing frame: its first statement, at(<def line>), raises the
        // exception, so that the `line` (step) event shows the def line as CPython's frame does.
        m_started = true;
        taskCold().throwAtDef = std::move(exc);
        m_resumeAt.resume();
        if (m_taskCold->throwAtDef)
            throw EngineBug("a coroutine of the listing must begin with at(<its def line>)");
    } else {
        m_started = true;
        loop.m_throwIn = std::move(exc);
        m_resumeAt.resume();
        if (loop.m_throwIn)
            throw EngineBug("a task resumed at an awaiter that ignored the thrown exception");
    }
    if (m_stepLinePending)
        flushStepLineSlow(0);
    loop.leaveTask(this); // tasks._leave_task

    if (m_rootDone) {
        finish();
    } else if (loop.m_yielded) {
        if (loop.m_yielded.get() == this) {
            // "Task cannot await on itself"
            taskCold().scheduledExc = std::make_exception_ptr(
                RuntimeError("Task cannot await on itself: <Task " + name() + ">"));
            loop.m_yielded = nullptr;
            loop.callSoon(&TaskImpl::stepWithExcThunk, this, nullptr);
        } else {
            Ref<FutureImpl> fut = std::move(loop.m_yielded);
            fut->addDoneCallback(&TaskImpl::wakeupThunk, this);
            m_futWaiter = std::move(fut);
            if (m_mustCancel) {
                if (m_futWaiter->cancel(cancelMessage()))
                    m_mustCancel = false;
            }
        }
    } else if (m_bareYield) {
        // "Bare yield relinquishes control for one event loop iteration."
        loop.callSoon(&TaskImpl::stepThunk, this, nullptr);
    } else {
        throw EngineBug("a step ended without finishing or yielding");
    }
    if (!m_rootDone && loop.recording())
        recordSuspend();
#ifndef NDEBUG
    loop.checkInvariants();
#endif
}

void TaskImpl::finish() {
    EventLoop &loop = *m_loop;
    detail::PromiseBase *p = m_rootPromise;
    std::exception_ptr exc = p->exc;
    Value v;
    if (!exc)
        v = p->takeValue(p);
    destroyFrames();
    Recorder &r = loop.recorder();
    const bool rec = loop.recording();
    if (!exc) {
        if (m_mustCancel) {
            // "Task is cancelled right before coro stops."
            m_mustCancel = false;
            cancelFuture(cancelMessage());
            if (rec)
                r.done(loop.time(), m_id, DoneState::Cancelled, 0, lastCancelMsgId());
        } else {
            // Recorded after set_result has scheduled the done-callbacks, as pytrace sees it.
            const std::uint32_t repr =
                rec ? (v.isNone() ? r.noneId() : r.strings.intern(v.repr())) : 0;
            setResult(std::move(v));
            if (rec)
                r.done(loop.time(), m_id, DoneState::Result, repr, 0);
        }
    } else if (isCancelledError(exc)) {
        FutureImpl::cold().cancelledExc = exc;
        cancelFuture(std::nullopt); // super().cancel(): Future.cancel(self)
        if (rec)
            r.done(loop.time(), m_id, DoneState::Cancelled, 0, lastCancelMsgId());
    } else {
        const std::uint32_t type = rec ? r.strings.intern(exceptionTypeName(exc)) : 0;
        const std::uint32_t msg = rec ? r.strings.intern(exceptionMessage(exc)) : 0;
        setException(exc);
        if (rec)
            r.done(loop.time(), m_id, DoneState::Exception, type, msg);
    }
    loop.unregisterTask(this);
}

int TaskImpl::currentLine() const {
    for (const detail::PromiseBase *p = m_innermost; p; p = p->parent)
        if (p->line >= 0)
            return p->line;
    return -1;
}

void TaskImpl::setLine(int line) {
    if (m_stepLinePending)
        flushStepLineSlow(line);
    if (m_innermost)
        m_innermost->line = line;
    if (m_taskCold && m_taskCold->throwAtDef && m_innermost == m_rootPromise)
        std::rethrow_exception(std::exchange(m_taskCold->throwAtDef, nullptr));
}

void TaskImpl::flushStepLineSlow(int line) {
    m_stepLinePending = false;
    if (m_loop->lines())
        m_loop->recorder().line(m_loop->time(), m_id, line, LineAt::Step);
}

void TaskImpl::recordSuspend() {
    // pytrace's after_step: `line` (suspend) of the innermost listing frame, then `yield`.
    EventLoop &loop = *m_loop;
    Recorder &r = loop.recorder();
    if (r.lines)
        r.line(loop.time(), m_id, currentLine(), LineAt::Suspend);
    detail::YieldInfo &yi = loop.m_yield;
    const char *what = yi.what;
    if (yi.on == On::Future) {
        // The outermost asyncio function on the await chain names the primitive the program
        // called (Barrier.wait runs Condition.wait inside: the program called Barrier.wait).
        for (const detail::PromiseBase *p = m_innermost; p; p = p->parent)
            if (p->label)
                what = p->label;
    }
    if (yi.hasTargets && !std::is_sorted(yi.targets.begin(), yi.targets.end()))
        std::sort(yi.targets.begin(), yi.targets.end());
    r.yieldOn(loop.time(), m_id, yi.on, yi.targets.data(), yi.targets.size(), yi.hasTargets,
              yi.until, what);
    // Kept for the stall message.
    m_waitOn = yi.on;
    m_waitWhat = what;
    if (yi.on == On::Wait || yi.on == On::WaitFor || yi.on == On::AsCompleted ||
        yi.on == On::TaskGroup)
        taskCold().waitTargets = yi.targets;
}

std::uint32_t TaskImpl::lastCancelMsgId() {
    if (!m_taskCold || !m_taskCold->lastCancelMsg)
        return 0;
    return m_loop->recorder().strings.intern(*m_taskCold->lastCancelMsg);
}

std::string TaskImpl::waitDescription() const {
    // pytrace's stall_message: "Task-2 (gather Task-3, Task-4)"
    std::string desc = m_waitWhat ? m_waitWhat : onName(m_waitOn);
    std::vector<std::uint32_t> targets;
    if (m_waitOn == On::Wait || m_waitOn == On::WaitFor || m_waitOn == On::AsCompleted ||
        m_waitOn == On::TaskGroup) {
        if (m_taskCold)
            targets = m_taskCold->waitTargets;
    } else if (m_futWaiter && m_waitOn != On::Future && m_waitOn != On::Sleep) {
        detail::YieldInfo info;
        detail::describeFuture(m_futWaiter.get(), info);
        targets = info.targets;
    }
    if (!targets.empty()) {
        std::sort(targets.begin(), targets.end());
        desc += ' ';
        bool first = true;
        for (std::uint32_t id : targets) {
            if (!first)
                desc += ", ";
            first = false;
            desc += m_waitOn == On::Executor ? "job " + std::to_string(id)
                                             : m_loop->recorder().taskName(id);
        }
    }
    return name() + " (" + desc + ")";
}

const char *TaskImpl::coroFunction() const {
    return m_rootPromise ? m_rootPromise->fn : "";
}

// ---------------------------------------------------------------------------------------------
// detail

namespace detail {

Ref<TaskImpl> makeTask(EventLoop &loop, std::coroutine_handle<> h, PromiseBase *p,
                       const std::string *name) {
    // tasks.Task.__init__: name it, schedule the first __step with call_soon, register it.
    TaskImpl *parent = loop.currentTask();
    if (parent)
        parent->flushStepLine();
    Ref<TaskImpl> t(
        new TaskImpl(loop, h, p, loop.internCoroName(p->fn), parent ? parent->id() : 0, name));
    loop.callSoon(&TaskImpl::stepThunk, t.get(), nullptr);
    loop.registerTask(t.get());
    return t;
}

void describeFuture(FutureImpl *f, YieldInfo &out);

void frameLabel(const char *label) {
    EventLoop &loop = getRunningLoop();
    if (TaskImpl *t = loop.currentTask())
        if (PromiseBase *p = t->innermost())
            p->label = label;
}

namespace {
void setResultUnlessCancelled(RefCounted *fut, RefCounted *box) {
    // futures._set_result_unless_cancelled
    auto *f = static_cast<FutureImpl *>(fut);
    if (f->cancelled())
        return;
    f->setResult(box ? static_cast<ValueBox *>(box)->value : Value(None));
}
const detail::HandleName kNameSetResultUnlessCancelled(&setResultUnlessCancelled,
                                                       "_set_result_unless_cancelled");
} // namespace

void SleepAwaiter::suspendTask(TaskImpl *t, std::coroutine_handle<> h) {
    EventLoop &loop = t->loop();
    m_loop = &loop;
    // tasks.sleep: future = loop.create_future(); h = loop.call_later(delay,
    // futures._set_result_unless_cancelled, future, result); await future.
    m_fut = Ref<FutureImpl>(new FutureImpl(loop));
    m_timer =
        loop.callLater(m_delay, &setResultUnlessCancelled, m_fut.get(), m_result.get(), "sleep");
    t->suspend(h, m_fut.get());
    if (loop.recording()) {
        YieldInfo &yi = t->yieldInfo();
        yi.on = On::Sleep;
        yi.targets.clear();
        yi.hasTargets = false;
        yi.until = m_timer->when();
        yi.what = nullptr;
    }
}

Value SleepAwaiter::resumeSlow() {
    if (m_timer)
        m_timer->cancel(); // finally: h.cancel()
    if (m_loop && m_loop->hasThrowIn())
        std::rethrow_exception(m_loop->takeThrowIn());
    if (m_fut)
        return m_fut->result();
    return m_result ? static_cast<ValueBox *>(m_result.get())->value : Value(None);
}

std::string pyStr(const Value &v) {
    return v.str();
}

bool g_echo = false;

void printText(const std::string &text) {
    EventLoop &loop = getRunningLoop();
    TaskImpl *t = loop.currentTask();
    if (g_echo)
        std::printf("%s\n", text.c_str());
    if (!loop.recording())
        return;
    int line = 0;
    std::uint32_t task = 0;
    if (t) {
        t->flushStepLine();
        line = t->currentLine();
        task = t->id();
    } else if (tl_outside) { // no loop runs: a generator driven by hand (generator.hpp)
        task = tl_outside->lane();
        line = tl_outside->line();
    }
    loop.recorder().print(loop.time(), task, text, line > 0 ? line : 0);
}

void reportNeverAwaited(const char *fn) {
    EventLoop *loop = tl_loop;
    if (!loop || !loop->recording())
        return;
    TaskImpl *t = loop->currentTask();
    // Python's default warning filter shows a RuntimeWarning once per code location.
    static thread_local std::vector<std::pair<const char *, int>> shown;
    static thread_local EventLoop *shownFor = nullptr;
    if (shownFor != loop) {
        shown.clear();
        shownFor = loop;
    }
    std::pair<const char *, int> where{fn, t ? t->currentLine() : 0};
    if (std::find(shown.begin(), shown.end(), where) != shown.end())
        return;
    shown.push_back(where);
    if (t)
        t->flushStepLine();
    loop->recorder().error(loop->time(), ErrorKind::NeverAwaited, t ? t->id() : 0,
                           "coroutine '" + coroQualname(fn) + "' was never awaited");
}

std::string coroName(const char *fn) {
    // "Coro<> ns::say_after(double, std::string)" -> "say_after"; lambdas -> "<lambda>".
    std::string s(fn);
    if (s.find("<lambda") != std::string::npos)
        return "<lambda>";
    auto paren = s.find('(');
    if (paren == std::string::npos)
        return s;
    std::string head = s.substr(0, paren);
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = head.size(); i-- > 0;) {
        char c = head[i];
        if (c == '>')
            ++depth;
        else if (c == '<')
            --depth;
        else if (depth == 0 && (c == ' ' || c == ':')) {
            start = i + 1;
            break;
        }
    }
    return head.substr(start);
}

std::string coroQualname(const char *fn) {
    // "Coro<List> ns::{anonymous}::Database::fetch(std::string)" -> "Database.fetch". C++ does
    // not say which scopes are classes: the classes are the scopes written as Python's classes
    // are, CamelCase (twins' namespaces are snake_case), nearest the function.
    std::string name = coroName(fn);
    if (name == "<lambda>")
        return name;
    std::string s(fn);
    std::string head = s.substr(0, s.find('('));
    // The qualified name: after the last space outside template arguments.
    std::vector<std::string> parts;
    int depth = 0;
    std::string cur;
    for (std::size_t i = head.size(); i-- > 0;) {
        char c = head[i];
        if (c == '>')
            ++depth;
        else if (c == '<')
            --depth;
        if (depth == 0 && c == ' ')
            break;
        if (depth == 0 && c == ':') {
            if (!cur.empty())
                parts.push_back(cur);
            cur.clear();
            continue;
        }
        cur.insert(cur.begin(), c);
    }
    if (!cur.empty())
        parts.push_back(cur);
    // parts[0] is the function, then its scopes outwards.
    std::string out = name;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        std::string scope = parts[i].substr(0, parts[i].find('<')); // Box<T> -> Box
        if (scope.empty() || !std::isupper(static_cast<unsigned char>(scope[0])))
            break;
        out = scope + "." + out;
    }
    return out;
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Free functions

void at(int line) {
    EventLoop &loop = getRunningLoop();
    if (TaskImpl *t = loop.currentTask())
        t->setLine(line);
    else if (detail::tl_outside) // no loop runs: a generator driven by hand (generator.hpp)
        detail::tl_outside->at(line);
}

Task currentTask() {
    TaskImpl *t = getRunningLoop().currentTask();
    return t ? Task(Ref<TaskImpl>(t)) : Task();
}

std::vector<Task> allTasks() {
    std::vector<Task> out;
    for (auto &t : getRunningLoop().allTasks())
        out.emplace_back(t);
    return out;
}

void blockingSleep(double duration) {
    EventLoop &loop = getRunningLoop();
    TaskImpl *t = loop.currentTask();
    if (loop.recording()) {
        int line = 0;
        std::uint32_t task = 0;
        if (t) {
            t->flushStepLine();
            line = t->currentLine();
            task = t->id();
        } else if (detail::tl_outside) { // a generator driven by hand (generator.hpp)
            task = detail::tl_outside->lane();
            line = detail::tl_outside->line();
        }
        loop.recorder().block(loop.time(), task, duration, line);
    }
    loop.block(duration);
}

namespace {
// futures._chain_future's _call_check_cancel, a done-callback of the asyncio future: it would
// cancel the concurrent future, which a running job ignores.
void callCheckCancel(RefCounted *, RefCounted *) {}
const detail::HandleName kNameCallCheckCancel(&callCheckCancel, "_call_check_cancel");
void completeJob(RefCounted *fut, RefCounted *box) {
    // futures._chain_future's _call_set_state, run by call_soon_threadsafe.
    auto *f = static_cast<FutureImpl *>(fut);
    if (f->cancelled())
        return;
    f->setResult(static_cast<ValueBox *>(box)->value);
}
const detail::HandleName kNameCompleteJob(&completeJob, "_set_state");
} // namespace

namespace {
Future submitSimple(EventLoop::WorkerLanes *lanes, const std::string &func, double duration,
                    Value result) {
    EventLoop &loop = getRunningLoop();
    Ref<FutureImpl> f(new FutureImpl(loop, FutureImpl::Kind::Executor));
    Ref<RefCounted> box(new ValueBox(std::move(result)));
    double start = 0;
    std::uint32_t job = loop.submitJob(duration, &completeJob, f.get(), box.get(), &start, lanes);
    f->setJobId(job);
    f->addDoneCallback(&callCheckCancel, nullptr); // wrap_future's _chain_future
    TaskImpl *t = loop.currentTask();
    if (loop.recording()) {
        if (t)
            t->flushStepLine();
        loop.recorder().thread(loop.time(), job, t ? t->id() : 0, func, start, duration);
    }
    return Future(f);
}
} // namespace

Future runInExecutor(const std::string &func, double duration, Value result) {
    return submitSimple(nullptr, func, duration, std::move(result));
}

Future runInExecutor(ThreadPoolExecutor &pool, const std::string &func, double duration,
                     Value result) {
    return submitSimple(&pool.lanes(), func, duration, std::move(result));
}

namespace {
/// The Job whose body is running (time.time() inside a thread function reads its clock).
thread_local Job *tl_job = nullptr;

struct JobResult : RefCounted {
    Value value;
    std::exception_ptr exc;
};
void completeJobWithBody(RefCounted *fut, RefCounted *res) {
    // futures._chain_future's _call_set_state: the thread's result or exception.
    auto *f = static_cast<FutureImpl *>(fut);
    auto *r = static_cast<JobResult *>(res);
    if (f->cancelled())
        return;
    if (r->exc)
        f->setException(r->exc);
    else
        f->setResult(r->value);
}
const detail::HandleName kNameCompleteJobWithBody(&completeJobWithBody, "_set_state");
} // namespace

void Job::printText(const std::string &text) {
    EventLoop &loop = getRunningLoop();
    if (loop.recording())
        loop.recorder().threadPrint(time(), m_id, text, m_line);
}

namespace {
Future submitBody(EventLoop::WorkerLanes *lanes, const std::string &func,
                  std::function<Value(Job &)> body) {
    EventLoop &loop = getRunningLoop();
    Ref<FutureImpl> f(new FutureImpl(loop, FutureImpl::Kind::Executor));
    Ref<JobResult> res(new JobResult);
    EventLoop::JobSlot slot = loop.startJob(lanes);
    Job job(slot.id, slot.start);
    Job *outer = tl_job;
    tl_job = &job; // time.time() in the body reads the job's clock
    try {
        res->value = body(job);
    } catch (...) {
        res->exc = std::current_exception(); // the thread's exception travels through the future
    }
    tl_job = outer;
    loop.finishJob(slot, job.duration(), &completeJobWithBody, f.get(), res.get());
    f->setJobId(slot.id);
    f->addDoneCallback(&callCheckCancel, nullptr); // wrap_future's _chain_future
    TaskImpl *t = loop.currentTask();
    if (loop.recording()) {
        if (t)
            t->flushStepLine();
        loop.recorder().thread(loop.time(), slot.id, t ? t->id() : 0, func, slot.start,
                               job.duration());
    }
    return Future(f);
}
} // namespace

Future runInExecutor(const std::string &func, std::function<Value(Job &)> body) {
    return submitBody(nullptr, func, std::move(body));
}

Future runInExecutor(ThreadPoolExecutor &pool, const std::string &func,
                     std::function<Value(Job &)> body) {
    return submitBody(&pool.lanes(), func, std::move(body));
}

ThreadPoolExecutor::ThreadPoolExecutor(std::size_t maxWorkers)
    : m_lanes(maxWorkers) {
    if (maxWorkers == 0)
        throw ValueError("max_workers must be greater than 0"); // thread.py's message
}

void ThreadPoolExecutor::shutdown(bool wait) {
    // pytrace's _virtualise_shutdown: the loop thread waits (time.sleep-like) for the last job.
    EventLoop &loop = getRunningLoop();
    if (wait && !tl_job && m_lanes.lastEnd > loop.time())
        blockingSleep(m_lanes.lastEnd - loop.time());
}

namespace time {
double time() {
    // pytrace_runtime: time.time() = EPOCH + loop.time() (a thread reads its own clock).
    return EPOCH + (tl_job ? tl_job->time() : getRunningLoop().time());
}

std::string strftime(const std::string &format) {
    return strftime(format, time());
}

std::string strftime(const std::string &format, double t) {
    // time.strftime with TZ=UTC: localtime is gmtime.
    std::time_t secs = static_cast<std::time_t>(std::floor(t));
    std::tm tm{};
    gmtime_r(&secs, &tm);
    std::string out(format.size() * 4 + 64, '\0');
    std::size_t n = format.empty() ? 0 : std::strftime(out.data(), out.size(), format.c_str(), &tm);
    out.resize(n);
    return out;
}
} // namespace time

std::size_t EventLoop::collectGarbage() {
    // The cyclic collector's algorithm (Modules/gcmodule.c: update_refs, subtract_refs,
    // move_unreachable) over the loop's pending tasks and the futures they await. An object's
    // references not explained by an edge from another candidate come from outside: it is
    // reachable, and so is everything it leads to. The alive list is a WeakSet in CPython
    // (tasks._all_tasks): its reference does not count.
    std::vector<FutureImpl *> objs;
    std::unordered_map<const RefCounted *, std::size_t> index;
    auto add = [&](FutureImpl *o) {
        if (index.emplace(o, objs.size()).second)
            objs.push_back(o);
    };
    std::vector<TaskImpl *> tasks;
    for (TaskImpl *t = m_aliveHead; t; t = t->nextAlive)
        if (!t->done() && t != m_current && t->started()) {
            tasks.push_back(t);
            add(t);
        }
    for (TaskImpl *t : tasks)
        if (FutureImpl *f = t->futWaiter())
            add(f);
    const std::size_t n = objs.size();
    std::vector<std::int64_t> gcRefs(n);
    for (std::size_t i = 0; i < n; ++i)
        gcRefs[i] = objs[i]->refs();
    std::vector<std::vector<std::size_t>> edges(n);
    auto internal = [&](std::size_t from, const void *to) {
        auto it = index.find(static_cast<const RefCounted *>(to));
        if (it == index.end())
            return;
        --gcRefs[it->second];
        edges[from].push_back(it->second);
    };
    for (TaskImpl *t : tasks) {
        const std::size_t ti = index[t];
        --gcRefs[ti]; // the alive list
        if (FutureImpl *f = t->futWaiter())
            internal(ti, f);
        // The task's frames, innermost to root: every word that holds a candidate's address is
        // a reference (a Ref, a Future or Task handle). The promise's own fields (its raw task
        // pointer) are skipped; awaiters keep no raw pointer to a task or future.
        for (const detail::PromiseBase *p = t->innermost(); p; p = p->parent) {
            const char *begin = p->frameBegin();
            if (!begin)
                continue;
            const std::size_t skipFrom = p->frameOffset;
            const std::size_t skipTo = skipFrom + sizeof(detail::PromiseBase);
            for (std::size_t off = 0; off + sizeof(void *) <= p->frameSize; off += sizeof(void *)) {
                if (off + sizeof(void *) > skipFrom && off < skipTo)
                    continue;
                const void *word;
                std::memcpy(&word, begin + off, sizeof word);
                if (word)
                    internal(ti, word);
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        objs[i]->forEachCallbackContext([&](const RefCounted *ctx) {
            if (ctx)
                internal(i, ctx);
        });
    // Held from outside (or counted twice: a raw pointer that looked like a reference; then
    // keep it, to be safe): reachable, with all it leads to.
    std::vector<char> reached(n, 0);
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < n; ++i)
        if (gcRefs[i] != 0) {
            reached[i] = 1;
            todo.push_back(i);
        }
    while (!todo.empty()) {
        std::size_t i = todo.back();
        todo.pop_back();
        for (std::size_t j : edges[i])
            if (!reached[j]) {
                reached[j] = 1;
                todo.push_back(j);
            }
    }
    std::vector<Ref<TaskImpl>> dead;
    for (TaskImpl *t : tasks)
        if (!reached[index[t]])
            dead.emplace_back(t);
    if (dead.empty())
        return 0;
    if (m_current)
        m_current->flushStepLine();
    for (auto &t : dead)
        if (recording()) // tasks.Task.__del__ (the C Task's TaskObj_finalize)
            m_rec->error(m_now, ErrorKind::DestroyedPending, t->id(),
                         "Task was destroyed but it is pending!");
    // Freed: the frames (their locals let go), the awaited futures' callbacks, the tasks.
    std::vector<Ref<FutureImpl>> waited;
    for (auto &t : dead)
        if (FutureImpl *f = t->futWaiter())
            waited.emplace_back(f);
    for (auto &t : dead)
        t->destroyFrames();
    for (auto &f : waited)
        f->dropCallbacks();
    for (auto &t : dead) {
        t->dropCallbacks();
        unregisterTask(t.get());
    }
    return dead.size();
}

namespace gc {
std::size_t collect() {
    return getRunningLoop().collectGarbage();
}
} // namespace gc

Ref<TimerHandle> callLater(double delay, std::function<void()> callback, const char *name) {
    Ref<RefCounted> box(new FunctionBox(std::move(callback), name));
    return getRunningLoop().callLater(delay, &runFunction, box.get(), nullptr, "call_later");
}

void callSoon(std::function<void()> callback, const char *name) {
    Ref<RefCounted> box(new FunctionBox(std::move(callback), name));
    getRunningLoop().callSoon(&runFunction, box.get(), nullptr);
}

} // namespace loopscope
