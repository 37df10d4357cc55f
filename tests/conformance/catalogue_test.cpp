// The generated scenario catalogue holds exactly the course's scenarios (shared/SCENARIOS.md),
// in catalogue order, each with both languages, a listing, and sane parameters.
#include "loopscope/scenario_catalogue.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace loopscope::scenarios;

namespace {

// The ids of shared/SCENARIOS.md's table, in its order.
const std::vector<std::string> courseScenarios = {"hello",
                                                  "daemon_workers",
                                                  "coro_vs_task",
                                                  "say_after_sequential",
                                                  "say_after_tasks",
                                                  "rocket",
                                                  "compute_print_sum",
                                                  "sleep_internals",
                                                  "hello_goodbye",
                                                  "sleep0",
                                                  "gather_random",
                                                  "gather_factorial",
                                                  "gather_error",
                                                  "gather_return_exceptions",
                                                  "wait_all",
                                                  "wait_first_completed",
                                                  "wait_timeout",
                                                  "wait_first_exception",
                                                  "as_completed",
                                                  "taskgroup",
                                                  "taskgroup_errors",
                                                  "wait_for_timeout",
                                                  "timeout_block",
                                                  "graceful_cancel",
                                                  "cancel_cleanup_wait_for",
                                                  "shield_cancel",
                                                  "shield_wait_for",
                                                  "manual_shutdown",
                                                  "lock",
                                                  "semaphore",
                                                  "event",
                                                  "condition",
                                                  "barrier",
                                                  "queue_crawler",
                                                  "run_in_executor",
                                                  "to_thread",
                                                  "blocking_call",
                                                  "subprocess_stream",
                                                  "echo_server",
                                                  "check_domains",
                                                  "generator_round_robin",
                                                  "forgot_await",
                                                  "exception_never_retrieved"};

} // namespace

TEST(ScenarioCatalogue, HoldsEveryScenarioOfTheCourseInCatalogueOrder) {
    std::vector<std::string> ids;
    for (const ScenarioInfo &s : catalogue())
        ids.emplace_back(s.id);
    EXPECT_EQ(ids, courseScenarios);
}

TEST(ScenarioCatalogue, FindsAScenarioByIdAndNothingForAnUnknownId) {
    const ScenarioInfo *s = findScenario("say_after_tasks");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->fileName, "say_after_tasks.py");
    EXPECT_NE(s->listing.find("asyncio.run(main())"), std::string_view::npos);
    EXPECT_EQ(findScenario("no_such_scenario"), nullptr);
}

TEST(ScenarioCatalogue, EveryScenarioSpeaksEnglishAndRussian) {
    for (const ScenarioInfo &s : catalogue()) {
        SCOPED_TRACE(std::string(s.id));
        EXPECT_FALSE(s.title.en.empty());
        EXPECT_FALSE(s.title.ru.empty());
        EXPECT_FALSE(s.explanation.en.empty());
        EXPECT_FALSE(s.explanation.ru.empty());
        for (const ParamInfo &p : s.params) {
            EXPECT_FALSE(p.label.en.empty()) << p.name;
            EXPECT_FALSE(p.label.ru.empty()) << p.name;
        }
    }
}

TEST(ScenarioCatalogue, EveryCategoryIsKnownAndNamedInBothLanguages) {
    std::set<std::string_view> known;
    for (const CategoryInfo &c : categories()) {
        EXPECT_FALSE(c.name.en.empty());
        EXPECT_FALSE(c.name.ru.empty());
        known.insert(c.id);
    }
    for (const ScenarioInfo &s : catalogue())
        EXPECT_TRUE(known.count(s.category)) << s.id << ": " << s.category;
}

TEST(ScenarioCatalogue, NumericDefaultsLieInTheirRangesAndAlternativesDiffer) {
    for (const ScenarioInfo &s : catalogue()) {
        SCOPED_TRACE(std::string(s.id));
        for (const ParamInfo &p : s.params) {
            if (p.kind == ParamKind::Str)
                continue;
            EXPECT_LE(p.min, p.defaultValue) << p.name;
            EXPECT_LE(p.defaultValue, p.max) << p.name;
        }
        EXPECT_EQ(s.params.empty(), s.altParams.empty())
            << "a scenario with parameters needs an alternative set for the conformance suite";
        for (const ParamValue &v : s.altParams) {
            bool known = false;
            for (const ParamInfo &p : s.params) {
                if (p.name == v.name) {
                    known = true;
                    if (p.kind != ParamKind::Str) {
                        EXPECT_GE(v.value, p.min) << v.name;
                        EXPECT_LE(v.value, p.max) << v.name;
                    }
                }
            }
            EXPECT_TRUE(known) << "alternative value for an unknown parameter " << v.name;
        }
    }
}
