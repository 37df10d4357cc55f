// The state at chosen steps of three scenarios, as the window shows it: each task's state and
// line, the ready queue, the timer heap, the console and the narration sentence.
//
// The traces in tests/app/data are pytrace's (CPython 3.11's own _run_once) of the scenario
// listings with their default parameters: `python3 tools/pytrace.py scenarios/ID/ID.py -o
// tests/app/data/ID.loopscope.json`. Every expected value below was read off those files event by
// event (the `sched`/`run`/`timer` events up to the cursor's step, its `line` and `yield`
// events); the conformance suite requires the engine's twin to give the same events, so the
// window shows the same on either.
#include "qt_printers.h"
#include "trace/cursorstate.h"
#include "trace/narration.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace loopscope::trace;

namespace {

std::unique_ptr<TraceDocument> load(const char *id) {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/%1.loopscope.json").arg(QLatin1String(id)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << id;
    QString error;
    auto trace = TraceDocument::fromJson(f.readAll(), &error);
    EXPECT_TRUE(trace) << error.toStdString();
    return trace;
}

// "#5 _on_task_done done=2" / "#7 wakeup task=4": a handle as the tests name it.
std::string describe(const TraceDocument &trace, const LoopHandle &h) {
    std::string out = "#" + std::to_string(h.handle) + " " + trace.string(h.what).toStdString();
    if (h.task)
        out += " task=" + std::to_string(h.task);
    if (h.done)
        out += " done=" + std::to_string(h.done);
    if (h.timer)
        out += " timer=" + std::to_string(h.timer);
    return out;
}

std::vector<std::string> describeAll(const TraceDocument &trace, const auto &handles) {
    std::vector<std::string> out;
    for (const LoopHandle &h : handles)
        out.push_back(describe(trace, h));
    return out;
}

// (timer, deadline, what, armed by)
std::vector<std::tuple<int, double, std::string, int>> timers(const TraceDocument &trace,
                                                              const CursorState &s) {
    std::vector<std::tuple<int, double, std::string, int>> out;
    for (const TimerAt &t : s.timers)
        out.emplace_back(t.timer, t.deadline, trace.string(t.what).toStdString(), t.armedBy);
    return out;
}

struct At {
    CursorState tasks; // what the task lanes, the code and the console show
    CursorState loop;  // what the Loop panel shows
};

At at(const TraceDocument &trace, std::size_t cursor) {
    const StateIndex index(trace, 4); // a checkpoint every 4 events: replays start mid-trace
    return At{index.at(index.endForCursor(cursor)), index.at(index.loopEndForCursor(cursor))};
}

} // namespace

