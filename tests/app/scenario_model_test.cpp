// The scenario picker's models: catalogue order, search in both languages, parameters checked
// against their ranges before a run.
#include "qt_printers.h"
#include "scenariomodel.h"

#include "loopscope/scenario_catalogue.hpp"

#include <gtest/gtest.h>

namespace {

QString titleAt(const ScenarioListModel &m, int row) {
    return m.data(m.index(row), ScenarioListModel::TitleRole).toString();
}

int rowOfParameter(const ParameterModel &m, const QString &name) {
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.data(m.index(row), ParameterModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST(ScenarioListModel, ListsTheWholeCatalogueStartingWithTheBasics) {
    ScenarioListModel model;
    EXPECT_EQ(model.rowCount(), static_cast<int>(loopscope::scenarios::catalogue().size()));
    EXPECT_EQ(model.idAt(0), QStringLiteral("hello"));
    EXPECT_EQ(model.data(model.index(0), ScenarioListModel::CategoryNameRole).toString(),
              QStringLiteral("Basics"));
}

TEST(ScenarioListModel, SpeaksRussianWhenTheLanguageIsRussian) {
    ScenarioListModel model;
    model.setLanguage(QStringLiteral("ru"));
    EXPECT_EQ(model.data(model.index(0), ScenarioListModel::CategoryNameRole).toString(),
              QStringLiteral("Основы"));
    const auto *hello = loopscope::scenarios::findScenario("hello");
    ASSERT_NE(hello, nullptr);
    EXPECT_EQ(titleAt(model, 0), QString::fromUtf8(hello->title.ru.data(),
                                                   static_cast<qsizetype>(hello->title.ru.size())));
}

TEST(ScenarioListModel, SearchMatchesEveryWordInEitherLanguage) {
    ScenarioListModel model;
    model.setFilter(QStringLiteral("wait_for"));
    EXPECT_GE(model.rowOf(QStringLiteral("wait_for_timeout")), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("hello")), -1);

    model.setFilter(QStringLiteral("Синхронизация"));
    EXPECT_GE(model.rowOf(QStringLiteral("lock")), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("gather_error")), -1);

    model.setFilter(QStringLiteral("zzzz nothing"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilter(QString());
    EXPECT_EQ(model.rowCount(), static_cast<int>(loopscope::scenarios::catalogue().size()));
}

TEST(ParameterModel, StartsFromTheListingsDefaults) {
    ParameterModel model;
    model.setScenario(QStringLiteral("say_after_tasks"));
    const int row = rowOfParameter(model, QStringLiteral("DELAY_HELLO"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row), ParameterModel::ValueRole),
              model.data(model.index(row), ParameterModel::DefaultRole));
    EXPECT_FALSE(model.modified());
    EXPECT_TRUE(model.values().isEmpty());
}

TEST(ParameterModel, AcceptsAValueInRangeAndReportsOnlyChangedValues) {
    ParameterModel model;
    model.setScenario(QStringLiteral("wait_for_timeout"));
    const int row = rowOfParameter(model, QStringLiteral("TIMEOUT"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row), ParameterModel::KindRole).toString(),
              QStringLiteral("float"));
    EXPECT_EQ(model.setValue(row, QStringLiteral("3.5")), QString());
    EXPECT_TRUE(model.modified());
    EXPECT_EQ(model.values().value(QStringLiteral("TIMEOUT")).toDouble(), 3.5);
    EXPECT_EQ(model.values().size(), 1);
    model.resetToDefaults();
    EXPECT_FALSE(model.modified());
}

TEST(ParameterModel, RejectsNonsenseWithASentenceAndKeepsTheOldValue) {
    ParameterModel model;
    model.setScenario(QStringLiteral("say_after_tasks"));
    const int row = rowOfParameter(model, QStringLiteral("DELAY_HELLO"));
    ASSERT_GE(row, 0);
    const QVariant before = model.data(model.index(row), ParameterModel::ValueRole);
    for (const char *bad : {"abc", "-1", "1e9", "nan", ""}) {
        const QString problem = model.setValue(row, QString::fromLatin1(bad));
        EXPECT_TRUE(problem.contains(QStringLiteral("DELAY_HELLO")))
            << bad << ": " << problem.toStdString();
        EXPECT_EQ(model.data(model.index(row), ParameterModel::ValueRole), before) << bad;
    }
}

TEST(ParameterModel, WholeNumberParametersRefuseFractions) {
    const auto *s = loopscope::scenarios::findScenario("gather_random");
    ASSERT_NE(s, nullptr);
    ParameterModel model;
    model.setScenario(QStringLiteral("gather_random"));
    const int row = rowOfParameter(model, QStringLiteral("MAX_DELAY"));
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model.setValue(row, QStringLiteral("2.5")).isEmpty());
    EXPECT_EQ(model.setValue(row, QStringLiteral("2")), QString());
    EXPECT_EQ(model.values().value(QStringLiteral("MAX_DELAY")).toLongLong(), 2);
}

TEST(ParameterModel, AnUnknownScenarioHasNoParameters) {
    ParameterModel model;
    model.setScenario(QStringLiteral("no_such_scenario"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.setValue(0, QStringLiteral("1")).isEmpty());
}
