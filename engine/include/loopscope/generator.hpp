// Generators driven by hand: the programs from before asyncio, whose module-level code resumes
// plain generators itself (`next(g)` in a loop of its own) and runs no event loop
// (docs/trace-format.md, "Generators driven by hand").
//
//     def counter():                    Generator counter() {
//         cnt = 0                           at(9);
//         while True:                       long cnt = 0;
//             print(cnt)                    while (true) {
//             cnt += 1                          at(12); print(cnt);
//             yield                             cnt += 1;
//                                               at(14); co_yield None;
//                                           }
//                                       }
//     g = counter()                     Trace t = runModule(options, [] {
//     time.sleep(0.5)                       Generator g = counter();
//     next(g)                               at(17); blockingSleep(0.5);
//                                           at(18); next(g);
//                                       });
//
// Each Generator made while runModule runs is a lane of the trace (`task_new`, named after the
// C++ function as a coroutine is); each resumption by the module's code is a step on that lane:
// `step`, `line` (the def line for a first step, else the yield it resumes at), what the body
// does, then `line` (suspend) and `yield` on "generator", or `done`. A resumption made inside
// another generator's step is part of that step. at(), print() and blockingSleep() work at the
// module level too (no lane: `task` null) through detail::tl_outside, a hook the engine's
// task.cpp consults when no task is running.
#pragma once

#include "loopscope/exceptions.hpp"
#include "loopscope/run.hpp"
#include "loopscope/value.hpp"

#include <coroutine>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <source_location>

namespace loopscope {

/// Raised by next() on a generator that has finished (Python's StopIteration).
LOOPSCOPE_EXCEPTION(StopIteration, Exception);
/// Thrown into a generator by close() (a BaseException, as in Python).
LOOPSCOPE_EXCEPTION(GeneratorExit, BaseException);

namespace detail {

/// Code that runs outside any task while no event loop runs: the module level of runModule, or
/// a generator's step. task.cpp's at(), print() and blockingSleep() ask it for the lane and the
/// listing line when no task is running.
class OutsideFrame {
public:
    virtual ~OutsideFrame() = default;
    /// at(line).
    virtual void at(int line) = 0;
    /// The lane an event written now belongs to (a task id; 0 = none: the module's code).
    virtual std::uint32_t lane() const = 0;
    /// The listing line of the code running now (0 = null); writes a pending step line first.
    virtual int line() = 0;
};
/// Set by runModule (its module frame) and by a generator's step (the step's frame).
inline thread_local OutsideFrame *tl_outside = nullptr;

struct GeneratorState;

} // namespace detail

/// A generator object: what calling a `def` with `yield` returns. Copies refer to the same
/// generator (a Python reference); the frame is freed with the last one.
class Generator {
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    /// What `yield v` sends back: `co_yield v` gives the value of send(), None after next().
    struct YieldAwaiter {
        detail::GeneratorState *state;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Value await_resume();
    };

    struct promise_type {
        explicit promise_type(std::source_location loc = std::source_location::current())
            : fn(loc.function_name()) {}
        Generator get_return_object();
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        YieldAwaiter yield_value(Value v);
        void return_void() noexcept {}
        void unhandled_exception() noexcept { exc = std::current_exception(); }

        const char *fn;
        detail::GeneratorState *state = nullptr;
        std::exception_ptr exc;
    };

    Generator() = default;

    /// next(g): runs the generator to its next yield and returns the yielded value; throws
    /// StopIteration once it has finished (its exception, if one escaped the body).
    Value next() { return resume(None, nullptr); }
    /// g.send(v): as next(), with `co_yield` giving v inside the body (TypeError for a non-None
    /// value sent to a generator that has not started, as Python raises).
    Value send(Value v);
    /// g.close(): throws GeneratorExit in at the yield it waits at (a step, as in CPython
    /// 3.11); an unstarted or finished generator just becomes closed, with no step.
    void close();

    /// The lane (task id) of this generator in the trace; 0 if it is not recorded.
    std::uint32_t id() const;
    /// True once the body has returned, raised, or been closed.
    bool finished() const;
    explicit operator bool() const { return static_cast<bool>(m_s); }
    bool operator==(const Generator &o) const { return m_s == o.m_s; }

private:
    explicit Generator(std::shared_ptr<detail::GeneratorState> s)
        : m_s(std::move(s)) {}
    Value resume(Value sent, std::exception_ptr throwIn);
    std::shared_ptr<detail::GeneratorState> m_s;
};

/// next(g).
inline Value next(Generator &g) {
    return g.next();
}

/// A program that runs no event loop: `module` is its module-level code, which makes and drives
/// generators. The clock is virtual (blockingSleep advances it), `random` is seeded. The status
/// is "ok" once a generator was resumed, "no_loop" if none was, "import_error" if an exception
/// escaped `module`, and "limit" / "horizon" when a resumption would exceed the step limit or
/// begin past the horizon (the module's code stops there, as pytrace stops the program).
Trace runModule(RunOptions opts, const std::function<void()> &module);

} // namespace loopscope
