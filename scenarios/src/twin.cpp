#include "loopscope/twin.hpp"

#include <charconv>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace loopscope::scenarios {

namespace {

std::string pythonStringLiteral(std::string_view s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\\' || c == '\'')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "'";
}

// A Python literal's text as a string ('abc' or "abc"; the listing's own defaults only).
std::string unquote(std::string_view literal) {
    if (literal.size() >= 2 && (literal.front() == '\'' || literal.front() == '"'))
        return std::string(literal.substr(1, literal.size() - 2));
    return std::string(literal);
}

std::string numberLiteral(const ParamInfo &p, double value) {
    if (p.kind == ParamKind::Float)
        return floatRepr(value);
    return std::to_string(static_cast<long long>(value));
}

} // namespace

Params::Params(const ScenarioInfo &scenario)
    : m_scenario(scenario) {
    for (const ParamInfo &p : scenario.params) {
        Value v{&p, p.defaultValue, std::string(p.defaultText), {}};
        if (p.kind == ParamKind::Str)
            v.text = unquote(p.defaultText);
        m_values.emplace(std::string(p.name), std::move(v));
    }
}

std::string Params::set(std::string_view name, std::string_view value) {
    auto it = m_values.find(name);
    if (it == m_values.end()) {
        std::string known;
        for (const auto &[n, v] : m_values)
            known += (known.empty() ? "" : ", ") + n;
        return "the scenario " + std::string(m_scenario.id) + " has no parameter " +
               std::string(name) + " (its parameters: " + (known.empty() ? "none" : known) + ")";
    }
    Value &v = it->second;
    const ParamInfo &p = *v.info;
    if (p.kind == ParamKind::Str) {
        v.text = std::string(value);
        v.literal = pythonStringLiteral(value);
        return {};
    }
    double number = 0;
    const auto *end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, number);
    if (ec != std::errc() || ptr != end || !std::isfinite(number))
        return std::string(name) + " must be a number, not \"" + std::string(value) + "\"";
    if (p.kind != ParamKind::Float && number != std::floor(number))
        return std::string(name) + " must be a whole number, not " + std::string(value);
    if (number < p.min || number > p.max) {
        std::ostringstream msg;
        msg << name << " must lie between " << p.min << " and " << p.max << ", not " << value;
        return msg.str();
    }
    v.number = number;
    v.literal = numberLiteral(p, number);
    return {};
}

const Params::Value &Params::find(std::string_view name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) {
        throw std::logic_error("bug in the twin of " + std::string(m_scenario.id) +
                               ": it reads a parameter " + std::string(name) +
                               " that meta.json does not declare");
    }
    return it->second;
}

double Params::number(std::string_view name) const {
    return find(name).number;
}

long long Params::integer(std::string_view name) const {
    return static_cast<long long>(find(name).number);
}

const std::string &Params::text(std::string_view name) const {
    return find(name).text;
}

std::uint64_t Params::seed() const {
    for (const auto &[name, v] : m_values) {
        if (v.info->kind == ParamKind::Seed)
            return static_cast<std::uint64_t>(v.number);
    }
    return 0;
}

std::string Params::listing() const {
    // Each parameter stands alone on its line as `NAME = literal` at the top level (the
    // scenario tests check that), so replacing the literal keeps every line number.
    std::string out;
    std::string_view rest = m_scenario.listing;
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1);
        rest.remove_prefix(line.size());
        for (const auto &[name, v] : m_values) {
            const std::string head = name + " = ";
            // defaultText is the literal exactly as the listing spells it (the generator takes
            // it from the source), so the line is `NAME = <defaultText><rest>`.
            const std::string original = head + std::string(v.info->defaultText);
            if (v.info->kind != ParamKind::Seed && line.starts_with(original)) {
                out += head;
                out += v.literal;
                out += line.substr(original.size());
                line = {};
                break;
            }
        }
        out += line;
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> Params::literals() const {
    // In listing order, as pytrace writes them.
    std::vector<std::pair<std::string, std::string>> out;
    for (const ParamInfo &p : m_scenario.params) {
        if (p.kind == ParamKind::Seed)
            continue;
        const Value &v = m_values.at(std::string(p.name));
        if (p.kind == ParamKind::Str) {
            std::string json = "\"";
            for (char c : v.text) {
                if (c == '"' || c == '\\')
                    json += '\\';
                json += c;
            }
            out.emplace_back(p.name, json + "\"");
        } else {
            out.emplace_back(p.name, v.literal);
        }
    }
    return out;
}

Trace runTwin(const ScenarioInfo &scenario, const Params &params, RunOptions options) {
    const TwinRun twin = findTwin(scenario.id);
    if (!twin)
        throw std::invalid_argument("the scenario " + std::string(scenario.id) +
                                    " has no C++ twin yet");
    options.program.id = std::string(scenario.id);
    options.program.file = std::string(scenario.fileName);
    options.program.source = params.listing();
    options.program.params = params.literals();
    options.seed = params.seed();
    options.horizon = scenario.horizon;
    return twin(params, std::move(options));
}

} // namespace loopscope::scenarios
