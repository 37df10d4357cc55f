#include "commandline.h"

#include "export/imageexport.h"
#include "scenariorunner.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include "loopscope/scenario_catalogue.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

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

} // namespace

bool isCommandLineRun(const QStringList &arguments) {
    for (const QString &a : arguments) {
        for (const char *flag :
             {"--list", "--export", "--trace", "--help", "-h", "--version", "-v"}) {
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
    parser.addOptions({list, scenario, set, seed, saveTrace, open, exportTo, size, theme, title});
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
    if (!parser.isSet(exportTo) && !parser.isSet(saveTrace))
        return fail(CommandLineText::tr("nothing to do: give --export FILE or --trace FILE (see "
                                        "--help)"));
    if (parser.isSet(scenario) == parser.isSet(open))
        return fail(CommandLineText::tr("which run? give either --scenario ID or --open "
                                        "TRACE.json"));

    QByteArray json;
    QString source;
    if (parser.isSet(scenario)) {
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
    if (!parser.isSet(exportTo))
        return 0;

    view::ImageExport image;
    image.path = parser.value(exportTo);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    if (wh.size() == 2)
        image.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
    if (!okW || !okH)
        return fail(CommandLineText::tr("--size wants WIDTHxHEIGHT such as 1920x1080, not “%1”")
                        .arg(parser.value(size)));
    const QString themeName = parser.value(theme);
    if (themeName == QLatin1String("light"))
        image.paint.theme = view::Theme::Light;
    else if (themeName == QLatin1String("dark"))
        image.paint.theme = view::Theme::Dark;
    else if (themeName == QLatin1String("print"))
        image.paint.theme = view::Theme::Print;
    else
        return fail(
            CommandLineText::tr("--theme is light, dark or print, not “%1”").arg(themeName));

    const view::TimelineScene scene = view::buildScene(*trace);
    image.paint.fontPixels = view::exportFontPixels(image.size);
    image.paint.viewX0 = -0.5;
    image.paint.viewX1 = scene.width;
    if (parser.isSet(title)) {
        image.paint.title = parser.value(title);
    } else if (const auto *info = scenarios::findScenario(trace->programId.toStdString())) {
        image.paint.title = qs(info->title.en);
    } else {
        image.paint.title = trace->fileName;
    }
    image.paint.legend = true;
    image.paint.laneScale = view::TimelinePainter(image.paint)
                                .fittingLaneScale(QRectF(QPointF(), QSizeF(image.size)), scene);
    const QString problem = view::exportImage(scene, image);
    if (!problem.isEmpty())
        return fail(problem);
    return 0;
}

} // namespace loopscope
