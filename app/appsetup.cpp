#include "appsetup.h"

#include "loopscope/scenario_catalogue.hpp"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QQuickStyle>
#include <QTranslator>

#include <algorithm>

namespace loopscope {

QString installTranslations(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Parented to the application: it lives exactly as long as the strings it translates.
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("loopscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return locale.name().section(QLatin1Char('_'), 0, 0);
    }
    delete translator;
    return QStringLiteral("en");
}

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
}

void setQuickStyle() {
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

} // namespace loopscope

using namespace loopscope;

Preferences::Preferences(QObject *parent)
    : QObject(parent) {}

Preferences::Preferences(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(iniFile, QSettings::IniFormat) {}

bool Preferences::write(const QString &key, const QVariant &value) {
    if (m_settings.value(key) == value)
        return false;
    m_settings.setValue(key, value);
    m_settings.sync(); // a crash or a kill later loses nothing the user chose
    return true;
}

void Preferences::sync() {
    m_settings.sync();
}

QString Preferences::lastScenario() const {
    // A scenario the catalogue no longer has gives the default one.
    const QString id = m_settings.value(QStringLiteral("session/scenario")).toString();
    return scenarios::findScenario(id.toStdString()) ? id : QString::fromLatin1(defaultScenario);
}

void Preferences::setLastScenario(const QString &id) {
    if (write(QStringLiteral("session/scenario"), id))
        emit lastScenarioChanged();
}

QString Preferences::theme() const {
    const QString t = m_settings.value(QStringLiteral("view/theme")).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

void Preferences::setTheme(const QString &theme) {
    const bool known = theme == QLatin1String("light") || theme == QLatin1String("dark");
    if (write(QStringLiteral("view/theme"), known ? theme : QStringLiteral("system")))
        emit themeChanged();
}

bool Preferences::systemDark() const {
    // Qt 6.4 has no colour-scheme hint: the desktop's palette says whether it is dark.
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool Preferences::dark() const {
    const QString t = theme();
    return t == QLatin1String("dark") || (t == QLatin1String("system") && systemDark());
}

QRect Preferences::geometry() const {
    const QRect r = m_settings.value(QStringLiteral("window/geometry")).toRect();
    // A window smaller than the minimum, or a garbled value, is not restored.
    return r.width() >= 640 && r.height() >= 400 ? r : QRect();
}

void Preferences::setGeometry(const QRect &rect) {
    if (write(QStringLiteral("window/geometry"), rect))
        emit geometryChanged();
}

bool Preferences::maximized() const {
    return m_settings.value(QStringLiteral("window/maximized"), false).toBool();
}

void Preferences::setMaximized(bool on) {
    if (write(QStringLiteral("window/maximized"), on))
        emit maximizedChanged();
}

QByteArray Preferences::splitState() const {
    return m_settings.value(QStringLiteral("window/split")).toByteArray();
}

void Preferences::setSplitState(const QByteArray &state) {
    if (write(QStringLiteral("window/split"), state))
        emit splitStateChanged();
}

QVariant Preferences::splitStateVariant() const {
    const QByteArray state = splitState();
    return state.isEmpty() ? QVariant() : QVariant(state);
}

void Preferences::setSplitStateVariant(const QVariant &state) {
    setSplitState(state.toByteArray());
}

double Preferences::speed() const {
    bool ok = false;
    const double s = m_settings.value(QStringLiteral("playback/speed")).toDouble(&ok);
    return ok && s >= minSpeed && s <= maxSpeed ? s : defaultSpeed;
}

void Preferences::setSpeed(double stepsPerSecond) {
    if (write(QStringLiteral("playback/speed"), std::clamp(stepsPerSecond, minSpeed, maxSpeed)))
        emit speedChanged();
}

bool Preferences::presentation() const {
    return m_settings.value(QStringLiteral("view/presentation"), false).toBool();
}

void Preferences::setPresentation(bool on) {
    if (write(QStringLiteral("view/presentation"), on))
        emit presentationChanged();
}

bool Preferences::panelsInPresentation() const {
    return m_settings.value(QStringLiteral("view/panelsInPresentation"), false).toBool();
}

void Preferences::setPanelsInPresentation(bool on) {
    if (write(QStringLiteral("view/panelsInPresentation"), on))
        emit panelsInPresentationChanged();
}

int Preferences::axisMode() const {
    bool ok = false;
    const int m = m_settings.value(QStringLiteral("view/axis")).toInt(&ok);
    return ok && m >= 0 && m <= 2 ? m : 0;
}

void Preferences::setAxisMode(int mode) {
    if (write(QStringLiteral("view/axis"), std::clamp(mode, 0, 2)))
        emit axisModeChanged();
}

int Preferences::sideTab() const {
    bool ok = false;
    const int t = m_settings.value(QStringLiteral("view/sideTab")).toInt(&ok);
    return ok && t >= 0 && t <= 3 ? t : 0;
}

void Preferences::setSideTab(int tab) {
    if (write(QStringLiteral("view/sideTab"), std::clamp(tab, 0, 3)))
        emit sideTabChanged();
}
