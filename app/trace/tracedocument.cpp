#include "tracedocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace loopscope::trace {

namespace {

// The translation context of this file's user-visible strings.
struct TraceFileText {
    Q_DECLARE_TR_FUNCTIONS(TraceFile)
};

struct Name {
    const char *name;
    int value;
};

template<std::size_t N>
std::optional<int> lookup(const Name (&table)[N], const QString &name) {
    for (const Name &n : table) {
        if (name == QLatin1String(n.name))
            return n.value;
    }
    return std::nullopt;
}

const Name kinds[] = {
    {"task_new", int(Kind::TaskNew)}, {"rename", int(Kind::Rename)},   {"step", int(Kind::Step)},
    {"line", int(Kind::Line)},        {"yield", int(Kind::Yield)},     {"done", int(Kind::Done)},
    {"cancel", int(Kind::Cancel)},    {"print", int(Kind::Print)},     {"block", int(Kind::Block)},
    {"thread", int(Kind::Thread)},    {"timer", int(Kind::Timer)},     {"idle", int(Kind::Idle)},
    {"error", int(Kind::Error)},      {"horizon", int(Kind::Horizon)}, {"stall", int(Kind::Stall)},
    {"limit", int(Kind::Limit)},      {"end", int(Kind::End)},         {"iter", int(Kind::Iter)},
    {"sched", int(Kind::Sched)},      {"run", int(Kind::Run)},
};
const Name ons[] = {
    {"sleep", int(On::Sleep)},         {"sleep0", int(On::Sleep0)},
    {"task", int(On::Task)},           {"gather", int(On::Gather)},
    {"shield", int(On::Shield)},       {"wait", int(On::Wait)},
    {"wait_for", int(On::WaitFor)},    {"as_completed", int(On::AsCompleted)},
    {"taskgroup", int(On::TaskGroup)}, {"executor", int(On::Executor)},
    {"future", int(On::Future)},       {"generator", int(On::Generator)},
};
const Name doneStates[] = {{"result", int(DoneState::Result)},
                           {"exception", int(DoneState::Exception)},
                           {"cancelled", int(DoneState::Cancelled)}};
const Name statuses[] = {
    {"ok", int(Status::Ok)},
    {"exception", int(Status::Exception)},
    {"horizon", int(Status::Horizon)},
    {"stall", int(Status::Stall)},
    {"limit", int(Status::Limit)},
    {"syntax_error", int(Status::SyntaxError)},
    {"import_error", int(Status::ImportError)},
    {"exit", int(Status::Exit)},
    {"no_loop", int(Status::NoLoop)},
};
const Name timerActions[] = {{"armed", 0}, {"fired", 1}, {"cancelled", 2}};
const Name errorKinds[] = {{"exception_never_retrieved", 0}, {"never_awaited", 1}, {"shutdown", 2}};

// --- A fast reader for the canonical layout --------------------------------------------------
// pytrace and the engine write one event per line, each a flat JSON object whose only array is
// `target` (docs/trace-format.md, serialisation rules). Such a line is read here without a JSON
// document; anything else falls back to QJsonDocument.

class FlatArray;

struct FlatValue {
    enum class Type : std::uint8_t {
        Missing,
        Null,
        Bool,
        Number,
        String,
        Array
    } type = Type::Missing;
    double num = 0;
    bool boolean = false;
    const char *str = nullptr; // the raw bytes between the quotes
    qsizetype len = 0;
    bool escaped = false;
    const std::vector<double> *array = nullptr;

