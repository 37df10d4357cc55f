#include "session.h"

#include "timeline/scenebuilder.h"
#include "timeline/timelinepainter.h"
#include "trace/narration.h"

#include "loopscope/twin.hpp"
#include "python/programoutcome.h"
#include "python/programsettings.h"
#include "scenariorunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>

using loopscope::scenarios::ScenarioInfo;

namespace {

struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

struct Session::Result {
    QString scenarioId;
    std::unique_ptr<loopscope::trace::TraceDocument> trace;
    std::shared_ptr<const loopscope::trace::StateIndex> index;
    loopscope::view::TimelineScene scene;
    QString error;
    QByteArray json;
};

// The user's own program the session shows or traces (app/python/).
struct Session::ProgramState {
    loopscope::python::ProgramRequest request; // the last run asked for
    QString path;                              // the program whose trace is shown; empty: none
    loopscope::python::Outcome outcome;        // how that run ended
    QByteArray tracedDigest;                   // the file's content that run traced
    std::shared_ptr<loopscope::python::RunControl> control; // the run under way, if any
    quint64 generation = 0;                                 // that run's
    bool adopting = false;      // a program's trace is being adopted (not a scenario's)
    QFileSystemWatcher watcher; // always on; the setting decides, at each change, to trace again
    QTimer settle; // editors write in several steps: trace again once the file is quiet

    // A run still under way when the window closes must not outlive it.
    ~ProgramState() {
        if (control)
            control->cancel();
    }
};

namespace {

QCoro::Task<> runInBackground(QPointer<Session> session, QString id, QVariantMap values,
                              loopscope::view::AxisMode mode,
                              std::function<void(std::shared_ptr<Session::Result>)> done);

} // namespace

Session::Session(QObject *parent)
    : QObject(parent) {}

Session::~Session() = default;

QString Session::title() const {
    if (const ScenarioInfo *s = loopscope::scenarios::findScenario(m_scenarioId.toStdString()))
        return qs(m_language == QLatin1String("ru") ? s->title.ru : s->title.en);
    return m_trace ? m_trace->programId : QString();
}

QString Session::fileName() const {
    return m_trace ? m_trace->fileName : QString();
}

QString Session::listing() const {
    return m_trace ? m_trace->source : QString();
}

void Session::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    m_historyTask = -1;
    emit languageChanged();
    emit traceChanged();
}

void Session::setCursor(int cursor) {
    cursor = std::clamp(cursor, 0, stepCount());
    if (cursor == m_cursor)
        return;
    m_cursor = cursor;
    updateState();
    emit cursorChanged();
    emit taskDetailsChanged();
}

double Session::stepTime(int step) const {
    if (m_stepTimes.empty())
        return 0;
    return m_stepTimes[static_cast<std::size_t>(std::clamp(step, 1, stepCount()) - 1)];
}

void Session::stepInstant(int direction) {
    const int n = static_cast<int>(m_stepTimes.size());
    if (n == 0 || direction == 0)
        return;
    auto timeOf = [this](int k) { return m_stepTimes[static_cast<std::size_t>(k - 1)]; };
    // The first step (1-based) of the instant that step k belongs to.
    auto firstOfInstant = [&](int k) {
        while (k > 1 && timeOf(k - 1) == timeOf(k))
            --k;
        return k;
    };
    if (direction > 0) {
        if (m_cursor == 0) {
            setCursor(1);
            return;
        }
        int k = m_cursor;
        while (k <= n && timeOf(k) == timeOf(m_cursor))
            ++k;
        setCursor(std::min(k, n));
    } else {
        if (m_cursor <= 1) {
            setCursor(0);
            return;
        }
        const int first = firstOfInstant(m_cursor);
        setCursor(first == 1 ? 0 : firstOfInstant(first - 1));
    }
}

void Session::setSelectedTask(int task) {
    if (!m_trace || task < 0 || task >= static_cast<int>(m_trace->tasks.size()))
        task = 0;
    if (task == m_selectedTask)
        return;
    m_selectedTask = task;
    m_historyTask = -1;
    emit selectedTaskChanged();
    emit taskDetailsChanged();
}

