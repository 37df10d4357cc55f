#include "timelineitem.h"

#include "session.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace loopscope::view;

TimelineItem::TimelineItem(QQuickItem *parent)
    : QQuickPaintedItem(parent) {
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAntialiasing(true);
    setOpaquePainting(true);
}

void TimelineItem::setSession(Session *session) {
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::sceneChanged, this, &TimelineItem::fitAll);
        connect(m_session, &Session::selectedTaskChanged, this, [this] { update(); });
        connect(m_session, &Session::cursorChanged, this, [this] {
            keepCursorVisible();
            update();
        });
    }
    fitAll();
    emit sessionChanged();
}

void TimelineItem::setDark(bool dark) {
    const Theme theme = dark ? Theme::Dark : Theme::Light;
    if (theme == m_options.theme)
        return;
    m_options.theme = theme;
    emit optionsChanged();
    update();
}

void TimelineItem::setPresentation(bool on) {
    if (on == m_options.upToCursor)
        return;
    m_options.upToCursor = on;
    emit optionsChanged();
    update();
}

void TimelineItem::setFontPixels(double px) {
    if (px == m_options.fontPixels || px < 6)
        return;
    m_options.fontPixels = px;
    emit optionsChanged();
    update();
}

PaintOptions TimelineItem::currentOptions() const {
    PaintOptions o = m_options;
    o.cursorX = m_session ? m_session->cursorX() : -1;
    return o;
}

void TimelineItem::paint(QPainter *painter) {
    const QRectF target(0, 0, width(), height());
    if (!m_session || !m_session->hasTrace()) {
        painter->fillRect(target, Palette::forTheme(m_options.theme).background);
        return;
    }
    const TimelinePainter timeline(currentOptions());
    timeline.paint(*painter, target, m_session->scene());
    // Presentation: a task's name appears only once the cursor has reached its creation, so the
    // lanes unfold with the timeline (their labels are painted over with the lane's background).
    const TimelineScene &lanes = m_session->scene();
    const PaintOptions options = currentOptions();
    if (options.upToCursor && options.cursorX >= 0) {
        const Palette pal = Palette::forTheme(options.theme);
        const double top = timeline.rulerHeight();
        painter->save();
        painter->setClipRect(QRectF(0, top, width(), height() - top));
        for (std::size_t i = 0; i < lanes.lanes.size(); ++i) {
            if (lanes.lanes[i].createdX <= options.cursorX)
                continue;
            const std::size_t row = lanes.threads.size() + i;
            const double y = top + timeline.loopLaneHeight() +
                             static_cast<double>(row) * timeline.laneHeight() - options.scrollY;
            painter->fillRect(QRectF(0, y, timeline.gutterWidth(target), timeline.laneHeight()),
                              row % 2 == 1 ? pal.laneStripe : pal.background);
        }
        painter->restore();
    }
    // The task the Task panel shows: its lane outlined in its colour.
    const TimelineScene &scene = m_session->scene();
    const auto selected = static_cast<std::uint32_t>(m_session->selectedTask());
    for (std::size_t i = 0; selected != 0 && i < scene.lanes.size(); ++i) {
        if (scene.lanes[i].task != selected)
            continue;
        const double top = timeline.rulerHeight();
        const double y = top + timeline.loopLaneHeight() +
                         static_cast<double>(scene.threads.size() + i) * timeline.laneHeight() -
                         m_options.scrollY;
        const QRectF row(1.5, y + 1, width() - 3, timeline.laneHeight() - 2);
        painter->save();
        painter->setClipRect(QRectF(0, top, width(), height() - top));
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QColor colour = m_session->taskColor(static_cast<int>(selected));
        painter->setPen(QPen(colour, 2));
        QColor fill = colour;
        fill.setAlphaF(0.08F);
        painter->setBrush(fill);
        painter->drawRoundedRect(row, 4, 4);
        painter->restore();
    }
}

QImage TimelineItem::renderView(double scale) const {
    const QSize size(static_cast<int>(std::ceil(width() * scale)),
                     static_cast<int>(std::ceil(height() * scale)));
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Palette::forTheme(m_options.theme).background);
    if (m_session && m_session->hasTrace()) {
        QPainter p(&image);
        p.scale(scale, scale);
        TimelinePainter(currentOptions())
            .paint(p, QRectF(0, 0, width(), height()), m_session->scene());
    }
    return image;
}

