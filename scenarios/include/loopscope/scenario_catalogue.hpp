// The built-in scenarios' metadata and listings, generated at build time from
// scenarios/<id>/meta.json and scenarios/<id>/<id>.py by tools/gen_scenario_catalogue.py.
// Plain C++ with no Qt: the app, the command line and the conformance runner all list from here.
#pragma once

#include <span>
#include <string_view>

namespace loopscope::scenarios {

/// A text in both languages of the course.
struct Text {
    std::string_view en;
    std::string_view ru;
};

enum class ParamKind {
    Float,
    Int,
    Str,
    Seed, // not a listing constant: the seed of `random` (pytrace's --seed)
};

/// A knob a user may turn before a run: a top-level UPPER_CASE literal of the listing.
struct ParamInfo {
    std::string_view name;
    ParamKind kind;
    double defaultValue; // for Float, Int and Seed
    double min;
    double max;
    std::string_view defaultText; // the literal exactly as the listing writes it
    Text label;
};

/// One value of a parameter set (the alternative set the conformance suite also runs).
struct ParamValue {
    std::string_view name;
    double value;          // numbers
    std::string_view text; // the value as a user would type it (`--set NAME=text`)
};

struct ScenarioInfo {
    std::string_view id;
    std::string_view category; // basics, combinators, timeouts, sync, threads, network, …
    int order;                 // position within the category
    std::span<const std::string_view> seeds;
    Text title;
    Text explanation;
    std::span<const ParamInfo> params;
    std::span<const ParamValue> altParams;
    double horizon;            // virtual seconds
    std::string_view fileName; // "<id>.py"
    std::string_view listing;  // the Python source, as shipped
};

/// Every built-in scenario, by category (in catalogue order) then order.
std::span<const ScenarioInfo> catalogue();

/// The scenario with this id, or nullptr.
const ScenarioInfo *findScenario(std::string_view id);

/// The categories in catalogue order, with their names in both languages.
struct CategoryInfo {
    std::string_view id;
    Text name;
};
std::span<const CategoryInfo> categories();

} // namespace loopscope::scenarios