    bool isDouble() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    double toDouble() const { return type == Type::Number ? num : 0; }
    int toInt() const { return type == Type::Number ? static_cast<int>(num) : 0; }
    bool toBool() const { return type == Type::Bool && boolean; }
    QString toString() const;
    FlatArray toArray() const;
};

class FlatArray {
public:
    explicit FlatArray(const std::vector<double> *v)
        : m_v(v) {}
    qsizetype size() const { return m_v ? static_cast<qsizetype>(m_v->size()) : 0; }
    FlatValue at(qsizetype i) const {
        FlatValue v;
        v.type = FlatValue::Type::Number;
        v.num = (*m_v)[static_cast<std::size_t>(i)];
        return v;
    }

private:
    const std::vector<double> *m_v;
};

FlatArray FlatValue::toArray() const {
    return FlatArray(type == Type::Array ? array : nullptr);
}

QString FlatValue::toString() const {
    if (type != Type::String)
        return QString();
    if (!escaped)
        return QString::fromUtf8(str, len);
    QByteArray out;
    out.reserve(len);
    for (qsizetype i = 0; i < len; ++i) {
        const char c = str[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char n = str[++i];
        switch (n) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            auto hex = [&](qsizetype at) { return QByteArray(str + at, 4).toUInt(nullptr, 16); };
            char32_t cp = hex(i + 1);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < len && str[i + 1] == '\\' &&
                str[i + 2] == 'u') {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex(i + 3) - 0xDC00);
                i += 6;
            }
            out += QString::fromUcs4(&cp, 1).toUtf8();
            break;
        }
        default: // \" \\ \/
            out += n;
        }
    }
    return QString::fromUtf8(out);
}

struct FlatObject {
    std::vector<std::pair<QLatin1String, FlatValue>> fields;
    std::vector<double> array;

    FlatValue value(QLatin1String key) const {
        for (const auto &[k, v] : fields)
            if (k == key)
                return v;
        return FlatValue{};
    }
};

// Parses one flat object from [p, end); false if it is anything else.
bool parseFlat(const char *p, const char *end, FlatObject &o) {
    o.fields.clear();
    o.array.clear();
    bool hasArray = false;
    auto ws = [&] {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
            ++p;
    };
    auto string = [&](const char *&s, qsizetype &n, bool &esc) {
        if (p >= end || *p != '"')
            return false;
        s = ++p;
        esc = false;
        while (p < end && *p != '"') {
            if (static_cast<unsigned char>(*p) < 0x20)
                return false;
            if (*p == '\\') {
                esc = true;
                ++p;
            }
            ++p;
        }
        if (p >= end)
            return false;
        n = p - s;
        ++p;
        return true;
    };
    auto number = [&](double &d) {
        const auto r = std::from_chars(p, end, d);
        if (r.ec != std::errc() || r.ptr == p)
            return false;
        p = r.ptr;
        return true;
    };
    auto word = [&](const char *w) {
        const qsizetype n = static_cast<qsizetype>(std::strlen(w));
        if (end - p < n || std::memcmp(p, w, static_cast<std::size_t>(n)) != 0)
            return false;
        p += n;
        return true;
    };
    ws();
    if (p >= end || *p++ != '{')
        return false;
    ws();
    if (p < end && *p == '}')
        return false; // an event has fields
    while (true) {
        const char *ks;
        qsizetype kn;
        bool kesc;
        ws();
        if (!string(ks, kn, kesc) || kesc)
            return false;
        ws();
        if (p >= end || *p++ != ':')
            return false;
        ws();
        FlatValue v;
        if (p >= end)
            return false;
        if (*p == '"') {
            v.type = FlatValue::Type::String;
            if (!string(v.str, v.len, v.escaped))
                return false;
        } else if (*p == '[') {
            if (hasArray)
                return false;
            hasArray = true;
            ++p;
            ws();
            if (p < end && *p == ']') {
                ++p;
            } else {
                while (true) {
                    ws();
                    double d;
                    if (!number(d))
                        return false;
                    o.array.push_back(d);
                    ws();
                    if (p < end && *p == ',') {
                        ++p;
                        continue;
                    }
                    if (p < end && *p == ']') {
                        ++p;
                        break;
                    }
                    return false;
                }
            }
            v.type = FlatValue::Type::Array;
        } else if (word("null")) {
            v.type = FlatValue::Type::Null;
        } else if (word("true")) {
            v.type = FlatValue::Type::Bool;
            v.boolean = true;
        } else if (word("false")) {
            v.type = FlatValue::Type::Bool;
        } else if (!number(v.num)) {
            return false;
        } else {
            v.type = FlatValue::Type::Number;
        }
        o.fields.emplace_back(QLatin1String(ks, kn), v);
        ws();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            break;
        }
        return false;
    }
    for (auto &[k, v] : o.fields)
        if (v.type == FlatValue::Type::Array)
            v.array = &o.array;
    ws();
    return p == end;
}

