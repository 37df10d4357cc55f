// Runs a user's own asyncio program under tools/pytrace.py (CPython on a virtual clock) in a child
// QProcess awaited with QCoro: the GUI thread stays free while CPython works. Bad programs get an
// answer, never a hang: a run is killed after a wall-clock limit (a CPU loop with no await), when
// its trace grows past a size limit, or when the user cancels it; a file that is not a Python
// listing is recognised before anything runs. What pytrace itself reports (syntax errors,
// exceptions, horizon, stall, step limit…) arrives in the trace; see programoutcome.h.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <QCoro/QCoroTask>

#include <memory>

namespace loopscope::python {

struct ProgramRequest {
    QString path;
    QString interpreter = QStringLiteral("python3"); // a name on PATH or a path
    quint64 seed = 0;
    double horizon = 60;       // virtual seconds
    quint64 stepLimit = 10000; // task steps: a flood of prints reaches it in a few seconds
    int wallClockLimitMs = 10000;
    qint64 maxTraceBytes = qint64(64) << 20;
    QVariantMap params; // NAME → value, as pytrace's --set
};

struct ProgramRun {
    enum class Kind {
        Traced,         // json holds pytrace's trace (whatever the program did)
        NotAProgram,    // the file is missing, empty, binary, a trace file…
        BadInterpreter, // not found, not CPython, older than 3.11
        Cancelled,      // the user pressed Cancel
        WallClock,      // killed after the wall-clock limit
        TooLarge,       // killed when the trace grew past maxTraceBytes
        Failed,         // pytrace refused (bad parameter) or failed
    };
    Kind kind = Kind::Failed;
    QByteArray json;
    QString source;  // the file's text, when it is text
    QString message; // what the user is told, one or two sentences
    int line = 0;    // the listing line the message is about (0: none)
};

// Lets the GUI cancel a run under way. Shared by the running coroutine and whoever may cancel.
class RunControl {
public:
    // Kills pytrace and its worker (the whole process group) at once.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    void setProcess(qint64 pid) { m_pid = pid; }
    // Sends `signal` to pytrace and its worker; true while a process of the group is alive.
    void killGroup(int signal) const;
    bool groupAlive() const;

private:
    qint64 m_pid = 0;
    bool m_cancelled = false;
};

struct InterpreterCheck {
    bool ok = false;
    QString path;    // the executable found
    QString version; // "CPython 3.11.2"
    QString message; // why it cannot be used (empty when ok)
};

// Asks the interpreter what it is; CPython 3.11 or later passes. Results are cached by path.
QCoro::Task<InterpreterCheck> checkInterpreter(QString interpreter);

// Traces the program. Never throws; every failure is a ProgramRun with a message.
QCoro::Task<ProgramRun> traceProgram(ProgramRequest request, std::shared_ptr<RunControl> control);

// What a file's bytes are when they are plainly not a Python listing (binary data, an image, a
// Loopscope trace…), as one sentence; empty when they read as text worth handing to CPython.
QString describeNonProgram(const QByteArray &content);

// The pytrace.py the app runs.
QString pytracePath();

} // namespace loopscope::python
