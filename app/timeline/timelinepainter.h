// TimelinePainter: draws a TimelineScene with QPainter. The one painter behind the on-screen
// timeline (TimelineItem) and every export (PNG, SVG, PDF), so what a lecturer exports is what
// they saw. It keeps no state between calls but its options.
#pragma once

#include "timelinescene.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <optional>

class QPainter;

namespace loopscope::view {

enum class Theme : std::uint8_t {
    Light,
    Dark,
    Print, // black on white: patterns and outlines instead of colour fills
};

struct Palette {
    QColor background, text, mutedText, grid, laneStripe, cursor;
    QColor idle, blocked, ready, threadBar, cancel, raise, spawn, wake;
    std::vector<QColor> tasks; // colour-blind-safe (Okabe–Ito), cycled by Lane::colorIndex
    static Palette forTheme(Theme theme);
};

struct PaintOptions {
    Theme theme = Theme::Light;
    double fontPixels = 15; // base text size; everything scales from it
    double viewX0 = 0;      // the visible part of the axis
    double viewX1 = 1;
    double scrollY = 0;      // lanes scrolled up by this many pixels
    double cursorX = -1;     // the cursor (x of the current step); -1: none
    bool upToCursor = false; // presentation: draw nothing right of the cursor
    bool legend = false;
    double laneScale = 1; // lanes taller than the default (an export fills its height)
    QString title;        // drawn above the ruler when not empty
};

// What sits under a point of the painted timeline (for tooltips and clicks).
struct Hit {
    enum class Kind {
        None,
        Ruler,
        LoopBar,
        TaskBar,
        TaskEnd,
        Print,
        ThreadBar,
        LaneLabel
    } kind = Kind::None;
    int lane = -1;  // task lane index, when the hit is on a task lane
    int index = -1; // index in the lane's bars, the scene's loop bars, prints or thread bars
    double x = 0;   // axis position under the point
};

class TimelinePainter {
public:
    explicit TimelinePainter(PaintOptions options = {});

    const PaintOptions &options() const { return m_options; }
    void setOptions(const PaintOptions &options) { m_options = options; }

    void paint(QPainter &painter, const QRectF &target, const TimelineScene &scene) const;

    // The pixel geometry paint() uses, for hit testing and for scrolling.
    double gutterWidth(const QRectF &target) const;
    double rulerHeight() const;
    double laneHeight() const;
    double loopLaneHeight() const;
    double contentHeight(const TimelineScene &scene) const; // all lanes, unscrolled
    // The lane scale that fills `target` with the scene's lanes, between 1 and `most`.
    double fittingLaneScale(const QRectF &target, const TimelineScene &scene,
                            double most = 1.6) const;
    // Inline: zoomed out, a repaint maps hundreds of thousands of positions.
    double xToPixel(double x, const QRectF &plot) const {
        const double span = std::max(1e-12, m_options.viewX1 - m_options.viewX0);
        return plot.left() + (x - m_options.viewX0) / span * plot.width();
    }
    double pixelToX(double px, const QRectF &plot) const;
    QRectF plotRect(const QRectF &target) const; // where bars go (right of the gutter)

    Hit hitTest(const QPointF &point, const QRectF &target, const TimelineScene &scene) const;

    // The legend on its own (an export lays it out under the whole slide): its width, and the
    // legend drawn at the bottom right of `band`.
    double legendWidth() const;
    void paintLegendBand(QPainter &p, const QRectF &band) const;

private:
    struct Rows; // y of every lane, computed once per paint
    Rows rows(const QRectF &target, const TimelineScene &scene) const;
    QFont font(double scale = 1.0, bool bold = false) const;

    void paintRuler(QPainter &p, const QRectF &target, const QRectF &plot,
                    const TimelineScene &scene, const Palette &pal) const;
    void paintLoopLane(QPainter &p, const QRectF &row, const QRectF &plot,
                       const TimelineScene &scene, const Palette &pal) const;
    void paintThreadLane(QPainter &p, const QRectF &row, const QRectF &plot, const ThreadLane &lane,
                         const TimelineScene &scene, const Palette &pal) const;
    void paintTaskLane(QPainter &p, const QRectF &row, const QRectF &plot, const Lane &lane,
                       int index, const TimelineScene &scene, const Palette &pal) const;
    void paintLinks(QPainter &p, const QRectF &plot, const Rows &rows, const TimelineScene &scene,
                    const Palette &pal) const;
    void paintLabel(QPainter &p, const QRectF &gutterRow, const QString &title,
                    const QString &subtitle, int depth, const QColor &swatch,
                    const Palette &pal) const;
    void paintLegend(QPainter &p, const QRectF &target, const Palette &pal) const;
    // A task's running bar: its colour, or in the Print theme its own hatch pattern, outlined.
    void fillTaskBar(QPainter &p, const QRectF &r, const QColor &color, int colorIndex) const;

    PaintOptions m_options;
};

QColor taskColor(const Palette &palette, int colorIndex);

// The Print theme's fill for a task (black on white: a pattern per task instead of a colour),
// its hatching scaled with the text so it reads at any image size.
QBrush printTaskBrush(int colorIndex, double fontPixels);

} // namespace loopscope::view
