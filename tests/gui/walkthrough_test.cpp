// The window as a lecturer uses it, under Xvfb (or offscreen): three scenarios of the course (a
// gather, a wait_for timing out, a TaskGroup failing), stepped forwards and backwards with the
// keyboard, checking what the window shows at each stop, with screenshots in
// LOOPSCOPE_SCREENSHOTS (build/debug/tests/gui/screenshots).
#include "appsetup.h"
#include "qt_printers.h"
#include "session.h"
#include "timeline/timelinepainter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

namespace {

template<class F>
bool waitFor(F done, int timeoutMs = 30000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

struct Window {
    QQmlApplicationEngine engine;
    QStringList warnings;
    QQuickWindow *window = nullptr;
    Session *session = nullptr;
    bool exposed = false;
    bool active = false;

    // A fresh window forgets what an earlier one remembered, unless `remembering`.
    explicit Window(bool remembering = false) {
        if (!remembering)
            QSettings().clear();
        QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings << e.toString();
        });
        engine.load(QUrl(QString::fromLatin1(loopscope::mainQmlUrl)));
        if (engine.rootObjects().size() != 1)
            return;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        session = window->findChild<Session *>(QStringLiteral("session"));
        window->requestActivate();
        exposed = QTest::qWaitForWindowExposed(window);
        active = QTest::qWaitForWindowActive(window);
    }

    QQuickItem *item(const char *name) const {
        return window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }
    QString text(const char *name) const {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(window, k, mods);
        QCoreApplication::processEvents();
    }
    bool run(const QString &id) {
        item("scenarioPanel")->setProperty("currentId", id);
        return waitFor([&] { return session->scenarioId() == id && !session->busy(); });
    }
    // Lets the scene graph draw the current state, then saves it.
    void screenshot(const QString &name) {
        QTest::qWait(150);
        QDir().mkpath(QStringLiteral(LOOPSCOPE_SCREENSHOTS));
        const QImage image = window->grabWindow();
        ASSERT_FALSE(image.isNull());
        ASSERT_TRUE(image.save(QStringLiteral(LOOPSCOPE_SCREENSHOTS "/") + name + ".png"));
    }
    // The centre of task lane `lane`'s label, in window coordinates.
    QPoint laneLabel(int lane) const {
        QQuickItem *timeline = item("timeline");
        loopscope::view::PaintOptions options;
        options.fontPixels = timeline->property("fontPixels").toDouble();
        const loopscope::view::TimelinePainter painter(options);
        const double y =
            painter.rulerHeight() + painter.loopLaneHeight() +
            static_cast<double>(session->scene().threads.size() + lane) * painter.laneHeight() +
            painter.laneHeight() / 2;
        return timeline->mapToScene(QPointF(options.fontPixels * 4, y)).toPoint();
    }
    QStringList markerTasks() const {
        QStringList names;
        for (const QVariant &m : session->lineMarkers())
            names << m.toMap().value(QStringLiteral("task")).toString();
        return names;
    }
};

QString stepLabel(int cursor, int count, double t, int iteration) {
    return QStringLiteral("Step %1 of %2 · iteration %3 · t = %4 s")
        .arg(cursor)
        .arg(count)
        .arg(iteration)
        .arg(QString::number(t, 'f', 3));
}

} // namespace