TEST(LoopState, WaitForTimeoutFiresItsTimerAndCancelsTheInnerTask) {
    const auto trace = load("wait_for_timeout");
    ASSERT_TRUE(trace);
    // Step 2: request_traffic_jams (Task-2) went to sleep for 10 s; main waits in wait_for,
    // whose timer (armed first, by main) fires at 1 s.
    At s = at(*trace, 2);
    EXPECT_EQ(s.tasks.tasks[1].state, TaskState::Awaiting);
    EXPECT_EQ(s.tasks.tasks[1].line, 13);
    EXPECT_EQ(s.tasks.tasks[2].state, TaskState::Sleeping);
    EXPECT_EQ(s.tasks.tasks[2].line, 8);
    EXPECT_TRUE(s.loop.ready.empty());
    EXPECT_EQ(describe(*trace, s.loop.current), "#2 step task=2");
    EXPECT_EQ(s.loop.stepIteration, 2u);
    using T = std::tuple<int, double, std::string, int>;
    EXPECT_EQ(timers(*trace, s.loop),
              (std::vector<T>{{1, 1.0, "wait_for", 1}, {2, 10.0, "sleep", 2}}));
    // Its first step: no `line` at a step (a first step starts at the def), suspended at
    // line 8 on a sleep until 10 s (its yield).
    EXPECT_EQ(narrate(*trace, 2),
              QStringLiteral("Task-2 · request_traffic_jams runs and goes to sleep until 10 s at "
                             "line 8 `await asyncio.sleep(REQUEST_TIME)`."));

    // Step 3: at 1 s the timer's _release_waiter ran, then main's wakeup: main cancels Task-2,
    // whose wakeup (the cancelled sleep future) waits for the next iteration.
    s = at(*trace, 3);
    EXPECT_EQ(describeAll(*trace, s.loop.beforeStep),
              (std::vector<std::string>{"#3 _release_waiter timer=1"}));
    EXPECT_EQ(describe(*trace, s.loop.current), "#4 wakeup task=1");
    EXPECT_EQ(describeAll(*trace, s.loop.ready), (std::vector<std::string>{"#5 wakeup task=2"}));
    EXPECT_EQ(s.loop.snapshotLeft, 0u);
    EXPECT_EQ(timers(*trace, s.loop), (std::vector<T>{{2, 10.0, "sleep", 2}}));
    EXPECT_EQ(s.loop.clock, 1.0);

    // Step 4: Task-2 takes the CancelledError at its sleep, which cancels its timer; its done
    // callback (wait_for's _release_waiter, called with Task-2) is queued.
    s = at(*trace, 4);
    EXPECT_EQ(s.tasks.tasks[2].state, TaskState::Cancelled);
    EXPECT_TRUE(s.loop.timers.empty());
    EXPECT_EQ(describeAll(*trace, s.loop.ready),
              (std::vector<std::string>{"#6 _release_waiter done=2"}));

    // Step 5: main catches TimeoutError and prints.
    s = at(*trace, 5);
    EXPECT_EQ(s.tasks.tasks[1].state, TaskState::Done);
    ASSERT_EQ(s.tasks.console.size(), 1u);
    EXPECT_EQ(s.tasks.console[0].text, QStringLiteral("Problems with traffic_jams service"));
    EXPECT_EQ(s.tasks.console[0].line, 16);
    EXPECT_EQ(describeAll(*trace, s.loop.ready),
              (std::vector<std::string>{"#8 _run_until_complete_cb done=1"}));
}

TEST(LoopState, GatherWakesItsChildrenInArmOrderThenItsDoneCallback) {
    const auto trace = load("gather_factorial");
    ASSERT_TRUE(trace);
    // Step 4: the three children each armed a 1 s sleep, in task order.
    At s = at(*trace, 4);
    EXPECT_EQ(s.tasks.tasks[1].state, TaskState::Awaiting);
    EXPECT_EQ(s.tasks.tasks[1].line, 19);
    for (std::uint32_t id : {2u, 3u, 4u}) {
        EXPECT_EQ(s.tasks.tasks[id].state, TaskState::Sleeping) << id;
        EXPECT_EQ(s.tasks.tasks[id].line, 12) << id;
    }
    using T = std::tuple<int, double, std::string, int>;
    EXPECT_EQ(timers(*trace, s.loop),
              (std::vector<T>{{1, 1.0, "sleep", 2}, {2, 1.0, "sleep", 3}, {3, 1.0, "sleep", 4}}));
    EXPECT_TRUE(s.loop.ready.empty());
    EXPECT_EQ(s.tasks.console.size(), 3u);

    // Step 5: at 1 s the three timers moved to the ready queue and ran in one iteration; their
    // wakeups run in the next, Task-2's first; Task-2 finishing queues gather's _done_callback
    // after the two wakeups still in that iteration's snapshot.
    s = at(*trace, 5);
    EXPECT_EQ(describeAll(*trace, s.loop.beforeStep),
              (std::vector<std::string>{"#5 _set_result_unless_cancelled timer=1",
                                        "#6 _set_result_unless_cancelled timer=2",
                                        "#7 _set_result_unless_cancelled timer=3"}));
    EXPECT_EQ(describe(*trace, s.loop.current), "#8 wakeup task=2");
    EXPECT_EQ(describeAll(*trace, s.loop.ready),
              (std::vector<std::string>{"#9 wakeup task=3", "#10 wakeup task=4",
                                        "#11 _done_callback done=2"}));
    EXPECT_EQ(s.loop.snapshotLeft, 2u);
    EXPECT_EQ(s.tasks.tasks[2].state, TaskState::Done);
    EXPECT_TRUE(s.loop.timers.empty());
    EXPECT_EQ(narrate(*trace, 5), QStringLiteral("Task-2 · factorial runs from line 12 `await "
                                                 "asyncio.sleep(1)` and finishes, returning 2."));
}

