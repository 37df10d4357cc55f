#include "timelinepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace loopscope::view {

namespace {

QColor withAlpha(QColor c, double alpha) {
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

// First element of a sorted-by-x1 range that reaches x0 (the visible range starts there).
template<class It>
It firstVisible(It begin, It end, double x0) {
    return std::lower_bound(begin, end, x0, [](const auto &b, double x) { return b.x1 < x; });
}

// `r` on whole pixels (at least one wide and high): filled without antialiasing, far faster.
QRectF onPixels(const QRectF &r) {
    const double left = std::round(r.left()), top = std::round(r.top());
    return QRectF(left, top, std::max(1.0, std::round(r.right()) - left),
                  std::max(1.0, std::round(r.bottom()) - top));
}

QString elided(const QFont &font, const QString &text, double width) {
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace

Palette Palette::forTheme(Theme theme) {
    Palette p;
    switch (theme) {
    case Theme::Light:
        p.background = QColor(0xffffff);
        p.text = QColor(0x1a1a1a);
        p.mutedText = QColor(0x5f6368);
        p.grid = QColor(0xe3e5e8);
        p.laneStripe = QColor(0xf5f6f8);
        p.cursor = QColor(0x111111);
        p.idle = QColor(0xdadce0);
        p.blocked = QColor(0xd55e00);
        p.ready = QColor(0x9aa0a6);
        p.threadBar = QColor(0x6b6b6b);
        p.cancel = QColor(0xd55e00);
        p.raise = QColor(0xb8860b);
        p.spawn = QColor(0x9aa0a6);
        p.wake = QColor(0x007a5e);
        // Okabe–Ito, ordered for contrast on white; yellow darkened to stay readable.
        p.tasks = {QColor(0x0072b2), QColor(0xe69f00), QColor(0x009e73), QColor(0xcc79a7),
                   QColor(0x56b4e9), QColor(0xd55e00), QColor(0xb09a00), QColor(0x555555)};
        break;
    case Theme::Dark:
        p.background = QColor(0x1e1f22);
        p.text = QColor(0xe8eaed);
        p.mutedText = QColor(0xa8abb0);
        p.grid = QColor(0x3a3c40);
        p.laneStripe = QColor(0x25272b);
        p.cursor = QColor(0xffffff);
        p.idle = QColor(0x45474c);
        p.blocked = QColor(0xff7a33);
        p.ready = QColor(0x80868b);
        p.threadBar = QColor(0xb0b0b0);
        p.cancel = QColor(0xff7a33);
        p.raise = QColor(0xf0c040);
        p.spawn = QColor(0x80868b);
        p.wake = QColor(0x3ccfa0);
        p.tasks = {QColor(0x56b4e9), QColor(0xe69f00), QColor(0x2bc39a), QColor(0xe08ec0),
                   QColor(0x3d9be0), QColor(0xff7a33), QColor(0xf0e442), QColor(0xbbbbbb)};
        break;
    case Theme::Print:
        p.background = Qt::white;
        p.text = Qt::black;
        p.mutedText = QColor(0x333333);
        p.grid = QColor(0xbbbbbb);
        p.laneStripe = Qt::white;
        p.cursor = Qt::black;
        p.idle = QColor(0xdddddd);
        p.blocked = Qt::black;
        p.ready = QColor(0x555555);
        p.threadBar = QColor(0x444444);
        p.cancel = Qt::black;
        p.raise = Qt::black;
        p.spawn = QColor(0x777777);
        p.wake = Qt::black;
        p.tasks = {QColor(0x222222)};
        break;
    }
    return p;
}

QColor taskColor(const Palette &palette, int colorIndex) {
    const auto n = static_cast<int>(palette.tasks.size());
    return palette.tasks[static_cast<std::size_t>(((colorIndex % n) + n) % n)];
}

struct TimelinePainter::Rows {
    QRectF ruler;
    QRectF loop;
    std::vector<QRectF> threads;
    std::vector<QRectF> tasks;
    QRectF lanesClip; // below the ruler
};

TimelinePainter::TimelinePainter(PaintOptions options)
    : m_options(std::move(options)) {}

QFont TimelinePainter::font(double scale, bool bold) const {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(m_options.fontPixels * scale))));
    f.setBold(bold);
    return f;
}

double TimelinePainter::gutterWidth(const QRectF &target) const {
    return std::clamp(target.width() * 0.2, m_options.fontPixels * 13, m_options.fontPixels * 18);
}

double TimelinePainter::rulerHeight() const {
    return m_options.fontPixels * 2.4 +
           (m_options.title.isEmpty() ? 0 : m_options.fontPixels * 2.2);
}

double TimelinePainter::laneHeight() const {
    return m_options.fontPixels * 3.0 * m_options.laneScale;
}

double TimelinePainter::loopLaneHeight() const {
    return m_options.fontPixels * 2.8 * m_options.laneScale;
}

double TimelinePainter::contentHeight(const TimelineScene &scene) const {
    return loopLaneHeight() +
           static_cast<double>(scene.threads.size() + scene.lanes.size()) * laneHeight();
}

double TimelinePainter::fittingLaneScale(const QRectF &target, const TimelineScene &scene,
                                         double most) const {
    const double legend = m_options.legend ? m_options.fontPixels * 2.4 : 0;
    const double available = target.height() - rulerHeight() - legend;
    const double natural = contentHeight(scene) / m_options.laneScale;
    return std::clamp(available / std::max(1.0, natural), 1.0, most);
}

QRectF TimelinePainter::plotRect(const QRectF &target) const {
    const double g = gutterWidth(target);
    const double pad = m_options.fontPixels;
    return QRectF(target.left() + g + pad * 0.5, target.top() + rulerHeight(),
                  std::max(1.0, target.width() - g - pad * 1.5),
                  std::max(1.0, target.height() - rulerHeight()));
}