TEST(Walkthrough, GatherSteppedWithArrowsCtrlArrowsHomeEndAndSpace) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    ASSERT_NE(w.session, nullptr);
    ASSERT_TRUE(w.exposed && w.active) << "the window was not shown and focused";
    ASSERT_TRUE(w.run(QStringLiteral("gather_factorial"))) << w.session->error().toStdString();
    Session &s = *w.session;
    const int n = s.stepCount();
    ASSERT_GT(n, 6);
    EXPECT_EQ(w.text("stepLabel"), stepLabel(0, n, 0, 0));

    // → three times: the label, the narration and the code markers follow.
    QString narration = w.text("narration");
    for (int k = 1; k <= 3; ++k) {
        w.key(Qt::Key_Right);
        ASSERT_EQ(s.cursor(), k);
        EXPECT_EQ(w.text("stepLabel"), stepLabel(k, n, s.stepTime(k), s.iteration()));
        EXPECT_NE(w.text("narration"), narration) << "the narration did not change at step " << k;
        narration = w.text("narration");
        EXPECT_FALSE(w.markerTasks().isEmpty()) << "no task marked in the code at step " << k;
    }
    // The running task's line is the highlighted one and names the task the narration names.
    for (const QVariant &m : s.lineMarkers()) {
        if (m.toMap().value(QStringLiteral("running")).toBool()) {
            EXPECT_TRUE(narration.contains(m.toMap().value(QStringLiteral("task")).toString()))
                << narration.toStdString();
        }
    }
    // Hovering over Task-1's lane (awaiting the gather) explains it, with the time and step.
    QQuickItem *timeline = w.item("timeline");
    const QPoint lane0 = w.laneLabel(0);
    QTest::mouseMove(
        w.window,
        QPoint(static_cast<int>(timeline->mapToScene(QPointF(timeline->width() * 0.6, 0)).x()),
               lane0.y() + 6));
    ASSERT_TRUE(
        waitFor([&] { return !timeline->property("hoverText").toString().isEmpty(); }, 3000));
    const QString hover = timeline->property("hoverText").toString();
    EXPECT_TRUE(hover.startsWith(QStringLiteral("Task-1 · main is suspended (gather of 3 task")))
        << hover.toStdString();
    EXPECT_TRUE(hover.contains(QLatin1String("from 0.000 s to 3.000 s"))) << hover.toStdString();
    EXPECT_TRUE(hover.contains(QLatin1String("step"))) << hover.toStdString();
    EXPECT_TRUE(hover.contains(QStringLiteral(" · t "))) << hover.toStdString();
    QObject *tip = w.window->findChild<QObject *>(QStringLiteral("timelineToolTip"));
    ASSERT_NE(tip, nullptr);
    EXPECT_TRUE(waitFor([&] { return tip->property("visible").toBool(); }, 3000));
    w.screenshot(QStringLiteral("gather-step3"));
    QTest::mouseMove(w.window, QPoint(5, 5));

    // A two-finger pinch on a touchpad zooms in around the fingers, as + does.
    const double span = timeline->property("visibleSpan").toDouble();
    const QPointF centre = timeline->mapToScene(QPointF(timeline->width() / 2, 200));
    const QPointF global = w.window->mapToGlobal(centre.toPoint());
    for (auto [type, value] :
         {std::pair{Qt::BeginNativeGesture, 0.0}, std::pair{Qt::ZoomNativeGesture, 0.5},
          std::pair{Qt::EndNativeGesture, 0.0}}) {
        QNativeGestureEvent gesture(type, QPointingDevice::primaryPointingDevice(), 2, centre,
                                    centre, global, value, QPointF());
        QCoreApplication::sendEvent(w.window, &gesture);
    }
    EXPECT_LT(timeline->property("visibleSpan").toDouble(), span * 0.8) << "the pinch did not zoom";
    w.key(Qt::Key_Left);
    EXPECT_EQ(s.cursor(), 2);
    EXPECT_EQ(w.text("stepLabel"), stepLabel(2, n, s.stepTime(2), s.iteration()));

    // Ctrl+→ jumps to the first step of the next instant; Ctrl+← comes back.
    const double before = s.stepTime(s.cursor());
    w.key(Qt::Key_Right, Qt::ControlModifier);
    const int next = s.cursor();
    EXPECT_GT(next, 2);
    EXPECT_NE(s.stepTime(next), before);
    EXPECT_NE(s.stepTime(next - 1), s.stepTime(next)) << "not the instant's first step";
    w.key(Qt::Key_Left, Qt::ControlModifier);
    EXPECT_LT(s.cursor(), next);

    w.key(Qt::Key_End);
    EXPECT_EQ(s.cursor(), n);
    EXPECT_EQ(w.text("stepLabel"), stepLabel(n, n, s.stepTime(n), s.iteration()));
    EXPECT_TRUE(w.markerTasks().isEmpty()) << "every task has finished at the end";
    w.key(Qt::Key_Home);
    EXPECT_EQ(s.cursor(), 0);
    // Shift+→ moves by whole loop iterations: each press reaches the next iteration's steps.
    for (int i = 1; i <= 3; ++i) {
        const int from = s.cursor();
        const int fromIteration = s.iteration();
        w.key(Qt::Key_Right, Qt::ShiftModifier);
        EXPECT_GT(s.cursor(), from);
        EXPECT_GT(s.iteration(), fromIteration);
        EXPECT_EQ(w.text("stepLabel"),
                  stepLabel(s.cursor(), n, s.stepTime(s.cursor()), s.iteration()));
    }
    const int iterationBefore = s.iteration();
    w.key(Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_LT(s.iteration(), iterationBefore) << "Shift+← did not go back an iteration";
    w.key(Qt::Key_Home);
    EXPECT_EQ(s.cursor(), 0);

    // Space plays: the cursor moves on its own, one step at a time; Space again pauses it.
    w.window->setProperty("playing", false);
    w.key(Qt::Key_Space);
    EXPECT_TRUE(w.window->property("playing").toBool());
    ASSERT_TRUE(waitFor([&] { return s.cursor() >= 2; }, 5000)) << "playback did not move";
    w.key(Qt::Key_Space);
    EXPECT_FALSE(w.window->property("playing").toBool());
    const int paused = s.cursor();
    QTest::qWait(1200);
    EXPECT_EQ(s.cursor(), paused) << "the cursor moved while paused";
    EXPECT_TRUE(w.warnings.isEmpty()) << w.warnings.join(u'\n').toStdString();
}

