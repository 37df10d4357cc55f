// Golden tests: each C++ twin below mirrors programs/<name>.py line by line (at(n) marks the
// listing line), and its trace must equal, event for event, what CPython 3.11 produced for the
// program (golden/<name>.txt, written by make_golden.py through tools/pytrace.py).
#include "conformance_util.hpp"

using namespace loopscope;

namespace say_after_twin {
Coro<> say_after(double delay, std::string what) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    print(what);
}
Coro<> main() {
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
} // namespace say_after_twin

TEST(Golden, SayAfterTwoTasksFinishAfterTheLongerSleep) {
    golden::expectSameAsCPython("say_after",
                                run(say_after_twin::main(), golden::options("say_after")));
}

namespace sleep0_twin {
Coro<int> helper(int n) {
    at(3);
    at(4);
    print("helper", n);
    at(5);
    co_return n * 2;
}
Coro<std::string> spinner(std::string name, int n) {
    at(7);
    for (int i = 0; i < n; ++i) {
        at(9);
        print(name, i);
        at(10);
        co_await sleep(0);
    }
    at(11);
    co_return name;
}
Coro<> main() {
    at(13);
    at(14);
    auto a = createTask(spinner("a", 3));
    at(15);
    auto b = createTask(spinner("b", 2));
    at(16);
    int x = co_await helper(1);
    at(17);
    print("inline", x);
    at(18);
    co_await sleep(0);
    at(19);
    print("after sleep0");
    at(20);
    Value r = co_await a;
    at(21);
    print("a done", r, b.done());
    at(22);
    co_await b;
}
} // namespace sleep0_twin

TEST(Golden, Sleep0IsABareYieldAndAwaitCoroRunsInline) {
    golden::expectSameAsCPython("sleep0_inline",
                                run(sleep0_twin::main(), golden::options("sleep0_inline")));
}

namespace timers_twin {
Coro<> sleeper(std::string name, double delay) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    print(name, "woke");
}
Coro<> main() {
    at(7);
    at(8);
    std::vector<Task> ts;
    std::vector<double> ds{0.5, 0.25, 0.5, 0.25, 0.5};
    for (std::size_t i = 0; i < ds.size(); ++i)
        ts.push_back(createTask(sleeper("s" + std::to_string(i), ds[i])));
    at(10);
    co_await sleep(0.5);
    at(11);
    print("main woke");
    for (auto &t : ts) {
        at(13);
        co_await t;
    }
    at(14);
    co_await sleep(0.1);
    at(15);
    co_await sleep(0.2);
    at(16);
    print("sum", getRunningLoop().time());
}
} // namespace timers_twin

TEST(Golden, TimersWithEqualDeadlinesFireInArmOrderInOneIteration) {
    golden::expectSameAsCPython("timers_order",
                                run(timers_twin::main(), golden::options("timers_order")));
}

namespace iterations_twin {
Coro<> ticker() {
    at(3);
    for (int i = 0; i < 12; ++i) {
        at(5);
        print("tick", i);
        at(6);
        co_await sleep(0);
    }
}
Coro<int> quick() {
    at(8);
    at(9);
    co_return 7;
}
Coro<> main() {
    at(11);
    at(12);
    auto tk = createTask(ticker());
    at(13);
    auto t = createTask(quick());
    at(14);
    co_await sleep(0);
    at(15);
    print("quick done", t.done());
    at(16);
    Value r = co_await t;
    at(17);
    print("awaited task", r);
    at(18);
    auto g = gather(quick(), quick());
    at(19);
    List l = co_await g;
    print("gather", Value(l));
    at(20);
    std::vector<Task> one{createTask(quick())};
    auto [done, pending] = co_await wait(one);
    at(21);
    print("wait", done.size(), pending.size());
    at(22);
    int r2 = co_await waitFor(quick(), 5);
    at(23);
    print("wait_for", r2);
    at(24);
    co_await tk;
}
} // namespace iterations_twin

TEST(Golden, AwaitingATaskResumesOneIterationLaterAndGatherWaitWaitForTwo) {
    golden::expectSameAsCPython("iterations",
                                run(iterations_twin::main(), golden::options("iterations")));
}

namespace cancel_basics_twin {
Coro<> worker() {
    at(3);
    std::exception_ptr err;
    try {
        try {
            at(5);
            co_await sleep(10);
        } catch (const CancelledError &) {
            err = std::current_exception();
        }
        if (err) {
            at(7);
            print("worker cancelled");
            at(8);
            co_await sleep(1);
            at(9);
            print("worker cleaned up");
            at(10);
            std::rethrow_exception(err);
        }
    } catch (...) {
        at(12);
        print("worker finally");
        throw;
    }
    at(12);
    print("worker finally");
}
Coro<std::string> stubborn() {
    at(14);
    try {
        at(16);
        co_await sleep(5);
    } catch (const CancelledError &) {
        at(18);
        print("stubborn ignores");
    }
    at(19);
    co_return "survived";
}
Coro<> main() {
    at(21);
    at(22);
    auto w = createTask(worker());
    at(23);
    auto s = createTask(stubborn());
    at(24);
    co_await sleep(1);
    at(25);
    bool ok = w.cancel("stop");
    auto n = w.cancelling();
    print("cancel", ok, n);
    at(26);
    ok = w.cancel();
    print("cancel again", ok);
    try {
        at(28);
        co_await w;
    } catch (const CancelledError &) {
        at(30);
        print("main saw cancel", w.cancelled());
    }
    at(31);
    ok = w.cancel();
    print("cancel done", ok);
    at(32);
    s.cancel();
    at(33);
    auto u = s.uncancel();
    print("uncancel", u, s.cancelling());
    at(34);
    Value v = co_await s;
    print(v);
}
} // namespace cancel_basics_twin

