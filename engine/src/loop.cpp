#include "loopscope/loop.hpp"
#include "loopscope/coro.hpp"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <sys/mman.h>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// Pool
namespace detail {
namespace {
constexpr std::size_t kClass = 16;
constexpr std::size_t kClasses = 64; // up to 1 KiB
constexpr std::size_t kHuge = std::size_t{2} << 20;
/// Free lists per size class over one bump arena shared by every class: a block is carved only
/// when its class's free list is empty, so objects made together (a task, its frame, its
/// future) lie together whatever their sizes. Regions double from 64 KiB to 32 MiB; those of
/// 2 MiB and more ask for transparent huge pages (a spawn of 200,000 tasks otherwise spends
/// most of its time in the kernel's page faults).
struct FreeLists {
    void *heads[kClasses] = {};
    char *bump = nullptr, *bumpEnd = nullptr;
    std::size_t nextRegion = 64 * 1024;
    std::vector<void *> chunks;
    ~FreeLists() {
        for (void *c : chunks)
            std::free(c);
    }
    void *carve(std::size_t block) {
        if (static_cast<std::size_t>(bumpEnd - bump) < block) {
            std::size_t size = nextRegion;
            char *region = nullptr;
            if (size >= kHuge) {
                region = static_cast<char *>(std::aligned_alloc(kHuge, size));
#ifdef MADV_HUGEPAGE
                if (region)
                    (void)madvise(region, size, MADV_HUGEPAGE);
#endif
            } else {
                region = static_cast<char *>(std::malloc(size));
            }
            if (!region)
                throw std::bad_alloc();
            chunks.push_back(region);
            bump = region;
            bumpEnd = region + size;
            nextRegion = std::min<std::size_t>(nextRegion * 2, std::size_t{32} << 20);
        }
        void *p = bump;
        bump += block;
        return p;
    }
};
thread_local FreeLists t_free;
} // namespace

void *Pool::allocate(std::size_t n) {
    std::size_t c = (n + kClass - 1) / kClass;
    if (c >= kClasses)
        return ::operator new(n);
    void *&head = t_free.heads[c];
    if (!head)
        return t_free.carve(c * kClass);
    void *p = head;
    head = *static_cast<void **>(p);
    return p;
}

void Pool::deallocate(void *p, std::size_t n) noexcept {
    std::size_t c = (n + kClass - 1) / kClass;
    if (c >= kClasses) {
        ::operator delete(p);
        return;
    }
    *static_cast<void **>(p) = t_free.heads[c];
    t_free.heads[c] = p;
}
} // namespace detail

// ---------------------------------------------------------------------------------------------
// Names of ready-queue callbacks, for the trace

namespace detail {
namespace {
struct NamedFn {
    HandleFn fn;
    const char *name;
    const char *(*nameOf)(RefCounted *);
};
std::vector<NamedFn> &handleNames() {
    static std::vector<NamedFn> names;
    return names;
}
} // namespace
HandleName::HandleName(HandleFn fn, const char *name) {
    handleNames().push_back(NamedFn{fn, name, nullptr});
}
HandleName::HandleName(HandleFn fn, const char *(*nameOf)(RefCounted *a)) {
    handleNames().push_back(NamedFn{fn, nullptr, nameOf});
}
} // namespace detail

namespace {
// selector_events.BaseSelectorEventLoop._read_from_self: the loop drains its self-pipe after a
// worker thread's call_soon_threadsafe woke it (the bytes carry nothing).
void readFromSelf(RefCounted *, RefCounted *) {}
const detail::HandleName kReadFromSelf(&readFromSelf, "_read_from_self");
} // namespace

