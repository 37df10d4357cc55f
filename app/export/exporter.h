// Exporter: the export dialog's logic, and File menu's trace actions, for QML. Holds the dialog's
// choices (format, size, theme, range, title, legend, listing, console), builds the Slide every
// export and the preview draw, and writes images, sequences and traces off the GUI thread with
// QCoro, reporting progress, cancel and one-sentence failures in `status`.
#pragma once

#include "export/slide.h"
#include "session.h"
#include "timeline/timelineitem.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class Exporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString format MEMBER m_format NOTIFY settingsChanged) // png, svg, pdf
    Q_PROPERTY(int imageWidth MEMBER m_width NOTIFY settingsChanged)
    Q_PROPERTY(int imageHeight MEMBER m_height NOTIFY settingsChanged)
    Q_PROPERTY(QString theme MEMBER m_theme NOTIFY settingsChanged) // light, dark, print
    Q_PROPERTY(QString range MEMBER m_range NOTIFY settingsChanged) // all, visible, cursor
    Q_PROPERTY(double visibleX0 MEMBER m_visibleX0 NOTIFY settingsChanged)
    Q_PROPERTY(double visibleX1 MEMBER m_visibleX1 NOTIFY settingsChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY settingsChanged) // empty: the scenario's
    Q_PROPERTY(bool legend MEMBER m_legend NOTIFY settingsChanged)
    Q_PROPERTY(bool withCode MEMBER m_withCode NOTIFY settingsChanged)
    Q_PROPERTY(bool withConsole MEMBER m_withConsole NOTIFY settingsChanged)
    Q_PROPERTY(QString defaultTitle READ defaultTitle NOTIFY sessionChanged)
    Q_PROPERTY(QString sizeProblem READ sizeProblem NOTIFY settingsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged) // 0…1 while busy
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)    // the last export's outcome
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)       // … and whether it failed

public:
    explicit Exporter(QObject *parent = nullptr);
    ~Exporter() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString defaultTitle() const;
    QString sizeProblem() const;
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString status() const { return m_status; }
    bool failed() const { return m_failed; }

    // The slide the current choices describe (the session's cursor included).
    loopscope::view::Slide slide() const;

    // A file for a save dialog: the scenario's id with the suffix, in the home folder.
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const;
    Q_INVOKABLE void exportImage(const QUrl &file);
    Q_INVOKABLE void exportSequence(const QUrl &folder, bool perInstant);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void exportChromeTrace(const QUrl &file);
    Q_INVOKABLE void saveTrace(const QUrl &file);
    Q_INVOKABLE bool openTrace(const QUrl &file);
    // The timeline as it is on screen, at twice its size, to the clipboard.
    Q_INVOKABLE void copyView(TimelineItem *timeline);

signals:
    void sessionChanged();
    void settingsChanged();
    void stateChanged();
    void finished(bool ok, const QString &message); // after every export, save or open

private:
    void start();
    void finish(const QString &problem, const QString &success);

    QPointer<Session> m_session;
    QString m_format = QStringLiteral("png");
    int m_width = 1920;
    int m_height = 1080;
    QString m_theme = QStringLiteral("light");
    QString m_range = QStringLiteral("all");
    double m_visibleX0 = 0;
    double m_visibleX1 = 0;
    QString m_title;
    bool m_legend = true;
    bool m_withCode = false;
    bool m_withConsole = false;
    bool m_busy = false;
    double m_progress = 0;
    QString m_status;
    bool m_failed = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // A sequence's progress, written by the worker, read by a timer on the GUI thread.
    struct Progress {
        std::atomic_int done{0};
        std::atomic_int total{0};
    };
    std::shared_ptr<Progress> m_counts;
    QTimer *m_poll = nullptr;
};

// The export dialog's preview: the slide exactly as it will be written, scaled to fit.
class ExportPreview : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Exporter *exporter READ exporter WRITE setExporter NOTIFY exporterChanged)

public:
    explicit ExportPreview(QQuickItem *parent = nullptr);
    Exporter *exporter() const { return m_exporter; }
    void setExporter(Exporter *exporter);
    void paint(QPainter *painter) override;

signals:
    void exporterChanged();

private:
    QPointer<Exporter> m_exporter;
};
