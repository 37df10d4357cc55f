#include "imageexport.h"

#include "export/pngwriter.h"
#include "trace/tracedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace loopscope::view {

namespace {

// The translation context of this file's user-visible strings.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

using Draw = std::function<void(QPainter &, const QRectF &)>;

constexpr QSize a4Landscape(1123, 794);

// The cause of a failed write. QSaveFile often says only “Unknown error” when the disk fills up
// or the file grows past a limit; the system's errno then says what happened.
QString writeError(const QFileDevice &file, int savedErrno) {
    const QString said = file.errorString();
    if (savedErrno != 0 && (said.isEmpty() || said == QLatin1String("Unknown error")))
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return said;
}

// Writes one image through QSaveFile: nothing reaches `path` unless every byte was written.
QString writeImage(const QString &path, const QString &requestedFormat, const QSize &size,
                   const QString &title, const Draw &draw) {
    const QString format =
        requestedFormat.isEmpty() ? formatForPath(path) : requestedFormat.toLower();
    if (format.isEmpty())
        return ExportText::tr("cannot tell the image format from “%1”: use .png, .svg or .pdf")
            .arg(path);
    if (format != QLatin1String("png") && format != QLatin1String("svg") &&
        format != QLatin1String("pdf"))
        return ExportText::tr("the image format is png, svg or pdf, not “%1”").arg(format);
    if (const QString bad = checkExportSize(size); !bad.isEmpty())
        return bad;

    // Drawn into memory first, then written in one go: a failing disk reports its own error
    // (“No space left on device”, “File too large”), and nothing is opened until there is
    // something to write.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (format == QLatin1String("png")) {
        QImage image(size, QImage::Format_RGB32);
        if (image.isNull())
            return ExportText::tr("not enough memory for a %1x%2 image")
                .arg(size.width())
                .arg(size.height());
        image.fill(Qt::white);
        {
            QPainter p(&image);
            draw(p, target);
        }
        buffer.write(encodePng(image));
    } else if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(title.isEmpty() ? QStringLiteral("Loopscope") : title);
        svg.setDescription(ExportText::tr("asyncio timeline drawn by Loopscope"));
        QPainter p(&svg);
        draw(p, target);
    } else {
        QPdfWriter pdf(&buffer);
        // One CSS pixel is 0.75 pt: a 1920x1080 slide is a 1440x810 pt page. The A4 preset
        // (1123x794 px at 96 dpi) is written as a true A4 landscape page.
        if (size == a4Landscape)
            pdf.setPageSize(QPageSize(QSizeF(297, 210), QPageSize::Millimeter, QStringLiteral("A4"),
                                      QPageSize::ExactMatch));
        else
            pdf.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(96);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Loopscope"));
        QPainter p(&pdf);
        draw(p, target);
    }
    buffer.close();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int saved = errno;
        return ExportText::tr("cannot write %1: %2").arg(path, writeError(file, saved));
    }
    errno = 0;
    if (!file.commit()) {
        const int saved = errno;
        return ExportText::tr("cannot write %1: %2").arg(path, writeError(file, saved));
    }
    return QString();
}

} // namespace

QString formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
        suffix == QLatin1String("pdf"))
        return suffix;
    return QString();
}

QString checkExportSize(const QSize &size) {
    if (size.width() < 200 || size.height() < 120 || size.width() > 16384 || size.height() > 16384)
        return ExportText::tr("the image size %1x%2 is not sensible: use 200x120 up to 16384x16384")
            .arg(size.width())
            .arg(size.height());
    return QString();
}

double exportFontPixels(const QSize &size) {
    // 1080 px high → 20 px text: readable on a projector; never below 12 px. The timeline's
    // smallest text (bar labels, prints) is 0.82 of this base, and stays at or above the
    // slide's minimum text size (a narrow 4:3 slide gets a larger base than its width alone
    // would give it).
    constexpr double smallestTextScale = 0.82;
    return std::max({12.0, std::min(size.width() / 96.0, size.height() / 54.0),
                     minimumTextPixels(size) / smallestTextScale});
}

