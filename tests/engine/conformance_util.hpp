// Helpers for the golden-trace tests: a twin's compared events against CPython's.
#pragma once

#include <loopscope/loopscope.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace golden {

/// The events tracediff compares (no seq, no timer/idle, no error; with the loop's internals
/// iter/sched/run), as JSON lines.
inline std::vector<std::string> compared(const loopscope::Trace &t) {
    std::vector<std::string> out;
    for (const std::string &line : t.eventLines()) {
        if (line.find("\"ev\": \"timer\"") != std::string::npos ||
            line.find("\"ev\": \"idle\"") != std::string::npos ||
            line.find("\"ev\": \"error\"") != std::string::npos)
            continue;
        auto pos = line.find(", \"traceback\": null");
        out.push_back(pos == std::string::npos ? line : line.substr(0, pos) + "}");
    }
    return out;
}

/// tests/engine/golden/<name>.txt: CPython's events for programs/<name>.py (make_golden.py).
inline std::vector<std::string> load(const std::string &name) {
    std::ifstream in(std::string(LOOPSCOPE_GOLDEN_DIR) + "/" + name + ".txt");
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

/// The error events as sorted "kind task" lines (tracediff compares them as a multiset).
inline std::vector<std::string> errors(const loopscope::Trace &t) {
    std::vector<std::string> out;
    for (const std::string &line : t.eventLines()) {
        auto k = line.find("\"kind\": \"");
        if (line.find("\"ev\": \"error\"") == std::string::npos || k == std::string::npos)
            continue;
        auto kEnd = line.find('"', k + 9);
        std::string kind = line.substr(k + 9, kEnd - k - 9);
        auto tp = line.find("\"task\": ", kEnd);
        std::string task = line.substr(tp + 8, line.find(',', tp) - tp - 8);
        out.push_back(kind + " " + (task == "null" ? "None" : task));
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<std::string> loadErrors(const std::string &name) {
    std::ifstream in(std::string(LOOPSCOPE_GOLDEN_DIR) + "/" + name + ".errors");
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

/// Fails with the first difference and a few events of context; also checks the error events
/// (as a multiset) and that every coroutine frame was freed.
inline void expectSameAsCPython(const std::string &name, const loopscope::Trace &t) {
    EXPECT_EQ(loopscope::liveFrames(), 0u) << "coroutine frames left alive";
    EXPECT_EQ(errors(t), loadErrors(name)) << name << ": error events differ";
    auto want = load(name);
    auto got = compared(t);
    ASSERT_FALSE(want.empty()) << "no golden file for " << name;
    std::size_t n = std::min(want.size(), got.size());
    std::size_t i = 0;
    while (i < n && want[i] == got[i])
        ++i;
    if (i == n && want.size() == got.size())
        return;
    std::string ctx;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k)
        ctx += "    " + want[k] + "\n";
    ADD_FAILURE() << name << ": first difference at compared event " << i << "\n"
                  << ctx << "  CPython: " << (i < want.size() ? want[i] : "<end>") << "\n"
                  << "  engine:  " << (i < got.size() ? got[i] : "<end>") << "\n"
                  << "  (CPython " << want.size() << " events, engine " << got.size() << ")";
}

inline loopscope::RunOptions options(const std::string &name) {
    loopscope::RunOptions o;
    o.program.id = name;
    o.program.file = name + ".py";
    return o;
}

} // namespace golden