TEST(Golden, CancelThrowsIntoTheAwaitCancelOnADoneTaskReturnsFalseAndCancellingUncancelCount) {
    golden::expectSameAsCPython("cancel_basics",
                                run(cancel_basics_twin::main(), golden::options("cancel_basics")));
}

namespace cancel_next_step_twin {
Coro<> victim(Future fut) {
    at(3);
    try {
        at(5);
        co_await fut;
        at(6);
        print("victim resumed");
    } catch (const CancelledError &) {
        at(8);
        print("victim cancelled");
        at(9);
        throw;
    }
}
Coro<> late() {
    at(11);
    at(12);
    co_await sleep(0);
    at(13);
    print("late runs");
    at(14);
    co_await sleep(0);
    at(15);
    print("late again");
}
Coro<> main() {
    at(17);
    at(19);
    Future fut = createFuture();
    at(20);
    auto v = createTask(victim(fut));
    at(21);
    co_await sleep(0);
    at(22);
    fut.setResult(1);
    at(23);
    bool ok = v.cancel();
    print("cancelled now", ok);
    at(24);
    auto n = createTask(late());
    at(25);
    n.cancel();
    try {
        at(27);
        co_await v;
    } catch (const CancelledError &) {
        at(29);
        print("v", v.cancelled());
    }
    try {
        at(31);
        co_await n;
    } catch (const CancelledError &) {
        at(33);
        print("n", n.cancelled());
    }
}
} // namespace cancel_next_step_twin

TEST(Golden, CancelIsDeliveredAtTheNextStepEvenIfTheAwaitedFutureCompleted) {
    golden::expectSameAsCPython("cancel_next_step", run(cancel_next_step_twin::main(),
                                                        golden::options("cancel_next_step")));
}

namespace gather_error_twin {
Coro<std::string> job(std::string name, double delay, bool fail = false) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    if (fail) {
        at(6);
        throw ValueError(name + " failed");
    }
    at(7);
    print(name, "ok");
    at(8);
    co_return name;
}
Coro<> main() {
    at(10);
    try {
        at(12);
        co_await gather(job("a", 1), job("b", 2, true), job("c", 3));
    } catch (const ValueError &e) {
        at(14);
        print("caught", e.what());
    }
    at(15);
    List res = co_await gather(returnExceptions, job("d", 1), job("e", 1, true));
    at(16);
    print(Value(res));
    at(17);
    co_await sleep(2);
    at(18);
    print("end");
}
} // namespace gather_error_twin

TEST(Golden, GatherPropagatesTheFirstErrorAtOnceWhileSiblingsRunOnAndReturnExceptionsReturnsThem) {
    golden::expectSameAsCPython("gather_error",
                                run(gather_error_twin::main(), golden::options("gather_error")));
}

namespace gather_cancel_twin {
Coro<std::string> child(std::string name, double delay) {
    at(3);
    try {
        at(5);
        co_await sleep(delay);
        at(6);
        co_return name;
    } catch (const CancelledError &) {
        at(8);
        print(name, "cancelled");
        at(9);
        throw;
    }
}
Coro<> main() {
    at(11);
    at(12);
    auto g = gather(child("a", 1), child("b", 2));
    at(13);
    co_await sleep(0.5);
    at(14);
    bool ok = g.cancel();
    print("cancel gather", ok);
    try {
        at(16);
        co_await g;
    } catch (const CancelledError &) {
        at(18);
        print("gather cancelled", g.cancelled());
    }
    at(19);
    auto t1 = createTask(child("c", 1));
    at(20);
    auto t2 = createTask(child("d", 2));
    at(21);
    auto g2 = gather(t1, t2);
    at(22);
    co_await sleep(0.5);
    at(23);
    t1.cancel();
    try {
        at(25);
        co_await g2;
    } catch (const CancelledError &) {
        at(27);
        print("first cancelled child ends gather", t2.done());
    }
    at(28);
    Value r = co_await t2;
    print(r);
}
} // namespace gather_cancel_twin

TEST(Golden, CancellingGatherCancelsChildrenAndACancelledChildEndsIt) {
    golden::expectSameAsCPython("gather_cancel",
                                run(gather_cancel_twin::main(), golden::options("gather_cancel")));
}

