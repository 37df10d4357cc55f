#include "exporter.h"

#include "export/chrometrace.h"
#include "export/imageexport.h"
#include "session.h"
#include "timeline/timelineitem.h"
#include "trace/tracedocument.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QtConcurrent>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>

using namespace loopscope;

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

// What a worker needs: its own copies, so the window can run another scenario meanwhile.
struct Snapshot {
    trace::TraceDocument trace;
    view::TimelineScene scene;
};

QCoro::Task<> runInBackground(QPointer<Exporter> self, std::function<QString()> work,
                              std::function<void(const QString &)> done) {
    const QString problem = co_await QtConcurrent::run(std::move(work));
    if (self)
        done(problem);
}

QString localPath(const QUrl &url) {
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

Exporter::Exporter(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this)) {
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_counts || m_counts->total <= 0)
            return;
        m_progress = static_cast<double>(m_counts->done) / m_counts->total;
        m_status =
            tr("%1 of %2 images written…").arg(m_counts->done.load()).arg(m_counts->total.load());
        emit stateChanged();
    });
}

Exporter::~Exporter() {
    if (m_cancel)
        *m_cancel = true;
}

void Exporter::setSession(Session *session) {
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::traceChanged, this, &Exporter::sessionChanged);
        connect(m_session, &Session::cursorChanged, this, &Exporter::settingsChanged);
    }
    emit sessionChanged();
}

QString Exporter::defaultTitle() const {
    return m_session ? m_session->title() : QString();
}

QString Exporter::sizeProblem() const {
    return view::checkExportSize(QSize(m_width, m_height));
}

view::Slide Exporter::slide() const {
    view::Slide s;
    s.size = QSize(m_width, m_height);
    s.theme = m_theme == QLatin1String("dark")    ? view::Theme::Dark
              : m_theme == QLatin1String("print") ? view::Theme::Print
                                                  : view::Theme::Light;
    s.range = m_range == QLatin1String("visible")  ? view::ExportRange::Visible
              : m_range == QLatin1String("cursor") ? view::ExportRange::UpToCursor
                                                   : view::ExportRange::All;
    s.visibleX0 = m_visibleX0;
    s.visibleX1 = m_visibleX1;
    s.cursor = m_session ? m_session->cursor() : -1;
    // The whole run with the cursor at the start has nothing to point at: no cursor line.
    if (s.range == view::ExportRange::All && s.cursor == 0)
        s.cursor = -1;
    s.title = m_title.trimmed().isEmpty() ? defaultTitle() : m_title.trimmed();
    s.legend = m_legend;
    s.code = m_withCode;
    s.console = m_withConsole;
    return s;
}

QUrl Exporter::suggestedFile(const QString &suffix) const {
    QString stem = m_session && m_session->trace() ? m_session->trace()->programId : QString();
    if (stem.isEmpty())
        stem = QStringLiteral("loopscope");
    return QUrl::fromLocalFile(QDir::home().filePath(stem + QLatin1Char('.') + suffix));
}

void Exporter::start() {
    m_busy = true;
    m_failed = false;
    m_progress = 0;
    m_status = tr("Writing…");
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit stateChanged();
}

void Exporter::finish(const QString &problem, const QString &success) {
    m_poll->stop();
    m_busy = false;
    m_failed = !problem.isEmpty();
    m_progress = m_failed ? m_progress : 1;
    m_status = m_failed ? problem : success;
    emit stateChanged();
    emit finished(!m_failed, m_status);
}