TEST(Walkthrough, WaitForTimeoutShowsTheTimeoutAndTheCancelledTaskInTheTaskPanel) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    ASSERT_TRUE(w.run(QStringLiteral("wait_for_timeout"))) << w.session->error().toStdString();
    Session &s = *w.session;

    // Step forward to where the narration reports the cancellation that wait_for's timeout sends.
    bool sawCancel = false;
    while (s.cursor() < s.stepCount() && !sawCancel) {
        w.key(Qt::Key_Right);
        sawCancel = w.text("narration").contains(QLatin1String("CancelledError"));
    }
    ASSERT_TRUE(sawCancel) << "no step of wait_for_timeout is narrated as a CancelledError";
    const int cancelledAt = s.cursor();

    // A click on the cancelled task's lane label selects it and shows the Task panel.
    int lane = -1;
    for (std::size_t i = 0; i < s.scene().lanes.size(); ++i) {
        if (s.scene().lanes[i].ending == loopscope::view::Ending::Cancelled)
            lane = static_cast<int>(i);
    }
    ASSERT_GE(lane, 0) << "no task of wait_for_timeout ends cancelled";
    QTest::mouseClick(w.window, Qt::LeftButton, Qt::NoModifier, w.laneLabel(lane));
    const auto task = static_cast<int>(s.scene().lanes[static_cast<std::size_t>(lane)].task);
    EXPECT_EQ(s.selectedTask(), task);
    EXPECT_EQ(w.item("sideTabs")->property("currentIndex").toInt(), 3);
    EXPECT_EQ(s.cursor(), cancelledAt) << "a click on a label must not move the cursor";
    EXPECT_EQ(w.text("taskName").section(QStringLiteral(" · "), 0, 0),
              s.scene().lanes[static_cast<std::size_t>(lane)].title);
    const QVariantList history = s.taskDetails().value(QStringLiteral("history")).toList();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.last().toMap().value(QStringLiteral("text")).toString() ==
                QLatin1String("ends cancelled"));
    w.screenshot(QStringLiteral("wait_for-cancelled"));

    // End, then back with ← to before the cancellation: the task is not cancelled there.
    w.key(Qt::Key_End);
    EXPECT_EQ(w.text("taskState"), QStringLiteral("cancelled"));
    while (s.cursor() >= cancelledAt)
        w.key(Qt::Key_Left);
    EXPECT_NE(w.text("taskState"), QStringLiteral("cancelled"));
    EXPECT_TRUE(w.warnings.isEmpty()) << w.warnings.join(u'\n').toStdString();
}

