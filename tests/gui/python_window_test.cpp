// The window with a program of the user's: opened as `loopscope --python` and File > Open Python
// program… open it (Main.qml's openProgram), shown as a built-in scenario is, and a bad one
// answered in the window itself: the banner, the line marked in the code panel, the footer.
#include "appsetup.h"
#include "qt_printers.h"
#include "session.h"

#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString programs = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/");

template<class F>
bool waitUntil(F done, int timeoutMs = 60000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// Delegates of a view have no QObject parent: walk the visual tree.
void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> *found) {
    if (item->objectName() == name)
        found->append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, name, found);
}

class ProgramWindow : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        QSettings().setValue(QStringLiteral("python/timeLimit"), 120); // a busy machine
        QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings << e.toString();
        });
    }

    // Loads Main.qml as main() does for `loopscope --python PATH`.
    void load(const QString &path) {
        engine.setInitialProperties(
            {{QStringLiteral("initialProgram"), QVariantMap{{QStringLiteral("path"), path}}}});
        engine.load(QUrl(QString::fromLatin1(loopscope::mainQmlUrl)));
        ASSERT_EQ(engine.rootObjects().size(), 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        ASSERT_NE(window, nullptr);
        session = window->findChild<Session *>();
        ASSERT_NE(session, nullptr);
        ASSERT_TRUE(waitUntil([&] { return !session->programPath().isEmpty(); }));
    }

    QQuickItem *item(const char *name) const {
        return window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    QTemporaryDir settingsDir;
    QQmlApplicationEngine engine;
    QStringList warnings;
    QQuickWindow *window = nullptr;
    Session *session = nullptr;
};

} // namespace

TEST_F(ProgramWindow, OpensAProgramFromTheCommandLineLikeABuiltInScenario) {
    load(programs + QStringLiteral("coffee_orders.py"));
    EXPECT_TRUE(session->hasTrace());
    EXPECT_GT(session->stepCount(), 0);
    EXPECT_TRUE(item("codeView")
                    ->property("source")
                    .toString()
                    .startsWith(QStringLiteral("\"\"\"Two baristas")));
    EXPECT_FALSE(item("programBanner")->isVisible()) << "a program that finished has no banner";
    EXPECT_FALSE(item("runningOverlay")->isVisible());
    // The picker selects no scenario while the program is shown.
    EXPECT_EQ(item("scenarioPanel")->property("currentId").toString(), QString());
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
}

TEST_F(ProgramWindow, ShowsASyntaxErrorInTheBannerTheCodePanelAndTheFooter) {
    load(programs + QStringLiteral("coffee_orders.py"));
    // What File > Open Python program…, Recent programs and a drop call.
    QMetaObject::invokeMethod(window, "openProgram",
                              Q_ARG(QVariant, programs + QStringLiteral("syntax_error.py")),
                              Q_ARG(QVariant, QVariant()));
    ASSERT_TRUE(waitUntil([&] { return session->fileName() == QLatin1String("syntax_error.py"); }));
    ASSERT_TRUE(waitUntil([&] { return item("programBanner")->isVisible(); }, 5000));
    EXPECT_EQ(item("outcomeHeadline")->property("text").toString(),
              QStringLiteral("Syntax error at line 6: '(' was never closed"));
    EXPECT_EQ(item("narration")->property("text").toString(),
              QStringLiteral("Syntax error at line 6: '(' was never closed"));
    EXPECT_EQ(item("codeView")->property("errorLine").toInt(), 6);
    bool marked = false;
    QList<QQuickItem *> labels;
    collect(item("codeView"), QStringLiteral("codeErrorLabel"), &labels);
    for (QQuickItem *label : labels)
        marked = marked || (label->isVisible() && label->property("text").toString().contains(
                                                      QStringLiteral("was never closed")));
    EXPECT_TRUE(marked) << "no visible message under line 6 of the code panel";
    // Both programs are in Recent programs, newest first.
    QObject *settings = nullptr;
    for (QObject *o : window->findChildren<QObject *>()) {
        if (QString::fromLatin1(o->metaObject()->className()) == QLatin1String("ProgramSettings"))
            settings = o;
    }
    ASSERT_NE(settings, nullptr);
    const QStringList recent = settings->property("recentPrograms").toStringList();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_TRUE(recent[0].endsWith(QStringLiteral("/syntax_error.py")));
    EXPECT_TRUE(recent[1].endsWith(QStringLiteral("/coffee_orders.py")));
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
}

TEST_F(ProgramWindow, ShowsTheTracebackInTheConsoleAtTheEnd) {
    load(programs + QStringLiteral("raises_midway.py"));
    session->toEnd();
    QCoreApplication::processEvents();
    EXPECT_TRUE(item("consoleTraceback")
                    ->property("text")
                    .toString()
                    .endsWith(QStringLiteral("LookupError: no such key: 7")));
    session->toStart();
    QCoreApplication::processEvents();
    EXPECT_EQ(item("consoleView")->property("tracebackText").toString(), QString());
}
