// What a scenario's C++ twin sees: its parameters, and how it is registered.
//
// A twin lives in scenarios/<id>/<id>.cpp, beside the listing it mirrors, and defines
//
//     namespace loopscope::twins::<id> {
//     Trace run(const Params &params, RunOptions options);
//     }
//
// which builds the listing's main() from the parameters and returns loopscope::run(main(...),
// std::move(options)). The catalogue generator finds the file and lists the twin; nothing else
// registers it, so a twin can never be silently missing from the build.
#pragma once

#include "loopscope/scenario_catalogue.hpp"

#include <loopscope/loopscope.hpp>

#include <map>
#include <string>
#include <string_view>

namespace loopscope::scenarios {

/// A scenario's parameters for one run: the listing's defaults with the user's changes applied.
class Params {
public:
    explicit Params(const ScenarioInfo &scenario);

    /// Changes one parameter from text as a user types it (`--set NAME=VALUE`). Returns an
    /// empty string when accepted, else why not (unknown name, not a number, out of range).
    std::string set(std::string_view name, std::string_view value);

    /// The value of a Float, Int or Seed parameter (a bug in the twin if it has no such name).
    double number(std::string_view name) const;
    long long integer(std::string_view name) const;
    /// The value of a Str parameter.
    const std::string &text(std::string_view name) const;

    /// The seed of `random` for this run: the Seed parameter if the scenario has one, else 0.
    std::uint64_t seed() const;

    /// The listing with every parameter's literal replaced by this run's value, line numbers
    /// unchanged (what pytrace runs and what the code panel shows).
    std::string listing() const;
    /// Name → Python literal, for the trace header.
    std::vector<std::pair<std::string, std::string>> literals() const;

private:
    struct Value {
        const ParamInfo *info;
        double number;
        std::string literal; // as written in the listing (Str: a Python string literal)
        std::string text;    // Str: the string itself
    };
    const Value &find(std::string_view name) const;

    const ScenarioInfo &m_scenario;
    std::map<std::string, Value, std::less<>> m_values;
};

using TwinRun = Trace (*)(const Params &params, RunOptions options);

/// The twin of a scenario, or nullptr when it has none yet.
TwinRun findTwin(std::string_view id);

/// Runs a scenario's twin with these parameters, filling the trace header from the catalogue.
/// Returns an empty optional-like Trace only through an exception: std::invalid_argument when
/// the scenario has no twin.
Trace runTwin(const ScenarioInfo &scenario, const Params &params, RunOptions options = {});

} // namespace loopscope::scenarios
