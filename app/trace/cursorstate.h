// The state of a run at a cursor position, reconstructed from the trace (never re-derived from
// scheduling rules): each task's state and listing line, the console so far, and the loop's
// internals (docs/trace-format.md, "The loop's internals"): the ready queue in order, the handle
// being run, the timer heap by (deadline, arm order), the executor's jobs, the iteration.
//
// StateIndex replays the trace once and keeps a checkpoint every few thousand events, so that
// the state at any position is a copy plus a short replay, on a trace of a million events too.
#pragma once

#include "tracedocument.h"

#include <deque>

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

// A handle of the ready queue, as its `sched` event described it.
struct LoopHandle {
    std::uint32_t handle = 0; // 0: none
    std::uint32_t what = 0;   // string id: "step", "wakeup", a callback's name (0: null)
    std::uint32_t task = 0;   // the task its step or wakeup resumes
    std::uint32_t done = 0;   // the finished task a done-callback is called with
    std::uint32_t timer = 0;  // the timer it came from
    bool cancelled = false;   // (run) dropped without running
};

// An armed timer of the heap.
struct TimerAt {
    std::uint32_t timer;
    double deadline;
    std::uint32_t what;    // string id: "sleep", "wait_for"…
    std::uint32_t armedBy; // the task whose step armed it (0: the loop, a callback)
};

// An executor job submitted and not finished by the loop's clock.
struct JobAt {
    std::uint32_t job;
    std::uint32_t task;
    std::uint32_t func; // string id
    double start;
    double end;
};

struct CursorState {
    std::vector<TaskAt> tasks; // by task id; [0] unused
    std::uint32_t running = 0; // the task of the step at the cursor (0 at the start)
    double t = 0;              // the virtual time of the step at the cursor
    double clock = 0;          // the time of the last event applied
    std::vector<ConsoleLine> console;
    std::size_t consoleCount = 0; // print events applied

    // The loop's internals (empty for a trace that does not record them).
    std::deque<LoopHandle> ready;       // in queue order
    std::uint32_t snapshotLeft = 0;     // the first handles of `ready` the iteration still runs
    LoopHandle current;                 // the handle that ran the step at the cursor
    std::vector<LoopHandle> beforeStep; // handles run between the previous step and this one
    std::vector<LoopHandle> afterStep;  // handles run since that step (callbacks), oldest first
    std::uint32_t iteration = 0;        // the loop's latest iteration
    std::uint32_t stepIteration = 0;    // the iteration of the step at the cursor
    std::vector<TimerAt> timers;        // by (deadline, timer)
    std::vector<JobAt> jobs;            // by submission; those not ended by `clock`
    bool inStep = false;                // between a step and its yield/done
};

class StateIndex {
public:
    // Replays the trace once, keeping a checkpoint every `interval` events (0: chosen from the
    // trace's size). The trace must outlive the index.
    explicit StateIndex(const TraceDocument &trace, std::size_t interval = 0);

    // The state after events [0, end) (the console's lines only if `console`).
    CursorState at(std::size_t end, bool console = true) const;
    // Where the loop's state of cursor k is shown: right after step k has yielded or finished
    // (k = 0: before the first step runs), before the loop goes on.
    std::size_t loopEndForCursor(std::size_t cursor) const;
    // Where the state of cursor k ends: before the `run` that begins step k + 1 (k = 0: before
    // the first step), so that the next step's handle is still in the queue.
    std::size_t endForCursor(std::size_t cursor) const;
    std::size_t stepCount() const { return m_trace->stepEvents.size(); }
    // The iteration step k ran in (0 for k = 0 or a trace without the loop's internals).
    std::uint32_t iterationOfCursor(std::size_t cursor) const;
    // The cursor at the next (direction > 0) or previous (< 0) iteration boundary: the first
    // step of the next iteration that runs one; back: the first step of this iteration, or of
    // the one before when already there.
    std::size_t iterationStep(std::size_t cursor, int direction) const;
    std::size_t checkpointCount() const { return m_checkpoints.size(); }

private:
    const TraceDocument *m_trace;
    std::size_t m_interval;
    std::vector<CursorState> m_checkpoints; // [i]: the state after events [0, i * interval)
    std::vector<std::uint32_t> m_prints;    // index of each print event
    std::vector<std::uint32_t> m_stepIteration;
};

// Applies event i of the trace to s.
void applyEvent(CursorState &s, const TraceDocument &trace, std::size_t i);

// Events [0, end) of the trace applied in order (a replay from the start: StateIndex::at is the
// fast way). `stepEnd(trace, k)` gives the end for cursor k: k = 0 is before the first step,
// k ≥ 1 is while step k runs and until the next one begins.
CursorState stateAt(const TraceDocument &trace, std::size_t end);
std::size_t stepEnd(const TraceDocument &trace, std::size_t cursor);

} // namespace loopscope::trace
