// Unit tests of the engine's parts: values and reprs, random, the trace record and file, frames.
// Expected values marked "CPython" were computed with /usr/bin/python3 (3.11.2) and pasted here.
#include <loopscope/loopscope.hpp>

#include <gtest/gtest.h>

#include <algorithm>

using namespace loopscope;

namespace {
Coro<> say_after(double delay, std::string what) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    print(what);
}
Coro<> mainSayAfter() {
    at(7);
    at(8);
    auto t1 = createTask(say_after(1, "hello"));
    at(9);
    auto t2 = createTask(say_after(2, "world"));
    at(10);
    co_await t1;
    at(11);
    co_await t2;
}
} // namespace

TEST(Example, SayAfterAsTwoTasksTakesTwoSecondsNotThree) {
    Trace tr = run(mainSayAfter());
    EXPECT_EQ(tr.status(), Status::Ok);
    EXPECT_EQ(tr.output(), (std::vector<std::string>{"hello", "world"}));
    EXPECT_EQ(tr.endTime(), 2.0);
    EXPECT_EQ(liveFrames(), 0u);
}

TEST(Trace, ARecordIsAtMost24Bytes) {
    EXPECT_LE(sizeof(Record), 24u);
}

TEST(Trace, TheSameProgramGivesAByteIdenticalFile) {
    RunOptions o;
    o.program.id = "say_after";
    o.program.file = "say_after.py";
    o.program.source = "import asyncio\n";
    o.program.params = {{"DELAY", "1.0"}};
    std::string a = run(mainSayAfter(), o).json();
    std::string b = run(mainSayAfter(), o).json();
    EXPECT_EQ(a, b);
    EXPECT_NE(a.find("\"producer\": \"loopscope-engine 0.1\""), std::string::npos);
    EXPECT_NE(a.find("\"program\": {\"id\": \"say_after\", \"file\": \"say_after.py\", "
                     "\"source\": \"import asyncio\\n\"}"),
              std::string::npos);
    EXPECT_NE(a.find("\"params\": {\"DELAY\": 1.0}"), std::string::npos);
    EXPECT_NE(a.find("{\"task\": 2, \"name\": \"Task-2\", \"coro\": \"say_after\", \"parent\": 1}"),
              std::string::npos);
    EXPECT_NE(a.find("\"status\": \"ok\"\n}"), std::string::npos);
}

namespace {
Coro<> renamed() {
    at(1);
    auto t = createTask(say_after(0, "x"), "worker");
    co_await t;
}
} // namespace

TEST(Trace, TheTaskTableShowsTheFinalNameAndTaskNewTheNumberedOne) {
    std::string j = run(renamed()).json();
    EXPECT_NE(j.find("{\"task\": 2, \"name\": \"worker\""), std::string::npos);
    EXPECT_NE(j.find("\"ev\": \"task_new\", \"task\": 2, \"name\": \"Task-2\""), std::string::npos);
    EXPECT_NE(j.find("\"ev\": \"rename\", \"task\": 2, \"name\": \"worker\""), std::string::npos);
}

TEST(Trace, StreamingHandsFixedSizeChunksToTheSink) {
    std::size_t seen = 0;
    RunOptions o;
    o.lines = false;
    o.sink = [&](const std::vector<Record> &ev, const std::vector<std::uint32_t> &) {
        seen += ev.size();
    };
    Trace tr = run(mainSayAfter(), o);
    EXPECT_EQ(seen, tr.recorder().eventCount());
    EXPECT_TRUE(tr.recorder().events().empty());
}