namespace wait_modes_twin {
Coro<std::string> job(std::string name, double delay, bool fail = false) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    if (fail) {
        at(6);
        throw RuntimeError(name);
    }
    at(7);
    co_return name;
}
Coro<> main() {
    at(9);
    at(10);
    std::vector<Task> ts{createTask(job("a", 3)), createTask(job("b", 1)), createTask(job("c", 2))};
    {
        at(12);
        auto [done, pending] = co_await wait(ts, {.returnWhen = FIRST_COMPLETED});
        at(13);
        List rs;
        for (auto &t : done)
            rs.push_back(t.result());
        print("first", Value(rs), pending.size());
    }
    {
        at(14);
        auto [done, pending] = co_await wait(ts, {.timeout = 1.5});
        at(15);
        print("timeout", done.size(), pending.size());
    }
    at(16);
    std::vector<Task> f{createTask(job("d", 1, true)), createTask(job("e", 5))};
    {
        at(17);
        auto [done, pending] = co_await wait(f, {.returnWhen = FIRST_EXCEPTION});
        at(18);
        print("first exception", done.size(), pending.size());
        for (auto &t : pending) {
            at(20);
            t.cancel();
        }
    }
    {
        at(21);
        std::vector<Task> all = ts;
        all.insert(all.end(), f.begin(), f.end());
        auto [done, pending] = co_await wait(all);
        at(22);
        print("all", done.size(), pending.size());
    }
    try {
        at(24);
        std::vector<Coro<std::string>> cs;
        cs.push_back(job("x", 1));
        co_await wait(std::move(cs));
    } catch (const TypeError &e) {
        at(26);
        print("TypeError", e.what());
    }
}
} // namespace wait_modes_twin

TEST(Golden, WaitRejectsABareCoroutineAndReturnsDoneAndPendingInEveryModeCancellingNothing) {
    golden::expectSameAsCPython("wait_modes",
                                run(wait_modes_twin::main(), golden::options("wait_modes")));
}

namespace wait_for_twin {
Coro<std::string> slow(double delay, double cleanup) {
    at(3);
    std::exception_ptr err;
    try {
        at(5);
        co_await sleep(delay);
        at(6);
        co_return "slow done";
    } catch (const CancelledError &) {
        err = std::current_exception();
    }
    at(8);
    print("cleaning up");
    at(9);
    co_await sleep(cleanup);
    at(10);
    print("cleaned");
    at(11);
    std::rethrow_exception(err);
}
Coro<> main() {
    at(13);
    try {
        at(15);
        co_await waitFor(slow(5, 0.5), 1);
    } catch (const TimeoutError &) {
        at(17);
        print("timeout at", getRunningLoop().time());
    }
    at(18);
    std::string r = co_await waitFor(slow(1, 0), 2);
    print(r);
    try {
        at(20);
        std::string r2 = co_await waitFor(slow(1, 0), 1);
        print(r2);
    } catch (const TimeoutError &) {
        at(22);
        print("tie: timeout wins");
    }
    at(23);
    auto t = createTask(slow(1, 0));
    at(24);
    co_await sleep(0);
    try {
        at(26);
        Value r3 = co_await waitFor(t, 1);
        print(r3);
    } catch (const TimeoutError &) {
        at(28);
        print("tie with a task armed earlier");
    }
}
} // namespace wait_for_twin

TEST(Golden, WaitForCancelsWaitsForCleanupAndTheFirstArmedTimerWinsATie) {
    golden::expectSameAsCPython("wait_for_cases",
                                run(wait_for_twin::main(), golden::options("wait_for_cases")));
}

namespace shield_twin {
Coro<std::string> inner(std::string name, double delay) {
    at(3);
    at(4);
    co_await sleep(delay);
    at(5);
    print(name, "finished");
    at(6);
    co_return name;
}
Coro<> waiter(Task t) {
    at(8);
    try {
        at(10);
        co_await shield(t);
    } catch (const CancelledError &) {
        at(12);
        print("waiter cancelled, inner running", !t.done());
        at(13);
        throw;
    }
}
Coro<> main() {
    at(15);
    at(16);
    auto t = createTask(inner("shielded", 2));
    at(17);
    auto w = createTask(waiter(t));
    at(18);
    co_await sleep(1);
    at(19);
    w.cancel();
    at(20);
    co_await sleep(0);
    at(21);
    Value r = co_await t;
    print(r);
    at(22);
    std::vector<Coro<std::string>> cs;
    cs.push_back(inner("x", 3));
    cs.push_back(inner("y", 1));
    cs.push_back(inner("z", 2));
    for (auto c : asCompleted(std::move(cs))) {
        at(23);
        Value v = co_await c;
        print("got", v);
    }
    try {
        at(25);
        std::vector<Coro<std::string>> ps;
        ps.push_back(inner("p", 1));
        ps.push_back(inner("q", 5));
        for (auto c : asCompleted(std::move(ps), 2)) {
            at(26);
            Value v = co_await c;
            print("got", v);
        }
    } catch (const TimeoutError &) {
        at(28);
        print("as_completed timeout");
    }
    at(29);
    co_await sleep(4);
}
} // namespace shield_twin

TEST(Golden, CancellingAShieldLeavesTheInnerTaskRunningAndAsCompletedYieldsInCompletionOrder) {
    golden::expectSameAsCPython("shield_ascompleted",
                                run(shield_twin::main(), golden::options("shield_ascompleted")));
}

