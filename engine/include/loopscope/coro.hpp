// Coro<T>: a scenario's `async def`. Calling it creates a suspended frame (a coroutine object);
// `co_await f()` runs it inline, within the caller's step, as `await f()` does (no step
// boundary); createTask(f()) wraps it in a Task.
//
// Frames are lazily started and chained: each frame knows its continuation (the frame that
// awaits it inline) and the task that drives the chain. When the innermost frame suspends on a
// future, control returns to Task::step, as a `yield` returns to Task.__step in CPython.
#pragma once

#include "loopscope/detail/task_impl.hpp"

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <source_location>
#include <utility>

namespace loopscope {

namespace detail {

/// Frames alive right now on this thread (a test proves every frame is freed).
inline thread_local std::size_t g_liveFrames = 0;
/// Size of the last frame allocated (for benchmarks and curiosity), and where it begins: the
/// promise, constructed right after, finds its frame's bounds there (gc::collect scans frames).
inline thread_local std::size_t g_lastFrameSize = 0;
inline thread_local const char *g_lastFrame = nullptr;

struct PromiseBase {
    explicit PromiseBase(const char *function, bool listing)
        : fn(function)
        , line(listing ? 0 : -1) {
        ++g_liveFrames;
        const char *self = reinterpret_cast<const char *>(this);
        if (g_lastFrame && self >= g_lastFrame && self < g_lastFrame + g_lastFrameSize &&
            self - g_lastFrame <= 0xffff && g_lastFrameSize <= 0xffffffffu) {
            frameSize = static_cast<std::uint32_t>(g_lastFrameSize);
            frameOffset = static_cast<std::uint16_t>(self - g_lastFrame);
        }
        g_lastFrame = nullptr;
    }
    ~PromiseBase() { --g_liveFrames; }
    PromiseBase(const PromiseBase &) = delete;
    PromiseBase &operator=(const PromiseBase &) = delete;

    std::coroutine_handle<> continuation; // the frame awaiting this one inline, or null (root)
    PromiseBase *parent = nullptr;        // its promise
    TaskImpl *task = nullptr;             // the task driving this frame
    const char *fn;                       // source_location function name (coroutine's name)
    int line;                             // listing line; 0 = not marked yet; -1 = engine frame
    std::uint32_t frameSize = 0;          // the frame's bytes (0: not known)
    const char *label = nullptr;          // engine frames: the asyncio function ("Lock.acquire")
    bool started = false;
    std::uint16_t frameOffset = 0; // this promise's offset in the frame
    std::exception_ptr exc;
    Value (*takeValue)(PromiseBase *) = nullptr;

    static void *operator new(std::size_t n) {
        g_lastFrameSize = n;
        void *p = Pool::allocate(n);
        g_lastFrame = static_cast<const char *>(p);
        return p;
    }
    /// The frame's memory, or null when not known.
    const char *frameBegin() const {
        return frameSize ? reinterpret_cast<const char *>(this) - frameOffset : nullptr;
    }
    static void operator delete(void *p, std::size_t n) noexcept { Pool::deallocate(p, n); }

    struct InitialAwaiter {
        PromiseBase *p;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        void await_resume() const noexcept { p->started = true; }
    };
    InitialAwaiter initial_suspend() noexcept { return {this}; }

    struct FinalAwaiter {
        bool await_ready() const noexcept { return false; }
        template<class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) const noexcept {
            PromiseBase &p = h.promise();
            if (p.continuation) {
                p.task->setInnermost(p.parent);
                return p.continuation; // back to the caller, inline (symmetric transfer)
            }
            p.task->markRootDone();
            return std::noop_coroutine(); // back to Task::step
        }
        void await_resume() const noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { exc = std::current_exception(); }
};

template<class T>
struct PromiseValue : PromiseBase {
    using PromiseBase::PromiseBase;
    std::optional<T> value;
    template<class U>
    void return_value(U &&u) {
        value.emplace(std::forward<U>(u));
    }
    T take() {
        if (exc)
            std::rethrow_exception(exc);
        return std::move(*value);
    }
    static Value toValue(PromiseBase *p) {
        auto *self = static_cast<PromiseValue *>(p);
        if constexpr (std::is_constructible_v<Value, T>)
            return Value(std::move(*self->value));
        else
            return Value(None);
    }
};
template<>
struct PromiseValue<void> : PromiseBase {
    using PromiseBase::PromiseBase;
    void return_void() noexcept {}
    void take() {
        if (exc)
            std::rethrow_exception(exc);
    }
    static Value toValue(PromiseBase *) { return Value(None); }
};

/// Records "coroutine '<name>' was never awaited" (a frame destroyed before it started).
void reportNeverAwaited(const char *fn);
/// The coroutine's name from its source_location function name ("Coro<> ns::f(int)" -> "f").
std::string coroName(const char *fn);
/// The coroutine's __qualname__ ("Database.fetch" for a method), as "never awaited" shows it.
std::string coroQualname(const char *fn);

} // namespace detail

/// A coroutine function's return type. Listing = false marks engine-internal frames (asyncio's
/// own coroutines such as wait_for), which the code panel skips when it looks for the line.
template<class T, bool Listing>
class [[nodiscard]] BasicCoro {
public:
    using value_type = T;
    struct promise_type : detail::PromiseValue<T> {
        explicit promise_type(std::source_location loc = std::source_location::current())
            : detail::PromiseValue<T>(loc.function_name(), Listing) {
            this->takeValue = &detail::PromiseValue<T>::toValue;
        }
        BasicCoro get_return_object() {
            return BasicCoro(std::coroutine_handle<promise_type>::from_promise(*this));
        }
    };
    using Handle = std::coroutine_handle<promise_type>;

    BasicCoro(BasicCoro &&o) noexcept
        : m_h(std::exchange(o.m_h, {})) {}
    BasicCoro &operator=(BasicCoro &&o) noexcept {
        if (this != &o) {
            reset();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    ~BasicCoro() { reset(); }

    /// Hands the frame to a task.
    Handle release() { return std::exchange(m_h, {}); }
    const char *function() const { return m_h.promise().fn; }
    explicit operator bool() const { return static_cast<bool>(m_h); }

    /// `await coro()`: runs the frame inline in the current task's step.
    struct Awaiter {
        Handle h;
        bool await_ready() const noexcept { return false; }
        template<class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> caller) noexcept {
            auto &p = h.promise();
            PromiseBase &cp = caller.promise();
            p.continuation = caller;
            p.parent = &cp;
            p.task = cp.task;
            p.task->setInnermost(&p);
            return h;
        }
        T await_resume() { return h.promise().take(); }
    };
    Awaiter operator co_await() && { return Awaiter{m_h}; }
    /// `c = f(); await c`: the frame stays owned by `c`.
    Awaiter operator co_await() & { return Awaiter{m_h}; }

private:
    using PromiseBase = detail::PromiseBase;
    explicit BasicCoro(Handle h)
        : m_h(h) {}
    void reset() {
        if (m_h) {
            if (!m_h.promise().started)
                detail::reportNeverAwaited(m_h.promise().fn);
            m_h.destroy();
            m_h = {};
        }
    }
    Handle m_h;
};

/// `async def f() -> T`, written `Coro<T> f()`; `Coro<>` for a coroutine that returns None.
template<class T = void>
using Coro = BasicCoro<T, true>;
/// asyncio's own coroutines (not part of the listing).
template<class T = void>
using InternalCoro = BasicCoro<T, false>;

/// Frames alive now.
inline std::size_t liveFrames() {
    return detail::g_liveFrames;
}

} // namespace loopscope