int lineOfOffset(const QByteArray &json, qsizetype offset) {
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

} // namespace

class TraceReader {
public:
    TraceReader(TraceDocument &doc, QString *error)
        : m_doc(doc)
        , m_error(error) {}

    bool read(const QJsonObject &root);
    // Set to read the events from these lines of the text instead of root's "events".
    const QByteArray *lines = nullptr;
    qsizetype linesFrom = 0, linesTo = 0;
    bool slowPathNeeded = false; // a line was not in the canonical layout

private:
    bool fail(const QString &what) {
        *m_error = what;
        return false;
    }
    bool failEvent(qsizetype index, const QString &what) {
        return fail(TraceFileText::tr("event %1: %2").arg(index).arg(what));
    }
    template<class Object>
    bool readEvent(qsizetype index, const Object &o);
    // The events of a file in the canonical layout (one per line), read without a JSON
    // document: false (and nothing read) when the text is not in that layout.
    bool readEventLines(const QByteArray &json, qsizetype from, qsizetype to, bool *handled);
    template<class Value>
    std::uint32_t text(const Value &v) {
        return v.isString() ? m_doc.intern(v.toString()) : 0;
    }
    template<class Value>
    static double number(const Value &v) {
        return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    }
    template<class Value>
    static std::uint32_t taskId(const Value &v) {
        return v.isDouble() && v.toDouble() >= 0 ? static_cast<std::uint32_t>(v.toDouble()) : 0;
    }
    template<class Value>
    static QString shown(const Value &v) {
        return v.isString()   ? v.toString()
               : v.isDouble() ? QString::number(v.toDouble())
                              : QStringLiteral("null");
    }

    TraceDocument &m_doc;
    QString *m_error;
    std::uint32_t m_handles = 0; // `sched` events so far: the next handle's number
};

bool TraceReader::read(const QJsonObject &root) {
    if (root.value(QLatin1String("format")).toString() != QLatin1String("loopscope-trace"))
        return fail(TraceFileText::tr(
            "this is not a Loopscope trace (no \"format\": \"loopscope-trace\")"));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != 1)
        return fail(TraceFileText::tr(
                        "trace format version %1 is not supported (this Loopscope reads version 1)")
                        .arg(version));
    m_doc.producer = root.value(QLatin1String("producer")).toString();
    const QJsonObject program = root.value(QLatin1String("program")).toObject();
    m_doc.programId = program.value(QLatin1String("id")).toString();
    m_doc.fileName = program.value(QLatin1String("file")).toString();
    m_doc.source = program.value(QLatin1String("source")).toString();
    m_doc.params = root.value(QLatin1String("params")).toObject().toVariantMap();
    m_doc.seed = static_cast<quint64>(root.value(QLatin1String("seed")).toDouble());
    m_doc.horizon = root.value(QLatin1String("horizon")).toDouble(60);
    m_doc.stepLimit = static_cast<quint64>(root.value(QLatin1String("step_limit")).toDouble());

    const QJsonValue tasksValue = root.value(QLatin1String("tasks"));
    const QJsonValue eventsValue = root.value(QLatin1String("events"));
    if (!eventsValue.isArray())
        return fail(TraceFileText::tr("the trace has no \"events\" list"));
    if (!tasksValue.isArray())
        return fail(TraceFileText::tr("the trace has no \"tasks\" table"));
    m_doc.tasks.assign(1, TaskInfo{});
    const QJsonArray tasks = tasksValue.toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject t = tasks.at(i).toObject();
        const std::uint32_t id = taskId(t.value(QLatin1String("task")));
        if (id != m_doc.tasks.size())
            return fail(
                TraceFileText::tr("task table entry %1: tasks must be numbered 1, 2, 3… in order")
                    .arg(i));
        m_doc.tasks.push_back(TaskInfo{t.value(QLatin1String("name")).toString(),
                                       t.value(QLatin1String("coro")).toString(),
                                       taskId(t.value(QLatin1String("parent")))});
    }
    if (lines) {
        bool handled = false;
        if (!readEventLines(*lines, linesFrom, linesTo, &handled))
            return false;
    } else {
        const QJsonArray events = eventsValue.toArray();
        m_doc.events.reserve(static_cast<std::size_t>(events.size()));
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (!events.at(i).isObject())
                return failEvent(i, TraceFileText::tr("is not an object"));
            if (!readEvent(i, events.at(i).toObject()))
                return false;
        }
    }
    if (m_doc.events.empty() || m_doc.events.back().kind != Kind::End)
        return fail(TraceFileText::tr("the trace is cut short: its last event is not \"end\""));
    return true;
}