TEST(Walkthrough, TaskGroupFailureInPresentationModeAndDark) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    ASSERT_TRUE(w.run(QStringLiteral("taskgroup_errors"))) << w.session->error().toStdString();
    Session &s = *w.session;
    QObject *prefs = nullptr;
    for (QObject *o : w.window->findChildren<QObject *>()) {
        if (qobject_cast<Preferences *>(o))
            prefs = o;
    }
    ASSERT_NE(prefs, nullptr);
    prefs->setProperty("theme", QStringLiteral("dark"));
    EXPECT_TRUE(w.item("timeline")->property("dark").toBool());
    EXPECT_TRUE(s.dark()) << "the panels' task colours must follow the timeline's theme";

    w.key(Qt::Key_F5);
    EXPECT_TRUE(w.item("timeline")->property("presentation").toBool());
    EXPECT_FALSE(w.item("scenarioPanel")->isVisible()) << "presentation hides the picker";
    EXPECT_GT(w.item("timeline")->property("fontPixels").toDouble(), 18);

    // Step by instant to the failure: the narration says which exception fails the task.
    bool sawFailure = false;
    while (s.cursor() < s.stepCount() && !sawFailure) {
        w.key(Qt::Key_Right, Qt::ControlModifier);
        for (int k = 0; k < 8 && !sawFailure && s.cursor() < s.stepCount(); ++k) {
            sawFailure = w.text("narration").contains(QLatin1String("fails with"));
            if (!sawFailure)
                w.key(Qt::Key_Right);
        }
    }
    ASSERT_TRUE(sawFailure) << "no step of taskgroup_errors is narrated as a failure";
    int failed = 0, cancelled = 0;
    for (const auto &lane : s.scene().lanes) {
        failed += lane.ending == loopscope::view::Ending::Exception;
        cancelled += lane.ending == loopscope::view::Ending::Cancelled;
    }
    EXPECT_GE(failed, 1);
    w.screenshot(QStringLiteral("taskgroup-presentation-dark"));
    w.key(Qt::Key_F5);
    EXPECT_FALSE(w.item("timeline")->property("presentation").toBool());
    EXPECT_TRUE(w.item("scenarioPanel")->isVisible());
    w.key(Qt::Key_End);
    w.screenshot(QStringLiteral("taskgroup-end-dark"));
    EXPECT_TRUE(w.warnings.isEmpty()) << w.warnings.join(u'\n').toStdString();
}

TEST(Walkthrough, TheWindowRemembersTheScenarioThemeSpeedSizeAndSplitBetweenRuns) {
    double pickerWidth = 0;
    {
        Window first;
        ASSERT_NE(first.window, nullptr);
        ASSERT_TRUE(first.run(QStringLiteral("wait_for_timeout")));
        first.window->resize(1280, 800);
        QTest::qWait(100);
        // Widen the scenario picker by 120 pixels, as dragging the split handle does.
        QQuickItem *picker = first.item("scenarioPanel");
        const double before = picker->width();
        QQmlExpression widen(qmlContext(picker), picker,
                             QStringLiteral("SplitView.preferredWidth = %1").arg(before + 120));
        widen.evaluate();
        ASSERT_FALSE(widen.hasError()) << widen.error().toString().toStdString();
        QTest::qWait(100);
        pickerWidth = picker->width();
        ASSERT_GT(pickerWidth, before + 60) << "the picker did not widen";
        for (QObject *o : first.window->findChildren<QObject *>()) {
            if (auto *p = qobject_cast<Preferences *>(o)) {
                p->setTheme(QStringLiteral("dark"));
                p->setSpeed(8);
            }
        }
        first.window->close();
    }
    Window second(true);
    ASSERT_NE(second.window, nullptr);
    ASSERT_TRUE(waitFor([&] { return second.session->hasTrace() && !second.session->busy(); }));
    EXPECT_EQ(second.session->scenarioId(), QStringLiteral("wait_for_timeout"));
    EXPECT_TRUE(second.session->dark());
    EXPECT_EQ(second.item("speed")->property("currentText").toString(),
              QStringLiteral("8 steps/s"));
    EXPECT_EQ(second.window->size(), QSize(1280, 800));
    QTest::qWait(100);
    EXPECT_NEAR(second.item("scenarioPanel")->width(), pickerWidth, 1.0);
}