namespace timeout_tg_twin {
Coro<std::string> work(std::string name, double delay, bool fail = false) {
    at(3);
    try {
        at(5);
        co_await sleep(delay);
    } catch (const CancelledError &) {
        at(7);
        print(name, "cancelled");
        at(8);
        throw;
    }
    at(9);
    if (fail) {
        at(10);
        throw ValueError(name);
    }
    at(11);
    print(name, "done");
    at(12);
    co_return name;
}
Coro<> main() {
    at(14);
    try {
        at(16);
        auto cm = timeout(1.5);
        std::exception_ptr e;
        try {
            at(17);
            co_await work("slow", 5);
        } catch (...) {
            e = std::current_exception();
        }
        cm->exit(e);
    } catch (const TimeoutError &) {
        at(19);
        print("timed out");
    }
    {
        at(20);
        auto cm = timeout(5);
        std::exception_ptr e;
        try {
            at(21);
            co_await work("fast", 1);
        } catch (...) {
            e = std::current_exception();
        }
        cm->exit(e);
        at(22);
        print("expired", cm->expired());
    }
    Task a, b;
    {
        at(23);
        TaskGroup tg;
        std::exception_ptr e;
        try {
            at(24);
            a = tg.createTask(work("a", 1));
            at(25);
            b = tg.createTask(work("b", 2), "bee");
        } catch (...) {
            e = std::current_exception();
        }
        at(23);
        co_await tg.exit(e);
    }
    at(26);
    Value ra = a.result(), rb = b.result();
    print(ra, rb, b.getName());
    try {
        at(28);
        TaskGroup tg;
        std::exception_ptr e;
        try {
            at(29);
            tg.createTask(work("c", 1, true));
            at(30);
            tg.createTask(work("d", 3));
            at(31);
            co_await sleep(10);
        } catch (...) {
            e = std::current_exception();
        }
        at(28);
        co_await tg.exit(e);
    } catch (const ExceptionGroup &eg) {
        at(33);
        List names;
        for (auto &x : eg.exceptions())
            names.push_back(exceptionMessage(x));
        print("group", Value(names));
    }
    at(34);
    print("cancelling", currentTask().cancelling());
}
} // namespace timeout_tg_twin

TEST(Golden, TimeoutBlockRaisesTimeoutErrorAndTaskGroupCancelsSiblingsAndParent) {
    golden::expectSameAsCPython("timeout_taskgroup",
                                run(timeout_tg_twin::main(), golden::options("timeout_taskgroup")));
}

namespace shutdown_twin {
Coro<> forever(std::string name) {
    at(3);
    try {
        while (true) {
            at(6);
            co_await sleep(1);
            at(7);
            print(name, "tick");
        }
    } catch (const CancelledError &) {
        at(9);
        print(name, "cancelled at exit");
        at(10);
        throw;
    }
}
Coro<> bad() {
    at(12);
    try {
        at(14);
        co_await sleep(100);
    } catch (const CancelledError &) {
        at(16);
        throw RuntimeError("cleanup failed");
    }
}
Coro<> last() {
    at(18);
    at(19);
    print("last runs");
    co_return;
}
Coro<> main() {
    at(21);
    at(22);
    createTask(forever("w1"));
    at(23);
    createTask(forever("w2"));
    at(24);
    createTask(bad());
    at(25);
    co_await sleep(2.5);
    at(26);
    createTask(last());
    at(27);
    print("main done");
}
} // namespace shutdown_twin

TEST(Golden,
     RunCancelsLeftoversFromTheLoopRunsReadyHandlesNumbersItsShutdownTasksAndReportsAFailure) {
    auto tr = run(shutdown_twin::main(), golden::options("shutdown"));
    golden::expectSameAsCPython("shutdown", tr);
    // "unhandled exception during asyncio.run() shutdown" for bad()
    std::size_t errors = 0;
    for (auto &l : tr.eventLines())
        if (l.find("\"kind\": \"shutdown\", \"task\": 4") != std::string::npos)
            ++errors;
    EXPECT_EQ(errors, 1u);
}

namespace names_twin {
Coro<> nop() {
    at(3);
    at(4);
    co_await sleep(0);
}
Coro<> main() {
    at(6);
    at(7);
    auto a = createTask(nop());
    at(8);
    auto b = createTask(nop(), "named");
    at(9);
    auto c = createTask(nop());
    at(10);
    print(a.getName(), b.getName(), c.getName());
    at(11);
    c.setName("renamed");
    at(12);
    print(currentTask().getName());
    at(13);
    co_await gather(a, b, c);
}
} // namespace names_twin

TEST(Golden, TaskNamesNumberAsCPythonAndANamedTaskConsumesANumber) {
    golden::expectSameAsCPython("names", run(names_twin::main(), golden::options("names")));
}

namespace sync_twin {
Coro<> locker(Lock &lock, std::string name) {
    at(3);
    for (int i = 0; i < 2; ++i) {
        at(5);
        co_await lock.acquire();
        try {
            at(6);
            print(name, "has lock", i);
            at(7);
            co_await sleep(0.1);
        } catch (...) {
            lock.release();
            throw;
        }
        lock.release();
    }
}
Coro<> ev_waiter(Event &ev, std::string name) {
    at(9);
    at(10);
    co_await ev.wait();
    at(11);
    print(name, "saw event");
}
Coro<> sem_user(Semaphore &sem, std::string name) {
    at(13);
    at(14);
    co_await sem.acquire();
    at(15);
    print(name, "in");
    at(16);
    co_await sleep(1);
    sem.release();
    at(17);
    print(name, "out");
}
Coro<> cond_waiter(Condition &cond, std::string name) {
    at(19);
    at(20);
    co_await cond.acquire();
    at(21);
    co_await cond.wait();
    at(22);
    print(name, "notified");
    cond.release();
}
Coro<> main() {
    at(24);
    at(25);
    Lock lock;
    at(26);
    co_await gather(locker(lock, "A"), locker(lock, "B"));
    at(27);
    Event ev;
    at(28);
    std::vector<Task> ws;
    for (const char *n : {"x", "y", "z"})
        ws.push_back(createTask(ev_waiter(ev, n)));
    at(29);
    co_await sleep(0.5);
    at(30);
    ev.set();
    at(31);
    co_await gather(ws);
    at(32);
    Semaphore sem(2);
    at(33);
    std::vector<Coro<>> us;
    for (const char *n : {"p", "q", "r"})
        us.push_back(sem_user(sem, n));
    co_await gather(std::move(us));
    at(34);
    Condition cond;
    at(35);
    std::vector<Task> cs;
    for (const char *n : {"u", "v"})
        cs.push_back(createTask(cond_waiter(cond, n)));
    at(36);
    co_await sleep(0);
    at(37);
    co_await cond.acquire();
    at(38);
    cond.notify(1);
    cond.release();
    at(39);
    co_await sleep(0);
    at(40);
    co_await cond.acquire();
    at(41);
    cond.notifyAll();
    cond.release();
    at(42);
    co_await gather(cs);
}
} // namespace sync_twin

