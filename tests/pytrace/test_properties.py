"""Properties every test program must have: byte-identical reruns, the same trace with the C Task
and with the pure-Python Task, and printed lines in the order a real (scaled-time) run prints them.
"""

import concurrent.futures
import json
import unittest

import tracecase
from tracecase import REALITY_EXEMPT, REALITY_SCALE, program_names, program_path, text

import pytrace_reality  # noqa: E402  (tools/ is on sys.path through tracecase)


def setUpModule():
    tracecase.prefetch([(n, kw) for n in program_names()
                        for kw in ({}, {'run': 1}, {'pure_python': True})])


class EveryProgram(unittest.TestCase):
    def test_there_are_enough_programs(self):
        self.assertGreaterEqual(len(program_names()), 15)

    def test_two_runs_are_byte_identical(self):
        for name in program_names():
            with self.subTest(program=name):
                self.assertEqual(text(name), text(name, run=1))

    def test_c_task_and_python_task_give_the_same_trace(self):
        for name in program_names():
            with self.subTest(program=name):
                self.assertEqual(text(name), text(name, pure_python=True))

    def test_every_trace_is_well_formed(self):
        for name in program_names():
            with self.subTest(program=name):
                tr = json.loads(text(name))
                events = tr['events']
                self.assertEqual([e['seq'] for e in events], list(range(len(events))))
                self.assertEqual(events[-1]['ev'], 'end')
                self.assertEqual(tr['status'], events[-1]['status'])
                times = [e['t'] for e in events]
                self.assertEqual(times, sorted(times), 'time never goes back')
                self.assertTrue(all(isinstance(t, float) for t in times))
                self.assertEqual([t['task'] for t in tr['tasks']],
                                 list(range(1, len(tr['tasks']) + 1)))

    def test_the_ready_queue_replays(self):
        # The loop's internals read as a queue: handles are numbered in the order they join,
        # every `run` pops the oldest, an iteration's snapshot is never more than is queued and
        # runs to its end before the next `iter`, and every step is run by a handle that was
        # queued as that task's step or wakeup.
        import collections
        for name in program_names():
            with self.subTest(program=name):
                events = json.loads(text(name))['events']
                queue, handles, left, last = collections.deque(), {}, 0, None
                iterations = 0
                # Generators driven by hand are resumed by the program, not by the loop: their
                # lanes never appear in a `sched`, and their steps come from no handle.
                scheduled = {e['task'] for e in events if e['ev'] == 'sched'}
                for e in events:
                    if e['ev'] == 'sched':
                        self.assertEqual(e['handle'], len(handles) + 1)
                        handles[e['handle']] = e
                        queue.append(e['handle'])
                    elif e['ev'] == 'iter':
                        iterations += 1
                        self.assertEqual(e['iter'], iterations)
                        self.assertEqual(left, 0, 'the previous iteration ran its snapshot')
                        self.assertLessEqual(e['ready'], len(queue))
                        left = e['ready']
                    elif e['ev'] == 'run':
                        self.assertGreater(left, 0, 'a run belongs to an iteration')
                        self.assertEqual(e['handle'], queue.popleft())
                        left -= 1
                        last = handles[e['handle']]
                        if last['what'] is None:  # a cancelled timer moved from the heap
                            self.assertTrue(e['cancelled'])
                    elif e['ev'] == 'step' and e['task'] in scheduled:
                        self.assertIsNotNone(last, 'a step runs from a handle')
                        self.assertIn(last['what'], ('step', 'wakeup'))
                        self.assertEqual(last['task'], e['task'])
                        last = None

    def test_reality_prints_in_the_trace_order(self):
        names = [n for n in program_names() if n not in REALITY_EXEMPT]

        def check(name):
            tr = json.loads(text(name))
            ok, report = pytrace_reality.check(program_path(name), tr, REALITY_SCALE)
            if not ok:
                # A real run is at the mercy of the machine's load: a few milliseconds late and
                # a thread or a timer overtakes another. The trace's order does not depend on
                # the scale, so a genuine disagreement shows again at 5 times the scale.
                ok, again = pytrace_reality.check(program_path(name), tr, REALITY_SCALE * 5)
                report += '\nand again:\n' + again
            return name, (ok, report)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(check, names))
        for name, (ok, report) in results:
            with self.subTest(program=name):
                self.assertTrue(ok, report)

if __name__ == '__main__':
    unittest.main()
