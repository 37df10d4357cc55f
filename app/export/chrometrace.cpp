#include "chrometrace.h"

#include "timeline/timelinescene.h"
#include "trace/tracedocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace loopscope::view {

namespace {

struct ChromeText {
    Q_DECLARE_TR_FUNCTIONS(ChromeTrace)
};

constexpr double usPerUnit = 1000; // one step column of the axis = 1 ms
constexpr int pid = 1;
constexpr int loopTid = 1;
constexpr int firstThreadTid = 2;
constexpr int firstTaskTid = 1000;

// Virtual time at an axis position: the time of the last step that starts at or before it.
class TimeOfX {
public:
    TimeOfX(const trace::TraceDocument &trace, const TimelineScene &scene)
        : m_x(scene.stepX) {
        for (const trace::Event &e : trace.events) {
            if (e.kind == trace::Kind::Step)
                m_t.push_back(e.t);
        }
        m_t.resize(m_x.size(), m_t.empty() ? 0 : m_t.back());
    }
    double operator()(double x) const {
        const auto it = std::upper_bound(m_x.begin(), m_x.end(), x + 1e-9);
        if (it == m_x.begin())
            return m_t.empty() ? 0 : m_t.front();
        return m_t[static_cast<std::size_t>(it - m_x.begin() - 1)];
    }

private:
    std::vector<double> m_x;
    std::vector<double> m_t;
};

QJsonObject metadata(const char *name, int tid, const QJsonObject &args) {
    return QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                       {QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("tid"), tid},
                       {QStringLiteral("args"), args}};
}

void thread(QJsonArray &events, int tid, const QString &name, int sortIndex) {
    events.append(metadata("thread_name", tid, {{QStringLiteral("name"), name}}));
    events.append(metadata("thread_sort_index", tid, {{QStringLiteral("sort_index"), sortIndex}}));
}

QString activityName(const Bar &b) {
    switch (b.activity) {
    case Activity::Running:
        return ChromeText::tr("step");
    case Activity::Ready:
        return ChromeText::tr("ready");
    case Activity::Sleeping:
        return b.label.isEmpty() ? ChromeText::tr("sleeping") : b.label;
    case Activity::Awaiting:
        return b.label.isEmpty() ? ChromeText::tr("awaiting") : b.label;
    case Activity::Blocking:
        return b.label.isEmpty() ? ChromeText::tr("blocking the loop") : b.label;
    }
    return QString();
}

QString activityCategory(Activity a) {
    switch (a) {
    case Activity::Running:
        return QStringLiteral("running");
    case Activity::Ready:
        return QStringLiteral("ready");
    case Activity::Sleeping:
        return QStringLiteral("sleeping");
    case Activity::Awaiting:
        return QStringLiteral("awaiting");
    case Activity::Blocking:
        return QStringLiteral("blocking");
    }
    return QString();
}

} // namespace