std::uint32_t EventLoop::handleNameId(HandleFn fn, RefCounted *a) {
    for (const auto &[f, id] : m_handleNameIds)
        if (f == fn)
            return id;
    const char *name = "callback";
    for (const detail::NamedFn &n : detail::handleNames()) {
        if (n.fn != fn)
            continue;
        if (n.nameOf)
            return m_rec->strings.intern(a ? n.nameOf(a) : name); // per handle: not cached
        name = n.name;
    }
    std::uint32_t id = m_rec->strings.intern(name);
    m_handleNameIds.emplace_back(fn, id);
    return id;
}

void EventLoop::recordSched(HandleFn fn, RefCounted *a, RefCounted *b) {
    // pytrace's Recorder.sched: a task's step or wakeup, or the callback's name; `done` is the
    // task a done-callback is called with (the future that finished), `timer` the timer a due
    // TimerHandle came from. A cancelled handle has lost its callback (events.Handle.cancel).
    std::uint32_t timer = 0, task = 0, done = 0, what = 0;
    if (fn == &EventLoop::runTimer) {
        auto *t = static_cast<TimerHandle *>(a);
        timer = t->m_id;
        if (t->m_cancelled) {
            m_rec->sched(m_now, 0, 0, 0, timer);
            return;
        }
        fn = t->m_fn;
        a = t->m_a.get();
        b = t->m_b.get();
    }
    if (fn == &TaskImpl::stepThunk || fn == &TaskImpl::stepWithExcThunk) {
        if (!m_stepNameId)
            m_stepNameId = m_rec->strings.intern("step");
        what = m_stepNameId;
        task = static_cast<TaskImpl *>(a)->id();
        b = nullptr;
    } else if (fn == &TaskImpl::wakeupThunk) {
        if (!m_wakeupNameId)
            m_wakeupNameId = m_rec->strings.intern("wakeup");
        what = m_wakeupNameId;
        task = static_cast<TaskImpl *>(a)->id();
    } else {
        what = handleNameId(fn, a);
    }
    if (auto *t = dynamic_cast<TaskImpl *>(b))
        done = t->id();
    m_rec->sched(m_now, task, what, done, timer);
}

// ---------------------------------------------------------------------------------------------
// TimerHandle

void TimerHandle::cancel() {
    // events.TimerHandle.cancel
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_inHeap)
        ++m_loop->m_cancelledInHeap;
    if (m_inHeap && m_loop->recording())
        m_loop->recorder().timer(m_loop->time(), m_id, TimerAction::Cancelled, m_what, m_when);
    m_a = nullptr; // drop what the callback would have used
    m_b = nullptr;
}

// ---------------------------------------------------------------------------------------------
// EventLoop

EventLoop::ReadyQueue::ReadyQueue()
    : m_buf(new Handle[1024])
    , m_cap(1024) {}
EventLoop::ReadyQueue::~ReadyQueue() {
    delete[] m_buf;
}
void EventLoop::ReadyQueue::grow() {
    auto *nb = new Handle[m_cap * 2];
    for (std::size_t i = 0; i < m_size; ++i)
        nb[i] = m_buf[(m_head + i) & (m_cap - 1)];
    delete[] m_buf;
    m_buf = nb;
    m_cap *= 2;
    m_head = 0;
}

EventLoop::TimerHeap::~TimerHeap() {
    std::free(m_buf);
}

void EventLoop::TimerHeap::grow() {
    std::size_t cap = m_cap ? m_cap * 2 : 256;
    // Three entries before the root, so that every group of four children starts a line.
    auto *nb = static_cast<TimerEntry *>(std::aligned_alloc(64, (cap + 4) * sizeof(TimerEntry)));
    if (!nb)
        throw std::bad_alloc();
    if (m_buf)
        std::copy(m_buf + 3, m_buf + 3 + m_size, nb + 3);
    std::free(m_buf);
    m_buf = nb;
    m_cap = cap;
}

void EventLoop::TimerHeap::push(TimerEntry e) {
    // heapq.heappush: sift the new entry up.
    if (m_size == m_cap)
        grow();
    std::size_t i = m_size++;
    while (i > 0) {
        std::size_t parent = (i - 1) / 4;
        if (!later(at(parent), e))
            break;
        at(i) = at(parent);
        i = parent;
    }
    at(i) = e;
}

