// main() for the GoogleTest binaries that need a QGuiApplication. gtest_discover_tests runs the
// binary to list its tests without the test's ENVIRONMENT, so the platform is chosen here: with no
// QT_QPA_PLATFORM set, tests run offscreen (Qt Quick's software renderer), never on a real screen.
#include "appsetup.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    loopscope::setApplicationIdentity();
    QGuiApplication app(argc, argv);
    loopscope::setQuickStyle();
    return RUN_ALL_TESTS();
}