QByteArray chromeTrace(const trace::TraceDocument &trace, const TimelineScene &scene,
                       const QString &title) {
    const TimeOfX timeOf(trace, scene);
    QJsonArray events;
    events.append(metadata(
        "process_name", 0,
        {{QStringLiteral("name"), ChromeText::tr("%1 (Loopscope: 1 ms = one task step; virtual "
                                                 "time in each slice's args)")
                                      .arg(title.isEmpty() ? trace.programId : title)}}));
    thread(events, loopTid, ChromeText::tr("event loop"), 0);
    for (std::size_t i = 0; i < scene.threads.size(); ++i)
        thread(events, firstThreadTid + static_cast<int>(i), scene.threads[i].title,
               1 + static_cast<int>(i));
    for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
        const Lane &l = scene.lanes[i];
        thread(events, firstTaskTid + static_cast<int>(i),
               l.subtitle.isEmpty() ? l.title : l.title + QStringLiteral(" · ") + l.subtitle,
               100 + static_cast<int>(i));
    }
    auto slice = [&](int tid, double x0, double x1, const QString &name, const QString &cat,
                     QJsonObject args) {
        args.insert(QStringLiteral("t"), timeOf(x0));
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("cat"), cat},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), tid},
                                  {QStringLiteral("ts"), x0 * usPerUnit},
                                  {QStringLiteral("dur"), std::max(0.0, x1 - x0) * usPerUnit},
                                  {QStringLiteral("args"), args}});
    };
    auto laneName = [&](int lane) {
        return lane >= 0 && static_cast<std::size_t>(lane) < scene.lanes.size()
                   ? scene.lanes[static_cast<std::size_t>(lane)].title
                   : ChromeText::tr("event loop");
    };
    for (const LoopBar &b : scene.loop) {
        switch (b.activity) {
        case LoopActivity::RunStep:
            slice(loopTid, b.x0, b.x1, laneName(b.lane), QStringLiteral("step"), {});
            break;
        case LoopActivity::Idle:
            slice(loopTid, b.x0, b.x1, b.label.isEmpty() ? ChromeText::tr("idle") : b.label,
                  QStringLiteral("idle"), {});
            break;
        case LoopActivity::Blocked:
            slice(loopTid, b.x0, b.x1, b.label.isEmpty() ? ChromeText::tr("blocked") : b.label,
                  QStringLiteral("blocked"), {});
            break;
        }
    }
    for (std::size_t i = 0; i < scene.threads.size(); ++i) {
        for (const ThreadBar &b : scene.threads[i].bars)
            slice(firstThreadTid + static_cast<int>(i), b.x0, b.x1, b.label,
                  QStringLiteral("thread"), {{QStringLiteral("submitted by"), laneName(b.lane)}});
    }
    for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
        const Lane &l = scene.lanes[i];
        const int tid = firstTaskTid + static_cast<int>(i);
        for (const Bar &b : l.bars)
            slice(tid, b.x0, b.x1, activityName(b), activityCategory(b.activity), {});
        if (l.endX >= 0) {
            const QString how = l.ending == Ending::Result      ? ChromeText::tr("done")
                                : l.ending == Ending::Exception ? ChromeText::tr("failed")
                                                                : ChromeText::tr("cancelled");
            events.append(QJsonObject{
                {QStringLiteral("ph"), QStringLiteral("i")},
                {QStringLiteral("s"), QStringLiteral("t")},
                {QStringLiteral("name"),
                 l.endLabel.isEmpty() ? how : how + QStringLiteral(" ") + l.endLabel},
                {QStringLiteral("cat"), QStringLiteral("end")},
                {QStringLiteral("pid"), pid},
                {QStringLiteral("tid"), tid},
                {QStringLiteral("ts"), l.endX * usPerUnit},
                {QStringLiteral("args"), QJsonObject{{QStringLiteral("t"), timeOf(l.endX)}}}});
        }
    }
    for (const PrintMarker &m : scene.prints) {
        events.append(
            QJsonObject{{QStringLiteral("ph"), QStringLiteral("i")},
                        {QStringLiteral("s"), QStringLiteral("t")},
                        {QStringLiteral("name"), QStringLiteral("print: ") + m.text},
                        {QStringLiteral("cat"), QStringLiteral("print")},
                        {QStringLiteral("pid"), pid},
                        {QStringLiteral("tid"), m.lane >= 0 ? firstTaskTid + m.lane : loopTid},
                        {QStringLiteral("ts"), m.x * usPerUnit},
                        {QStringLiteral("args"), QJsonObject{{QStringLiteral("t"), timeOf(m.x)}}}});
    }
    // Flows: the start binds to the slice enclosing it on the source track, the end ("bp": "e")
    // to the slice enclosing it on the target track; both are nudged 1 µs inside those slices.
    int flowId = 0;
    for (const Link &link : scene.links) {
        QString name, cat;
        switch (link.kind) {
        case LinkKind::Spawn:
            name = ChromeText::tr("creates");
            cat = QStringLiteral("spawn");
            break;
        case LinkKind::Wake:
            name = ChromeText::tr("wakes");
            cat = QStringLiteral("wake");
            break;
        case LinkKind::Cancel:
            name = ChromeText::tr("cancels");
            cat = QStringLiteral("cancel");
            break;
        case LinkKind::Raise:
            name = ChromeText::tr("raises in");
            cat = QStringLiteral("raise");
            break;
        }
        ++flowId;
        const int fromTid = link.fromLane >= 0 ? firstTaskTid + link.fromLane : loopTid;
        const int toTid = link.toLane >= 0 ? firstTaskTid + link.toLane : loopTid;
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                                  {QStringLiteral("id"), flowId},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("cat"), cat},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), fromTid},
                                  {QStringLiteral("ts"), link.x0 * usPerUnit - 1}});
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                                  {QStringLiteral("bp"), QStringLiteral("e")},
                                  {QStringLiteral("id"), flowId},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("cat"), cat},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), toTid},
                                  {QStringLiteral("ts"), link.x1 * usPerUnit + 1}});
    }
    const QJsonObject root{
        {QStringLiteral("traceEvents"), events},
        {QStringLiteral("displayTimeUnit"), QStringLiteral("ms")},
        {QStringLiteral("otherData"),
         QJsonObject{{QStringLiteral("producer"), QStringLiteral("Loopscope")},
                     {QStringLiteral("program"), trace.programId},
                     {QStringLiteral("traced by"), trace.producer},
                     {QStringLiteral("seed"), static_cast<double>(trace.seed)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString writeChromeTrace(const QString &path, const trace::TraceDocument &trace,
                         const TimelineScene &scene, const QString &title) {
    const QByteArray json = chromeTrace(trace, scene, title);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return ChromeText::tr("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace loopscope::view
