#include "commandline.h"

#include "export/imageexport.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include "loopscope/scenario_catalogue.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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
        for (const char *flag : {"--list", "--export", "--help", "-h", "--version", "-v"}) {
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
    parser.addOptions({list, open, exportTo, size, theme, title});
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
    if (!parser.isSet(exportTo))
        return fail(CommandLineText::tr("nothing to do: give --export FILE (see --help)"));
    if (!parser.isSet(open))
        return fail(CommandLineText::tr("which timeline? give --open TRACE.json"));

    QFile file(parser.value(open));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            CommandLineText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QString error;
    const auto trace = trace::TraceDocument::fromJson(file.readAll(), &error);
    if (!trace)
        return fail(CommandLineText::tr("%1: %2").arg(file.fileName(), error));

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
    image.paint.title = parser.isSet(title) ? parser.value(title) : trace->programId;
    image.paint.legend = true;
    image.paint.laneScale = view::TimelinePainter(image.paint)
                                .fittingLaneScale(QRectF(QPointF(), QSizeF(image.size)), scene);
    const QString problem = view::exportImage(scene, image);
    if (!problem.isEmpty())
        return fail(problem);
    return 0;
}

} // namespace loopscope