double TimelinePainter::pixelToX(double px, const QRectF &plot) const {
    const double span = std::max(1e-12, m_options.viewX1 - m_options.viewX0);
    return m_options.viewX0 + (px - plot.left()) / plot.width() * span;
}

TimelinePainter::Rows TimelinePainter::rows(const QRectF &target,
                                            const TimelineScene &scene) const {
    Rows r;
    r.ruler = QRectF(target.left(), target.top(), target.width(), rulerHeight());
    double y = target.top() + rulerHeight() - m_options.scrollY;
    r.loop = QRectF(target.left(), y, target.width(), loopLaneHeight());
    y += loopLaneHeight();
    for (std::size_t i = 0; i < scene.threads.size(); ++i, y += laneHeight())
        r.threads.emplace_back(target.left(), y, target.width(), laneHeight());
    for (std::size_t i = 0; i < scene.lanes.size(); ++i, y += laneHeight())
        r.tasks.emplace_back(target.left(), y, target.width(), laneHeight());
    r.lanesClip = QRectF(target.left(), target.top() + rulerHeight(), target.width(),
                         target.height() - rulerHeight());
    return r;
}

void TimelinePainter::paint(QPainter &p, const QRectF &target, const TimelineScene &scene) const {
    const Palette pal = Palette::forTheme(m_options.theme);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(target, pal.background);
    p.setClipRect(target);

    const QRectF plot = plotRect(target);
    const Rows r = rows(target, scene);
    const double gutter = gutterWidth(target);

    p.save();
    p.setClipRect(r.lanesClip);
    // Lane backgrounds and labels.
    auto stripe = [&](const QRectF &row, int i) {
        if (i % 2 == 1)
            p.fillRect(row, pal.laneStripe);
    };
    stripe(r.loop, 1);
    paintLabel(p, QRectF(r.loop.left(), r.loop.top(), gutter, r.loop.height()),
               scene.loopTitle.isEmpty() ? QCoreApplication::translate("Timeline", "event loop")
                                         : scene.loopTitle,
               scene.loopSubtitle, 0, pal.text, pal);
    for (std::size_t i = 0; i < scene.threads.size(); ++i) {
        stripe(r.threads[i], static_cast<int>(i));
        paintLabel(p, QRectF(r.threads[i].left(), r.threads[i].top(), gutter, laneHeight()),
                   scene.threads[i].title, QString(), 0, pal.threadBar, pal);
    }
    for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
        if (r.tasks[i].bottom() < r.lanesClip.top() || r.tasks[i].top() > r.lanesClip.bottom())
            continue; // off screen (a trace of thousands of tasks)
        const Lane &lane = scene.lanes[i];
        stripe(r.tasks[i], static_cast<int>(i + scene.threads.size()));
        paintLabel(p, QRectF(r.tasks[i].left(), r.tasks[i].top(), gutter, laneHeight()), lane.title,
                   lane.subtitle, lane.depth, taskColor(pal, lane.colorIndex), pal);
    }
    // Separator between the gutter and the plot.
    p.setPen(QPen(pal.grid, 1));
    p.drawLine(QPointF(target.left() + gutter, r.lanesClip.top()),
               QPointF(target.left() + gutter, r.lanesClip.bottom()));

    // The plot: everything drawn from the scene, clipped to the plot (and to the cursor in
    // presentation mode, so the timeline unfolds as the lecturer steps).
    QRectF clip(plot.left(), r.lanesClip.top(), plot.width(), r.lanesClip.height());
    if (m_options.upToCursor && m_options.cursorX >= 0)
        clip.setRight(std::clamp(xToPixel(m_options.cursorX, plot), clip.left(), clip.right()));
    // On whole pixels: a clip with fractional edges is a mask, and every fill inside it (tens
    // of thousands zoomed out) is then clipped span by span.
    p.setClipRect(clip.toAlignedRect());
    // Vertical grid at the ruler's major ticks.
    p.setPen(QPen(pal.grid, 1));
    double lastGrid = -1e9;
    for (const Tick &t : scene.ticks) {
        if (!t.major)
            continue;
        const double px = xToPixel(t.x, plot);
        // Off the plot, or packed so close that the grid would be a grey wash (every column
        // of it costs a span per row: zoomed out, hundreds of them cost milliseconds; the
        // ruler keeps a tick in every pixel).
        if (px < plot.left() - 1 || px > plot.right() + 1 || px - lastGrid < 8)
            continue;
        lastGrid = px;
        // A whole column of pixels: a rectangle on pixel boundaries is filled span by span,
        // at a fraction of the cost of an antialiased line across the lanes (zoomed out there
        // are hundreds of them).
        p.fillRect(QRectF(std::round(px - 0.5), std::floor(r.lanesClip.top()), 1,
                          std::ceil(r.lanesClip.height())),
                   pal.grid);
    }
    paintLoopLane(p, r.loop, plot, scene, pal);
    for (std::size_t i = 0; i < scene.threads.size(); ++i)
        paintThreadLane(p, r.threads[i], plot, scene.threads[i], scene, pal);
    for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
        if (r.tasks[i].bottom() < r.lanesClip.top() || r.tasks[i].top() > r.lanesClip.bottom())
            continue;
        paintTaskLane(p, r.tasks[i], plot, scene.lanes[i], static_cast<int>(i), scene, pal);
    }
    paintLinks(p, plot, r, scene, pal);
    p.restore();

    paintRuler(p, target, plot, scene, pal);

    // The cursor, over everything.
    if (m_options.cursorX >= 0) {
        const double px = xToPixel(m_options.cursorX, plot);
        if (px >= plot.left() - 1 && px <= plot.right() + 1) {
            p.setPen(QPen(pal.cursor, std::max(2.0, m_options.fontPixels / 7)));
            p.drawLine(QPointF(px, r.ruler.bottom() - m_options.fontPixels * 0.6),
                       QPointF(px, target.bottom()));
            QPainterPath head;
            const double s = m_options.fontPixels * 0.5;
            head.moveTo(px - s, r.ruler.bottom() - s * 1.6);
            head.lineTo(px + s, r.ruler.bottom() - s * 1.6);
            head.lineTo(px, r.ruler.bottom() - s * 0.2);
            head.closeSubpath();
            p.fillPath(head, pal.cursor);
        }
    }
    if (m_options.legend)
        paintLegend(p, target, pal);
    p.restore();
}