void EventLoop::TimerHeap::pop() {
    // heapq.heappop: the last entry sifts down from the root.
    const TimerEntry last = at(--m_size);
    const std::size_t n = m_size;
    if (n == 0)
        return;
    std::size_t i = 0;
    for (;;) {
        std::size_t c = 4 * i + 1;
        if (c >= n)
            break;
        std::size_t best = c;
        if (c + 4 <= n) {
            // Four children, one cache line: the earliest of them, without branches on ties.
            std::size_t b01 = later(at(c), at(c + 1)) ? c + 1 : c;
            std::size_t b23 = later(at(c + 2), at(c + 3)) ? c + 3 : c + 2;
            best = later(at(b01), at(b23)) ? b23 : b01;
        } else {
            for (std::size_t k = c + 1; k < n; ++k)
                if (later(at(best), at(k)))
                    best = k;
        }
        if (!later(last, at(best)))
            break;
        at(i) = at(best);
        i = best;
    }
    at(i) = last;
}

EventLoop::EventLoop(Recorder *recorder)
    : m_rec(recorder) {}

EventLoop::~EventLoop() {
    teardown();
}

EventLoop &getRunningLoop() {
    if (!detail::tl_loop)
        throw RuntimeError("no running event loop");
    return *detail::tl_loop;
}

Ref<TimerHandle> EventLoop::callAt(double when, HandleFn fn, RefCounted *a, RefCounted *b,
                                   const char *what) {
    // base_events.BaseEventLoop.call_at: a TimerHandle pushed on the heap. The sequence number
    // breaks ties so that equal deadlines fire in arm order (libuv's start_id; pytrace does the
    // same).
    Ref<TimerHandle> t(new TimerHandle);
    t->m_loop = this;
    t->m_when = when;
    t->m_seq = ++m_timerSeq;
    t->m_id = ++m_timerIds;
    t->m_what = what;
    t->m_fn = fn;
    t->m_a = a;
    t->m_b = b;
    t->m_inHeap = true;
    t->incRef();
    m_timers.push(TimerEntry{when, t.get()});
    if (recording())
        m_rec->timer(m_now, t->m_id, TimerAction::Armed, what, when);
    return t;
}

Ref<TimerHandle> EventLoop::callSoonCancellable(HandleFn fn, RefCounted *a, RefCounted *b) {
    Ref<TimerHandle> t(new TimerHandle);
    t->m_loop = this;
    t->m_when = m_now;
    t->m_fn = fn;
    t->m_a = a;
    t->m_b = b;
    callSoon(&EventLoop::runTimer, t.get(), nullptr);
    return t;
}

void EventLoop::runTimer(RefCounted *timer, RefCounted *) {
    auto *t = static_cast<TimerHandle *>(timer);
    // base_events._run_once: "if handle._cancelled: continue" -- a timer cancelled after it
    // moved to the ready queue does not run.
    if (!t->m_cancelled) {
        Ref<RefCounted> a = std::move(t->m_a), b = std::move(t->m_b); // a timer runs once
        t->m_fn(a.get(), b.get());
    }
}

void EventLoop::runOnce() {
    // base_events.BaseEventLoop._run_once, phase by phase.
    dropCancelledTimers();
    if (m_ready.empty() && !m_stopping)
        advanceClock();
    if (m_halt != Halt::None)
        return;
    moveDueWorkToReady();
    runReadySnapshot();
}

