// The trace: what the engine records while a program runs (docs/trace-format.md).
//
// Events are fixed-size 24-byte records (static_assert below) appended to one buffer; strings
// are interned once and referred to by id; the few fields that do not fit in a record (a
// deadline, a list of target tasks) live in a side array of 32-bit words (`aux`). The engine
// records only through the hooks of `Recorder` (task created, step begun, step ended, timer
// armed/fired, future done, cancel requested, print, line), so recording is one append.
// The JSON file is produced afterwards by `writeJson`, byte for byte the same for the same run.
#pragma once

#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopscope {

enum class Ev : std::uint8_t {
    TaskNew,
    Rename,
    Step,
    Line,
    Yield,
    Done,
    Cancel,
    Print,
    Block,
    Thread,
    Timer,
    Idle,
    Error,
    Horizon,
    Stall,
    Limit,
    End,
    // The loop's internals (docs/trace-format.md, "The loop's internals").
    Iter,
    Sched,
    Run,
};

/// `yield`'s `on` (docs/trace-format.md, "What a task waits on").
enum class On : std::uint8_t {
    Sleep,
    Sleep0,
    Task,
    Gather,
    Shield,
    Wait,
    WaitFor,
    AsCompleted,
    TaskGroup,
    Executor,
    Future,
    /// A generator driven by hand stopped at a `yield` (loopscope/generator.hpp).
    Generator,
};
enum class DoneState : std::uint8_t { Result, Exception, Cancelled };
enum class LineAt : std::uint8_t { Step, Suspend };
enum class TimerAction : std::uint8_t { Armed, Fired, Cancelled };
enum class ErrorKind : std::uint8_t {
    ExceptionNeverRetrieved,
    NeverAwaited,
    Shutdown,
    DestroyedPending,
    Callback,
    Other,
};
enum class Status : std::uint8_t {
    Ok,
    Exception,
    Horizon,
    Stall,
    Limit,
    /// A program with no event loop (generator.hpp's runModule): nothing ran; an exception
    /// escaped its module-level code.
    NoLoop,
    ImportError,
};

const char *onName(On on);
const char *statusName(Status s);

/// One trace event. Field use per kind (string ids: 0 is null):
///   TaskNew a=task (name, coro, parent from the task table's creation row)
///   Rename a=task b=name  | Step a=task b=exc type | Line a=task b=line(0=null) sub=LineAt
///   Yield a=task sub=On b=what c=aux(until?, targets) | Done a=task sub=DoneState b=result/exc
///   c=msg | Cancel a=task b=by task(0=null) c=msg sub=ok | Print a=task b=text c=line
///   Block a=task b=line c=aux(duration) | Thread a=job b=task c=aux(func, start, duration)
///   Timer a=timer sub=action b=what c=aux(deadline) | Idle c=aux(until)
///   Error a=task sub=ErrorKind b=msg | Stall b=msg | End sub=Status b=exc c=msg
///   Iter a=iteration b=ready | Sched a=task b=what c=aux(done, timer) or 0 (the handle number
///   is the count of Sched events so far, given when written) | Run a=handle sub=cancelled
struct Record {
    double t;
    Ev kind;
    std::uint8_t sub;
    std::uint16_t spare;
    std::uint32_t a;
    std::uint32_t b;
    std::uint32_t c;
};
static_assert(sizeof(Record) <= 24, "a trace event must fit in 24 bytes");

/// One row of the task table: the task's final name, its creation number, coroutine, parent.
struct TaskRow {
    std::uint32_t name; // string id once renamed; 0 = still "Task-<number>"
    std::uint32_t coro;
    std::uint32_t parent;    // task id, 0 = null
    std::uint32_t number;    // the N of the creation name "Task-N"
    std::uint32_t firstName; // string id of a name given at creation, else 0
};

/// Interned strings: id 0 is null; equal strings get equal ids.
class StringTable {
public:
    StringTable();
    std::uint32_t intern(std::string_view s);
    std::string_view get(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

private:
    std::deque<std::string> m_strings;
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
};

/// Header fields of a trace file (docs/trace-format.md, "Header").
struct ProgramInfo {
    std::string id = "program";
    std::string file = "program.py";
    std::string source;
    /// Parameter name → JSON literal already formatted (e.g. "1.0", "\"x\"", "true").
    std::vector<std::pair<std::string, std::string>> params;
};

class Recorder {
public:
    Recorder();

