#include "scenariorunner.h"

#include "loopscope/twin.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace loopscope {

using scenarios::ScenarioInfo;

namespace {

struct RunnerText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

// The trace of a built-in scenario: its C++ twin on the engine when it has one, else its listing
// under pytrace (CPython on a virtual clock). Runs on a worker thread.
QByteArray traceScenario(const ScenarioInfo &scenario, const QVariantMap &values, QString *error) {
    loopscope::scenarios::Params params(scenario);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const std::string problem =
            params.set(it.key().toStdString(), it.value().toString().toStdString());
        if (!problem.empty()) {
            *error = QString::fromStdString(problem);
            return {};
        }
    }
    if (loopscope::scenarios::findTwin(scenario.id)) {
        const loopscope::Trace trace = loopscope::scenarios::runTwin(scenario, params);
        return QByteArray::fromStdString(trace.json());
    }
    QTemporaryDir dir;
    const QString listing = dir.filePath(qs(scenario.fileName));
    QFile file(listing);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = RunnerText::tr("cannot write a temporary file: %1").arg(file.errorString());
        return {};
    }
    file.write(QByteArray::fromStdString(std::string(scenario.listing)));
    file.close();
    QStringList args{QStringLiteral(LOOPSCOPE_PYTRACE), listing,
                     QStringLiteral("--seed"),          QString::number(params.seed()),
                     QStringLiteral("--horizon"),       QString::number(scenario.horizon)};
    for (auto it = values.begin(); it != values.end(); ++it) {
        bool isSeed = false;
        for (const auto &p : scenario.params)
            isSeed = isSeed ||
                     (qs(p.name) == it.key() && p.kind == loopscope::scenarios::ParamKind::Seed);
        if (!isSeed)
            args << QStringLiteral("--set") << it.key() + QLatin1Char('=') + it.value().toString();
    }
    QProcess python;
    python.start(QStringLiteral(LOOPSCOPE_PYTHON), args);
    if (!python.waitForFinished(60000)) {
        python.kill();
        *error = RunnerText::tr("CPython did not finish tracing %1 in 60 s").arg(listing);
        return {};
    }
    if (python.exitCode() != 0) {
        *error = RunnerText::tr("tracing %1 under CPython failed: %2")
                     .arg(qs(scenario.id), QString::fromUtf8(python.readAllStandardError()));
        return {};
    }
    return python.readAllStandardOutput();
}

} // namespace loopscope
