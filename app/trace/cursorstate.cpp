#include "cursorstate.h"

namespace loopscope::trace {

std::size_t stepEnd(const TraceDocument &trace, std::size_t cursor) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        if (trace.events[i].kind == Kind::Step && seen++ == cursor)
            return i;
    }
    return trace.events.size();
}

CursorState stateAt(const TraceDocument &trace, std::size_t end) {
    CursorState s;
    s.tasks.resize(trace.tasks.size());
    end = std::min(end, trace.events.size());
    for (std::size_t i = 0; i < end; ++i) {
        const Event &e = trace.events[i];
        TaskAt *task = e.task < s.tasks.size() ? &s.tasks[e.task] : nullptr;
        switch (e.kind) {
        case Kind::TaskNew:
            task->state = TaskState::Ready;
            break;
        case Kind::Step:
            if (s.running && s.tasks[s.running].state == TaskState::Running)
                s.tasks[s.running].state = TaskState::Ready;
            task->state = TaskState::Running;
            task->on = 0;
            s.running = e.task;
            s.t = e.t;
            break;
        case Kind::Line:
            if (e.line > 0)
                task->line = e.line;
            break;
        case Kind::Yield: {
            const auto on = static_cast<On>(e.sub);
            task->state = on == On::Sleep    ? TaskState::Sleeping
                          : on == On::Sleep0 ? TaskState::Ready
                                             : TaskState::Awaiting;
            task->on = static_cast<std::uint32_t>(i + 1);
            break;
        }
        case Kind::Done:
            task->state = static_cast<DoneState>(e.sub) == DoneState::Result ? TaskState::Done
                          : static_cast<DoneState>(e.sub) == DoneState::Exception
                              ? TaskState::Failed
                              : TaskState::Cancelled;
            task->on = 0;
            break;
        case Kind::Print:
            s.console.push_back(ConsoleLine{e.t, e.task, e.line, trace.string(e.text)});
            break;
        default:
            break;
        }
    }
    return s;
}

} // namespace loopscope::trace
