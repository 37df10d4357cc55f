// TaskImpl: asyncio.Task (tasks.py) driving a chain of coroutine frames.
//
// The Task invariant (tasks.py): a pending task has either a waiter future (m_futWaiter, with
// its __wakeup registered as a done-callback) or a scheduled __step in the ready queue, never
// both; a done task has neither and no frame.
#pragma once

#include "loopscope/future.hpp"

#include <coroutine>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopscope {

namespace detail {
struct PromiseBase;

} // namespace detail

class TaskImpl final : public FutureImpl {
public:
    /// `name`: loop.create_task(coro, name=...) names the task at creation and consumes no
    /// Task-N number; null numbers it.
    TaskImpl(EventLoop &loop, std::coroutine_handle<> root, detail::PromiseBase *rootPromise,
             std::uint32_t coroName, std::uint32_t parentId, const std::string *name = nullptr);
    ~TaskImpl() override;

    /// tasks.Task.cancel: counts the request; cancels the awaited future if there is one, else
    /// the CancelledError is thrown in at the next step (_must_cancel).
    bool cancel(const std::optional<std::string> &msg = std::nullopt) override;
    std::uint32_t cancelling() const { return m_numCancelsRequested; }
    std::uint32_t uncancel() {
        if (m_numCancelsRequested > 0)
            --m_numCancelsRequested;
        return m_numCancelsRequested;
    }
    std::string name() const;
    void setName(std::string name);
    std::uint32_t id() const { return m_id; }
    const char *coroFunction() const;

    /// tasks.Task.__step.
    void step(std::exception_ptr exc);
    static void stepThunk(RefCounted *task, RefCounted *);
    /// call_soon(self.__step, new_exc): the exception waits in m_scheduledExc.
    static void stepWithExcThunk(RefCounted *task, RefCounted *);
    /// tasks.Task.__wakeup.
    static void wakeupThunk(RefCounted *task, RefCounted *fut);

    // --- used by awaiters (the coroutine protocol) ---------------------------------------------
    /// Called by an awaiter that suspends the task on `fut` (null: a bare yield, sleep(0)).
    void suspend(std::coroutine_handle<> at, FutureImpl *fut) {
        m_resumeAt = at;
        m_loop->m_yielded = fut;
        m_bareYield = fut == nullptr;
    }
    /// The exception __step throws into the coroutine; awaiters rethrow it on resume.
    std::exception_ptr takeThrowIn() { return std::exchange(m_loop->m_throwIn, nullptr); }
    bool hasThrowIn() const { return static_cast<bool>(m_loop->m_throwIn); }
    /// What the awaiter that suspends this step waits on (scratch space of the loop, one step
    /// at a time); recorded (`line` suspend, then `yield`) when the step has ended, as pytrace
    /// does after Task.__step returns.
    detail::YieldInfo &yieldInfo() { return m_loop->m_yield; }
    /// "Task-2 (sleep)": what this task waits on, for the stall message.
    std::string waitDescription() const;
    /// The listing line of the innermost listing frame: > 0, 0 when not known yet, -1 if none.
    int currentLine() const;
    /// `at(n)`: the innermost frame is on listing line n. The first at() of a task cancelled
    /// before it ever ran raises the CancelledError there (see step()).
    void setLine(int line);
    /// Emits the pending `line` (step) event before any other event of this step.
    void flushStepLine() {
        if (m_stepLinePending)
            flushStepLineSlow(0);
    }

    /// Starts loading the frame the next step resumes (the wakeup is queued: it runs in the
    /// next iteration, and a frame of a task that slept is cold).
    void prefetchFrame() const {
        if (m_resumeAt) {
            const char *f = static_cast<const char *>(m_resumeAt.address());
            __builtin_prefetch(f);
            __builtin_prefetch(f + 64);
            __builtin_prefetch(f + 128);
        }
    }
    detail::PromiseBase *innermost() const { return m_innermost; }
    void setInnermost(detail::PromiseBase *p) { m_innermost = p; }
    void markRootDone() { m_rootDone = true; }
    bool started() const { return m_started; }
    FutureImpl *futWaiter() const { return m_futWaiter.get(); }
    /// Teardown: destroys the coroutine frames without running them.
    void destroyFrames();

    TaskImpl *prevAlive = nullptr, *nextAlive = nullptr;
    bool alive = false;

private:
    void flushStepLineSlow(int line);
    void finish(); // the root coroutine returned or raised
    void recordSuspend();
    std::uint32_t lastCancelMsgId();
    bool cancelImpl(const std::optional<std::string> &msg);

    /// Rarely used state, allocated on first use (keeps a task small: the spawn benchmark).
    struct TaskCold {
        std::optional<std::string> name;          // set by set_name; else "Task-<number>"
        std::optional<std::string> lastCancelMsg; // of the last cancel() that returned true
        std::exception_ptr scheduledExc;
        std::exception_ptr throwAtDef;          // thrown by the first at() of a fresh listing frame
        std::vector<std::uint32_t> waitTargets; // wait, wait_for, as_completed, taskgroup
    };
    TaskCold &taskCold() {
        if (!m_taskCold)
            m_taskCold = std::make_unique<TaskCold>();
        return *m_taskCold;
    }

    std::uint32_t m_id;
    std::uint32_t m_coroName;
    std::uint32_t m_nameNumber;
    std::uint32_t m_numCancelsRequested = 0;
    std::unique_ptr<TaskCold> m_taskCold;
    std::coroutine_handle<> m_root;
    detail::PromiseBase *m_rootPromise;
    std::coroutine_handle<> m_resumeAt;
    detail::PromiseBase *m_innermost;
    Ref<FutureImpl> m_futWaiter;
    const char *m_waitWhat = nullptr; // what the task waits on, for the stall message
    On m_waitOn = On::Future;
    bool m_mustCancel = false;
    bool m_started = false;
    bool m_rootDone = false;
    bool m_bareYield = false;
    bool m_stepLinePending = false;
};

} // namespace loopscope
