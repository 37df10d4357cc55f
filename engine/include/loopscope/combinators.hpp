// gather, wait, waitFor, shield, asCompleted, timeout, TaskGroup (asyncio/tasks.py,
// timeouts.py, taskgroups.py), each with the callbacks CPython registers, in its order.
#pragma once

#include "loopscope/sync.hpp"

#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace loopscope {

namespace detail {

/// ensure_future(x): a coroutine becomes a task (loop.create_task, no name); a future stays.
template<class T, bool L>
Ref<FutureImpl> ensureFuture(BasicCoro<T, L> &&c) {
    EventLoop &loop = getRunningLoop();
    auto h = c.release();
    return Ref<FutureImpl>(makeTask(loop, h, &h.promise()).get());
}
inline Ref<FutureImpl> ensureFuture(const Future &f) {
    return f.ref();
}

/// tasks._GatheringFuture + tasks.gather's _done_callback.
/// `fresh`: every child is a task just made from a coroutine, so none can be a duplicate.
Ref<FutureImpl> makeGather(std::vector<Ref<FutureImpl>> children, bool returnExceptions,
                           bool fresh = false);
template<class X>
inline constexpr bool isCoro = false;
template<class T, bool L>
inline constexpr bool isCoro<BasicCoro<T, L>> = true;
InternalCoro<Value> waitForCore(std::function<Ref<FutureImpl>()> makeFuture, double timeout);
InternalCoro<std::vector<bool>> waitCore(std::vector<Ref<FutureImpl>> &fs,
                                         std::optional<double> timeout, int returnWhen);
Ref<FutureImpl> makeShield(Ref<FutureImpl> inner);
std::vector<Ref<FutureImpl>> uniqueByCreation(std::vector<Ref<FutureImpl>> fs);

} // namespace detail

struct ReturnExceptions {};
/// gather(returnExceptions, ...) is gather(..., return_exceptions=True).
inline constexpr ReturnExceptions returnExceptions{};

/// The future gather() returns; `co_await` gives the list of results (a Value holding a List,
/// which converts to `const List &`: `List rs = co_await gather(...)`).
class Gather : public Future {
public:
    explicit Gather(Ref<FutureImpl> f)
        : Future(std::move(f)) {}
};

/// asyncio.gather(*aws): coroutines are wrapped in tasks at once, in argument order.
template<class... A>
Gather gather(A &&...aws) {
    std::vector<Ref<FutureImpl>> children;
    (children.push_back(detail::ensureFuture(std::forward<A>(aws))), ...);
    return Gather(detail::makeGather(std::move(children), false));
}
template<class... A>
Gather gather(ReturnExceptions, A &&...aws) {
    std::vector<Ref<FutureImpl>> children;
    (children.push_back(detail::ensureFuture(std::forward<A>(aws))), ...);
    return Gather(detail::makeGather(std::move(children), true));
}
/// asyncio.gather(*list).
template<class X>
Gather gather(std::vector<X> aws, bool returnExceptionsFlag = false) {
    std::vector<Ref<FutureImpl>> children;
    children.reserve(aws.size());
    for (auto &x : aws)
        children.push_back(detail::ensureFuture(std::move(x)));
    return Gather(detail::makeGather(std::move(children), returnExceptionsFlag,
                                     detail::isCoro<std::decay_t<X>>));
}

enum ReturnWhen { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED };

/// asyncio.wait's keyword arguments: `wait(fs, {.timeout = 1.5, .returnWhen = FIRST_COMPLETED})`.
struct WaitOptions {
    std::optional<double> timeout = std::nullopt;
    ReturnWhen returnWhen = ALL_COMPLETED;
};
/// (done, pending): `auto [done, pending] = co_await wait(ts);`
/// (g++ 12 rejects a braced list, e.g. std::vector<Task>{...}, inside a co_await expression:
/// build the vector in a statement before.)
template<class F>
struct WaitResult {
    std::vector<F> done;
    std::vector<F> pending;
};

/// asyncio.wait(fs): tasks and futures only; returns (done, pending), in creation order (CPython
/// returns sets); cancels nothing.
template<class F>
InternalCoro<WaitResult<F>> wait(std::vector<F> fs, WaitOptions opts = {}) {
    if (fs.empty())
        throw ValueError("Set of Tasks/Futures is empty.");
    std::vector<Ref<FutureImpl>> refs;
    for (auto &f : fs)
        refs.push_back(f.ref());
    refs = detail::uniqueByCreation(std::move(refs));
    auto isDone = co_await detail::waitCore(refs, opts.timeout, opts.returnWhen);
    WaitResult<F> r;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        F f;
        for (auto &x : fs)
            if (x.impl() == refs[i].get())
                f = x;
        (isDone[i] ? r.done : r.pending).push_back(f);
    }
    co_return r;
}
/// 3.11 refuses bare coroutines: "Passing coroutines is forbidden, use tasks explicitly."
template<class T, bool L>
InternalCoro<WaitResult<Task>> wait(std::vector<BasicCoro<T, L>> fs, WaitOptions = {}) {
    (void)fs;
    throw TypeError("Passing coroutines is forbidden, use tasks explicitly.");
    co_return WaitResult<Task>{};
}

