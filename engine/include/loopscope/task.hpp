// Task, createTask, sleep, and the small things a twin does inside a step: at(line), print,
// blockingSleep (time.sleep), toThread / runInExecutor.
#pragma once

#include "loopscope/coro.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace loopscope {

/// The handle a scenario holds on a task (asyncio.Task).
class Task : public Future {
public:
    Task() = default;
    explicit Task(Ref<TaskImpl> t)
        : Future(Ref<FutureImpl>(t.get())) {}

    std::string getName() const { return task()->name(); }
    void setName(std::string n) { task()->setName(std::move(n)); }
    std::uint32_t cancelling() const { return task()->cancelling(); }
    std::uint32_t uncancel() { return task()->uncancel(); }
    std::uint32_t id() const { return task()->id(); }
    TaskImpl *task() const { return static_cast<TaskImpl *>(m_f.get()); }
};

namespace detail {

/// Classifies an awaited future as CPython's frames would show it (task, gather, shield, ...).
void describeFuture(FutureImpl *f, YieldInfo &out);
/// Labels the running engine frame with the asyncio function it stands for ("Lock.acquire"):
/// a task waiting inside shows `yield` on "future" with `what` = the outermost label.
void frameLabel(const char *label);

/// `await fut` (futures.Future.__await__): a done future does not yield.
class FutureAwaiter {
public:
    explicit FutureAwaiter(Ref<FutureImpl> f, const YieldInfo *info = nullptr)
        : m_f(std::move(f))
        , m_info(info) {}
    bool await_ready() const noexcept { return m_f->done(); }
    template<class P>
    void await_suspend(std::coroutine_handle<P> h) {
        TaskImpl *task = h.promise().task;
        m_loop = &task->loop();
        task->suspend(h, m_f.get());
        if (m_f->loop().recording()) {
            if (m_info) {
                task->yieldInfo() = *m_info;
            } else {
                YieldInfo &info = task->yieldInfo();
                info.targets.clear();
                info.until = -1;
                info.what = nullptr;
                describeFuture(m_f.get(), info);
            }
        }
    }
    Value await_resume() {
        if (m_loop && m_loop->hasThrowIn())
            std::rethrow_exception(m_loop->takeThrowIn());
        return m_f->result();
    }

private:
    Ref<FutureImpl> m_f;
    const YieldInfo *m_info;
    // The loop, not the task: a suspended frame holds no raw pointer to a task or future, so
    // that gc::collect can count the references a frame holds by scanning it.
    EventLoop *m_loop = nullptr;
};

template<class T>
class TypedFutureAwaiter : public FutureAwaiter {
public:
    using FutureAwaiter::FutureAwaiter;
    T await_resume() {
        Value v = FutureAwaiter::await_resume();
        if constexpr (!std::is_void_v<T>)
            return v.as<T>();
    }
};

/// A value carried by a handle or an awaiter (loop callbacks take counted objects only).
struct ValueBox : RefCounted {
    explicit ValueBox(Value v)
        : value(std::move(v)) {}
    Value value;
};

/// The bare `yield` of asyncio.sleep(0) (tasks.__sleep0) and the timer-driven sleep(d).
class SleepAwaiter {
public:
    explicit SleepAwaiter(double delay)
        : m_delay(delay) {}
    SleepAwaiter(double delay, Value result)
        : m_delay(delay) {
        if (!result.isNone())
            m_result = Ref<RefCounted>(new ValueBox(std::move(result)));
    }
    bool await_ready() const noexcept { return false; }
    template<class P>
    void await_suspend(std::coroutine_handle<P> h) {
        TaskImpl *t = h.promise().task;
        if (m_delay <= 0) {
            // tasks.__sleep0: a bare yield.
            m_loop = &t->loop();
            t->suspend(h, nullptr);
            YieldInfo &yi = t->yieldInfo();
            yi.on = On::Sleep0;
            yi.targets.clear();
            yi.hasTargets = false;
            yi.until = -1;
            yi.what = nullptr;
            return;
        }
        suspendTask(t, h);
    }
    Value await_resume() {
        if (!m_fut && !m_result && !m_loop->hasThrowIn())
            return Value(None); // sleep(0) resumed normally
        return resumeSlow();
    }

private:
    void suspendTask(TaskImpl *t, std::coroutine_handle<> h);
    Value resumeSlow();
    double m_delay;
    Ref<RefCounted> m_result; // a ValueBox, or null for None
    EventLoop *m_loop = nullptr;
    Ref<FutureImpl> m_fut;
    Ref<TimerHandle> m_timer;
};

Ref<TaskImpl> makeTask(EventLoop &loop, std::coroutine_handle<> h, PromiseBase *p,
                       const std::string *name = nullptr);
std::string pyStr(const Value &v);
inline std::string pyStr(const std::string &s) {
    return s;
}
inline std::string pyStr(const char *s) {
    return s;
}
inline std::string pyStr(double d) {
    return floatRepr(d);
}
inline std::string pyStr(bool b) {
    return b ? "True" : "False";
}
template<class I>
requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) std::string pyStr(I i) {
    return std::to_string(i);
}
inline std::string pyStr(const Task &t) {
    return "<Task " + t.getName() + ">";
}
void printText(const std::string &text);

} // namespace detail

