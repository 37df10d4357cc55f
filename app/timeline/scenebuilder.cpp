#include "scenebuilder.h"

#include "trace/tracedocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace loopscope::view {

using trace::DoneState;
using trace::Event;
using trace::Kind;
using trace::On;
using trace::TraceDocument;

namespace {

// The translation context of this file's user-visible strings.
struct TimelineText {
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};

QString seconds(double s) {
    return TimelineText::tr("%1 s").arg(QString::number(s, 'g', 6));
}

// The axis: where each event sits. A step takes one unit; idle time between instants takes
// gapUnits(Δt) in Instants mode.
struct Axis {
    std::vector<double> eventX; // x of every event
    struct Instant {
        double t;
        double x0;
        double x1;
    };
    std::vector<Instant> instants;
    std::vector<AxisBreak> breaks;
    double width = 1;

    static constexpr double unitsPerSecond = 4;
    static constexpr double minGap = 1.5;
    static constexpr double maxGap = 16;

    // x of a virtual time anywhere on the run (deadlines, thread jobs).
    double xAt(double t) const {
        if (instants.empty())
            return 0;
        auto it = std::lower_bound(instants.begin(), instants.end(), t,
                                   [](const Instant &i, double v) { return i.t < v; });
        if (it != instants.end() && it->t == t)
            return it->x0;
        if (it == instants.begin())
            return instants.front().x0;
        const Instant &a = *(it - 1);
        if (it == instants.end())
            return a.x1 + gapUnits(t - a.t);
        const Instant &b = *it;
        return a.x1 + (b.x0 - a.x1) * (t - a.t) / (b.t - a.t);
    }
    static double gapUnits(double dt) { return std::clamp(dt * unitsPerSecond, minGap, maxGap); }
};

Axis layoutAxis(const TraceDocument &trace, AxisMode mode) {
    Axis axis;
    axis.eventX.resize(trace.events.size());
    double x = 0;      // where the next step column starts
    double stepX = -1; // the current step's column
    double lastT = trace.events.empty() ? 0 : trace.events.front().t;
    bool inStep = false;
    std::vector<std::size_t> printsInStep;
    auto spreadPrints = [&] {
        const auto n = static_cast<double>(printsInStep.size());
        for (std::size_t k = 0; k < printsInStep.size(); ++k)
            axis.eventX[printsInStep[k]] = stepX + (static_cast<double>(k) + 0.5) / n * 0.9;
        printsInStep.clear();
    };
    auto openInstant = [&](double t) {
        if (axis.instants.empty() || axis.instants.back().t != t)
            axis.instants.push_back({t, x, x});
    };
    openInstant(lastT);
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const Event &e = trace.events[i];
        if (e.t != lastT) {
            const double dt = e.t - lastT;
            if (mode == AxisMode::Proportional) {
                x = e.t * Axis::unitsPerSecond;
            } else if (mode == AxisMode::Instants) {
                const double gap = Axis::gapUnits(dt);
                if (dt * Axis::unitsPerSecond > Axis::maxGap)
                    axis.breaks.push_back({x, x + gap, dt});
                x += gap;
            }
            lastT = e.t;
            openInstant(e.t);
            inStep = false;
        }
        if (e.kind == Kind::Step || e.kind == Kind::Yield || e.kind == Kind::Done) {
            spreadPrints();
        }
        if (e.kind == Kind::Step) {
            stepX = x;
            if (mode != AxisMode::Proportional)
                x += 1;
            inStep = true;
            axis.eventX[i] = stepX;
        } else if (e.kind == Kind::Yield || e.kind == Kind::Done) {
            axis.eventX[i] = x; // the end of the step column
            inStep = false;
        } else {
            // Inside a step, events spread over its column in order (several prints of one
            // step get their own marks); outside, they sit where the loop is.
            axis.eventX[i] = inStep ? stepX + 0.5 : x;
            if (inStep && e.kind == Kind::Print)
                printsInStep.push_back(i);
        }
        axis.instants.back().x1 = x;
    }
    axis.width = std::max(1.0, x + (mode == AxisMode::Proportional ? 1 : 0.5));
    return axis;
}

