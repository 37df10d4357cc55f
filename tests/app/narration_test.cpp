// The state at a cursor and its sentence, checked on pytrace's trace of say_after_tasks (CPython's
// own order: main, Task-2, Task-3 at t=0; Task-3 at 1 s; Task-2 then main at 2 s).
#include "qt_printers.h"
#include "trace/cursorstate.h"
#include "trace/narration.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace loopscope::trace;

namespace {

std::unique_ptr<TraceDocument> sayAfterTasks() {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/say_after_tasks.loopscope.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    return TraceDocument::fromJson(f.readAll(), &error);
}

} // namespace

TEST(CursorState, BeforeTheFirstStepOnlyTheMainTaskExistsAndNothingIsPrinted) {
    const auto trace = sayAfterTasks();
    const CursorState s = stateAt(*trace, stepEnd(*trace, 0));
    EXPECT_EQ(s.tasks[1].state, TaskState::Ready);
    EXPECT_EQ(s.tasks[2].state, TaskState::NotCreated);
    EXPECT_TRUE(s.console.empty());
    EXPECT_EQ(s.running, 0u);
}

TEST(CursorState, AfterMainsFirstStepBothChildrenWaitInTheReadyQueue) {
    const auto trace = sayAfterTasks();
    const CursorState s = stateAt(*trace, stepEnd(*trace, 1));
    EXPECT_EQ(s.running, 1u);
    EXPECT_EQ(s.tasks[1].state, TaskState::Awaiting);
    EXPECT_EQ(s.tasks[1].line, 20); // await task1
    EXPECT_EQ(s.tasks[2].state, TaskState::Ready);
    EXPECT_EQ(s.tasks[3].state, TaskState::Ready);
    ASSERT_EQ(s.console.size(), 1u);
    EXPECT_EQ(s.console[0].text, QStringLiteral("started at 00:00:00"));
    EXPECT_EQ(s.console[0].task, 1u);
}

TEST(CursorState, AtOneSecondWorldIsPrintedAndTask3IsDone) {
    const auto trace = sayAfterTasks();
    const CursorState s = stateAt(*trace, stepEnd(*trace, 4));
    EXPECT_EQ(s.t, 1.0);
    EXPECT_EQ(s.tasks[3].state, TaskState::Done);
    EXPECT_EQ(s.tasks[2].state, TaskState::Sleeping);
    EXPECT_EQ(s.tasks[2].line, 10); // await asyncio.sleep(delay)
    ASSERT_EQ(s.console.size(), 4u);
    EXPECT_EQ(s.console.back().text, QStringLiteral("world"));
}

TEST(Narration, SaysNothingHasRunAtTheStart) {
    const auto trace = sayAfterTasks();
    EXPECT_EQ(narrate(*trace, 0),
              QStringLiteral("Nothing has run yet: asyncio.run is about to start Task-1 · main."));
}

TEST(Narration, NamesTheTaskWhatItWaitsForAndTheLine) {
    const auto trace = sayAfterTasks();
    EXPECT_EQ(narrate(*trace, 1),
              QStringLiteral("Task-1 · main runs and waits for Task-2 at line 20 `await task1`."));
    EXPECT_EQ(narrate(*trace, 2),
              QStringLiteral("Task-2 · say_after runs and goes to sleep until 2 s at line 10 "
                             "`await asyncio.sleep(delay)`."));
}

TEST(Narration, SaysWhereATaskResumesAndThatItFinishes) {
    const auto trace = sayAfterTasks();
    EXPECT_EQ(narrate(*trace, 4),
              QStringLiteral("Task-3 · say_after runs from line 10 `await asyncio.sleep(delay)` "
                             "and finishes."));
}

namespace {

// pytrace's trace of generator_round_robin with STEPS=4: no event loop; the listing's own loop
// sleeps 0.5 s, then resumes counter (task 1) or printer (task 2), in turn.
std::unique_ptr<TraceDocument> roundRobin() {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/generator_round_robin.loopscope.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    auto doc = TraceDocument::fromJson(f.readAll(), &error);
    EXPECT_NE(doc, nullptr) << error.toStdString();
    return doc;
}

} // namespace

TEST(CursorState, AGeneratorPausedAtYieldWaitsWhileTheOtherHasNotStarted) {
    const auto trace = roundRobin();
    const CursorState s = stateAt(*trace, stepEnd(*trace, 1));
    EXPECT_EQ(s.running, 1u);
    EXPECT_EQ(s.t, 0.5); // after the driver's first time.sleep(PAUSE)
    EXPECT_EQ(s.tasks[1].state, TaskState::Awaiting);
    EXPECT_EQ(s.tasks[1].line, 14); // yield
    EXPECT_EQ(s.tasks[2].state, TaskState::Ready);
    ASSERT_EQ(s.console.size(), 1u);
    EXPECT_EQ(s.console[0].text, QStringLiteral("0"));
    EXPECT_EQ(s.console[0].task, 1u);
}

TEST(Narration, AHandDrivenProgramHasNoEventLoopToStart) {
    const auto trace = roundRobin();
    EXPECT_EQ(trace->taskLabel(1), QStringLiteral("counter"));
    EXPECT_EQ(narrate(*trace, 0),
              QStringLiteral("Nothing has run yet: no event loop here, the program's own loop is "
                             "about to resume counter."));
    EXPECT_EQ(narrate(*trace, 2),
              QStringLiteral("printer runs and hands control back to the program's loop at line "
                             "23 `yield`."));
}

TEST(Narration, AGeneratorEndedByCloseIsClosedNotCancelled) {
    // pytrace's trace of tests/pytrace/programs/generators_by_hand.py: step 6 is echo's close().
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/generators_by_hand.loopscope.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    const auto trace = TraceDocument::fromJson(f.readAll(), &error);
    ASSERT_NE(trace, nullptr) << error.toStdString();
    EXPECT_EQ(narrate(*trace, 6),
              QStringLiteral("echo: GeneratorExit is thrown into the generator at line 14 "
                             "`got = yield`; it is closed."));
    EXPECT_EQ(narrate(*trace, 8),
              QStringLiteral("failing runs from line 21 `yield 1` and fails with ValueError: "
                             "bad turn."));
}