inline detail::FutureAwaiter Future::operator co_await() const {
    return detail::FutureAwaiter(m_f);
}

/// asyncio.create_task(coro, name=...): Task.__init__ numbers the task (Task-N) and schedules
/// its first step with call_soon (tasks.Task.__init__); a name given here is applied after, by
/// tasks._set_task_name, so it still consumes a number, as in 3.11.
template<class T, bool L>
Task createTask(BasicCoro<T, L> coro, std::optional<std::string> name = std::nullopt) {
    EventLoop &loop = getRunningLoop();
    auto h = coro.release();
    Task t(detail::makeTask(loop, h, &h.promise()));
    if (name)
        t.setName(*name);
    return t;
}

/// loop.create_task(coro, name=...): named at creation; unlike asyncio.create_task(name=...) it
/// consumes no Task-N number and records no `rename` (docs/trace-format.md, change 7).
template<class T, bool L>
Task loopCreateTask(BasicCoro<T, L> coro, std::optional<std::string> name = std::nullopt) {
    EventLoop &loop = getRunningLoop();
    auto h = coro.release();
    return Task(detail::makeTask(loop, h, &h.promise(), name ? &*name : nullptr));
}

/// asyncio.sleep(delay, result): 0 (or less) is a bare yield (tasks.sleep -> __sleep0);
/// otherwise a future completed by a call_later timer (futures._set_result_unless_cancelled).
/// (A template so that `sleep(1)` prefers it to POSIX ::sleep(unsigned) under a using-directive.)
template<class D>
requires std::is_arithmetic_v<D> detail::SleepAwaiter sleep(D delay, Value result) {
    return detail::SleepAwaiter(static_cast<double>(delay), std::move(result));
}
template<class D>
requires std::is_arithmetic_v<D> detail::SleepAwaiter sleep(D delay) {
    return detail::SleepAwaiter(static_cast<double>(delay)); // result=None
}

/// Marks the listing line the running task's current frame is on (the line of the next await
/// or print). The first at() of a coroutine body is the line of its `async def`.
void at(int line);

/// print(*args): one line of output, words joined by spaces, as Python's print.
template<class... A>
void print(const A &...args) {
    std::string text;
    bool first = true;
    ((text += (first ? "" : " "), text += detail::pyStr(args), first = false), ...);
    detail::printText(text);
}

/// asyncio.current_task().
Task currentTask();
/// asyncio.all_tasks(): pending tasks in creation order.
std::vector<Task> allTasks();

/// time.sleep(duration) inside a task: the whole loop stands still (a `block` event).
void blockingSleep(double duration);

/// loop.run_in_executor(None, func) / asyncio.to_thread(func): `func` runs on a worker lane for
/// `duration` virtual seconds and returns `result`; the awaiting task resumes after it.
Future runInExecutor(const std::string &func, double duration, Value result = None);
inline detail::FutureAwaiter toThread(const std::string &func, double duration,
                                      Value result = None) {
    return detail::FutureAwaiter(runInExecutor(func, duration, std::move(result)).ref());
}

