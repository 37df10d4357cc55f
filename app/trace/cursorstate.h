// The state of a run at a cursor position, reconstructed from the trace (never re-derived from
// scheduling rules): each task's state and listing line, and the console so far.
#pragma once

#include "tracedocument.h"

namespace loopscope::trace {

enum class TaskState : std::uint8_t {
    NotCreated,
    Ready,    // created or woken, waiting for its turn in the ready queue
    Running,  // the step at the cursor is this task's
    Sleeping, // on asyncio.sleep
    Awaiting, // on another task, a gather, a lock…
    Done,
    Failed,
    Cancelled,
};

struct TaskAt {
    TaskState state = TaskState::NotCreated;
    int line = 0;         // the listing line it is on (0: none)
    std::uint32_t on = 0; // the yield event it waits on (index into events + 1), 0: none
};

struct ConsoleLine {
    double t;
    std::uint32_t task;
    int line;
    QString text;
};

struct CursorState {
    std::vector<TaskAt> tasks; // by task id; [0] unused
    std::uint32_t running = 0; // the task of the step at the cursor (0 at the start)
    double t = 0;              // the virtual time of the step at the cursor
    std::vector<ConsoleLine> console;
};

// Events [0, end) of the trace applied in order. `stepEnd(trace, k)` gives the end for cursor k:
// k = 0 is before the first step, k ≥ 1 is while step k runs and until the next one begins.
CursorState stateAt(const TraceDocument &trace, std::size_t end);
std::size_t stepEnd(const TraceDocument &trace, std::size_t cursor);

} // namespace loopscope::trace
