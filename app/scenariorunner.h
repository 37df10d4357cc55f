// Runs a built-in scenario and returns its trace file: its C++ twin on the engine when it has
// one, else its listing under pytrace (CPython on a virtual clock). Blocking: call it off the GUI
// thread. Used by the window's Session and by the command line.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace loopscope {
namespace scenarios {
struct ScenarioInfo;
}

// `values`: the parameters a user changed (name → value as typed). On failure returns an empty
// array and sets *error to one sentence (a bad parameter, CPython failing).
QByteArray traceScenario(const scenarios::ScenarioInfo &scenario, const QVariantMap &values,
                         QString *error);

} // namespace loopscope
