#include "cursorstate.h"

#include <algorithm>

namespace loopscope::trace {

namespace {

constexpr std::size_t kAfterStepKept = 32; // callbacks listed after a step, at most

void pruneJobs(CursorState &s) {
    std::erase_if(s.jobs, [&](const JobAt &j) { return j.end <= s.clock; });
}

void fillConsole(CursorState &s, const TraceDocument &trace,
                 const std::vector<std::uint32_t> &prints) {
    s.console.clear();
    s.console.reserve(s.consoleCount);
    for (std::size_t k = 0; k < s.consoleCount && k < prints.size(); ++k) {
        const Event &e = trace.events[prints[k]];
        s.console.push_back(ConsoleLine{e.t, e.task, e.line, trace.string(e.text)});
    }
}

} // namespace

void applyEvent(CursorState &s, const TraceDocument &trace, std::size_t i) {
    const Event &e = trace.events[i];
    s.clock = e.t;
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
        s.inStep = true;
        s.stepIteration = s.iteration;
        s.beforeStep.clear();
        s.current = LoopHandle{};
        if (!s.afterStep.empty()) {
            s.current = s.afterStep.back(); // the run that began this step
            s.afterStep.pop_back();
            s.beforeStep.swap(s.afterStep);
        }
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
        s.inStep = false;
        break;
    }
    case Kind::Done:
        task->state = static_cast<DoneState>(e.sub) == DoneState::Result ? TaskState::Done
                      : static_cast<DoneState>(e.sub) == DoneState::Exception
                          ? TaskState::Failed
                          : TaskState::Cancelled;
        task->on = 0;
        s.inStep = false;
        break;
    case Kind::Print:
        ++s.consoleCount;
        break;
    case Kind::Timer: {
        if (e.sub == 0) { // armed
            TimerAt t{e.ref, e.num, e.text, s.inStep ? s.running : 0};
            auto at = std::upper_bound(s.timers.begin(), s.timers.end(), t,
                                       [](const TimerAt &x, const TimerAt &y) {
                                           return x.deadline < y.deadline ||
                                                  (x.deadline == y.deadline && x.timer < y.timer);
                                       });
            s.timers.insert(at, t);
        } else { // fired or cancelled: off the heap
            auto it = std::find_if(s.timers.begin(), s.timers.end(),
                                   [&](const TimerAt &x) { return x.timer == e.ref; });
            if (it != s.timers.end())
                s.timers.erase(it);
        }
        break;
    }
    case Kind::Thread:
        s.jobs.push_back(JobAt{e.ref, e.task, e.text, e.num, e.num + e.num2});
        break;
    case Kind::Iter:
        s.iteration = e.ref;
        s.snapshotLeft = static_cast<std::uint32_t>(e.num);
        break;
    case Kind::Sched:
        s.ready.push_back(
            LoopHandle{e.ref, e.text, e.task, e.targets, static_cast<std::uint32_t>(e.line)});
        break;
    case Kind::Run: {
        LoopHandle h;
        if (!s.ready.empty() && s.ready.front().handle == e.ref) {
            h = s.ready.front();
            s.ready.pop_front();
        } else { // not the oldest (a trace not written by pytrace or the engine): find it
            auto it = std::find_if(s.ready.begin(), s.ready.end(),
                                   [&](const LoopHandle &x) { return x.handle == e.ref; });
            if (it != s.ready.end()) {
                h = *it;
                s.ready.erase(it);
            } else {
                h.handle = e.ref;
            }
        }
        h.cancelled = e.sub != 0;
        if (s.snapshotLeft > 0)
            --s.snapshotLeft;
        if (s.afterStep.size() >= kAfterStepKept)
            s.afterStep.erase(s.afterStep.begin());
        s.afterStep.push_back(h);
        break;
    }
    default:
        break;
    }
}

