#include "programrunner.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <QCoro/QCoroProcess>
#include <QCoro/QCoroTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace loopscope::python {

namespace {

struct RunnerText {
    Q_DECLARE_TR_FUNCTIONS(ProgramRunner)
};

constexpr qint64 maxSourceBytes = qint64(4) << 20; // a listing, not a data file
constexpr auto pollInterval = std::chrono::milliseconds(100);

QString fileName(const QString &path) {
    return QFileInfo(path).fileName();
}

// The worker's event lines so far: pytrace writes them to <TMPDIR>/pytrace-*/trace.json.events.
QString eventsFile(const QString &dir) {
    QDirIterator it(dir, {QStringLiteral("*.events")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

qint64 treeSize(const QString &dir) {
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString megabytes(qint64 bytes) {
    return QString::number(static_cast<double>(bytes) / (1 << 20), 'f', 0);
}

// What the partial trace of a killed run says: the task whose step was running last and the line
// it resumed at, and which kinds of event fill the file.
struct PartialTrace {
    bool started = false; // the program began to run (pytrace's worker had opened its events)
    bool stepped = false; // some task step began
    QString task;         // "Task-1"; empty when no step began (module-level code)
    int line = 0;
    qint64 events = 0, taskNews = 0;
    qint64 bytes = 0, printBytes = 0;
};

PartialTrace readPartial(const QString &path) {
    PartialTrace partial;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return partial;
    partial.started = true;
    QHash<int, QString> names;
    int stepTask = 0;
    const QRegularExpression kindOf(QStringLiteral("\"ev\": \"(\\w+)\""));
    while (!file.atEnd()) {
        QByteArray line = file.readLine().trimmed();
        if (line.endsWith(','))
            line.chop(1); // the finished trace file separates its event lines with commas
        const auto m = kindOf.match(QString::fromUtf8(line.left(160)));
        if (!m.hasMatch())
            continue;
        const QString ev = m.captured(1);
        ++partial.events;
        partial.bytes += line.size();
        if (ev == QLatin1String("print")) {
            partial.printBytes += line.size();
            continue;
        }
        if (line.size() > 4096)
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        const int task = e.value(QLatin1String("task")).toInt();
        if (ev == QLatin1String("task_new")) {
            ++partial.taskNews;
            names.insert(task, e.value(QLatin1String("name")).toString());
        } else if (ev == QLatin1String("rename")) {
            names.insert(task, e.value(QLatin1String("name")).toString());
        } else if (ev == QLatin1String("step")) {
            stepTask = task;
            partial.stepped = true;
            partial.line = 0;
        } else if (ev == QLatin1String("line") && task == stepTask) {
            partial.line = e.value(QLatin1String("line")).toInt();
        } else if ((ev == QLatin1String("yield") || ev == QLatin1String("done")) &&
                   task == stepTask) {
            stepTask = 0; // between steps
        }
    }
    if (stepTask)
        partial.task = names.value(stepTask, QStringLiteral("Task-%1").arg(stepTask));
    else
        partial.line = 0;
    return partial;
}

QString codeLine(const QString &source, int line) {
    const QStringList lines = source.split(QLatin1Char('\n'));
    return line > 0 && line <= lines.size() ? lines.at(line - 1).trimmed() : QString();
}

QString wallClockMessage(const ProgramRequest &request, const QString &source,
                         const PartialTrace &partial, bool stillGrowing, int *line) {
    const QString seconds = QString::number(request.wallClockLimitMs / 1000.0, 'g', 3);
    if (stillGrowing) {
        return RunnerText::tr("Stopped after %1 s of real time while the program was still being "
                              "traced: it is too long to trace in that time. Lower the horizon or "
                              "the step limit, or raise the time limit in Python settings.")
            .arg(seconds);
    }
    if (!partial.started) {
        return RunnerText::tr("Stopped after %1 s of real time before CPython had even started "
                              "the program (is the machine very busy?). Raise the limit in Python "
                              "settings.")
            .arg(seconds);
    }
    if (partial.task.isEmpty() && partial.stepped) {
        return RunnerText::tr("Stopped after %1 s of real time: a callback the event loop ran (not "
                              "a task step) never returned, so the loop could run nothing else "
                              "(a CPU loop in a call_soon or call_later callback?). The limit is "
                              "in Python settings.")
            .arg(seconds);
    }
    if (partial.task.isEmpty()) {
        return RunnerText::tr("Stopped after %1 s of real time: the program's module-level code "
                              "never finished (a loop before asyncio.run?). The limit is in Python "
                              "settings.")
            .arg(seconds);
    }
    *line = partial.line;
    const QString code = codeLine(source, partial.line);
    const QString where = partial.line <= 0 ? QString()
                          : code.isEmpty()
                              ? RunnerText::tr(" at line %1").arg(partial.line)
                              : RunnerText::tr(" at line %1 `%2`").arg(partial.line).arg(code);
    return RunnerText::tr("Stopped after %1 s of real time: %2 resumed%3 and never reached another "
                          "await, so the event loop could run nothing else (a CPU loop with no "
                          "await). The limit is in Python settings.")
        .arg(seconds, partial.task, where);
}

QString tooLargeMessage(const ProgramRequest &request, const PartialTrace &partial) {
    QString what;
    if (partial.bytes > 0 && partial.printBytes * 2 > partial.bytes)
        what = RunnerText::tr("it prints without end");
    else if (partial.events > 0 && partial.taskNews * 4 > partial.events)
        what = RunnerText::tr("it creates tasks without end");
    else
        what = RunnerText::tr("it records events without end");
    return RunnerText::tr("Stopped: the trace grew past %1 MB (%2). Lower the step limit in Python "
                          "settings, or make the program shorter.")
        .arg(megabytes(request.maxTraceBytes), what);
}

QString readText(const QByteArray &bytes, bool *ok) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

void RunControl::cancel() {
    m_cancelled = true;
    killGroup(SIGKILL);
}

void RunControl::killGroup(int signal) const {
    // pytrace runs the program in a worker process of its own: signal the whole group, never
    // just the parent (the worker would spin on).
    if (m_pid > 0)
        ::kill(-static_cast<pid_t>(m_pid), signal);
}

bool RunControl::groupAlive() const {
    return m_pid > 0 && ::kill(-static_cast<pid_t>(m_pid), 0) == 0;
}

QString pytracePath() {
    return QStringLiteral(LOOPSCOPE_PYTRACE);
}

QString describeNonProgram(const QByteArray &content) {
    if (content.isEmpty())
        return RunnerText::tr("The file is empty: there is no program to run.");
    const auto starts = [&](const char *magic) { return content.startsWith(magic); };
    if (starts("\x89PNG"))
        return RunnerText::tr("This is a PNG image, not a Python program.");
    if (starts("\xff\xd8\xff"))
        return RunnerText::tr("This is a JPEG image, not a Python program.");
    if (starts("%PDF"))
        return RunnerText::tr("This is a PDF document, not a Python program.");
    if (starts("PK\x03\x04"))
        return RunnerText::tr("This is a ZIP archive (or a document packed as one), not a Python "
                              "program.");
    if (starts("\x7f"
               "ELF"))
        return RunnerText::tr("This is a compiled executable (ELF), not a Python program.");
    if (starts("\x1f\x8b"))
        return RunnerText::tr("This is a gzip archive, not a Python program.");
    if (content.size() >= 4 && content.at(2) == '\r' && content.at(3) == '\n')
        return RunnerText::tr("This is compiled Python bytecode (a .pyc file), not its source: "
                              "open the .py file.");
    bool utf8 = false;
    const QString text = readText(content.left(1 << 20), &utf8);
    if (content.contains('\0') || !utf8)
        return RunnerText::tr("This file holds binary data (it is not UTF-8 text), not a Python "
                              "program.");
    if (text.trimmed().startsWith(QLatin1Char('{')) &&
        content.left(4096).contains("\"loopscope-trace\""))
        return RunnerText::tr("This is a Loopscope trace, not a program: open it with File > Open "
                              "trace….");
    return QString();
}

QCoro::Task<InterpreterCheck> checkInterpreter(QString interpreter) {
    static QHash<QString, InterpreterCheck> cache;
    InterpreterCheck check;
    check.path = interpreter.contains(QLatin1Char('/'))
                     ? interpreter
                     : QStandardPaths::findExecutable(interpreter);
    if (check.path.isEmpty() || !QFileInfo(check.path).isExecutable()) {
        check.message = RunnerText::tr("There is no Python interpreter “%1” (nothing of that name "
                                       "on PATH): set one in Python settings.")
                            .arg(interpreter);
        co_return check;
    }
    const QString key = check.path + QLatin1Char('|') +
                        QString::number(QFileInfo(check.path).lastModified().toMSecsSinceEpoch());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        co_return *it;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Python 2 understands this line too, so an old interpreter can say what it is.
    const QStringList args{QStringLiteral("-c"),
                           QStringLiteral("import platform, sys; print(platform.python_"
                                          "implementation()); print('%d.%d.%d' % "
                                          "tuple(sys.version_info[:3]))")};
    const bool started = co_await qCoro(process).start(check.path, args, QIODevice::ReadOnly,
                                                       std::chrono::seconds(10));
    const bool finished =
        started && co_await qCoro(process).waitForFinished(std::chrono::seconds(10));
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        check.message = RunnerText::tr("The interpreter %1 did not answer when asked its version: "
                                       "set another one in Python settings.")
                            .arg(check.path);
        co_return check;
    }
    const QStringList out = QString::fromUtf8(process.readAll()).trimmed().split(QLatin1Char('\n'));
    if (process.exitCode() != 0 || out.size() != 2) {
        check.message = RunnerText::tr("%1 is not a Python interpreter Loopscope can use (asked "
                                       "its version, it said: %2)")
                            .arg(check.path, out.join(QLatin1Char(' ')).left(200));
        co_return check;
    }
    const QString implementation = out.at(0).trimmed();
    const QStringList version = out.at(1).trimmed().split(QLatin1Char('.'));
    check.version = implementation + QLatin1Char(' ') + out.at(1).trimmed();
    const int major = version.value(0).toInt(), minor = version.value(1).toInt();
    if (implementation != QLatin1String("CPython") || major < 3 || (major == 3 && minor < 11)) {
        check.message = RunnerText::tr("%1 is %2; Loopscope needs CPython 3.11 or later (set the "
                                       "interpreter in Python settings).")
                            .arg(check.path, check.version);
        cache.insert(key, check);
        co_return check;
    }
    check.ok = true;
    cache.insert(key, check);
    co_return check;
}

QCoro::Task<ProgramRun> traceProgram(ProgramRequest request, std::shared_ptr<RunControl> control) {
    ProgramRun run;
    QFile file(request.path);
    if (!QFileInfo(request.path).isFile()) {
        run.kind = ProgramRun::Kind::NotAProgram;
        run.message = RunnerText::tr("There is no file %1.").arg(request.path);
        co_return run;
    }
    if (file.size() > maxSourceBytes) {
        run.kind = ProgramRun::Kind::NotAProgram;
        run.message = RunnerText::tr("%1 is %2 MB: far too large for a program listing.")
                          .arg(fileName(request.path), megabytes(file.size()));
        co_return run;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        run.kind = ProgramRun::Kind::NotAProgram;
        run.message = RunnerText::tr("Cannot read %1: %2").arg(request.path, file.errorString());
        co_return run;
    }
    const QByteArray content = file.readAll();
    file.close();
    if (const QString what = describeNonProgram(content); !what.isEmpty()) {
        run.kind = ProgramRun::Kind::NotAProgram;
        run.message = what;
        co_return run;
    }
    bool utf8 = true;
    run.source = readText(content, &utf8);

    const InterpreterCheck python = co_await checkInterpreter(request.interpreter);
    if (!python.ok) {
        run.kind = ProgramRun::Kind::BadInterpreter;
        run.message = python.message;
        co_return run;
    }
    if (control->isCancelled()) {
        run.kind = ProgramRun::Kind::Cancelled;
        co_return run;
    }

    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("trace.loopscope.json"));
    QStringList args{pytracePath(),
                     QFileInfo(request.path).absoluteFilePath(),
                     QStringLiteral("--seed"),
                     QString::number(request.seed),
                     QStringLiteral("--horizon"),
                     QString::number(request.horizon, 'g', 17),
                     QStringLiteral("--step-limit"),
                     QString::number(request.stepLimit),
                     QStringLiteral("-o"),
                     out};
    for (auto it = request.params.cbegin(); it != request.params.cend(); ++it)
        args << QStringLiteral("--set") << it.key() + QLatin1Char('=') + it.value().toString();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path()); // pytrace's worker writes its events here
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    // Its own process group, so that a kill reaches pytrace's worker too.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    const bool started = co_await qCoro(process).start(python.path, args, QIODevice::ReadOnly,
                                                       std::chrono::seconds(10));
    if (!started) {
        run.kind = ProgramRun::Kind::BadInterpreter;
        run.message =
            RunnerText::tr("Could not start %1: %2").arg(python.path, process.errorString());
        co_return run;
    }
    control->setProcess(process.processId());

    QElapsedTimer clock;
    clock.start();
    qint64 size = 0, grewAt = 0;
    while (process.state() != QProcess::NotRunning) {
        co_await qCoro(process).waitForFinished(pollInterval);
        if (process.state() == QProcess::NotRunning)
            break;
        if (control->isCancelled())
            run.kind = ProgramRun::Kind::Cancelled;
        const qint64 now = treeSize(tmp.path());
        // The events file grows in 8 KB blocks while the program runs steps; a step that never
        // returns writes nothing more.
        const qint64 events = QFileInfo(eventsFile(tmp.path())).size();
        if (events != size) {
            size = events;
            grewAt = clock.elapsed();
        }
        if (now > request.maxTraceBytes)
            run.kind = ProgramRun::Kind::TooLarge;
        if (clock.elapsed() > request.wallClockLimitMs)
            run.kind = ProgramRun::Kind::WallClock;
        if (run.kind == ProgramRun::Kind::Failed)
            continue; // still going
        // A program still writing events is long, not stuck (pytrace writes in 8 KB blocks).
        const bool growing = clock.elapsed() - grewAt < 1500 && size > 0;
        if (run.kind != ProgramRun::Kind::Cancelled) {
            // SIGTERM first: pytrace's worker writes out the events it holds, which say where
            // the program was; SIGKILL if it does not end within a second.
            control->killGroup(SIGTERM);
            for (int i = 0; i < 50 && control->groupAlive(); ++i)
                co_await QCoro::sleepFor(std::chrono::milliseconds(20));
        }
        control->killGroup(SIGKILL);
        co_await qCoro(process).waitForFinished(std::chrono::seconds(5));
        control->setProcess(0); // its process group is gone; never signal that id again
        const PartialTrace partial = readPartial(eventsFile(tmp.path()));
        if (run.kind == ProgramRun::Kind::WallClock) {
            run.message = wallClockMessage(request, run.source, partial, growing, &run.line);
        } else if (run.kind == ProgramRun::Kind::TooLarge) {
            run.message = tooLargeMessage(request, partial);
        } else {
            run.message = RunnerText::tr("Cancelled: %1 was not traced to the end.")
                              .arg(fileName(request.path));
        }
        co_return run;
    }
    control->setProcess(0);
    if (control->isCancelled()) {
        run.kind = ProgramRun::Kind::Cancelled;
        run.message =
            RunnerText::tr("Cancelled: %1 was not traced to the end.").arg(fileName(request.path));
        co_return run;
    }
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.kind = ProgramRun::Kind::Failed;
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 2) {
            // A bad option or parameter: pytrace's one line says which.
            run.message = stderrText.section(QLatin1Char('\n'), -1);
            run.message.remove(QRegularExpression(QStringLiteral("^pytrace: (error: )?")));
        } else {
            run.message = RunnerText::tr("CPython failed while tracing %1: %2")
                              .arg(fileName(request.path), stderrText.right(2000));
        }
        co_return run;
    }
    QFile trace(out);
    if (trace.size() > request.maxTraceBytes) {
        run.kind = ProgramRun::Kind::TooLarge;
        run.message = tooLargeMessage(request, readPartial(out));
        co_return run;
    }
    if (!trace.open(QIODevice::ReadOnly)) {
        run.kind = ProgramRun::Kind::Failed;
        run.message = RunnerText::tr("pytrace wrote no trace for %1: %2")
                          .arg(fileName(request.path), stderrText.right(2000));
        co_return run;
    }
    run.kind = ProgramRun::Kind::Traced;
    run.json = trace.readAll();
    co_return run;
}

} // namespace loopscope::python