TEST(LoopState, ATaskGroupFailureCancelsTheSleeperAndWakesTheParent) {
    const auto trace = load("taskgroup_errors");
    ASSERT_TRUE(trace);
    // Step 4: A and B raised at once; C printed and sleeps. The two _on_task_done callbacks
    // (called with the failed tasks) wait for the next iteration.
    At s = at(*trace, 4);
    EXPECT_EQ(s.tasks.tasks[2].state, TaskState::Failed);
    EXPECT_EQ(s.tasks.tasks[3].state, TaskState::Failed);
    EXPECT_EQ(s.tasks.tasks[4].state, TaskState::Sleeping);
    EXPECT_EQ(s.tasks.tasks[4].line, 16);
    EXPECT_EQ(s.tasks.tasks[1].line, 24);
    EXPECT_EQ(describeAll(*trace, s.loop.ready),
              (std::vector<std::string>{"#5 _on_task_done done=2", "#6 _on_task_done done=3"}));
    EXPECT_EQ(s.loop.snapshotLeft, 0u);
    using T = std::tuple<int, double, std::string, int>;
    EXPECT_EQ(timers(*trace, s.loop), (std::vector<T>{{1, 1.0, "sleep", 4}}));
    ASSERT_EQ(s.tasks.console.size(), 2u);
    EXPECT_EQ(s.tasks.console[1].text, QStringLiteral("Task C: Compute factorial(2)..."));

    // Step 5: the first _on_task_done aborted the group (cancelling C and the parent, whose
    // wakeups it queued); C now takes the CancelledError, which cancels its timer.
    s = at(*trace, 5);
    EXPECT_EQ(describeAll(*trace, s.loop.beforeStep),
              (std::vector<std::string>{"#5 _on_task_done done=2", "#6 _on_task_done done=3"}));
    EXPECT_EQ(describe(*trace, s.loop.current), "#7 wakeup task=4");
    EXPECT_EQ(describeAll(*trace, s.loop.ready),
              (std::vector<std::string>{"#8 wakeup task=1", "#9 _on_task_done done=4"}));
    EXPECT_EQ(s.tasks.tasks[4].state, TaskState::Cancelled);
    EXPECT_TRUE(s.loop.timers.empty());
}

TEST(LoopState, CheckpointsGiveTheSameStateAsAReplayFromTheStart) {
    for (const char *id : {"wait_for_timeout", "gather_factorial", "taskgroup_errors"}) {
        const auto trace = load(id);
        ASSERT_TRUE(trace);
        const StateIndex index(*trace, 3);
        for (std::size_t end = 0; end <= trace->events.size(); ++end) {
            const CursorState a = index.at(end), b = stateAt(*trace, end);
            ASSERT_EQ(describeAll(*trace, a.ready), describeAll(*trace, b.ready)) << id << end;
            ASSERT_EQ(timers(*trace, a), timers(*trace, b)) << id << end;
            ASSERT_EQ(a.console.size(), b.console.size()) << id << end;
            ASSERT_EQ(a.iteration, b.iteration) << id << end;
        }
    }
}

