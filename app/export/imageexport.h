// Writes the timeline as an image: PNG (rendered at the requested size), SVG and PDF (vectors
// with real text). The same TimelinePainter draws the screen and every export.
#pragma once

#include "timeline/timelinepainter.h"

#include <QSize>
#include <QString>

namespace loopscope::view {

struct ImageExport {
    QString path;
    QString format; // "png", "svg", "pdf"; empty: from the path's extension
    QSize size{1920, 1080};
    PaintOptions paint;
};

// The format for a path's extension ("png", "svg", "pdf"), or empty when it is none of them.
QString formatForPath(const QString &path);

// Writes the image atomically (QSaveFile): on failure nothing is left at `path` and an existing
// file there is untouched. Returns an empty string on success, else one sentence for the user.
QString exportImage(const TimelineScene &scene, const ImageExport &options);

// The base font size that keeps text readable at an image size (a slide is seen from afar).
double exportFontPixels(const QSize &size);

} // namespace loopscope::view
