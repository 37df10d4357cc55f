// run(main): asyncio.run on a fresh virtual-time loop, recording the trace.
#pragma once

#include "loopscope/combinators.hpp"

#include <memory>
#include <ostream>
#include <string>

namespace loopscope {

struct RunOptions {
    double horizon = 60.0;
    std::uint64_t stepLimit = 1'000'000;
    std::uint64_t seed = 0;
    bool record = true;
    /// Emit `line` events (twins that mark lines with at()).
    bool lines = true;
    ProgramInfo program;
    /// Streaming recorder sink (benchmarks): see Recorder::sink.
    std::function<void(const std::vector<Record> &, const std::vector<std::uint32_t> &)> sink;
};

/// The outcome of a run: the trace, and how main ended.
class Trace {
public:
    Status status() const { return m_rec->status(); }
    const Recorder &recorder() const { return *m_rec; }
    std::uint64_t steps() const { return m_steps; }
    double endTime() const { return m_endTime; }
    /// The trace file (docs/trace-format.md).
    void writeJson(std::ostream &out) const;
    std::string json() const;
    /// Every event as its JSON line, without seq (for tests).
    std::vector<std::string> eventLines() const;
    /// The printed lines, in order.
    std::vector<std::string> output() const;

private:
    friend Trace detail_run(std::coroutine_handle<>, detail::PromiseBase *, RunOptions);
    std::unique_ptr<Recorder> m_rec;
    RunOptions m_opts;
    std::uint64_t m_steps = 0;
    double m_endTime = 0;
};

Trace detail_run(std::coroutine_handle<> h, detail::PromiseBase *p, RunOptions opts);

/// asyncio.run(main()): runs main as Task-1; when it is done, the handles already ready still
/// run (run_until_complete stops after the iteration that runs its done-callback); then the
/// tasks still pending are cancelled by the loop and gathered (runners._cancel_all_tasks); then
/// loop.shutdown_asyncgens() and loop.shutdown_default_executor() each run as a task.
template<class T, bool L>
Trace run(BasicCoro<T, L> main, RunOptions opts = {}) {
    auto h = main.release();
    return detail_run(h, &h.promise(), std::move(opts));
}

} // namespace loopscope