void EventLoop::dropCancelledTimers() {
    if (m_cancelledInHeap == 0)
        return;
    if (m_timers.size() > 100 && 2 * m_cancelledInHeap > m_timers.size()) {
        // "Remove delayed calls that were cancelled if their number is too high" (more than
        // _MIN_SCHEDULED_TIMER_HANDLES = 100 timers, more than half of them cancelled).
        // CPython rebuilds the heap from the survivors (heapify); entries are ordered by
        // (deadline, arm order) here, so pushing them back gives the same heap order.
        std::vector<TimerEntry> kept;
        kept.reserve(m_timers.size() - m_cancelledInHeap);
        for (std::size_t i = 0; i < m_timers.size(); ++i) {
            const TimerEntry e = m_timers[i];
            if (e.timer->m_cancelled) {
                e.timer->m_inHeap = false;
                e.timer->decRef();
            } else {
                kept.push_back(e);
            }
        }
        m_timers.clear();
        for (const TimerEntry &e : kept)
            m_timers.push(e);
        m_cancelledInHeap = 0;
        return;
    }
    // "Remove delayed calls that were cancelled from head of queue."
    while (!m_timers.empty() && m_timers.front().timer->m_cancelled) {
        --m_cancelledInHeap;
        TimerHandle *t = m_timers.front().timer;
        m_timers.pop();
        t->m_inHeap = false;
        t->decRef();
    }
}

void EventLoop::advanceClock() {
    // Nothing is ready: CPython waits in select() until the first deadline. In virtual time the
    // clock jumps there (trio's autojump clock), and the wait is recorded as `idle`.
    bool any = false;
    double next = 0;
    if (!m_timers.empty()) {
        next = m_timers.front().when;
        any = true;
    }
    for (const Job &j : m_jobs)
        if (!any || j.end < next) {
            next = j.end;
            any = true;
        }
    if (!any) {
        m_halt = Halt::Stall;
        if (recording())
            m_rec->stall(m_now, stallMessage());
        return;
    }
    if (next > horizon) {
        m_halt = Halt::Horizon;
        if (m_now < horizon)
            m_now = horizon;
        if (recording())
            m_rec->horizon(m_now);
        return;
    }
    if (next > m_now) {
        if (recording())
            m_rec->idle(m_now, next);
        m_now = next;
    }
}

void EventLoop::completeJobs() {
    if (m_jobs.empty())
        return;
    std::stable_sort(m_jobs.begin(), m_jobs.end(), [](const Job &x, const Job &y) {
        return x.end < y.end || (x.end == y.end && x.seq < y.seq);
    });
    std::size_t n = 0;
    while (n < m_jobs.size() && m_jobs[n].end <= m_now) {
        // The worker's call_soon_threadsafe: into the ready queue, and a byte to the self-pipe.
        const Handle &h = m_jobs[n].done;
        m_ready.push(h);
        if (m_rec->enabled && m_rec->loopEvents)
            recordSched(h.fn, h.a, h.b);
        m_selfPipe = true;
        ++n;
    }
    m_jobs.erase(m_jobs.begin(), m_jobs.begin() + static_cast<std::ptrdiff_t>(n));
}

void EventLoop::block(double duration) {
    m_now += duration;
    completeJobs();
}

std::string EventLoop::stallMessage() const {
    // pytrace's stall_message.
    std::string waits;
    for (TaskImpl *t = m_aliveHead; t; t = t->nextAlive) {
        if (!waits.empty())
            waits += "; ";
        waits += t->waitDescription();
    }
    return "the loop would wait forever: no ready handle, no timer, no thread; waiting: " +
           (waits.empty() ? std::string("nothing") : waits);
}