TEST(Golden, LockEventSemaphoreConditionWakeWaitersInFifoOrder) {
    golden::expectSameAsCPython("sync_prims",
                                run(sync_twin::main(), golden::options("sync_prims")));
}

namespace queue_twin {
Coro<> producer(Queue &q) {
    at(3);
    for (int i = 0; i < 4; ++i) {
        at(5);
        co_await q.put(i);
        at(6);
        print("put", i);
    }
    at(7);
    co_await q.join();
    at(8);
    print("all processed");
}
Coro<> consumer(Queue &q, std::string name) {
    at(10);
    while (true) {
        at(12);
        Value item = co_await q.get();
        at(13);
        co_await sleep(0.5);
        at(14);
        print(name, "got", item);
        at(15);
        q.taskDone();
    }
}
Coro<> party(Barrier &b, std::string name) {
    at(17);
    at(18);
    print(name, "waiting");
    at(19);
    int idx = co_await b.wait();
    at(20);
    print(name, "passed", idx);
}
Coro<> main() {
    at(22);
    at(23);
    Queue q(2);
    at(24);
    std::vector<Task> cs;
    for (const char *n : {"c1", "c2"})
        cs.push_back(createTask(consumer(q, n)));
    at(25);
    co_await producer(q);
    for (auto &c : cs) {
        at(27);
        c.cancel();
    }
    at(28);
    Barrier b(3);
    at(29);
    co_await gather(party(b, "p1"), party(b, "p2"), party(b, "p3"));
}
} // namespace queue_twin

TEST(Golden, QueueAndBarrierFollowAsyncioWaiterOrder) {
    golden::expectSameAsCPython("queue_barrier",
                                run(queue_twin::main(), golden::options("queue_barrier")));
}

namespace threads_twin {
Coro<> ticker() {
    at(8);
    for (int i = 0; i < 3; ++i) {
        at(10);
        print("tick", i);
        at(11);
        co_await sleep(1);
    }
}
Coro<> main() {
    at(13);
    at(14);
    auto t = createTask(ticker());
    at(15);
    Value r = co_await toThread("crunch", 2.0, 42);
    at(16);
    print("thread result", r);
    at(17);
    blockingSleep(1.5);
    at(18);
    print("blocked");
    at(19);
    co_await t;
    at(21);
    std::vector<Future> fs;
    for (int i = 0; i < 10; ++i)
        fs.push_back(runInExecutor("crunch", 2.0, 42));
    List rs = co_await gather(fs);
    at(22);
    print(rs.size());
}
} // namespace threads_twin

TEST(Golden, ExecutorJobsRunOnEightLanesAndABlockingCallHoldsTheLoopAndMissedTimersFireLate) {
    golden::expectSameAsCPython("threads_blocking",
                                run(threads_twin::main(), golden::options("threads_blocking")));
}

namespace endings_twin {
namespace raises {
Coro<> main() {
    at(3);
    at(4);
    co_await sleep(1);
    at(5);
    throw KeyError("missing");
}
} // namespace raises
namespace horizon {
Coro<> worker(std::string name) {
    at(3);
    while (true) {
        at(5);
        print(name, "working");
        at(6);
        co_await sleep(7);
    }
}
Coro<> main() {
    at(8);
    at(9);
    createTask(worker("w"));
    at(10);
    co_await sleep(100);
}
} // namespace horizon
namespace stall {
Coro<> main() {
    at(3);
    at(4);
    Event ev;
    at(5);
    auto t = createTask(ev.wait());
    at(6);
    co_await sleep(1);
    at(7);
    co_await t;
}
} // namespace stall
} // namespace endings_twin

TEST(Golden, MainRaisingEndsTheRunWithStatusException) {
    auto tr = run(endings_twin::raises::main(), golden::options("endings"));
    EXPECT_EQ(tr.status(), Status::Exception);
    golden::expectSameAsCPython("endings", tr);
}

TEST(Golden, AHorizonStopsAProgramThatNeverEnds) {
    auto tr = run(endings_twin::horizon::main(), golden::options("horizon"));
    EXPECT_EQ(tr.status(), Status::Horizon);
    golden::expectSameAsCPython("horizon", tr);
}

TEST(Golden, AStallIsReportedWhenNothingCanEverRunAgain) {
    auto tr = run(endings_twin::stall::main(), golden::options("stall"));
    EXPECT_EQ(tr.status(), Status::Stall);
    golden::expectSameAsCPython("stall", tr);
}