/// What a thread function sees while it runs as a virtual thread (an executor job): its body
/// runs at submission; `sleep` (time.sleep in the thread) adds to the job's duration; `print`
/// writes a line of the thread at the job's own time.
class Job {
public:
    Job(std::uint32_t id, double start)
        : m_id(id)
        , m_start(start) {}
    /// time.sleep(d) inside the thread.
    void sleep(double d) { m_offset += d; }
    /// The listing line the thread function is on (for its prints).
    void at(int line) { m_line = line; }
    /// time.monotonic() inside the thread: start + its sleeps so far.
    double time() const { return m_start + m_offset; }
    double duration() const { return m_offset; }
    std::uint32_t id() const { return m_id; }
    template<class... A>
    void print(const A &...args) {
        std::string text;
        bool first = true;
        ((text += (first ? "" : " "), text += detail::pyStr(args), first = false), ...);
        printText(text);
    }
    void printText(const std::string &text);

private:
    std::uint32_t m_id;
    double m_start;
    double m_offset = 0;
    int m_line = 0;
};

/// run_in_executor / to_thread with a body: `body(job)` runs now (virtually on a worker), its
/// job.sleep() calls make the duration, its return value (or exception) is the result.
Future runInExecutor(const std::string &func, std::function<Value(Job &)> body);
inline detail::FutureAwaiter toThread(const std::string &func, std::function<Value(Job &)> body) {
    return detail::FutureAwaiter(runInExecutor(func, std::move(body)).ref());
}

/// concurrent.futures.ThreadPoolExecutor(max_workers=N), the program's own pool: its jobs are
/// virtual threads like the default executor's, on its N workers (a job queues until a worker
/// is free: the one free earliest, lowest index first). Give max_workers always: CPython's
/// default, min(32, os.cpu_count() + 4), depends on the machine. (A ProcessPoolExecutor is the
/// same to the loop: use this class.)
class ThreadPoolExecutor {
public:
    explicit ThreadPoolExecutor(std::size_t maxWorkers);
    /// executor.shutdown(wait=True), also leaving `with ThreadPoolExecutor(...) as pool:`: the
    /// loop thread waits for the pool's last job, a `block` until it has ended (nothing when
    /// it has already ended, or with wait=false).
    void shutdown(bool wait = true);
    std::size_t maxWorkers() const { return m_lanes.free.size(); }
    EventLoop::WorkerLanes &lanes() { return m_lanes; }

private:
    EventLoop::WorkerLanes m_lanes;
};

/// loop.run_in_executor(pool, func): as runInExecutor(func, ...) on the program's own pool.
Future runInExecutor(ThreadPoolExecutor &pool, const std::string &func, double duration,
                     Value result = None);
Future runInExecutor(ThreadPoolExecutor &pool, const std::string &func,
                     std::function<Value(Job &)> body);

/// The `time` module on the virtual clock, as tools/pytrace_runtime.py sets it up: the wall
/// clock starts at EPOCH (2024-01-01 00:00:00) in TZ=UTC, so `time.time()` is EPOCH +
/// loop.time(); inside a Job's body (a thread function) it reads the job's own time instead.
namespace time {
inline constexpr double EPOCH = 1704067200.0;
/// time.time().
double time();
/// time.strftime(format): the current time (time.time()) formatted in UTC, e.g. "%X" ->
/// "00:00:01" one virtual second in.
std::string strftime(const std::string &format);
/// time.strftime(format, time.gmtime(t)) for t in seconds since the Unix epoch.
std::string strftime(const std::string &format, double t);
} // namespace time

namespace gc {
/// gc.collect(): pending tasks that nothing can reach any more are destroyed, each with the
/// error "Task was destroyed but it is pending!" (tasks.Task.__del__), as CPython's cyclic
/// collector destroys a task caught in a cycle with the future it awaits. Reachability is
/// judged from reference counts: what a suspended task's own coroutine frames hold (found by
/// scanning them) is inside the cycle; any other holder (a Task or Future handle outside those
/// frames, a timer, the ready queue, a primitive's waiter list, a gather) keeps the task alive.
/// Returns the number of tasks destroyed (not CPython's count of objects).
std::size_t collect();
} // namespace gc

/// loop.call_later(delay, callback): a callback run by the loop, outside any task. `name` is
/// the Python callable's __name__ (the trace's `sched` shows it: "set_result" for
/// future.set_result).
Ref<TimerHandle> callLater(double delay, std::function<void()> callback,
                           const char *name = "callback");
/// loop.call_soon(callback).
void callSoon(std::function<void()> callback, const char *name = "callback");

} // namespace loopscope
