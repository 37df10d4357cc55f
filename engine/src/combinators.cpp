#include "loopscope/combinators.hpp"

#include <algorithm>
#include <unordered_set>

namespace loopscope {
namespace detail {

namespace {

/// tasks._GatheringFuture: cancel() cancels the children (and acts like Task.cancel).
class GatheringFuture final : public FutureImpl {
public:
    GatheringFuture(EventLoop &loop, std::vector<Ref<FutureImpl>> children, bool returnExceptions)
        : FutureImpl(loop, Kind::Gather)
        , children(std::move(children))
        , returnExceptions(returnExceptions) {}

    bool cancel(const std::optional<std::string> &msg) override {
        // tasks._GatheringFuture.cancel
        if (done())
            return false;
        bool ret = false;
        auto kids = children; // a child's cancel may reach back here
        for (auto &child : kids)
            if (child->cancel(msg))
                ret = true;
        if (ret)
            cancelRequested = true; // propagate regardless of return_exceptions (issue 32684)
        return ret;
    }

    /// tasks.gather's _done_callback.
    static void doneCallback(RefCounted *outerObj, RefCounted *futObj) {
        auto *outer = static_cast<GatheringFuture *>(outerObj);
        auto *fut = static_cast<FutureImpl *>(futObj);
        ++outer->nfinished;
        if (outer->done()) {
            if (!fut->cancelled())
                (void)fut->exception(); // mark exception retrieved
            return;
        }
        if (!outer->returnExceptions) {
            if (fut->cancelled()) {
                outer->setException(fut->makeCancelledError());
                return;
            }
            std::exception_ptr exc = fut->exception();
            if (exc) {
                outer->setException(exc);
                return;
            }
        }
        if (outer->nfinished == outer->nfuts) {
            List results;
            results.reserve(outer->children.size());
            for (auto &child : outer->children) {
                if (child->cancelled()) {
                    const auto &m = child->cancelMessage();
                    results.emplace_back(std::make_exception_ptr(CancelledError(m ? *m : "")));
                } else {
                    std::exception_ptr e = child->exception();
                    results.push_back(e ? Value(e) : child->result());
                }
            }
            if (outer->cancelRequested)
                outer->setException(fut->makeCancelledError());
            else
                outer->setResult(Value(std::move(results)));
        }
    }