template<class Object>
bool TraceReader::readEvent(qsizetype index, const Object &o) {
    Event e;
    const auto t = o.value(QLatin1String("t"));
    if (!t.isDouble() || !std::isfinite(t.toDouble()))
        return failEvent(index, TraceFileText::tr("has no virtual time \"t\""));
    e.t = t.toDouble();
    if (!m_doc.events.empty() && e.t < m_doc.events.back().t)
        return failEvent(index, TraceFileText::tr("goes back in time (t=%1 after t=%2)")
                                    .arg(e.t)
                                    .arg(m_doc.events.back().t));
    const QString ev = o.value(QLatin1String("ev")).toString();
    const auto kind = lookup(kinds, ev);
    if (!kind)
        return failEvent(index, TraceFileText::tr("has an unknown kind \"%1\"").arg(ev));
    e.kind = static_cast<Kind>(*kind);
    e.task = taskId(o.value(QLatin1String("task")));
    const bool needsTask = e.kind == Kind::TaskNew || e.kind == Kind::Rename ||
                           e.kind == Kind::Step || e.kind == Kind::Line || e.kind == Kind::Yield ||
                           e.kind == Kind::Done || e.kind == Kind::Cancel;
    if (needsTask && (e.task == 0 || e.task >= m_doc.tasks.size()))
        return failEvent(index,
                         TraceFileText::tr("(%1) names task %2, which is not in the task table")
                             .arg(ev, shown(o.value(QLatin1String("task")))));
    auto line = [&] {
        const auto v = o.value(QLatin1String("line"));
        e.line = v.isDouble() ? v.toInt() : 0;
    };
    switch (e.kind) {
    case Kind::TaskNew:
        e.ref = taskId(o.value(QLatin1String("parent")));
        e.text = text(o.value(QLatin1String("name")));
        e.text2 = text(o.value(QLatin1String("coro")));
        break;
    case Kind::Rename:
        e.text = text(o.value(QLatin1String("name")));
        break;
    case Kind::Step:
        e.text = text(o.value(QLatin1String("exc")));
        break;
    case Kind::Line:
        line();
        e.sub = o.value(QLatin1String("at")).toString() == QLatin1String("suspend") ? 1 : 0;
        break;
    case Kind::Yield: {
        const auto on = lookup(ons, o.value(QLatin1String("on")).toString());
        if (!on)
            return failEvent(index, TraceFileText::tr("waits on something unknown: \"%1\"")
                                        .arg(o.value(QLatin1String("on")).toString()));
        e.sub = static_cast<std::uint8_t>(*on);
        e.num = number(o.value(QLatin1String("until")));
        e.text = text(o.value(QLatin1String("what")));
        const auto targets = o.value(QLatin1String("target")).toArray();
        e.targets = static_cast<std::uint32_t>(m_doc.targets.size());
        e.targetCount = static_cast<std::uint16_t>(std::min<qsizetype>(targets.size(), 65535));
        for (qsizetype i = 0; i < e.targetCount; ++i)
            m_doc.targets.push_back(taskId(targets.at(i)));
        break;
    }
    case Kind::Done: {
        const auto state = lookup(doneStates, o.value(QLatin1String("state")).toString());
        if (!state)
            return failEvent(index, TraceFileText::tr("ends a task in an unknown state \"%1\"")
                                        .arg(o.value(QLatin1String("state")).toString()));
        e.sub = static_cast<std::uint8_t>(*state);
        e.text = text(o.value(*state == int(DoneState::Result) ? QLatin1String("result")
                                                               : QLatin1String("exc")));
        e.text2 = text(o.value(QLatin1String("msg")));
        break;
    }
    case Kind::Cancel:
        e.ref = taskId(o.value(QLatin1String("by")));
        e.text2 = text(o.value(QLatin1String("msg")));
        e.sub = o.value(QLatin1String("ok")).toBool() ? 1 : 0;
        break;
    case Kind::Print:
        e.text = text(o.value(QLatin1String("text")));
        e.ref = taskId(o.value(QLatin1String("job")));
        line();
        break;
    case Kind::Block:
        e.num = number(o.value(QLatin1String("duration")));
        line();
        break;
    case Kind::Thread:
        e.ref = taskId(o.value(QLatin1String("job")));
        e.text = text(o.value(QLatin1String("func")));
        e.num = number(o.value(QLatin1String("start")));
        e.num2 = number(o.value(QLatin1String("duration")));
        break;
    case Kind::Timer:
        e.ref = taskId(o.value(QLatin1String("timer")));
        e.sub = static_cast<std::uint8_t>(
            lookup(timerActions, o.value(QLatin1String("action")).toString()).value_or(0));
        e.num = number(o.value(QLatin1String("deadline")));
        e.text = text(o.value(QLatin1String("what")));
        break;
    case Kind::Idle:
        e.num = number(o.value(QLatin1String("until")));
        break;
    case Kind::Error:
        e.sub = static_cast<std::uint8_t>(
            lookup(errorKinds, o.value(QLatin1String("kind")).toString()).value_or(0));
        e.text2 = text(o.value(QLatin1String("msg")));
        break;
    case Kind::Stall:
        e.text2 = text(o.value(QLatin1String("msg")));
        break;
    case Kind::Horizon:
    case Kind::Limit:
        break;
    case Kind::Iter:
        e.ref = taskId(o.value(QLatin1String("iter")));
        e.num = number(o.value(QLatin1String("ready")));
        if (!std::isfinite(e.num) || e.num < 0)
            return failEvent(index, TraceFileText::tr("(iter) has no count \"ready\""));
        break;
    case Kind::Sched: {
        e.ref = taskId(o.value(QLatin1String("handle")));
        e.text = text(o.value(QLatin1String("what")));
        e.targets = taskId(o.value(QLatin1String("done")));
        e.line = static_cast<std::int32_t>(taskId(o.value(QLatin1String("timer"))));
        if (e.task >= m_doc.tasks.size() || e.targets >= m_doc.tasks.size())
            return failEvent(index, TraceFileText::tr("(sched) names a task that is not in the "
                                                      "task table"));
        if (e.ref != ++m_handles)
            return failEvent(index, TraceFileText::tr("(sched) queues handle %1, expected %2")
                                        .arg(e.ref)
                                        .arg(m_handles));
        break;
    }
    case Kind::Run:
        e.ref = taskId(o.value(QLatin1String("handle")));
        e.sub = o.value(QLatin1String("cancelled")).toBool() ? 1 : 0;
        if (e.ref == 0 || e.ref > m_handles)
            return failEvent(index, TraceFileText::tr("(run) runs handle %1, which was never "
                                                      "queued")
                                        .arg(e.ref));
        break;
    case Kind::End: {
        const QString status = o.value(QLatin1String("status")).toString();
        const auto s = lookup(statuses, status);
        if (!s)
            return failEvent(index,
                             TraceFileText::tr("ends with an unknown status \"%1\"").arg(status));
        e.sub = static_cast<std::uint8_t>(*s);
        e.text = text(o.value(QLatin1String("exc")));
        e.text2 = text(o.value(QLatin1String("msg")));
        m_doc.status = static_cast<Status>(*s);
        m_doc.statusException = m_doc.string(e.text);
        m_doc.statusMessage = o.value(QLatin1String("traceback")).isString()
                                  ? o.value(QLatin1String("traceback")).toString()
                                  : m_doc.string(e.text2);
        break;
    }
    }
    if (e.kind == Kind::Step)
        m_doc.stepEvents.push_back(static_cast<std::uint32_t>(m_doc.events.size()));
    if (e.kind == Kind::Iter || e.kind == Kind::Sched)
        m_doc.hasLoopEvents = true;
    m_doc.events.push_back(e);
    return true;
}