namespace limit_twin {
Coro<> spin(std::string name) {
    at(4);
    (void)name;
    while (true) {
        at(6);
        co_await sleep(0);
    }
}
Coro<> main() {
    at(8);
    at(9);
    co_await gather(spin("a"), spin("b"));
}
} // namespace limit_twin

TEST(Golden, TheStepLimitStopsAProgramThatSpinsWithoutTime) {
    auto opts = golden::options("limit");
    opts.stepLimit = 25;
    auto tr = run(limit_twin::main(), opts);
    EXPECT_EQ(tr.status(), Status::Limit);
    golden::expectSameAsCPython("limit", tr);
}

namespace diagnostics_twin {
Coro<> chore() {
    at(3);
    at(4);
    print("chore runs");
    co_return;
}
Coro<> fail() {
    at(6);
    at(7);
    co_await sleep(0.5);
    at(8);
    throw ValueError("boom");
}
Coro<> main() {
    at(10);
    at(11);
    (void)chore();
    at(12);
    createTask(fail());
    at(13);
    co_await sleep(1);
    at(14);
    print("main done");
}
} // namespace diagnostics_twin

TEST(Golden, NeverAwaitedAndNeverRetrievedBecomeErrorEvents) {
    golden::expectSameAsCPython("diagnostics",
                                run(diagnostics_twin::main(), golden::options("diagnostics")));
}

namespace random_twin {
Coro<int> worker(int i) {
    at(4);
    at(5);
    double d = random::uniform(0.5, 2.0);
    at(6);
    co_await sleep(d);
    at(7);
    double r = round(d, 3);
    auto k = random::randint(1, 6);
    print("worker", i, "slept", r, k);
    at(8);
    co_return i;
}
Coro<> main() {
    at(10);
    at(11);
    std::vector<Coro<int>> ws;
    for (int i = 0; i < 5; ++i)
        ws.push_back(worker(i));
    List rs = co_await gather(std::move(ws));
    print(Value(rs));
}
} // namespace random_twin

TEST(Golden, RandomDrawsTheNumbersCPythonDrawsForTheSameSeed) {
    golden::expectSameAsCPython("random_gather",
                                run(random_twin::main(), golden::options("random_gather")));
}

namespace thread_prints_twin {
Value blocking(Job &job, int n) {
    job.at(4);
    job.at(5);
    job.print("thread start", n);
    job.at(6);
    job.sleep(0.5 * n);
    job.at(7);
    job.print("thread end", n);
    return n * 10;
}
Value broken(Job &job) {
    job.at(10);
    job.sleep(0.2);
    throw ValueError("thread failed");
}
Coro<> main() {
    at(14);
    at(16);
    auto f1 = runInExecutor("blocking", [](Job &j) { return blocking(j, 1); });
    at(17);
    auto f2 = runInExecutor("blocking", [](Job &j) { return blocking(j, 2); });
    at(18);
    print("submitted");
    at(19);
    co_await sleep(0.75);
    at(20);
    print("main awake");
    at(21);
    Value a = co_await f1;
    Value b = co_await f2;
    print(a, b);
    try {
        at(23);
        co_await toThread("broken", broken);
    } catch (const ValueError &e) {
        at(25);
        print("caught", e.what());
    }
    at(26);
    List r = co_await gather(f1, f2);
    at(27);
    print(Value(Tuple{r}));
}
} // namespace thread_prints_twin

TEST(Golden, ThreadsPrintAtTheirOwnTimeAndPassExceptionsThroughTheFuture) {
    golden::expectSameAsCPython("thread_prints",
                                run(thread_prints_twin::main(), golden::options("thread_prints")));
}

namespace cancelled_handles_twin {
Coro<> main() {
    at(6);
    at(7);
    at(8);
    Future fa = createFuture(), fb = createFuture();
    at(9);
    callLater(
        1.0, [fa]() mutable { fa.setResult(Value("a")); }, "set_result");
    at(10);
    Ref<TimerHandle> b = callLater(
        1.0, [fb]() mutable { fb.setResult(Value("b")); }, "set_result");
    at(11);
    co_await sleep(0.5);
    at(12);
    b->cancel();
    at(13);
    Value a = co_await fa;
    print(a);
    at(14);
    std::vector<Ref<TimerHandle>> hs;
    for (int i = 0; i < 150; ++i)
        hs.push_back(callLater(
            0.5, [] {}, "noop"));
    at(15);
    for (int i = 1; i < 121; ++i) {
        at(16);
        hs[static_cast<std::size_t>(i)]->cancel();
    }
    at(17);
    co_await sleep(0.6);
    at(18);
    print("done", fb.done());
}
} // namespace cancelled_handles_twin

TEST(Golden, CancelledDueTimersJoinTheReadyQueueAndManyCancelledTimersArePurged) {
    // A cancelled timer behind a live one with the same deadline moves to the ready queue and
    // is skipped there; 120 of 150 timers cancelled are purged at the next iteration's start.
    golden::expectSameAsCPython("cancelled_handles", run(cancelled_handles_twin::main(),
                                                         golden::options("cancelled_handles")));
}

