#include "timelineitem.h"

#include "session.h"

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
        connect(m_session, &Session::traceChanged, this, &TimelineItem::fitAll);
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
    TimelinePainter(currentOptions()).paint(*painter, target, m_session->scene());
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
    if (m_dragging || !m_session)
        return;
    // A click moves the cursor to just after the step under the pointer.
    const QRectF target(0, 0, width(), height());
    const TimelinePainter painter(currentOptions());
    const double x = painter.pixelToX(event->position().x(), painter.plotRect(target));
    const auto &steps = m_session->scene().stepX;
    const auto it = std::upper_bound(steps.begin(), steps.end(), x);
    m_session->setCursor(static_cast<int>(it - steps.begin()));
}

void TimelineItem::hoverMoveEvent(QHoverEvent *event) {
    if (!m_session || !m_session->hasTrace())
        return;
    const QRectF target(0, 0, width(), height());
    const Hit hit =
        TimelinePainter(currentOptions()).hitTest(event->position(), target, m_session->scene());
    const TimelineScene &scene = m_session->scene();
    QString text;
    switch (hit.kind) {
    case Hit::Kind::TaskBar: {
        const Lane &lane = scene.lanes[static_cast<std::size_t>(hit.lane)];
        const Bar &bar = lane.bars[static_cast<std::size_t>(hit.index)];
        text = lane.title + QStringLiteral(" · ") + lane.subtitle;
        if (!bar.label.isEmpty())
            text += QStringLiteral(": ") + bar.label;
        break;
    }
    case Hit::Kind::TaskEnd: {
        const Lane &lane = scene.lanes[static_cast<std::size_t>(hit.lane)];
        text = lane.title + QStringLiteral(" ") + lane.endLabel;
        break;
    }
    case Hit::Kind::Print:
        text = scene.prints[static_cast<std::size_t>(hit.index)].text;
        break;
    case Hit::Kind::LoopBar:
        text = scene.loop[static_cast<std::size_t>(hit.index)].label;
        break;
    default:
        break;
    }
    if (text != m_hoverText) {
        m_hoverText = text;
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
