#include "imageexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace loopscope::view {

namespace {

// The translation context of this file's user-visible strings.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

QString formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
        suffix == QLatin1String("pdf"))
        return suffix;
    return QString();
}

double exportFontPixels(const QSize &size) {
    // 1080 px high → 20 px text: readable on a projector; never below 12 px.
    return std::max(12.0, std::min(size.width() / 96.0, size.height() / 54.0));
}

QString exportImage(const TimelineScene &scene, const ImageExport &options) {
    const QString format =
        options.format.isEmpty() ? formatForPath(options.path) : options.format.toLower();
    if (format.isEmpty())
        return ExportText::tr("cannot tell the image format from “%1”: use .png, .svg or .pdf")
            .arg(options.path);
    if (options.size.width() < 200 || options.size.height() < 120 || options.size.width() > 16384 ||
        options.size.height() > 16384)
        return ExportText::tr("the image size %1x%2 is not sensible: use 200x120 up to 16384x16384")
            .arg(options.size.width())
            .arg(options.size.height());

    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::tr("cannot write %1: %2").arg(options.path, file.errorString());

    const TimelinePainter painter(options.paint);
    const QRectF target(QPointF(0, 0), QSizeF(options.size));
    if (format == QLatin1String("png")) {
        QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            painter.paint(p, target, scene);
        }
        if (!image.save(&file, "PNG"))
            return ExportText::tr("cannot write %1: %2").arg(options.path, file.errorString());
    } else if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(target);
        svg.setTitle(options.paint.title.isEmpty() ? QStringLiteral("Loopscope")
                                                   : options.paint.title);
        svg.setDescription(ExportText::tr("asyncio timeline drawn by Loopscope"));
        QPainter p(&svg);
        painter.paint(p, target, scene);
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(options.size) * 0.75, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(96);
        pdf.setTitle(options.paint.title);
        pdf.setCreator(QStringLiteral("Loopscope"));
        QPainter p(&pdf);
        painter.paint(p, target, scene);
    }
    if (!file.commit())
        return ExportText::tr("cannot write %1: %2").arg(options.path, file.errorString());
    return QString();
}

} // namespace loopscope::view
