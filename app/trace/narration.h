// One plain-language sentence for the step at the cursor: which task ran, from which line, and
// how its step ended ("Task-3 · say_after runs line 11 `print(what)` and finishes.").
#pragma once

#include "tracedocument.h"

namespace loopscope::trace {

// The sentence for cursor k (k = 0: before the first step). Lines are quoted from the listing.
QString narrate(const TraceDocument &trace, std::size_t cursor);

} // namespace loopscope::trace
