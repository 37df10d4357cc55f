#include "programoutcome.h"

#include "trace/cursorstate.h"
#include "trace/tracedocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace loopscope::python {

using trace::Kind;
using trace::On;
using trace::Status;
using trace::TraceDocument;

namespace {

struct OutcomeText {
    Q_DECLARE_TR_FUNCTIONS(ProgramOutcome)
};

QString seconds(double t) {
    return QString::number(t, 'g', 6);
}

QString count(quint64 n) {
    return QLocale().toString(n);
}

QString codeAt(const QString &source, int line) {
    const QStringList lines = source.split(QLatin1Char('\n'));
    return line > 0 && line <= lines.size() ? lines.at(line - 1).trimmed() : QString();
}

// " at line 9 `data = await reader.read(100)`"
QString atLine(const QString &source, int line) {
    if (line <= 0)
        return QString();
    const QString code = codeAt(source, line);
    return code.isEmpty() ? OutcomeText::tr(" at line %1").arg(line)
                          : OutcomeText::tr(" at line %1 `%2`").arg(line).arg(code);
}

// The last `File "<listing>", line N` of a traceback or a syntax error's message.
int listingLine(const TraceDocument &trace, const QString &text) {
    const QRegularExpression frame(QStringLiteral("File \"([^\"]*)\", line (\\d+)"));
    int line = 0;
    for (auto it = frame.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString file = m.captured(1);
        if (file == trace.fileName || file.endsWith(QLatin1Char('/') + trace.fileName))
            line = m.captured(2).toInt();
    }
    return line;
}

// Why nothing can ever wake the task: what it waits for, in words.
QString waitingFor(const TraceDocument &trace, const trace::Event &yield) {
    const QString what = trace.string(yield.text);
    switch (static_cast<On>(yield.sub)) {
    case On::Future:
        if (what.isEmpty())
            return OutcomeText::tr("for real I/O (a socket, a pipe or a subprocess) or a future "
                                   "nobody completes, and real I/O never completes on Loopscope's "
                                   "virtual clock");
        if (what == QLatin1String("Event.wait"))
            return OutcomeText::tr("in Event.wait for an event no task is left to set");
        if (what == QLatin1String("Lock.acquire"))
            return OutcomeText::tr("in Lock.acquire for a lock no task will release");
        if (what.startsWith(QLatin1String("Queue.get")))
            return OutcomeText::tr("in Queue.get for an item no task will put");
        if (what.startsWith(QLatin1String("Queue.put")))
            return OutcomeText::tr("in Queue.put for room no task will make");
        if (what.startsWith(QLatin1String("Queue.join")))
            return OutcomeText::tr("in Queue.join for task_done calls no task will make");
        return OutcomeText::tr("in %1, which no task is left to complete").arg(what);
    case On::Task:
    case On::Gather:
    case On::Wait:
    case On::TaskGroup:
        return OutcomeText::tr("for tasks that are stuck themselves");
    default:
        return OutcomeText::tr("for something no task or timer will complete");
    }
}

QString stallSentence(const TraceDocument &trace, int *line) {
    const trace::CursorState end = trace::stateAt(trace, trace.events.size());
    // The task to name: the innermost waiter (on a future), else the first one waiting.
    std::uint32_t chosen = 0;
    int waiting = 0;
    for (std::uint32_t id = 1; id < end.tasks.size(); ++id) {
        const auto &t = end.tasks[id];
        if (t.state != trace::TaskState::Awaiting || t.on == 0)
            continue;
        ++waiting;
        const auto &yield = trace.events[t.on - 1];
        const auto &best = end.tasks[chosen];
        if (!chosen || (static_cast<On>(yield.sub) == On::Future &&
                        static_cast<On>(trace.events[best.on - 1].sub) != On::Future))
            chosen = id;
    }
    double t = 0;
    for (const auto &e : trace.events) {
        if (e.kind == Kind::Stall)
            t = e.t;
    }
    if (!chosen) {
        return OutcomeText::tr("The loop stalled at t = %1 s: nothing is ready, no timer is armed "
                               "and no thread is working, so a real run would wait forever.")
            .arg(seconds(t));
    }
    const auto &task = end.tasks[chosen];
    *line = task.line;
    const QString others = waiting > 1 ? OutcomeText::tr(" (and %n other task(s) wait behind it)",
                                                         nullptr, waiting - 1)
                                       : QString();
    return OutcomeText::tr("The loop stalled at t = %1 s: %2 waits%3 %4%5; nothing else is ready "
                           "and no timer is armed, so a real run would wait there forever.")
        .arg(seconds(t), trace.tasks[chosen].name, atLine(trace.source, task.line),
             waitingFor(trace, trace.events[task.on - 1]), others);
}

} // namespace