namespace {

QString stateText(loopscope::trace::TaskState state) {
    using loopscope::trace::TaskState;
    switch (state) {
    case TaskState::NotCreated:
        return SessionText::tr("not created yet");
    case TaskState::Ready:
        return SessionText::tr("ready: in the loop's ready queue");
    case TaskState::Running:
        return SessionText::tr("running");
    case TaskState::Sleeping:
        return SessionText::tr("sleeping");
    case TaskState::Awaiting:
        return SessionText::tr("awaiting");
    case TaskState::Done:
        return SessionText::tr("done");
    case TaskState::Failed:
        return SessionText::tr("failed");
    case TaskState::Cancelled:
        return SessionText::tr("cancelled");
    }
    return QString();
}

// One line of a task's history: what event `e` (an event of task `id` or about it) did.
QString historyText(const loopscope::trace::TraceDocument &trace, const loopscope::trace::Event &e,
                    std::uint32_t id) {
    using loopscope::trace::DoneState;
    using loopscope::trace::Kind;
    const auto name = [&](std::uint32_t task) { return trace.taskLabel(task); };
    switch (e.kind) {
    case Kind::TaskNew:
        return e.ref ? SessionText::tr("created by %1").arg(name(e.ref))
                     : SessionText::tr("created");
    case Kind::Step:
        return e.text ? SessionText::tr("resumes with %1 thrown in").arg(trace.string(e.text))
                      : SessionText::tr("runs a step");
    case Kind::Yield:
        return SessionText::tr("suspends: %1").arg(loopscope::view::waitLabel(trace, e));
    case Kind::Done:
        switch (static_cast<DoneState>(e.sub)) {
        case DoneState::Result:
            return SessionText::tr("returns %1").arg(trace.string(e.text));
        case DoneState::Exception:
            return trace.string(e.text2).isEmpty()
                       ? SessionText::tr("fails with %1").arg(trace.string(e.text))
                       : SessionText::tr("fails with %1: %2")
                             .arg(trace.string(e.text), trace.string(e.text2));
        case DoneState::Cancelled:
            return SessionText::tr("ends cancelled");
        }
        break;
    case Kind::Cancel:
        if (e.task != id)
            return SessionText::tr("cancels %1").arg(name(e.task));
        return e.ref ? SessionText::tr("cancel requested by %1").arg(name(e.ref))
                     : SessionText::tr("cancel requested");
    case Kind::Print:
        return SessionText::tr("prints “%1”").arg(trace.string(e.text));
    case Kind::Block:
        return SessionText::tr("blocks the loop with time.sleep(%1)")
            .arg(QString::number(e.num, 'g', 6));
    default:
        break;
    }
    return QString();
}

} // namespace

QVariantMap Session::taskDetails() const {
    using loopscope::trace::Kind;
    using loopscope::trace::TaskState;
    if (!m_trace || m_selectedTask <= 0 ||
        m_selectedTask >= static_cast<int>(m_trace->tasks.size()))
        return {};
    const auto id = static_cast<std::uint32_t>(m_selectedTask);
    const loopscope::trace::TaskInfo &info = m_trace->tasks[id];
    const loopscope::trace::TaskAt at =
        id < m_state.tasks.size() ? m_state.tasks[id] : loopscope::trace::TaskAt{};
    QString awaits;
    if ((at.state == TaskState::Sleeping || at.state == TaskState::Awaiting) && at.on > 0 &&
        at.on <= m_trace->events.size())
        awaits = loopscope::view::waitLabel(*m_trace, m_trace->events[at.on - 1]);
    // The history: every event of the task, and every cancel() it called, each with the cursor
    // position that shows it (the number of steps up to and including it). It does not depend on
    // the cursor: built once per selected task and trace, it is kept.
    if (m_historyTask != m_selectedTask) {
        m_history.clear();
        m_historySteps.clear();
        int steps = 0;
        for (const loopscope::trace::Event &e : m_trace->events) {
            if (e.kind == Kind::Step)
                ++steps;
            const bool own = e.task == id && e.kind != Kind::Thread && e.kind != Kind::Timer;
            const bool cancels = e.kind == Kind::Cancel && e.ref == id && e.task != id;
            if (!own && !cancels)
                continue;
            const QString text = historyText(*m_trace, e, id);
            if (text.isEmpty())
                continue;
            m_historySteps.push_back(steps);
            m_history.append(QVariantMap{{QStringLiteral("step"), steps},
                                         {QStringLiteral("time"), e.t},
                                         {QStringLiteral("line"), e.line},
                                         {QStringLiteral("text"), text}});
        }
        m_historyTask = m_selectedTask;
    }
    // The last entry the cursor has reached (-1: none yet).
    const int current =
        static_cast<int>(std::upper_bound(m_historySteps.begin(), m_historySteps.end(), m_cursor) -
                         m_historySteps.begin()) -
        1;
    return QVariantMap{
        {QStringLiteral("id"), m_selectedTask},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("coro"), info.coro},
        {QStringLiteral("color"), taskColor(m_selectedTask)},
        {QStringLiteral("parent"), static_cast<int>(info.parent)},
        {QStringLiteral("parentName"), info.parent ? m_trace->taskLabel(info.parent) : QString()},
        {QStringLiteral("state"), stateText(at.state)},
        {QStringLiteral("awaits"), awaits},
        {QStringLiteral("line"), at.line},
        {QStringLiteral("current"), current},
        {QStringLiteral("history"), m_history}};
}

