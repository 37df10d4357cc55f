// Writes the timeline as an image: PNG (rendered at the requested size), SVG and PDF (vectors
// with real text). The same TimelinePainter draws the screen and every export.
#pragma once

#include "export/slide.h"
#include "timeline/timelinepainter.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <vector>

namespace loopscope::view {

struct ImageExport {
    QString path;
    QString format; // "png", "svg", "pdf"; empty: from the path's extension
    QSize size{1920, 1080};
    PaintOptions paint;
};

// The format for a path's extension ("png", "svg", "pdf"), or empty when it is none of them.
QString formatForPath(const QString &path);

// Empty when `size` can be exported, else one sentence for the user.
QString checkExportSize(const QSize &size);

// Writes the image atomically (QSaveFile): on failure nothing is left at `path` and an existing
// file there is untouched. Returns an empty string on success, else one sentence for the user.
QString exportImage(const TimelineScene &scene, const ImageExport &options);

// The same for a whole slide (title, timeline, legend, listing, console): `format` empty means
// from the path's extension.
QString exportSlide(const TimelineScene &scene, const trace::TraceDocument &trace,
                    const QString &path, const QString &format, const Slide &slide);

// The slide rendered into an image of slide.size (the clipboard's copy).
QImage renderSlide(const TimelineScene &scene, const trace::TraceDocument &trace,
                   const Slide &slide);

// The base font size that keeps text readable at an image size (a slide is seen from afar).
double exportFontPixels(const QSize &size);

// A step sequence: one image per cursor position, for slide animations.
enum class SequenceBy : std::uint8_t {
    Steps,    // one frame after every task step
    Instants, // one frame per instant of virtual time (after its last step)
};

struct SequenceExport {
    QString folder;
    QString format = QStringLiteral("png");
    QString stem; // file names are <stem>-<number>.<format>; empty: "frame"
    Slide slide;  // its cursor is set for each frame; its range is UpToCursor unless Visible
    SequenceBy by = SequenceBy::Steps;
    int from = 0; // cursor range, inclusive; to < 0: the last step
    int to = -1;
};

// The cursor of each frame of a sequence, in order (cursor 0 first when the range starts there).
std::vector<int> sequenceCursors(const TimelineScene &scene, const trace::TraceDocument &trace,
                                 SequenceBy by, int from, int to);

// Writes every frame (each atomically) into the folder, creating it. `progress(done, total)` is
// called after each frame; returning false stops the sequence (a cancel: the frames written so
// far stay). `*written` gets the number of frames written. Returns "" or one sentence.
QString exportSequence(const TimelineScene &scene, const trace::TraceDocument &trace,
                       const SequenceExport &sequence,
                       const std::function<bool(int done, int total)> &progress = {},
                       int *written = nullptr);

} // namespace loopscope::view