    bool enabled = true;
    /// Emit `line` events (off for programs that never mark listing lines, e.g. benchmarks).
    bool lines = true;
    /// Emit the loop's internals: `iter`, `sched`, `run` (off in the engine benchmark).
    bool loopEvents = true;
    /// Streaming mode: when set, every `chunkEvents` events the buffer (events and aux words)
    /// is handed to the sink and cleared, so memory stays bounded. writeJson is then unusable.
    std::function<void(const std::vector<Record> &, const std::vector<std::uint32_t> &)> sink;
    std::size_t chunkEvents = 1 << 16;

    // --- hooks -------------------------------------------------------------------------------
    /// A task created as "Task-<number>" (its name is only formatted when the file is written).
    void taskNew(double t, std::uint32_t task, std::uint64_t number, std::uint32_t coro,
                 std::uint32_t parent);
    void rename(double t, std::uint32_t task, std::string_view name);
    /// A task named at creation (loop.create_task(name=...)): its task_new shows this name.
    void setCreationName(std::uint32_t task, std::string_view name);
    void step(double t, std::uint32_t task, const char *excType) {
        push(t, Ev::Step, 0, task, excType ? strings.intern(excType) : 0, 0);
    }
    void line(double t, std::uint32_t task, int line, LineAt at) {
        push(t, Ev::Line, static_cast<std::uint8_t>(at), task,
             static_cast<std::uint32_t>(line > 0 ? line : 0), 0);
    }
    /// `targets` are task ids (or a job id for On::Executor); until < 0 means null.
    void yieldOn(double t, std::uint32_t task, On on, const std::uint32_t *targets, std::size_t n,
                 bool hasTargets, double until, const char *what) {
        if (!hasTargets && until < 0) // sleep(0), a plain future: no aux fields
            push(t, Ev::Yield, static_cast<std::uint8_t>(on), task, what ? internLabel(what) : 0,
                 0);
        else
            yieldOnAux(t, task, on, targets, n, hasTargets, until, what);
    }
    /// intern() for a label given as a C string with static storage (a literal: "sleep",
    /// "Lock.acquire", a future's `what`): a small cache keyed by its address saves hashing it
    /// on every event. The text at a label's address must never change.
    std::uint32_t internLabel(const char *s) {
        LabelSlot &slot = m_labels[(reinterpret_cast<std::uintptr_t>(s) >> 3) & 15];
        if (slot.ptr == s)
            return slot.id;
        slot = LabelSlot{s, strings.intern(s)};
        return slot.id;
    }
    void done(double t, std::uint32_t task, DoneState state, std::uint32_t resultOrExc,
              std::uint32_t msg) {
        push(t, Ev::Done, static_cast<std::uint8_t>(state), task, resultOrExc, msg);
    }
    void cancel(double t, std::uint32_t task, std::uint32_t by, std::uint32_t msg, bool ok) {
        push(t, Ev::Cancel, ok ? 1 : 0, task, by, msg);
    }
    void print(double t, std::uint32_t task, std::string_view text, int line) {
        push(t, Ev::Print, 0, task, strings.intern(text), static_cast<std::uint32_t>(line));
    }
    void block(double t, std::uint32_t task, double duration, int line);
    void thread(double t, std::uint32_t job, std::uint32_t task, std::string_view func,
                double start, double duration);
    void timer(double t, std::uint32_t timer, TimerAction action, const char *what,
               double deadline);
    void idle(double t, double until);
    void error(double t, ErrorKind kind, std::uint32_t task, std::string_view msg) {
        push(t, Ev::Error, static_cast<std::uint8_t>(kind), task, strings.intern(msg), 0);
    }
    /// _run_once took its snapshot: iteration `n` runs the `ready` handles queued now.
    void iter(double t, std::uint32_t n, std::uint32_t ready) { push(t, Ev::Iter, 0, n, ready, 0); }
    /// A handle joins the ready queue (numbered by the order of `sched` events): `what` is a
    /// string id ("step", "wakeup", a callback's name, 0 = null), `task` the task it steps,
    /// `done` the task whose completion it reports, `timer` the timer it came from (0 = null).
    void sched(double t, std::uint32_t task, std::uint32_t what, std::uint32_t done,
               std::uint32_t timer);
    /// The loop pops handle `handle`; a cancelled one is dropped without running.
    void run(double t, std::uint32_t handle, bool cancelled) {
        push(t, Ev::Run, cancelled ? 1 : 0, handle, 0, 0);
    }
    void horizon(double t) { push(t, Ev::Horizon, 0, 0, 0, 0); }
    void stall(double t, std::string_view msg) { push(t, Ev::Stall, 0, 0, strings.intern(msg), 0); }
    void limit(double t) { push(t, Ev::Limit, 0, 0, 0, 0); }
    /// A line printed by executor job `job` at its own time `t` (start + its sleeps so far):
    /// written just before the first event at a time >= t (docs/trace-format.md, threads).
    void threadPrint(double t, std::uint32_t job, std::string_view text, int line);
    void end(double t, Status s, std::uint32_t exc, std::uint32_t msg) {
        m_status = s;
        if (enabled && !m_pendingThread.empty())
            flushThreadPrints(t);
        m_pendingThread.clear();
        push(t, Ev::End, static_cast<std::uint8_t>(s), 0, exc, msg);
        flushSink();
    }

