#include "loopscope/trace.hpp"
#include "loopscope/value.hpp"

#include <cstring>

namespace loopscope {

const char *onName(On on) {
    switch (on) {
    case On::Sleep:
        return "sleep";
    case On::Sleep0:
        return "sleep0";
    case On::Task:
        return "task";
    case On::Gather:
        return "gather";
    case On::Shield:
        return "shield";
    case On::Wait:
        return "wait";
    case On::WaitFor:
        return "wait_for";
    case On::AsCompleted:
        return "as_completed";
    case On::TaskGroup:
        return "taskgroup";
    case On::Executor:
        return "executor";
    case On::Future:
        return "future";
    case On::Generator:
        return "generator";
    }
    return "future";
}

const char *statusName(Status s) {
    switch (s) {
    case Status::Ok:
        return "ok";
    case Status::Exception:
        return "exception";
    case Status::Horizon:
        return "horizon";
    case Status::Stall:
        return "stall";
    case Status::Limit:
        return "limit";
    case Status::NoLoop:
        return "no_loop";
    case Status::ImportError:
        return "import_error";
    }
    return "ok";
}

StringTable::StringTable() {
    m_strings.emplace_back();
}

std::uint32_t StringTable::intern(std::string_view s) {
    auto it = m_ids.find(s);
    if (it != m_ids.end())
        return it->second;
    m_strings.emplace_back(s);
    auto id = static_cast<std::uint32_t>(m_strings.size() - 1);
    m_ids.emplace(std::string_view(m_strings.back()), id);
    return id;
}

Recorder::Recorder() {
    m_aux.push_back(0);                        // aux offset 0 means "no extra fields"
    m_tasks.push_back(TaskRow{0, 0, 0, 0, 0}); // task ids start at 1
}

std::uint32_t Recorder::pushAuxDouble(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    auto at = static_cast<std::uint32_t>(m_aux.size());
    m_aux.push_back(static_cast<std::uint32_t>(bits));
    m_aux.push_back(static_cast<std::uint32_t>(bits >> 32));
    return at;
}

double Recorder::auxDouble(std::uint32_t at) const {
    std::uint64_t bits = m_aux[at] | (static_cast<std::uint64_t>(m_aux[at + 1]) << 32);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

void Recorder::taskNew(double t, std::uint32_t task, std::uint64_t number, std::uint32_t coro,
                       std::uint32_t parent) {
    if (!enabled)
        return;
    if (m_tasks.size() <= task)
        m_tasks.resize(task + 1, TaskRow{0, 0, 0, 0, 0});
    m_tasks[task] = TaskRow{0, coro, parent, static_cast<std::uint32_t>(number), 0};
    push(t, Ev::TaskNew, 0, task, 0, 0);
}

void Recorder::setCreationName(std::uint32_t task, std::string_view name) {
    if (!enabled || task >= m_tasks.size())
        return;
    m_tasks[task].firstName = m_tasks[task].name = strings.intern(name);
}

std::string Recorder::taskName(std::uint32_t id) const {
    if (id >= m_tasks.size())
        return "Task-?";
    const TaskRow &r = m_tasks[id];
    return r.name ? std::string(strings.get(r.name)) : "Task-" + std::to_string(r.number);
}

void Recorder::rename(double t, std::uint32_t task, std::string_view name) {
    if (!enabled)
        return;
    std::uint32_t n = strings.intern(name);
    if (task < m_tasks.size())
        m_tasks[task].name = n;
    push(t, Ev::Rename, 0, task, n, 0);
}

void Recorder::yieldOnAux(double t, std::uint32_t task, On on, const std::uint32_t *targets,
                          std::size_t n, bool hasTargets, double until, const char *what) {
    if (!enabled)
        return;
    std::uint32_t c = 0;
    if (hasTargets || until >= 0) {
        c = static_cast<std::uint32_t>(m_aux.size());
        m_aux.push_back((until >= 0 ? 1u : 0u) | (hasTargets ? 2u : 0u));
        pushAuxDouble(until);
        m_aux.push_back(static_cast<std::uint32_t>(n));
        m_aux.insert(m_aux.end(), targets, targets + n);
    }
    push(t, Ev::Yield, static_cast<std::uint8_t>(on), task, what ? internLabel(what) : 0, c);
}

void Recorder::threadPrint(double t, std::uint32_t job, std::string_view text, int line) {
    if (!enabled)
        return;
    m_pendingThread.push_back(
        PendingPrint{t, job, static_cast<std::uint32_t>(m_pendingThread.size()),
                     strings.intern(text), static_cast<std::uint32_t>(line > 0 ? line : 0)});
}

void Recorder::flushThreadPrints(double upto) {
    // pytrace's _flush_thread_events: in (time, job, order) order, those due by `upto`.
    std::stable_sort(m_pendingThread.begin(), m_pendingThread.end(),
                     [](const PendingPrint &x, const PendingPrint &y) {
                         if (x.t != y.t)
                             return x.t < y.t;
                         if (x.job != y.job)
                             return x.job < y.job;
                         return x.seq < y.seq;
                     });
    std::size_t i = 0;
    std::vector<PendingPrint> due;
    while (i < m_pendingThread.size() && m_pendingThread[i].t <= upto)
        due.push_back(m_pendingThread[i++]);
    m_pendingThread.erase(m_pendingThread.begin(),
                          m_pendingThread.begin() + static_cast<std::ptrdiff_t>(i));
    for (const PendingPrint &p : due)
        push(p.t, Ev::Print, 0, 0, p.text, p.line, static_cast<std::uint16_t>(p.job), false);
}

void Recorder::block(double t, std::uint32_t task, double duration, int line) {
    if (!enabled)
        return;
    push(t, Ev::Block, 0, task, static_cast<std::uint32_t>(line > 0 ? line : 0),
         pushAuxDouble(duration));
}

void Recorder::thread(double t, std::uint32_t job, std::uint32_t task, std::string_view func,
                      double start, double duration) {
    if (!enabled)
        return;
    auto c = static_cast<std::uint32_t>(m_aux.size());
    m_aux.push_back(strings.intern(func));
    pushAuxDouble(start);
    pushAuxDouble(duration);
    push(t, Ev::Thread, 0, job, task, c, 0, false); // the job's own prints follow it
}

void Recorder::timer(double t, std::uint32_t timer, TimerAction action, const char *what,
                     double deadline) {
    if (!enabled)
        return;
    push(t, Ev::Timer, static_cast<std::uint8_t>(action), timer, what ? internLabel(what) : 0,
         pushAuxDouble(deadline));
}

void Recorder::sched(double t, std::uint32_t task, std::uint32_t what, std::uint32_t done,
                     std::uint32_t timer) {
    if (!enabled)
        return;
    std::uint32_t c = 0;
    if (done || timer) {
        c = static_cast<std::uint32_t>(m_aux.size());
        m_aux.push_back(done);
        m_aux.push_back(timer);
    }
    push(t, Ev::Sched, 0, task, what, c);
}

void Recorder::idle(double t, double until) {
    if (!enabled)
        return;
    push(t, Ev::Idle, 0, 0, 0, pushAuxDouble(until));
}

void Recorder::pushSlow(const Record &r, bool flushThreads) {
    if (flushThreads && !m_pendingThread.empty())
        flushThreadPrints(r.t);
    m_events.push_back(r);
    ++m_total;
    if (sink && m_events.size() >= chunkEvents)
        flushSink();
    m_fastUntil = m_events.capacity();
    if (sink && chunkEvents > 0)
        m_fastUntil = std::min(m_fastUntil, chunkEvents - 1);
}

void Recorder::flushSink() {
    if (!sink)
        return;
    sink(m_events, m_aux);
    m_events.clear();
    m_aux.resize(1);
}

namespace {

void jsonString(std::string &out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char b[8];
                std::snprintf(b, sizeof b, "\\u%04x", c);
                out += b;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

} // namespace

void Recorder::writeEventFields(std::string &out, const Record &e, std::uint32_t handle) const {
    auto key = [&](const char *k) {
        out += ", \"";
        out += k;
        out += "\": ";
    };
    auto str = [&](const char *k, std::uint32_t id) {
        key(k);
        if (id == 0)
            out += "null";
        else
            jsonString(out, strings.get(id));
    };
    auto num = [&](const char *k, std::uint64_t v) {
        key(k);
        out += std::to_string(v);
    };
    auto optNum = [&](const char *k, std::uint32_t v) {
        key(k);
        out += v ? std::to_string(v) : "null";
    };
    auto dbl = [&](const char *k, double d) {
        key(k);
        out += floatRepr(d);
    };
    auto lit = [&](const char *k, const char *v) {
        key(k);
        jsonString(out, v);
    };
    static const char *const kinds[] = {"task_new", "rename", "step",  "line",    "yield",
                                        "done",     "cancel", "print", "block",   "thread",
                                        "timer",    "idle",   "error", "horizon", "stall",
                                        "limit",    "end",    "iter",  "sched",   "run"};
    lit("ev", kinds[static_cast<int>(e.kind)]);
    switch (e.kind) {
    case Ev::TaskNew: {
        const TaskRow &r = m_tasks[e.a];
        num("task", e.a);
        if (r.firstName)
            str("name", r.firstName);
        else
            lit("name", ("Task-" + std::to_string(r.number)).c_str());
        str("coro", r.coro);
        optNum("parent", r.parent);
        break;
    }
    case Ev::Rename:
        num("task", e.a);
        str("name", e.b);
        break;
    case Ev::Step:
        num("task", e.a);
        str("exc", e.b);
        break;
    case Ev::Line:
        num("task", e.a);
        optNum("line", e.b);
        lit("at", e.sub == static_cast<std::uint8_t>(LineAt::Step) ? "step" : "suspend");
        break;
    case Ev::Yield: {
        num("task", e.a);
        lit("on", onName(static_cast<On>(e.sub)));
        std::uint32_t flags = e.c ? m_aux[e.c] : 0;
        key("target");
        if (flags & 2u) {
            out += '[';
            std::uint32_t n = m_aux[e.c + 3];
            for (std::uint32_t i = 0; i < n; ++i) {
                if (i)
                    out += ", ";
                out += std::to_string(m_aux[e.c + 4 + i]);
            }
            out += ']';
        } else {
            out += "null";
        }
        key("until");
        out += (flags & 1u) ? floatRepr(auxDouble(e.c + 1)) : "null";
        str("what", e.b);
        break;
    }
    case Ev::Done: {
        num("task", e.a);
        auto state = static_cast<DoneState>(e.sub);
        lit("state", state == DoneState::Result      ? "result"
                     : state == DoneState::Exception ? "exception"
                                                     : "cancelled");
        str("result", state == DoneState::Result ? e.b : 0);
        str("exc", state == DoneState::Exception ? e.b : 0);
        str("msg", e.c);
        break;
    }
    case Ev::Cancel:
        num("task", e.a);
        optNum("by", e.b);
        str("msg", e.c);
        key("ok");
        out += e.sub ? "true" : "false";
        break;
    case Ev::Print:
        optNum("task", e.a);
        optNum("job", e.spare);
        str("text", e.b);
        optNum("line", e.c);
        break;
    case Ev::Block:
        optNum("task", e.a);
        dbl("duration", auxDouble(e.c));
        optNum("line", e.b);
        break;
    case Ev::Thread:
        num("job", e.a);
        optNum("task", e.b);
        str("func", m_aux[e.c]);
        dbl("start", auxDouble(e.c + 1));
        dbl("duration", auxDouble(e.c + 3));
        break;
    case Ev::Timer: {
        num("timer", e.a);
        static const char *const actions[] = {"armed", "fired", "cancelled"};
        lit("action", actions[e.sub]);
        dbl("deadline", auxDouble(e.c));
        str("what", e.b);
        break;
    }
    case Ev::Idle:
        dbl("until", auxDouble(e.c));
        break;
    case Ev::Error: {
        static const char *const kinds2[] = {
            "exception_never_retrieved", "never_awaited", "shutdown",
            "destroyed_pending",         "callback",      "other"};
        lit("kind", kinds2[e.sub]);
        optNum("task", e.a);
        str("msg", e.b);
        break;
    }
    case Ev::Horizon:
    case Ev::Limit:
        break;
    case Ev::Stall:
        str("msg", e.b);
        break;
    case Ev::Iter:
        num("iter", e.a);
        num("ready", e.b);
        break;
    case Ev::Sched:
        num("handle", handle);
        str("what", e.b);
        optNum("task", e.a);
        optNum("done", e.c ? m_aux[e.c] : 0);
        optNum("timer", e.c ? m_aux[e.c + 1] : 0);
        break;
    case Ev::Run:
        num("handle", e.a);
        key("cancelled");
        out += e.sub ? "true" : "false";
        break;
    case Ev::End:
        lit("status", statusName(static_cast<Status>(e.sub)));
        str("exc", e.b);
        str("msg", e.c);
        key("traceback");
        out += "null";
        break;
    }
}

std::string Recorder::eventJson(std::size_t index) const {
    const Record &e = m_events[index];
    std::uint32_t handle = 0;
    for (std::size_t i = 0; i <= index; ++i)
        handle += m_events[i].kind == Ev::Sched;
    std::string out = "{\"t\": " + floatRepr(e.t);
    writeEventFields(out, e, handle);
    out += '}';
    return out;
}

void Recorder::writeJson(std::ostream &os, const ProgramInfo &program, double horizon,
                         std::uint64_t stepLimit, std::uint64_t seed,
                         const std::string &producer) const {
    std::string out;
    out.reserve(m_events.size() * 96 + program.source.size() + 1024);
    out += "{\n  \"format\": \"loopscope-trace\",\n  \"version\": 1,\n  \"producer\": ";
    jsonString(out, producer);
    out += ",\n  \"program\": {\"id\": ";
    jsonString(out, program.id);
    out += ", \"file\": ";
    jsonString(out, program.file);
    out += ", \"source\": ";
    jsonString(out, program.source);
    out += "},\n  \"params\": {";
    for (std::size_t i = 0; i < program.params.size(); ++i) {
        if (i)
            out += ", ";
        jsonString(out, program.params[i].first);
        out += ": ";
        out += program.params[i].second;
    }
    out += "},\n  \"seed\": " + std::to_string(seed);
    out += ",\n  \"horizon\": " + floatRepr(horizon);
    out += ",\n  \"step_limit\": " + std::to_string(stepLimit);
    out += ",\n  \"tasks\": [";
    for (std::size_t i = 1; i < m_tasks.size(); ++i) {
        const TaskRow &r = m_tasks[i];
        out += i == 1 ? "\n    " : ",\n    ";
        out += "{\"task\": " + std::to_string(i) + ", \"name\": ";
        if (r.name)
            jsonString(out, strings.get(r.name));
        else
            jsonString(out, "Task-" + std::to_string(r.number));
        out += ", \"coro\": ";
        if (r.coro)
            jsonString(out, strings.get(r.coro));
        else
            out += "null";
        out += ", \"parent\": ";
        out += r.parent ? std::to_string(r.parent) : "null";
        out += '}';
    }
    out += m_tasks.size() > 1 ? "\n  ],\n  \"events\": [" : "],\n  \"events\": [";
    std::uint32_t handles = 0; // the number of the handle a `sched` event queues
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"seq\": " + std::to_string(i) + ", \"t\": " + floatRepr(m_events[i].t);
        handles += m_events[i].kind == Ev::Sched;
        writeEventFields(out, m_events[i], handles);
        out += '}';
    }
    out += m_events.empty() ? "],\n  \"status\": " : "\n  ],\n  \"status\": ";
    jsonString(out, statusName(m_status));
    out += "\n}\n";
    os << out;
}

} // namespace loopscope
