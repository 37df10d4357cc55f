// Loopscope: the desktop app. Opens the main window; with no display it says how to run instead.
#include "appsetup.h"
#include "commandline.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QTextStream>
#include <QUrl>

namespace {

// A window needs a display. Qt aborts with a long message when it has none; a user deserves one
// line that says what to do. An explicit QT_QPA_PLATFORM (offscreen, vnc, …) is the user's choice.
bool hasDisplay() {
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// On the command line stderr carries one-line errors; Qt's note that a headless session has no
// XDG runtime directory is noise there (it only matters to a desktop session).
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

int explainMissingDisplay(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    loopscope::installTranslations(app);
    QTextStream(stderr) << QCoreApplication::translate(
                               "main", "loopscope: no display to open a window on (neither DISPLAY "
                                       "nor WAYLAND_DISPLAY is set); run it under a virtual one: "
                                       "xvfb-run -a scripts/run")
                        << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    loopscope::setApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (loopscope::isCommandLineRun(arguments)) {
        // The command line never needs a display: fonts and painting work offscreen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        QGuiApplication app(argc, argv);
        loopscope::installTranslations(app);
        return loopscope::runCommandLine(arguments);
    }
    if (!hasDisplay())
        return explainMissingDisplay(argc, argv);

    QGuiApplication app(argc, argv);
    const QString language = loopscope::installTranslations(app);
    loopscope::setQuickStyle();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/Loopscope/icons/loopscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("loopscope"));

    QQmlApplicationEngine engine;
    // Content that is not a UI string (scenario titles, explanations) follows the same language.
    engine.setUiLanguage(language);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    // `loopscope --python PROGRAM.py`: the window opens on the user's program.
    if (const QVariantMap program = loopscope::windowProgram(arguments); !program.isEmpty())
        engine.setInitialProperties({{QStringLiteral("initialProgram"), program}});
    engine.load(QUrl(QString::fromLatin1(loopscope::mainQmlUrl)));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
