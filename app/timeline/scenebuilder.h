// Lays a trace out on the timeline's axis: TimelineScene from TraceDocument. It reads the trace
// only; every state it shows is one the trace recorded.
#pragma once

#include "timelinescene.h"

namespace loopscope::trace {
class TraceDocument;
struct Event;
} // namespace loopscope::trace

namespace loopscope::view {

enum class AxisMode : std::uint8_t {
    // Each busy instant is widened so its steps read left to right in execution order; idle time
    // stays proportional, and long idle stretches are compressed behind a visible break.
    Instants,
    // Purely proportional virtual time: the steps of one instant stack at one x.
    Proportional,
    // One column per task step, whatever the time between them.
    Steps,
};

TimelineScene buildScene(const trace::TraceDocument &trace, AxisMode mode = AxisMode::Instants);

// What a yield event waits on, as the timeline labels it: "sleep until 2 s", "await Task-2".
QString waitLabel(const trace::TraceDocument &trace, const trace::Event &yield);

} // namespace loopscope::view
