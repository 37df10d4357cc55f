// EventLoop: the virtual clock, the ready queue and the timer heap (asyncio's BaseEventLoop).
//
// Invariants (checked by checkInvariants() after every step in debug builds):
//  - m_ready holds handles in the order call_soon appended them; runOnce() runs exactly the
//    handles present when its run phase began (base_events.BaseEventLoop._run_once);
//  - m_timers is a 4-ary min-heap on (when, seq): equal deadlines fire in arm order;
//  - m_now never decreases; it moves only when the loop idles (nothing ready) or a task blocks;
//  - m_current is the task whose step is running, or null between steps;
//  - every pending task is on the alive list exactly once, in creation order.
#pragma once

#include "loopscope/detail/refcount.hpp"
#include "loopscope/trace.hpp"

#include <coroutine>
#include <cstdint>
#include <exception>
#include <string>
#include <utility>
#include <vector>

namespace loopscope {

class EventLoop;
class FutureImpl;
class TaskImpl;
namespace detail {
struct PromiseBase;
}
using detail::Ref;
using detail::RefCounted;

/// What a ready-queue entry calls: fn(a, b). Both arguments are held (counted) while queued.
using HandleFn = void (*)(RefCounted *a, RefCounted *b);

namespace detail {
/// Names a ready-queue callback in the trace's `sched` events with CPython's name for it
/// ("_done_callback", "_release_waiter"...): one static object next to each callback.
struct HandleName {
    HandleName(HandleFn fn, const char *name);
    /// A callback whose name is carried by its first argument (a program's own callable).
    HandleName(HandleFn fn, const char *(*nameOf)(RefCounted *a));
};
} // namespace detail

/// asyncio.Handle: an entry of the ready queue.
struct Handle {
    HandleFn fn;
    RefCounted *a;
    RefCounted *b;
};

/// asyncio.TimerHandle: a callback armed for a virtual deadline.
class TimerHandle : public RefCounted {
public:
    /// events.TimerHandle.cancel: a cancelled timer never runs, even if it already moved to the
    /// ready queue in this iteration (the loop skips cancelled handles, base_events._run_once).
    void cancel();
    bool cancelled() const { return m_cancelled; }
    double when() const { return m_when; }

private:
    friend class EventLoop;
    EventLoop *m_loop = nullptr;
    double m_when = 0;
    std::uint64_t m_seq = 0;
    std::uint32_t m_id = 0;
    bool m_cancelled = false;
    bool m_inHeap = false; // still armed (not yet moved to the ready queue)
    const char *m_what = "call_later";
    HandleFn m_fn = nullptr;
    Ref<RefCounted> m_a, m_b;
};

namespace detail {
/// What a suspended task waits on, for the trace's `yield` event.
struct YieldInfo {
    On on = On::Future;
    std::vector<std::uint32_t> targets;
    bool hasTargets = false;
    double until = -1;
    const char *what = nullptr;
};
} // namespace detail

/// How a run ends early (docs/trace-format.md: horizon, stall, limit).
enum class Halt : std::uint8_t { None, Horizon, Stall, Limit };

class EventLoop {
public:
    explicit EventLoop(Recorder *recorder);
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    /// loop.time(): the virtual clock, in seconds.
    double time() const { return m_now; }

    /// loop.call_soon: append to the ready queue (runs in the next iteration at the earliest if
    /// called from a running handle).
    void callSoon(HandleFn fn, RefCounted *a, RefCounted *b) {
        incref(a);
        incref(b);
        m_ready.push(Handle{fn, a, b});
        if (m_rec->enabled && m_rec->loopEvents)
            recordSched(fn, a, b);
    }
    /// loop.call_soon returning a cancellable handle (timeouts.Timeout.reschedule uses it).
    Ref<TimerHandle> callSoonCancellable(HandleFn fn, RefCounted *a, RefCounted *b);
    /// loop.call_at / call_later. `what` labels the timer in the trace ("sleep", "wait_for"...).
    Ref<TimerHandle> callAt(double when, HandleFn fn, RefCounted *a, RefCounted *b,
                            const char *what);
    Ref<TimerHandle> callLater(double delay, HandleFn fn, RefCounted *a, RefCounted *b,
                               const char *what) {
        return callAt(m_now + delay, fn, a, b, what);
    }

    /// One iteration of base_events.BaseEventLoop._run_once. The only place callbacks run.
    void runOnce();
    /// loop.run_until_complete(fut) (the future is already a future: tasks are made by callers).
    void runUntilComplete(FutureImpl *fut);
    /// loop.stop(): the current iteration completes, then run_forever returns.
    void stop() { m_stopping = true; }

