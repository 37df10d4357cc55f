// Python's exception hierarchy, as far as scenarios need it.
//
// Mirrors the BaseException / Exception split: CancelledError (like KeyboardInterrupt and
// SystemExit) derives from BaseException only, so a twin's `catch (const Exception &)` (the
// twin of `except Exception:`) does not swallow a cancellation, exactly as in Python 3.8+.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace loopscope {

/// The root of everything a scenario may raise. `typeName()` is Python's `type(exc).__name__`,
/// `what()` is `str(exc)`.
class BaseException : public std::exception {
public:
    BaseException() = default;
    explicit BaseException(std::string msg)
        : m_msg(std::move(msg)) {}
    const char *what() const noexcept override { return m_msg.c_str(); }
    virtual const char *typeName() const noexcept { return "BaseException"; }
    const std::string &message() const noexcept { return m_msg; }

private:
    std::string m_msg;
};

/// `except Exception:` catches these (and not CancelledError).
class Exception : public BaseException {
public:
    using BaseException::BaseException;
    const char *typeName() const noexcept override { return "Exception"; }
};

/// Declares a Python exception type `Name` deriving from `Base`, e.g.
/// `LOOPSCOPE_EXCEPTION(ConnectionError, Exception);` in a twin.
#define LOOPSCOPE_EXCEPTION(Name, Base)                                                            \
    class Name : public Base {                                                                     \
    public:                                                                                        \
        using Base::Base;                                                                          \
        const char *typeName() const noexcept override { return #Name; }                           \
    }

/// asyncio.CancelledError: a BaseException since Python 3.8 (asyncio/exceptions.py).
LOOPSCOPE_EXCEPTION(CancelledError, BaseException);
LOOPSCOPE_EXCEPTION(SystemExit, BaseException);
LOOPSCOPE_EXCEPTION(KeyboardInterrupt, BaseException);
/// asyncio.TimeoutError is the builtin TimeoutError in 3.11 (an OSError, an Exception).
LOOPSCOPE_EXCEPTION(OSError, Exception);
LOOPSCOPE_EXCEPTION(TimeoutError, OSError);
LOOPSCOPE_EXCEPTION(ConnectionError, OSError);
LOOPSCOPE_EXCEPTION(RuntimeError, Exception);
LOOPSCOPE_EXCEPTION(InvalidStateError, Exception);
LOOPSCOPE_EXCEPTION(ValueError, Exception);
LOOPSCOPE_EXCEPTION(TypeError, Exception);
/// str(KeyError('k')) is "'k'": Python shows the key's repr.
class KeyError : public Exception {
public:
    explicit KeyError(const std::string &key);
    const char *typeName() const noexcept override { return "KeyError"; }
};
LOOPSCOPE_EXCEPTION(IndexError, Exception);
LOOPSCOPE_EXCEPTION(ZeroDivisionError, Exception);
LOOPSCOPE_EXCEPTION(QueueEmpty, Exception);
LOOPSCOPE_EXCEPTION(QueueFull, Exception);
LOOPSCOPE_EXCEPTION(BrokenBarrierError, RuntimeError);

/// BaseExceptionGroup / ExceptionGroup (3.11). A TaskGroup raises
/// `BaseExceptionGroup('unhandled errors in a TaskGroup', errors)`, which is an ExceptionGroup
/// when every error is an Exception. Twins catch `ExceptionGroup` for `except* SomeError`.
class BaseExceptionGroup : public BaseException {
public:
    BaseExceptionGroup(std::string msg, std::vector<std::exception_ptr> excs)
        : BaseException(std::move(msg))
        , m_excs(std::move(excs)) {
        m_str = message() + " (" + std::to_string(m_excs.size()) + " sub-exception" +
                (m_excs.size() == 1 ? "" : "s") + ")";
    }
    const char *typeName() const noexcept override { return "BaseExceptionGroup"; }
    /// str(eg): "msg (N sub-exceptions)".
    const char *what() const noexcept override { return m_str.c_str(); }
    const std::vector<std::exception_ptr> &exceptions() const noexcept { return m_excs; }

private:
    std::vector<std::exception_ptr> m_excs;
    std::string m_str;
};

class ExceptionGroup : public BaseExceptionGroup {
public:
    using BaseExceptionGroup::BaseExceptionGroup;
    const char *typeName() const noexcept override { return "ExceptionGroup"; }
};

/// Python's `type(exc).__name__` for any exception_ptr; "Exception" for foreign C++ exceptions.
const char *exceptionTypeName(const std::exception_ptr &e);
/// Python's `str(exc)`.
std::string exceptionMessage(const std::exception_ptr &e);
/// True when `e` holds a CancelledError.
bool isCancelledError(const std::exception_ptr &e);
/// True when `e` holds an Exception (not just a BaseException).
bool isException(const std::exception_ptr &e);

/// Raised for engine bugs (broken invariants), never for scenario mistakes.
class EngineBug : public std::logic_error {
public:
    explicit EngineBug(const std::string &what)
        : std::logic_error("loopscope engine bug, please report: " + what) {}
};

} // namespace loopscope
