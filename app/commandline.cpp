#include "commandline.h"

#include "export/chrometrace.h"
#include "export/imageexport.h"
#include "python/programoutcome.h"
#include "python/programsettings.h"
#include "scenariorunner.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include "loopscope/scenario_catalogue.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <QCoro/QCoroTask>

namespace loopscope {

namespace {

// The translation context of this file's user-visible strings.
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int fail(const QString &message) {
    QTextStream(stderr) << "loopscope: " << message << Qt::endl;
    return 1;
}

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// `loopscope --python PROGRAM.py`: the same run as File > Open Python program… (the Python
// settings, pytrace in a child process), waited for here. A run that ended badly but left a
// timeline (an exception, the horizon, a stall, the step limit) is exported with a note on
// stderr; one that left none (a syntax error, not asyncio, killed) is an error.
QByteArray traceProgramForCommandLine(const QString &path, const QString &seed,
                                      const QString &horizon, const QStringList &sets,
                                      QString *problem) {
    python::ProgramRequest request = ProgramSettings::request(path);
    bool ok = true;
    if (!seed.isEmpty())
        request.seed = seed.toULongLong(&ok);
    if (!ok) {
        *problem = CommandLineText::tr("--seed wants a whole number, not “%1”").arg(seed);
        return {};
    }
    if (!horizon.isEmpty())
        request.horizon = horizon.toDouble(&ok);
    if (!ok || request.horizon <= 0) {
        *problem = CommandLineText::tr("--horizon wants a positive number of seconds, not “%1”")
                       .arg(horizon);
        return {};
    }
    for (const QString &kv : sets) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = CommandLineText::tr("--set wants NAME=VALUE, not “%1”").arg(kv);
            return {};
        }
        request.params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const python::ProgramRun run =
        QCoro::waitFor(python::traceProgram(request, std::make_shared<python::RunControl>()));
    if (run.kind != python::ProgramRun::Kind::Traced) {
        const python::Outcome outcome = python::describeFailure(run);
        *problem = QFileInfo(path).fileName() + QStringLiteral(": ") + outcome.detail;
        return {};
    }
    QString error;
    const auto trace = trace::TraceDocument::fromJson(run.json, &error);
    if (!trace) {
        *problem = QFileInfo(path).fileName() + QStringLiteral(": ") + error;
        return {};
    }
    const python::Outcome outcome = python::describeTrace(*trace);
    if (outcome.headline.isEmpty())
        return run.json;
    const QString note = QFileInfo(path).fileName() + QStringLiteral(": ") + outcome.headline +
                         QStringLiteral(". ") + outcome.detail;
    if (trace->stepCount() == 0) {
        *problem = note;
        return {};
    }
    QTextStream(stderr) << "loopscope: " << note << Qt::endl;
    return run.json;
}

} // namespace

QVariantMap windowProgram(const QStringList &arguments) {
    QVariantMap program;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        for (const char *name : {"python", "seed", "horizon"}) {
            const QString flag = QStringLiteral("--") + QLatin1String(name);
            if (a == flag && i + 1 < arguments.size())
                program.insert(QLatin1String(name), arguments.at(++i));
            else if (a.startsWith(flag + QLatin1Char('=')))
                program.insert(QLatin1String(name), a.mid(flag.size() + 1));
        }
    }
    if (!program.contains(QStringLiteral("python")))
        return {};
    program.insert(QStringLiteral("path"),
                   QFileInfo(program.take(QStringLiteral("python")).toString()).absoluteFilePath());
    return program;
}

