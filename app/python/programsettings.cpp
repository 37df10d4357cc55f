#include "programsettings.h"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>

#include <QCoro/QCoroTask>

namespace {

const loopscope::python::ProgramRequest defaults;

QVariant read(const char *key, const QVariant &fallback) {
    return QSettings().value(QStringLiteral("python/") + QLatin1String(key), fallback);
}

} // namespace

ProgramSettings::ProgramSettings(QObject *parent)
    : QObject(parent) {}

void ProgramSettings::write(const char *key, const QVariant &value) {
    QSettings settings;
    const QString name = QStringLiteral("python/") + QLatin1String(key);
    if (settings.value(name) == value)
        return;
    settings.setValue(name, value);
    emit changed();
}

QString ProgramSettings::interpreter() const {
    const QString value = read("interpreter", defaults.interpreter).toString().trimmed();
    return value.isEmpty() ? defaults.interpreter : value;
}

void ProgramSettings::setInterpreter(const QString &interpreter) {
    write("interpreter", interpreter.trimmed());
}

double ProgramSettings::timeLimit() const {
    const double s = read("timeLimit", defaults.wallClockLimitMs / 1000.0).toDouble();
    return s > 0 ? s : defaults.wallClockLimitMs / 1000.0;
}

void ProgramSettings::setTimeLimit(double seconds) {
    write("timeLimit", seconds);
}

int ProgramSettings::stepLimit() const {
    const int n = read("stepLimit", static_cast<int>(defaults.stepLimit)).toInt();
    return n > 0 ? n : static_cast<int>(defaults.stepLimit);
}

void ProgramSettings::setStepLimit(int steps) {
    write("stepLimit", steps);
}

double ProgramSettings::horizon() const {
    const double s = read("horizon", defaults.horizon).toDouble();
    return s > 0 ? s : defaults.horizon;
}

void ProgramSettings::setHorizon(double seconds) {
    write("horizon", seconds);
}

bool ProgramSettings::watch() const {
    return read("watch", true).toBool();
}

void ProgramSettings::setWatch(bool watch) {
    write("watch", watch);
}

QStringList ProgramSettings::recentPrograms() const {
    return read("recent", QStringList()).toStringList();
}

void ProgramSettings::addRecent(const QString &path) {
    QStringList recent = recentPrograms();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    write("recent", recent);
}

void ProgramSettings::clearRecent() {
    write("recent", QStringList());
}

void ProgramSettings::resetToDefaults() {
    QSettings settings;
    for (const char *key : {"interpreter", "timeLimit", "stepLimit", "horizon", "watch"})
        settings.remove(QStringLiteral("python/") + QLatin1String(key));
    emit changed();
}

void ProgramSettings::checkInterpreter(const QString &interpreter) {
    QPointer<ProgramSettings> self(this);
    [](QPointer<ProgramSettings> self, QString interpreter) -> QCoro::Task<> {
        const auto check = co_await loopscope::python::checkInterpreter(interpreter);
        if (!self)
            co_return;
        self->m_ok = check.ok;
        self->m_status = check.ok ? tr("%1 (%2)").arg(check.version, check.path) : check.message;
        emit self->interpreterChecked();
    }(self, interpreter.trimmed().isEmpty() ? this->interpreter() : interpreter.trimmed());
}

loopscope::python::ProgramRequest ProgramSettings::request(const QString &path) {
    const ProgramSettings settings;
    loopscope::python::ProgramRequest r;
    r.path = path;
    r.interpreter = settings.interpreter();
    r.wallClockLimitMs = static_cast<int>(settings.timeLimit() * 1000);
    r.stepLimit = static_cast<quint64>(settings.stepLimit());
    r.horizon = settings.horizon();
    return r;
}
