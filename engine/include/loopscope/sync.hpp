// Synchronisation primitives (asyncio/locks.py, asyncio/queues.py), translated statement by
// statement so that waiters wake in asyncio's FIFO order and at the same iteration.
#pragma once

#include "loopscope/task.hpp"

#include <deque>
#include <functional>

namespace loopscope {

/// asyncio.Lock. Fair: release() wakes the first waiter's future; a task that releases and
/// re-acquires at once finds waiters that are not cancelled and queues behind them.
class Lock {
public:
    InternalCoro<bool> acquire();
    void release();
    bool locked() const { return m_locked; }

private:
    void wakeUpFirst();
    std::deque<Future> m_waiters;
    bool m_locked = false;
};

/// asyncio.Event.
class Event {
public:
    void set();
    void clear() { m_value = false; }
    bool isSet() const { return m_value; }
    InternalCoro<bool> wait();
    /// The label of the futures wait() suspends on.
    const char *what = "Event.wait";

private:
    std::deque<Future> m_waiters;
    bool m_value = false;
};

/// asyncio.Condition (with its own Lock unless one is given).
class Condition {
public:
    Condition()
        : m_lock(&m_ownLock) {}
    explicit Condition(Lock &lock)
        : m_lock(&lock) {}
    InternalCoro<bool> acquire() { return m_lock->acquire(); }
    void release() { m_lock->release(); }
    bool locked() const { return m_lock->locked(); }
    InternalCoro<bool> wait();
    InternalCoro<bool> waitFor(std::function<bool()> predicate);
    void notify(std::size_t n = 1);
    void notifyAll() { notify(m_waiters.size()); }

private:
    Lock m_ownLock;
    Lock *m_lock;
    std::deque<Future> m_waiters;
};

/// asyncio.Semaphore.
class Semaphore {
public:
    explicit Semaphore(int value = 1);
    virtual ~Semaphore() = default;
    bool locked() const;
    InternalCoro<bool> acquire();
    virtual void release();
    int value() const { return m_value; }

protected:
    void wakeUpNext();
    std::deque<Future> m_waiters;
    int m_value;
};

/// asyncio.BoundedSemaphore: releasing above the initial value is a ValueError.
class BoundedSemaphore : public Semaphore {
public:
    explicit BoundedSemaphore(int value = 1)
        : Semaphore(value)
        , m_bound(value) {}
    void release() override;

private:
    int m_bound;
};

/// asyncio.Barrier (3.11).
class Barrier {
public:
    explicit Barrier(int parties);
    InternalCoro<int> wait();
    InternalCoro<> reset();
    InternalCoro<> abort();
    int parties() const { return m_parties; }
    int nWaiting() const { return m_state == State::Filling ? m_count : 0; }
    bool broken() const { return m_state == State::Broken; }

private:
    enum class State { Filling, Draining, Resetting, Broken };
    InternalCoro<> block();
    InternalCoro<> waitRelease();
    void exit();
    Condition m_cond;
    int m_parties;
    State m_state = State::Filling;
    int m_count = 0;
};

/// asyncio.Queue (FIFO) of Values.
class Queue {
public:
    explicit Queue(int maxsize = 0);
    std::size_t qsize() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_maxsize > 0 && static_cast<int>(m_items.size()) >= m_maxsize; }
    int maxsize() const { return m_maxsize; }
    InternalCoro<> put(Value item);
    void putNowait(Value item);
    InternalCoro<Value> get();
    Value getNowait();
    void taskDone();
    InternalCoro<> join();
    /// The label of the futures this queue's get() waits on (as_completed uses its own).
    const char *getWhat = "Queue.get";
    /// How a task waiting in get() shows in the trace (as_completed sets its own), or null.
    const detail::YieldInfo *getInfo = nullptr;

private:
    static void wakeupNext(std::deque<Future> &waiters);
    std::deque<Value> m_items;
    std::deque<Future> m_getters, m_putters;
    int m_maxsize;
    int m_unfinished = 0;
    Event m_finished;
};

} // namespace loopscope
