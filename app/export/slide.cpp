#include "slide.h"

#include "export/imageexport.h"
#include "trace/cursorstate.h"
#include "trace/tracedocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace loopscope::view {

namespace {

struct SlideText {
    Q_DECLARE_TR_FUNCTIONS(Slide)
};

QFont slideFont(double pixels, bool bold = false, bool mono = false) {
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

QColor mixed(const QColor &a, const QColor &b, double share) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - share) + b.redF() * share),
                            static_cast<float>(a.greenF() * (1 - share) + b.greenF() * share),
                            static_cast<float>(a.blueF() * (1 - share) + b.blueF() * share));
}

// The colour of a task in the listing and the console: the window's (task id − 1).
QColor colorOfTask(const Palette &pal, std::uint32_t task) {
    return task ? taskColor(pal, static_cast<int>(task) - 1) : pal.mutedText;
}

void paintPanelHeading(QPainter &p, const QRectF &r, const QString &text, double fp,
                       const Palette &pal) {
    p.setFont(slideFont(fp * 0.9, true));
    p.setPen(pal.mutedText);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    p.setPen(QPen(pal.grid, 1));
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
}

// The listing, numbered; each live task's line carries a mark in its colour, the running task's
// line is tinted and bold. When the listing does not fit at a readable size, the window of lines
// shown is the one around the marked lines.
void paintCode(QPainter &p, const QRectF &area, const trace::TraceDocument &trace,
               const trace::CursorState &state, bool haveCursor, double fp, double minText,
               const Palette &pal, Theme theme) {
    const QRectF heading(area.left(), area.top(), area.width(), fp * 1.8);
    paintPanelHeading(
        p, heading, trace.fileName.isEmpty() ? SlideText::tr("Listing") : trace.fileName, fp, pal);
    QStringList lines = trace.source.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;
    const QRectF body = area.adjusted(0, heading.height() + fp * 0.3, 0, 0);
    // The size that fits every line (height and the longest line's width, with the marks and
    // the numbers: about 4 more characters), but never below the minimum: then a window of
    // lines is shown instead, and long lines are cut with an ellipsis.
    qsizetype longest = 0;
    for (const QString &l : lines)
        longest = std::max(longest, l.size());
    const double numberColumns = QString::number(lines.size()).size() + 1;
    const QFontMetricsF probe(slideFont(100, false, true));
    const double charWidth = probe.horizontalAdvance(QLatin1Char('M')) / 100;
    const double byWidth =
        body.width() / (charWidth * (static_cast<double>(longest) + numberColumns + 4));
    const double byHeight = body.height() / (static_cast<double>(lines.size()) * 1.22);
    const double px = std::clamp(std::min(byWidth, byHeight), minText, fp * 0.9);
    const double lineHeight = px * 1.22;
    const int fits = std::max(1, static_cast<int>(body.height() / lineHeight));

    // Line → the tasks on it (running first).
    std::map<int, std::vector<std::uint32_t>> marks;
    int runningLine = 0;
    if (haveCursor) {
        for (std::uint32_t id = 1; id < state.tasks.size(); ++id) {
            const trace::TaskAt &t = state.tasks[id];
            using trace::TaskState;
            if (t.line <= 0 || t.state == TaskState::NotCreated || t.state == TaskState::Done ||
                t.state == TaskState::Failed || t.state == TaskState::Cancelled)
                continue;
            auto &v = marks[t.line];
            if (id == state.running) {
                v.insert(v.begin(), id);
                runningLine = t.line;
            } else {
                v.push_back(id);
            }
        }
    }
    int first = 1;
    const int count = static_cast<int>(lines.size());
    if (count > fits) {
        const int focus =
            runningLine > 0 ? runningLine : (marks.empty() ? 1 : marks.begin()->first);
        first = std::clamp(focus - fits / 3, 1, count - fits + 1);
    }
    const QFont mono = slideFont(px, false, true);
    const QFont monoBold = slideFont(px, true, true);
    const QFontMetricsF fm(mono);
    const double markWidth = px * 0.55;
    const double markZone = markWidth * 3 + px * 0.3;
    const double numberWidth =
        fm.horizontalAdvance(QString(static_cast<int>(numberColumns) - 1, QLatin1Char('9')));
    const double textLeft = body.left() + markZone + numberWidth + px * 0.8;
    p.save();
    p.setClipRect(body);
    for (int i = 0; i < fits && first + i <= count; ++i) {
        const int line = first + i;
        const QRectF row(body.left(), body.top() + i * lineHeight, body.width(), lineHeight);
        const auto it = marks.find(line);
        const bool running = line == runningLine;
        if (running) {
            const QColor c = colorOfTask(pal, state.running);
            p.fillRect(row,
                       theme == Theme::Print ? QColor(0xe6e6e6) : mixed(pal.background, c, 0.22));
        }
        if (it != marks.end()) {
            double mx = body.left() + markZone - markWidth;
            for (std::size_t k = 0; k < it->second.size() && k < 3; ++k, mx -= markWidth * 1.05) {
                p.fillRect(
                    QRectF(mx, row.top() + lineHeight * 0.12, markWidth * 0.85, lineHeight * 0.76),
                    colorOfTask(pal, it->second[k]));
            }
        }
        p.setFont(mono);
        p.setPen(pal.mutedText);
        p.drawText(QRectF(body.left() + markZone, row.top(), numberWidth, lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        p.setFont(running ? monoBold : mono);
        p.setPen(pal.text);
        const QString text = lines[line - 1];
        p.drawText(QRectF(textLeft, row.top(), body.right() - textLeft, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, body.right() - textLeft));
    }
    p.restore();
    // Lines cut off above or below: say so, so nobody reads a partial listing as the whole one.
    p.setFont(slideFont(minText));
    p.setPen(pal.mutedText);
    if (first > 1)
        p.drawText(heading, Qt::AlignRight | Qt::AlignVCenter,
                   SlideText::tr("lines %1–%2 of %3")
                       .arg(first)
                       .arg(std::min(count, first + fits - 1))
                       .arg(count));
    else if (count > fits)
        p.drawText(heading, Qt::AlignRight | Qt::AlignVCenter,
                   SlideText::tr("lines %1–%2 of %3").arg(1).arg(fits).arg(count));
}

// What was printed up to the cursor, the newest lines when they do not all fit.
void paintConsole(QPainter &p, const QRectF &area, const trace::TraceDocument &trace,
                  const trace::CursorState &state, double fp, double minText, const Palette &pal) {
    const QRectF heading(area.left(), area.top(), area.width(), fp * 1.8);
    paintPanelHeading(p, heading, SlideText::tr("Output"), fp, pal);
    const QRectF body = area.adjusted(0, heading.height() + fp * 0.3, 0, 0);
    const double px = std::max(minText, fp * 0.8);
    const double lineHeight = px * 1.35;
    const int fits = std::max(1, static_cast<int>(body.height() / lineHeight));
    const auto total = static_cast<int>(state.console.size());
    const int first = std::max(0, total - fits);
    const QFont mono = slideFont(px, false, true);
    const QFontMetricsF fm(mono);
    p.save();
    p.setClipRect(body);
    if (total == 0) {
        p.setFont(slideFont(px));
        p.setPen(pal.mutedText);
        p.drawText(body.adjusted(0, 0, 0, -(body.height() - lineHeight)),
                   Qt::AlignLeft | Qt::AlignVCenter, SlideText::tr("nothing printed yet"));
    }
    for (int i = first; i < total; ++i) {
        const trace::ConsoleLine &l = state.console[static_cast<std::size_t>(i)];
        const QRectF row(body.left(), body.top() + (i - first) * lineHeight, body.width(),
                         lineHeight);
        p.fillRect(QRectF(row.left(), row.top() + lineHeight * 0.15, px * 0.3, lineHeight * 0.7),
                   colorOfTask(pal, l.task));
        p.setFont(mono);
        p.setPen(pal.text);
        const double left = row.left() + px * 0.8;
        p.drawText(QRectF(left, row.top(), row.right() - left, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(l.text, Qt::ElideRight, row.right() - left));
    }
    p.restore();
    if (first > 0) {
        p.setFont(slideFont(minText));
        p.setPen(pal.mutedText);
        p.drawText(heading, Qt::AlignRight | Qt::AlignVCenter,
                   SlideText::tr("last %1 of %2 lines").arg(total - first).arg(total));
    }
    Q_UNUSED(trace);
}

} // namespace

double minimumTextPixels(const QSize &size) {
    return std::max(11.0, std::min(size.width(), size.height()) / 72.0);
}

double cursorAxisX(const TimelineScene &scene, int cursor) {
    if (cursor < 0 || scene.stepX.empty())
        return -1;
    if (cursor == 0)
        return std::max(0.0, scene.stepX.front() - 0.25);
    const auto k = std::min(static_cast<std::size_t>(cursor), scene.stepX.size());
    return scene.stepX[k - 1] + 1; // just after step k: the end of its column
}

SlideLayout layoutSlide(const QRectF &target, const Slide &slide) {
    const double fp = exportFontPixels(slide.size) * target.height() / slide.size.height();
    SlideLayout l;
    const double margin = fp * 0.6;
    double top = target.top();
    if (!slide.title.isEmpty()) {
        l.title =
            QRectF(target.left() + margin, top + fp * 0.4, target.width() - 2 * margin, fp * 2.4);
        top = l.title.bottom();
    }
    const double legendHeight = slide.legend ? fp * 2.2 : 0;
    const QRectF body(target.left(), top, target.width(), target.bottom() - top);
    if (!slide.code && !slide.console) {
        l.timeline = body.adjusted(0, 0, 0, -legendHeight);
        if (slide.legend)
            l.legend = QRectF(body.left(), l.timeline.bottom(), body.width(), legendHeight);
        return l;
    }
    // The listing and console take a column on the right: 40% of a wide slide with a listing
    // (an 80-column line fits at the minimum text size), more of a 4:3 one, less for a console.
    const bool wide = target.width() / target.height() > 1.5;
    const double share = slide.code ? (wide ? 0.4 : 0.45) : (wide ? 0.28 : 0.34);
    const double sideWidth = target.width() * share;
    // The legend goes under the timeline when it fits there (the side column then keeps the
    // full height), else under the whole slide.
    PaintOptions legendFont;
    legendFont.fontPixels = fp;
    const bool legendFits = TimelinePainter(legendFont).legendWidth() <= body.width() - sideWidth;
    l.timeline =
        QRectF(body.left(), body.top(), body.width() - sideWidth, body.height() - legendHeight);
    if (slide.legend)
        l.legend = QRectF(body.left(), l.timeline.bottom(),
                          legendFits ? l.timeline.width() : body.width(), legendHeight);
    const double sideBottom = legendFits ? body.bottom() : l.timeline.bottom();
    const QRectF side(l.timeline.right() + margin, body.top() + margin * 0.5,
                      sideWidth - margin * 2, sideBottom - body.top() - margin * 1.5);
    if (slide.code && slide.console) {
        l.code = QRectF(side.left(), side.top(), side.width(), side.height() * 0.68);
        l.console = QRectF(side.left(), l.code.bottom() + margin, side.width(),
                           side.bottom() - l.code.bottom() - margin);
    } else if (slide.code) {
        l.code = side;
    } else {
        l.console = side;
    }
    return l;
}

PaintOptions slideTimelineOptions(const TimelineScene &scene, const Slide &slide,
                                  const QRectF &timelineRect) {
    PaintOptions o;
    o.theme = slide.theme;
    o.fontPixels = exportFontPixels(slide.size);
    o.legend = false; // the slide draws it, under the timeline or the whole slide
    o.cursorX = cursorAxisX(scene, slide.cursor);
    o.upToCursor = slide.range == ExportRange::UpToCursor && o.cursorX >= 0;
    if (slide.range == ExportRange::Visible && slide.visibleX1 > slide.visibleX0) {
        o.viewX0 = slide.visibleX0;
        o.viewX1 = slide.visibleX1;
    } else {
        o.viewX0 = -0.5;
        o.viewX1 = scene.width + 0.5;
    }
    // A slide with few lanes fills its height with taller lanes (the text stays the same size).
    o.laneScale = TimelinePainter(o).fittingLaneScale(timelineRect, scene, 2.0);
    return o;
}

void paintSlide(QPainter &p, const QRectF &target, const TimelineScene &scene,
                const trace::TraceDocument &trace, const Slide &slide) {
    const Palette pal = Palette::forTheme(slide.theme);
    // Everything is laid out at the slide's own size; a smaller target (the preview) scales.
    const QRectF full(QPointF(0, 0), QSizeF(slide.size));
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / full.width(), target.height() / full.height());
    p.fillRect(full, pal.background);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const SlideLayout l = layoutSlide(full, slide);
    const double fp = exportFontPixels(slide.size);
    const double minText = minimumTextPixels(slide.size);
    if (!l.title.isEmpty()) {
        const QFont f = slideFont(fp * 1.6, true);
        p.setFont(f);
        p.setPen(pal.text);
        p.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f).elidedText(slide.title, Qt::ElideRight, l.title.width()));
    }
    const PaintOptions options = slideTimelineOptions(scene, slide, l.timeline);
    const TimelinePainter timeline(options);
    timeline.paint(p, l.timeline, scene);
    if (!l.legend.isEmpty()) {
        p.fillRect(l.legend, pal.background);
        timeline.paintLegendBand(p, l.legend);
    }
    if (!l.code.isEmpty() || !l.console.isEmpty()) {
        const bool haveCursor = slide.cursor >= 0;
        const trace::CursorState state =
            haveCursor ? trace::stateAt(
                             trace, trace::stepEnd(trace, static_cast<std::size_t>(slide.cursor)))
                       : trace::CursorState{};
        p.setPen(QPen(pal.grid, 1));
        const double divider = l.timeline.right();
        p.drawLine(QPointF(divider, l.timeline.top()), QPointF(divider, l.timeline.bottom()));
        if (!l.code.isEmpty())
            paintCode(p, l.code, trace, state, haveCursor, fp, minText, pal, slide.theme);
        if (!l.console.isEmpty()) {
            // Without a cursor the console is the whole run's output.
            const trace::CursorState all =
                haveCursor ? trace::CursorState{} : trace::stateAt(trace, trace.events.size());
            paintConsole(p, l.console, trace, haveCursor ? state : all, fp, minText, pal);
        }
    }
    p.restore();
}

} // namespace loopscope::view