TEST(Value, FloatReprIsPythonsShortestRoundTrip) {
    // CPython: repr() of each value.
    EXPECT_EQ(floatRepr(1.0), "1.0");
    EXPECT_EQ(floatRepr(0.1), "0.1");
    EXPECT_EQ(floatRepr(1e-05), "1e-05");
    EXPECT_EQ(floatRepr(1e16), "1e+16");
    EXPECT_EQ(floatRepr(2.5e-07), "2.5e-07");
    EXPECT_EQ(floatRepr(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(floatRepr(123456789012345678.0), "1.2345678901234568e+17");
    EXPECT_EQ(floatRepr(-0.0), "-0.0");
    EXPECT_EQ(floatRepr(1e15), "1000000000000000.0");
    EXPECT_EQ(floatRepr(0.0001), "0.0001");
    EXPECT_EQ(floatRepr(1.5e300), "1.5e+300");
    EXPECT_EQ(floatRepr(5e-324), "5e-324");
    EXPECT_EQ(floatRepr(0.7 + 0.7 + 0.7), "2.0999999999999996");
    EXPECT_EQ(floatRepr(100.0), "100.0");
    EXPECT_EQ(floatRepr(12345.678), "12345.678");
}

TEST(Value, ReprOfStrAndListIsPythons) {
    // CPython: repr("it's"), repr('a"b'), repr('x\ny'), repr('Привет'), repr([1, 'a', None, 2.5,
    // True])
    EXPECT_EQ(strRepr("it's"), "\"it's\"");
    EXPECT_EQ(strRepr("a\"b"), "'a\"b'");
    EXPECT_EQ(strRepr("x\ny"), "'x\\ny'");
    EXPECT_EQ(strRepr("Привет"), "'Привет'");
    EXPECT_EQ(Value(List{1, "a", None, 2.5, true}).repr(), "[1, 'a', None, 2.5, True]");
    EXPECT_EQ(Value(std::make_exception_ptr(ValueError("e failed"))).repr(),
              "ValueError('e failed')");
}

TEST(Value, RoundIsPythonsCorrectlyRoundedRound) {
    // CPython: round(2.675, 2), round(0.125, 2), round(1.0005, 3)
    EXPECT_EQ(round(2.675, 2), 2.67);
    EXPECT_EQ(round(0.125, 2), 0.12);
    EXPECT_EQ(round(1.0005, 3), 1.0);
}

TEST(Random, SeededGeneratorDrawsCPythonsNumbers) {
    // CPython: r = random.Random(s); r.random(), r.random(), r.randint(1, 10),
    // r.randint(0, 1000000), r.uniform(0.5, 2.5), r.getrandbits(40)
    struct Row {
        std::uint64_t seed;
        double r1, r2;
        std::int64_t i1, i2;
        double u;
        std::uint64_t bits;
    };
    const Row rows[] = {
        {0, 0.8444218515250481, 0.7579544029403025, 7, 42450, 1.0178335005859267, 534771852898},
        {1, 0.13436424411240122, 0.8474337369372327, 2, 267459, 0.7358374073421221, 497189547844},
        {42, 0.6394267984578837, 0.025010755222666936, 5, 256787, 0.9464214762976455, 114832269481},
        {12345, 0.41661987254534116, 0.010169169457068361, 5, 896677, 1.2368233789769514,
         297184512596},
        {1099511627783, 0.6137037779936511, 0.8149162973309487, 10, 739869, 1.4518481977409787,
         678382066925},
    };
    for (const Row &row : rows) {
        random::MersenneTwister r(row.seed);
        EXPECT_EQ(r.random(), row.r1) << row.seed;
        EXPECT_EQ(r.random(), row.r2) << row.seed;
        EXPECT_EQ(r.randint(1, 10), row.i1) << row.seed;
        EXPECT_EQ(r.randint(0, 1000000), row.i2) << row.seed;
        EXPECT_EQ(r.uniform(0.5, 2.5), row.u) << row.seed;
        EXPECT_EQ(r.getrandbits(40), row.bits) << row.seed;
    }
}

TEST(Random, RandrangeAndWideGetrandbitsMatchCPython) {
    // CPython: r = random.Random(s); r.random(), r.randint(1, 100), r.randrange(0, 10),
    // r.uniform(-1, 1), r.getrandbits(48)
    random::MersenneTwister r(4294967297ull);
    EXPECT_EQ(r.random(), 0.2309331037176915);
    EXPECT_EQ(r.randint(1, 100), 66);
    EXPECT_EQ(r.randrange(0, 10), 6);
    EXPECT_EQ(r.uniform(-1, 1), 0.6273018433401327);
    EXPECT_EQ(r.getrandbits(48), 170348145393625u);
}

namespace {
Coro<> forever() {
    at(1);
    while (true)
        co_await sleep(1);
}
Coro<> manyPending() {
    at(1);
    std::vector<Task> ts;
    for (int i = 0; i < 50; ++i)
        ts.push_back(createTask(forever()));
    auto g = gather(ts);
    co_await g;
}
} // namespace

TEST(Frames, EveryFrameIsFreedWhenTheHorizonStopsARun) {
    RunOptions o;
    o.horizon = 5;
    Trace tr = run(manyPending(), o);
    EXPECT_EQ(tr.status(), Status::Horizon);
    EXPECT_EQ(liveFrames(), 0u);
}

TEST(Frames, ACoroutineThatIsNeverAwaitedIsFreedAndReported) {
    { auto c = say_after(1, "never"); }
    EXPECT_EQ(liveFrames(), 0u);
}

TEST(Loop, CreateTaskOutsideARunningLoopIsARuntimeError) {
    EXPECT_THROW(createTask(say_after(1, "x")), RuntimeError);
    EXPECT_EQ(liveFrames(), 0u);
}

namespace {
Coro<> waitEmpty() {
    at(1);
    std::vector<Task> none;
    try {
        co_await wait(none);
    } catch (const ValueError &e) {
        print("ValueError", e.what());
    }
}
} // namespace

TEST(Wait, AnEmptySetIsAValueError) {
    EXPECT_EQ(run(waitEmpty()).output(),
              (std::vector<std::string>{"ValueError Set of Tasks/Futures is empty."}));
}

namespace {
Coro<> cancelledNotException() {
    at(1);
    auto t = createTask(forever());
    co_await sleep(0.5);
    t.cancel();
    try {
        co_await t;
    } catch (const Exception &) {
        print("caught as Exception");
    } catch (const CancelledError &) {
        print("CancelledError is a BaseException");
    }
}
} // namespace

TEST(Cancellation, CancelledErrorIsNotCaughtAsAnOrdinaryException) {
    EXPECT_EQ(run(cancelledNotException()).output(),
              (std::vector<std::string>{"CancelledError is a BaseException"}));
}

namespace {
Coro<> loopNamed() {
    at(1);
    auto a = loopCreateTask(say_after(0, "a"), "early");
    auto b = createTask(say_after(0, "b"));
    co_await a;
    co_await b;
}
} // namespace

TEST(Names, LoopCreateTaskNamesAtCreationWithoutConsumingANumber) {
    std::string j = run(loopNamed()).json();
    EXPECT_NE(j.find("\"ev\": \"task_new\", \"task\": 2, \"name\": \"early\""), std::string::npos);
    EXPECT_NE(j.find("\"ev\": \"task_new\", \"task\": 3, \"name\": \"Task-2\""), std::string::npos);
    EXPECT_EQ(j.find("\"ev\": \"rename\""), std::string::npos);
}

namespace {
Coro<> important() {
    at(1);
    co_await sleep(2);
}
Coro<> waitForShielded() {
    at(3);
    try {
        co_await waitFor(shield(important()), 1.0);
    } catch (const TimeoutError &) {
        print("timeout");
    }
}
} // namespace

TEST(WaitFor, WaitForOfAShieldYieldsOnTheShieldedTask) {
    // pytrace's waits_on: wait_for(shield(task)) targets the shield's inner task.
    Trace tr = run(waitForShielded());
    EXPECT_EQ(tr.output(), (std::vector<std::string>{"timeout"}));
    auto lines = tr.eventLines();
    EXPECT_NE(std::find(lines.begin(), lines.end(),
                        "{\"t\": 0.0, \"ev\": \"yield\", \"task\": 1, \"on\": \"wait_for\", "
                        "\"target\": [2], \"until\": 1.0, \"what\": null}"),
              lines.end());
}

namespace {
Coro<> clockPrints() {
    at(1);
    print(time::strftime("%X"), time::time());
    co_await sleep(61.5);
    print(time::strftime("%X"));
    co_await toThread("f", [](Job &job) {
        job.sleep(3600);
        job.print(time::strftime("%X"));
        return Value(time::time());
    });
    print(time::strftime("%Y-%m-%d %X"));
    print(time::strftime("%X", time::EPOCH + 86399));
}
} // namespace

TEST(Time, StrftimeReadsTheVirtualClockFromMidnightUtcAndAThreadReadsItsOwn) {
    // pytrace: time.time() = 1704067200 (2024-01-01 00:00:00, TZ=UTC) + loop.time().
    RunOptions o;
    o.horizon = 10000;
    Trace tr = run(clockPrints(), o);
    EXPECT_EQ(tr.output(),
              (std::vector<std::string>{"00:00:00 1704067200.0", "00:01:01", "01:01:01",
                                        "2024-01-01 01:01:01", "23:59:59"}));
}

namespace {
class Database {
public:
    Coro<List> fetch() {
        at(2);
        co_return List{};
    }
};
Coro<> forgetsTheAwait() {
    at(1);
    Database db;
    auto data = db.fetch();
    co_return;
}
} // namespace

TEST(Diagnostics, NeverAwaitedNamesAMethodCoroutineByItsQualname) {
    // genobject.c _PyErr_WarnUnawaitedCoroutine uses the coroutine's __qualname__.
    std::string j = run(forgetsTheAwait()).json();
    EXPECT_NE(j.find("coroutine 'Database.fetch' was never awaited"), std::string::npos);
    EXPECT_EQ(detail::coroName("Coro<> ns::{anonymous}::Database::fetch(int)"), "fetch");
    EXPECT_EQ(detail::coroQualname("Coro<> ns::{anonymous}::Database::fetch(int)"),
              "Database.fetch");
    EXPECT_EQ(detail::coroQualname("Coro<List> loopscope::twins::x::main()"), "main");
    EXPECT_EQ(detail::coroQualname("Coro<int> a::Box<T>::get() [with T = int]"), "Box.get");
}

namespace {
Coro<> lingers() {
    at(1);
    try {
        co_await sleep(10);
    } catch (const CancelledError &) {
        print("lingers cancelled");
        throw;
    }
}
Coro<int> leavesATask() {
    at(2);
    createTask(lingers());
    co_await sleep(1);
    co_return 42;
}
Coro<> fails() {
    at(3);
    co_await sleep(0);
    throw ValueError("boom");
}
} // namespace

TEST(OwnLoop, RunUntilCompleteReturnsTheResultAndNoShutdownTasksRun) {
    // base_events.run_until_complete, all_tasks(loop), gather, close: what asyncio.run does,
    // written out by the program; asyncio.run's shutdown_asyncgens/executor tasks do not run.
    auto loop = newEventLoop();
    setEventLoop(loop);
    Task task = loop.createTask(leavesATask());
    Value r = loop.runUntilComplete(task);
    EXPECT_EQ(r.asInt(), 42);
    std::vector<Task> pending = allTasks(loop);
    ASSERT_EQ(pending.size(), 1u);
    for (Task &t : pending)
        t.cancel();
    Gather group = gather(pending, true);
    loop.runUntilComplete(group);
    EXPECT_TRUE(pending[0].cancelled());
    EXPECT_TRUE(allTasks(loop).empty());
    Gather none = gather(std::vector<Task>{}, true);
    EXPECT_EQ(detail::pyStr(loop.runUntilComplete(none)), "[]");
    loop.close();
    Trace tr = std::move(loop).trace();
    EXPECT_EQ(tr.status(), Status::Ok);
    EXPECT_EQ(tr.output(), (std::vector<std::string>{"lingers cancelled"}));
    std::string j = tr.json();
    EXPECT_EQ(j.find("shutdown_asyncgens"), std::string::npos);
    EXPECT_EQ(j.find("\"task\": 3"), std::string::npos);
    EXPECT_EQ(tr.endTime(), 1.0);
    EXPECT_EQ(liveFrames(), 0u);
    EXPECT_THROW(getRunningLoop(), RuntimeError); // the trace unsets the loop
}

TEST(OwnLoop, AnExceptionEscapingRunUntilCompleteEndsTheTraceWithIt) {
    auto loop = newEventLoop();
    setEventLoop(loop);
    std::exception_ptr escaped;
    try {
        loop.runUntilComplete(fails());
    } catch (...) {
        escaped = std::current_exception();
    }
    ASSERT_TRUE(escaped);
    Trace tr = std::move(loop).trace(escaped);
    EXPECT_EQ(tr.status(), Status::Exception);
    EXPECT_NE(
        tr.json().find("\"status\": \"exception\", \"exc\": \"ValueError\", \"msg\": \"boom\""),
        std::string::npos);
}