void TimelineItem::fitAll() {
    const double w = m_session ? m_session->scene().width : 1;
    m_options.viewX0 = -0.5;
    m_options.viewX1 = w + 0.5;
    m_options.scrollY = 0;
    update();
}

void TimelineItem::zoomBy(double factor, double aroundPixelX) {
    const QRectF plot = TimelinePainter(m_options).plotRect(QRectF(0, 0, width(), height()));
    const double anchor =
        aroundPixelX < 0
            ? TimelinePainter(m_options).xToPixel(m_session ? m_session->cursorX() : 0, plot)
            : aroundPixelX;
    const double x = TimelinePainter(m_options).pixelToX(anchor, plot);
    const double span = (m_options.viewX1 - m_options.viewX0) / factor;
    const double full = (m_session ? m_session->scene().width : 1) + 1;
    const double clamped = std::clamp(span, 2.0, full * 1.5);
    const double left =
        x - (x - m_options.viewX0) * clamped / (m_options.viewX1 - m_options.viewX0);
    m_options.viewX0 = left;
    m_options.viewX1 = left + clamped;
    update();
}

void TimelineItem::panByPixels(double dx) {
    const QRectF plot = TimelinePainter(m_options).plotRect(QRectF(0, 0, width(), height()));
    const double perPixel = (m_options.viewX1 - m_options.viewX0) / plot.width();
    m_options.viewX0 -= dx * perPixel;
    m_options.viewX1 -= dx * perPixel;
    update();
}

void TimelineItem::keepCursorVisible() {
    if (!m_session)
        return;
    const double x = m_session->cursorX();
    const double span = m_options.viewX1 - m_options.viewX0;
    if (x < m_options.viewX0 || x > m_options.viewX1) {
        m_options.viewX0 = x - span * 0.3;
        m_options.viewX1 = m_options.viewX0 + span;
    }
}

void TimelineItem::mousePressEvent(QMouseEvent *event) {
    m_pressPos = event->position();
    m_pressViewX0 = m_options.viewX0;
    m_dragging = false;
    event->accept();
}

void TimelineItem::mouseMoveEvent(QMouseEvent *event) {
    const double dx = event->position().x() - m_pressPos.x();
    if (!m_dragging && std::abs(dx) < 4)
        return;
    m_dragging = true;
    const double span = m_options.viewX1 - m_options.viewX0;
    m_options.viewX0 = m_pressViewX0;
    m_options.viewX1 = m_pressViewX0 + span;
    panByPixels(dx);
}

void TimelineItem::mouseReleaseEvent(QMouseEvent *event) {
    if (m_dragging || !m_session || !m_session->hasTrace())
        return;
    const QRectF target(0, 0, width(), height());
    const TimelinePainter painter(currentOptions());
    const TimelineScene &scene = m_session->scene();
    const Hit hit = painter.hitTest(event->position(), target, scene);
    // A click on a task's lane (its label, a bar, its end, a print) selects the task.
    const bool onTask =
        hit.lane >= 0 && (hit.kind == Hit::Kind::LaneLabel || hit.kind == Hit::Kind::TaskBar ||
                          hit.kind == Hit::Kind::TaskEnd || (hit.kind == Hit::Kind::Print));
    if (onTask) {
        const auto task = static_cast<int>(scene.lanes[static_cast<std::size_t>(hit.lane)].task);
        m_session->setSelectedTask(task);
        emit taskClicked(task, hit.kind == Hit::Kind::LaneLabel);
    }
    // A click on the plot moves the cursor to just after the step under the pointer.
    const QRectF plot = painter.plotRect(target);
    if (event->position().x() < plot.left())
        return;
    m_session->setCursor(stepAt(painter.pixelToX(event->position().x(), plot)));
}

int TimelineItem::stepAt(double x) const {
    const auto &steps = m_session->scene().stepX;
    return static_cast<int>(std::upper_bound(steps.begin(), steps.end(), x) - steps.begin());
}

