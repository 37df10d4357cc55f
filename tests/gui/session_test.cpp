// Session: stepping by instant and the selected task's details, on a scenario run on the engine.
// say_after_tasks (the textbook's say_after as two tasks, checked against CPython by its
// conformance test) runs 8 steps: three at t = 0 (main, say_after(2), say_after(1)), one at
// t = 1 ("world"), four at t = 2 ("hello", main finishing, asyncio.run's two shutdown tasks).
#include "qt_printers.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <gtest/gtest.h>

namespace {

bool runAndWait(Session &session, const QString &id) {
    session.runScenario(id);
    QElapsedTimer timer;
    timer.start();
    while ((session.busy() || session.scenarioId() != id) && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return session.hasTrace() && session.scenarioId() == id;
}

std::vector<int> instantWalk(Session &session, int direction) {
    std::vector<int> stops;
    for (int i = 0; i < 20; ++i) {
        const int before = session.cursor();
        session.stepInstant(direction);
        if (session.cursor() == before)
            break;
        stops.push_back(session.cursor());
    }
    return stops;
}

QStringList historyTexts(const QVariantMap &details) {
    QStringList texts;
    for (const QVariant &entry : details.value(QStringLiteral("history")).toList())
        texts << entry.toMap().value(QStringLiteral("text")).toString();
    return texts;
}

} // namespace

TEST(SessionStepping, CtrlArrowsStopAtTheFirstStepOfEachInstant) {
    Session session;
    ASSERT_TRUE(runAndWait(session, QStringLiteral("say_after_tasks")))
        << session.error().toStdString();
    ASSERT_EQ(session.stepCount(), 8);
    EXPECT_EQ(instantWalk(session, 1), (std::vector<int>{1, 4, 5, 8}));
    EXPECT_EQ(instantWalk(session, -1), (std::vector<int>{4, 1, 0})); // from t = 2 to t = 1, 0
    session.setCursor(6); // in the middle of t = 2: back goes to the instant before it
    session.stepInstant(-1);
    EXPECT_EQ(session.cursor(), 4);
    session.setCursor(2);
    session.stepInstant(1);
    EXPECT_EQ(session.cursor(), 4);
    EXPECT_EQ(session.stepTime(4), 1.0);
}

TEST(SessionStepping, EveryInstantStopIsWhereVirtualTimeChanges) {
    Session session;
    ASSERT_TRUE(runAndWait(session, QStringLiteral("gather_factorial")));
    session.setCursor(0);
    int previous = 1;
    for (int stop : instantWalk(session, 1)) {
        if (stop == session.stepCount() && session.stepTime(stop) == session.stepTime(previous))
            break; // the end, inside the last instant
        // Every step skipped over shares the time of the step it started from; the stop's differs.
        for (int k = previous; k < stop; ++k)
            EXPECT_EQ(session.stepTime(k), session.stepTime(previous)) << "step " << k;
        if (stop > 1) {
            EXPECT_NE(session.stepTime(stop), session.stepTime(stop - 1)) << "stop " << stop;
        }
        previous = stop;
    }
}

TEST(SessionTask, TheSelectedTaskShowsItsStateAndHistoryAtTheCursor) {
    Session session;
    ASSERT_TRUE(runAndWait(session, QStringLiteral("say_after_tasks")));
    session.setSelectedTask(3); // say_after(1, 'world')
    QVariantMap d = session.taskDetails();
    EXPECT_EQ(d.value(QStringLiteral("name")).toString(), QStringLiteral("Task-3"));
    EXPECT_EQ(d.value(QStringLiteral("coro")).toString(), QStringLiteral("say_after"));
    EXPECT_EQ(d.value(QStringLiteral("parentName")).toString(), QStringLiteral("Task-1 · main"));
    EXPECT_EQ(d.value(QStringLiteral("state")).toString(), QStringLiteral("not created yet"));
    EXPECT_EQ(d.value(QStringLiteral("current")).toInt(), -1);
    EXPECT_EQ(
        historyTexts(d),
        (QStringList{QStringLiteral("created by Task-1 · main"), QStringLiteral("runs a step"),
                     QStringLiteral("prints “wait for 1s”"),
                     QStringLiteral("suspends: sleep until 1 s"), QStringLiteral("runs a step"),
                     QStringLiteral("prints “world”"), QStringLiteral("returns None")}));

    session.setCursor(3); // its first step ran: it sleeps until t = 1
    d = session.taskDetails();
    EXPECT_EQ(d.value(QStringLiteral("state")).toString(), QStringLiteral("sleeping"));
    EXPECT_EQ(d.value(QStringLiteral("awaits")).toString(), QStringLiteral("sleep until 1 s"));
    EXPECT_EQ(d.value(QStringLiteral("current")).toInt(), 3);

    // Each history entry carries the cursor that shows it: the step it belongs to.
    const QVariantList history = d.value(QStringLiteral("history")).toList();
    QList<int> steps;
    for (const QVariant &e : history)
        steps << e.toMap().value(QStringLiteral("step")).toInt();
    EXPECT_EQ(steps, (QList<int>{1, 3, 3, 3, 4, 4, 4}));
    session.setCursor(4);
    EXPECT_EQ(session.taskDetails().value(QStringLiteral("state")).toString(),
              QStringLiteral("done"));
}

TEST(SessionTask, NoTaskSelectedOrAnUnknownOneShowsNothing) {
    Session session;
    ASSERT_TRUE(runAndWait(session, QStringLiteral("say_after_tasks")));
    EXPECT_TRUE(session.taskDetails().isEmpty());
    session.setSelectedTask(99);
    EXPECT_EQ(session.selectedTask(), 0);
    EXPECT_TRUE(session.taskDetails().isEmpty());
    session.setSelectedTask(2);
    ASSERT_TRUE(runAndWait(session, QStringLiteral("hello"))); // another program: deselected
    EXPECT_EQ(session.selectedTask(), 0);
}

TEST(SessionAxis, EveryAxisModeLaysTheStepsOutInOrder) {
    Session session;
    ASSERT_TRUE(runAndWait(session, QStringLiteral("say_after_tasks")));
    for (int mode : {0, 1, 2}) {
        session.setAxisMode(mode);
        const auto &x = session.scene().stepX;
        ASSERT_EQ(x.size(), 8u) << "mode " << mode;
        for (std::size_t k = 1; k < x.size(); ++k) {
            if (mode == 1 && session.stepTime(static_cast<int>(k)) ==
                                 session.stepTime(static_cast<int>(k + 1))) {
                EXPECT_EQ(x[k], x[k - 1]) << "proportional: one instant, one x";
            } else {
                EXPECT_GT(x[k], x[k - 1]) << "mode " << mode << " step " << k + 1;
            }
        }
    }
    // One column per step: every step one unit after the last, whatever the time between them.
    session.setAxisMode(2);
    EXPECT_EQ(session.scene().stepX[4] - session.scene().stepX[3], 1.0);
    // Proportional: 1 s of virtual time takes the same width everywhere.
    session.setAxisMode(1);
    const auto &x = session.scene().stepX;
    EXPECT_DOUBLE_EQ(x[3] - x[0], x[4] - x[3]); // t = 0 → 1 and t = 1 → 2
}
