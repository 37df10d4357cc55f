// Generators driven by hand (loopscope/generator.hpp): the twins of programs/generator*.py must
// give CPython's events (golden/, made by make_golden.py through tools/pytrace.py), and the
// rules of Python's generator protocol hold.
#include "conformance_util.hpp"

#include <loopscope/generator.hpp>

#include <deque>

using namespace loopscope;

namespace generators_twin {

Generator echo(std::string tag) {
    at(4);
    Value got = None;
    try {
        while (true) {
            at(8);
            print(tag, got);
            at(9);
            got = co_yield None;
        }
    } catch (...) { // finally:
        at(11);
        print(tag, "closed");
        throw;
    }
}

Generator child() {
    at(14);
    at(15);
    print("child runs");
    at(16);
    co_yield None;
    at(17);
    throw ValueError("child failed");
}

Generator parent(std::deque<Generator> &queue) {
    at(20);
    at(21);
    queue.push_back(child());
    at(22);
    blockingSleep(0.25);
    at(23);
    co_yield None;
}

Generator relay(Generator g) {
    at(26);
    at(27);
    next(g);
    at(28);
    co_yield None;
}

void module() {
    Generator e = echo("e");
    at(32);
    print("driver starts");
    at(33);
    next(e);
    at(34);
    e.send("hi");
    at(35);
    blockingSleep(0.5);
    at(36);
    e.close();
    std::deque<Generator> queue;
    Generator p = parent(queue);
    at(39);
    next(p);
    Generator c = queue.front();
    queue.pop_front();
    at(41);
    next(c);
    try {
        at(43);
        next(c);
    } catch (const ValueError &err) {
        at(45);
        print("caught", err.what());
    }
    try {
        at(47);
        next(p);
    } catch (const StopIteration &) {
        at(49);
        print("parent done");
    }
    Generator r = relay(echo("r"));
    at(51);
    next(r);
    at(52);
    next(c); // StopIteration escapes the module: import_error
}

} // namespace generators_twin

TEST(Generators, NextSendCloseRaiseNestedAndEscapingMatchCPython) {
    golden::expectSameAsCPython("generators",
                                runModule(golden::options("generators"), generators_twin::module));
}

namespace horizon_twin {
Generator tick() {
    at(5);
    while (true) {
        at(7);
        co_yield None;
    }
}
void module() {
    Generator g = tick();
    while (true) {
        at(12);
        blockingSleep(0.75);
        at(13);
        next(g);
    }
}
} // namespace horizon_twin

TEST(Generators, AResumptionPastTheHorizonStopsTheModule) {
    RunOptions o = golden::options("generator_horizon");
    o.horizon = 2;
    Trace t = runModule(std::move(o), horizon_twin::module);
    EXPECT_EQ(t.status(), Status::Horizon);
    golden::expectSameAsCPython("generator_horizon", t);
}

namespace limit_twin {
Generator spin() {
    at(2);
    long long n = 0;
    while (true) {
        n += 1;
        at(6);
        print("turn", n);
        at(7);
        co_yield None;
    }
}
void module() {
    Generator g = spin();
    while (true) {
        at(12);
        next(g);
    }
}
} // namespace limit_twin

TEST(Generators, ADriverThatNeverSleepsMeetsTheStepLimit) {
    RunOptions o = golden::options("generator_limit");
    o.stepLimit = 3;
    Trace t = runModule(std::move(o), limit_twin::module);
    EXPECT_EQ(t.status(), Status::Limit);
    golden::expectSameAsCPython("generator_limit", t);
}

namespace {
Generator count(int n) {
    at(1);
    for (int i = 0; i < n; ++i) {
        at(2);
        Value got = co_yield Value(static_cast<std::int64_t>(i));
        if (!got.isNone())
            print("got", got);
    }
}
} // namespace

TEST(Generators, YieldedAndSentValuesTravelAndCopiesShareTheGenerator) {
    Trace t = runModule({}, [] {
        Generator g = count(3);
        Generator same = g;
        EXPECT_EQ(next(g).as<std::int64_t>(), 0);
        EXPECT_EQ(same.send(Value(std::string("x"))).as<std::int64_t>(), 1);
        EXPECT_EQ(next(g).as<std::int64_t>(), 2);
        EXPECT_FALSE(same.finished());
        EXPECT_THROW(next(g), StopIteration);
        EXPECT_TRUE(same.finished());
        EXPECT_THROW(next(same), StopIteration); // a finished generator takes no step
    });
    EXPECT_EQ(t.status(), Status::Ok);
    EXPECT_EQ(t.output(), std::vector<std::string>{"got x"});
    std::size_t steps = 0;
    for (const Record &e : t.recorder().events())
        steps += e.kind == Ev::Step;
    EXPECT_EQ(steps, 4u); // three yields and the end: not the resumption of a finished one
    EXPECT_EQ(liveFrames(), 0u);
}

TEST(Generators, SendingAValueToAnUnstartedGeneratorIsATypeError) {
    Trace t = runModule({}, [] {
        Generator g = count(1);
        EXPECT_THROW(g.send(Value(std::int64_t{1})), TypeError);
        g.close(); // unstarted: closed without a step
        EXPECT_TRUE(g.finished());
    });
    // No generator was resumed: nothing ran, as pytrace says of such a program.
    EXPECT_EQ(t.status(), Status::NoLoop);
    for (const Record &e : t.recorder().events())
        EXPECT_NE(e.kind, Ev::Step);
}

namespace {
Generator stubborn() {
    at(1);
    while (true) {
        try {
            at(2);
            co_yield None;
        } catch (const GeneratorExit &) {
            print("not closing");
        }
    }
}
} // namespace

TEST(Generators, AGeneratorThatIgnoresGeneratorExitStaysSuspended) {
    Trace t = runModule({}, [] {
        Generator g = stubborn();
        next(g);
        EXPECT_THROW(g.close(), RuntimeError);
        EXPECT_FALSE(g.finished());
    });
    EXPECT_EQ(t.output(), std::vector<std::string>{"not closing"});
    std::vector<std::string> lines = t.eventLines();
    // step (GeneratorExit thrown in) ... yield on "generator" again.
    bool sawThrow = false;
    for (const std::string &l : lines)
        sawThrow = sawThrow || l.find("\"exc\": \"GeneratorExit\"") != std::string::npos;
    EXPECT_TRUE(sawThrow);
    EXPECT_NE(lines[lines.size() - 2].find("\"on\": \"generator\""), std::string::npos);
}
