// TimelineItem: the timeline on screen. A QQuickPaintedItem that draws the session's scene with
// the same TimelinePainter the exports use; zoom (Ctrl+wheel, +/-), pan (drag, wheel), fit all,
// and a click that moves the cursor to the step under it.
#pragma once

#include "timelinepainter.h"

#include <QPointer>
#include <QQuickPaintedItem>

class Session;

class TimelineItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY optionsChanged)
    Q_PROPERTY(bool presentation READ presentation WRITE setPresentation NOTIFY optionsChanged)
    Q_PROPERTY(double fontPixels READ fontPixels WRITE setFontPixels NOTIFY optionsChanged)
    Q_PROPERTY(QString hoverText READ hoverText NOTIFY hoverTextChanged)
    Q_PROPERTY(QPointF hoverPosition READ hoverPosition NOTIFY hoverTextChanged)
    // How much of the axis is in view (axis units): smaller when zoomed in.
    Q_PROPERTY(double visibleSpan READ visibleSpan)

public:
    explicit TimelineItem(QQuickItem *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool dark() const { return m_options.theme == loopscope::view::Theme::Dark; }
    void setDark(bool dark);
    bool presentation() const { return m_options.upToCursor; }
    void setPresentation(bool on);
    double fontPixels() const { return m_options.fontPixels; }
    void setFontPixels(double px);
    QString hoverText() const { return m_hoverText; }
    QPointF hoverPosition() const { return m_hoverPosition; }
    double visibleSpan() const { return m_options.viewX1 - m_options.viewX0; }

    void paint(QPainter *painter) override;

    Q_INVOKABLE void fitAll();
    // The part of the axis on screen (x0, x1), and the view drawn into an image `scale` times
    // the item's size: what the export dialog's "visible part" and Copy image use.
    Q_INVOKABLE QPointF visibleRange() const { return {m_options.viewX0, m_options.viewX1}; }
    QImage renderView(double scale) const;
    Q_INVOKABLE void zoomBy(double factor, double aroundPixelX = -1);

signals:
    void sessionChanged();
    void optionsChanged();
    void hoverTextChanged();
    // A click on a task's lane selected it (`onLabel`: on its name, in the gutter).
    void taskClicked(int task, bool onLabel);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    loopscope::view::PaintOptions currentOptions() const;
    void panByPixels(double dx);
    void keepCursorVisible();
    // The cursor position a click at axis position x moves to (the step under it).
    int stepAt(double x) const;
    // The virtual time at axis position x (a bar that starts where a step ends: that step's).
    double timeAt(double x, bool startOfBar) const;
    // One sentence on what the pointer is over.
    QString describe(const loopscope::view::Hit &hit) const;

    QPointer<Session> m_session;
    loopscope::view::PaintOptions m_options;
    QPointF m_pressPos;
    double m_pressViewX0 = 0;
    bool m_dragging = false;
    QString m_hoverText;
    QPointF m_hoverPosition;
};