// Lanes in tree order: each task under the task that created it, siblings by creation.
std::vector<std::uint32_t> laneOrder(const TraceDocument &trace, std::vector<int> &depth) {
    const std::size_t n = trace.tasks.size();
    std::vector<std::vector<std::uint32_t>> children(n);
    std::vector<std::uint32_t> roots;
    for (std::uint32_t id = 1; id < n; ++id) {
        const std::uint32_t parent = trace.tasks[id].parent;
        (parent > 0 && parent < id ? children[parent] : roots).push_back(id);
    }
    std::vector<std::uint32_t> order;
    depth.assign(n, 0);
    std::vector<std::pair<std::uint32_t, int>> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.emplace_back(*it, 0);
    while (!stack.empty()) {
        const auto [id, d] = stack.back();
        stack.pop_back();
        order.push_back(id);
        depth[id] = d;
        for (auto it = children[id].rbegin(); it != children[id].rend(); ++it)
            stack.emplace_back(*it, std::min(d + 1, 4));
    }
    return order;
}

} // namespace

QString waitLabel(const TraceDocument &trace, const Event &e) {
    auto target = [&](std::size_t k) { return trace.tasks[trace.targets[e.targets + k]].name; };
    switch (static_cast<On>(e.sub)) {
    case On::Sleep:
        return std::isnan(e.num) ? TimelineText::tr("sleep")
                                 : TimelineText::tr("sleep until %1").arg(seconds(e.num));
    case On::Sleep0:
        return TimelineText::tr("sleep(0)");
    case On::Task:
        return e.targetCount ? TimelineText::tr("await %1").arg(target(0))
                             : TimelineText::tr("await a task");
    case On::Gather:
        return TimelineText::tr("gather of %n task(s)", nullptr, e.targetCount);
    case On::Shield:
        return e.targetCount ? TimelineText::tr("shield(%1)").arg(target(0))
                             : TimelineText::tr("shield");
    case On::Wait:
        return TimelineText::tr("wait on %n task(s)", nullptr, e.targetCount);
    case On::WaitFor:
        return e.targetCount ? TimelineText::tr("wait_for(%1)").arg(target(0))
                             : TimelineText::tr("wait_for");
    case On::AsCompleted:
        return TimelineText::tr("as_completed");
    case On::TaskGroup:
        return TimelineText::tr("TaskGroup: %n task(s) left", nullptr, e.targetCount);
    case On::Executor:
        return TimelineText::tr("thread job");
    case On::Future:
        return e.text ? trace.string(e.text) : TimelineText::tr("a future");
    case On::Generator:
        return TimelineText::tr("at yield");
    }
    return QString();
}

