#!/usr/bin/python3
"""The benchmark workloads on CPython's own asyncio (run with /usr/bin/python3, CPython 3.11).

    /usr/bin/python3 bench/cpython_bench.py WORKLOAD

Prints `<workload> cpython steps=<task steps> seconds=<s> steps_per_s=<n> peak_rss_kb=<kb>`.
The loop is asyncio's own SelectorEventLoop with a virtual clock: time() returns a counter and the
selector's select(timeout) jumps it forward instead of sleeping, so no real time is waited and
_run_once, the ready queue and the timer heap are CPython's. Task steps are not counted at run
time (that would slow CPython down): they are the workload's known count, the same formula the
engine's measured count must match (see engine_bench.cpp). Seconds are this process's CPU time
(time.process_time), as for the engine: the machine may be shared.
"""
import asyncio
import random
import resource
import selectors
import sys
import time


class VirtualSelector(selectors.BaseSelector):
    def __init__(self):
        self.loop = None
        self._map = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, id(fileobj), events, data)
        self._map[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self._map.pop(fileobj)

    def get_map(self):
        return self._map

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            loop = self.loop
            loop.clock = loop._scheduled[0]._when if loop._scheduled else loop.clock + timeout
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        sel = VirtualSelector()
        self.clock = 0.0
        super().__init__(selector=sel)
        sel.loop = self

    def time(self):
        return self.clock


N_SWITCH_TASKS, N_SWITCHES = 1000, 1000
N_SPAWN = 200_000
N_TIMER_TASKS, N_SLEEPS = 100_000, 10
TREE_DEPTH, TREE_FANOUT = 6, 6


async def switcher():
    for _ in range(N_SWITCHES):
        await asyncio.sleep(0)


async def switch():
    await asyncio.gather(*(switcher() for _ in range(N_SWITCH_TASKS)))


async def nothing():
    return None


async def spawn():
    await asyncio.gather(*(nothing() for _ in range(N_SPAWN)))


async def sleeper():
    for _ in range(N_SLEEPS):
        await asyncio.sleep(random.random())


async def timers():
    await asyncio.gather(*(sleeper() for _ in range(N_TIMER_TASKS)))


async def tree(depth):
    if depth == 0:
        await asyncio.sleep(0)
    else:
        await asyncio.gather(*(tree(depth - 1) for _ in range(TREE_FANOUT)))


async def gather_tree():
    await tree(TREE_DEPTH)


def tree_tasks():
    return sum(TREE_FANOUT ** d for d in range(1, TREE_DEPTH + 1))


# Task steps of each workload (main task included): every task takes one step to start and
# one per resumption.
STEPS = {
    'switch': N_SWITCH_TASKS * (N_SWITCHES + 1) + 2,
    'spawn': N_SPAWN + 2,
    'timers': N_TIMER_TASKS * (N_SLEEPS + 1) + 2,
    'gather_tree': 2 * tree_tasks() + 2,
}
WORKLOADS = {'switch': switch, 'spawn': spawn, 'timers': timers, 'gather_tree': gather_tree}


def main():
    name = sys.argv[1]
    random.seed(0)
    with asyncio.Runner(loop_factory=VirtualLoop) as runner:
        t0 = time.process_time()
        runner.run(WORKLOADS[name]())
        seconds = time.process_time() - t0
    steps = STEPS[name]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f'{name} cpython steps={steps} seconds={seconds:.3f} steps_per_s={steps / seconds:.0f} '
          f'peak_rss_kb={rss}')


if __name__ == '__main__':
    main()
