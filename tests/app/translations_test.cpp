#include "appsetup.h"
#include "qt_printers.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTranslator>
#include <gtest/gtest.h>

TEST(Translations, RussianIsShippedInsideTheApp) {
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/loopscope_ru.qm")));
    EXPECT_FALSE(translator.isEmpty());
}

TEST(Translations, RussianUiLanguageTranslatesTheWindowsStrings) {
    const QString language =
        loopscope::installTranslations(*QCoreApplication::instance(), QStringLiteral("ru_RU"));
    EXPECT_EQ(language, QStringLiteral("ru"));
    EXPECT_EQ(QCoreApplication::translate("Main", "Event loop"), QStringLiteral("Цикл событий"));
    // The other tests of this binary expect English: take the Russian translator out again
    // (installTranslations parents it to the application).
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    EXPECT_EQ(QCoreApplication::translate("Main", "Event loop"), QStringLiteral("Event loop"));
}

TEST(Translations, AnUnknownLanguageFallsBackToEnglish) {
    EXPECT_EQ(loopscope::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")),
              QStringLiteral("en"));
}
