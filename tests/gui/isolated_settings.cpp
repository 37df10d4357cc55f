// Every GUI test process keeps its QSettings in a fresh directory of its own: a test never reads
// what an earlier test (or the user's own Loopscope) remembered, and never changes it.
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

namespace {

struct IsolatedSettings {
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/loopscope-gui-settings-XXXXXX")};
    IsolatedSettings() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
};

const IsolatedSettings isolated;

} // namespace