namespace destroyed_pending_twin {
Coro<> forever() {
    at(5);
    at(6);
    co_await createFuture();
}
Coro<> waiter(Future fut) {
    at(9);
    at(10);
    co_await fut;
    at(11);
    print("waiter woke");
}
Coro<> napper() {
    at(14);
    at(15);
    co_await sleep(1);
    at(16);
    print("napper woke");
}
Coro<> main() {
    at(19);
    at(20);
    createTask(forever());
    at(21);
    Task kept = createTask(forever());
    at(22);
    Future fut = createFuture();
    at(23);
    createTask(waiter(fut));
    at(24);
    createTask(napper());
    at(25);
    Event ev;
    at(26);
    createTask(ev.wait());
    at(27);
    createTask(forever());
    at(28);
    co_await sleep(0);
    at(29);
    gc::collect();
    at(30);
    print("collected");
    at(31);
    fut.setResult(1);
    at(32);
    ev.set();
    at(33);
    co_await sleep(0);
    at(34);
    kept.cancel();
    at(35);
    co_await sleep(2);
    at(36);
    print("done", kept.cancelled());
}
} // namespace destroyed_pending_twin

// tasks.Task.__del__: a pending task caught in a cycle with the future it awaits, which nothing
// else holds, is destroyed by gc.collect() with "Task was destroyed but it is pending!"; a task
// the program holds, one awaiting a future the program holds, a sleeping task (the timer holds
// its future) and an Event's waiter (the Event holds its future) are not.
TEST(Golden, GcCollectDestroysAnUnreachablePendingTaskWithTheDestroyedPendingError) {
    Trace t = run(destroyed_pending_twin::main(), golden::options("destroyed_pending"));
    golden::expectSameAsCPython("destroyed_pending", t);
    // Where CPython logs them: inside gc.collect(), in creation order, before the next print
    // (pytrace's seq 38-40).
    auto lines = t.eventLines();
    auto err = std::find_if(lines.begin(), lines.end(), [](const std::string &l) {
        return l.find("\"destroyed_pending\"") != std::string::npos;
    });
    ASSERT_NE(err, lines.end());
    EXPECT_NE(err->find("\"task\": 2"), std::string::npos) << *err;
    EXPECT_NE(err->find("\"msg\": \"Task was destroyed but it is pending!\""), std::string::npos);
    ASSERT_NE(err + 2, lines.end());
    EXPECT_NE((err + 1)->find("\"task\": 7"), std::string::npos) << *(err + 1);
    EXPECT_NE((err + 2)->find("\"text\": \"collected\""), std::string::npos) << *(err + 2);
    EXPECT_NE((err - 1)->find("\"ev\": \"line\""), std::string::npos) << *(err - 1);
}

namespace executor_pool_twin {
std::function<Value(Job &)> work(Value n) {
    return [n](Job &j) {
        j.at(7);
        j.sleep(n.isInt() ? static_cast<double>(n.asInt()) : n.asFloat());
        j.at(8);
        j.print("work", n);
        return n.isInt() ? Value(n.asInt() * 10) : Value(n.asFloat() * 10);
    };
}
Coro<> ticker() {
    at(12);
    for (int i = 0; i < 4; ++i) {
        at(14);
        print("tick", i);
        at(15);
        co_await sleep(1);
    }
}
Coro<> main() {
    at(18);
    at(20);
    Task t = createTask(ticker());
    at(21);
    ThreadPoolExecutor pool(2);
    at(22);
    std::vector<Future> futs;
    for (int n : {3, 1, 2, 1})
        futs.push_back(runInExecutor(pool, "work", work(n)));
    at(23);
    Value d = co_await runInExecutor("work", work(0.5));
    at(24);
    print("default", d);
    at(25);
    List rs = co_await gather(futs);
    at(26);
    print(Value(rs));
    at(27);
    runInExecutor(pool, "work", work(2));
    at(28);
    pool.shutdown(true);
    at(29);
    print("shut down");
    at(30);
    Future a, b;
    {
        ThreadPoolExecutor one(1);
        at(31);
        a = runInExecutor(one, "work", work(1));
        at(32);
        b = runInExecutor(one, "work", work(1));
        at(30);
        one.shutdown(); // leaving the with block
    }
    at(33);
    print("left with");
    at(34);
    Value ra = co_await a;
    Value rb = co_await b;
    print(ra, rb);
    at(35);
    co_await t;
}
} // namespace executor_pool_twin

// The program's own ThreadPoolExecutor(max_workers=N): its jobs queue for its N workers (the
// worker free earliest, lowest index first), apart from the default executor's 8, numbered in
// one count with them; shutdown(wait=True), also leaving `with pool:`, blocks the loop until
// the pool's last job has ended (pytrace's VirtualExecutor and _virtualise_shutdown).
TEST(Golden, OwnThreadPoolJobsQueueForItsWorkersAndShutdownWaitBlocksTheLoop) {
    golden::expectSameAsCPython("executor_pool",
                                run(executor_pool_twin::main(), golden::options("executor_pool")));
}

