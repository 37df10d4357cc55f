// A run in the Chrome trace event format (JSON), so it also opens in Perfetto (ui.perfetto.dev)
// and chrome://tracing: one track per task, the event loop and every executor thread as tracks,
// flow arrows for spawns, wake-ups, cancels and exceptions.
//
// Time: Perfetto's axis is Loopscope's (the window's): one task step is 1 ms, idle time between
// instants is drawn as the window draws it. Every slice carries the virtual time of its start in
// its args ("t", seconds), so nothing is lost; docs/chrome-trace.md has the details.
#pragma once

#include <QByteArray>
#include <QString>

namespace loopscope::trace {
class TraceDocument;
}

namespace loopscope::view {

struct TimelineScene;

QByteArray chromeTrace(const trace::TraceDocument &trace, const TimelineScene &scene,
                       const QString &title);

// Writes it atomically; "" on success, else one sentence for the user.
QString writeChromeTrace(const QString &path, const trace::TraceDocument &trace,
                         const TimelineScene &scene, const QString &title);

} // namespace loopscope::view