void TimelinePainter::paintLabel(QPainter &p, const QRectF &row, const QString &title,
                                 const QString &subtitle, int depth, const QColor &swatch,
                                 const Palette &pal) const {
    const double fp = m_options.fontPixels;
    const double indent = fp * 0.6 + depth * fp * 0.9;
    const QRectF sw(row.left() + indent, row.center().y() - fp * 0.45, fp * 0.35, fp * 0.9);
    p.fillRect(sw, swatch);
    const double textLeft = sw.right() + fp * 0.45;
    const double width = row.right() - textLeft - fp * 0.5;
    const QFont bold = font(1.0, true);
    p.setFont(bold);
    p.setPen(pal.text);
    const QString t = elided(bold, title, width);
    const double titleWidth = QFontMetricsF(bold).horizontalAdvance(t);
    p.drawText(QRectF(textLeft, row.top(), width, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
               t);
    if (!subtitle.isEmpty() && titleWidth + fp < width) {
        const QFont normal = font(0.95);
        p.setFont(normal);
        p.setPen(pal.mutedText);
        const double left = textLeft + titleWidth + fp * 0.35;
        p.drawText(QRectF(left, row.top(), textLeft + width - left, row.height()),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   elided(normal, QStringLiteral("· ") + subtitle, textLeft + width - left));
    }
}

void TimelinePainter::paintRuler(QPainter &p, const QRectF &target, const QRectF &plot,
                                 const TimelineScene &scene, const Palette &pal) const {
    const double fp = m_options.fontPixels;
    const QRectF ruler(target.left(), target.top(), target.width(), rulerHeight());
    p.fillRect(ruler, pal.background);
    if (!m_options.title.isEmpty()) {
        p.setFont(font(1.35, true));
        p.setPen(pal.text);
        p.drawText(
            QRectF(target.left() + fp * 0.6, target.top(), target.width() - fp * 1.2, fp * 2.2),
            Qt::AlignVCenter | Qt::AlignLeft, m_options.title);
    }
    const double base = ruler.bottom() - 1;
    p.setPen(QPen(pal.grid, 1));
    p.drawLine(QPointF(ruler.left(), base), QPointF(ruler.right(), base));
    p.setFont(font(0.9));
    p.setPen(pal.mutedText);
    p.drawText(QRectF(ruler.left() + fp * 0.6, base - fp * 1.6, gutterWidth(target), fp * 1.4),
               Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Timeline", "virtual time"));
    p.save();
    p.setClipRect(QRectF(plot.left() - fp * 2, ruler.top(), plot.width() + fp * 3, ruler.height())
                      .toAlignedRect());
    const QFont tickFont = font(0.9);
    const QFontMetricsF fm(tickFont);
    double lastRight = -1e9, lastTick = -1e9;
    double narrowest = 1e9;
    for (const QChar ch : QStringLiteral("0123456789.e-+"))
        narrowest = std::min(narrowest, fm.horizontalAdvance(ch));
    // The label without its number, less a pixel for kerning.
    const double suffixWidth = std::max(
        0.0,
        fm.horizontalAdvance(QCoreApplication::translate("Timeline", "%1 s").arg(QString())) - 1);
    for (const Tick &t : scene.ticks) {
        const double px = xToPixel(t.x, plot);
        if (px < plot.left() - 1 || px > plot.right() + 1)
            continue;
        if (std::floor(px) == std::floor(lastTick))
            continue; // a tick per instant: thousands share a pixel when zoomed out
        lastTick = px;
        // The 1-pixel line from the base up, as a filled rectangle (square caps included).
        const double h = t.major ? fp * 0.5 : fp * 0.25;
        p.fillRect(QRectF(px - 0.5, base - h - 0.5, 1, h + 1), pal.mutedText);
        if (!t.major || px <= lastRight + fp * 0.6)
            continue; // (no room for a label centred here: not even formatted)
        const QString number = QString::number(t.seconds, 'g', 6);
        // Measuring a label shapes its text, and zoomed out there is a tick in every pixel:
        // a label that cannot fit even at its narrowest (every character as narrow as the
        // narrowest one a number has) is not measured.
        if (px - (suffixWidth + static_cast<double>(number.size()) * narrowest) / 2 <=
            lastRight + fp * 0.6)
            continue;
        const QString label = QCoreApplication::translate("Timeline", "%1 s").arg(number);
        const double w = fm.horizontalAdvance(label);
        if (px - w / 2 <= lastRight + fp * 0.6)
            continue; // labels never overlap; the tick stays
        p.setFont(tickFont);
        p.setPen(pal.text);
        p.drawText(QRectF(px - w / 2, base - fp * 1.7, w, fp * 1.2), Qt::AlignCenter, label);
        lastRight = px + w / 2;
    }
    // Breaks: a long idle stretch drawn short; the zigzag says so and the label says how long.
    for (const AxisBreak &b : scene.breaks) {
        const double a = xToPixel(b.x0, plot), z = xToPixel(b.x1, plot);
        if (z < plot.left() || a > plot.right())
            continue;
        const double mid = (a + z) / 2;
        QPainterPath zig;
        const double h = fp * 0.35;
        zig.moveTo(mid - h, base + 0.5);
        zig.lineTo(mid - h / 2, base - h);
        zig.lineTo(mid + h / 2, base + h * 0.4);
        zig.lineTo(mid + h, base - h);
        p.setPen(QPen(pal.mutedText, 1.5));
        p.drawPath(zig);
    }
    p.restore();
}

void TimelinePainter::paintLoopLane(QPainter &p, const QRectF &row, const QRectF &plot,
                                    const TimelineScene &scene, const Palette &pal) const {
    const double fp = m_options.fontPixels;
    const QRectF band(row.left(), row.top() + row.height() * 0.14, row.width(),
                      row.height() * 0.72);
    const QFont labelFont = font(0.85);
    double lastPx = -1e9;
    // Loop bars overlap (a blocked bar lies inside its step's bar), so x1 is not sorted: the
    // first visible bar is found on the running maximum of x1, which is.
    auto first = scene.loop.begin();
    {
        double reach = -1e300;
        std::size_t lo = 0;
        for (std::size_t i = 0; i < scene.loop.size(); ++i) {
            reach = std::max(reach, scene.loop[i].x1);
            if (reach >= m_options.viewX0) {
                lo = i;
                break;
            }
            lo = i + 1;
        }
        first += static_cast<std::ptrdiff_t>(lo);
    }
    for (auto it = first; it != scene.loop.end() && it->x0 <= m_options.viewX1; ++it) {
        const double a = xToPixel(it->x0, plot), z = xToPixel(it->x1, plot);
        if (z - a < 1 && std::floor(a) == std::floor(lastPx))
            continue; // several steps in one pixel: the first one stands for them
        lastPx = a;
        const QRectF bar(a, band.top(), std::max(1.0, z - a), band.height());
        // Narrow (zoomed out): on whole pixels, filled without the antialiasing rasteriser.
        const QRectF r = z - a < 3 ? onPixels(bar) : bar;
        switch (it->activity) {
        case LoopActivity::RunStep: {
            const QColor c =
                it->lane >= 0
                    ? taskColor(pal, scene.lanes[static_cast<std::size_t>(it->lane)].colorIndex)
                    : pal.text;
            fillTaskBar(p, r, c,
                        it->lane >= 0 ? scene.lanes[static_cast<std::size_t>(it->lane)].colorIndex
                                      : -1);
            break;
        }
        case LoopActivity::Idle: {
            const QRectF thin(r.left(), band.center().y() - fp * 0.18, r.width(), fp * 0.36);
            p.fillRect(thin, pal.idle);
            if (r.width() > fp * 6 && !it->label.isEmpty()) {
                p.setFont(labelFont);
                p.setPen(pal.mutedText);
                p.drawText(QRectF(r.left() + fp * 0.3, band.top(), r.width() - fp * 0.6,
                                  band.height() * 0.42),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           elided(labelFont, it->label, r.width() - fp * 0.6));
            }
            break;
        }
        case LoopActivity::Blocked: {
            p.fillRect(r, withAlpha(pal.blocked, 0.18));
            p.fillRect(r, QBrush(pal.blocked, Qt::BDiagPattern));
            p.setPen(QPen(pal.blocked, 2));
            p.drawRect(r);
            if (r.width() > fp * 5 && !it->label.isEmpty()) {
                p.setFont(font(0.85, true));
                p.setPen(pal.text);
                p.drawText(r.adjusted(fp * 0.3, 0, -fp * 0.3, 0), Qt::AlignCenter,
                           elided(font(0.85, true), it->label, r.width() - fp * 0.6));
            }
            break;
        }
        }
    }
}

void TimelinePainter::paintThreadLane(QPainter &p, const QRectF &row, const QRectF &plot,
                                      const ThreadLane &lane, const TimelineScene &scene,
                                      const Palette &pal) const {
    const double fp = m_options.fontPixels;
    const QRectF band(row.left(), row.top() + row.height() * 0.2, row.width(), row.height() * 0.6);
    for (auto it = firstVisible(lane.bars.begin(), lane.bars.end(), m_options.viewX0);
         it != lane.bars.end() && it->x0 <= m_options.viewX1; ++it) {
        const double a = xToPixel(it->x0, plot), z = xToPixel(it->x1, plot);
        const QRectF r(a, band.top(), std::max(2.0, z - a), band.height());
        const QColor c =
            it->lane >= 0
                ? taskColor(pal, scene.lanes[static_cast<std::size_t>(it->lane)].colorIndex)
                : pal.threadBar;
        p.fillRect(r, withAlpha(c, 0.35));
        p.setPen(QPen(c, 1.5));
        p.drawRect(r);
        if (r.width() > fp * 4) {
            p.setFont(font(0.85));
            p.setPen(pal.text);
            p.drawText(r.adjusted(fp * 0.3, 0, -fp * 0.3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       elided(font(0.85), it->label, r.width() - fp * 0.6));
        }
    }
}

void TimelinePainter::paintTaskLane(QPainter &p, const QRectF &row, const QRectF &plot,
                                    const Lane &lane, int index, const TimelineScene &scene,
                                    const Palette &pal) const {
    const double fp = m_options.fontPixels;
    const QColor c = taskColor(pal, lane.colorIndex);
    // A lane has two zones: printed lines along the top, the task's bars below them.
    const QRectF band(row.left(), row.top() + row.height() * 0.38, row.width(), row.height() * 0.5);
    const double cy = band.center().y();
    const double lineY = band.top() + band.height() * 0.78; // sleeping / awaiting line
    const QFont labelFont = font(0.82);
    double lastPx = -1e9, lastTick = -1e9;

    // Creation: a small open circle where the task was created.
    const double cx = xToPixel(lane.createdX, plot);
    if (cx >= plot.left() - fp && cx <= plot.right() + fp) {
        p.setPen(QPen(c, 1.5));
        p.setBrush(pal.background);
        p.drawEllipse(QPointF(cx, cy), fp * 0.22, fp * 0.22);
        p.setBrush(Qt::NoBrush);
    }
    // The level of detail zoomed out (a trace of a million events: bars a pixel or two wide):
    // a bar narrower than 3 pixels (a line narrower than 2 em) marks, per pixel column, that the
    // lane was in its state there; each state is then drawn once per run of columns that have it,
    // on whole pixels. No state is dropped however many share a pixel, neighbours move by less than
    // half a pixel, and a few hundred fills on pixel boundaries replace tens of thousands through
    // the antialiasing rasteriser.
    const int firstColumn = static_cast<int>(std::floor(plot.left())) - 2;
    std::vector<std::uint8_t> columns(static_cast<std::size_t>(std::ceil(plot.width())) + 5, 0);
    const auto bitOf = [](Activity activity) {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(activity));
    };
    constexpr std::uint8_t deadlineBit = 1u << 6;
    std::uint8_t used = 0; // the states marked, and the columns they span
    int lowest = static_cast<int>(columns.size()), highest = 0;
    for (auto it = firstVisible(lane.bars.begin(), lane.bars.end(), m_options.viewX0);
         it != lane.bars.end() && it->x0 <= m_options.viewX1; ++it) {
        const double a = xToPixel(it->x0, plot), z = xToPixel(it->x1, plot);
        const double w = std::max(1.5, z - a);
        const bool line = it->activity == Activity::Sleeping || it->activity == Activity::Awaiting;
        if (w < 3 || (line && w < fp * 2)) {
            // Narrow (zoomed out): the bar marks the pixel columns it covers, drawn below. (A
            // short sleeping or awaiting line is a plain fill either way, with no label.)
            const auto col = [&](double px) {
                return std::clamp(static_cast<int>(std::lround(px)) - firstColumn, 0,
                                  static_cast<int>(columns.size()) - 1);
            };
            const int from = col(a), to = std::max(from + 1, col(a + w));
            for (int k = from; k < to; ++k)
                columns[static_cast<std::size_t>(k)] |= bitOf(it->activity);
            used |= bitOf(it->activity);
            lowest = std::min(lowest, from);
            highest = std::max(highest, to);
            if (it->activity == Activity::Sleeping && it->deadlineX >= 0) {
                const double dx = xToPixel(it->deadlineX, plot);
                for (int k = col(dx - 1), e = std::max(k + 1, col(dx + 1)); k < e; ++k)
                    columns[static_cast<std::size_t>(k)] |= deadlineBit, used |= deadlineBit,
                        lowest = std::min(lowest, k), highest = std::max(highest, k + 1);
            }
            continue;
        }
        if (z - a < 1 && std::floor(a) == std::floor(lastPx))
            continue;
        lastPx = a;
        switch (it->activity) {
        case Activity::Running: {
            const QRectF r(a, band.top(), w, band.height());
            fillTaskBar(p, r, c, lane.colorIndex);
            break;
        }
        case Activity::Ready: {
            const QRectF r(a, band.top() + band.height() * 0.15, w, band.height() * 0.7);
            p.fillRect(r, m_options.theme == Theme::Print ? QBrush(pal.ready, Qt::Dense6Pattern)
                                                          : QBrush(withAlpha(c, 0.22)));
            QPen pen(c, 1.2, Qt::DashLine);
            p.setPen(pen);
            p.drawRect(r);
            break;
        }
        case Activity::Sleeping:
        case Activity::Awaiting: {
            const bool sleeping = it->activity == Activity::Sleeping;
            const double thick = sleeping ? fp * 0.2 : fp * 0.14;
            if (sleeping || w < fp * 2) {
                // Axis-aligned: a filled rectangle (a short dashed line reads as solid anyway,
                // and a stroked pen costs ten times as much on a trace of a million events).
                p.fillRect(QRectF(a, lineY - thick / 2, w, thick),
                           withAlpha(c, sleeping ? 0.85 : 0.55));
            } else {
                p.setPen(QPen(withAlpha(c, 0.85), thick, Qt::DashLine, Qt::FlatCap));
                p.drawLine(QPointF(a, lineY), QPointF(a + w, lineY));
            }
            if (sleeping && it->deadlineX >= 0) {
                const double dx = xToPixel(it->deadlineX, plot);
                if (std::floor(dx) != std::floor(lastTick)) {
                    p.fillRect(QRectF(dx - 1, lineY - fp * 0.35, 2, fp * 0.55), c);
                    lastTick = dx;
                }
            }
            if (w > fp * 5 && !it->label.isEmpty()) {
                p.setFont(labelFont);
                p.setPen(pal.mutedText);
                p.drawText(QRectF(a + fp * 0.3, band.top(), w - fp * 0.6, lineY - band.top()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           elided(labelFont, it->label, w - fp * 0.6));
            }
            break;
        }
        case Activity::Blocking: {
            const QRectF r(a, band.top(), w, band.height());
            p.fillRect(r, c);
            p.fillRect(r, QBrush(pal.blocked, Qt::BDiagPattern));
            break;
        }
        }
    }
    // The narrow bars, state by state (the lines under the bars), each run of columns at once.
    const auto runs = [&](std::uint8_t bit, const auto &draw) {
        if (!(used & bit))
            return;
        for (std::size_t k = static_cast<std::size_t>(std::max(0, lowest - 2));
             k < static_cast<std::size_t>(highest);) {
            if (!(columns[k] & bit)) {
                ++k;
                continue;
            }
            std::size_t e = k + 1;
            while (e < static_cast<std::size_t>(highest) && (columns[e] & bit))
                ++e;
            draw(static_cast<double>(firstColumn) + static_cast<double>(k),
                 static_cast<double>(e - k));
            k = e;
        }
    };
    const auto line = [&](std::uint8_t bit, double thick, double alpha) {
        runs(bit, [&](double x, double w) {
            p.fillRect(onPixels(QRectF(x, lineY - thick / 2, w, thick)), withAlpha(c, alpha));
        });
    };
    line(bitOf(Activity::Sleeping), fp * 0.2, 0.85);
    line(bitOf(Activity::Awaiting), fp * 0.14, 0.55);
    runs(deadlineBit, [&](double x, double w) {
        p.fillRect(onPixels(QRectF(x, lineY - fp * 0.35, w, fp * 0.55)), c);
    });
    // Ready: narrower than its dashed outline's two sides, which would cover it.
    runs(bitOf(Activity::Ready), [&](double x, double w) {
        p.fillRect(onPixels(QRectF(x - 0.6, band.top() + band.height() * 0.15 - 0.6, w + 1.2,
                                   band.height() * 0.7 + 1.2)),
                   withAlpha(c, 0.6));
    });
    runs(bitOf(Activity::Running), [&](double x, double w) {
        fillTaskBar(p, onPixels(QRectF(x, band.top(), w, band.height())), c, lane.colorIndex);
    });
    runs(bitOf(Activity::Blocking), [&](double x, double w) {
        const QRectF r = onPixels(QRectF(x, band.top(), w, band.height()));
        p.fillRect(r, c);
        p.fillRect(r, QBrush(pal.blocked, Qt::BDiagPattern));
    });
    // Prints on this lane: a small mark at the top, with the text when there is room for it.
    const QFont printFont = font(0.82);
    for (std::size_t i = 0; i < scene.prints.size(); ++i) {
        const PrintMarker &m = scene.prints[i];
        if (m.lane != index || m.x < m_options.viewX0 || m.x > m_options.viewX1)
            continue;
        const double px = xToPixel(m.x, plot);
        const QRectF mark(px - fp * 0.12, row.top() + row.height() * 0.08, fp * 0.24,
                          row.height() * 0.26);
        p.fillRect(mark, pal.text);
        double room = plot.right() - px;
        for (std::size_t j = i + 1; j < scene.prints.size(); ++j) {
            if (scene.prints[j].lane == index) {
                room = xToPixel(scene.prints[j].x, plot) - px;
                break;
            }
        }
        if (room > fp * 3) {
            p.setFont(printFont);
            p.setPen(pal.text);
            const QString text = QStringLiteral("“") + m.text + QStringLiteral("”");
            p.drawText(QRectF(px + fp * 0.3, row.top(), room - fp * 0.6, row.height() * 0.42),
                       Qt::AlignLeft | Qt::AlignVCenter, elided(printFont, text, room - fp * 0.6));
        }
    }
    // The ending: ● result, ✕ exception, ⊘ cancelled — shapes, so they read without colour.
    if (lane.endX >= 0) {
        const double ex = xToPixel(lane.endX, plot);
        const double s = fp * 0.38;
        QColor mark = c;
        if (lane.ending == Ending::Exception)
            mark = pal.cancel;
        p.setPen(QPen(mark, std::max(2.0, fp * 0.14)));
        switch (lane.ending) {
        case Ending::Result:
            p.setBrush(mark);
            p.drawEllipse(QPointF(ex, cy), s * 0.8, s * 0.8);
            p.setBrush(Qt::NoBrush);
            break;
        case Ending::Exception:
            p.drawLine(QPointF(ex - s, cy - s), QPointF(ex + s, cy + s));
            p.drawLine(QPointF(ex - s, cy + s), QPointF(ex + s, cy - s));
            break;
        case Ending::Cancelled:
            p.setBrush(pal.background);
            p.drawEllipse(QPointF(ex, cy), s, s);
            p.drawLine(QPointF(ex - s * 0.7, cy + s * 0.7), QPointF(ex + s * 0.7, cy - s * 0.7));
            p.setBrush(Qt::NoBrush);
            break;
        case Ending::Pending:
            break;
        }
        if (!lane.endLabel.isEmpty()) {
            p.setFont(font(0.85, lane.ending != Ending::Result));
            p.setPen(lane.ending == Ending::Exception ? pal.cancel : pal.text);
            p.drawText(QRectF(ex + s * 1.6, row.top(), plot.right() - ex, row.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, lane.endLabel);
        }
    }
}

void TimelinePainter::paintLinks(QPainter &p, const QRectF &plot, const Rows &rows,
                                 const TimelineScene &scene, const Palette &pal) const {
    const double fp = m_options.fontPixels;
    auto yOf = [&](int lane) {
        return lane < 0 ? rows.loop.center().y()
                        : rows.tasks[static_cast<std::size_t>(lane)].center().y();
    };
    const double top = rows.lanesClip.top(), bottom = rows.lanesClip.bottom();
    // Links drawn so far, by (pixel column of each end, lanes, kind): a link that lands on the
    // same pixels as one already drawn adds nothing (a million-event trace zoomed out).
    std::unordered_set<std::uint64_t> drawn;
    // Zoomed far out, links outnumber the pixels: one link per bucket of columns stands for the
    // rest (the arrows would only be a blur), the bucket widening with their number.
    std::size_t inView = 0;
    for (const Link &l : scene.links)
        inView +=
            std::max(l.x0, l.x1) >= m_options.viewX0 && std::min(l.x0, l.x1) <= m_options.viewX1;
    const double bucket = std::max(1.0, 8.0 * static_cast<double>(inView) / plot.width());
    for (const Link &l : scene.links) {
        if (std::max(l.x0, l.x1) < m_options.viewX0 || std::min(l.x0, l.x1) > m_options.viewX1)
            continue;
        const QPointF from(xToPixel(l.x0, plot), yOf(l.fromLane));
        const QPointF to(xToPixel(l.x1, plot), yOf(l.toLane));
        if (std::max(from.y(), to.y()) < top || std::min(from.y(), to.y()) > bottom)
            continue; // both ends above or below the visible lanes
        const auto px = [&](double x) {
            return static_cast<std::uint64_t>(
                static_cast<std::uint16_t>(std::lround((x - plot.left()) / bucket)));
        };
        const std::uint64_t key = px(from.x()) | px(to.x()) << 16 |
                                  static_cast<std::uint64_t>((l.fromLane + 1) & 0x3fff) << 32 |
                                  static_cast<std::uint64_t>((l.toLane + 1) & 0x3fff) << 46 |
                                  static_cast<std::uint64_t>(l.kind) << 60;
        // Crowded: one link per bucket of columns, whatever lanes it joins.
        const std::uint64_t crowdedKey = px(from.x()) | static_cast<std::uint64_t>(l.kind) << 60;
        if (!drawn.insert(bucket > 1 ? crowdedKey : key).second)
            continue;
        QColor color = pal.spawn;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 1.2;
        switch (l.kind) {
        case LinkKind::Spawn:
            break;
        case LinkKind::Wake:
            color = pal.wake;
            width = 1.6;
            break;
        case LinkKind::Cancel:
            color = pal.cancel;
            style = Qt::DashLine;
            width = 2;
            break;
        case LinkKind::Raise:
            color = pal.raise;
            width = 2;
            break;
        }
        QPainterPath path(from);
        const double bend = std::max(fp, std::abs(to.x() - from.x()) * 0.5);
        path.cubicTo(from + QPointF(bend * 0.5, 0), to - QPointF(bend * 0.5, 0), to);
        p.setPen(QPen(color, width, style, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrowhead pointing at `to`.
        const QPointF dir = to - path.pointAtPercent(0.92);
        const double len = std::hypot(dir.x(), dir.y());
        if (len > 0.01) {
            const QPointF u = dir / len, n(-u.y(), u.x());
            const double s = fp * 0.35;
            QPainterPath head;
            head.moveTo(to);
            head.lineTo(to - u * s + n * s * 0.55);
            head.lineTo(to - u * s - n * s * 0.55);
            head.closeSubpath();
            p.fillPath(head, color);
        }
    }
}

namespace {

struct LegendItem {
    QString text;
    int kind;
};

std::vector<LegendItem> legendItems() {
    return {
        {QCoreApplication::translate("Timeline", "running"), 0},
        {QCoreApplication::translate("Timeline", "ready"), 1},
        {QCoreApplication::translate("Timeline", "sleeping"), 2},
        {QCoreApplication::translate("Timeline", "awaiting"), 3},
        {QCoreApplication::translate("Timeline", "loop idle"), 4},
        {QCoreApplication::translate("Timeline", "loop blocked"), 5},
        {QCoreApplication::translate("Timeline", "done"), 6},
        {QCoreApplication::translate("Timeline", "failed"), 7},
        {QCoreApplication::translate("Timeline", "cancelled"), 8},
    };
}

} // namespace

double TimelinePainter::legendWidth() const {
    const double fp = m_options.fontPixels;
    const QFontMetricsF fm(font(0.85));
    double width = fp;
    for (const LegendItem &i : legendItems())
        width += fp * 1.6 + fm.horizontalAdvance(i.text) + fp;
    return width;
}

void TimelinePainter::paintLegendBand(QPainter &p, const QRectF &band) const {
    paintLegend(p, band, Palette::forTheme(m_options.theme));
}

void TimelinePainter::paintLegend(QPainter &p, const QRectF &target, const Palette &pal) const {
    const double fp = m_options.fontPixels;
    using Item = LegendItem;
    const std::vector<Item> items = legendItems();
    const QFont f = font(0.85);
    const QFontMetricsF fm(f);
    double width = 0;
    for (const Item &i : items)
        width += fp * 1.6 + fm.horizontalAdvance(i.text) + fp;
    double x = target.right() - width - fp * 0.5;
    const double y = target.bottom() - fp * 1.8;
    const QColor c = taskColor(pal, 0);
    p.fillRect(QRectF(x - fp * 0.5, y - fp * 0.3, width + fp * 0.5, fp * 1.6),
               withAlpha(pal.background, 0.92));
    p.setFont(f);
    for (const Item &i : items) {
        const QRectF sw(x, y + fp * 0.2, fp * 1.2, fp * 0.6);
        const double cy = sw.center().y();
        switch (i.kind) {
        case 0:
            fillTaskBar(p, sw, c, 0);
            break;
        case 1:
            p.fillRect(sw, withAlpha(c, 0.22));
            p.setPen(QPen(c, 1.2, Qt::DashLine));
            p.drawRect(sw);
            break;
        case 2:
            p.setPen(QPen(c, fp * 0.2, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(sw.left(), cy), QPointF(sw.right(), cy));
            break;
        case 3:
            p.setPen(QPen(c, fp * 0.14, Qt::DashLine, Qt::FlatCap));
            p.drawLine(QPointF(sw.left(), cy), QPointF(sw.right(), cy));
            break;
        case 4:
            p.fillRect(QRectF(sw.left(), cy - fp * 0.18, sw.width(), fp * 0.36), pal.idle);
            break;
        case 5:
            p.fillRect(sw, QBrush(pal.blocked, Qt::BDiagPattern));
            p.setPen(QPen(pal.blocked, 1.5));
            p.drawRect(sw);
            break;
        case 6:
            p.setPen(QPen(c, 2));
            p.setBrush(c);
            p.drawEllipse(QPointF(sw.center().x(), cy), fp * 0.3, fp * 0.3);
            p.setBrush(Qt::NoBrush);
            break;
        case 7: {
            const double s = fp * 0.3;
            const QPointF m(sw.center().x(), cy);
            p.setPen(QPen(pal.cancel, 2));
            p.drawLine(m + QPointF(-s, -s), m + QPointF(s, s));
            p.drawLine(m + QPointF(-s, s), m + QPointF(s, -s));
            break;
        }
        case 8: {
            const double s = fp * 0.32;
            const QPointF m(sw.center().x(), cy);
            p.setPen(QPen(c, 2));
            p.drawEllipse(m, s, s);
            p.drawLine(m + QPointF(-s * 0.7, s * 0.7), m + QPointF(s * 0.7, -s * 0.7));
            break;
        }
        default:
            break;
        }
        p.setPen(pal.text);
        const double tw = fm.horizontalAdvance(i.text);
        p.drawText(QRectF(sw.right() + fp * 0.4, y, tw + 2, fp), Qt::AlignVCenter, i.text);
        x = sw.right() + fp * 0.4 + tw + fp;
    }
}

QBrush printTaskBrush(int colorIndex, double fontPixels) {
    static constexpr Qt::BrushStyle patterns[] = {
        // BDiagPattern is left out: it marks a blocked loop.
        Qt::FDiagPattern,  Qt::Dense5Pattern, Qt::CrossPattern,     Qt::HorPattern,
        Qt::Dense3Pattern, Qt::VerPattern,    Qt::DiagCrossPattern, Qt::Dense4Pattern,
    };
    constexpr int n = sizeof(patterns) / sizeof(patterns[0]);
    QBrush brush(Qt::black,
                 colorIndex < 0 ? Qt::SolidPattern : patterns[((colorIndex % n) + n) % n]);
    const double s = std::max(1.0, std::round(fontPixels / 10));
    brush.setTransform(QTransform::fromScale(s, s));
    return brush;
}

void TimelinePainter::fillTaskBar(QPainter &p, const QRectF &r, const QColor &color,
                                  int colorIndex) const {
    if (m_options.theme != Theme::Print) {
        p.fillRect(r, color);
        return;
    }
    p.fillRect(r, Qt::white);
    p.fillRect(r, printTaskBrush(colorIndex, m_options.fontPixels));
    p.setPen(QPen(Qt::black, std::max(1.0, m_options.fontPixels / 12)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

Hit TimelinePainter::hitTest(const QPointF &point, const QRectF &target,
                             const TimelineScene &scene) const {
    Hit hit;
    const QRectF plot = plotRect(target);
    const Rows r = rows(target, scene);
    hit.x = pixelToX(point.x(), plot);
    if (r.ruler.contains(point)) {
        hit.kind = Hit::Kind::Ruler;
        return hit;
    }
    const bool inGutter = point.x() < plot.left();
    const double tolerance = pixelToX(point.x() + m_options.fontPixels * 0.4, plot) - hit.x;
    auto barAt = [&](const auto &bars) -> int {
        auto it = firstVisible(bars.begin(), bars.end(), hit.x - tolerance);
        for (; it != bars.end() && it->x0 <= hit.x + tolerance; ++it) {
            if (hit.x >= it->x0 - tolerance && hit.x <= it->x1 + tolerance)
                return static_cast<int>(it - bars.begin());
        }
        return -1;
    };
    if (r.loop.contains(point)) {
        if (!inGutter && (hit.index = barAt(scene.loop)) >= 0)
            hit.kind = Hit::Kind::LoopBar;
        return hit;
    }
    for (std::size_t i = 0; i < r.threads.size(); ++i) {
        if (r.threads[i].contains(point)) {
            hit.lane = static_cast<int>(i);
            if (!inGutter && (hit.index = barAt(scene.threads[i].bars)) >= 0)
                hit.kind = Hit::Kind::ThreadBar;
            return hit;
        }
    }
    for (std::size_t i = 0; i < r.tasks.size(); ++i) {
        if (!r.tasks[i].contains(point))
            continue;
        hit.lane = static_cast<int>(i);
        if (inGutter) {
            hit.kind = Hit::Kind::LaneLabel;
            return hit;
        }
        const Lane &lane = scene.lanes[i];
        if (point.y() < r.tasks[i].top() + m_options.fontPixels * 0.7) {
            for (std::size_t j = 0; j < scene.prints.size(); ++j) {
                if (scene.prints[j].lane == hit.lane &&
                    std::abs(scene.prints[j].x - hit.x) <= tolerance) {
                    hit.kind = Hit::Kind::Print;
                    hit.index = static_cast<int>(j);
                    return hit;
                }
            }
        }
        if (lane.endX >= 0 && std::abs(lane.endX - hit.x) <= tolerance) {
            hit.kind = Hit::Kind::TaskEnd;
            return hit;
        }
        if ((hit.index = barAt(lane.bars)) >= 0)
            hit.kind = Hit::Kind::TaskBar;
        return hit;
    }
    return hit;
}

} // namespace loopscope::view
