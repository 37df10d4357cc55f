// Preferences: what the window remembers between runs, read back from the settings file.
#include "appsetup.h"
#include "qt_printers.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct PreferencesTest : ::testing::Test {
    QTemporaryDir dir;
    QString file() const { return dir.filePath(QStringLiteral("loopscope.ini")); }
};

} // namespace

TEST_F(PreferencesTest, AFreshInstallOpensOnTheDefaultScenarioFollowingTheSystemTheme) {
    Preferences p(file());
    EXPECT_EQ(p.lastScenario(), QStringLiteral("say_after_tasks"));
    EXPECT_EQ(p.theme(), QStringLiteral("system"));
    EXPECT_EQ(p.dark(), p.systemDark());
    EXPECT_EQ(p.speed(), Preferences::defaultSpeed);
    EXPECT_FALSE(p.presentation());
    EXPECT_FALSE(p.geometry().isValid());
    EXPECT_TRUE(p.splitState().isEmpty());
    EXPECT_EQ(p.axisMode(), 0);
}

TEST_F(PreferencesTest, EverySettingWrittenIsReadBackByTheNextRun) {
    {
        Preferences p(file());
        p.setLastScenario(QStringLiteral("taskgroup_errors"));
        p.setTheme(QStringLiteral("dark"));
        p.setGeometry(QRect(40, 30, 1280, 800));
        p.setMaximized(true);
        p.setSplitState(QByteArray("\x01\x02split", 7));
        p.setSpeed(8);
        p.setPresentation(true);
        p.setPanelsInPresentation(true);
        p.setAxisMode(2);
        p.setSideTab(3);
    } // written on destruction, as when the app quits
    Preferences next(file());
    EXPECT_EQ(next.lastScenario(), QStringLiteral("taskgroup_errors"));
    EXPECT_EQ(next.theme(), QStringLiteral("dark"));
    EXPECT_TRUE(next.dark());
    EXPECT_EQ(next.geometry(), QRect(40, 30, 1280, 800));
    EXPECT_TRUE(next.maximized());
    EXPECT_EQ(next.splitState(), QByteArray("\x01\x02split", 7));
    EXPECT_EQ(next.speed(), 8);
    EXPECT_TRUE(next.presentation());
    EXPECT_TRUE(next.panelsInPresentation());
    EXPECT_EQ(next.axisMode(), 2);
    EXPECT_EQ(next.sideTab(), 3);
}

TEST_F(PreferencesTest, ALightThemeIsLightWhateverTheSystemSays) {
    Preferences p(file());
    p.setTheme(QStringLiteral("light"));
    EXPECT_FALSE(p.dark());
    p.setTheme(QStringLiteral("dark"));
    EXPECT_TRUE(p.dark());
}

TEST_F(PreferencesTest, BrokenOrOutOfRangeValuesGiveTheDefaults) {
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("session/scenario"), QStringLiteral("no_such_scenario"));
        raw.setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
        raw.setValue(QStringLiteral("playback/speed"), QStringLiteral("fast"));
        raw.setValue(QStringLiteral("window/geometry"), QRect(0, 0, 10, 10));
        raw.setValue(QStringLiteral("view/axis"), 7);
        raw.setValue(QStringLiteral("view/sideTab"), -1);
    }
    Preferences p(file());
    EXPECT_EQ(p.lastScenario(), QStringLiteral("say_after_tasks"));
    EXPECT_EQ(p.theme(), QStringLiteral("system"));
    EXPECT_EQ(p.speed(), Preferences::defaultSpeed);
    EXPECT_FALSE(p.geometry().isValid());
    EXPECT_EQ(p.axisMode(), 0);
    EXPECT_EQ(p.sideTab(), 0);
}

TEST_F(PreferencesTest, SpeedIsKeptWithinWhatPlaybackCanShow) {
    Preferences p(file());
    p.setSpeed(1000);
    EXPECT_EQ(p.speed(), Preferences::maxSpeed);
    p.setSpeed(0);
    EXPECT_EQ(p.speed(), Preferences::minSpeed);
    p.setTheme(QStringLiteral("sepia"));
    EXPECT_EQ(p.theme(), QStringLiteral("system"));
}
