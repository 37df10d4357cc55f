// Opening a user's own asyncio program: each test opens a program of tests/app/data/programs
// through Session::openProgram, the call File > Open Python program…, drag and drop and
// `loopscope --python` make, and checks what the window would show: the listing, the task
// markers, the console, the timeline's steps and the sentence that says how the run ended.
#include "python/programoutcome.h"
#include "python/programrunner.h"
#include "python/programsettings.h"
#include "qt_printers.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <QCoro/QCoroTask>

#include <gtest/gtest.h>

namespace {

const QString programs = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/");

template<class F>
bool waitUntil(F done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// Settings of the test's own (QSettings in a temporary folder), a session, and a way to wait for
// a program's run to end.
class OpenProgram : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        // The machine the tests run on may be busy: only the tests of the wall-clock limit
        // depend on it.
        ProgramSettings().setTimeLimit(120);
        QObject::connect(&session, &Session::programFinished, [this] { ++finished; });
    }

    // Opens as the menu does and waits for the run to end.
    // `runs`: the program goes to CPython (not refused before anything runs).
    void open(const QString &path, const QVariantMap &overrides = {}, bool runs = true) {
        const int before = finished;
        session.openProgram(path, overrides);
        if (runs) {
            EXPECT_TRUE(session.programRunning()) << "the window shows no run under way";
        }
        ASSERT_TRUE(waitUntil([&] { return finished > before; }, 60000))
            << "the run of " << path.toStdString() << " did not end";
        EXPECT_FALSE(session.programRunning());
        EXPECT_FALSE(session.busy());
    }

    QString outcome(const char *key) const {
        return session.programOutcome().value(QLatin1String(key)).toString();
    }

    QStringList consoleTexts() const {
        QStringList texts;
        for (const QVariant &line : session.console())
            texts << line.toMap().value(QStringLiteral("text")).toString();
        return texts;
    }

    QTemporaryDir settingsDir;
    Session session;
    int finished = 0;
};

} // namespace

TEST_F(OpenProgram, AGoodProgramShowsLikeABuiltInScenario) {
    open(programs + QStringLiteral("coffee_orders.py"));
    ASSERT_TRUE(session.hasTrace())
        << session.programOutcome()[QStringLiteral("detail")].toString().toStdString();
    EXPECT_EQ(session.programPath(),
              QDir::cleanPath(programs + QStringLiteral("coffee_orders.py")));
    EXPECT_EQ(session.fileName(), QStringLiteral("coffee_orders.py"));
    EXPECT_EQ(session.title(), QStringLiteral("coffee_orders"));
    EXPECT_TRUE(session.listing().startsWith(QStringLiteral("\"\"\"Two baristas")));
    EXPECT_EQ(outcome("status"), QStringLiteral("ok"));
    EXPECT_TRUE(outcome("headline").isEmpty());
    // main, two baristas of the gather, and asyncio.run's two shutdown tasks.
    EXPECT_EQ(session.trace()->tasks.size() - 1, 5u);
    EXPECT_GT(session.stepCount(), 6);

    // After main's first step the two baristas are created: main's marker sits on the gather.
    session.setCursor(1);
    const QVariantList markers = session.lineMarkers();
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].toMap()[QStringLiteral("line")].toInt(), 16);
    EXPECT_TRUE(markers[0].toMap()[QStringLiteral("running")].toBool());

    session.toEnd();
    EXPECT_EQ(consoleTexts(),
              (QStringList{"Ana starts a latte", "Ben starts a flat white", "Ana serves a latte",
                           "Ana starts a espresso", "Ben serves a flat white",
                           "Ana serves a espresso", "served 3 drinks"}));
    EXPECT_DOUBLE_EQ(session.cursorTime(), 3.0);
}

