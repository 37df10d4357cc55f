// A trace as the app holds it: the header and the events of docs/trace-format.md, decoded once
// into compact records. Read from a trace file (pytrace's output, a saved run) or from a run of
// the engine. Immutable once loaded; every view of the app reads it, none changes it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <loopscope/trace.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace loopscope::trace {

// The event kinds and their enumerations are the engine's (loopscope/trace.hpp): one vocabulary
// for the engine, the trace file and the app.
using Kind = loopscope::Ev;
using On = loopscope::On;
using DoneState = loopscope::DoneState;

// One event. Field use by kind (string ids index TraceDocument::strings, 0 is null; task ids
// are the trace's, 0 is null):
//   TaskNew  task, ref=parent, text=name, text2=coro   | Rename task, text=name
//   Step     task, text=exception type thrown in       | Line   task, line, sub=0 step / 1 suspend
//   Yield    task, sub=On, num=until (NaN: none), text=what, targets
//   Done     task, sub=DoneState, text=result or exception type, text2=msg
//   Cancel   task, ref=by, text2=msg, sub=1 if cancel() returned True
//   Print    task, text, line, ref=job (0: not in a thread)
//   Block    task, num=duration, line   | Thread ref=job, task, text=func, num=start, num2=duration
//   Timer    ref=timer, sub=0 armed / 1 fired / 2 cancelled, num=deadline, text=what
//   Idle     num=until | Error task, sub=kind, text2=msg | Stall text2=msg
//   End      sub=status, text=exception type, text2=msg
//   Iter     ref=iteration, num=ready (the snapshot's size)
//   Sched    ref=handle, task (its step/wakeup, 0: none), text=what, targets=done (task id,
//            0: none), line=timer (0: none)      | Run ref=handle, sub=1 if cancelled
struct Event {
    double t = 0;
    double num = 0;
    double num2 = 0;
    Kind kind = Kind::End;
    std::uint8_t sub = 0;
    std::uint16_t targetCount = 0;
    std::uint32_t task = 0;
    std::uint32_t ref = 0;
    std::int32_t line = 0; // 0: none
    std::uint32_t text = 0;
    std::uint32_t text2 = 0;
    std::uint32_t targets = 0; // offset into TraceDocument::targets
};

enum class Status : std::uint8_t {
    Ok,
    Exception,
    Horizon,
    Stall,
    Limit,
    SyntaxError,
    ImportError,
    Exit,
    NoLoop,
};

struct TaskInfo {
    QString name; // final name
    QString coro;
    std::uint32_t parent = 0;
};

class TraceDocument {
public:
    // Reads a trace file. On failure returns null and sets *error to one sentence that names
    // what is wrong and where ("line 12: event 7 has no field 't'").
    static std::unique_ptr<TraceDocument> fromJson(const QByteArray &json, QString *error);
    // The same through QJsonDocument only (fromJson takes a fast path for the canonical layout).
    static std::unique_ptr<TraceDocument> fromJsonDocument(const QByteArray &json, QString *error);

    QString producer;
    QString programId;
    QString fileName;
    QString source;
    QVariantMap params;
    quint64 seed = 0;
    double horizon = 60;
    quint64 stepLimit = 0;
    Status status = Status::Ok;
    QString statusMessage; // the end event's msg (traceback, syntax error…)
    QString statusException;

    std::vector<TaskInfo> tasks; // indexed by task id; [0] unused
    std::vector<Event> events;
    std::vector<std::uint32_t> targets;
    std::vector<std::uint32_t> stepEvents; // index of each `step` event, in order
    bool hasLoopEvents = false;            // the trace records iter/sched/run
    QStringList strings;                   // [0] is the null string

    const QString &string(std::uint32_t id) const { return strings.at(static_cast<qsizetype>(id)); }
    // "Task-3 · worker" — how the app names a task everywhere.
    QString taskLabel(std::uint32_t task) const;
    std::size_t stepCount() const;

private:
    std::uint32_t intern(const QString &s);
    QHash<QString, std::uint32_t> m_ids;
    friend class TraceReader;
};

QString statusName(Status status);

} // namespace loopscope::trace
