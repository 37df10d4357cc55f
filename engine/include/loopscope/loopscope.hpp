// Everything a scenario twin needs: `#include <loopscope/loopscope.hpp>`.
#pragma once

#include "loopscope/combinators.hpp"
#include "loopscope/coro.hpp"
#include "loopscope/exceptions.hpp"
#include "loopscope/future.hpp"
#include "loopscope/loop.hpp"
#include "loopscope/random.hpp"
#include "loopscope/run.hpp"
#include "loopscope/sync.hpp"
#include "loopscope/task.hpp"
#include "loopscope/trace.hpp"
#include "loopscope/value.hpp"