bool TraceReader::readEventLines(const QByteArray &json, qsizetype from, qsizetype to,
                                 bool *handled) {
    FlatObject o;
    qsizetype index = 0;
    const char *data = json.constData();
    m_doc.events.reserve(static_cast<std::size_t>((to - from) / 90 + 1));
    for (qsizetype at = from; at < to; ++index) {
        qsizetype eol = json.indexOf('\n', at);
        if (eol < 0 || eol > to)
            eol = to;
        qsizetype stop = eol;
        while (stop > at && (data[stop - 1] == ' ' || data[stop - 1] == '\r'))
            --stop;
        if (stop > at && data[stop - 1] == ',')
            --stop;
        if (!parseFlat(data + at, data + stop, o)) {
            slowPathNeeded = true;
            *handled = false;
            return false;
        }
        if (!readEvent(index, o)) {
            *handled = true;
            return false;
        }
        at = eol + 1;
    }
    *handled = true;
    return true;
}

std::unique_ptr<TraceDocument> TraceDocument::fromJson(const QByteArray &json, QString *error) {
    // The canonical layout (every trace pytrace and the engine write): the header through
    // QJsonDocument with the events left out, each event line read by parseFlat.
    static const QByteArray open = "\n  \"events\": [\n", close = "\n  ],\n  \"status\"";
    const qsizetype begin = json.indexOf(open);
    const qsizetype finish = begin < 0 ? -1 : json.indexOf(close, begin);
    if (begin >= 0 && finish > begin && json.indexOf(open, begin + 1) < 0) {
        QByteArray header = json.left(begin);
        header += "\n  \"events\": [],";
        header += json.mid(finish + 5);
        const QJsonDocument doc = QJsonDocument::fromJson(header);
        if (doc.isObject()) {
            auto trace = std::make_unique<TraceDocument>();
            trace->strings.append(QString());
            TraceReader reader(*trace, error);
            reader.lines = &json;
            reader.linesFrom = begin + open.size();
            reader.linesTo = finish;
            if (reader.read(doc.object()))
                return trace;
            if (!reader.slowPathNeeded)
                return nullptr;
        }
    }
    return fromJsonDocument(json, error);
}

