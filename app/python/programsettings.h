// The settings of running a user's own program, kept with QSettings (group "python"): the
// interpreter, the wall-clock limit, the step limit, the horizon, watch mode, recent programs.
// The settings dialog binds to it; Session reads it each time it opens a program.
#pragma once

#include "programrunner.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class ProgramSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString interpreter READ interpreter WRITE setInterpreter NOTIFY changed)
    Q_PROPERTY(double timeLimit READ timeLimit WRITE setTimeLimit NOTIFY changed)
    Q_PROPERTY(int stepLimit READ stepLimit WRITE setStepLimit NOTIFY changed)
    Q_PROPERTY(double horizon READ horizon WRITE setHorizon NOTIFY changed)
    Q_PROPERTY(bool watch READ watch WRITE setWatch NOTIFY changed)
    Q_PROPERTY(QStringList recentPrograms READ recentPrograms NOTIFY changed)
    // The answer of the last checkInterpreter(): "CPython 3.11.2", or why it cannot be used.
    Q_PROPERTY(QString interpreterStatus READ interpreterStatus NOTIFY interpreterChecked)
    Q_PROPERTY(bool interpreterOk READ interpreterOk NOTIFY interpreterChecked)

public:
    explicit ProgramSettings(QObject *parent = nullptr);

    static constexpr int maxRecent = 8;

    QString interpreter() const;
    void setInterpreter(const QString &interpreter);
    double timeLimit() const; // seconds of real time
    void setTimeLimit(double seconds);
    int stepLimit() const;
    void setStepLimit(int steps);
    double horizon() const; // seconds of virtual time
    void setHorizon(double seconds);
    bool watch() const;
    void setWatch(bool watch);
    QStringList recentPrograms() const;
    QString interpreterStatus() const { return m_status; }
    bool interpreterOk() const { return m_ok; }

    Q_INVOKABLE void addRecent(const QString &path);
    Q_INVOKABLE void clearRecent();
    // Asks the interpreter (the one set, or `interpreter`) what it is, asynchronously;
    // interpreterChecked() follows.
    Q_INVOKABLE void checkInterpreter(const QString &interpreter = QString());
    // Back to the defaults (python3 from PATH, 10 s, 10,000 steps, 60 s, watching).
    Q_INVOKABLE void resetToDefaults();

    // A run of `path` as the settings have it.
    static loopscope::python::ProgramRequest request(const QString &path);

signals:
    void changed();
    void interpreterChecked();

private:
    void write(const char *key, const QVariant &value);
    QString m_status;
    bool m_ok = false;
};