void Exporter::exportImage(const QUrl &file) {
    if (m_busy)
        return;
    if (!m_session || !m_session->trace())
        return finish(tr("there is no run to export yet"), {});
    // The file's own extension decides (a name typed as slide.svg is an SVG); a name without
    // one gets the chosen format's.
    QString path = localPath(file);
    QString format = view::formatForPath(path);
    if (format.isEmpty()) {
        format = m_format;
        path += QLatin1Char('.') + format;
    }
    auto snap = std::make_shared<Snapshot>(Snapshot{*m_session->trace(), m_session->scene()});
    const view::Slide s = slide();
    start();
    runInBackground(
        this,
        [snap, s, path, format] {
            return view::exportSlide(snap->scene, snap->trace, path, format, s);
        },
        [this, path](const QString &problem) {
            finish(problem, tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        });
}

void Exporter::exportSequence(const QUrl &folder, bool perInstant) {
    if (m_busy)
        return;
    if (!m_session || !m_session->trace())
        return finish(tr("there is no run to export yet"), {});
    auto snap = std::make_shared<Snapshot>(Snapshot{*m_session->trace(), m_session->scene()});
    view::SequenceExport seq;
    seq.folder = localPath(folder);
    seq.format = m_format;
    seq.stem = m_session->trace()->programId;
    seq.slide = slide();
    seq.by = perInstant ? view::SequenceBy::Instants : view::SequenceBy::Steps;
    start();
    m_counts = std::make_shared<Progress>();
    m_poll->start();
    auto cancel = m_cancel;
    auto counts = m_counts;
    runInBackground(
        this,
        [snap, seq, cancel, counts] {
            return view::exportSequence(snap->scene, snap->trace, seq, [&](int done, int total) {
                counts->done = done;
                counts->total = total;
                return !cancel->load();
            });
        },
        [this, seq, counts](const QString &problem) {
            finish(problem, tr("Wrote %1 images into %2")
                                .arg(counts->done.load())
                                .arg(QDir::toNativeSeparators(seq.folder)));
        });
}

void Exporter::cancel() {
    if (m_cancel)
        *m_cancel = true;
}

void Exporter::exportChromeTrace(const QUrl &file) {
    if (m_busy)
        return;
    if (!m_session || !m_session->trace())
        return finish(tr("there is no run to export yet"), {});
    const QString path = localPath(file);
    auto snap = std::make_shared<Snapshot>(Snapshot{*m_session->trace(), m_session->scene()});
    const QString title = defaultTitle();
    start();
    runInBackground(
        this,
        [snap, path, title] {
            return view::writeChromeTrace(path, snap->trace, snap->scene, title);
        },
        [this, path](const QString &problem) {
            finish(problem,
                   tr("Wrote %1 (open it in ui.perfetto.dev)").arg(QDir::toNativeSeparators(path)));
        });
}

void Exporter::saveTrace(const QUrl &file) {
    if (m_busy)
        return;
    if (!m_session || m_session->traceJson().isEmpty())
        return finish(tr("there is no run to save yet"), {});
    QString path = localPath(file);
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".loopscope.json");
    const QByteArray json = m_session->traceJson();
    start();
    runInBackground(
        this,
        [json, path] {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
                return ExporterText::tr("cannot write %1: %2").arg(path, out.errorString());
            return QString();
        },
        [this, path](const QString &problem) {
            finish(problem, tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
}

bool Exporter::openTrace(const QUrl &file) {
    if (!m_session)
        return false;
    const QString path = localPath(file);
    const bool ok = m_session->openTrace(path);
    m_failed = !ok;
    m_status = ok ? tr("Opened %1").arg(QFileInfo(path).fileName()) : m_session->error();
    emit stateChanged();
    emit finished(ok, m_status);
    return ok;
}

void Exporter::copyView(TimelineItem *timeline) {
    if (!timeline)
        return;
    const QImage image = timeline->renderView(2.0);
    QGuiApplication::clipboard()->setImage(image);
    m_failed = false;
    m_status =
        tr("Copied the timeline (%1x%2) to the clipboard").arg(image.width()).arg(image.height());
    emit stateChanged();
    emit finished(true, m_status);
}

ExportPreview::ExportPreview(QQuickItem *parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
}

void ExportPreview::setExporter(Exporter *exporter) {
    if (exporter == m_exporter)
        return;
    if (m_exporter)
        m_exporter->disconnect(this);
    m_exporter = exporter;
    if (m_exporter) {
        connect(m_exporter, &Exporter::settingsChanged, this, [this] { update(); });
        connect(m_exporter, &Exporter::sessionChanged, this, [this] { update(); });
    }
    update();
    emit exporterChanged();
}

void ExportPreview::paint(QPainter *painter) {
    if (!m_exporter || !m_exporter->session() || !m_exporter->session()->trace() ||
        !m_exporter->sizeProblem().isEmpty())
        return;
    const view::Slide s = m_exporter->slide();
    // Fit the slide's aspect ratio into the item, centred, with a thin frame round it.
    const double scale = std::min(width() / s.size.width(), height() / s.size.height());
    const QSizeF shown(s.size.width() * scale, s.size.height() * scale);
    const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2),
                        shown);
    view::paintSlide(*painter, target, m_exporter->session()->scene(),
                     *m_exporter->session()->trace(), s);
    painter->setPen(QPen(QColor(0x9aa0a6), 1));
    painter->drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}
