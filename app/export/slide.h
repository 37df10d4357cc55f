// A slide: what an export draws on one page. The timeline (drawn by the same TimelinePainter as
// the screen), with a title above it, the legend, and optionally the listing (the cursor's lines
// highlighted) and the console beside it. Used by every image export, the export dialog's preview
// and the command line, so the three always agree.
#pragma once

#include "timeline/timelinepainter.h"

#include <QSize>
#include <QString>

class QPainter;

namespace loopscope::trace {
class TraceDocument;
}

namespace loopscope::view {

enum class ExportRange : std::uint8_t {
    All,        // the whole run
    Visible,    // the part of the axis the window shows (Slide::visibleX0…X1)
    UpToCursor, // the whole axis, drawn up to the cursor (frames of a slide animation)
};

struct Slide {
    Theme theme = Theme::Light;
    QSize size{1920, 1080};
    ExportRange range = ExportRange::All;
    double visibleX0 = 0; // ExportRange::Visible: the axis range to draw
    double visibleX1 = 0;
    int cursor = -1; // the step cursor (0 … step count, as Session's); -1: no cursor
    QString title;   // drawn above everything when not empty
    bool legend = true;
    bool code = false;    // the listing beside the timeline, the cursor's lines highlighted
    bool console = false; // what was printed up to the cursor, beside the timeline
};

// The smallest text an export draws, in pixels, for an image size: a fixed share of the image so
// a slide stays readable from the back of the room, and never below 11 px.
double minimumTextPixels(const QSize &size);

// x of the cursor on the scene's axis (as the window draws it), or -1 for no cursor.
double cursorAxisX(const TimelineScene &scene, int cursor);

// The painter options the slide's timeline is drawn with inside `timelineRect`.
PaintOptions slideTimelineOptions(const TimelineScene &scene, const Slide &slide,
                                  const QRectF &timelineRect);

// Where the slide's parts go inside `target` (for tests and the preview).
struct SlideLayout {
    QRectF title;
    QRectF timeline;
    QRectF code;    // empty when the slide has no listing
    QRectF console; // empty when the slide has no console
    QRectF legend;  // the band the legend is drawn in (bottom right); empty without one
};
SlideLayout layoutSlide(const QRectF &target, const Slide &slide);

// Draws the whole slide into `target` (its size should be slide.size; the preview scales).
void paintSlide(QPainter &painter, const QRectF &target, const TimelineScene &scene,
                const trace::TraceDocument &trace, const Slide &slide);

} // namespace loopscope::view