QVariantMap Outcome::toMap() const {
    return {{QStringLiteral("status"), status},       {QStringLiteral("headline"), headline},
            {QStringLiteral("detail"), detail},       {QStringLiteral("line"), line},
            {QStringLiteral("traceback"), traceback}, {QStringLiteral("error"), error}};
}

QString guessLanguage(const QString &source) {
    const QString text = source.trimmed();
    if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('[')))
        return OutcomeText::tr("JSON");
    if (text.startsWith(QLatin1String("#!")) &&
        !text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("python")))
        return OutcomeText::tr("a shell script");
    if (text.startsWith(QLatin1Char('<')))
        return OutcomeText::tr("HTML or XML");
    if (text.contains(QRegularExpression(QStringLiteral("^#include\\s*[<\"]"),
                                         QRegularExpression::MultilineOption)))
        return OutcomeText::tr("C or C++");
    if (text.contains(
            QRegularExpression(QStringLiteral("^\\s*(function\\s+\\w+\\s*\\(|const\\s+\\w+"
                                              "\\s*=|let\\s+\\w+\\s*=|console\\.log)"),
                               QRegularExpression::MultilineOption)))
        return OutcomeText::tr("JavaScript");
    return QString();
}

Outcome describeTrace(const TraceDocument &trace) {
    Outcome o;
    o.status = trace::statusName(trace.status);
    const double endT = trace.events.empty() ? 0 : trace.events.back().t;
    quint64 prints = 0, tasks = 0;
    for (const auto &e : trace.events) {
        prints += e.kind == Kind::Print;
        tasks += e.kind == Kind::TaskNew;
    }
    switch (trace.status) {
    case Status::Ok:
        break;
    case Status::Exception:
    case Status::ImportError: {
        o.error = true;
        o.traceback = trace.statusMessage;
        o.line = listingLine(trace, o.traceback);
        // The traceback's last line is "ValueError: message".
        const QString last = o.traceback.trimmed().section(QLatin1Char('\n'), -1);
        const QString what = last.isEmpty() ? trace.statusException : last;
        if (trace.status == Status::Exception) {
            o.headline =
                OutcomeText::tr("The program failed at t = %1 s: %2").arg(seconds(endT), what);
            o.detail = OutcomeText::tr("The timeline runs up to the exception; the traceback is at "
                                       "the end of the console.");
        } else {
            o.headline =
                OutcomeText::tr("The program failed before its event loop ran: %1").arg(what);
            o.detail = OutcomeText::tr("Its module-level code raised%1; the traceback is in the "
                                       "console.")
                           .arg(atLine(trace.source, o.line));
        }
        break;
    }
    case Status::SyntaxError: {
        o.error = true;
        const QString msg = trace.statusMessage;
        o.line = listingLine(trace, msg);
        const QString reason = msg.section(QStringLiteral(": "), 1);
        const QString language = guessLanguage(trace.source);
        if (!language.isEmpty()) {
            o.headline = OutcomeText::tr("This is not Python: it reads like %1").arg(language);
            o.detail = OutcomeText::tr("CPython cannot parse it (line %1: %2).")
                           .arg(o.line)
                           .arg(reason.isEmpty() ? msg : reason);
        } else {
            o.headline = OutcomeText::tr("Syntax error at line %1: %2")
                             .arg(o.line)
                             .arg(reason.isEmpty() ? msg : reason);
            o.detail = OutcomeText::tr("CPython could not compile the program, so nothing ran. Fix "
                                       "the line marked in the code panel.");
        }
        break;
    }
    case Status::Horizon:
        o.headline =
            OutcomeText::tr("Stopped at the horizon, t = %1 s").arg(seconds(trace.horizon));
        o.detail =
            OutcomeText::tr("The program was still running when virtual time reached the "
                            "horizon: it never ends on its own, or needs longer (the horizon "
                            "is in Python settings).");
        break;
    case Status::Stall:
        o.headline = OutcomeText::tr("The program can never go on (stall)");
        o.detail = stallSentence(trace, &o.line);
        break;
    case Status::Limit:
        o.headline = OutcomeText::tr("Stopped by the step limit after %1 steps, at t = %2 s")
                         .arg(count(trace.stepLimit), seconds(endT));
        o.detail = OutcomeText::tr("The program kept the loop busy without end (%1 lines printed, "
                                   "%2 tasks created). Raise the step limit in Python settings if "
                                   "it is meant to run that long.")
                       .arg(count(prints), count(tasks));
        break;
    case Status::Exit:
        o.headline = OutcomeText::tr("The program called sys.exit(%1) at t = %2 s")
                         .arg(trace.statusMessage, seconds(endT));
        o.detail = OutcomeText::tr("The timeline ends where it exited.");
        break;
    case Status::NoLoop:
        o.error = true;
        if (trace.source.contains(QRegularExpression(QStringLiteral("\\basync\\s+def\\b")))) {
            o.headline = OutcomeText::tr("The program never starts an event loop");
            o.detail = OutcomeText::tr("It defines coroutines (async def) but never runs them: "
                                       "call asyncio.run(main()) at the end to start the loop.");
        } else {
            o.headline = OutcomeText::tr("This is plain Python, not an asyncio program");
            o.detail = OutcomeText::tr("It ran to the end without starting an event loop (%n "
                                       "line(s) printed, in the console). Loopscope shows "
                                       "programs that run coroutines with asyncio.run().",
                                       nullptr, static_cast<int>(prints));
        }
        break;
    }
    return o;
}

