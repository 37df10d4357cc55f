#include "appsetup.h"
#include "qt_printers.h"

#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

// Loads the main window as the app does and collects every QML warning on the way.
struct LoadedWindow {
    QQmlApplicationEngine engine;
    QStringList warnings;
    QQuickWindow *window = nullptr;

    LoadedWindow() {
        QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings << e.toString();
        });
        engine.load(QUrl(QString::fromLatin1(loopscope::mainQmlUrl)));
        if (engine.rootObjects().size() == 1)
            window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    }
};

} // namespace

TEST(MainWindow, LoadsAsAWindowTitledLoopscopeWithoutQmlWarnings) {
    LoadedWindow loaded;
    ASSERT_NE(loaded.window, nullptr) << "Main.qml did not create a window";
    EXPECT_EQ(loaded.window->title(), QStringLiteral("Loopscope"));
    EXPECT_TRUE(loaded.warnings.isEmpty()) << loaded.warnings.join(u'\n').toStdString();
}

TEST(MainWindow, OpensAtAProjectorFriendlyDefaultSize) {
    LoadedWindow loaded;
    ASSERT_NE(loaded.window, nullptr);
    EXPECT_EQ(loaded.window->size(), QSize(1440, 900));
}

TEST(MainWindow, HasTheScenarioTimelineAndTransportAreas) {
    LoadedWindow loaded;
    ASSERT_NE(loaded.window, nullptr);
    for (const char *name : {"scenarioPanel", "timelinePanel", "transport"}) {
        EXPECT_NE(loaded.window->findChild<QQuickItem *>(QString::fromLatin1(name)), nullptr)
            << "no item named " << name;
    }
}

TEST(MainWindow, ShowsItsTitleInRussianWhenTheUiLanguageIsRussian) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/loopscope_ru.qm")));
    QCoreApplication::installTranslator(&translator);
    LoadedWindow loaded;
    QCoreApplication::removeTranslator(&translator);
    ASSERT_NE(loaded.window, nullptr);
    // The window title stays the product's name; the panels speak Russian.
    auto *panel = loaded.window->findChild<QQuickItem *>(QStringLiteral("scenarioPanel"));
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->property("title").toString(), QStringLiteral("Сценарии"));
}

namespace {

// Waits, processing events, until `done` or the timeout.
template<class F>
bool waitFor(F done, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

TEST(MainWindow, OpensOnTheDefaultScenarioAlreadyRunWithTheCursorAtStepZero) {
    LoadedWindow loaded;
    ASSERT_NE(loaded.window, nullptr);
    QObject *found = nullptr;
    for (QObject *o : loaded.window->findChildren<QObject *>()) {
        if (QString::fromLatin1(o->metaObject()->className()) == QLatin1String("Session"))
            found = o;
    }
    ASSERT_NE(found, nullptr) << "the window has no Session";
    ASSERT_TRUE(waitFor([&] { return found->property("hasTrace").toBool(); }))
        << found->property("error").toString().toStdString();
    EXPECT_EQ(found->property("scenarioId").toString(), QStringLiteral("say_after_tasks"));
    EXPECT_EQ(found->property("cursor").toInt(), 0);
    EXPECT_GT(found->property("stepCount").toInt(), 0);
    EXPECT_TRUE(loaded.warnings.isEmpty()) << loaded.warnings.join(u'\n').toStdString();
}