TEST_F(OpenProgram, AQueueAndTaskGroupProgramShowsEveryTaskLine) {
    open(programs + QStringLiteral("queue_pipeline.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("ok"));
    // Somewhere in the run the consumer waits on queue.get while the producer sleeps.
    bool bothMarked = false;
    for (int c = 1; c <= session.stepCount() && !bothMarked; ++c) {
        session.setCursor(c);
        QList<int> lines;
        for (const QVariant &m : session.lineMarkers())
            lines << m.toMap()[QStringLiteral("line")].toInt();
        bothMarked = lines.contains(6) && lines.contains(13);
    }
    EXPECT_TRUE(bothMarked) << "never saw the producer at line 6 and the consumer at line 13";
    session.toEnd();
    EXPECT_EQ(consoleTexts().last(), QStringLiteral("pipeline done"));
}

TEST_F(OpenProgram, ASyntaxErrorIsShownAtItsLine) {
    open(programs + QStringLiteral("syntax_error.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("syntax_error"));
    EXPECT_EQ(outcome("headline"), QStringLiteral("Syntax error at line 6: '(' was never closed"));
    EXPECT_EQ(session.programOutcome()[QStringLiteral("line")].toInt(), 6);
    EXPECT_TRUE(session.programOutcome()[QStringLiteral("error")].toBool());
    EXPECT_TRUE(session.listing().contains(QStringLiteral("await asyncio.sleep(1\n")));
    EXPECT_EQ(session.stepCount(), 0);
}

TEST_F(OpenProgram, AnExceptionShowsTheTimelineUpToItAndTheTraceback) {
    open(programs + QStringLiteral("raises_midway.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("exception"));
    EXPECT_EQ(outcome("headline"),
              QStringLiteral("The program failed at t = 3 s: LookupError: no such key: 7"));
    EXPECT_EQ(session.programOutcome()[QStringLiteral("line")].toInt(), 7); // the raise
    EXPECT_TRUE(
        outcome("traceback").startsWith(QStringLiteral("Traceback (most recent call last)")));
    EXPECT_TRUE(outcome("traceback").contains(QStringLiteral("line 15, in main")));
    session.toEnd();
    EXPECT_EQ(consoleTexts(), (QStringList{"looking up 3", "got 30", "looking up 7"}));
    EXPECT_DOUBLE_EQ(session.cursorTime(), 3.0);
}

TEST_F(OpenProgram, AProgramThatNeverEndsStopsAtTheHorizon) {
    open(programs + QStringLiteral("never_ends.py"), {{QStringLiteral("horizon"), 35.0}});
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("horizon"));
    EXPECT_EQ(outcome("headline"), QStringLiteral("Stopped at the horizon, t = 35 s"));
    session.toEnd();
    EXPECT_EQ(consoleTexts(), (QStringList{"beat 1", "beat 2", "beat 3", "beat 4"}));

    // Trace again (the banner's button) keeps the options it was opened with, and the cursor.
    session.setCursor(2);
    const int before = finished;
    session.traceProgramAgain();
    ASSERT_TRUE(waitUntil([&] { return finished > before; }, 60000));
    EXPECT_EQ(outcome("headline"), QStringLiteral("Stopped at the horizon, t = 35 s"));
    EXPECT_EQ(session.cursor(), 2);
}

TEST_F(OpenProgram, ACpuLoopWithNoAwaitIsKilledAfterTheWallClockLimit) {
    // Short, but long enough for CPython to start on a busy machine.
    ProgramSettings().setTimeLimit(6);
    QElapsedTimer clock;
    clock.start();
    open(programs + QStringLiteral("cpu_loop.py"));
    EXPECT_LT(clock.elapsed(), 15000) << "the 6 s limit did not stop it";
    EXPECT_EQ(outcome("status"), QStringLiteral("killed"));
    EXPECT_EQ(outcome("detail"),
              QStringLiteral("Stopped after 6 s of real time: Task-1 resumed at line 11 `await "
                             "asyncio.sleep(2)` and never reached another await, so the event loop "
                             "could run nothing else (a CPU loop with no await). The limit is in "
                             "Python settings."));
    EXPECT_EQ(session.programOutcome()[QStringLiteral("line")].toInt(), 11);
    // The listing is still there to read, with the line marked.
    EXPECT_TRUE(session.listing().contains(QStringLiteral("while True:  # no await")));
}

TEST_F(OpenProgram, ACallbackThatNeverReturnsIsKilledAndNamedAsACallback) {
    ProgramSettings().setTimeLimit(6);
    open(programs + QStringLiteral("callback_spin.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("killed"));
    EXPECT_TRUE(outcome("detail").startsWith(
        QStringLiteral("Stopped after 6 s of real time: a callback the event loop ran (not a task "
                       "step) never returned")))
        << outcome("detail").toStdString();
}

TEST_F(OpenProgram, RealIoThatCanNeverCompleteIsExplainedInOneSentence) {
    open(programs + QStringLiteral("socket_wait.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("stall"));
    EXPECT_EQ(outcome("detail"),
              QStringLiteral("The loop stalled at t = 0 s: Task-1 waits at line 9 `data = await "
                             "reader.read(100)` for real I/O (a socket, a pipe or a subprocess) or "
                             "a future nobody completes, and real I/O never completes on "
                             "Loopscope's virtual clock; nothing else is ready and no timer is "
                             "armed, so a real run would wait there forever."));
    EXPECT_EQ(session.programOutcome()[QStringLiteral("line")].toInt(), 9);
}

TEST_F(OpenProgram, EndlessPrintingEndsAtTheStepLimitAndStaysUsable) {
    ProgramSettings().setStepLimit(3000);
    open(programs + QStringLiteral("print_flood.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("limit"));
    EXPECT_EQ(outcome("headline"), QStringLiteral("Stopped by the step limit after 3,000 steps, "
                                                  "at t = 0 s"));
    EXPECT_TRUE(outcome("detail").contains(QStringLiteral("3,000 lines printed")));
    EXPECT_EQ(session.stepCount(), 3000);
    session.toEnd();
    EXPECT_EQ(consoleTexts().size(), 3000);
}

TEST_F(OpenProgram, MillionsOfTasksEndAtTheStepLimit) {
    ProgramSettings().setStepLimit(5000);
    open(programs + QStringLiteral("task_explosion.py"));
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(outcome("status"), QStringLiteral("limit"));
    EXPECT_GT(session.trace()->tasks.size(), 5000u);
}

TEST_F(OpenProgram, ATraceGrowingWithoutEndIsStoppedAtTheSizeLimit) {
    QElapsedTimer clock;
    clock.start();
    open(programs + QStringLiteral("huge_lines.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("too_large"));
    EXPECT_EQ(outcome("detail"), QStringLiteral("Stopped: the trace grew past 64 MB (it prints "
                                                "without end). Lower the step limit in Python "
                                                "settings, or make the program shorter."));
    EXPECT_LT(clock.elapsed(), 60000);
}

TEST_F(OpenProgram, AShellScriptIsRecognisedAsNotPython) {
    open(programs + QStringLiteral("deploy_script.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("syntax_error"));
    EXPECT_EQ(outcome("headline"),
              QStringLiteral("This is not Python: it reads like a shell script"));
}

TEST_F(OpenProgram, PlainPythonIsRecognisedAsNotAsyncio) {
    open(programs + QStringLiteral("plain_python.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("no_loop"));
    EXPECT_EQ(outcome("headline"), QStringLiteral("This is plain Python, not an asyncio program"));
    EXPECT_EQ(consoleTexts(), (QStringList{"0 0", "1 1", "2 1", "3 2", "4 3"}));
}

TEST_F(OpenProgram, CoroutinesNeverRunAreExplained) {
    open(programs + QStringLiteral("forgot_asyncio_run.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("no_loop"));
    EXPECT_EQ(outcome("detail"), QStringLiteral("It defines coroutines (async def) but never runs "
                                                "them: call asyncio.run(main()) at the end to "
                                                "start the loop."));
}

TEST_F(OpenProgram, AnImageIsNotAProgram) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picture.py"));
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    ASSERT_TRUE(image.save(path, "PNG"));
    open(path, {}, false);
    EXPECT_EQ(outcome("status"), QStringLiteral("not_a_program"));
    EXPECT_EQ(outcome("detail"), QStringLiteral("This is a PNG image, not a Python program."));
}

TEST_F(OpenProgram, AnInterpreterOlderThan311IsRefusedWithItsVersion) {
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("python3.9"));
    QFile script(fake);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho CPython\necho 3.9.18\n");
    script.close();
    script.setPermissions(script.permissions() | QFile::ExeOwner);
    ProgramSettings().setInterpreter(fake);
    open(programs + QStringLiteral("coffee_orders.py"));
    EXPECT_EQ(outcome("status"), QStringLiteral("interpreter"));
    EXPECT_EQ(outcome("detail"), QStringLiteral("%1 is CPython 3.9.18; Loopscope needs CPython "
                                                "3.11 or later (set the interpreter in Python "
                                                "settings).")
                                     .arg(fake));
}

TEST_F(OpenProgram, AMissingInterpreterIsNamed) {
    ProgramSettings().setInterpreter(QStringLiteral("python3-that-does-not-exist"));
    open(programs + QStringLiteral("coffee_orders.py"), {}, false);
    EXPECT_EQ(outcome("status"), QStringLiteral("interpreter"));
    EXPECT_TRUE(outcome("detail").contains(QStringLiteral("“python3-that-does-not-exist”")));
}

TEST_F(OpenProgram, CancelStopsARunAndKeepsWhatWasShown) {
    open(programs + QStringLiteral("coffee_orders.py"));
    ASSERT_EQ(session.fileName(), QStringLiteral("coffee_orders.py"));
    const int before = finished;
    session.openProgram(programs + QStringLiteral("cpu_loop.py"));
    ASSERT_TRUE(session.programRunning());
    EXPECT_EQ(session.runningProgram(), QStringLiteral("cpu_loop.py"));
    waitUntil([] { return false; }, 700); // let pytrace start
    QElapsedTimer clock;
    clock.start();
    session.cancelProgram();
    ASSERT_TRUE(waitUntil([&] { return finished > before; }, 5000));
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_FALSE(session.programRunning());
    EXPECT_EQ(session.fileName(), QStringLiteral("coffee_orders.py"));
}

TEST_F(OpenProgram, WatchModeTracesAnEditedFileAgainAndKeepsTheVirtualTime) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture.py"));
    const auto write = [&](const QByteArray &text) {
        // As editors save: a new file renamed over the old one.
        QFile tmp(path + QStringLiteral(".swp"));
        ASSERT_TRUE(tmp.open(QIODevice::WriteOnly));
        tmp.write(text);
        tmp.close();
        QFile::remove(path);
        ASSERT_TRUE(QFile::rename(tmp.fileName(), path));
    };
    QFile source(programs + QStringLiteral("coffee_orders.py"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    write(text);
    open(path);
    ASSERT_TRUE(session.hasTrace());
    // The cursor on the first step at t = 1.5 s (Ana serves her latte).
    int cursor = 0;
    for (int c = 1; c <= session.stepCount() && !cursor; ++c) {
        session.setCursor(c);
        if (session.cursorTime() == 1.5)
            cursor = c;
    }
    ASSERT_GT(cursor, 0);

    // The lecturer edits: one more drink for Ben.
    QByteArray edited = text;
    edited.replace("[\"flat white\"]", "[\"flat white\", \"mocha\"]");
    ASSERT_NE(edited, text);
    const int before = finished;
    write(edited);
    ASSERT_TRUE(waitUntil([&] { return finished > before; }, 60000)) << "no new trace";
    ASSERT_TRUE(session.hasTrace());
    EXPECT_EQ(session.programPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(session.listing().contains(QStringLiteral("\"mocha\"")));
    EXPECT_DOUBLE_EQ(session.cursorTime(), 1.5);
    session.toEnd();
    EXPECT_EQ(consoleTexts().last(), QStringLiteral("served 4 drinks"));

    // And again: the watcher follows the replaced file.
    edited.replace("served", "poured");
    const int again = finished;
    write(edited);
    ASSERT_TRUE(waitUntil([&] { return finished > again; }, 60000)) << "no trace after 2nd edit";
    session.toEnd();
    EXPECT_EQ(consoleTexts().last(), QStringLiteral("poured 4 drinks"));
}

TEST(ProgramRunner, RecognisesFilesThatAreNotListings) {
    using loopscope::python::describeNonProgram;
    EXPECT_TRUE(describeNonProgram("import asyncio\n").isEmpty());
    EXPECT_EQ(describeNonProgram(""),
              QStringLiteral("The file is empty: there is no program to run."));
    EXPECT_EQ(describeNonProgram("%PDF-1.7\n..."),
              QStringLiteral("This is a PDF document, not a Python program."));
    EXPECT_EQ(describeNonProgram("{\n  \"format\": \"loopscope-trace\",\n"),
              QStringLiteral("This is a Loopscope trace, not a program: open it with File > Open "
                             "trace…."));
    EXPECT_EQ(describeNonProgram(QByteArray("abc\xff\xfe", 5)),
              QStringLiteral("This file holds binary data (it is not UTF-8 text), not a Python "
                             "program."));
}

TEST(ProgramRunner, ThisMachinesPython3IsCPython311OrLater) {
    const auto check =
        QCoro::waitFor(loopscope::python::checkInterpreter(QStringLiteral("python3")));
    EXPECT_TRUE(check.ok) << check.message.toStdString();
    EXPECT_TRUE(check.version.startsWith(QStringLiteral("CPython 3.")));
}

namespace {

struct CliRun {
    int exitCode;
    QString err;
};

// `loopscope ARGS…` with no display and settings of its own.
CliRun loopscopeCli(const QStringList &args, const QString &configDir) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    // Settings of its own; a generous real-time limit, for a busy machine.
    QDir(configDir).mkpath(QStringLiteral("Loopscope"));
    QFile conf(configDir + QStringLiteral("/Loopscope/Loopscope.conf"));
    EXPECT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[python]\ntimeLimit=120\n");
    conf.close();
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(PythonCommandLine, ExportsAProgramOfYourOwnAsAnImage) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("coffee.png"));
    const CliRun r = loopscopeCli({QStringLiteral("--python"), programs + "coffee_orders.py",
                                   QStringLiteral("--export"), png, QStringLiteral("--size"),
                                   QStringLiteral("1280x720")},
                                  dir.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1280, 720));
}

TEST(PythonCommandLine, SavesTheTraceWithTheSeedAndHorizonGivenAndNotesHowItEnded) {
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("beats.loopscope.json"));
    const CliRun r =
        loopscopeCli({QStringLiteral("--python"), programs + "never_ends.py",
                      QStringLiteral("--horizon"), QStringLiteral("25"), QStringLiteral("--seed"),
                      QStringLiteral("7"), QStringLiteral("--trace"), trace},
                     dir.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("loopscope: never_ends.py: Stopped at the horizon, t = 25 s. ")))
        << r.err.toStdString();
    QFile f(trace);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    EXPECT_TRUE(json.contains("\n  \"seed\": 7,\n  \"horizon\": 25.0,\n")) << json.left(400).data();
    EXPECT_TRUE(json.contains("\"status\": \"horizon\""));
}

TEST(PythonCommandLine, ASyntaxErrorIsAOneLineErrorWithItsLine) {
    QTemporaryDir dir;
    const CliRun r = loopscopeCli({QStringLiteral("--python"), programs + "syntax_error.py",
                                   QStringLiteral("--export"), dir.filePath("x.png")},
                                  dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral(
        "loopscope: syntax_error.py: Syntax error at line 6: '(' was never closed. ")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("x.png")));
}

TEST_F(OpenProgram, WithWatchingOffAnEditedFileIsNotTracedAgain) {
    ProgramSettings().setWatch(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quiet.py"));
    QFile::copy(programs + QStringLiteral("coffee_orders.py"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    open(path);
    ASSERT_TRUE(session.hasTrace());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("print('one more line')\n");
    file.close();
    const int before = finished;
    waitUntil([] { return false; }, 2000);
    EXPECT_EQ(finished, before);
    EXPECT_FALSE(session.programRunning());
}