/// asyncio.wait_for(aw, timeout), 3.11's implementation: the awaitable is wrapped in a task;
/// on timeout it is cancelled and awaited until it has really finished, then TimeoutError.
template<class T, bool L>
InternalCoro<T> waitFor(BasicCoro<T, L> aw, std::optional<double> timeout) {
    if (!timeout)
        co_return co_await std::move(aw);
    auto holder = std::make_shared<BasicCoro<T, L>>(std::move(aw));
    // (Named, not a temporary of the co_await expression: g++ 12 destroys such temporaries
    // twice.)
    std::function<Ref<FutureImpl>()> make = [holder]() {
        return detail::ensureFuture(std::move(*holder));
    };
    Value v = co_await detail::waitForCore(std::move(make), *timeout);
    if constexpr (!std::is_void_v<T>)
        co_return v.as<T>();
}
InternalCoro<Value> waitFor(Future aw, std::optional<double> timeout);

/// asyncio.shield(aw): cancelling the returned future leaves the inner one running.
template<class X>
Future shield(X &&aw) {
    return Future(detail::makeShield(detail::ensureFuture(std::forward<X>(aw))));
}

/// asyncio.as_completed(fs, timeout): iterate, and `co_await` each element to get the next
/// result in completion order (TimeoutError when the timeout passes first).
class AsCompleted {
public:
    AsCompleted(std::vector<Ref<FutureImpl>> fs, std::optional<double> timeout);
    class Iterator {
    public:
        Iterator(Ref<RefCounted> s, std::size_t i)
            : m_s(std::move(s))
            , m_i(i) {}
        InternalCoro<Value> operator*() const;
        Iterator &operator++() {
            ++m_i;
            return *this;
        }
        bool operator!=(const Iterator &o) const { return m_i != o.m_i; }

    private:
        Ref<RefCounted> m_s;
        std::size_t m_i;
    };
    Iterator begin() const { return Iterator(m_s, 0); }
    Iterator end() const;

private:
    Ref<RefCounted> m_s;
};
template<class X>
AsCompleted asCompleted(std::vector<X> fs, std::optional<double> timeout = std::nullopt) {
    std::vector<Ref<FutureImpl>> refs;
    for (auto &x : fs)
        refs.push_back(detail::ensureFuture(std::move(x)));
    return AsCompleted(std::move(refs), timeout);
}

/// `async with asyncio.timeout(delay) as cm:` (timeouts.Timeout). Written in a twin as
///     auto cm = timeout(2.0);
///     try { ...; cm.exit(); } catch (...) { cm.exit(std::current_exception()); }
/// __aenter__ and __aexit__ never suspend, so they need no co_await.
class Timeout {
public:
    explicit Timeout(std::optional<double> when);
    ~Timeout();
    Timeout(const Timeout &) = delete;
    Timeout &operator=(const Timeout &) = delete;
    std::optional<double> when() const { return m_when; }
    void reschedule(std::optional<double> when);
    bool expired() const { return m_state == State::Expiring || m_state == State::Expired; }
    /// __aexit__ on the normal path.
    void exit() { exit(nullptr); }
    /// __aexit__ with the exception that left the block: raises TimeoutError if this timeout
    /// cancelled the task, otherwise rethrows `e` (if any).
    void exit(std::exception_ptr e);

    struct Ctx;
    /// timeouts.Timeout._on_timeout (run by the loop's timer).
    void onTimeout();
    /// __aenter__ (timeout() and timeoutAt() call it).
    void enter();

private:
    enum class State { Created, Entered, Expiring, Expired, Exited };
    State m_state = State::Created;
    std::optional<double> m_when;
    Ref<TimerHandle> m_handler;
    Ref<TaskImpl> m_task;
    Ref<RefCounted> m_ctx;
};
/// asyncio.timeout(delay) (None: no deadline), entered at once.
std::unique_ptr<Timeout> timeout(std::optional<double> delay);
/// asyncio.timeout_at(when).
std::unique_ptr<Timeout> timeoutAt(std::optional<double> when);

/// `async with asyncio.TaskGroup() as tg:` (taskgroups.TaskGroup). Written in a twin as
///     TaskGroup tg;                // __aenter__
///     std::exception_ptr e;
///     try { tg.createTask(f()); ... } catch (...) { e = std::current_exception(); }
///     co_await tg.exit(e);         // __aexit__: waits for the tasks, raises ExceptionGroup
class TaskGroup {
public:
    TaskGroup();
    ~TaskGroup();
    template<class T, bool L>
    Task createTask(BasicCoro<T, L> coro, std::optional<std::string> name = std::nullopt) {
        checkCanCreate();
        EventLoop &loop = getRunningLoop();
        auto h = coro.release();
        Task t(detail::makeTask(loop, h, &h.promise()));
        adopt(t, name);
        return t;
    }
    InternalCoro<> exit(std::exception_ptr e = nullptr);

    struct State;

private:
    void checkCanCreate();
    void adopt(Task &t, const std::optional<std::string> &name);
    Ref<RefCounted> m_state;
};

} // namespace loopscope
