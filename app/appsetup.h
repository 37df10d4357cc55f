#pragma once

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