TEST(LoopState, SteppingByIterationStopsAtTheFirstStepOfEachIteration) {
    const auto trace = load("gather_factorial");
    ASSERT_TRUE(trace);
    const StateIndex index(*trace);
    // pytrace's trace: step 1 (main) in iteration 1, steps 2-4 (the children's first steps) in
    // iteration 2, steps 5-7 (their wakeups at 1 s) in iteration 4.
    EXPECT_EQ(index.iterationOfCursor(1), 1u);
    EXPECT_EQ(index.iterationOfCursor(2), 2u);
    EXPECT_EQ(index.iterationOfCursor(4), 2u);
    EXPECT_EQ(index.iterationOfCursor(5), 4u);
    EXPECT_EQ(index.iterationStep(0, 1), 1u);
    EXPECT_EQ(index.iterationStep(1, 1), 2u);
    EXPECT_EQ(index.iterationStep(2, 1), 5u);
    EXPECT_EQ(index.iterationStep(3, 1), 5u);
    EXPECT_EQ(index.iterationStep(6, -1), 5u);
    EXPECT_EQ(index.iterationStep(5, -1), 2u);
    EXPECT_EQ(index.iterationStep(2, -1), 1u);
    EXPECT_EQ(index.iterationStep(1, -1), 0u);
}

TEST(LoopState, ATraceWithoutTheLoopsInternalsStepsOneStepPerIteration) {
    const auto trace = load("say_after_tasks"); // written before iter/sched/run existed
    ASSERT_TRUE(trace);
    EXPECT_FALSE(trace->hasLoopEvents);
    const StateIndex index(*trace);
    EXPECT_EQ(index.iterationStep(2, 1), 3u);
    EXPECT_TRUE(index.at(index.loopEndForCursor(2)).ready.empty());
}

TEST(TraceReading, TheFastPathReadsWhatQJsonDocumentReads) {
    // The canonical layout goes through TraceDocument's line reader; a trace read through
    // QJsonDocument must decode to the same events, strings (escapes, Cyrillic) and tasks.
    for (const char *id :
         {"wait_for_timeout", "gather_factorial", "taskgroup_errors", "say_after_tasks"}) {
        QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/%1.loopscope.json").arg(QLatin1String(id)));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        // A line with escapes and non-ASCII text, as pytrace writes them.
        json.replace("\"text\": \"Problems with traffic_jams service\"",
                     "\"text\": \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\ud83d\\ude00 привет\"");
        QString e1, e2;
        const auto fast = TraceDocument::fromJson(json, &e1);
        const auto slow = TraceDocument::fromJsonDocument(json, &e2);
        ASSERT_TRUE(fast && slow) << id << e1.toStdString() << e2.toStdString();
        ASSERT_EQ(fast->events.size(), slow->events.size()) << id;
        for (std::size_t i = 0; i < fast->events.size(); ++i) {
            const Event &a = fast->events[i], &b = slow->events[i];
            ASSERT_EQ(a.kind, b.kind) << id << i;
            ASSERT_EQ(a.t, b.t) << id << i;
            ASSERT_EQ(a.task, b.task) << id << i;
            ASSERT_EQ(a.ref, b.ref) << id << i;
            ASSERT_EQ(a.line, b.line) << id << i;
            ASSERT_EQ(fast->string(a.text), slow->string(b.text)) << id << i;
            ASSERT_EQ(fast->string(a.text2), slow->string(b.text2)) << id << i;
            ASSERT_EQ(a.targetCount, b.targetCount) << id << i;
        }
        EXPECT_EQ(fast->targets, slow->targets);
        EXPECT_EQ(fast->tasks.size(), slow->tasks.size());
        EXPECT_EQ(fast->source, slow->source);
    }
    // The escaped line decodes as JSON says.
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/wait_for_timeout.loopscope.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll().replace("\"text\": \"Problems with traffic_jams service\"",
                                          "\"text\": \"a\\tb \\u00e9 \\ud83d\\ude00\"");
    QString error;
    const auto trace = TraceDocument::fromJson(json, &error);
    ASSERT_TRUE(trace);
    EXPECT_TRUE(trace->strings.contains(QString::fromUtf8("a\tb é 😀")));
}
