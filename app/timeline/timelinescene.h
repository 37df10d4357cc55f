// What the timeline shows, laid out on one horizontal axis: lanes for the event loop, its
// executor threads and every task, the bars on them, print markers and the links between tasks.
// Built from a trace by TimelineSceneBuilder; drawn by TimelinePainter, on screen and in exports.
//
// Positions are in axis units (`x`), not pixels and not seconds: the axis decides how virtual
// time and execution order map to x (see TimelineAxis), and the painter maps x to pixels.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace loopscope::view {

// What a task is doing over a stretch of the axis.
enum class Activity : std::uint8_t {
    Ready,    // in the loop's ready queue: scheduled, waiting for its turn
    Running,  // its step is running: the loop runs this task's code
    Sleeping, // suspended on asyncio.sleep until a deadline
    Awaiting, // suspended on another task, a gather, a lock… (the bar's label says what)
    Blocking, // its step called time.sleep: the whole loop stands still
};

// What the event loop itself is doing.
enum class LoopActivity : std::uint8_t {
    RunStep, // running a task's step (in that task's colour)
    Idle,    // nothing ready: waiting in select() until the next timer
    Blocked, // a step called time.sleep: nothing else can run
};

// How a task ended (or that it had not, when the trace ends).
enum class Ending : std::uint8_t { Pending, Result, Exception, Cancelled };

struct Bar {
    double x0;
    double x1;
    Activity activity;
    QString label;         // "sleep until 2.0 s", "await Task-2", "Lock.acquire"; may be empty
    double deadlineX = -1; // Sleeping: where the deadline falls, when known
};

struct Lane {
    QString title;          // "Task-3"
    QString subtitle;       // "worker(2)" — the coroutine
    int depth = 0;          // nesting under the task that created it
    std::uint32_t task = 0; // the trace's task id
    int colorIndex = 0;
    double createdX = 0;
    double endX = -1; // where it finished; -1 while pending
    Ending ending = Ending::Pending;
    QString endLabel; // "→ 8", "ValueError", "cancelled"
    std::vector<Bar> bars;
};

struct LoopBar {
    double x0;
    double x1;
    LoopActivity activity;
    int lane = -1; // RunStep/Blocked: the task lane whose step it is
    QString label; // Idle: "select() until 2.0 s"; Blocked: "time.sleep(5)"
};

struct ThreadBar {
    double x0;
    double x1;
    int lane = -1; // the task lane that submitted the job
    QString label; // the callable's name
};

struct ThreadLane {
    QString title; // "thread 1"
    std::vector<ThreadBar> bars;
};

struct PrintMarker {
    int lane; // task lane, or -1 for output outside any task
    double x;
    QString text;
};

enum class LinkKind : std::uint8_t {
    Spawn,  // a task created another
    Wake,   // a finished task or future woke the task that awaited it
    Cancel, // task.cancel(): who cancelled whom
    Raise,  // an exception reached the awaiting task (gather, TaskGroup, wait_for)
};

struct Link {
    LinkKind kind;
    int fromLane; // -1: the event loop itself (a timer, asyncio.run's shutdown)
    int toLane;
    double x0;
    double x1;
};

// One tick of the time ruler.
struct Tick {
    double x;
    double seconds;
    bool major = true;
};

// A stretch of idle time drawn shorter than its length: the axis is broken there.
struct AxisBreak {
    double x0;
    double x1;
    double seconds; // how long the stretch really is
};

struct TimelineScene {
    std::vector<Lane> lanes;
    std::vector<LoopBar> loop;
    std::vector<ThreadLane> threads;
    std::vector<PrintMarker> prints;
    std::vector<Link> links;
    std::vector<Tick> ticks;
    std::vector<AxisBreak> breaks;
    std::vector<double> stepX; // x where each task step begins, in order (the cursor's stops)
    double width = 1;          // the axis spans [0, width]
    QString title;
    // The loop lane's label when it is not asyncio's event loop (a program driving generators
    // by hand); empty: "event loop".
    QString loopTitle, loopSubtitle;
};

} // namespace loopscope::view