std::unique_ptr<TraceDocument> TraceDocument::fromJsonDocument(const QByteArray &json,
                                                               QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = TraceFileText::tr("not valid JSON at line %1: %2")
                     .arg(lineOfOffset(json, parseError.offset))
                     .arg(parseError.errorString());
        return nullptr;
    }
    if (!doc.isObject()) {
        *error = TraceFileText::tr("this is not a Loopscope trace (the file is not a JSON object)");
        return nullptr;
    }
    auto trace = std::make_unique<TraceDocument>();
    trace->strings.append(QString());
    TraceReader reader(*trace, error);
    if (!reader.read(doc.object()))
        return nullptr;
    return trace;
}

std::uint32_t TraceDocument::intern(const QString &s) {
    const auto it = m_ids.constFind(s);
    if (it != m_ids.constEnd())
        return *it;
    const auto id = static_cast<std::uint32_t>(strings.size());
    strings.append(s);
    m_ids.insert(s, id);
    return id;
}

QString TraceDocument::taskLabel(std::uint32_t task) const {
    if (task == 0 || task >= tasks.size())
        return QString();
    const TaskInfo &info = tasks[task];
    // A generator driven by hand is named after its function: "counter", not "counter · counter".
    return info.coro.isEmpty() || info.coro == info.name
               ? info.name
               : info.name + QStringLiteral(" · ") + info.coro;
}

std::size_t TraceDocument::stepCount() const {
    return stepEvents.size();
}

QString statusName(Status status) {
    for (const Name &n : statuses) {
        if (n.value == int(status))
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("ok");
}

} // namespace loopscope::trace
