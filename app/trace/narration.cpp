#include "narration.h"

#include <QCoreApplication>

#include <cmath>

namespace loopscope::trace {

namespace {

struct NarrationText {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

QString codeAt(const TraceDocument &trace, int line) {
    const QStringList lines = trace.source.split(QLatin1Char('\n'));
    if (line <= 0 || line > lines.size())
        return QString();
    return lines.at(line - 1).trimmed();
}

// "line 10 `await asyncio.sleep(delay)`"
QString where(const TraceDocument &trace, int line) {
    const QString code = codeAt(trace, line);
    if (line <= 0)
        return QString();
    return code.isEmpty() ? NarrationText::tr("line %1").arg(line)
                          : NarrationText::tr("line %1 `%2`").arg(line).arg(code);
}

QString seconds(double s) {
    return QString::number(s, 'g', 6);
}

QString howItEnds(const TraceDocument &trace, const Event &end) {
    if (end.kind == Kind::Done) {
        switch (static_cast<DoneState>(end.sub)) {
        case DoneState::Result:
            return trace.string(end.text) == QLatin1String("None")
                       ? NarrationText::tr("finishes")
                       : NarrationText::tr("finishes, returning %1").arg(trace.string(end.text));
        case DoneState::Exception:
            return trace.string(end.text2).isEmpty()
                       ? NarrationText::tr("fails with %1").arg(trace.string(end.text))
                       : NarrationText::tr("fails with %1: %2")
                             .arg(trace.string(end.text), trace.string(end.text2));
        case DoneState::Cancelled:
            return NarrationText::tr("ends cancelled");
        }
    }
    const auto target = [&](std::size_t k) {
        return trace.tasks[trace.targets[end.targets + k]].name;
    };
    switch (static_cast<On>(end.sub)) {
    case On::Sleep:
        return NarrationText::tr("goes to sleep until %1 s").arg(seconds(end.num));
    case On::Sleep0:
        return NarrationText::tr("yields to the loop with sleep(0)");
    case On::Task:
        return end.targetCount ? NarrationText::tr("waits for %1").arg(target(0))
                               : NarrationText::tr("waits for a task");
    case On::Gather:
        return NarrationText::tr("waits for a gather of %n task(s)", nullptr, end.targetCount);
    case On::Shield:
        return NarrationText::tr("waits behind a shield");
    case On::Wait:
        return NarrationText::tr("waits in asyncio.wait");
    case On::WaitFor:
        return std::isnan(end.num) ? NarrationText::tr("waits in wait_for")
                                   : NarrationText::tr("waits in wait_for, at most until %1 s")
                                         .arg(seconds(end.num));
    case On::AsCompleted:
        return NarrationText::tr("waits for the next result of as_completed");
    case On::TaskGroup:
        return NarrationText::tr("waits at the end of its TaskGroup");
    case On::Executor:
        return NarrationText::tr("waits for a job in a thread");
    case On::Future:
        return end.text ? NarrationText::tr("waits in %1").arg(trace.string(end.text))
                        : NarrationText::tr("waits for a future");
    case On::Generator:
        return NarrationText::tr("hands control back to the program's loop");
    }
    return QString();
}

// A program from before asyncio: its own loop resumes generators (yield on "generator").
// `task` 0: any lane.
bool drivesGenerators(const TraceDocument &trace, std::uint32_t task = 0) {
    for (const Event &e : trace.events) {
        if (e.kind == Kind::Yield && static_cast<On>(e.sub) == On::Generator &&
            (task == 0 || e.task == task))
            return true;
    }
    return false;
}

} // namespace

QString narrate(const TraceDocument &trace, std::size_t cursor) {
    if (cursor == 0) {
        if (drivesGenerators(trace)) {
            return NarrationText::tr("Nothing has run yet: no event loop here, the program's own "
                                     "loop is about to resume %1.")
                .arg(trace.tasks.size() > 1 ? trace.taskLabel(1)
                                            : NarrationText::tr("the program"));
        }
        return NarrationText::tr("Nothing has run yet: asyncio.run is about to start %1.")
            .arg(trace.tasks.size() > 1 ? trace.taskLabel(1) : NarrationText::tr("the program"));
    }
    // Step `cursor` (the trace's index of steps) and what follows it until its end.
    if (cursor > trace.stepEvents.size())
        return QString();
    const std::size_t at = trace.stepEvents[cursor - 1];
    const Event &step = trace.events[at];
    const QString task = trace.taskLabel(step.task);
    int resumeLine = 0, suspendLine = 0;
    const Event *end = nullptr;
    for (std::size_t i = at + 1; i < trace.events.size(); ++i) {
        const Event &e = trace.events[i];
        if (e.kind == Kind::Step)
            break;
        if (e.task != step.task)
            continue;
        if (e.kind == Kind::Line)
            (e.sub == 0 ? resumeLine : suspendLine) = e.line;
        if (e.kind == Kind::Yield || e.kind == Kind::Done) {
            end = &e;
            break;
        }
    }
    const QString ending = end ? howItEnds(trace, *end) : NarrationText::tr("runs");
    const QString from = where(trace, resumeLine);
    const QString stop = where(trace, suspendLine);
    if (step.text && drivesGenerators(trace, step.task)) {
        // throw() or close() (GeneratorExit) at the yield the generator was paused at.
        const QString thrown = trace.string(step.text);
        const bool closed = end && end->kind == Kind::Done &&
                            static_cast<DoneState>(end->sub) == DoneState::Cancelled;
        const QString then = closed ? NarrationText::tr("is closed") : ending;
        return from.isEmpty()
                   ? NarrationText::tr("%1: %2 is thrown into the generator; it %3.")
                         .arg(task, thrown, then)
                   : NarrationText::tr("%1: %2 is thrown into the generator at %3; it %4.")
                         .arg(task, thrown, from, then);
    }
    if (step.text) {
        // An exception thrown into the task at the await it was suspended on.
        const QString thrown = trace.string(step.text);
        return from.isEmpty()
                   ? NarrationText::tr("%1: %2 is thrown into it; it %3.").arg(task, thrown, ending)
                   : NarrationText::tr("%1: %2 is thrown into it at %3; it %4.")
                         .arg(task, thrown, from, ending);
    }
    if (end && end->kind == Kind::Yield && !stop.isEmpty())
        return NarrationText::tr("%1 runs and %2 at %3.").arg(task, ending, stop);
    if (!from.isEmpty())
        return NarrationText::tr("%1 runs from %2 and %3.").arg(task, from, ending);
    return NarrationText::tr("%1 runs and %2.").arg(task, ending);
}

} // namespace loopscope::trace