namespace run_once_twin {
List order;
void note(const std::string &what) {
    order.push_back(Value(what));
}
Coro<> spinner(int n) {
    at(10);
    for (int i = 0; i < n; ++i) {
        at(12);
        order.push_back(Value("spin " + std::to_string(i)));
        at(13);
        co_await sleep(0);
    }
}
Coro<> main() {
    order.clear();
    at(16);
    at(18);
    auto h = callLater(
        0.5, [] { note("cancelled"); }, "note");
    at(19);
    callLater(
        1, [] { note("timer A"); }, "note");
    at(20);
    callLater(
        1, [] { note("timer B"); }, "note");
    at(21);
    h->cancel();
    at(22);
    co_await sleep(1);
    at(23);
    order.push_back(Value("main woke"));
    at(24);
    Task t = createTask(spinner(3));
    at(25);
    callSoon([] { note("soon 1"); }, "note");
    at(26);
    callLater(
        0, [] { note("later 0"); }, "note");
    at(27);
    callSoon([] { note("soon 2"); }, "note");
    at(28);
    co_await sleep(0);
    at(29);
    order.push_back(Value("main back"));
    at(30);
    co_await t;
    at(31);
    print(Value(order));
}
} // namespace run_once_twin

// base_events._run_once: a cancelled timer never runs; timers with one deadline fire in arm
// order in one iteration (the sleep's timer armed last completes its future last, and the task
// resumes in the next iteration); a timer due now joins the ready queue after the handles
// already there and runs in the same iteration; handles scheduled while it runs wait for the
// next iteration.
TEST(Golden, RunOnceDropsCancelledTimersAndRunsDueTimersAfterTheReadyHandlesInOneIteration) {
    golden::expectSameAsCPython("run_once",
                                run(run_once_twin::main(), golden::options("run_once")));
}

namespace creation_order_twin {
Coro<std::string> job(std::string name, double d) {
    at(4);
    std::exception_ptr e;
    try {
        at(6);
        co_await sleep(d);
    } catch (...) {
        e = std::current_exception();
    }
    at(8);
    print("job", name, "ends");
    if (e)
        std::rethrow_exception(e);
    at(9);
    co_return name;
}
Coro<> fail() {
    at(12);
    at(13);
    co_await sleep(0.5);
    at(14);
    throw ValueError("x");
}
Coro<> main() {
    at(17);
    at(18);
    Task c = createTask(job("c", 1));
    at(19);
    Task a = createTask(job("a", 1));
    at(20);
    Task b = createTask(job("b", 1));
    at(21);
    std::vector<Task> ts{b, a, c};
    auto [done, pending] = co_await wait(ts);
    at(22);
    List names;
    for (auto &t : done)
        names.push_back(t.result());
    print("done", Value(names));
    at(23);
    std::vector<Coro<std::string>> cs;
    cs.push_back(job("y", 1));
    cs.push_back(job("x", 1));
    for (auto f : asCompleted(std::move(cs))) {
        at(24);
        Value v = co_await f;
        print("as_completed", v);
    }
    try {
        at(26);
        TaskGroup tg;
        std::exception_ptr e;
        try {
            at(27);
            tg.createTask(job("q", 2));
            at(28);
            tg.createTask(job("p", 2));
            at(29);
            tg.createTask(fail());
        } catch (...) {
            e = std::current_exception();
        }
        at(26);
        co_await tg.exit(e);
    } catch (const ExceptionGroup &) {
        at(31);
        print("group failed");
    }
    at(32);
    createTask(job("m", 5));
    at(33);
    createTask(job("n", 5));
    at(34);
    co_await sleep(0);
}
} // namespace creation_order_twin

// Where CPython iterates a set of tasks (wait's done set, as_completed's inputs, a TaskGroup's
// abort, asyncio.run's leftovers), its order follows memory addresses; the engine, like
// pytrace, uses creation order.
TEST(Golden, SetsOfTasksIterateInCreationOrderInWaitAsCompletedTaskGroupAndShutdown) {
    golden::expectSameAsCPython(
        "creation_order", run(creation_order_twin::main(), golden::options("creation_order")));
}

namespace bounded_semaphore_twin {
namespace asyncio {
/// asyncio.sleep as a coroutine of asyncio's own (`create_task(asyncio.sleep(5))`).
InternalCoro<> sleep(double d) {
    co_await loopscope::sleep(d);
}
} // namespace asyncio
Coro<> user(Semaphore &sem, std::string name) {
    at(4);
    at(5);
    co_await sem.acquire();
    at(6);
    print(name, "in");
    at(7);
    co_await sleep(1);
    sem.release();
}
Coro<> main() {
    at(10);
    at(11);
    BoundedSemaphore sem(2);
    at(12);
    std::vector<Coro<>> us;
    for (const char *n : {"a", "b", "c"})
        us.push_back(user(sem, n));
    co_await gather(std::move(us));
    try {
        at(14);
        sem.release();
    } catch (const ValueError &e) {
        at(16);
        print("ValueError", e.what());
    }
    at(17);
    Task t = createTask(asyncio::sleep(5));
    at(18);
    co_await sleep(0);
    at(19);
    t.cancel();
    try {
        try {
            at(22);
            co_await t;
        } catch (const Exception &) {
            at(24);
            print("not here");
        }
    } catch (const CancelledError &) {
        at(26);
        print("CancelledError is no Exception");
    }
}
} // namespace bounded_semaphore_twin

// locks.BoundedSemaphore: one release too many is a ValueError; waiters get the semaphore in
// FIFO order. A CancelledError (a BaseException) passes an `except Exception` handler.
TEST(Golden, BoundedSemaphoreRejectsAnExtraReleaseAndCancelledErrorPassesExceptException) {
    golden::expectSameAsCPython("bounded_semaphore", run(bounded_semaphore_twin::main(),
                                                         golden::options("bounded_semaphore")));
}