double TimelineItem::timeAt(double x, bool startOfBar) const {
    const TimelineScene &scene = m_session->scene();
    const auto &steps = scene.stepX;
    // The step whose column holds x; a bar that starts where a step ends belongs to that step.
    int k = stepAt(x);
    if (startOfBar && k > 0 && steps[static_cast<std::size_t>(k - 1)] == x) {
        const auto before = std::lower_bound(steps.begin(), steps.end(), x) - steps.begin();
        if (before > 0 && steps[static_cast<std::size_t>(before - 1)] + 1 >= x)
            k = static_cast<int>(before);
    }
    const auto &ticks = scene.ticks;
    if (ticks.empty())
        return m_session->stepTime(k);
    auto next = std::upper_bound(ticks.begin(), ticks.end(), x,
                                 [](double v, const Tick &t) { return v < t.x; });
    if (next == ticks.begin())
        return ticks.front().seconds;
    const Tick &a = *(next - 1);
    // Inside the instant's columns the time is the instant's; in the idle gap after it, time
    // runs (proportionally, or compressed behind a break) up to the next instant.
    const bool stepInA = k > 0 && m_session->stepTime(k) == a.seconds;
    const double aEnd = stepInA ? steps[static_cast<std::size_t>(k - 1)] + 1 : a.x;
    if (x <= aEnd || next == ticks.end() || next->x <= aEnd)
        return a.seconds;
    return a.seconds + (next->seconds - a.seconds) * (x - aEnd) / (next->x - aEnd);
}

namespace {

struct ItemText {
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};

QString secondsText(double t) {
    return ItemText::tr("%1 s").arg(QString::number(t, 'f', 3));
}

} // namespace

QString TimelineItem::describe(const Hit &hit) const {
    const TimelineScene &scene = m_session->scene();
    auto taskName = [&](int lane) {
        if (lane < 0 || lane >= static_cast<int>(scene.lanes.size()))
            return ItemText::tr("the main program");
        const Lane &l = scene.lanes[static_cast<std::size_t>(lane)];
        return l.subtitle.isEmpty() ? l.title : l.title + QStringLiteral(" · ") + l.subtitle;
    };
    auto span = [&](double x0, double x1) {
        return ItemText::tr("from %1 to %2")
            .arg(secondsText(timeAt(x0, true)), secondsText(timeAt(x1, false)));
    };
    switch (hit.kind) {
    case Hit::Kind::TaskBar: {
        const Bar &bar = scene.lanes[static_cast<std::size_t>(hit.lane)]
                             .bars[static_cast<std::size_t>(hit.index)];
        const QString task = taskName(hit.lane);
        switch (bar.activity) {
        case Activity::Running:
            return ItemText::tr("%1 runs a step: the loop is running its code.").arg(task);
        case Activity::Ready:
            return ItemText::tr("%1 waits in the ready queue for its turn, %2.")
                .arg(task, span(bar.x0, bar.x1));
        case Activity::Sleeping:
            return ItemText::tr("%1 sleeps (%2), %3.").arg(task, bar.label, span(bar.x0, bar.x1));
        case Activity::Awaiting:
            return ItemText::tr("%1 is suspended (%2), %3.")
                .arg(task, bar.label, span(bar.x0, bar.x1));
        case Activity::Blocking:
            return ItemText::tr("%1 blocks the whole loop, %2.").arg(task, span(bar.x0, bar.x1));
        }
        break;
    }
    case Hit::Kind::TaskEnd: {
        const Lane &lane = scene.lanes[static_cast<std::size_t>(hit.lane)];
        const QString when = secondsText(timeAt(lane.endX, true));
        switch (lane.ending) {
        case Ending::Result:
            return lane.endLabel.isEmpty()
                       ? ItemText::tr("%1 finishes at %2.").arg(taskName(hit.lane), when)
                       : ItemText::tr("%1 finishes at %2 and returns %3.")
                             .arg(taskName(hit.lane), when, lane.endLabel.mid(2));
        case Ending::Exception:
            return ItemText::tr("%1 fails at %2 with %3.")
                .arg(taskName(hit.lane), when, lane.endLabel);
        case Ending::Cancelled:
            return ItemText::tr("%1 ends cancelled at %2.").arg(taskName(hit.lane), when);
        case Ending::Pending:
            break;
        }
        break;
    }
    case Hit::Kind::Print: {
        const PrintMarker &p = scene.prints[static_cast<std::size_t>(hit.index)];
        return ItemText::tr("%1 prints “%2”.").arg(taskName(p.lane), p.text);
    }
    case Hit::Kind::LoopBar: {
        const LoopBar &bar = scene.loop[static_cast<std::size_t>(hit.index)];
        switch (bar.activity) {
        case LoopActivity::RunStep:
            return ItemText::tr("The event loop runs a step of %1.").arg(taskName(bar.lane));
        case LoopActivity::Idle:
            return ItemText::tr("Nothing is ready: the event loop waits in %1, %2.")
                .arg(bar.label, span(bar.x0, bar.x1));
        case LoopActivity::Blocked:
            return ItemText::tr("%1: nothing else can run, %2.")
                .arg(bar.label, span(bar.x0, bar.x1));
        }
        break;
    }
    case Hit::Kind::ThreadBar: {
        const ThreadBar &bar = scene.threads[static_cast<std::size_t>(hit.lane)]
                                   .bars[static_cast<std::size_t>(hit.index)];
        return ItemText::tr("A worker thread runs %1 for %2, %3.")
            .arg(bar.label, taskName(bar.lane), span(bar.x0, bar.x1));
    }
    case Hit::Kind::LaneLabel:
        return ItemText::tr("%1. Click to see its history in the Task panel.")
            .arg(taskName(hit.lane));
    case Hit::Kind::Ruler:
    case Hit::Kind::None:
        break;
    }
    return QString();
}

