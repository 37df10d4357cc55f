// scenario_trace: runs a scenario's C++ twin on the engine and writes its trace (JSON, see
// docs/trace-format.md). The conformance suite compares it with pytrace's trace of the listing.
//
//   scenario_trace ID [--alt] [--set NAME=VALUE]... [-o FILE]
//   scenario_trace --list      every scenario, and whether it has a twin
//
// Exit status: 0 written; 2 bad arguments; 3 the scenario has no twin yet.
#include "loopscope/twin.hpp"

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace loopscope::scenarios;

namespace {

int usage(const std::string &problem) {
    std::cerr << "scenario_trace: " << problem << "\n"
              << "usage: scenario_trace ID [--alt] [--set NAME=VALUE]... [-o FILE]\n"
              << "       scenario_trace --list\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && args[0] == "--list") {
        for (const ScenarioInfo &s : catalogue())
            std::cout << s.id << (findTwin(s.id) ? "\ttwin\n" : "\tno twin\n");
        return 0;
    }
    if (args.empty() || args[0].starts_with("-"))
        return usage("which scenario?");
    const ScenarioInfo *scenario = findScenario(args[0]);
    if (!scenario)
        return usage("no scenario " + args[0] + " (scenario_trace --list names them)");
    Params params(*scenario);
    std::string output;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--alt") {
            for (const ParamValue &v : scenario->altParams) {
                if (auto problem = params.set(v.name, v.text); !problem.empty())
                    return usage("meta.json's alt_params: " + problem);
            }
        } else if (args[i] == "--set" && i + 1 < args.size()) {
            const std::string &kv = args[++i];
            const auto eq = kv.find('=');
            if (eq == std::string::npos)
                return usage("--set wants NAME=VALUE, not " + kv);
            if (auto problem = params.set(kv.substr(0, eq), kv.substr(eq + 1)); !problem.empty())
                return usage(problem);
        } else if (args[i] == "-o" && i + 1 < args.size()) {
            output = args[++i];
        } else {
            return usage("unknown argument " + args[i]);
        }
    }
    if (!findTwin(scenario->id)) {
        std::cerr << "scenario_trace: the scenario " << scenario->id
                  << " has no C++ twin yet (scenarios/" << scenario->id << "/" << scenario->id
                  << ".cpp)\n";
        return 3;
    }
    const loopscope::Trace trace = runTwin(*scenario, params);
    if (output.empty()) {
        trace.writeJson(std::cout);
        return std::cout ? 0 : 1;
    }
    std::ofstream out(output, std::ios::binary);
    trace.writeJson(out);
    out.close();
    if (!out) {
        std::cerr << "scenario_trace: cannot write " << output << "\n";
        return 1;
    }
    return 0;
}
