#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

#include <vector>

namespace loopscope::scenarios {
struct ScenarioInfo;
}

// The scenario picker's list: the built-in catalogue grouped by category, filtered by a search
// text, with titles and explanations in the UI language (English or Russian).
class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        CategoryNameRole,
        TitleRole,
        ExplanationRole,
        FileNameRole,
    };
    Q_ENUM(Role)

    explicit ScenarioListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // The row of a scenario id in the filtered list, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const;
    // The id at a row of the filtered list, or an empty string.
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void filterChanged();
    void languageChanged();
    void countChanged();

private:
    void rebuild();
    QString text(std::string_view en, std::string_view ru) const;

    QString m_filter;
    QString m_language = QStringLiteral("en");
    std::vector<const loopscope::scenarios::ScenarioInfo *> m_rows;
};

// The parameters of one scenario, editable before a run. Values are validated against each
// parameter's kind and range; `values` is what a run uses (only the changed ones).
class ParameterModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString scenario READ scenario WRITE setScenario NOTIFY scenarioChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY scenarioChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY valuesChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LabelRole,
        KindRole, // "float", "int", "str", "seed"
        ValueRole,
        DefaultRole,
        MinimumRole,
        MaximumRole,
    };
    Q_ENUM(Role)

    explicit ParameterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString scenario() const { return m_scenario; }
    void setScenario(const QString &id);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool modified() const;

    // Sets a parameter from what the user typed. Returns an empty string when accepted, else a
    // sentence that says what is wrong (the value is then left as it was).
    Q_INVOKABLE QString setValue(int row, const QVariant &value);
    Q_INVOKABLE void resetToDefaults();
    // Name → value of every parameter that differs from its default.
    Q_INVOKABLE QVariantMap values() const;

signals:
    void scenarioChanged();
    void languageChanged();
    void valuesChanged();

private:
    QString m_scenario;
    QString m_language = QStringLiteral("en");
    const loopscope::scenarios::ScenarioInfo *m_info = nullptr;
    std::vector<QVariant> m_values;
};

namespace loopscope {
namespace scenarios {
struct ParamInfo;
}
// Checks a value for a parameter (from the window or from `--set NAME=VALUE`). On success
// returns an empty string and stores the value in its proper type in *accepted; otherwise a
// sentence for the user naming the parameter, the value and the range.
QString checkParameterValue(const scenarios::ParamInfo &param, const QVariant &value,
                            QVariant *accepted);
} // namespace loopscope