    TaskImpl *currentTask() const { return m_current; }
    /// The exception Task.__step throws into the coroutine; awaiters rethrow it on resume.
    bool hasThrowIn() const { return static_cast<bool>(m_throwIn); }
    std::exception_ptr takeThrowIn() { return std::exchange(m_throwIn, nullptr); }
    Recorder &recorder() { return *m_rec; }
    bool recording() const { return m_rec->enabled; }
    bool lines() const { return m_rec->enabled && m_rec->lines; }

    // --- limits -------------------------------------------------------------------------------
    double horizon = 1e300;
    std::uint64_t stepLimit = ~std::uint64_t{0};
    Halt halted() const { return m_halt; }
    std::uint64_t steps() const { return m_steps; }

    // --- tasks ----------------------------------------------------------------------------------
    /// Numbers Task-N names: tasks._task_name_counter (itertools.count(1)).
    std::uint64_t nextTaskNameNumber() { return ++m_taskNameCounter; }
    std::uint32_t nextTaskId() { return ++m_taskIdCounter; }
    std::uint64_t nextFutureSeq() { return ++m_futureSeq; }
    void registerTask(TaskImpl *t);   // tasks._register_task; holds t while pending
    void unregisterTask(TaskImpl *t); // the task is done
    /// tasks.all_tasks(): pending tasks, in creation order (CPython iterates a WeakSet; creation
    /// order is the choice pytrace makes too).
    std::vector<Ref<TaskImpl>> allTasks() const;
    /// tasks._enter_task / _leave_task.
    void enterTask(TaskImpl *t) {
        if (m_current) [[unlikely]]
            badTaskSwitch("a step began while another task's step was running");
        m_current = t;
    }
    void leaveTask(TaskImpl *t) {
        if (m_current != t) [[unlikely]]
            badTaskSwitch("leaving a task that is not the current one");
        m_current = nullptr;
    }

    // --- threads and blocking -----------------------------------------------------------------
    /// An executor's workers: when each becomes free (pytrace's VirtualExecutor.lanes).
    struct WorkerLanes {
        explicit WorkerLanes(std::size_t workers)
            : free(workers, 0.0) {}
        std::vector<double> free;
        double lastEnd = 0; // when the last job submitted so far ends
    };
    /// Submits executor work of `duration` to the first free worker of `lanes` (null: the
    /// default executor, 8 workers as pytrace fixes them); it starts at *start (now, or when a
    /// worker frees up) and `done` runs from the ready queue at its end (like
    /// call_soon_threadsafe from the worker thread). Returns the job number (one count for all
    /// executors, as pytrace numbers jobs).
    std::uint32_t submitJob(double duration, HandleFn done, RefCounted *a, RefCounted *b,
                            double *start, WorkerLanes *lanes = nullptr);
    /// The same in two halves, for a job whose body runs (virtually) at submission: startJob
    /// numbers it and picks its worker; finishJob books the worker until start + duration.
    struct JobSlot {
        std::uint32_t id;
        std::size_t lane;
        double start;
        WorkerLanes *lanes;
    };
    JobSlot startJob(WorkerLanes *lanes = nullptr);
    void finishJob(const JobSlot &slot, double duration, HandleFn done, RefCounted *a,
                   RefCounted *b);
    /// A completion delivered through the ready queue at `end` (a thread that is no executor
    /// job: the shutdown of the default executor).
    void addCompletion(double end, HandleFn done, RefCounted *a, RefCounted *b);
    /// The default executor exists (a job was submitted to it: loop._default_executor).
    bool executorUsed() const { return m_defaultExecutorUsed; }
    double lastJobEnd() const { return m_defaultLanes.lastEnd; }
    /// time.sleep inside a step: the clock advances, nothing else runs; worker threads that
    /// finish meanwhile hand their results to the ready queue at once.
    void block(double duration);

    /// gc.collect() for the loop's pending tasks: finds those nobody can reach any more (a cycle
    /// of a task and the future it awaits, with no other holder), logs "Task was destroyed but
    /// it is pending!" for each (tasks.Task.__del__) and frees them. Returns how many.
    std::size_t collectGarbage();
    /// Drops every frame and queue entry (the run is over); breaks reference cycles so that
    /// every frame, task and future is freed.
    void teardown();
    void checkInvariants() const;