void Session::setAxisMode(int mode) {
    mode = std::clamp(mode, 0, 2);
    if (mode == m_axisMode)
        return;
    m_axisMode = mode;
    if (m_trace)
        m_scene = loopscope::view::buildScene(*m_trace,
                                              static_cast<loopscope::view::AxisMode>(m_axisMode));
    emit sceneChanged();
    emit cursorChanged();
}

void Session::updateState() {
    // From the nearest checkpoint: fast anywhere on a trace of a million events.
    const auto cursor = static_cast<std::size_t>(m_cursor);
    m_state = m_trace && m_index ? m_index->at(m_index->endForCursor(cursor))
                                 : loopscope::trace::CursorState{};
    m_loop = m_trace && m_index ? m_index->at(m_index->loopEndForCursor(cursor), false)
                                : loopscope::trace::CursorState{};
}

void Session::stepIteration(int direction) {
    if (m_index)
        setCursor(static_cast<int>(
            m_index->iterationStep(static_cast<std::size_t>(m_cursor), direction)));
}

int Session::iteration() const {
    return m_index
               ? static_cast<int>(m_index->iterationOfCursor(static_cast<std::size_t>(m_cursor)))
               : 0;
}

QVariantMap Session::handleMap(const loopscope::trace::LoopHandle &h) const {
    const auto name = [&](std::uint32_t task) {
        return task && task < m_trace->tasks.size() ? m_trace->taskLabel(task) : QString();
    };
    return QVariantMap{
        {QStringLiteral("handle"), h.handle},
        {QStringLiteral("what"), m_trace->string(h.what)},
        {QStringLiteral("task"), h.task},
        {QStringLiteral("taskName"), name(h.task)},
        {QStringLiteral("color"), h.task   ? taskColor(static_cast<int>(h.task))
                                  : h.done ? taskColor(static_cast<int>(h.done))
                                           : QColor(Qt::transparent)},
        {QStringLiteral("done"), h.done},
        {QStringLiteral("doneName"), name(h.done)},
        {QStringLiteral("timer"), h.timer},
        {QStringLiteral("cancelled"), h.cancelled},
    };
}