void EventLoop::moveDueWorkToReady() {
    // Executor jobs that ended by now hand their result back first: a worker's
    // call_soon_threadsafe lands in the ready queue while the loop waits in select(), before
    // _run_once moves the due timers.
    completeJobs();
    if (m_selfPipe) {
        // select() saw the self-pipe readable: _process_events queues _read_from_self.
        m_selfPipe = false;
        callSoon(&readFromSelf, nullptr, nullptr);
    }
    // "Handle 'later' callbacks that are ready": every timer due by now (+ clock resolution),
    // in (deadline, arm order), after the handles already there. A cancelled one moves too (the
    // run phase skips it).
    const double endTime = m_now + 1e-9;
    while (!m_timers.empty() && m_timers.front().when < endTime) {
        TimerHandle *t = m_timers.front().timer;
        m_timers.pop();
        t->m_inHeap = false;
        // The timer runs later in this iteration: fetch what it will touch (its callback's
        // object, a sleep's future) and the next timer while this one is being recorded. A
        // heap of many timers is cold memory; these loads overlap instead of stalling in turn.
        __builtin_prefetch(t->m_a.get());
        if (!m_timers.empty())
            __builtin_prefetch(m_timers.front().timer);
        if (t->m_cancelled)
            --m_cancelledInHeap;
        else if (recording())
            m_rec->timer(m_now, t->m_id, TimerAction::Fired, t->m_what, t->m_when);
        m_ready.push(Handle{&EventLoop::runTimer, t, nullptr}); // the heap's count moves
        if (m_rec->enabled && m_rec->loopEvents)
            recordSched(&EventLoop::runTimer, t, nullptr);
    }
}

void EventLoop::runReadySnapshot() {
    // "This is the only place where callbacks are actually *called*. All other places just add
    // them to ready." Exactly the handles ready now run; what they schedule waits for the next
    // iteration.
    std::size_t ntodo = m_ready.size();
    const bool loopEvents = m_rec->enabled && m_rec->loopEvents;
    if (loopEvents)
        m_rec->iter(m_now, ++m_iterations, static_cast<std::uint32_t>(ntodo));
    for (std::size_t i = 0; i < ntodo && m_halt == Halt::None; ++i) {
        Handle h = m_ready.pop();
        ++m_handlesRun;
        if (loopEvents)
            m_rec->run(m_now, m_handlesRun,
                       h.fn == &EventLoop::runTimer &&
                           static_cast<TimerHandle *>(h.a)->m_cancelled);
        h.fn(h.a, h.b);
        decref(h.a);
        decref(h.b);
    }
}

namespace {
void runUntilCompleteCb(RefCounted *, RefCounted *fut) {
    // base_events._run_until_complete_cb: fut.exception() marks the exception retrieved.
    auto *f = static_cast<FutureImpl *>(fut);
    if (!f->cancelled())
        (void)f->exceptionOrCancelled();
    f->loop().stop();
}
const detail::HandleName kNameRunUntilCompleteCb(&runUntilCompleteCb, "_run_until_complete_cb");
} // namespace

void EventLoop::runUntilComplete(FutureImpl *fut) {
    Ref<FutureImpl> keep(fut);
    fut->addDoneCallback(&runUntilCompleteCb, nullptr);
    // run_forever: iterate until stop() was called during an iteration.
    while (m_halt == Halt::None) {
        runOnce();
        if (m_stopping)
            break;
    }
    m_stopping = false;
    fut->removeDoneCallback(&runUntilCompleteCb, nullptr);
}

void EventLoop::registerTask(TaskImpl *t) {
    t->incRef();
    t->alive = true;
    t->prevAlive = m_aliveTail;
    t->nextAlive = nullptr;
    if (m_aliveTail)
        m_aliveTail->nextAlive = t;
    else
        m_aliveHead = t;
    m_aliveTail = t;
}

void EventLoop::unregisterTask(TaskImpl *t) {
    if (!t->alive)
        return;
    t->alive = false;
    (t->prevAlive ? t->prevAlive->nextAlive : m_aliveHead) = t->nextAlive;
    (t->nextAlive ? t->nextAlive->prevAlive : m_aliveTail) = t->prevAlive;
    t->prevAlive = t->nextAlive = nullptr;
    t->decRef();
}

std::vector<Ref<TaskImpl>> EventLoop::allTasks() const {
    std::vector<Ref<TaskImpl>> out;
    for (TaskImpl *t = m_aliveHead; t; t = t->nextAlive)
        if (!t->done())
            out.emplace_back(t);
    return out;
}