    std::vector<Ref<FutureImpl>> children;
    bool returnExceptions;
    bool cancelRequested = false;
    std::size_t nfuts = 0, nfinished = 0;
};
const detail::HandleName kNameGatherDone(&GatheringFuture::doneCallback, "_done_callback");

/// The outer future of shield().
class ShieldFuture final : public FutureImpl {
public:
    ShieldFuture(EventLoop &loop, Ref<FutureImpl> inner)
        : FutureImpl(loop, Kind::Shield)
        , inner(std::move(inner)) {}
    Ref<FutureImpl> inner;
};

void releaseWaiter(RefCounted *waiter, RefCounted *) {
    // tasks._release_waiter
    auto *w = static_cast<FutureImpl *>(waiter);
    if (!w->done())
        w->setResult(None);
}
const detail::HandleName kNameReleaseWaiter(&releaseWaiter, "_release_waiter");

std::uint32_t taskIdOf(FutureImpl *f) {
    return f->kind() == FutureImpl::Kind::Task ? static_cast<TaskImpl *>(f)->id() : 0;
}

void taskIds(const std::vector<Ref<FutureImpl>> &fs, std::vector<std::uint32_t> &out) {
    for (auto &f : fs)
        if (std::uint32_t id = taskIdOf(f.get()))
            out.push_back(id);
}

/// wait_for's target: the inner task, or for wait_for(shield(task)) the shielded task.
std::uint32_t waitForTarget(FutureImpl *f) {
    if (f->kind() == FutureImpl::Kind::Shield)
        return taskIdOf(static_cast<ShieldFuture *>(f)->inner.get());
    return taskIdOf(f);
}

} // namespace

void describeFuture(FutureImpl *f, YieldInfo &out) {
    out.hasTargets = true;
    switch (f->kind()) {
    case FutureImpl::Kind::Task:
        out.on = On::Task;
        out.targets.push_back(static_cast<TaskImpl *>(f)->id());
        return;
    case FutureImpl::Kind::Gather:
        out.on = On::Gather;
        taskIds(static_cast<GatheringFuture *>(f)->children, out.targets);
        return;
    case FutureImpl::Kind::Shield:
        out.on = On::Shield;
        if (auto id = taskIdOf(static_cast<ShieldFuture *>(f)->inner.get()))
            out.targets.push_back(id);
        return;
    case FutureImpl::Kind::Executor:
        out.on = On::Executor;
        out.targets.push_back(f->jobId());
        return;
    case FutureImpl::Kind::Plain:
        out.on = On::Future;
        out.hasTargets = false;
        out.what = f->what();
        return;
    }
}

Ref<FutureImpl> makeGather(std::vector<Ref<FutureImpl>> args, bool returnExceptions, bool fresh) {
    // tasks.gather
    EventLoop &loop = getRunningLoop();
    if (args.empty()) {
        Ref<FutureImpl> outer(new FutureImpl(loop));
        outer->setResult(Value(List{}));
        return outer;
    }
    Ref<GatheringFuture> outer(new GatheringFuture(loop, {}, returnExceptions));
    // arg_to_fut: a future passed twice is one child with one callback (marked while scanning).
    for (auto &fut : args) {
        bool dup = !fresh && fut->gatherMark;
        if (!fresh)
            fut->gatherMark = true;
        if (!dup) {
            ++outer->nfuts;
            fut->addDoneCallback(&GatheringFuture::doneCallback, outer.get());
        }
    }
    if (!fresh)
        for (auto &fut : args)
            fut->gatherMark = false;
    outer->children = std::move(args); // children: every argument, duplicates included
    return Ref<FutureImpl>(outer.get());
}

std::vector<Ref<FutureImpl>> uniqueByCreation(std::vector<Ref<FutureImpl>> fs) {
    // `fs = set(fs)`: iteration order of a set of tasks depends on addresses in CPython; the
    // engine (and pytrace) use creation order.
    std::sort(fs.begin(), fs.end(), [](const Ref<FutureImpl> &a, const Ref<FutureImpl> &b) {
        return a->seq() < b->seq();
    });
    fs.erase(std::unique(fs.begin(), fs.end()), fs.end());
    return fs;
}

namespace {
struct WaitState : RefCounted {
    Ref<FutureImpl> waiter;
    Ref<TimerHandle> timeoutHandle;
    std::size_t counter = 0;
    int returnWhen = ALL_COMPLETED;
};

void onWaitCompletion(RefCounted *state, RefCounted *futObj) {
    // tasks._wait's _on_completion
    auto *st = static_cast<WaitState *>(state);
    auto *f = static_cast<FutureImpl *>(futObj);
    --st->counter;
    if (st->counter == 0 || st->returnWhen == FIRST_COMPLETED ||
        (st->returnWhen == FIRST_EXCEPTION && !f->cancelled() && f->exception())) {
        if (st->timeoutHandle)
            st->timeoutHandle->cancel();
        if (!st->waiter->done())
            st->waiter->setResult(None);
    }
}
const detail::HandleName kNameOnWaitCompletion(&onWaitCompletion, "_on_completion");
} // namespace

InternalCoro<std::vector<bool>> waitCore(std::vector<Ref<FutureImpl>> &fsRef,
                                         std::optional<double> timeout, int returnWhen) {
    // tasks._wait
    std::vector<Ref<FutureImpl>> fs = fsRef;
    EventLoop &loop = getRunningLoop();
    Ref<WaitState> st(new WaitState);
    st->waiter = Ref<FutureImpl>(new FutureImpl(loop));
    st->returnWhen = returnWhen;
    YieldInfo info;
    info.on = On::Wait;
    info.hasTargets = true;
    taskIds(fs, info.targets);
    if (timeout) {
        st->timeoutHandle =
            loop.callLater(*timeout, &releaseWaiter, st->waiter.get(), nullptr, "wait");
        info.until = st->timeoutHandle->when();
    }
    st->counter = fs.size();
    for (auto &f : fs)
        f->addDoneCallback(&onWaitCompletion, st.get());
    std::exception_ptr ep;
    try {
        co_await FutureAwaiter(st->waiter, &info);
    } catch (...) {
        ep = std::current_exception();
    }
    // finally:
    if (st->timeoutHandle)
        st->timeoutHandle->cancel();
    for (auto &f : fs)
        f->removeDoneCallback(&onWaitCompletion, st.get());
    if (ep)
        std::rethrow_exception(ep);
    std::vector<bool> done;
    for (auto &f : fs)
        done.push_back(f->done());
    co_return done;
}

namespace {
InternalCoro<> cancelAndWait(Ref<FutureImpl> fut) {
    // tasks._cancel_and_wait
    EventLoop &loop = getRunningLoop();
    Ref<FutureImpl> waiter(new FutureImpl(loop));
    fut->addDoneCallback(&releaseWaiter, waiter.get());
    YieldInfo info;
    info.on = On::WaitFor;
    info.hasTargets = true;
    if (auto id = waitForTarget(fut.get()))
        info.targets.push_back(id);
    std::exception_ptr ep;
    try {
        fut->cancel();
        co_await FutureAwaiter(waiter, &info);
    } catch (...) {
        ep = std::current_exception();
    }
    fut->removeDoneCallback(&releaseWaiter, waiter.get());
    if (ep)
        std::rethrow_exception(ep);
}

Value resultOrTimeout(FutureImpl *fut) {
    // "except exceptions.CancelledError as exc: raise exceptions.TimeoutError() from exc"
    try {
        return fut->result();
    } catch (const CancelledError &) {
        throw TimeoutError();
    }
}
} // namespace

InternalCoro<Value> waitForCore(std::function<Ref<FutureImpl>()> makeFuture, double timeout) {
    // tasks.wait_for (3.11)
    EventLoop &loop = getRunningLoop();
    if (timeout <= 0) {
        Ref<FutureImpl> fut = makeFuture();
        if (fut->done())
            co_return fut->result();
        co_await cancelAndWait(fut);
        co_return resultOrTimeout(fut.get());
    }
    Ref<FutureImpl> waiter(new FutureImpl(loop));
    Ref<TimerHandle> timeoutHandle =
        loop.callLater(timeout, &releaseWaiter, waiter.get(), nullptr, "wait_for");
    Ref<FutureImpl> fut = makeFuture();
    fut->addDoneCallback(&releaseWaiter, waiter.get());
    YieldInfo info;
    info.on = On::WaitFor;
    info.hasTargets = true;
    if (auto id = waitForTarget(fut.get()))
        info.targets.push_back(id);
    info.until = timeoutHandle->when();

    std::exception_ptr ep;
    try {
        co_await FutureAwaiter(waiter, &info);
    } catch (...) {
        ep = std::current_exception();
    }
    if (ep) {
        if (!isCancelledError(ep)) {
            timeoutHandle->cancel();
            std::rethrow_exception(ep);
        }
        if (fut->done()) {
            timeoutHandle->cancel();
            co_return fut->result();
        }
        fut->removeDoneCallback(&releaseWaiter, waiter.get());
        // "We must ensure that the task is not running after wait_for() returns."
        std::exception_ptr ep2;
        try {
            co_await cancelAndWait(fut);
        } catch (...) {
            ep2 = std::current_exception();
        }
        timeoutHandle->cancel();
        std::rethrow_exception(ep2 ? ep2 : ep);
    }
    if (fut->done()) {
        timeoutHandle->cancel();
        co_return fut->result();
    }
    fut->removeDoneCallback(&releaseWaiter, waiter.get());
    std::exception_ptr ep3;
    try {
        co_await cancelAndWait(fut);
    } catch (...) {
        ep3 = std::current_exception();
    }
    timeoutHandle->cancel();
    if (ep3)
        std::rethrow_exception(ep3);
    co_return resultOrTimeout(fut.get());
}

namespace {
void shieldInnerDone(RefCounted *outerObj, RefCounted *innerObj) {
    // tasks.shield's _inner_done_callback
    auto *outer = static_cast<FutureImpl *>(outerObj);
    auto *inner = static_cast<FutureImpl *>(innerObj);
    if (outer->cancelled()) {
        if (!inner->cancelled())
            (void)inner->exception(); // mark inner's result as retrieved
        return;
    }
    if (inner->cancelled()) {
        outer->cancel();
    } else {
        std::exception_ptr exc = inner->exception();
        if (exc)
            outer->setException(exc);
        else
            outer->setResult(inner->result());
    }
}
const detail::HandleName kNameShieldInnerDone(&shieldInnerDone, "_inner_done_callback");
void shieldOuterDone(RefCounted *innerObj, RefCounted *outerObj) {
    // tasks.shield's _outer_done_callback
    auto *inner = static_cast<FutureImpl *>(innerObj);
    if (!inner->done())
        inner->removeDoneCallback(&shieldInnerDone, outerObj);
}
const detail::HandleName kNameShieldOuterDone(&shieldOuterDone, "_outer_done_callback");
} // namespace

Ref<FutureImpl> makeShield(Ref<FutureImpl> inner) {
    // tasks.shield
    if (inner->done())
        return inner; // "Shortcut."
    Ref<FutureImpl> outer(new ShieldFuture(inner->loop(), inner));
    inner->addDoneCallback(&shieldInnerDone, outer.get());
    outer->addDoneCallback(&shieldOuterDone, inner.get());
    return outer;
}

} // namespace detail

InternalCoro<Value> waitFor(Future aw, std::optional<double> timeout) {
    if (!timeout)
        co_return co_await aw;
    Ref<FutureImpl> f = aw.ref();
    std::function<Ref<FutureImpl>()> make = [f]() { return f; };
    co_return co_await detail::waitForCore(std::move(make), *timeout);
}

// ---------------------------------------------------------------------------------------------
// as_completed

namespace {
struct AsCompletedState : RefCounted {
    Queue done;
    std::vector<Ref<FutureImpl>> all;  // by index, what the queue carries
    std::vector<Ref<FutureImpl>> todo; // still pending
    Ref<TimerHandle> timeoutHandle;
    detail::YieldInfo info;
    std::size_t count = 0;
};

void asCompletedOnCompletion(RefCounted *state, RefCounted *futObj) {
    // tasks.as_completed's _on_completion
    auto *st = static_cast<AsCompletedState *>(state);
    if (st->todo.empty())
        return; // "_on_timeout() was here first."
    auto it = std::find_if(st->todo.begin(), st->todo.end(),
                           [&](const Ref<FutureImpl> &f) { return f.get() == futObj; });
    if (it != st->todo.end())
        st->todo.erase(it);
    std::int64_t index = 0;
    for (std::size_t i = 0; i < st->all.size(); ++i)
        if (st->all[i].get() == futObj)
            index = static_cast<std::int64_t>(i);
    st->done.putNowait(Value(index));
    if (st->todo.empty() && st->timeoutHandle)
        st->timeoutHandle->cancel();
}
const detail::HandleName kNameAsCompletedOnCompletion(&asCompletedOnCompletion, "_on_completion");

void asCompletedOnTimeout(RefCounted *state, RefCounted *) {
    // tasks.as_completed's _on_timeout
    auto *st = static_cast<AsCompletedState *>(state);
    for (auto &f : st->todo) {
        f->removeDoneCallback(&asCompletedOnCompletion, st);
        st->done.putNowait(None); // a dummy value for _wait_for_one()
    }
    st->todo.clear();
}
const detail::HandleName kNameAsCompletedOnTimeout(&asCompletedOnTimeout, "_on_timeout");

InternalCoro<Value> waitForOne(Ref<RefCounted> state) {
    // tasks.as_completed's _wait_for_one
    auto *st = static_cast<AsCompletedState *>(state.get());
    st->info.targets.clear();
    for (auto &f : st->todo)
        if (!f->done() && f->kind() == FutureImpl::Kind::Task)
            st->info.targets.push_back(static_cast<TaskImpl *>(f.get())->id());
    Value f = co_await st->done.get();
    if (f.isNone())
        throw TimeoutError();
    co_return st->all[static_cast<std::size_t>(f.asInt())]->result();
}
} // namespace

AsCompleted::AsCompleted(std::vector<Ref<FutureImpl>> fs, std::optional<double> timeout) {
    EventLoop &loop = getRunningLoop();
    Ref<AsCompletedState> st(new AsCompletedState);
    st->all = detail::uniqueByCreation(std::move(fs));
    st->todo = st->all;
    st->info.on = On::AsCompleted;
    st->info.hasTargets = true;
    detail::taskIds(st->all, st->info.targets);
    st->done.getInfo = &st->info;
    for (auto &f : st->todo)
        f->addDoneCallback(&asCompletedOnCompletion, st.get());
    if (!st->todo.empty() && timeout) {
        st->timeoutHandle =
            loop.callLater(*timeout, &asCompletedOnTimeout, st.get(), nullptr, "as_completed");
        st->info.until = st->timeoutHandle->when();
    }
    st->count = st->todo.size();
    m_s = Ref<RefCounted>(st.get());
}

AsCompleted::Iterator AsCompleted::end() const {
    return Iterator(m_s, static_cast<AsCompletedState *>(m_s.get())->count);
}

InternalCoro<Value> AsCompleted::Iterator::operator*() const {
    return waitForOne(m_s);
}

// ---------------------------------------------------------------------------------------------
// timeout

struct Timeout::Ctx : RefCounted {
    Timeout *t = nullptr;
};

namespace {
void timeoutOnTimeout(RefCounted *ctx, RefCounted *) {
    // timeouts.Timeout._on_timeout
    Timeout::Ctx *c = static_cast<Timeout::Ctx *>(ctx);
    if (c->t)
        c->t->onTimeout();
}
const detail::HandleName kNameTimeoutOnTimeout(&timeoutOnTimeout, "_on_timeout");
} // namespace

Timeout::Timeout(std::optional<double> when)
    : m_when(when) {
    Ref<Ctx> c(new Ctx);
    c->t = this;
    m_ctx = Ref<RefCounted>(c.get());
}

Timeout::~Timeout() {
    if (m_handler)
        m_handler->cancel();
    static_cast<Ctx *>(m_ctx.get())->t = nullptr;
}

void Timeout::enter() {
    // timeouts.Timeout.__aenter__
    m_state = State::Entered;
    TaskImpl *t = getRunningLoop().currentTask();
    if (!t)
        throw RuntimeError("Timeout should be used inside a task");
    m_task = Ref<TaskImpl>(t);
    reschedule(m_when);
}

void Timeout::reschedule(std::optional<double> when) {
    // timeouts.Timeout.reschedule
    if (m_state != State::Entered)
        throw RuntimeError("Cannot change state of Timeout");
    m_when = when;
    if (m_handler)
        m_handler->cancel();
    if (!when) {
        m_handler = nullptr;
        return;
    }
    EventLoop &loop = getRunningLoop();
    if (*when <= loop.time())
        m_handler = loop.callSoonCancellable(&timeoutOnTimeout, m_ctx.get(), nullptr);
    else
        m_handler = loop.callAt(*when, &timeoutOnTimeout, m_ctx.get(), nullptr, "timeout");
}

void Timeout::onTimeout() {
    // timeouts.Timeout._on_timeout: cancel the task; the loop, not a task, does it.
    m_task->cancel();
    m_state = State::Expiring;
    m_handler = nullptr;
}

void Timeout::exit(std::exception_ptr e) {
    // timeouts.Timeout.__aexit__
    if (m_handler) {
        m_handler->cancel();
        m_handler = nullptr;
    }
    if (m_state == State::Expiring) {
        m_state = State::Expired;
        if (m_task->uncancel() == 0 && isCancelledError(e))
            throw TimeoutError(); // "raise TimeoutError" (from the CancelledError)
    } else if (m_state == State::Entered) {
        m_state = State::Exited;
    }
    if (e)
        std::rethrow_exception(e);
}

std::unique_ptr<Timeout> timeoutAt(std::optional<double> when) {
    auto t = std::make_unique<Timeout>(when);
    t->enter();
    return t;
}

std::unique_ptr<Timeout> timeout(std::optional<double> delay) {
    // timeouts.timeout: loop.time() + delay
    std::optional<double> when;
    if (delay)
        when = getRunningLoop().time() + *delay;
    return timeoutAt(when);
}

// ---------------------------------------------------------------------------------------------
// TaskGroup

struct TaskGroup::State : RefCounted {
    bool entered = false, exiting = false, aborting = false;
    Ref<TaskImpl> parentTask;
    bool parentCancelRequested = false;
    std::vector<Ref<TaskImpl>> tasks; // a set in CPython; creation order here
    std::vector<std::exception_ptr> errors;
    Ref<FutureImpl> onCompletedFut;