QVariantMap Session::loopState() const {
    QVariantMap out;
    out.insert(QStringLiteral("available"), m_trace && m_trace->hasLoopEvents);
    if (!m_trace)
        return out;
    const auto &s = m_loop;
    out.insert(QStringLiteral("iteration"), static_cast<int>(s.stepIteration));
    out.insert(QStringLiteral("clock"), s.clock);
    out.insert(QStringLiteral("snapshotLeft"), static_cast<int>(s.snapshotLeft));
    out.insert(QStringLiteral("current"), s.current.handle ? handleMap(s.current) : QVariantMap());
    QVariantList before, ready, timers, jobs;
    for (const auto &h : s.beforeStep)
        before.append(handleMap(h));
    // A long queue (thousands of ready tasks) is shown by its head: the panel cannot list more.
    constexpr std::size_t kShown = 200;
    for (std::size_t i = 0; i < s.ready.size() && i < kShown; ++i) {
        QVariantMap h = handleMap(s.ready[i]);
        h.insert(QStringLiteral("snapshot"), i < s.snapshotLeft);
        ready.append(h);
    }
    for (std::size_t i = 0; i < s.timers.size() && i < kShown; ++i) {
        const auto &t = s.timers[i];
        timers.append(QVariantMap{
            {QStringLiteral("timer"), t.timer},
            {QStringLiteral("deadline"), t.deadline},
            {QStringLiteral("what"), m_trace->string(t.what)},
            {QStringLiteral("task"), t.armedBy},
            {QStringLiteral("taskName"), t.armedBy ? m_trace->taskLabel(t.armedBy) : QString()},
            {QStringLiteral("color"),
             t.armedBy ? taskColor(static_cast<int>(t.armedBy)) : QColor(Qt::transparent)}});
    }
    for (const auto &j : s.jobs)
        jobs.append(QVariantMap{
            {QStringLiteral("job"), j.job},
            {QStringLiteral("func"), m_trace->string(j.func)},
            {QStringLiteral("task"), j.task},
            {QStringLiteral("taskName"), j.task ? m_trace->taskLabel(j.task) : QString()},
            {QStringLiteral("color"),
             j.task ? taskColor(static_cast<int>(j.task)) : QColor(Qt::transparent)},
            {QStringLiteral("start"), j.start},
            {QStringLiteral("end"), j.end},
            {QStringLiteral("running"), j.start <= s.clock}});
    out.insert(QStringLiteral("beforeStep"), before);
    out.insert(QStringLiteral("ready"), ready);
    out.insert(QStringLiteral("readyCount"), static_cast<int>(s.ready.size()));
    out.insert(QStringLiteral("timers"), timers);
    out.insert(QStringLiteral("timerCount"), static_cast<int>(s.timers.size()));
    out.insert(QStringLiteral("jobs"), jobs);
    return out;
}

void Session::setDark(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit darkChanged();
    emit cursorChanged();
    emit taskDetailsChanged();
}

QColor Session::taskColor(int task) const {
    const auto palette = loopscope::view::Palette::forTheme(m_dark ? loopscope::view::Theme::Dark
                                                                   : loopscope::view::Theme::Light);
    return loopscope::view::taskColor(palette, task - 1);
}

QVariantList Session::lineMarkers() const {
    using loopscope::trace::TaskState;
    QVariantList markers;
    if (!m_trace)
        return markers;
    for (std::size_t id = 1; id < m_state.tasks.size(); ++id) {
        const auto &t = m_state.tasks[id];
        if (t.line <= 0 || t.state == TaskState::NotCreated || t.state == TaskState::Done ||
            t.state == TaskState::Failed || t.state == TaskState::Cancelled)
            continue;
        markers.append(QVariantMap{{QStringLiteral("id"), static_cast<int>(id)},
                                   {QStringLiteral("line"), t.line},
                                   {QStringLiteral("task"), m_trace->tasks[id].name},
                                   {QStringLiteral("color"), taskColor(static_cast<int>(id))},
                                   {QStringLiteral("running"), id == m_state.running}});
    }
    return markers;
}

QVariantList Session::console() const {
    QVariantList lines;
    if (!m_trace)
        return lines;
    for (const auto &l : m_state.console) {
        lines.append(QVariantMap{
            {QStringLiteral("time"), l.t},
            {QStringLiteral("task"), l.task ? m_trace->tasks[l.task].name : QString()},
            {QStringLiteral("color"), l.task ? taskColor(static_cast<int>(l.task)) : QColor()},
            {QStringLiteral("text"), l.text}});
    }
    return lines;
}

double Session::cursorX() const {
    if (m_scene.stepX.empty())
        return -1;
    if (m_cursor == 0)
        return std::max(0.0, m_scene.stepX.front() - 0.25);
    // Just after step k: the end of its column.
    return m_scene.stepX[static_cast<std::size_t>(m_cursor - 1)] + 1;
}

double Session::cursorTime() const {
    return m_state.t; // the time of the step at the cursor, replayed with the rest of the state
}