Outcome describeFailure(const ProgramRun &run) {
    Outcome o;
    o.error = true;
    o.line = run.line;
    o.detail = run.message;
    switch (run.kind) {
    case ProgramRun::Kind::Traced:
        o.error = false;
        o.status = QStringLiteral("ok");
        break;
    case ProgramRun::Kind::NotAProgram:
        o.status = QStringLiteral("not_a_program");
        o.headline = OutcomeText::tr("Not a Python program");
        break;
    case ProgramRun::Kind::BadInterpreter:
        o.status = QStringLiteral("interpreter");
        o.headline = OutcomeText::tr("No suitable Python interpreter");
        break;
    case ProgramRun::Kind::Cancelled:
        o.status = QStringLiteral("cancelled");
        o.error = false;
        o.headline = OutcomeText::tr("Cancelled");
        break;
    case ProgramRun::Kind::WallClock:
        o.status = QStringLiteral("killed");
        o.headline = OutcomeText::tr("Stopped: it ran too long in real time");
        break;
    case ProgramRun::Kind::TooLarge:
        o.status = QStringLiteral("too_large");
        o.headline = OutcomeText::tr("The trace grew too large");
        break;
    case ProgramRun::Kind::Failed:
        o.status = QStringLiteral("failed");
        o.headline = OutcomeText::tr("The program could not be traced");
        break;
    }
    return o;
}

} // namespace loopscope::python
