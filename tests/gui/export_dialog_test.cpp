// The File menu's export dialog in the real window, offscreen: it opens with a preview that
// draws the slide, and an export started from it writes the file off the GUI thread.
#include "appsetup.h"
#include "qt_printers.h"
#include "session.h"
#include "timeline/timelineitem.h"

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QKeySequence>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

namespace {

template<class F>
bool waitFor(F done, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

QObject *childOfClass(QObject *root, const char *className) {
    for (QObject *o : root->findChildren<QObject *>()) {
        if (QString::fromLatin1(o->metaObject()->className()) == QLatin1String(className))
            return o;
    }
    return nullptr;
}

struct Window {
    QQmlApplicationEngine engine;
    QStringList warnings;
    QQuickWindow *window = nullptr;
    QObject *session = nullptr;
    QObject *exporter = nullptr;

    Window() {
        QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings << e.toString();
        });
        engine.load(QUrl(QString::fromLatin1(loopscope::mainQmlUrl)));
        if (engine.rootObjects().size() != 1)
            return;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        session = childOfClass(window, "Session");
        exporter = childOfClass(window, "Exporter");
    }
};

// Share of pixels that differ from the top-left one: 0 for a blank image.
double inkShare(const QImage &image) {
    const QRgb bg = image.pixel(0, 0);
    int differ = 0, total = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3, ++total)
            differ += image.pixel(x, y) != bg;
    }
    return total ? static_cast<double>(differ) / total : 0;
}

} // namespace

TEST(ExportDialog, OpensWithAPreviewOfTheSlide) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    ASSERT_NE(w.exporter, nullptr) << "the window has no Exporter";
    ASSERT_TRUE(waitFor([&] { return w.session->property("hasTrace").toBool(); }));
    QObject *dialog = w.window->findChild<QObject *>(QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr);
    QMetaObject::invokeMethod(dialog, "open");
    ASSERT_TRUE(waitFor([&] { return dialog->property("opened").toBool(); }));
    auto *preview = w.window->findChild<QQuickItem *>(QStringLiteral("exportPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_GT(preview->width(), 300);
    const QImage shot = w.window->grabWindow();
    if (qEnvironmentVariableIsSet("LOOPSCOPE_SHOT"))
        shot.save(qEnvironmentVariable("LOOPSCOPE_SHOT"));
    const QPointF corner = preview->mapToScene(QPointF(0, 0));
    const QImage area = shot.copy(QRectF(corner, preview->size()).toRect());
    EXPECT_GT(inkShare(area), 0.05) << "the preview is blank";
    EXPECT_TRUE(w.warnings.isEmpty()) << w.warnings.join(u'\n').toStdString();
}

TEST(ExportDialog, ExportsOffTheGuiThreadAndSaysWhereItWrote) {
    Window w;
    ASSERT_NE(w.exporter, nullptr);
    ASSERT_TRUE(waitFor([&] { return w.session->property("hasTrace").toBool(); }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slide.png"));
    w.exporter->setProperty("imageWidth", 1440);
    w.exporter->setProperty("imageHeight", 1080);
    w.exporter->setProperty("withCode", true);
    QMetaObject::invokeMethod(w.exporter, "exportImage", Q_ARG(QUrl, QUrl::fromLocalFile(path)));
    ASSERT_TRUE(waitFor([&] { return !w.exporter->property("busy").toBool(); }));
    EXPECT_FALSE(w.exporter->property("failed").toBool())
        << w.exporter->property("status").toString().toStdString();
    EXPECT_TRUE(w.exporter->property("status").toString().contains(QStringLiteral("slide.png")));
    EXPECT_EQ(QImage(path).size(), QSize(1440, 1080));

    // A folder that cannot exist: the message names it, and says so in one sentence.
    QMetaObject::invokeMethod(w.exporter, "exportImage",
                              Q_ARG(QUrl, QUrl::fromLocalFile(QStringLiteral("/proc/x/y.png"))));
    ASSERT_TRUE(waitFor([&] { return !w.exporter->property("busy").toBool(); }));
    EXPECT_TRUE(w.exporter->property("failed").toBool());
    EXPECT_TRUE(w.exporter->property("status").toString().startsWith(
        QStringLiteral("cannot write /proc/x/y.png")))
        << w.exporter->property("status").toString().toStdString();
}

TEST(ExportDialog, WritesAStepSequenceWithOneImagePerStepAndCanBeCancelled) {
    Window w;
    ASSERT_NE(w.exporter, nullptr);
    ASSERT_TRUE(waitFor([&] { return w.session->property("hasTrace").toBool(); }));
    const int steps = w.session->property("stepCount").toInt();
    QTemporaryDir dir;
    w.exporter->setProperty("imageWidth", 640);
    w.exporter->setProperty("imageHeight", 360);
    QMetaObject::invokeMethod(w.exporter, "exportSequence",
                              Q_ARG(QUrl, QUrl::fromLocalFile(dir.filePath(QStringLiteral("f")))),
                              Q_ARG(bool, false));
    ASSERT_TRUE(waitFor([&] { return !w.exporter->property("busy").toBool(); }));
    EXPECT_FALSE(w.exporter->property("failed").toBool())
        << w.exporter->property("status").toString().toStdString();
    // Cursor 0 (before the first step) and one after every step.
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("f"))).entryList(QDir::Files).size(), steps + 1);

    QMetaObject::invokeMethod(w.exporter, "exportSequence",
                              Q_ARG(QUrl, QUrl::fromLocalFile(dir.filePath(QStringLiteral("g")))),
                              Q_ARG(bool, false));
    QMetaObject::invokeMethod(w.exporter, "cancel");
    ASSERT_TRUE(waitFor([&] { return !w.exporter->property("busy").toBool(); }));
    EXPECT_TRUE(w.exporter->property("failed").toBool());
    EXPECT_TRUE(w.exporter->property("status").toString().startsWith(QStringLiteral("cancelled")))
        << w.exporter->property("status").toString().toStdString();
    EXPECT_LT(QDir(dir.filePath(QStringLiteral("g"))).entryList(QDir::Files).size(), steps + 1);
}