    // --- reading ----------------------------------------------------------------------------
    const std::vector<Record> &events() const { return m_events; }
    const std::vector<std::uint32_t> &aux() const { return m_aux; }
    const std::vector<TaskRow> &tasks() const { return m_tasks; }
    std::size_t eventCount() const { return m_total; }
    Status status() const { return m_status; }
    double auxDouble(std::uint32_t at) const;
    /// The current name of task `id` ("Task-N" unless renamed).
    std::string taskName(std::uint32_t id) const;

    StringTable strings;
    /// The id of "None" (the most common result repr), interned once.
    std::uint32_t noneId() {
        if (!m_noneId)
            m_noneId = strings.intern("None");
        return m_noneId;
    }

    /// Writes the trace file of docs/trace-format.md.
    void writeJson(std::ostream &out, const ProgramInfo &program, double horizon,
                   std::uint64_t stepLimit, std::uint64_t seed, const std::string &producer) const;
    /// One event as its JSON line (without seq and trailing comma); for tests and debugging.
    std::string eventJson(std::size_t index) const;

private:
    void push(double t, Ev kind, std::uint8_t sub, std::uint32_t a, std::uint32_t b,
              std::uint32_t c, std::uint16_t spare = 0, bool flushThreads = true) {
        if (!enabled)
            return;
        // The common case inline: no thread prints waiting, room in the buffer, no chunk full.
        if (m_pendingThread.empty() && m_events.size() < m_fastUntil) [[likely]] {
            m_events.push_back(Record{t, kind, sub, spare, a, b, c});
            ++m_total;
            return;
        }
        pushSlow(Record{t, kind, sub, spare, a, b, c}, flushThreads);
    }
    void pushSlow(const Record &r, bool flushThreads);
    /// push() stays on its inline path while the buffer holds fewer events than this (the
    /// buffer's capacity, or one less than a chunk when a sink takes the events).
    std::size_t m_fastUntil = 0;
    std::uint32_t pushAuxDouble(double d);
    void flushThreadPrints(double upto);
    /// Lines printed by executor jobs, waiting for the loop's clock to reach their time.
    struct PendingPrint {
        double t;
        std::uint32_t job, seq, text, line;
    };
    std::vector<PendingPrint> m_pendingThread;
    void flushSink();
    void writeEventFields(std::string &out, const Record &e, std::uint32_t handle) const;

    std::vector<Record> m_events;
    std::vector<std::uint32_t> m_aux;
    std::vector<TaskRow> m_tasks;
    std::size_t m_total = 0;
    std::uint32_t m_noneId = 0;
    struct LabelSlot {
        const char *ptr = nullptr;
        std::uint32_t id = 0;
    };
    LabelSlot m_labels[16];
    void yieldOnAux(double t, std::uint32_t task, On on, const std::uint32_t *targets,
                    std::size_t n, bool hasTargets, double until, const char *what);
    Status m_status = Status::Ok;
};

} // namespace loopscope