bool isCommandLineRun(const QStringList &arguments) {
    for (const QString &a : arguments) {
        for (const char *flag : {"--list", "--export", "--trace", "--chrome-trace", "--sequence",
                                 "--help", "-h", "--version", "-v"}) {
            if (a == QLatin1String(flag) || a.startsWith(QLatin1String(flag) + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

int runCommandLine(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Loopscope shows, step by step, how asyncio's event loop schedules coroutines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption list(QStringLiteral("list"),
                                  CommandLineText::tr("List the built-in scenarios."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      CommandLineText::tr("Run a built-in scenario (see --list)."),
                                      CommandLineText::tr("id"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 CommandLineText::tr("Change a parameter of the scenario."),
                                 CommandLineText::tr("name=value"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLineText::tr("Seed of the scenario's random numbers."),
                                  CommandLineText::tr("n"));
    const QCommandLineOption saveTrace(QStringLiteral("trace"),
                                       CommandLineText::tr("Save the run's trace (.json)."),
                                       CommandLineText::tr("file"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  CommandLineText::tr("Open a trace file (.json)."),
                                  CommandLineText::tr("file"));
    const QCommandLineOption exportTo(
        QStringLiteral("export"),
        CommandLineText::tr("Write the timeline as an image (.png, .svg, .pdf)."),
        CommandLineText::tr("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CommandLineText::tr("Image size (default 1920x1080)."),
                                  CommandLineText::tr("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   CommandLineText::tr("light, dark or print."),
                                   CommandLineText::tr("theme"), QStringLiteral("light"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   CommandLineText::tr("Title above the timeline."),
                                   CommandLineText::tr("text"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLineText::tr("Image format: png, svg or pdf (default: from the file's extension)."),
        CommandLineText::tr("format"));
    const QCommandLineOption range(
        QStringLiteral("range"),
        CommandLineText::tr("all: the whole run; cursor: the run up to --cursor."),
        CommandLineText::tr("range"), QStringLiteral("all"));
    const QCommandLineOption cursor(
        QStringLiteral("cursor"),
        CommandLineText::tr("Put the cursor after step N (0: before the first step)."),
        CommandLineText::tr("n"));
    const QCommandLineOption withCode(
        QStringLiteral("with-code"),
        CommandLineText::tr("Show the listing beside the timeline, the cursor's lines marked."));
    const QCommandLineOption withConsole(
        QStringLiteral("with-console"),
        CommandLineText::tr("Show what was printed (up to the cursor) beside the timeline."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"),
                                      CommandLineText::tr("Leave the legend out."));
    const QCommandLineOption sequence(
        QStringLiteral("sequence"),
        CommandLineText::tr("Write one image per step into a folder, numbered, for animated "
                            "slides."),
        CommandLineText::tr("folder"));
    const QCommandLineOption sequenceBy(
        QStringLiteral("sequence-by"),
        CommandLineText::tr("step: an image after every step; instant: one per instant of "
                            "virtual time."),
        CommandLineText::tr("unit"), QStringLiteral("step"));
    const QCommandLineOption chrome(
        QStringLiteral("chrome-trace"),
        CommandLineText::tr("Save the run in the Chrome trace event format (opens in Perfetto)."),
        CommandLineText::tr("file"));
    const QCommandLineOption python(
        QStringLiteral("python"),
        CommandLineText::tr("Trace your own asyncio program under CPython (with no --export or "
                            "--trace: open it in the window)."),
        CommandLineText::tr("program.py"));
    const QCommandLineOption horizon(
        QStringLiteral("horizon"),
        CommandLineText::tr("Virtual time at which --python stops a program that never ends."),
        CommandLineText::tr("seconds"));
    parser.addOptions({list,        scenario, set,      seed,       saveTrace, open,   exportTo,
                       size,        theme,    title,    format,     range,     cursor, withCode,
                       withConsole, noLegend, sequence, sequenceBy, chrome,    python, horizon});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(list)) {
        QTextStream out(stdout);
        for (const auto &s : scenarios::catalogue())
            out << qs(s.id) << '\t' << qs(s.category) << '\t' << qs(s.title.en) << '\n';
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLineText::tr("unexpected argument “%1” (see --help)")
                        .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(exportTo) && !parser.isSet(saveTrace) && !parser.isSet(sequence) &&
        !parser.isSet(chrome))
        return fail(CommandLineText::tr("nothing to do: give --export FILE, --sequence FOLDER, "
                                        "--trace FILE or --chrome-trace FILE (see --help)"));
    // Every image option is checked before anything runs, so a typo costs no run.
    view::Slide slide;
    QString imageFormat;
    if (parser.isSet(format)) {
        imageFormat = parser.value(format).toLower();
        if (imageFormat != QLatin1String("png") && imageFormat != QLatin1String("svg") &&
            imageFormat != QLatin1String("pdf"))
            return fail(CommandLineText::tr("--format is png, svg or pdf, not “%1”")
                            .arg(parser.value(format)));
    }
    {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2)
            slide.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH)
            return fail(CommandLineText::tr("--size wants WIDTHxHEIGHT such as 1920x1080, not "
                                            "“%1”")
                            .arg(parser.value(size)));
        if (const QString bad = view::checkExportSize(slide.size); !bad.isEmpty())
            return fail(bad);
    }
    const QString themeName = parser.value(theme);
    if (themeName == QLatin1String("light"))
        slide.theme = view::Theme::Light;
    else if (themeName == QLatin1String("dark"))
        slide.theme = view::Theme::Dark;
    else if (themeName == QLatin1String("print"))
        slide.theme = view::Theme::Print;
    else
        return fail(
            CommandLineText::tr("--theme is light, dark or print, not “%1”").arg(themeName));
    const QString rangeName = parser.value(range);
    if (rangeName == QLatin1String("cursor"))
        slide.range = view::ExportRange::UpToCursor;
    else if (rangeName != QLatin1String("all"))
        return fail(CommandLineText::tr("--range is all or cursor, not “%1”").arg(rangeName));
    if (parser.isSet(cursor)) {
        bool ok = false;
        slide.cursor = parser.value(cursor).toInt(&ok);
        if (!ok || slide.cursor < 0)
            return fail(CommandLineText::tr("--cursor wants a step number (0, 1, 2…), not “%1”")
                            .arg(parser.value(cursor)));
    } else if (slide.range == view::ExportRange::UpToCursor) {
        return fail(CommandLineText::tr("--range cursor needs --cursor STEP"));
    }
    view::SequenceBy by = view::SequenceBy::Steps;
    if (parser.value(sequenceBy) == QLatin1String("instant"))
        by = view::SequenceBy::Instants;
    else if (parser.value(sequenceBy) != QLatin1String("step"))
        return fail(CommandLineText::tr("--sequence-by is step or instant, not “%1”")
                        .arg(parser.value(sequenceBy)));
    slide.code = parser.isSet(withCode);
    slide.console = parser.isSet(withConsole);
    slide.legend = !parser.isSet(noLegend);
    if (parser.isSet(exportTo) && imageFormat.isEmpty() &&
        view::formatForPath(parser.value(exportTo)).isEmpty())
        return fail(CommandLineText::tr("cannot tell the image format from “%1”: use .png, .svg "
                                        "or .pdf, or give --format")
                        .arg(parser.value(exportTo)));
    if (int(parser.isSet(scenario)) + int(parser.isSet(open)) + int(parser.isSet(python)) != 1)
        return fail(CommandLineText::tr("which run? give one of --scenario ID, --open "
                                        "TRACE.json or --python PROGRAM.py"));

    QByteArray json;
    QString source;
    if (parser.isSet(python)) {
        QString problem;
        json = traceProgramForCommandLine(parser.value(python), parser.value(seed),
                                          parser.value(horizon), parser.values(set), &problem);
        if (json.isEmpty())
            return fail(problem);
        source = parser.value(python);
    } else if (parser.isSet(scenario)) {
        const QString id = parser.value(scenario);
        const auto *info = scenarios::findScenario(id.toStdString());
        if (!info)
            return fail(CommandLineText::tr("there is no scenario “%1” (loopscope --list names "
                                            "them)")
                            .arg(id));
        QVariantMap values;
        for (const QString &kv : parser.values(set)) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(CommandLineText::tr("--set wants NAME=VALUE, not “%1”").arg(kv));
            values.insert(kv.left(eq), kv.mid(eq + 1));
        }
        if (parser.isSet(seed)) {
            QString seedName;
            for (const auto &p : info->params) {
                if (p.kind == scenarios::ParamKind::Seed)
                    seedName = qs(p.name);
            }
            if (seedName.isEmpty())
                return fail(CommandLineText::tr("the scenario %1 draws no random numbers: it has "
                                                "no seed")
                                .arg(id));
            values.insert(seedName, parser.value(seed));
        }
        QString error;
        json = traceScenario(*info, values, &error);
        if (json.isEmpty())
            return fail(error);
        source = id;
    } else {
        QFile file(parser.value(open));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                CommandLineText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        json = file.readAll();
        source = file.fileName();
    }
    QString error;
    const auto trace = trace::TraceDocument::fromJson(json, &error);
    if (!trace)
        return fail(CommandLineText::tr("%1: %2").arg(source, error));
    if (parser.isSet(saveTrace)) {
        QSaveFile out(parser.value(saveTrace));
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
            return fail(CommandLineText::tr("cannot write %1: %2")
                            .arg(parser.value(saveTrace), out.errorString()));
    }
    const view::TimelineScene scene = view::buildScene(*trace);
    if (slide.cursor > static_cast<int>(scene.stepX.size()))
        return fail(CommandLineText::tr("the run has %1 steps: --cursor is 0 to %1, not %2")
                        .arg(scene.stepX.size())
                        .arg(slide.cursor));
    if (parser.isSet(title)) {
        slide.title = parser.value(title);
    } else if (parser.isSet(python)) {
        slide.title = trace->fileName;
    } else if (const auto *info = scenarios::findScenario(trace->programId.toStdString())) {
        slide.title = qs(info->title.en);
    } else {
        slide.title = trace->fileName;
    }
    if (parser.isSet(chrome)) {
        if (const QString problem =
                view::writeChromeTrace(parser.value(chrome), *trace, scene, slide.title);
            !problem.isEmpty())
            return fail(problem);
    }
    if (parser.isSet(exportTo)) {
        if (const QString problem =
                view::exportSlide(scene, *trace, parser.value(exportTo), imageFormat, slide);
            !problem.isEmpty())
            return fail(problem);
    }
    if (parser.isSet(sequence)) {
        view::SequenceExport frames;
        frames.folder = parser.value(sequence);
        frames.format = imageFormat.isEmpty() ? QStringLiteral("png") : imageFormat;
        frames.stem = trace->programId.isEmpty() ? QStringLiteral("frame") : trace->programId;
        frames.slide = slide;
        frames.by = by;
        int written = 0;
        if (const QString problem = view::exportSequence(scene, *trace, frames, {}, &written);
            !problem.isEmpty())
            return fail(problem);
        QTextStream(stdout) << CommandLineText::tr("%1 images in %2")
                                   .arg(written)
                                   .arg(QDir::toNativeSeparators(frames.folder))
                            << Qt::endl;
    }
    return 0;
}

} // namespace loopscope