TEST(FileMenu, HasTheTraceAndExportActionsWithTheirShortcuts) {
    Window w;
    ASSERT_NE(w.window, nullptr);
    // Read the way QML sees it: the bar's first menu, its actions' texts and shortcuts.
    QQmlExpression read(
        qmlContext(w.window), w.window,
        QStringLiteral("(function() { const m = menuBar.menuAt(0); const r = [m.title];"
                       " for (let i = 0; i < m.count; ++i) { const a = m.actionAt(i);"
                       " if (a) r.push(a.text + '\\t' + a.shortcut) } return r })()"));
    const QStringList rows = read.evaluate().toStringList();
    ASSERT_FALSE(rows.isEmpty()) << read.error().toString().toStdString();
    EXPECT_EQ(rows.first(), QStringLiteral("&File"));
    QStringList texts, shortcuts;
    for (const QString &row : rows.mid(1)) {
        texts << row.section(QLatin1Char('\t'), 0, 0);
        shortcuts << row.section(QLatin1Char('\t'), 1);
    }
    for (const char *t : {"&Open trace…", "&Save trace…", "&Export image…",
                          "Export &Chrome trace (Perfetto)…", "C&opy image", "&Quit"})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(t)))
            << t << " in " << texts.join(u'|').toStdString();
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+E")));
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+Shift+C")));
}

TEST(FileMenu, SavesTheTraceAndOpensItAgainAndSaysWhatIsWrongWithABrokenOne) {
    Window w;
    ASSERT_NE(w.exporter, nullptr);
    ASSERT_TRUE(waitFor([&] { return w.session->property("hasTrace").toBool(); }));
    QTemporaryDir dir;
    // No extension given: the native one is added.
    QMetaObject::invokeMethod(
        w.exporter, "saveTrace",
        Q_ARG(QUrl, QUrl::fromLocalFile(dir.filePath(QStringLiteral("run")))));
    ASSERT_TRUE(waitFor([&] { return !w.exporter->property("busy").toBool(); }));
    const QString saved = dir.filePath(QStringLiteral("run.loopscope.json"));
    ASSERT_TRUE(QFile::exists(saved)) << w.exporter->property("status").toString().toStdString();
    QFile f(saved);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    EXPECT_TRUE(json.startsWith("{\n  \"format\": \"loopscope-trace\""));
    EXPECT_TRUE(json.contains("\"id\": \"say_after_tasks\""));

    const QString broken = dir.filePath(QStringLiteral("broken.loopscope.json"));
    QFile b(broken);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write(json.left(json.size() / 2));
    b.close();
    bool ok = true;
    QMetaObject::invokeMethod(w.exporter, "openTrace", Q_RETURN_ARG(bool, ok),
                              Q_ARG(QUrl, QUrl::fromLocalFile(broken)));
    EXPECT_FALSE(ok);
    EXPECT_TRUE(w.exporter->property("failed").toBool());
    const QString status = w.exporter->property("status").toString();
    EXPECT_TRUE(status.startsWith(QStringLiteral("broken.loopscope.json: not valid JSON at line")))
        << status.toStdString();
    EXPECT_EQ(w.session->property("scenarioId").toString(), QStringLiteral("say_after_tasks"))
        << "the window keeps the run it had";

    QMetaObject::invokeMethod(w.exporter, "openTrace", Q_RETURN_ARG(bool, ok),
                              Q_ARG(QUrl, QUrl::fromLocalFile(saved)));
    EXPECT_TRUE(ok) << w.exporter->property("status").toString().toStdString();
    EXPECT_TRUE(w.session->property("hasTrace").toBool());
}

TEST(FileMenu, CopiesTheTimelineToTheClipboardAtTwiceItsSize) {
    Window w;
    ASSERT_NE(w.exporter, nullptr);
    ASSERT_TRUE(waitFor([&] { return w.session->property("hasTrace").toBool(); }));
    QObject *timeline = w.window->findChild<QObject *>(QStringLiteral("timeline"));
    ASSERT_NE(timeline, nullptr);
    auto *item = qobject_cast<QQuickItem *>(timeline);
    ASSERT_NE(item, nullptr);
    w.window->grabWindow(); // lays the window out, as showing it does
    ASSERT_TRUE(waitFor([&] { return item->height() > 100; })) << item->height();
    QGuiApplication::clipboard()->clear();
    QMetaObject::invokeMethod(w.exporter, "copyView",
                              Q_ARG(TimelineItem *, qobject_cast<TimelineItem *>(timeline)));
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull()) << "nothing on the clipboard";
    EXPECT_EQ(copied.size(), (item->size() * 2).toSize());
    EXPECT_GT(inkShare(copied), 0.05);
}
