#include "loopscope/future.hpp"
#include "loopscope/coro.hpp"
#include "loopscope/detail/task_impl.hpp"
#include "loopscope/task.hpp"

#include <algorithm>

namespace loopscope {

FutureImpl::FutureImpl(EventLoop &loop, Kind kind)
    : m_loop(&loop)
    , m_kind(kind)
    , m_seq(loop.nextFutureSeq()) {}

FutureImpl::~FutureImpl() {
    // futures.Future.__del__: an exception nobody retrieved is logged when the future dies.
    if (m_logTraceback && m_kind != Kind::Task && m_loop->recording())
        m_loop->recorder().error(m_loop->time(), ErrorKind::ExceptionNeverRetrieved, 0,
                                 "Future exception was never retrieved (" +
                                     std::string(exceptionTypeName(m_exc)) + ": " +
                                     exceptionMessage(m_exc) + ")");
    dropCallbacks();
}

void FutureImpl::dropCallbacks() {
    if (m_cb0.fn) {
        decref(m_cb0.ctx);
        m_cb0 = Callback{nullptr, nullptr};
    }
    if (m_cold) {
        for (auto &c : m_cold->more)
            decref(c.ctx);
        m_cold->more.clear();
    }
}

bool FutureImpl::cancel(const std::optional<std::string> &msg) {
    return cancelFuture(msg);
}

bool FutureImpl::cancelFuture(const std::optional<std::string> &msg) {
    // futures.Future.cancel
    m_logTraceback = false;
    if (m_state != State::Pending)
        return false;
    m_state = State::Cancelled;
    setCancelMessage(msg);
    scheduleCallbacks();
    return true;
}

void FutureImpl::setResult(Value v) {
    // futures.Future.set_result
    if (m_state != State::Pending)
        throw InvalidStateError("invalid state");
    m_result = std::move(v);
    m_state = State::Finished;
    scheduleCallbacks();
}

void FutureImpl::setException(std::exception_ptr e) {
    // futures.Future.set_exception
    if (m_state != State::Pending)
        throw InvalidStateError("invalid state");
    m_exc = std::move(e);
    m_state = State::Finished;
    scheduleCallbacks();
    m_logTraceback = true;
}

std::exception_ptr FutureImpl::makeCancelledError() {
    // futures.Future._make_cancelled_error
    if (m_cold && m_cold->cancelledExc)
        return std::exchange(m_cold->cancelledExc, nullptr);
    auto msg = cancelMessage();
    return std::make_exception_ptr(CancelledError(msg ? *msg : std::string()));
}

Value FutureImpl::result() {
    // futures.Future.result
    if (m_state == State::Cancelled)
        std::rethrow_exception(makeCancelledError());
    if (m_state != State::Finished)
        throw InvalidStateError("Result is not ready.");
    m_logTraceback = false;
    if (m_exc)
        std::rethrow_exception(m_exc);
    return m_result;
}

std::exception_ptr FutureImpl::exception() {
    // futures.Future.exception
    if (m_state == State::Cancelled)
        std::rethrow_exception(makeCancelledError());
    if (m_state != State::Finished)
        throw InvalidStateError("Exception is not set.");
    m_logTraceback = false;
    return m_exc;
}

std::exception_ptr FutureImpl::exceptionOrCancelled() {
    if (m_state == State::Cancelled)
        return makeCancelledError();
    m_logTraceback = false;
    return m_exc;
}

void FutureImpl::addDoneCallback(HandleFn fn, RefCounted *ctx) {
    // futures.Future.add_done_callback: a done future schedules the callback at once (call_soon).
    if (m_state != State::Pending) {
        m_loop->callSoon(fn, ctx, this);
        return;
    }
    incref(ctx);
    if (!m_cb0.fn && (!m_cold || m_cold->more.empty()))
        m_cb0 = Callback{fn, ctx};
    else
        cold().more.push_back(Callback{fn, ctx});
}

std::size_t FutureImpl::removeDoneCallback(HandleFn fn, RefCounted *ctx) {
    // futures.Future.remove_done_callback
    std::size_t removed = 0;
    if (m_cb0.fn == fn && m_cb0.ctx == ctx) {
        decref(m_cb0.ctx);
        m_cb0 = Callback{nullptr, nullptr};
        ++removed;
    }
    if (m_cold) {
        auto &more = m_cold->more;
        auto it = std::remove_if(more.begin(), more.end(), [&](const Callback &c) {
            if (c.fn == fn && c.ctx == ctx) {
                decref(c.ctx);
                ++removed;
                return true;
            }
            return false;
        });
        more.erase(it, more.end());
    }
    return removed;
}

void FutureImpl::scheduleCallbacks() {
    // futures.Future.__schedule_callbacks: every callback goes through call_soon, in order.
    Callback first = m_cb0;
    m_cb0 = Callback{nullptr, nullptr};
    if (first.fn) {
        m_loop->callSoon(first.fn, first.ctx, this);
        if (first.fn == &TaskImpl::wakeupThunk)
            static_cast<TaskImpl *>(first.ctx)->prefetchFrame(); // it steps next iteration
        decref(first.ctx);
    }
    if (m_cold && !m_cold->more.empty()) {
        std::vector<Callback> more;
        more.swap(m_cold->more);
        for (auto &c : more) {
            m_loop->callSoon(c.fn, c.ctx, this);
            decref(c.ctx);
        }
    }
}

Future createFuture(const char *what) {
    Ref<FutureImpl> f(new FutureImpl(getRunningLoop()));
    f->setWhat(what);
    return Future(f);
}

} // namespace loopscope