TEST(Walkthrough, TheViewMenuSwitchesTheThemeAndTypingInTheSearchFieldDoesNotStep) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    ASSERT_TRUE(waitFor([&] { return w.session->hasTrace() && !w.session->busy(); }));
    // The View menu, opened with the mouse as a user does, then Theme: dark.
    auto *menuBar = qvariant_cast<QQuickItem *>(w.window->property("menuBar"));
    ASSERT_NE(menuBar, nullptr);
    // The View menu comes after the File menu: click its own entry in the bar.
    QQuickItem *viewEntry = nullptr;
    {
        std::vector<QQuickItem *> todo{menuBar};
        while (!todo.empty() && !viewEntry) {
            QQuickItem *i = todo.back();
            todo.pop_back();
            if (i->property("text").toString() == QLatin1String("&View") && i->width() > 0)
                viewEntry = i;
            for (QQuickItem *c : i->childItems())
                todo.push_back(c);
        }
    }
    ASSERT_NE(viewEntry, nullptr) << "the menu bar has no View entry";
    QTest::mouseClick(
        w.window, Qt::LeftButton, Qt::NoModifier,
        viewEntry->mapToScene(QPointF(viewEntry->width() / 2, viewEntry->height() / 2)).toPoint());
    QQuickItem *dark = nullptr;
    ASSERT_TRUE(waitFor(
        [&] {
            // Popups live in the window's overlay: search the whole visual tree.
            std::vector<QQuickItem *> todo{w.window->contentItem()};
            while (!todo.empty() && !dark) {
                QQuickItem *i = todo.back();
                todo.pop_back();
                if (i->property("text").toString() == QLatin1String("Theme: dark") &&
                    i->isVisible() && i->width() > 0)
                    dark = i;
                for (QQuickItem *c : i->childItems())
                    todo.push_back(c);
            }
            return dark != nullptr;
        },
        3000))
        << "the View menu has no visible “Theme: dark”";
    QTest::qWait(300); // the menu's opening transition
    w.screenshot(QStringLiteral("view-menu"));
    QTest::mouseClick(w.window, Qt::LeftButton, Qt::NoModifier,
                      dark->mapToScene(QPointF(dark->width() / 2, dark->height() / 2)).toPoint());
    EXPECT_TRUE(waitFor([&] { return w.session->dark(); }, 3000));
    EXPECT_TRUE(w.item("timeline")->property("dark").toBool());

    // Keys typed into the search field are text, not transport commands.
    QQuickItem *search = w.item("scenarioSearch");
    ASSERT_NE(search, nullptr);
    search->forceActiveFocus();
    for (char c : std::string("wait for"))
        QTest::keyClick(w.window, c);
    w.key(Qt::Key_Left);
    EXPECT_EQ(search->property("text").toString(), QStringLiteral("wait for"));
    EXPECT_FALSE(w.window->property("playing").toBool()) << "Space in the search field played";
    EXPECT_EQ(w.session->cursor(), 0) << "arrows in the search field moved the cursor";
    EXPECT_TRUE(w.warnings.isEmpty()) << w.warnings.join(u'\n').toStdString();
}