    std::uint32_t internCoroName(const char *fn);

private:
    /// A heap entry: the deadline beside the timer, so that sifting reads no timer (the arm
    /// sequence, which breaks ties, is read from the timer only when two deadlines are equal).
    struct TimerEntry {
        double when;
        TimerHandle *timer; // counted
    };
    /// heapq with four children per node, which share one 64-byte cache line: half the depth
    /// of a binary heap, and a level costs one line (a heap of 100,000 timers is mostly cold).
    class TimerHeap {
    public:
        TimerHeap() = default;
        ~TimerHeap();
        TimerHeap(const TimerHeap &) = delete;
        TimerHeap &operator=(const TimerHeap &) = delete;
        bool empty() const { return m_size == 0; }
        std::size_t size() const { return m_size; }
        const TimerEntry &front() const { return at(0); }
        const TimerEntry &operator[](std::size_t i) const { return at(i); }
        void push(TimerEntry e);
        /// Removes the first entry.
        void pop();
        void clear() { m_size = 0; }
        static bool later(const TimerEntry &x, const TimerEntry &y) {
            return x.when > y.when || (x.when == y.when && x.timer->m_seq > y.timer->m_seq);
        }

    private:
        // Entry i lives at m_buf[i + 3]: the children of i, 4i+1..4i+4, fill one aligned line.
        TimerEntry &at(std::size_t i) { return m_buf[i + 3]; }
        const TimerEntry &at(std::size_t i) const { return m_buf[i + 3]; }
        void grow();
        TimerEntry *m_buf = nullptr;
        std::size_t m_size = 0, m_cap = 0;
    };
    struct Job {
        double end;
        std::uint64_t seq; // completion order on equal ends
        Handle done;
    };
    void completeJobs();
    std::string stallMessage() const;
    /// The trace's `sched` for a handle just queued (what it runs, for which task).
    void recordSched(HandleFn fn, RefCounted *a, RefCounted *b);
    std::uint32_t handleNameId(HandleFn fn, RefCounted *a);
    std::vector<std::pair<HandleFn, std::uint32_t>> m_handleNameIds;
    std::uint32_t m_stepNameId = 0, m_wakeupNameId = 0;
    std::uint32_t m_iterations = 0; // `iter` events so far
    std::uint32_t m_handlesRun = 0; // handles popped so far (their numbers, FIFO)
    bool m_selfPipe = false; // a worker thread wrote to the loop's self-pipe (call_soon_threadsafe)
    [[noreturn]] static void badTaskSwitch(const char *what);
    /// A ring buffer of handles: push at the back, pop at the front, no allocation when warm.
    class ReadyQueue {
    public:
        ReadyQueue();
        ~ReadyQueue();
        void push(const Handle &h) {
            if (m_size == m_cap)
                grow();
            m_buf[(m_head + m_size) & (m_cap - 1)] = h;
            ++m_size;
        }
        Handle pop() {
            Handle h = m_buf[m_head];
            m_head = (m_head + 1) & (m_cap - 1);
            --m_size;
            return h;
        }
        std::size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }

    private:
        void grow();
        Handle *m_buf;
        std::size_t m_cap, m_head = 0, m_size = 0;
    };

    // The phases of runOnce, in order.
    void dropCancelledTimers();
    void advanceClock();
    void moveDueWorkToReady();
    void runReadySnapshot();

    static bool timerLater(const TimerEntry &x, const TimerEntry &y) {
        return TimerHeap::later(x, y);
    }
    static void runTimer(RefCounted *timer, RefCounted *);

    Recorder *m_rec;
    double m_now = 0;
    ReadyQueue m_ready;
    TimerHeap m_timers;
    std::vector<Job> m_jobs; // running executor jobs, by submission
    std::uint64_t m_timerSeq = 0;
    std::size_t m_cancelledInHeap = 0; // cancelled timers still on the heap
    std::uint32_t m_timerIds = 0;
    std::uint32_t m_jobCounter = 0;
    std::uint64_t m_completionSeq = 0;
    WorkerLanes m_defaultLanes{8};
    bool m_defaultExecutorUsed = false;
    bool m_stopping = false;
    Halt m_halt = Halt::None;
    std::uint64_t m_steps = 0;
    TaskImpl *m_current = nullptr;
    TaskImpl *m_aliveHead = nullptr, *m_aliveTail = nullptr;
    std::uint64_t m_taskNameCounter = 0;
    std::uint32_t m_taskIdCounter = 0;
    std::uint64_t m_futureSeq = 0;
    const char *m_lastCoroFn = nullptr;
    std::uint32_t m_lastCoroId = 0;

    // Scratch of the step that runs now (one at a time): what it yielded, what __step throws
    // into it, and what it waits on (for the trace). Kept here rather than in every task.
    Ref<FutureImpl> m_yielded;
    std::exception_ptr m_throwIn;
    detail::YieldInfo m_yield;

    friend class TimerHandle;
    friend class TaskImpl;
};

namespace detail {
/// The running loop of this thread (events._get_running_loop), set by run().
inline thread_local EventLoop *tl_loop = nullptr;
} // namespace detail

/// asyncio.get_running_loop(); throws RuntimeError outside run().
EventLoop &getRunningLoop();

} // namespace loopscope