void EventLoop::badTaskSwitch(const char *what) {
    throw EngineBug(what);
}

EventLoop::JobSlot EventLoop::startJob(WorkerLanes *lanes) {
    // pytrace's VirtualExecutor.submit: the worker free earliest (lowest index on ties).
    if (!lanes) {
        lanes = &m_defaultLanes;
        m_defaultExecutorUsed = true;
    }
    const std::vector<double> &free = lanes->free;
    std::size_t lane = 0;
    for (std::size_t i = 1; i < free.size(); ++i)
        if (free[i] < free[lane])
            lane = i;
    return JobSlot{++m_jobCounter, lane, std::max(m_now, free[lane]), lanes};
}

void EventLoop::finishJob(const JobSlot &slot, double duration, HandleFn done, RefCounted *a,
                          RefCounted *b) {
    double end = slot.start + duration;
    slot.lanes->free[slot.lane] = end;
    slot.lanes->lastEnd = std::max(slot.lanes->lastEnd, end);
    addCompletion(end, done, a, b);
}

std::uint32_t EventLoop::submitJob(double duration, HandleFn done, RefCounted *a, RefCounted *b,
                                   double *start, WorkerLanes *lanes) {
    JobSlot slot = startJob(lanes);
    if (start)
        *start = slot.start;
    finishJob(slot, duration, done, a, b);
    return slot.id;
}

void EventLoop::addCompletion(double end, HandleFn done, RefCounted *a, RefCounted *b) {
    incref(a);
    incref(b);
    m_jobs.push_back(Job{end, ++m_completionSeq, Handle{done, a, b}});
}

std::uint32_t EventLoop::internCoroName(const char *fn) {
    if (!recording())
        return 0;
    if (fn == m_lastCoroFn)
        return m_lastCoroId;
    m_lastCoroFn = fn;
    m_lastCoroId = m_rec->strings.intern(detail::coroName(fn));
    return m_lastCoroId;
}

void EventLoop::teardown() {
    // The run is over: nothing may run any more. Destroy the frames of unfinished tasks (their
    // locals release what they hold), drop callbacks and queued handles, so that every frame,
    // task and future is freed.
    bool wasEnabled = m_rec->enabled;
    m_rec->enabled = false;
    auto tasks = allTasks();
    for (auto &t : tasks)
        t->destroyFrames();
    for (auto &t : tasks)
        t->dropCallbacks();
    while (!m_ready.empty()) {
        Handle h = m_ready.pop();
        decref(h.a);
        decref(h.b);
    }
    m_cancelledInHeap = 0;
    for (std::size_t i = 0; i < m_timers.size(); ++i) {
        TimerHandle *t = m_timers[i].timer;
        t->m_inHeap = false;
        t->m_a = nullptr;
        t->m_b = nullptr;
        t->decRef();
    }
    m_timers.clear();
    for (auto &j : m_jobs) {
        decref(j.done.a);
        decref(j.done.b);
    }
    m_jobs.clear();
    for (auto &t : tasks)
        unregisterTask(t.get());
    tasks.clear();
    while (m_aliveHead)
        unregisterTask(m_aliveHead);
    m_rec->enabled = wasEnabled;
}

void EventLoop::checkInvariants() const {
    if (m_current)
        throw EngineBug("checkInvariants between steps found a current task");
    // Cheap checks only (this runs after every step in debug builds): the heap's top and the
    // first alive tasks.
    for (std::size_t i = 1; i < m_timers.size() && i < 5; ++i)
        if (timerLater(m_timers[0], m_timers[i]))
            throw EngineBug("timer heap out of order");
    std::uint32_t last = 0;
    int n = 0;
    for (TaskImpl *t = m_aliveHead; t && n < 64; t = t->nextAlive, ++n) {
        if (t->id() <= last)
            throw EngineBug("alive tasks out of creation order");
        last = t->id();
    }
}

} // namespace loopscope
