#include "loopscope/sync.hpp"

#include <algorithm>

namespace loopscope {

namespace {
void removeFuture(std::deque<Future> &d, const Future &f) {
    auto it = std::find(d.begin(), d.end(), f);
    if (it != d.end())
        d.erase(it);
}
} // namespace

// --- Lock (locks.Lock) ------------------------------------------------------------------------

InternalCoro<bool> Lock::acquire() {
    // locks.Lock.acquire
    detail::frameLabel("Lock.acquire");
    if (!m_locked && std::all_of(m_waiters.begin(), m_waiters.end(),
                                 [](const Future &w) { return w.cancelled(); })) {
        m_locked = true;
        co_return true;
    }
    Future fut = createFuture("Lock.acquire");
    m_waiters.push_back(fut);
    std::exception_ptr ep;
    try {
        co_await fut;
    } catch (...) {
        ep = std::current_exception();
    }
    removeFuture(m_waiters, fut); // finally: self._waiters.remove(fut)
    if (ep) {
        if (isCancelledError(ep) && !m_locked)
            wakeUpFirst();
        std::rethrow_exception(ep);
    }
    m_locked = true;
    co_return true;
}

void Lock::release() {
    // locks.Lock.release
    if (!m_locked)
        throw RuntimeError("Lock is not acquired.");
    m_locked = false;
    wakeUpFirst();
}

void Lock::wakeUpFirst() {
    // locks.Lock._wake_up_first: only the first waiter, even if it is done.
    if (m_waiters.empty())
        return;
    Future fut = m_waiters.front();
    if (!fut.done())
        fut.setResult(true);
}

// --- Event (locks.Event) ----------------------------------------------------------------------

void Event::set() {
    // locks.Event.set
    if (!m_value) {
        m_value = true;
        for (auto &fut : m_waiters)
            if (!fut.done())
                fut.setResult(true);
    }
}

InternalCoro<bool> Event::wait() {
    // locks.Event.wait
    detail::frameLabel("Event.wait");
    if (m_value)
        co_return true;
    Future fut = createFuture(what);
    m_waiters.push_back(fut);
    std::exception_ptr ep;
    try {
        co_await fut;
    } catch (...) {
        ep = std::current_exception();
    }
    removeFuture(m_waiters, fut);
    if (ep)
        std::rethrow_exception(ep);
    co_return true;
}

// --- Condition (locks.Condition) --------------------------------------------------------------

InternalCoro<bool> Condition::wait() {
    // locks.Condition.wait
    detail::frameLabel("Condition.wait");
    if (!locked())
        throw RuntimeError("cannot wait on un-acquired lock");
    release();
    std::exception_ptr ep;
    try {
        Future fut = createFuture("Condition.wait");
        m_waiters.push_back(fut);
        std::exception_ptr inner;
        try {
            co_await fut;
        } catch (...) {
            inner = std::current_exception();
        }
        removeFuture(m_waiters, fut);
        if (inner)
            std::rethrow_exception(inner);
    } catch (...) {
        ep = std::current_exception();
    }
    // finally: reacquire the lock, even through cancellations
    bool cancelled = false;
    while (true) {
        try {
            co_await acquire();
            break;
        } catch (const CancelledError &) {
            cancelled = true;
        }
    }
    if (cancelled)
        throw CancelledError(); // raised in `finally`, it replaces the exception in flight
    if (ep)
        std::rethrow_exception(ep);
    co_return true;
}

InternalCoro<bool> Condition::waitFor(std::function<bool()> predicate) {
    // locks.Condition.wait_for
    detail::frameLabel("Condition.wait_for");
    bool result = predicate();
    while (!result) {
        co_await wait();
        result = predicate();
    }
    co_return result;
}

void Condition::notify(std::size_t n) {
    // locks.Condition.notify
    if (!locked())
        throw RuntimeError("cannot notify on un-acquired lock");
    std::size_t idx = 0;
    for (auto &fut : m_waiters) {
        if (idx >= n)
            break;
        if (!fut.done()) {
            ++idx;
            fut.setResult(false);
        }
    }
}

// --- Semaphore (locks.Semaphore) --------------------------------------------------------------

Semaphore::Semaphore(int value)
    : m_value(value) {
    if (value < 0)
        throw ValueError("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const {
    // locks.Semaphore.locked
    return m_value == 0 || std::any_of(m_waiters.begin(), m_waiters.end(),
                                       [](const Future &w) { return !w.cancelled(); });
}

InternalCoro<bool> Semaphore::acquire() {
    // locks.Semaphore.acquire
    detail::frameLabel("Semaphore.acquire");
    if (!locked()) {
        --m_value;
        co_return true;
    }
    Future fut = createFuture("Semaphore.acquire");
    m_waiters.push_back(fut);
    std::exception_ptr ep;
    try {
        co_await fut;
    } catch (...) {
        ep = std::current_exception();
    }
    removeFuture(m_waiters, fut);
    if (ep) {
        if (isCancelledError(ep) && !fut.cancelled()) {
            ++m_value;
            wakeUpNext();
        }
        std::rethrow_exception(ep);
    }
    if (m_value > 0)
        wakeUpNext();
    co_return true;
}

void Semaphore::release() {
    // locks.Semaphore.release
    ++m_value;
    wakeUpNext();
}

void Semaphore::wakeUpNext() {
    // locks.Semaphore._wake_up_next
    for (auto &fut : m_waiters) {
        if (!fut.done()) {
            --m_value;
            fut.setResult(true);
            return;
        }
    }
}

void BoundedSemaphore::release() {
    if (m_value >= m_bound)
        throw ValueError("BoundedSemaphore released too many times");
    Semaphore::release();
}

// --- Barrier (locks.Barrier) ------------------------------------------------------------------

Barrier::Barrier(int parties)
    : m_parties(parties) {
    if (parties < 1)
        throw ValueError("parties must be > 0");
}

InternalCoro<int> Barrier::wait() {
    // locks.Barrier.wait: async with self._cond: ...
    detail::frameLabel("Barrier.wait");
    co_await m_cond.acquire();
    std::exception_ptr ep;
    int index = 0;
    try {
        co_await block();
        index = m_count;
        ++m_count;
        std::exception_ptr inner;
        try {
            if (index + 1 == m_parties) {
                m_state = State::Draining; // _release
                m_cond.notifyAll();
            } else {
                co_await waitRelease();
            }
        } catch (...) {
            inner = std::current_exception();
        }
        --m_count; // finally
        exit();
        if (inner)
            std::rethrow_exception(inner);
    } catch (...) {
        ep = std::current_exception();
    }
    m_cond.release();
    if (ep)
        std::rethrow_exception(ep);
    co_return index;
}

InternalCoro<> Barrier::block() {
    // locks.Barrier._block
    co_await m_cond.waitFor(
        [this] { return m_state != State::Draining && m_state != State::Resetting; });
    if (m_state == State::Broken)
        throw BrokenBarrierError("Barrier aborted");
}

InternalCoro<> Barrier::waitRelease() {
    // locks.Barrier._wait
    co_await m_cond.waitFor([this] { return m_state != State::Filling; });
    if (m_state == State::Broken || m_state == State::Resetting)
        throw BrokenBarrierError("Abort or reset of barrier");
}

void Barrier::exit() {
    // locks.Barrier._exit
    if (m_count == 0) {
        if (m_state == State::Resetting || m_state == State::Draining)
            m_state = State::Filling;
        m_cond.notifyAll();
    }
}

InternalCoro<> Barrier::reset() {
    co_await m_cond.acquire();
    if (m_count > 0) {
        if (m_state != State::Resetting)
            m_state = State::Resetting;
    } else {
        m_state = State::Filling;
    }
    m_cond.notifyAll();
    m_cond.release();
}

InternalCoro<> Barrier::abort() {
    co_await m_cond.acquire();
    m_state = State::Broken;
    m_cond.notifyAll();
    m_cond.release();
}

// --- Queue (queues.Queue) ---------------------------------------------------------------------

Queue::Queue(int maxsize)
    : m_maxsize(maxsize) {
    m_finished.what = "Queue.join"; // Event::what, the label of its futures
    m_finished.set();
}

void Queue::wakeupNext(std::deque<Future> &waiters) {
    // queues.Queue._wakeup_next
    while (!waiters.empty()) {
        Future w = waiters.front();
        waiters.pop_front();
        if (!w.done()) {
            w.setResult(None);
            break;
        }
    }
}

InternalCoro<> Queue::put(Value item) {
    // queues.Queue.put
    detail::frameLabel("Queue.put");
    while (full()) {
        Future putter = createFuture("Queue.put");
        m_putters.push_back(putter);
        std::exception_ptr ep;
        try {
            co_await putter;
        } catch (...) {
            ep = std::current_exception();
        }
        if (ep) {
            putter.cancel();
            removeFuture(m_putters, putter);
            if (!full() && !putter.cancelled())
                wakeupNext(m_putters);
            std::rethrow_exception(ep);
        }
    }
    putNowait(std::move(item));
}

void Queue::putNowait(Value item) {
    // queues.Queue.put_nowait
    if (full())
        throw QueueFull();
    m_items.push_back(std::move(item));
    ++m_unfinished;
    m_finished.clear();
    wakeupNext(m_getters);
}

InternalCoro<Value> Queue::get() {
    // queues.Queue.get
    detail::frameLabel("Queue.get");
    while (empty()) {
        Future getter = createFuture(getWhat);
        m_getters.push_back(getter);
        std::exception_ptr ep;
        try {
            co_await detail::FutureAwaiter(getter.ref(), getInfo);
        } catch (...) {
            ep = std::current_exception();
        }
        if (ep) {
            getter.cancel();
            removeFuture(m_getters, getter);
            if (!empty() && !getter.cancelled())
                wakeupNext(m_getters);
            std::rethrow_exception(ep);
        }
    }
    co_return getNowait();
}

Value Queue::getNowait() {
    // queues.Queue.get_nowait
    if (empty())
        throw QueueEmpty();
    Value item = std::move(m_items.front());
    m_items.pop_front();
    wakeupNext(m_putters);
    return item;
}

void Queue::taskDone() {
    // queues.Queue.task_done
    if (m_unfinished <= 0)
        throw ValueError("task_done() called too many times");
    --m_unfinished;
    if (m_unfinished == 0)
        m_finished.set();
}

InternalCoro<> Queue::join() {
    // queues.Queue.join
    detail::frameLabel("Queue.join");
    if (m_unfinished > 0)
        co_await m_finished.wait();
}

} // namespace loopscope
