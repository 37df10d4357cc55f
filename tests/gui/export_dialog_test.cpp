// The File menu's export dialog in the real window, offscreen: it opens with a preview that
// draws the slide, and an export started from it writes the file off the GUI thread.
#include "appsetup.h"
#include "qt_printers.h"

#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
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
