#include "scenariomodel.h"

#include "loopscope/scenario_catalogue.hpp"

#include <QCoreApplication>

#include <cmath>

using loopscope::scenarios::ParamInfo;
using loopscope::scenarios::ParamKind;
using loopscope::scenarios::ScenarioInfo;

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString pick(const QString &language, std::string_view en, std::string_view ru) {
    return qs(language == QLatin1String("ru") ? ru : en);
}

QString categoryName(std::string_view id, const QString &language) {
    for (const auto &c : loopscope::scenarios::categories()) {
        if (c.id == id)
            return pick(language, c.name.en, c.name.ru);
    }
    return qs(id);
}

const char *kindName(ParamKind kind) {
    switch (kind) {
    case ParamKind::Float:
        return "float";
    case ParamKind::Int:
        return "int";
    case ParamKind::Str:
        return "str";
    case ParamKind::Seed:
        return "seed";
    }
    return "float";
}

QVariant defaultValue(const ParamInfo &p) {
    switch (p.kind) {
    case ParamKind::Str:
        return qs(p.defaultText);
    case ParamKind::Int:
    case ParamKind::Seed:
        return static_cast<qlonglong>(p.defaultValue);
    case ParamKind::Float:
        break;
    }
    return p.defaultValue;
}

} // namespace

QString loopscope::checkParameterValue(const ParamInfo &param, const QVariant &value,
                                       QVariant *accepted) {
    const QString name = qs(param.name);
    if (param.kind == ParamKind::Str) {
        *accepted = value.toString();
        return {};
    }
    bool ok = false;
    const QString text = value.toString().trimmed();
    const double number =
        value.typeId() == QMetaType::QString ? text.toDouble(&ok) : value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return QCoreApplication::translate("Parameters", "%1 must be a number, not “%2”.")
            .arg(name, value.toString());
    }
    const bool integral = param.kind != ParamKind::Float;
    if (integral && number != std::floor(number)) {
        return QCoreApplication::translate("Parameters", "%1 must be a whole number, not %2.")
            .arg(name, value.toString());
    }
    if (number < param.min || number > param.max) {
        return QCoreApplication::translate("Parameters", "%1 must lie between %2 and %3, not %4.")
            .arg(name, QString::number(param.min), QString::number(param.max), value.toString());
    }
    *accepted = integral ? QVariant(static_cast<qlonglong>(number)) : QVariant(number);
    return {};
}

// --- ScenarioListModel ----------------------------------------------------------------------

ScenarioListModel::ScenarioListModel(QObject *parent)
    : QAbstractListModel(parent) {
    rebuild();
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString ScenarioListModel::text(std::string_view en, std::string_view ru) const {
    return pick(m_language, en, ru);
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScenarioInfo &s = *m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return qs(s.id);
    case CategoryRole:
        return qs(s.category);
    case CategoryNameRole:
        return categoryName(s.category, m_language);
    case Qt::DisplayRole:
    case TitleRole:
        return text(s.title.en, s.title.ru);
    case ExplanationRole:
        return text(s.explanation.en, s.explanation.ru);
    case FileNameRole:
        return qs(s.fileName);
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const {
    return {{IdRole, "scenarioId"},
            {CategoryRole, "category"},
            {CategoryNameRole, "categoryName"},
            {TitleRole, "title"},
            {ExplanationRole, "explanation"},
            {FileNameRole, "fileName"}};
}

void ScenarioListModel::setFilter(const QString &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    emit filterChanged();
}

void ScenarioListModel::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
    emit languageChanged();
}

void ScenarioListModel::rebuild() {
    // Every word of the search must appear in the id, the title or the explanation, in either
    // language: a Russian-speaking student may type an English API name and the reverse.
    const QStringList words = m_filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    beginResetModel();
    m_rows.clear();
    for (const ScenarioInfo &s : loopscope::scenarios::catalogue()) {
        const QString haystack = QStringList{qs(s.id),
                                             qs(s.title.en),
                                             qs(s.title.ru),
                                             qs(s.explanation.en),
                                             qs(s.explanation.ru),
                                             categoryName(s.category, QStringLiteral("en")),
                                             categoryName(s.category, QStringLiteral("ru"))}
                                     .join(QLatin1Char('\n'));
        bool match = true;
        for (const QString &w : words)
            match = match && haystack.contains(w, Qt::CaseInsensitive);
        if (match)
            m_rows.push_back(&s);
    }
    endResetModel();
    emit countChanged();
}

int ScenarioListModel::rowOf(const QString &id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (qs(m_rows[i]->id) == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString ScenarioListModel::idAt(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return qs(m_rows[static_cast<std::size_t>(row)]->id);
}

// --- ParameterModel -------------------------------------------------------------------------

ParameterModel::ParameterModel(QObject *parent)
    : QAbstractListModel(parent) {}

int ParameterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_info ? 0 : static_cast<int>(m_info->params.size());
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const ParamInfo &p = m_info->params[row];
    switch (role) {
    case NameRole:
        return qs(p.name);
    case Qt::DisplayRole:
    case LabelRole:
        return pick(m_language, p.label.en, p.label.ru);
    case KindRole:
        return QString::fromLatin1(kindName(p.kind));
    case ValueRole:
        return m_values[row];
    case DefaultRole:
        return defaultValue(p);
    case MinimumRole:
        return p.min;
    case MaximumRole:
        return p.max;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParameterModel::roleNames() const {
    return {{NameRole, "name"},      {LabelRole, "label"},          {KindRole, "kind"},
            {ValueRole, "value"},    {DefaultRole, "defaultValue"}, {MinimumRole, "minimum"},
            {MaximumRole, "maximum"}};
}

void ParameterModel::setScenario(const QString &id) {
    if (id == m_scenario)
        return;
    beginResetModel();
    m_scenario = id;
    m_info = loopscope::scenarios::findScenario(id.toStdString());
    m_values.clear();
    if (m_info) {
        for (const ParamInfo &p : m_info->params)
            m_values.push_back(defaultValue(p));
    }
    endResetModel();
    emit scenarioChanged();
    emit valuesChanged();
}

void ParameterModel::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {LabelRole, Qt::DisplayRole});
    emit languageChanged();
}

QString ParameterModel::setValue(int row, const QVariant &value) {
    if (row < 0 || row >= rowCount())
        return QCoreApplication::translate("Parameters", "There is no such parameter.");
    const auto r = static_cast<std::size_t>(row);
    QVariant accepted;
    const QString problem = loopscope::checkParameterValue(m_info->params[r], value, &accepted);
    if (!problem.isEmpty())
        return problem;
    if (accepted != m_values[r]) {
        m_values[r] = accepted;
        emit dataChanged(index(row), index(row), {ValueRole});
        emit valuesChanged();
    }
    return {};
}

void ParameterModel::resetToDefaults() {
    if (!m_info)
        return;
    for (std::size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = defaultValue(m_info->params[i]);
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {ValueRole});
    emit valuesChanged();
}

bool ParameterModel::modified() const {
    return !values().isEmpty();
}

QVariantMap ParameterModel::values() const {
    QVariantMap changed;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const ParamInfo &p = m_info->params[i];
        if (m_values[i] != defaultValue(p))
            changed.insert(qs(p.name), m_values[i]);
    }
    return changed;
}