void Session::setError(const QString &error) {
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void Session::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void Session::adopt(std::shared_ptr<Result> result) {
    if (!result->trace) {
        setError(result->error);
        return;
    }
    setError(QString());
    const bool sameProgram = !m_scenarioId.isEmpty() && result->scenarioId == m_scenarioId;
    m_scenarioId = result->scenarioId;
    m_trace = std::move(result->trace);
    m_json = std::move(result->json);
    m_index = result->index ? std::move(result->index)
                            : std::make_shared<const loopscope::trace::StateIndex>(*m_trace);
    m_scene = std::move(result->scene);
    m_cursor = 0;
    m_historyTask = -1;
    m_stepTimes.clear();
    for (const loopscope::trace::Event &e : m_trace->events) {
        if (e.kind == loopscope::trace::Kind::Step)
            m_stepTimes.push_back(e.t);
    }
    // A re-run of the same scenario (new parameters) keeps the selected task when it still exists.
    if (m_selectedTask != 0 &&
        (!sameProgram || m_selectedTask >= static_cast<int>(m_trace->tasks.size()))) {
        m_selectedTask = 0;
        emit selectedTaskChanged();
    }
    updateState();
    emit traceChanged();
    emit sceneChanged();
    emit cursorChanged();
    emit taskDetailsChanged();
}

void Session::runScenario(const QString &id, const QVariantMap &params) {
    const quint64 generation = ++m_generation;
    setBusy(true);
    runInBackground(this, id, params, static_cast<loopscope::view::AxisMode>(m_axisMode),
                    [this, generation](std::shared_ptr<Result> result) {
                        if (generation != m_generation)
                            return; // a newer run was started meanwhile
                        setBusy(false);
                        adopt(std::move(result));
                    });
}

bool Session::openTrace(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(SessionText::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto result = std::make_shared<Result>();
    result->json = file.readAll();
    result->trace = loopscope::trace::TraceDocument::fromJson(result->json, &result->error);
    if (!result->trace) {
        result->error = SessionText::tr("%1: %2").arg(QFileInfo(path).fileName(), result->error);
        adopt(std::move(result));
        return false;
    }
    result->scene = loopscope::view::buildScene(*result->trace,
                                                static_cast<loopscope::view::AxisMode>(m_axisMode));
    ++m_generation;
    adopt(std::move(result));
    return true;
}

namespace {

QCoro::Task<> runInBackground(QPointer<Session> session, QString id, QVariantMap values,
                              loopscope::view::AxisMode mode,
                              std::function<void(std::shared_ptr<Session::Result>)> done) {
    auto work = [id, values, mode]() {
        auto result = std::make_shared<Session::Result>();
        result->scenarioId = id;
        const ScenarioInfo *scenario = loopscope::scenarios::findScenario(id.toStdString());
        if (!scenario) {
            result->error = SessionText::tr("there is no scenario “%1”").arg(id);
            return result;
        }
        QString error;
        const QByteArray json = loopscope::traceScenario(*scenario, values, &error);
        if (json.isEmpty()) {
            result->error = error;
            return result;
        }
        result->trace = loopscope::trace::TraceDocument::fromJson(json, &result->error);
        result->json = json;
        if (result->trace) {
            result->scene = loopscope::view::buildScene(*result->trace, mode);
            result->index = std::make_shared<const loopscope::trace::StateIndex>(*result->trace);
        }
        return result;
    };
    // The engine and the trace's layout run on a worker thread; the result comes back here.
    std::shared_ptr<Session::Result> result = co_await QtConcurrent::run(work);
    if (session)
        done(std::move(result));
}

} // namespace

QString Session::narration() const {
    return m_trace ? loopscope::trace::narrate(*m_trace, static_cast<std::size_t>(m_cursor))
                   : QString();
}

// --- A user's own program (app/python/) ---------------------------------------------------------

namespace {

QByteArray fileDigest(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

std::vector<double> stepTimes(const loopscope::trace::TraceDocument &trace) {
    std::vector<double> times;
    for (const auto &e : trace.events) {
        if (e.kind == loopscope::trace::Kind::Step)
            times.push_back(e.t);
    }
    return times;
}

// The cursor in `times` at virtual time `t`: the `rank`-th step of that instant (or its last), or
// just after the last step before `t` when no step runs at `t`.
int cursorAtTime(const std::vector<double> &times, double t, std::size_t rank) {
    constexpr double eps = 1e-9;
    const auto first = std::lower_bound(times.begin(), times.end(), t - eps);
    const auto index = static_cast<std::size_t>(first - times.begin());
    if (first == times.end() || *first > t + eps)
        return static_cast<int>(index);
    std::size_t n = 0;
    while (index + n < times.size() && times[index + n] <= t + eps)
        ++n;
    return static_cast<int>(index + std::min(rank, n - 1) + 1);
}

// A document for a run that produced no trace: the listing (when it is text) and nothing else.
std::unique_ptr<loopscope::trace::TraceDocument> listingOnly(const QString &path,
                                                             const QString &source) {
    auto doc = std::make_unique<loopscope::trace::TraceDocument>();
    doc->strings.append(QString());
    doc->programId = QFileInfo(path).completeBaseName();
    doc->fileName = QFileInfo(path).fileName();
    doc->source = source;
    return doc;
}

} // namespace

Session::ProgramState &Session::program() {
    if (m_program)
        return *m_program;
    m_program = std::make_unique<ProgramState>();
    m_program->settle.setSingleShot(true);
    m_program->settle.setInterval(250);
    // Another trace (a scenario, a trace file) replaced the program's: it is no longer open.
    connect(this, &Session::traceChanged, this, [this] {
        if (m_program->adopting || m_program->path.isEmpty())
            return;
        m_program->path.clear();
        m_program->outcome = {};
        m_program->tracedDigest.clear();
        if (!m_program->watcher.files().isEmpty())
            m_program->watcher.removePaths(m_program->watcher.files());
        if (!m_program->watcher.directories().isEmpty())
            m_program->watcher.removePaths(m_program->watcher.directories());
        emit programChanged();
    });
    // Editors replace the file (write a new one, rename it over the old): the watcher loses the
    // path, so the folder is watched too and the file added back whenever it exists again.
    const auto changed = [this] { m_program->settle.start(); };
    connect(&m_program->watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_program->watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_program->settle, &QTimer::timeout, this, [this] {
        ProgramState &p = *m_program;
        if (p.path.isEmpty() || !QFileInfo::exists(p.path))
            return; // removed for now; a new file will show up in the folder
        if (p.control && p.request.path != p.path)
            return; // another program is being opened
        watchProgramFile();
        if (!ProgramSettings().watch())
            return;
        const QByteArray digest = fileDigest(p.path);
        if (digest.isEmpty() || digest == p.tracedDigest)
            return; // another file of the folder changed, or the same text was saved again
        p.request.path = p.path;
        startProgramRun(true);
    });
    return *m_program;
}

QString Session::programPath() const {
    return m_program ? m_program->path : QString();
}

QVariantMap Session::programOutcome() const {
    return m_program && !m_program->path.isEmpty() ? m_program->outcome.toMap() : QVariantMap();
}

bool Session::programRunning() const {
    return m_program && m_program->control != nullptr;
}

QString Session::runningProgram() const {
    return programRunning() ? QFileInfo(m_program->request.path).fileName() : QString();
}

void Session::openProgram(const QString &pathOrUrl, const QVariantMap &overrides) {
    const QString path =
        pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
    loopscope::python::ProgramRequest request = ProgramSettings::request(path);
    if (overrides.contains(QStringLiteral("seed")))
        request.seed = overrides.value(QStringLiteral("seed")).toULongLong();
    if (overrides.contains(QStringLiteral("horizon")))
        request.horizon = overrides.value(QStringLiteral("horizon")).toDouble();
    if (overrides.contains(QStringLiteral("stepLimit")))
        request.stepLimit = overrides.value(QStringLiteral("stepLimit")).toULongLong();
    if (overrides.contains(QStringLiteral("timeLimit")))
        request.wallClockLimitMs =
            static_cast<int>(overrides.value(QStringLiteral("timeLimit")).toDouble() * 1000);
    if (overrides.contains(QStringLiteral("params")))
        request.params = overrides.value(QStringLiteral("params")).toMap();
    openProgram(request);
}

void Session::openProgram(const loopscope::python::ProgramRequest &request) {
    ProgramState &p = program();
    p.request = request;
    p.request.path = QFileInfo(request.path).absoluteFilePath();
    if (p.request.path != p.path) {
        // Another program: the one shown is no longer followed (its run must not supersede this).
        if (!p.watcher.files().isEmpty())
            p.watcher.removePaths(p.watcher.files());
        if (!p.watcher.directories().isEmpty())
            p.watcher.removePaths(p.watcher.directories());
    }
    startProgramRun(false);
}

void Session::traceProgramAgain() {
    if (!m_program || m_program->path.isEmpty())
        return;
    m_program->request.path = m_program->path;
    startProgramRun(true);
}

void Session::cancelProgram() {
    if (m_program && m_program->control)
        m_program->control->cancel();
}

void Session::startProgramRun(bool keepCursor) {
    ProgramState &p = program();
    if (p.control)
        p.control->cancel(); // superseded by this run
    auto control = std::make_shared<loopscope::python::RunControl>();
    p.control = control;
    p.generation = ++m_generation;
    setBusy(true);
    emit programRunningChanged();
    [](QPointer<Session> session, loopscope::python::ProgramRequest request,
       std::shared_ptr<loopscope::python::RunControl> control, quint64 generation,
       bool keepCursor) -> QCoro::Task<> {
        loopscope::python::ProgramRun run =
            co_await loopscope::python::traceProgram(request, control);
        if (session)
            session->programRunEnded(generation, std::move(run), keepCursor);
    }(this, p.request, control, p.generation, keepCursor);
}

void Session::programRunEnded(quint64 generation, loopscope::python::ProgramRun run,
                              bool keepCursor) {
    using Kind = loopscope::python::ProgramRun::Kind;
    ProgramState &p = program();
    if (p.generation == generation) {
        p.control.reset();
        emit programRunningChanged();
    }
    if (generation != m_generation || run.kind == Kind::Cancelled) {
        // Superseded by a newer run, or cancelled: what is shown stays as it was.
        if (generation == m_generation)
            setBusy(false);
        emit programFinished();
        return;
    }
    const QString path = p.request.path;
    const QByteArray digest = fileDigest(path);
    [](QPointer<Session> session, quint64 generation, QString path, QByteArray digest,
       loopscope::python::ProgramRun run, bool keepCursor) -> QCoro::Task<> {
        // The trace's layout, like a scenario's, is built on a worker thread.
        auto work = [path, run]() {
            auto result = std::make_shared<Result>();
            auto outcome = std::make_shared<loopscope::python::Outcome>();
            if (run.kind == Kind::Traced) {
                QString error;
                result->trace = loopscope::trace::TraceDocument::fromJson(run.json, &error);
                if (result->trace) {
                    *outcome = loopscope::python::describeTrace(*result->trace);
                } else {
                    loopscope::python::ProgramRun failed = run;
                    failed.kind = Kind::Failed;
                    failed.message = SessionText::tr("pytrace's trace of %1 is unreadable: %2")
                                         .arg(QFileInfo(path).fileName(), error);
                    *outcome = loopscope::python::describeFailure(failed);
                }
            } else {
                *outcome = loopscope::python::describeFailure(run);
            }
            if (!result->trace)
                result->trace = listingOnly(path, run.source);
            result->scene = loopscope::view::buildScene(*result->trace);
            return std::make_pair(result, outcome);
        };
        const auto done = co_await QtConcurrent::run(work);
        if (!session || generation != session->m_generation)
            co_return;
        const auto &[result, outcome] = done;
        session->m_program->outcome = *outcome;
        session->m_program->tracedDigest = digest;
        session->m_program->path = path;
        session->adoptProgram(result, keepCursor);
        session->setBusy(false);
        emit session->programFinished();
    }(this, generation, path, digest, std::move(run), keepCursor);
}

void Session::adoptProgram(std::shared_ptr<Result> result, bool keepCursor) {
    ProgramState &p = program();
    int cursor = 0;
    if (keepCursor && m_trace && m_cursor > 0) {
        const std::vector<double> before = stepTimes(*m_trace);
        const double t = before[static_cast<std::size_t>(m_cursor - 1)];
        std::size_t rank = 0;
        for (int k = m_cursor - 1; k > 0 && before[static_cast<std::size_t>(k - 1)] == t; --k)
            ++rank;
        cursor = cursorAtTime(stepTimes(*result->trace), t, rank);
    }
    p.adopting = true;
    adopt(std::move(result));
    p.adopting = false;
    emit programChanged();
    setCursor(cursor);
    watchProgramFile();
}

void Session::watchProgramFile() {
    ProgramState &p = program();
    const QString dir = QFileInfo(p.path).absolutePath();
    for (const QString &f : p.watcher.files()) {
        if (f != p.path)
            p.watcher.removePath(f);
    }
    for (const QString &d : p.watcher.directories()) {
        if (d != dir)
            p.watcher.removePath(d);
    }
    if (p.path.isEmpty())
        return;
    if (!p.watcher.files().contains(p.path) && QFileInfo::exists(p.path))
        p.watcher.addPath(p.path);
    if (!p.watcher.directories().contains(dir))
        p.watcher.addPath(dir);
}
