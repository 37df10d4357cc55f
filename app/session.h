// Session: the trace the window shows, and the cursor on it. Runs a scenario off the GUI thread
// (its C++ twin on the engine, or its listing under pytrace while the twin is not written yet)
// with QCoro, so the window never freezes; reads traces; never re-derives scheduling itself.
#pragma once

#include "python/programrunner.h"
#include "timeline/timelinescene.h"
#include "trace/cursorstate.h"
#include "trace/tracedocument.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>

class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY traceChanged)
    Q_PROPERTY(QString title READ title NOTIFY traceChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY traceChanged)
    Q_PROPERTY(QString listing READ listing NOTIFY traceChanged)
    Q_PROPERTY(bool hasTrace READ hasTrace NOTIFY traceChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY traceChanged)
    Q_PROPERTY(int cursor READ cursor WRITE setCursor NOTIFY cursorChanged)
    Q_PROPERTY(double cursorTime READ cursorTime NOTIFY cursorChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    // At the cursor: every live task's listing line ({line, task, color, running}), and what has
    // been printed so far ({time, task, color, text}).
    Q_PROPERTY(QVariantList lineMarkers READ lineMarkers NOTIFY cursorChanged)
    Q_PROPERTY(QVariantList console READ console NOTIFY cursorChanged)
    Q_PROPERTY(QString narration READ narration NOTIFY cursorChanged)
    // The task the Task panel shows (a trace task id; 0: none), and what it shows of it at the
    // cursor: {id, name, coro, color, parent, parentName, state, awaits, line, history: [{step,
    // time, line, text}], current: the last history entry the cursor has reached, or -1} (an
    // empty map when no task is selected).
    Q_PROPERTY(int selectedTask READ selectedTask WRITE setSelectedTask NOTIFY selectedTaskChanged)
    Q_PROPERTY(QVariantMap taskDetails READ taskDetails NOTIFY taskDetailsChanged)
    // How the timeline's axis maps time and order to x: 0 instants widened (the default),
    // 1 purely proportional time, 2 one column per step (loopscope::view::AxisMode).
    Q_PROPERTY(int axisMode READ axisMode WRITE setAxisMode NOTIFY sceneChanged)
    // A user's own program (app/python/): its path while its trace is the one shown, how its run
    // ended ({status, headline, detail, line, traceback, error}; empty headline: it just
    // finished), and whether pytrace is running it now.
    Q_PROPERTY(QString programPath READ programPath NOTIFY programChanged)
    Q_PROPERTY(QVariantMap programOutcome READ programOutcome NOTIFY programChanged)
    Q_PROPERTY(bool programRunning READ programRunning NOTIFY programRunningChanged)
    Q_PROPERTY(QString runningProgram READ runningProgram NOTIFY programRunningChanged)
    // The loop iteration of the step at the cursor (0 before the first step), and the loop's
    // internals at the cursor for the Loop panel (see Session::loopState).
    Q_PROPERTY(int iteration READ iteration NOTIFY cursorChanged)
    Q_PROPERTY(QVariantMap loopState READ loopState NOTIFY cursorChanged)

public:
    struct Result; // what a run produced, adopted on the GUI thread

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QString scenarioId() const { return m_scenarioId; }
    QString title() const;
    QString fileName() const;
    QString listing() const;
    bool hasTrace() const { return m_trace != nullptr; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    int stepCount() const { return static_cast<int>(m_scene.stepX.size()); }
    // The cursor: 0 is before the first step; k is just after step k (k = 1…stepCount).
    int cursor() const { return m_cursor; }
    void setCursor(int cursor);
    double cursorTime() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    QVariantList lineMarkers() const;
    QVariantList console() const;
    QString narration() const;
    int iteration() const;
    // {available, iteration, clock, snapshotLeft, current, beforeStep, ready, readyCount, timers,
    // timerCount, jobs}, right after the step at the cursor (the loop's view of it): each
    // handle {handle, what, task, taskName, color, done, doneName, timer, cancelled, snapshot},
    // each timer {timer, deadline, what, task, taskName, color}, each job {job, func, task,
    // taskName, color, start, end, running}.
    QVariantMap loopState() const;
    const loopscope::trace::CursorState &state() const { return m_state; }
    int selectedTask() const { return m_selectedTask; }
    void setSelectedTask(int task);
    QVariantMap taskDetails() const;
    int axisMode() const { return m_axisMode; }
    void setAxisMode(int mode);
    // The virtual time of step k (1…stepCount); k = 0 gives the first step's time.
    double stepTime(int step) const;
    // The colour of a task everywhere in the window (the timeline's palette).
    Q_INVOKABLE QColor taskColor(int task) const;

    const loopscope::trace::TraceDocument *trace() const { return m_trace.get(); }
    // The trace file's bytes as read or as the run wrote them (File > Save trace writes these).
    const QByteArray &traceJson() const { return m_json; }
    const loopscope::view::TimelineScene &scene() const { return m_scene; }
    // x of the cursor on the timeline's axis.
    double cursorX() const;

    // Runs a built-in scenario with the parameters a user changed; the result replaces the
    // current trace when it arrives (a newer run supersedes an older one still under way).
    Q_INVOKABLE void runScenario(const QString &id, const QVariantMap &params = {});
    // Opens a trace file; a broken one leaves the current trace as it was and sets `error`.
    Q_INVOKABLE bool openTrace(const QString &path);

    // Traces a user's own program under pytrace (a path or a file: URL) with the Python settings;
    // `overrides` may set seed, horizon, stepLimit, timeLimit (s) or params. The result replaces
    // the current trace, with an outcome that says how the run ended; while the settings watch,
    // a change of the file on disk traces it again and keeps the cursor at the same virtual time.
    Q_INVOKABLE void openProgram(const QString &pathOrUrl, const QVariantMap &overrides = {});
    void openProgram(const loopscope::python::ProgramRequest &request);
    Q_INVOKABLE void cancelProgram();
    // The open program again, with the same options, the cursor kept at its virtual time.
    Q_INVOKABLE void traceProgramAgain();
    QString programPath() const;
    QVariantMap programOutcome() const;
    bool programRunning() const;
    QString runningProgram() const;

    Q_INVOKABLE void stepForward() { setCursor(m_cursor + 1); }
    Q_INVOKABLE void stepBack() { setCursor(m_cursor - 1); }
    Q_INVOKABLE void toStart() { setCursor(0); }
    Q_INVOKABLE void toEnd() { setCursor(stepCount()); }
    // To the first step of the next (direction > 0) or previous (< 0) instant of virtual time;
    // back from the first instant is the start, forward from the last one is the end.
    Q_INVOKABLE void stepInstant(int direction);
    // To the next (direction > 0) or previous iteration boundary (StateIndex::iterationStep).
    Q_INVOKABLE void stepIteration(int direction);

signals:
    void traceChanged();
    void busyChanged();
    void errorChanged();
    void cursorChanged();
    void languageChanged();
    void darkChanged();
    void selectedTaskChanged();
    void taskDetailsChanged();
    void sceneChanged(); // the layout changed (a new trace or another axis mode)
    void programChanged();
    void programRunningChanged();
    void programFinished(); // each run of a program ended (adopted, failed or cancelled)

private:
    void adopt(std::shared_ptr<Result> result);
    void setError(const QString &error);
    void setBusy(bool busy);

    QString m_scenarioId;
    QString m_language = QStringLiteral("en");
    std::unique_ptr<loopscope::trace::TraceDocument> m_trace;
    QByteArray m_json;
    loopscope::view::TimelineScene m_scene;
    int m_cursor = 0;
    bool m_dark = false;
    loopscope::trace::CursorState m_state;
    loopscope::trace::CursorState m_loop; // the loop's state: right after the step at the cursor
    std::shared_ptr<const loopscope::trace::StateIndex> m_index; // checkpoints of m_trace
    QVariantMap handleMap(const loopscope::trace::LoopHandle &h) const;
    void updateState();
    bool m_busy = false;
    QString m_error;
    quint64 m_generation = 0; // runs started; only the newest one's result is adopted
    int m_selectedTask = 0;
    int m_axisMode = 0;
    std::vector<double> m_stepTimes; // the virtual time of every step, in order
    // The selected task's history, built when first asked for (m_historyTask: whose; -1: none).
    mutable int m_historyTask = -1;
    mutable QVariantList m_history;
    mutable std::vector<int> m_historySteps;

    struct ProgramState; // the open program: its request, watcher, run under way, outcome
    std::unique_ptr<ProgramState> m_program;
    ProgramState &program();
    void startProgramRun(bool keepCursor);
    void programRunEnded(quint64 generation, loopscope::python::ProgramRun run, bool keepCursor);
    void adoptProgram(std::shared_ptr<Result> result, bool keepCursor);
    void watchProgramFile();
};