TimelineScene buildScene(const TraceDocument &trace, AxisMode mode) {
    TimelineScene scene;
    const Axis axis = layoutAxis(trace, mode);
    scene.width = axis.width;
    scene.breaks = axis.breaks;

    std::vector<int> depth;
    const std::vector<std::uint32_t> order = laneOrder(trace, depth);
    std::vector<int> laneOf(trace.tasks.size(), -1);
    // Lanes of generators driven by hand (before asyncio): they stop at `yield`, not `await`.
    std::vector<bool> generators(trace.tasks.size(), false);
    for (const Event &e : trace.events) {
        if (e.kind == Kind::Yield && static_cast<On>(e.sub) == On::Generator &&
            e.task < generators.size())
            generators[e.task] = true;
    }
    if (std::find(generators.begin(), generators.end(), true) != generators.end()) {
        // No asyncio: the listing's own loop resumes the generators and sleeps between turns.
        scene.loopTitle = TimelineText::tr("program loop");
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t id = order[i];
        laneOf[id] = static_cast<int>(i);
        Lane lane;
        lane.title = trace.tasks[id].name;
        lane.subtitle = generators[id] ? TimelineText::tr("generator") : trace.tasks[id].coro;
        lane.depth = depth[id];
        lane.colorIndex = static_cast<int>(id - 1);
        lane.task = id;
        scene.lanes.push_back(std::move(lane));
    }

    // Per task: the bar in progress (what it does since `since`), and what it last awaited.
    struct Open {
        double since = -1;
        Activity activity = Activity::Ready;
        QString label;
        double deadlineX = -1;
        std::vector<std::uint32_t> awaited;
        double cancelX = -1; // a cancel request not yet delivered
        int cancelBy = -1;
    };
    std::vector<Open> open(trace.tasks.size());
    std::vector<double> endX(trace.tasks.size(), -1);
    std::vector<bool> failed(trace.tasks.size(), false);
    auto close = [&](std::uint32_t task, double x) {
        Open &o = open[task];
        // A step takes no virtual time: on the proportional axis it has no width, and is kept
        // as a mark (the painter draws it at least a pixel and a half wide).
        const bool mark = x == o.since && o.activity == Activity::Running;
        if (o.since >= 0 && (x > o.since || mark) && laneOf[task] >= 0) {
            scene.lanes[static_cast<std::size_t>(laneOf[task])].bars.push_back(
                Bar{o.since, x, o.activity, o.label, o.deadlineX});
        }
        o.since = -1;
    };
    double idleFrom = -1;
    QString idleLabel;
    std::uint32_t running = 0;
    double runningX = 0;
    int jobs = 0;

    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const Event &e = trace.events[i];
        const double x = axis.eventX[i];
        switch (e.kind) {
        case Kind::TaskNew: {
            Lane &lane = scene.lanes[static_cast<std::size_t>(laneOf[e.task])];
            lane.createdX = x;
            open[e.task] = Open{x, Activity::Ready, {}, -1, {}, -1, -1};
            if (e.ref > 0 && laneOf[e.ref] >= 0)
                scene.links.push_back(Link{LinkKind::Spawn, laneOf[e.ref], laneOf[e.task], x, x});
            break;
        }
        case Kind::Step: {
            if (idleFrom >= 0) {
                scene.loop.push_back(LoopBar{idleFrom, x, LoopActivity::Idle, -1, idleLabel});
                idleFrom = -1;
            }
            Open &o = open[e.task];
            // What woke it: the last awaited task that finished, if any.
            if (!o.awaited.empty()) {
                std::uint32_t waker = 0;
                for (std::uint32_t t : o.awaited) {
                    if (t < endX.size() && endX[t] >= 0 && (waker == 0 || endX[t] > endX[waker]))
                        waker = t;
                }
                if (waker && laneOf[waker] >= 0) {
                    scene.links.push_back(Link{failed[waker] ? LinkKind::Raise : LinkKind::Wake,
                                               laneOf[waker], laneOf[e.task], endX[waker], x});
                }
            }
            if (o.cancelX >= 0 && e.text) {
                scene.links.push_back(
                    Link{LinkKind::Cancel, o.cancelBy, laneOf[e.task], o.cancelX, x});
                o.cancelX = -1;
            }
            close(e.task, x);
            o = Open{x, Activity::Running, {}, -1, {}, o.cancelX, o.cancelBy};
            running = e.task;
            runningX = x;
            scene.stepX.push_back(x);
            break;
        }
        case Kind::Yield: {
            close(e.task, x);
            if (running == e.task) {
                scene.loop.push_back(
                    LoopBar{runningX, x, LoopActivity::RunStep, laneOf[e.task], QString()});
                running = 0;
            }
            Open &o = open[e.task];
            const auto on = static_cast<On>(e.sub);
            o.since = x;
            o.activity = on == On::Sleep    ? Activity::Sleeping
                         : on == On::Sleep0 ? Activity::Ready
                                            : Activity::Awaiting;
            o.label = waitLabel(trace, e);
            o.deadlineX = on == On::Sleep && !std::isnan(e.num) ? axis.xAt(e.num) : -1;
            o.awaited.assign(trace.targets.begin() + e.targets,
                             trace.targets.begin() + e.targets + e.targetCount);
            if (on == On::Executor)
                o.awaited.clear();
            break;
        }
        case Kind::Done: {
            close(e.task, x);
            if (running == e.task) {
                scene.loop.push_back(
                    LoopBar{runningX, x, LoopActivity::RunStep, laneOf[e.task], QString()});
                running = 0;
            }
            endX[e.task] = x;
            Lane &lane = scene.lanes[static_cast<std::size_t>(laneOf[e.task])];
            lane.endX = x;
            switch (static_cast<DoneState>(e.sub)) {
            case DoneState::Result:
                lane.ending = Ending::Result;
                lane.endLabel = trace.string(e.text) == QLatin1String("None")
                                    ? QString()
                                    : QStringLiteral("→ ") + trace.string(e.text);
                break;
            case DoneState::Exception:
                lane.ending = Ending::Exception;
                lane.endLabel =
                    trace.string(e.text2).isEmpty() || trace.string(e.text2).size() > 40
                        ? trace.string(e.text)
                        : trace.string(e.text) + QStringLiteral(": ") + trace.string(e.text2);
                failed[e.task] = true;
                break;
            case DoneState::Cancelled:
                lane.ending = Ending::Cancelled;
                // A generator ended by close() (GeneratorExit) is closed, not cancelled.
                lane.endLabel =
                    generators[e.task] ? TimelineText::tr("closed") : TimelineText::tr("cancelled");
                failed[e.task] = true;
                break;
            }
            break;
        }
        case Kind::Cancel:
            if (e.sub && open[e.task].cancelX < 0) {
                open[e.task].cancelX = x;
                open[e.task].cancelBy = e.ref ? laneOf[e.ref] : -1;
            }
            break;
        case Kind::Print:
            scene.prints.push_back(
                PrintMarker{e.task ? laneOf[e.task] : -1, x, trace.string(e.text)});
            break;
        case Kind::Block: {
            const double x1 = axis.xAt(e.t + e.num);
            scene.loop.push_back(LoopBar{x, std::max(x1, x + 0.5), LoopActivity::Blocked,
                                         e.task ? laneOf[e.task] : -1,
                                         TimelineText::tr("time.sleep(%1) blocks the loop")
                                             .arg(QString::number(e.num, 'g', 6))});
            break;
        }
        case Kind::Thread: {
            const int job = static_cast<int>(e.ref);
            jobs = std::max(jobs, job);
            // One lane per job for now: jobs of a pool that overlap need their own rows.
            while (static_cast<int>(scene.threads.size()) < job) {
                scene.threads.push_back(ThreadLane{
                    TimelineText::tr("thread job %1").arg(scene.threads.size() + 1), {}});
            }
            scene.threads[static_cast<std::size_t>(job - 1)].bars.push_back(
                ThreadBar{axis.xAt(e.num), axis.xAt(e.num + e.num2), e.task ? laneOf[e.task] : -1,
                          trace.string(e.text)});
            break;
        }
        case Kind::Idle:
            idleFrom = x;
            idleLabel = TimelineText::tr("select() until %1").arg(seconds(e.num));
            break;
        default:
            break;
        }
    }
    const double last = axis.width;
    for (std::uint32_t id = 1; id < trace.tasks.size(); ++id)
        close(id, last);
    if (idleFrom >= 0)
        scene.loop.push_back(LoopBar{idleFrom, last, LoopActivity::Idle, -1, idleLabel});
    // Bars of a lane are kept sorted by x (the painter finds the visible ones by binary search).
    for (Lane &lane : scene.lanes) {
        std::sort(lane.bars.begin(), lane.bars.end(),
                  [](const Bar &a, const Bar &b) { return a.x0 < b.x0; });
    }
    std::sort(scene.loop.begin(), scene.loop.end(),
              [](const LoopBar &a, const LoopBar &b) { return a.x0 < b.x0; });
    for (const Axis::Instant &in : axis.instants)
        scene.ticks.push_back(Tick{in.x0, in.t, true});
    return scene;
}

} // namespace loopscope::view