    void abort() {
        // taskgroups.TaskGroup._abort
        aborting = true;
        auto ts = tasks;
        for (auto &t : ts)
            if (!t->done())
                t->cancel();
    }
};

namespace {
void taskGroupOnTaskDone(RefCounted *state, RefCounted *taskObj) {
    // taskgroups.TaskGroup._on_task_done
    auto *st = static_cast<TaskGroup::State *>(state);
    auto *task = static_cast<TaskImpl *>(taskObj);
    auto it = std::find_if(st->tasks.begin(), st->tasks.end(),
                           [&](const Ref<TaskImpl> &t) { return t.get() == task; });
    if (it != st->tasks.end())
        st->tasks.erase(it);
    if (st->onCompletedFut && st->tasks.empty() && !st->onCompletedFut->done())
        st->onCompletedFut->setResult(true);
    if (task->cancelled())
        return;
    std::exception_ptr exc = task->exception();
    if (!exc)
        return;
    st->errors.push_back(exc);
    if (st->parentTask->done())
        return;
    if (!st->aborting && !st->parentCancelRequested) {
        // Cancel the parent to abort what runs in the `async with` body; __aexit__ uncancels.
        st->abort();
        st->parentCancelRequested = true;
        st->parentTask->cancel();
    }
}
const detail::HandleName kNameTaskGroupOnTaskDone(&taskGroupOnTaskDone, "_on_task_done");
} // namespace

TaskGroup::TaskGroup() {
    // taskgroups.TaskGroup.__aenter__
    Ref<State> st(new State);
    st->entered = true;
    TaskImpl *t = getRunningLoop().currentTask();
    if (!t)
        throw RuntimeError("TaskGroup cannot determine the parent task");
    st->parentTask = Ref<TaskImpl>(t);
    m_state = Ref<RefCounted>(st.get());
}

TaskGroup::~TaskGroup() = default;

void TaskGroup::checkCanCreate() {
    auto *st = static_cast<State *>(m_state.get());
    if (st->exiting && st->tasks.empty())
        throw RuntimeError("TaskGroup is finished");
    if (st->aborting)
        throw RuntimeError("TaskGroup is shutting down");
}

void TaskGroup::adopt(Task &t, const std::optional<std::string> &name) {
    // taskgroups.TaskGroup.create_task, after loop.create_task(coro)
    auto *st = static_cast<State *>(m_state.get());
    if (name)
        t.setName(*name);
    t.task()->addDoneCallback(&taskGroupOnTaskDone, st);
    st->tasks.emplace_back(t.task());
}

InternalCoro<> TaskGroup::exit(std::exception_ptr exc) {
    // taskgroups.TaskGroup.__aexit__
    Ref<RefCounted> keep = m_state;
    auto *st = static_cast<State *>(keep.get());
    st->exiting = true;
    const bool excIsCancel = isCancelledError(exc);
    std::exception_ptr propagateCancellationError = excIsCancel ? exc : nullptr;
    if (st->parentCancelRequested) {
        if (st->parentTask->uncancel() == 0)
            propagateCancellationError = nullptr;
    }
    if (exc && !st->aborting)
        st->abort();
    while (!st->tasks.empty()) {
        if (!st->onCompletedFut)
            st->onCompletedFut = Ref<FutureImpl>(new FutureImpl(getRunningLoop()));
        detail::YieldInfo info;
        info.on = On::TaskGroup;
        info.hasTargets = true;
        for (auto &t : st->tasks)
            if (!t->done())
                info.targets.push_back(t->id());
        try {
            co_await detail::FutureAwaiter(st->onCompletedFut, &info);
        } catch (const CancelledError &) {
            if (!st->aborting) {
                propagateCancellationError = std::current_exception();
                st->abort();
            }
        }
        st->onCompletedFut = nullptr;
    }
    if (propagateCancellationError && st->errors.empty())
        std::rethrow_exception(propagateCancellationError);
    if (exc && !excIsCancel)
        st->errors.push_back(exc);
    if (!st->errors.empty()) {
        auto errors = std::move(st->errors);
        st->errors.clear();
        bool allExceptions =
            std::all_of(errors.begin(), errors.end(),
                        [](const std::exception_ptr &e) { return isException(e); });
        if (allExceptions)
            throw ExceptionGroup("unhandled errors in a TaskGroup", std::move(errors));
        throw BaseExceptionGroup("unhandled errors in a TaskGroup", std::move(errors));
    }
}

} // namespace loopscope
