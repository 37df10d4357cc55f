#pragma once

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QRect>
#include <QSettings>
#include <QString>

class QCoreApplication;

namespace loopscope {

// What every Loopscope executable (the app, the GUI tests) sets up before it loads QML:
// application identity for QSettings, the Fusion style, and the translation for the UI language.

// Installs the translator for `language` ("ru", "en", or empty for the system's language).
// Returns the language actually in use ("en" when there is no translation for it).
QString installTranslations(QCoreApplication &app, const QString &language = {});

// Application name, organisation and version, used by QSettings and --version.
void setApplicationIdentity();

// The Qt Quick Controls style every window uses.
void setQuickStyle();

// The main window's QML file, as the engine loads it.
inline constexpr const char *mainQmlUrl = "qrc:/Loopscope/Main.qml";

} // namespace loopscope

// What the window remembers between runs, in QSettings (the user's Loopscope settings, or the
// file given to the constructor): the last scenario, the theme, the window's geometry and split
// sizes, the playback speed, presentation mode and the timeline's axis. Every value read back is
// checked: a broken or out-of-range one gives the default.
class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The scenario the window opens on: the last one run, or the default.
    Q_PROPERTY(
        QString lastScenario READ lastScenario WRITE setLastScenario NOTIFY lastScenarioChanged)
    // "system" (follow the desktop's light or dark palette), "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged) // the theme in effect
    Q_PROPERTY(bool systemDark READ systemDark CONSTANT)
    Q_PROPERTY(QRect geometry READ geometry WRITE setGeometry NOTIFY geometryChanged)
    Q_PROPERTY(bool maximized READ maximized WRITE setMaximized NOTIFY maximizedChanged)
    // SplitView.saveState()'s bytes (a JS ArrayBuffer in QML); undefined when there are none.
    Q_PROPERTY(QVariant splitState READ splitStateVariant WRITE setSplitStateVariant NOTIFY
                   splitStateChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged) // steps per second
    Q_PROPERTY(bool presentation READ presentation WRITE setPresentation NOTIFY presentationChanged)
    // Presentation mode keeps the side panels (code, console…) when this is on.
    Q_PROPERTY(bool panelsInPresentation READ panelsInPresentation WRITE setPanelsInPresentation
                   NOTIFY panelsInPresentationChanged)
    Q_PROPERTY(int axisMode READ axisMode WRITE setAxisMode NOTIFY axisModeChanged)
    Q_PROPERTY(int sideTab READ sideTab WRITE setSideTab NOTIFY sideTabChanged)

public:
    static constexpr double minSpeed = 0.25;
    static constexpr double maxSpeed = 64;
    static constexpr double defaultSpeed = 2;
    static constexpr const char *defaultScenario = "say_after_tasks";

    explicit Preferences(QObject *parent = nullptr);
    // Settings kept in an INI file of its own (tests).
    explicit Preferences(const QString &iniFile, QObject *parent = nullptr);

    QString lastScenario() const;
    void setLastScenario(const QString &id);
    QString theme() const;
    void setTheme(const QString &theme);
    bool dark() const;
    bool systemDark() const;
    QRect geometry() const;
    void setGeometry(const QRect &rect);
    bool maximized() const;
    void setMaximized(bool on);
    QByteArray splitState() const;
    void setSplitState(const QByteArray &state);
    QVariant splitStateVariant() const;
    void setSplitStateVariant(const QVariant &state);
    double speed() const;
    void setSpeed(double stepsPerSecond);
    bool presentation() const;
    void setPresentation(bool on);
    bool panelsInPresentation() const;
    void setPanelsInPresentation(bool on);
    int axisMode() const;
    void setAxisMode(int mode);
    int sideTab() const;
    void setSideTab(int tab);

    // Writes everything to disk now (QSettings also does on destruction).
    Q_INVOKABLE void sync();

signals:
    void axisModeChanged();
    void geometryChanged();
    void lastScenarioChanged();
    void maximizedChanged();
    void panelsInPresentationChanged();
    void presentationChanged();
    void sideTabChanged();
    void speedChanged();
    void splitStateChanged();
    void themeChanged();

private:
    // Stores the value; true when it changed (the caller emits the property's signal).
    bool write(const QString &key, const QVariant &value);
    QSettings m_settings;
};
