#include "session.h"

#include "timeline/scenebuilder.h"
#include "timeline/timelinepainter.h"
#include "trace/narration.h"

#include "loopscope/twin.hpp"
#include "scenariorunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
};

namespace {

QCoro::Task<> runInBackground(QPointer<Session> session, QString id, QVariantMap values,
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
        markers.append(QVariantMap{{QStringLiteral("line"), t.line},
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
    m_scenarioId = result->scenarioId;
    m_trace = std::move(result->trace);
    m_index = result->index ? std::move(result->index)
                            : std::make_shared<const loopscope::trace::StateIndex>(*m_trace);
    m_scene = std::move(result->scene);
    m_cursor = 0;
    updateState();
    emit traceChanged();
    emit cursorChanged();
}

void Session::runScenario(const QString &id, const QVariantMap &params) {
    const quint64 generation = ++m_generation;
    setBusy(true);
    runInBackground(this, id, params, [this, generation](std::shared_ptr<Result> result) {
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
    result->trace = loopscope::trace::TraceDocument::fromJson(file.readAll(), &result->error);
    if (!result->trace) {
        result->error = SessionText::tr("%1: %2").arg(QFileInfo(path).fileName(), result->error);
        adopt(std::move(result));
        return false;
    }
    result->scene = loopscope::view::buildScene(*result->trace);
    ++m_generation;
    adopt(std::move(result));
    return true;
}

namespace {

QCoro::Task<> runInBackground(QPointer<Session> session, QString id, QVariantMap values,
                              std::function<void(std::shared_ptr<Session::Result>)> done) {
    auto work = [id, values]() {
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
        if (result->trace) {
            result->scene = loopscope::view::buildScene(*result->trace);
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