void TimelineItem::hoverMoveEvent(QHoverEvent *event) {
    if (!m_session || !m_session->hasTrace())
        return;
    const QRectF target(0, 0, width(), height());
    const TimelinePainter painter(currentOptions());
    const Hit hit = painter.hitTest(event->position(), target, m_session->scene());
    QString text = describe(hit);
    const bool onPlot = event->position().x() >= painter.plotRect(target).left();
    if (onPlot && (!text.isEmpty() || hit.kind == Hit::Kind::Ruler)) {
        // Where the pointer is: the step whose column it is over, and the exact time there.
        const int step = stepAt(hit.x);
        const auto &steps = m_session->scene().stepX;
        const QString time = secondsText(timeAt(hit.x, false));
        QString where;
        if (step == 0)
            where = ItemText::tr("before the first step · t = %1").arg(time);
        else if (hit.x <= steps[static_cast<std::size_t>(step - 1)] + 1)
            where = ItemText::tr("step %1 · t = %2").arg(step).arg(time);
        else if (step < m_session->stepCount())
            where =
                ItemText::tr("between steps %1 and %2 · t ≈ %3").arg(step).arg(step + 1).arg(time);
        else
            where = ItemText::tr("after the last step · t ≈ %1").arg(time);
        text = text.isEmpty() ? where : text + QLatin1Char('\n') + where;
    }
    if (text != m_hoverText || (!text.isEmpty() && event->position() != m_hoverPosition)) {
        m_hoverText = text;
        m_hoverPosition = event->position();
        emit hoverTextChanged();
    }
}

void TimelineItem::hoverLeaveEvent(QHoverEvent *event) {
    Q_UNUSED(event)
    if (!m_hoverText.isEmpty()) {
        m_hoverText.clear();
        emit hoverTextChanged();
    }
}

void TimelineItem::wheelEvent(QWheelEvent *event) {
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta.y()), event->position().x());
    } else if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        panByPixels((delta.x() != 0 ? delta.x() : delta.y()) * 0.5);
    } else {
        const double content = TimelinePainter(m_options).contentHeight(
            m_session ? m_session->scene() : TimelineScene{});
        const double visible = height() - TimelinePainter(m_options).rulerHeight();
        m_options.scrollY =
            std::clamp(m_options.scrollY - delta.y() * 0.5, 0.0, std::max(0.0, content - visible));
        update();
    }
    event->accept();
}

void TimelineItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) {
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    update();
}