StateIndex::StateIndex(const TraceDocument &trace, std::size_t interval)
    : m_trace(&trace)
    , m_interval(interval ? interval : std::max<std::size_t>(1024, trace.events.size() / 256 + 1)) {
    CursorState s;
    s.tasks.resize(trace.tasks.size());
    m_checkpoints.reserve(trace.events.size() / m_interval + 1);
    m_stepIteration.reserve(trace.stepEvents.size() + 1);
    m_stepIteration.push_back(0); // cursor 0
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        if (i % m_interval == 0) {
            pruneJobs(s);
            m_checkpoints.push_back(s);
        }
        const Event &e = trace.events[i];
        if (e.kind == Kind::Print)
            m_prints.push_back(static_cast<std::uint32_t>(i));
        applyEvent(s, trace, i);
        if (e.kind == Kind::Step)
            m_stepIteration.push_back(s.iteration);
    }
    if (m_checkpoints.empty())
        m_checkpoints.push_back(s);
}

std::size_t StateIndex::loopEndForCursor(std::size_t cursor) const {
    if (cursor == 0 || cursor > stepCount())
        return endForCursor(cursor);
    const auto &events = m_trace->events;
    const std::size_t i = m_trace->stepEvents[cursor - 1];
    for (std::size_t j = i + 1; j < events.size(); ++j) {
        const Event &e = events[j];
        if ((e.kind == Kind::Yield || e.kind == Kind::Done) && e.task == events[i].task)
            return j + 1;
        if (e.kind == Kind::Step)
            return j;
    }
    return events.size();
}

CursorState StateIndex::at(std::size_t end, bool console) const {
    end = std::min(end, m_trace->events.size());
    const std::size_t k = std::min(end / m_interval, m_checkpoints.size() - 1);
    CursorState s = m_checkpoints[k];
    for (std::size_t i = k * m_interval; i < end; ++i)
        applyEvent(s, *m_trace, i);
    pruneJobs(s);
    if (console)
        fillConsole(s, *m_trace, m_prints);
    return s;
}

std::size_t StateIndex::endForCursor(std::size_t cursor) const {
    std::size_t end = stepEnd(*m_trace, cursor);
    if (end > 0 && end < m_trace->events.size() && m_trace->events[end - 1].kind == Kind::Run)
        --end;
    return end;
}

std::uint32_t StateIndex::iterationOfCursor(std::size_t cursor) const {
    return cursor < m_stepIteration.size() ? m_stepIteration[cursor] : 0;
}

std::size_t StateIndex::iterationStep(std::size_t cursor, int direction) const {
    const std::size_t n = stepCount();
    cursor = std::min(cursor, n);
    if (!m_trace->hasLoopEvents) // no iterations recorded: one step at a time
        return direction > 0 ? std::min(cursor + 1, n) : (cursor > 0 ? cursor - 1 : 0);
    if (direction > 0) {
        const std::uint32_t it = iterationOfCursor(cursor);
        for (std::size_t k = cursor + 1; k <= n; ++k)
            if (m_stepIteration[k] > it)
                return k;
        return n;
    }
    if (cursor == 0)
        return 0;
    auto firstOf = [&](std::size_t k) {
        while (k > 1 && m_stepIteration[k - 1] == m_stepIteration[k])
            --k;
        return k;
    };
    const std::size_t first = firstOf(cursor);
    if (first < cursor)
        return first;
    return first <= 1 ? 0 : firstOf(first - 1);
}

std::size_t stepEnd(const TraceDocument &trace, std::size_t cursor) {
    return cursor < trace.stepEvents.size() ? trace.stepEvents[cursor] : trace.events.size();
}

CursorState stateAt(const TraceDocument &trace, std::size_t end) {
    CursorState s;
    s.tasks.resize(trace.tasks.size());
    std::vector<std::uint32_t> prints;
    end = std::min(end, trace.events.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (trace.events[i].kind == Kind::Print)
            prints.push_back(static_cast<std::uint32_t>(i));
        applyEvent(s, trace, i);
    }
    pruneJobs(s);
    fillConsole(s, trace, prints);
    return s;
}

} // namespace loopscope::trace