QString exportImage(const TimelineScene &scene, const ImageExport &options) {
    const TimelinePainter painter(options.paint);
    return writeImage(options.path, options.format, options.size, options.paint.title,
                      [&](QPainter &p, const QRectF &target) { painter.paint(p, target, scene); });
}

QString exportSlide(const TimelineScene &scene, const trace::TraceDocument &trace,
                    const QString &path, const QString &format, const Slide &slide) {
    return writeImage(
        path, format, slide.size, slide.title,
        [&](QPainter &p, const QRectF &target) { paintSlide(p, target, scene, trace, slide); });
}

QImage renderSlide(const TimelineScene &scene, const trace::TraceDocument &trace,
                   const Slide &slide) {
    QImage image(slide.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter p(&image);
    paintSlide(p, QRectF(QPointF(0, 0), QSizeF(slide.size)), scene, trace, slide);
    return image;
}

std::vector<int> sequenceCursors(const TimelineScene &scene, const trace::TraceDocument &trace,
                                 SequenceBy by, int from, int to) {
    const int steps = static_cast<int>(scene.stepX.size());
    if (to < 0 || to > steps)
        to = steps;
    from = std::clamp(from, 0, to);
    std::vector<double> stepT;
    stepT.reserve(static_cast<std::size_t>(steps));
    for (const trace::Event &e : trace.events) {
        if (e.kind == trace::Kind::Step)
            stepT.push_back(e.t);
    }
    std::vector<int> cursors;
    for (int c = from; c <= to; ++c) {
        // Instants: a frame after the last step of each instant (and before the first step).
        if (by == SequenceBy::Instants && c > 0 && c < steps &&
            static_cast<std::size_t>(c) < stepT.size() &&
            stepT[static_cast<std::size_t>(c)] == stepT[static_cast<std::size_t>(c - 1)] && c != to)
            continue;
        cursors.push_back(c);
    }
    return cursors;
}

QString exportSequence(const TimelineScene &scene, const trace::TraceDocument &trace,
                       const SequenceExport &sequence,
                       const std::function<bool(int done, int total)> &progress, int *written) {
    if (written)
        *written = 0;
    const QString format = sequence.format.toLower();
    if (format != QLatin1String("png") && format != QLatin1String("svg") &&
        format != QLatin1String("pdf"))
        return ExportText::tr("the image format is png, svg or pdf, not “%1”").arg(format);
    if (const QString bad = checkExportSize(sequence.slide.size); !bad.isEmpty())
        return bad;
    if (sequence.folder.isEmpty())
        return ExportText::tr("no folder given for the sequence");
    const QFileInfo info(sequence.folder);
    if (info.exists() && !info.isDir())
        return ExportText::tr("%1 is a file, not a folder").arg(sequence.folder);
    if (!QDir().mkpath(sequence.folder))
        return ExportText::tr("cannot create the folder %1").arg(sequence.folder);
    const std::vector<int> cursors =
        sequenceCursors(scene, trace, sequence.by, sequence.from, sequence.to);
    const int total = static_cast<int>(cursors.size());
    const int digits = std::max(3, static_cast<int>(QString::number(total).size()));
    const QString stem = sequence.stem.isEmpty() ? QStringLiteral("frame") : sequence.stem;
    Slide slide = sequence.slide;
    if (slide.range != ExportRange::Visible)
        slide.range = ExportRange::UpToCursor;
    const QDir dir(sequence.folder);
    for (int i = 0; i < total; ++i) {
        slide.cursor = cursors[static_cast<std::size_t>(i)];
        const QString name = QStringLiteral("%1-%2.%3")
                                 .arg(stem)
                                 .arg(i + 1, digits, 10, QLatin1Char('0'))
                                 .arg(format);
        if (const QString problem = exportSlide(scene, trace, dir.filePath(name), format, slide);
            !problem.isEmpty())
            return problem;
        if (written)
            *written = i + 1;
        if (progress && !progress(i + 1, total) && i + 1 < total)
            return ExportText::tr("cancelled after %1 of %2 images").arg(i + 1).arg(total);
    }
    return QString();
}

} // namespace loopscope::view
