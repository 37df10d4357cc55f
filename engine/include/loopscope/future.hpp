// FutureImpl: asyncio.Future (futures.py), and Future, the handle scenarios hold.
//
// Invariants: a future is done once (PENDING -> FINISHED | CANCELLED); when it becomes done,
// every done-callback is scheduled with call_soon, in registration order, and removed
// (futures.Future.__schedule_callbacks) -- never called inline.
#pragma once

#include "loopscope/exceptions.hpp"
#include "loopscope/loop.hpp"
#include "loopscope/value.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopscope {
namespace detail {
class FutureAwaiter;
}

class FutureImpl : public RefCounted {
public:
    enum class State : std::uint8_t { Pending, Finished, Cancelled };
    /// What kind of object this is, for the trace's `yield.on`.
    enum class Kind : std::uint8_t { Plain, Task, Gather, Shield, Executor };

    explicit FutureImpl(EventLoop &loop, Kind kind = Kind::Plain);
    ~FutureImpl() override;

    bool done() const { return m_state != State::Pending; }
    bool cancelled() const { return m_state == State::Cancelled; }
    State state() const { return m_state; }
    Kind kind() const { return m_kind; }
    EventLoop &loop() const { return *m_loop; }
    std::uint64_t seq() const { return m_seq; }

    /// futures.Future.cancel (Task and the gathering future override it).
    virtual bool cancel(const std::optional<std::string> &msg = std::nullopt);
    /// futures.Future.set_result / set_exception; InvalidStateError when already done.
    void setResult(Value v);
    void setException(std::exception_ptr e);
    /// futures.Future.result: raises the exception, or CancelledError when cancelled.
    Value result();
    /// futures.Future.exception: raises CancelledError when cancelled.
    std::exception_ptr exception();
    /// futures.Future.add_done_callback: on a done future the callback is scheduled at once.
    void addDoneCallback(HandleFn fn, RefCounted *ctx);
    /// futures.Future.remove_done_callback: removes every entry equal to (fn, ctx).
    std::size_t removeDoneCallback(HandleFn fn, RefCounted *ctx);
    /// futures.Future._make_cancelled_error.
    std::exception_ptr makeCancelledError();

    std::optional<std::string> cancelMessage() const {
        return m_cold && m_cold->cancelMsg ? m_cold->cancelMsg : std::nullopt;
    }
    void setCancelMessage(const std::optional<std::string> &msg) {
        if (msg || m_cold)
            cold().cancelMsg = msg;
    }
    /// The primitive that made this future ("Lock.acquire"...), for yield's `what`.
    const char *what() const { return m_cold ? m_cold->what : nullptr; }
    void setWhat(const char *w) {
        if (w)
            cold().what = w;
    }
    /// What __wakeup needs: the exception to throw in (CancelledError when cancelled), or null.
    std::exception_ptr exceptionOrCancelled();
    /// The executor job whose result this future carries (Kind::Executor).
    std::uint32_t jobId() const { return m_cold ? m_cold->jobId : 0; }
    void setJobId(std::uint32_t id) { cold().jobId = id; }
    /// Scratch mark for gather's duplicate detection (tasks.gather's arg_to_fut).
    bool gatherMark = false;
    /// Clears the callbacks without running them (teardown only: breaks reference cycles).
    void dropCallbacks();
    /// Calls f(ctx) for the context object of every done-callback (gc::collect's edges).
    template<class F>
    void forEachCallbackContext(F &&f) const {
        if (m_cb0.fn)
            f(m_cb0.ctx);
        if (m_cold)
            for (const Callback &c : m_cold->more)
                f(c.ctx);
    }

protected:
    void scheduleCallbacks();
    bool cancelFuture(const std::optional<std::string> &msg);

    EventLoop *m_loop;
    State m_state = State::Pending;
    Kind m_kind;
    bool m_logTraceback = false; // exception set and not yet retrieved
    std::uint64_t m_seq;
    Value m_result;
    std::exception_ptr m_exc;

    struct Callback {
        HandleFn fn;
        RefCounted *ctx; // counted
    };
    /// Rarely used state, allocated on first use: most futures never need it.
    struct Cold {
        std::exception_ptr cancelledExc;      // futures.Future._cancelled_exc
        std::optional<std::string> cancelMsg; // futures.Future._cancel_message
        std::vector<Callback> more;           // callbacks after the first
        const char *what = nullptr;
        std::uint32_t jobId = 0;
    };
    Cold &cold() {
        if (!m_cold)
            m_cold = std::make_unique<Cold>();
        return *m_cold;
    }
    std::unique_ptr<Cold> m_cold;

private:
    Callback m_cb0{nullptr, nullptr}; // first callback inline: most futures have exactly one
};

/// The handle a scenario holds on a future (loop.create_future()); Task derives from it.
class Future {
public:
    Future() = default;
    explicit Future(Ref<FutureImpl> f)
        : m_f(std::move(f)) {}

    bool done() const { return m_f->done(); }
    bool cancelled() const { return m_f->cancelled(); }
    bool cancel(std::optional<std::string> msg = std::nullopt) { return m_f->cancel(msg); }
    void setResult(Value v = None) { m_f->setResult(std::move(v)); }
    template<class E>
    void setException(E e) {
        m_f->setException(std::make_exception_ptr(std::move(e)));
    }
    void setExceptionPtr(std::exception_ptr e) { m_f->setException(std::move(e)); }
    Value result() const { return m_f->result(); }
    std::exception_ptr exception() const { return m_f->exception(); }

    FutureImpl *impl() const { return m_f.get(); }
    const Ref<FutureImpl> &ref() const { return m_f; }
    bool operator==(const Future &o) const { return m_f == o.m_f; }
    /// `await fut`: its result (or its exception raised), as futures.Future.__await__.
    detail::FutureAwaiter operator co_await() const;

protected:
    Ref<FutureImpl> m_f;
};

/// loop.create_future(); `what` (a string literal) names it in the trace's `yield` events.
Future createFuture(const char *what = nullptr);

} // namespace loopscope
