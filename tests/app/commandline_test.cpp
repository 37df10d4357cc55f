// The command line, run as a user runs it: exit codes, one-line messages, files written.
#include "qt_printers.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode;
    QString out;
    QString err;
};

CliRun loopscope(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line never needs a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CommandLine, ListsEveryScenarioWithItsCategoryAndTitle) {
    const CliRun r = loopscope({QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("say_after_tasks\tbasics\t")));
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 43);
}

TEST(CommandLine, ExportsAScenarioAsAPngOfTheRequestedSizeWithoutADisplay) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("hello.png"));
    const CliRun r =
        loopscope({QStringLiteral("--scenario"), QStringLiteral("say_after_tasks"),
                   QStringLiteral("--export"), png, QStringLiteral("--size"),
                   QStringLiteral("1440x1080"), QStringLiteral("--theme"), QStringLiteral("dark")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1440, 1080));
}

TEST(CommandLine, SavesTheTraceOfARunWithChangedParameters) {
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("t.loopscope.json"));
    const CliRun r = loopscope({QStringLiteral("--scenario"), QStringLiteral("say_after_tasks"),
                                QStringLiteral("--set"), QStringLiteral("DELAY_HELLO=3"),
                                QStringLiteral("--trace"), trace});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(trace);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    EXPECT_TRUE(json.contains("\"DELAY_HELLO\": 3")) << json.left(600).toStdString();
    EXPECT_TRUE(json.contains("DELAY_HELLO = 3\\n"));
}

TEST(CommandLine, RefusesEachKindOfBadInputWithOneLineAndANonZeroExit) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const struct {
        QStringList args;
        const char *says;
    } cases[] = {
        {{QStringLiteral("--scenario"), QStringLiteral("nope"), QStringLiteral("--export"), png},
         "there is no scenario “nope”"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--set"),
          QStringLiteral("DELAY=abc"), QStringLiteral("--export"), png},
         "DELAY must be a number"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--set"),
          QStringLiteral("NOPE=1"), QStringLiteral("--export"), png},
         "has no parameter NOPE"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"),
          QStringLiteral("/proc/none/x.png")},
         "cannot write /proc/none/x.png"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"),
          dir.filePath(QStringLiteral("x.gif"))},
         "use .png, .svg or .pdf"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--size"), QStringLiteral("big")},
         "--size wants WIDTHxHEIGHT"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--theme"), QStringLiteral("neon")},
         "--theme is light, dark or print"},
        {{QStringLiteral("--open"), dir.filePath(QStringLiteral("missing.json")),
          QStringLiteral("--export"), png},
         "cannot read"},
        {{QStringLiteral("--export"), png},
         "give one of --scenario ID, --open TRACE.json or --python"},
        {{QStringLiteral("--list"), QStringLiteral("--bogus")}, "Unknown option 'bogus'"},
    };
    for (const auto &c : cases) {
        const CliRun r = loopscope(c.args);
        EXPECT_NE(r.exitCode, 0) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.says)))
            << c.args.join(u' ').toStdString() << " said: " << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0)
            << "more than one line: " << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(png));
}
