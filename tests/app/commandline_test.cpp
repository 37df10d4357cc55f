// The command line, run as a user runs it: exit codes, one-line messages, files written.
#include "qt_printers.h"

#include <QDir>
#include <QFileInfo>
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
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--format"), QStringLiteral("gif")},
         "--format is png, svg or pdf, not “gif”"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--size"), QStringLiteral("10x10")},
         "the image size 10x10 is not sensible"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--range"), QStringLiteral("sideways")},
         "--range is all or cursor, not “sideways”"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--range"), QStringLiteral("cursor")},
         "--range cursor needs --cursor STEP"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--cursor"), QStringLiteral("two")},
         "--cursor wants a step number"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("--cursor"), QStringLiteral("999")},
         "--cursor is 0 to"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--sequence"),
          dir.path(), QStringLiteral("--sequence-by"), QStringLiteral("minute")},
         "--sequence-by is step or instant"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--sequence"),
          QStringLiteral("/proc/version")},
         "/proc/version is a file, not a folder"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--chrome-trace"),
          QStringLiteral("/proc/none/t.json")},
         "cannot write /proc/none/t.json"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--export"), png,
          QStringLiteral("extra")},
         "unexpected argument “extra”"},
        {{QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--format"),
          QStringLiteral("svg"), QStringLiteral("--list=no")},
         "Unexpected value after '--list'"},
        {{QStringLiteral("--open"), QStringLiteral(LOOPSCOPE_TEST_DATA "/../CMakeLists.txt"),
          QStringLiteral("--export"), png},
         "CMakeLists.txt: not valid JSON at line 1"},
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

TEST(CommandLine, PrintsHelpAndVersionOnStdoutAndExitsZero) {
    const CliRun help = loopscope({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *option :
         {"--scenario", "--export", "--format", "--theme", "--range", "--cursor", "--with-code",
          "--with-console", "--sequence", "--chrome-trace", "--trace"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(option))) << option;
    const CliRun version = loopscope({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(
        version.out.startsWith(QStringLiteral("Loopscope ") + QStringLiteral(LOOPSCOPE_VERSION)))
        << version.out.toStdString();
}

TEST(CommandLine, WritesASlideWithTheListingAndConsoleInEachFormat) {
    QTemporaryDir dir;
    for (const char *name : {"s.png", "s.svg", "s.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const CliRun r = loopscope(
            {QStringLiteral("--scenario"), QStringLiteral("taskgroup_errors"),
             QStringLiteral("--export"), path, QStringLiteral("--theme"), QStringLiteral("print"),
             QStringLiteral("--range"), QStringLiteral("cursor"), QStringLiteral("--cursor"),
             QStringLiteral("5"), QStringLiteral("--with-code"), QStringLiteral("--with-console"),
             QStringLiteral("--title"), QStringLiteral("Slide 7")});
        EXPECT_EQ(r.exitCode, 0) << name << ": " << r.err.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 1000) << name;
    }
    // --format wins over the extension.
    const QString odd = dir.filePath(QStringLiteral("slide.img"));
    const CliRun r = loopscope({QStringLiteral("--scenario"), QStringLiteral("hello"),
                                QStringLiteral("--export"), odd, QStringLiteral("--format"),
                                QStringLiteral("svg")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(odd);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("<svg"));
}

TEST(CommandLine, WritesASequenceAndAChromeTrace) {
    QTemporaryDir dir;
    const QString frames = dir.filePath(QStringLiteral("frames"));
    const QString chrome = dir.filePath(QStringLiteral("run.json"));
    const CliRun r =
        loopscope({QStringLiteral("--scenario"), QStringLiteral("say_after_tasks"),
                   QStringLiteral("--sequence"), frames, QStringLiteral("--size"),
                   QStringLiteral("640x360"), QStringLiteral("--chrome-trace"), chrome});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // say_after_tasks runs 8 steps: a frame before the first and one after each.
    EXPECT_EQ(QDir(frames).entryList(QDir::Files).size(), 9);
    EXPECT_TRUE(r.out.contains(QStringLiteral("9 images in"))) << r.out.toStdString();
    EXPECT_EQ(QImage(QDir(frames).filePath(QStringLiteral("say_after_tasks-001.png"))).size(),
              QSize(640, 360));
    QFile f(chrome);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("{\"displayTimeUnit\""));
}

TEST(CommandLine, LeavesTheOldFileIntactWhenTheDiskFillsUpMidWrite) {
    // A file size limit of 16 KiB makes every write past it fail (EFBIG), as a full disk does:
    // the export fails with the cause, and the slide that was there stays as it was.
    QTemporaryDir dir;
    const QString slide = dir.filePath(QStringLiteral("slide.png"));
    {
        QFile old(slide);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the old slide");
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/bash"),
            {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\""),
             QStringLiteral(LOOPSCOPE_BINARY), QStringLiteral("--scenario"),
             QStringLiteral("taskgroup_errors"), QStringLiteral("--export"), slide,
             QStringLiteral("--size"), QStringLiteral("3840x2160")});
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_NE(p.exitCode(), 0);
    EXPECT_TRUE(err.contains(QStringLiteral("cannot write ") + slide)) << err.toStdString();
    EXPECT_EQ(err.trimmed().count(QLatin1Char('\n')), 0) << err.toStdString();
    QFile file(slide);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("the old slide"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "a temporary file was left";
}
