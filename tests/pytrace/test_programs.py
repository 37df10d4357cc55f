"""pytrace traces of the test programs, event by event.

Each expectation was worked out from CPython 3.11.2's asyncio source (base_events._run_once,
tasks.py, taskgroups.py, timeouts.py, locks.py, queues.py, runners.py) and its printed lines
confirmed by the reality run (test_properties). Tuples are tracecase.compact()'s.
"""

import unittest

import tracecase
from tracecase import SHUTDOWN, compact, prints, trace


def setUpModule():
    tracecase.prefetch([(n, {}) for n in tracecase.program_names()])

CORE = ('step', 'yield', 'done', 'print', 'cancel', 'task_new', 'rename', 'end')


class SayAfter(unittest.TestCase):
    """Two tasks created in one step run on the next iterations; awaiting them takes 2 s, not 3."""

    def test_every_compared_event(self):
        self.assertEqual(compact(trace('say_after')), [
            (0.0, 'task_new', 1, 'Task-1', 'main', None),
            (0.0, 'step', 1, None),
            (0.0, 'task_new', 2, 'Task-2', 'say_after', 1),
            # asyncio.create_task(name=...) numbers the task, then set_name renames it
            (0.0, 'task_new', 3, 'Task-3', 'say_after', 1),
            (0.0, 'rename', 3, 'second'),
            (0.0, 'print', 1, 'started at 00:00:00'),
            (0.0, 'yield', 1, 'task', [2], None, None),
            (0.0, 'step', 2, None),
            (0.0, 'yield', 2, 'sleep', None, 1.0, None),
            (0.0, 'step', 3, None),
            (0.0, 'yield', 3, 'sleep', None, 2.0, None),
            (1.0, 'step', 2, None),
            (1.0, 'print', 2, 'hello'),
            (1.0, 'done', 2, 'result', 'None'),
            (1.0, 'step', 1, None),
            (1.0, 'yield', 1, 'task', [3], None, None),
            (2.0, 'step', 3, None),
            (2.0, 'print', 3, 'world'),
            (2.0, 'done', 3, 'result', 'None'),
            (2.0, 'step', 1, None),
            (2.0, 'print', 1, 'finished at 00:00:02'),
            (2.0, 'done', 1, 'result', 'None'),
        ] + SHUTDOWN(2.0, 4) + [(2.0, 'end', 'ok', None, None)])

    def test_lines_timers_and_idle(self):
        got = compact(trace('say_after'), kinds=('line', 'timer', 'idle'))
        self.assertEqual(got[:12], [
            (0.0, 'line', 1, 13, 'step'),      # a first step starts at the `async def` line
            (0.0, 'line', 1, 17, 'suspend'),   # await task1
            (0.0, 'line', 2, 8, 'step'),
            (0.0, 'timer', 1, 'armed', 1.0, 'sleep'),
            (0.0, 'line', 2, 9, 'suspend'),
            (0.0, 'line', 3, 8, 'step'),
            (0.0, 'timer', 2, 'armed', 2.0, 'sleep'),
            (0.0, 'line', 3, 9, 'suspend'),
            (0.0, 'idle', 1.0),
            (1.0, 'timer', 1, 'fired', 1.0, 'sleep'),
            (1.0, 'line', 2, 9, 'step'),       # resumes where it suspended
            (1.0, 'line', 1, 17, 'step'),
        ])

    def test_header(self):
        tr = trace('say_after')
        self.assertEqual(tr['params'], {'DELAY_A': 1.0, 'DELAY_B': 2.0})
        self.assertEqual(tr['tasks'][2], {'task': 3, 'name': 'second', 'coro': 'say_after',
                                          'parent': 1})
        self.assertEqual(tr['status'], 'ok')
        self.assertEqual([e['seq'] for e in tr['events']], list(range(len(tr['events']))))


class NamesLinesAndPartialPrints(unittest.TestCase):
    def test_loop_create_task_with_a_name_consumes_no_number(self):
        got = compact(trace('hello_ru'), kinds=('task_new', 'rename'))
        self.assertEqual(got, [
            (0.0, 'task_new', 1, 'Task-1', 'main', None),
            (0.0, 'task_new', 2, 'пинг', 'ping', 1),       # Task(name=...): named at creation
            (0.0, 'task_new', 3, 'Task-2', 'ping', 1),
            (0.75, 'task_new', 4, 'Task-3', 'shutdown_asyncgens', None),
            (0.75, 'task_new', 5, 'Task-4', 'shutdown_default_executor', None),
        ])

    def test_sleep0_round_robin_call_later_and_nested_awaits(self):
        got = compact(trace('hello_ru'), kinds=('step', 'line', 'yield', 'print', 'timer'))
        self.assertEqual(got[:35], [
            (0.0, 'step', 1, None), (0.0, 'line', 1, 22, 'step'),
            (0.0, 'line', 1, 26, 'suspend'), (0.0, 'yield', 1, 'gather', [2, 3], None, None),
            (0.0, 'step', 2, None), (0.0, 'line', 2, 16, 'step'),
            (0.0, 'print', 2, 'пинг 0'),
            (0.0, 'line', 2, 19, 'suspend'), (0.0, 'yield', 2, 'sleep0', None, None, None),
            (0.0, 'step', 3, None), (0.0, 'line', 3, 16, 'step'),
            (0.0, 'print', 3, 'понг 0'),
            (0.0, 'line', 3, 19, 'suspend'), (0.0, 'yield', 3, 'sleep0', None, None, None),
            (0.0, 'step', 2, None), (0.0, 'line', 2, 19, 'step'),
            (0.0, 'print', 2, 'пинг 1'),
            (0.0, 'line', 2, 19, 'suspend'), (0.0, 'yield', 2, 'sleep0', None, None, None),
            (0.0, 'step', 3, None), (0.0, 'line', 3, 19, 'step'),
            (0.0, 'print', 3, 'понг 1'),
            (0.0, 'line', 3, 19, 'suspend'), (0.0, 'yield', 3, 'sleep0', None, None, None),
            (0.0, 'step', 2, None), (0.0, 'line', 2, 19, 'step'),
            (0.0, 'step', 3, None), (0.0, 'line', 3, 19, 'step'),
            (0.0, 'step', 1, None), (0.0, 'line', 1, 26, 'step'),
            (0.0, 'timer', 1, 'armed', 0.25, 'call_later'),
            (0.0, 'line', 1, 29, 'suspend'), (0.0, 'yield', 1, 'future', None, None, None),
            (0.25, 'timer', 1, 'fired', 0.25, 'call_later'),
            (0.25, 'step', 1, None),
        ])
        self.assertEqual(got[35:], [
            (0.25, 'line', 1, 29, 'step'),
            (0.25, 'print', 1, 'звонок'),
            (0.25, 'timer', 2, 'armed', 0.75, 'sleep'),
            # main -> print_sum -> compute -> sleep: the innermost listing frame is compute's
            (0.25, 'line', 1, 6, 'suspend'),
            (0.25, 'yield', 1, 'sleep', None, 0.75, None),
            (0.75, 'timer', 2, 'fired', 0.75, 'sleep'),
            (0.75, 'step', 1, None),
            (0.75, 'line', 1, 6, 'step'),
            # a line printed in two parts is one event, when it ends, at its first part's line
            (0.75, 'print', 1, 'Вычисляю 1 + 2 ... готово'),
            (0.75, 'print', 1, '1 + 2 = 3'),
            (0.75, 'step', 4, None), (0.75, 'line', 4, None, 'step'),
            (0.75, 'step', 5, None), (0.75, 'line', 5, None, 'step'),
        ])
        lines = [e['line'] for e in trace('hello_ru')['events'] if e['ev'] == 'print']
        self.assertEqual(lines, [18, 18, 18, 18, 29, 5, 13])


class Gather(unittest.TestCase):
    def test_return_exceptions_then_first_error_propagates(self):
        got = compact(trace('gather_mix'), kinds=('step', 'yield', 'done', 'print'))
        self.assertEqual(got, [
            (0.0, 'step', 1, None),
            (0.0, 'yield', 1, 'gather', [2, 3, 4], None, None),
            (0.0, 'step', 2, None), (0.0, 'yield', 2, 'sleep', None, 0.2, None),
            (0.0, 'step', 3, None), (0.0, 'yield', 3, 'sleep', None, 0.1, None),
            (0.0, 'step', 4, None), (0.0, 'yield', 4, 'sleep', None, 0.3, None),
            (0.1, 'step', 3, None), (0.1, 'print', 3, 'b done'), (0.1, 'done', 3, 'result', "'B'"),
            (0.2, 'step', 2, None), (0.2, 'print', 2, 'a done'), (0.2, 'done', 2, 'result', "'A'"),
            (0.3, 'step', 4, None), (0.3, 'done', 4, 'exception', 'ValueError'),
            (0.3, 'step', 1, None),
            (0.3, 'print', 1, "['A', 'B', ValueError('c failed')]"),
            (0.3, 'yield', 1, 'gather', [5, 6], None, None),
            (0.3, 'step', 5, None), (0.3, 'yield', 5, 'sleep', None, 0.8, None),
            (0.3, 'step', 6, None), (0.3, 'yield', 6, 'sleep', None, 0.4, None),
            (0.4, 'step', 6, None), (0.4, 'done', 6, 'exception', 'ValueError'),
            (0.4, 'step', 1, 'ValueError'),
            (0.4, 'print', 1, 'caught e failed'),
            (0.4, 'yield', 1, 'sleep', None, 1.4, None),
            (0.8, 'step', 5, None), (0.8, 'print', 5, 'd done'), (0.8, 'done', 5, 'result', "'D'"),
            (1.4, 'step', 1, None), (1.4, 'print', 1, 'end'), (1.4, 'done', 1, 'result', 'None'),
            (1.4, 'step', 7, None), (1.4, 'done', 7, 'result', 'None'),
            (1.4, 'step', 8, None), (1.4, 'done', 8, 'result', 'None'),
        ])


class Wait(unittest.TestCase):
    def test_first_completed_timeout_all_and_first_exception(self):
        got = compact(trace('wait_modes'), kinds=('yield', 'print', 'cancel', 'timer'))
        main = [e for e in got if e[1] != 'yield' or e[2] == 1]
        self.assertEqual(main, [
            (0.0, 'yield', 1, 'wait', [2, 3, 4], None, None),
            (0.0, 'timer', 1, 'armed', 0.3, 'sleep'),
            (0.0, 'timer', 2, 'armed', 0.1, 'sleep'),
            (0.0, 'timer', 3, 'armed', 0.2, 'sleep'),
            (0.1, 'timer', 2, 'fired', 0.1, 'sleep'),
            (0.1, 'print', 1, "first: ['y'] pending: ['Task-2', 'Task-4']"),
            # wait(timeout=0.15) arms its own timer at 0.1 + 0.15
            (0.1, 'timer', 4, 'armed', 0.25, 'wait'),
            (0.1, 'yield', 1, 'wait', [2, 3, 4], 0.25, None),
            (0.2, 'timer', 3, 'fired', 0.2, 'sleep'),
            (0.25, 'timer', 4, 'fired', 0.25, 'wait'),
            (0.25, 'print', 1, "after timeout: ['y', 'z'] 1"),
            (0.25, 'yield', 1, 'wait', [2, 3, 4], None, None),
            (0.3, 'timer', 1, 'fired', 0.3, 'sleep'),
            (0.3, 'print', 1, "all: ['x', 'y', 'z']"),
            (0.3, 'yield', 1, 'wait', [5, 6, 7], None, None),
            (0.3, 'timer', 5, 'armed', 0.5, 'sleep'),
            (0.3, 'timer', 6, 'armed', 0.4, 'sleep'),
            (0.3, 'timer', 7, 'armed', 0.7, 'sleep'),
            (0.4, 'timer', 6, 'fired', 0.4, 'sleep'),
            (0.4, 'print', 1, "exception: ['RuntimeError'] pending: ['Task-5', 'Task-7']"),
            # the program cancels the pending ones in creation order (deviation 2)
            (0.4, 'cancel', 5, 1, None, True),
            (0.4, 'cancel', 7, 1, None, True),
            (0.4, 'yield', 1, 'gather', [5, 7], None, None),
            (0.4, 'timer', 5, 'cancelled', 0.5, 'sleep'),
            (0.4, 'timer', 7, 'cancelled', 0.7, 'sleep'),
            (0.4, 'print', 1, 'cancelled: [True, False, True]'),
        ])

    def test_sets_iterate_in_creation_order(self):
        self.assertEqual(prints(trace('set_order')), [
            "done ['Task-5', 'Task-6']",
            "pending ['Task-2', 'Task-3', 'Task-4']",
            "all ['Task-1', 'Task-2', 'Task-3', 'Task-4']",
        ])


class WaitFor(unittest.TestCase):
    def test_timeout_cancels_and_waits_for_the_cleanup(self):
        got = compact(trace('wait_for_cleanup'),
                      kinds=('step', 'yield', 'done', 'print', 'cancel', 'timer', 'task_new'))
        self.assertEqual(got, [
            (0.0, 'task_new', 1, 'Task-1', 'main', None),
            (0.0, 'step', 1, None),
            # 3.11.2: the timer is armed before the awaitable is wrapped in a task
            (0.0, 'timer', 1, 'armed', 1.0, 'wait_for'),
            (0.0, 'task_new', 2, 'Task-2', 'quick', 1),
            (0.0, 'yield', 1, 'wait_for', [2], 1.0, None),
            (0.0, 'step', 2, None),
            (0.0, 'timer', 2, 'armed', 0.2, 'sleep'),
            (0.0, 'yield', 2, 'sleep', None, 0.2, None),
            (0.2, 'timer', 2, 'fired', 0.2, 'sleep'),
            (0.2, 'step', 2, None),
            (0.2, 'done', 2, 'result', '42'),
            (0.2, 'step', 1, None),
            (0.2, 'timer', 1, 'cancelled', 1.0, 'wait_for'),
            (0.2, 'print', 1, 'quick gave 42'),
            (0.2, 'timer', 3, 'armed', 1.2, 'wait_for'),
            (0.2, 'task_new', 3, 'Task-3', 'slow', 1),
            (0.2, 'yield', 1, 'wait_for', [3], 1.2, None),
            (0.2, 'step', 3, None),
            (0.2, 'print', 3, 'slow: start'),
            (0.2, 'timer', 4, 'armed', 5.2, 'sleep'),
            (0.2, 'yield', 3, 'sleep', None, 5.2, None),
            (1.2, 'timer', 3, 'fired', 1.2, 'wait_for'),
            (1.2, 'step', 1, None),
            (1.2, 'cancel', 3, 1, None, True),
            # _cancel_and_wait: no deadline any more
            (1.2, 'yield', 1, 'wait_for', [3], None, None),
            (1.2, 'step', 3, 'CancelledError'),
            (1.2, 'timer', 4, 'cancelled', 5.2, 'sleep'),
            (1.2, 'print', 3, 'slow: cleanup'),
            (1.2, 'timer', 5, 'armed', 1.7, 'sleep'),
            (1.2, 'yield', 3, 'sleep', None, 1.7, None),
            (1.7, 'timer', 5, 'fired', 1.7, 'sleep'),
            (1.7, 'step', 3, None),
            (1.7, 'print', 3, 'slow: cleaned up'),
            (1.7, 'done', 3, 'cancelled', None),
            (1.7, 'step', 1, None),
            (1.7, 'print', 1, 'timed out at 1'),
            (1.7, 'done', 1, 'result', 'None'),
        ] + SHUTDOWN(1.7, 4))


class Shield(unittest.TestCase):
    def test_cancelling_the_shield_leaves_the_inner_task_running(self):
        got = compact(trace('shield_cancel'), kinds=CORE)
        self.assertEqual(got, [
            (0.0, 'task_new', 1, 'Task-1', 'main', None),
            (0.0, 'step', 1, None),
            (0.0, 'task_new', 2, 'Task-2', 'important', 1),
            (0.0, 'task_new', 3, 'Task-3', 'caller', 1),
            (0.0, 'yield', 1, 'sleep', None, 0.5, None),
            (0.0, 'step', 2, None),
            (0.0, 'print', 2, 'important: start'),
            (0.0, 'yield', 2, 'sleep', None, 2.0, None),
            (0.0, 'step', 3, None),
            (0.0, 'yield', 3, 'shield', [2], None, None),
            (0.5, 'step', 1, None),
            (0.5, 'cancel', 3, 1, 'stop', True),
            (0.5, 'yield', 1, 'task', [3], None, None),
            (0.5, 'step', 3, 'CancelledError'),
            (0.5, 'done', 3, 'cancelled', 'stop'),
            (0.5, 'step', 1, 'CancelledError'),
            (0.5, 'print', 1, 'caller cancelled; inner done? False'),
            (0.5, 'yield', 1, 'task', [2], None, None),
            (2.0, 'step', 2, None),
            (2.0, 'print', 2, 'important: done'),
            (2.0, 'done', 2, 'result', "'saved'"),
            (2.0, 'step', 1, None),
            (2.0, 'print', 1, 'inner gave saved'),
            # cancel() of a task already done returns False
            (2.0, 'cancel', 2, 1, None, False),
            (2.0, 'print', 1, 'cancel a done task: False'),
            (2.0, 'done', 1, 'result', 'None'),
        ] + SHUTDOWN(2.0, 4) + [(2.0, 'end', 'ok', None, None)])


    def test_wait_for_a_shield_and_async_generators(self):
        got = compact(trace('shield_wait_for'), kinds=('line', 'yield', 'print', 'task_new',
                                                        'cancel', 'step', 'done'))
        # `async for` over an async generator: the task waits inside the generator's sleep
        self.assertEqual(got[3:6], [(0.0, 'print', 1, 'got 0'),
                                    (0.0, 'line', 1, 6, 'suspend'),
                                    (0.0, 'yield', 1, 'sleep', None, 0.1, None)])
        t = 0.30000000000000004  # 0.1 + 0.1 + 0.1
        self.assertIn((t, 'yield', 1, 'wait_for', [2], 1.3, None), got)
        self.assertEqual(got[got.index((1.3, 'step', 1, None)):], [
            (1.3, 'step', 1, None), (1.3, 'line', 1, 21, 'step'),
            # the timeout cancels the shield's outer future (not a task: no cancel event)
            (1.3, 'line', 1, 21, 'suspend'), (1.3, 'yield', 1, 'wait_for', [2], None, None),
            (1.3, 'step', 1, None), (1.3, 'line', 1, 21, 'step'),
            (1.3, 'print', 1, 'timeout; inner still running: True'),
            (1.3, 'print', 1, 'first 0'),
            (1.3, 'print', 1, 'main returns'),
            (1.3, 'done', 1, 'result', 'None'),
            # the unfinished generator `g` dies with main: the loop's finalizer hook creates a
            # task for g.aclose() (call_soon_threadsafe(create_task, ...)) before run() ends
            (1.3, 'task_new', 3, 'Task-3', 'async_generator_athrow', None),
            (1.3, 'cancel', 2, None, None, True),
            (1.3, 'cancel', 3, None, None, True),
            # (its line: where the generator is suspended, `yield i`)
            (1.3, 'step', 3, 'CancelledError'), (1.3, 'line', 3, 5, 'step'),
            (1.3, 'done', 3, 'cancelled', None),
            (1.3, 'step', 2, 'CancelledError'), (1.3, 'line', 2, 10, 'step'),
            (1.3, 'print', 2, 'slow cancelled at exit'),
            (1.3, 'done', 2, 'cancelled', None),
            (1.3, 'task_new', 4, 'Task-4', 'shutdown_asyncgens', None),
            (1.3, 'step', 4, None), (1.3, 'line', 4, None, 'step'),
            (1.3, 'done', 4, 'result', 'None'),
            (1.3, 'task_new', 5, 'Task-5', 'shutdown_default_executor', None),
            (1.3, 'step', 5, None), (1.3, 'line', 5, None, 'step'),
            (1.3, 'done', 5, 'result', 'None'),
        ])


class AsCompleted(unittest.TestCase):
    def test_results_in_completion_order(self):
        got = compact(trace('as_completed_demo'), kinds=('task_new', 'yield', 'print'))
        self.assertEqual([e for e in got if e[1] != 'yield' or e[2] == 1], [
            (0.0, 'task_new', 1, 'Task-1', 'main', None),
            (0.0, 'task_new', 2, 'Task-2', 'fetch', 1),
            (0.0, 'task_new', 3, 'Task-3', 'fetch', 1),
            (0.0, 'task_new', 4, 'Task-4', 'fetch', 1),
            (0.0, 'yield', 1, 'as_completed', [2, 3, 4], None, None),
            (0.1, 'print', 1, 'page 2'),
            (0.1, 'yield', 1, 'as_completed', [2, 4], None, None),
            (0.2, 'print', 1, 'page 3'),
            (0.2, 'yield', 1, 'as_completed', [2], None, None),
            (0.3, 'print', 1, 'page 1'),
            (0.3, 'task_new', 5, 'Task-5', 'shutdown_asyncgens', None),
            (0.3, 'task_new', 6, 'Task-6', 'shutdown_default_executor', None),
        ])


class Timeout(unittest.TestCase):
    def test_timeout_block_and_reschedule(self):
        got = compact(trace('timeout_block'), kinds=('step', 'print', 'cancel', 'timer'))
        self.assertEqual(got[:14], [
            (0.0, 'step', 1, None),
            (0.0, 'timer', 1, 'armed', 1.5, 'timeout'),
            (0.0, 'print', 1, 'sleeping 10 s'),
            (0.0, 'timer', 2, 'armed', 10.0, 'sleep'),
            (1.5, 'timer', 1, 'fired', 1.5, 'timeout'),
            # Timeout._on_timeout cancels the task from a callback: by nobody
            (1.5, 'cancel', 1, None, None, True),
            (1.5, 'step', 1, 'CancelledError'),
            (1.5, 'timer', 2, 'cancelled', 10.0, 'sleep'),
            (1.5, 'print', 1, 'timeout after 1'),
            (1.5, 'timer', 3, 'armed', 3.5, 'timeout'),
            (1.5, 'timer', 4, 'armed', 2.0, 'sleep'),
            (2.0, 'timer', 4, 'fired', 2.0, 'sleep'),
            (2.0, 'step', 1, None),
            (2.0, 'timer', 3, 'cancelled', 3.5, 'timeout'),   # reschedule(None)
        ])
        self.assertEqual(prints(trace('timeout_block'))[-1], 'rescheduled block finished at 5')


class TaskGroups(unittest.TestCase):
    def test_failure_cancels_siblings_and_raises_exception_group(self):
        got = compact(trace('taskgroup_errors'), kinds=CORE)
        second = got[got.index((0.2, 'print', 1, 'first group done')):]
        self.assertEqual(second, [
            (0.2, 'print', 1, 'first group done'),
            (0.2, 'task_new', 4, 'Task-4', 'ok', 1),
            (0.2, 'task_new', 5, 'Task-5', 'bad', 1),
            (0.2, 'rename', 5, 'failing-v'),          # TaskGroup.create_task(name=...)
            (0.2, 'task_new', 6, 'Task-6', 'ok', 1),
            (0.2, 'task_new', 7, 'Task-7', 'bad', 1),
            (0.2, 'yield', 1, 'taskgroup', [4, 5, 6, 7], None, None),
            (0.2, 'step', 4, None), (0.2, 'yield', 4, 'sleep', None, 3.2, None),
            (0.2, 'step', 5, None), (0.2, 'yield', 5, 'sleep', None, 1.2, None),
            (0.2, 'step', 6, None), (0.2, 'yield', 6, 'sleep', None, 5.2, None),
            (0.2, 'step', 7, None), (0.2, 'yield', 7, 'sleep', None, 1.2, None),
            # equal deadlines: armed order (deviation 1)
            (1.2, 'step', 5, None), (1.2, 'done', 5, 'exception', 'ValueError'),
            (1.2, 'step', 7, None), (1.2, 'done', 7, 'exception', 'KeyError'),
            # _on_task_done of task 5 (a callback): _abort() in creation order, then the parent
            (1.2, 'cancel', 4, None, None, True),
            (1.2, 'cancel', 6, None, None, True),
            (1.2, 'cancel', 1, None, None, True),
            (1.2, 'step', 4, 'CancelledError'),
            (1.2, 'print', 4, 'slow1 cancelled, cleaning up'),
            (1.2, 'yield', 4, 'sleep', None, 1.3, None),
            (1.2, 'step', 6, 'CancelledError'),
            (1.2, 'print', 6, 'slow2 cancelled, cleaning up'),
            (1.2, 'yield', 6, 'sleep', None, 1.3, None),
            (1.2, 'step', 1, 'CancelledError'),
            (1.2, 'yield', 1, 'taskgroup', [4, 6], None, None),
            (1.3, 'step', 4, None), (1.3, 'print', 4, 'slow1 cleaned up'),
            (1.3, 'done', 4, 'cancelled', None),
            (1.3, 'step', 6, None), (1.3, 'print', 6, 'slow2 cleaned up'),
            (1.3, 'done', 6, 'cancelled', None),
            (1.3, 'step', 1, None),
            (1.3, 'print', 1, "ValueErrors: ['v']"),
            (1.3, 'print', 1, 'KeyErrors: ["\'k\'"]'),
            (1.3, 'print', 1, 'main end'),
            (1.3, 'done', 1, 'result', 'None'),
        ] + SHUTDOWN(1.3, 8) + [(1.3, 'end', 'ok', None, None)])


class Synchronisation(unittest.TestCase):
    def test_what_each_waiter_waits_on(self):
        waits = [(e[0], e[2], e[6]) for e in compact(trace('sync_primitives'), kinds=('yield',))
                 if e[3] == 'future']
        self.assertEqual(waits, [
            (0.0, 3, 'Lock.acquire'), (0.0, 4, 'Lock.acquire'),
            (1.1, 7, 'Semaphore.acquire'), (1.1, 8, 'Semaphore.acquire'),
            (3.1, 9, 'Event.wait'), (3.1, 10, 'Event.wait'),
            (3.4, 11, 'Condition.wait_for'), (3.4, 12, 'Condition.wait_for'),
            (3.9000000000000004, 13, 'Barrier.wait'),
        ])

    def test_fifo_wakeups(self):
        self.assertEqual(prints(trace('sync_primitives')), [
            'A has the lock', 'A released', 'B has the lock', 'B released', 'C has the lock',
            'C released',
            'job 0 in', 'job 1 in', 'job 0 out', 'job 1 out', 'job 2 in', 'job 3 in',
            'job 2 out', 'job 3 out',
            'waiter 0 waits', 'waiter 1 waits', 'waiter 0 woke', 'waiter 1 woke',
            'consumer 0 got x', 'consumer 1 got y',
            'party 0 at the barrier', 'party 1 at the barrier', 'party 1 passes',
            'party 0 passes',
        ])

    def test_queue_put_get_join(self):
        got = compact(trace('queue_workers'), kinds=('yield', 'print', 'cancel'))
        queue = [(e[0], e[2], e[6]) for e in got if e[1] == 'yield' and e[3] == 'future']
        self.assertEqual(queue[:3], [(0.0, 1, 'Queue.put'), (0.0, 1, 'Queue.put'),
                                     (0.1, 1, 'Queue.join')])
        self.assertEqual(queue[-2:], [(0.6000000000000001, 3, 'Queue.get'), (0.9, 2, 'Queue.get')])
        self.assertEqual(prints(trace('queue_workers')), [
            'put 1', 'put 2', 'w0 takes 1', 'w1 takes 2', 'put 3', 'put 4', 'w0 takes 3',
            'put 5', 'w1 takes 4', 'w0 takes 5', 'all processed'])
        self.assertEqual([e for e in got if e[1] == 'cancel'],
                         [(0.9, 'cancel', 2, 1, None, True), (0.9, 'cancel', 3, 1, None, True)])


class ThreadsAndBlocking(unittest.TestCase):
    def test_executor_jobs_are_virtual_threads(self):
        got = compact(trace('executor_jobs'), kinds=('thread', 'print', 'step', 'yield'))
        self.assertEqual([e for e in got if e[1] in ('thread', 'print')], [
            (0.0, 'thread', 1, 1, 'blocking', 0.0, 1.0),
            (0.0, 'print', 'job 1', 'exec: start'),
            (0.6, 'print', 2, 'tick 0'),
            (1.0, 'print', 'job 1', 'exec: end'),
            (1.0, 'thread', 2, 3, 'blocking', 1.0, 1.25),   # to_thread runs in task 3
            (1.0, 'print', 'job 2', 'thread1: start'),
            (1.0, 'thread', 3, 4, 'blocking', 1.0, 0.5),
            (1.0, 'print', 'job 3', 'thread2: start'),
            (1.2, 'print', 2, 'tick 1'),
            (1.5, 'print', 'job 3', 'thread2: end'),
            (1.7999999999999998, 'print', 2, 'tick 2'),
            (2.25, 'print', 'job 2', 'thread1: end'),
            (2.25, 'print', 1, 'results 1.0 1.25 0.5'),
        ])
        self.assertIn((0.0, 'yield', 1, 'executor', [1], None, None), got)
        self.assertIn((1.0, 'yield', 3, 'executor', [2], None, None), got)
        # the job's result comes back at start + duration
        self.assertIn((1.0, 'step', 1, None), got)
        self.assertIn((1.5, 'step', 4, None), got)

    def test_a_one_worker_pool_queues_jobs_and_threads_have_no_loop(self):
        got = compact(trace('executor_pool'), kinds=('thread', 'yield', 'idle', 'step', 'print'))
        self.assertEqual(got[:12], [
            (0.0, 'step', 1, None),
            (0.0, 'thread', 1, 1, 'work', 0.0, 0.5),
            (0.0, 'thread', 2, 1, 'work', 0.5, 0.5),     # waits for the only worker
            (0.0, 'yield', 1, 'gather', [], None, None),  # gather of futures: no task targets
            (0.0, 'idle', 0.5),                          # the loop waits for a thread
            (0.5, 'idle', 1.0),
            (1.0, 'step', 1, None),
            (1.0, 'print', 1, "[10, OSError('disk 2 failed')]"),
            (1.0, 'thread', 3, 1, 'where', 1.0, 0.0),
            (1.0, 'yield', 1, 'executor', [3], None, None),
            (1.0, 'idle', 1.0),                          # blocks in select until it is done
            (1.0, 'step', 1, None),
        ])
        self.assertEqual(prints(trace('executor_pool'))[1:],
                         ['no running loop in a worker thread', 'elapsed 1'])

    def test_leaving_a_pool_waits_for_its_jobs_on_the_loop_thread(self):
        got = compact(trace('executor_shutdown'), kinds=('thread', 'print', 'block', 'timer'))
        self.assertEqual(got[:9], [
            (0.0, 'print', 2, 'tick 0'),
            (0.0, 'timer', 1, 'armed', 0.5, 'sleep'),
            (0.0, 'thread', 1, 1, 'blocking', 0.0, 1.2),
            (0.0, 'print', 1, 'leaving the pool'),
            # ThreadPoolExecutor.__exit__ -> shutdown(wait=True): the loop stands still
            (0.0, 'block', 1, 1.2),
            (1.2, 'print', 'job 1', 'job done'),
            (1.2, 'print', 1, 'left the pool'),
            (1.2, 'timer', 1, 'fired', 0.5, 'sleep'),     # late
            (1.2, 'print', 2, 'tick 1'),
        ])

    def test_time_sleep_blocks_the_loop(self):
        got = compact(trace('blocking_call'), kinds=('block', 'print', 'timer', 'step'))
        self.assertEqual(got[:9], [
            (0.0, 'step', 1, None),
            (0.0, 'step', 2, None),
            (0.0, 'timer', 1, 'armed', 0.5, 'sleep'),
            (0.0, 'step', 1, None),
            (0.0, 'print', 1, 'blocking for 2 s'),
            (0.0, 'block', 1, 2.0),
            (2.0, 'print', 1, 'unblocked at 2'),
            # the 0.5 s timer was missed while the loop stood still: it fires late
            (2.0, 'timer', 1, 'fired', 0.5, 'sleep'),
            (2.0, 'step', 2, None),
        ])


class Cancellation(unittest.TestCase):
    def test_asyncio_run_cancels_leftovers_and_reports_their_errors(self):
        got = compact(trace('cancel_leftovers'), kinds=CORE + ('error',))
        self.assertEqual(got[got.index((0.5, 'step', 1, None)):], [
            (0.5, 'step', 1, None),
            (0.5, 'print', 1, 'main returns with two tasks alive'),
            (0.5, 'done', 1, 'result', 'None'),
            # runners._cancel_all_tasks, in creation order (deviation 2)
            (0.5, 'cancel', 2, None, None, True),
            (0.5, 'cancel', 3, None, None, True),
            (0.5, 'step', 2, 'CancelledError'),
            (0.5, 'print', 2, 'stubborn: cancelled at exit'),
            (0.5, 'done', 2, 'cancelled', None),
            (0.5, 'step', 3, 'CancelledError'),
            (0.5, 'done', 3, 'exception', 'RuntimeError'),
            (0.5, 'error', 'shutdown', 3),
        ] + SHUTDOWN(0.5, 4) + [(0.5, 'end', 'ok', None, None)])

    def test_cancelling_a_task_cancels_the_task_it_awaits_first(self):
        got = compact(trace('cancel_chain'), kinds=CORE)
        self.assertEqual(got[got.index((1.0, 'step', 1, None)):][:11], [
            (1.0, 'step', 1, None),
            # a.cancel() calls b.cancel() (its _fut_waiter) and returns after it
            (1.0, 'cancel', 2, 1, 'enough', True),
            (1.0, 'cancel', 3, 1, 'enough', True),
            (1.0, 'yield', 1, 'gather', [2, 3], None, None),
            (1.0, 'step', 2, 'CancelledError'),
            (1.0, 'print', 2, 'inner cancelled'),
            (1.0, 'done', 2, 'cancelled', 'enough'),
            (1.0, 'step', 3, 'CancelledError'),
            (1.0, 'print', 3, 'outer cancelled'),
            (1.0, 'done', 3, 'cancelled', 'enough'),
            (1.0, 'step', 1, None),
        ])

    def test_manual_shutdown_with_run_until_complete(self):
        got = compact(trace('manual_shutdown'), kinds=('print', 'cancel', 'done', 'task_new'))
        self.assertEqual(got[-10:], [
            (1.0, 'print', 1, 'main returns'),
            (1.0, 'done', 1, 'result', 'None'),
            (1.0, 'print', None, 'pending 2'),     # module level: no task
            (1.0, 'cancel', 2, None, None, True),
            (1.0, 'cancel', 3, None, None, True),
            (1.0, 'print', 2, 'forever 0 cancelled'),
            (1.0, 'done', 2, 'cancelled', None),
            (1.0, 'print', 3, 'forever 1 cancelled'),
            (1.0, 'done', 3, 'cancelled', None),
            (1.0, 'print', None, 'closed'),
        ])
        # loop.close() is not asyncio.run: no shutdown tasks
        self.assertEqual(len(trace('manual_shutdown')['tasks']), 3)

    def test_run_forever_and_stop(self):
        tr = trace('run_forever_stop')
        self.assertEqual(compact(tr, kinds=('task_new', 'print', 'done', 'end')), [
            (0.0, 'task_new', 1, 'Task-1', 'tick', None),
            (0.0, 'print', 1, 'tick 0'), (0.5, 'print', 1, 'tick 1'), (1.0, 'print', 1, 'tick 2'),
            (1.5, 'done', 1, 'result', 'None'),
            (1.5, 'print', None, 'stopped'),
            (1.5, 'end', 'ok', None, None)])


class TimersAndSeeds(unittest.TestCase):
    def test_equal_deadlines_fire_in_arm_order(self):
        got = compact(trace('timer_ties'), kinds=('timer', 'print'))
        self.assertEqual(got[4:], [
            (1.0, 'timer', 1, 'fired', 1.0, 'sleep'),
            (1.0, 'timer', 2, 'fired', 1.0, 'sleep'),
            (1.0, 'timer', 3, 'fired', 1.0, 'sleep'),
            (1.0, 'timer', 4, 'fired', 1.0, 'sleep'),
            (1.0, 'print', 2, 'a'), (1.0, 'print', 3, 'b'),
            (1.0, 'print', 4, 'c'), (1.0, 'print', 5, 'd'),
        ])

    def test_random_is_seeded(self):
        import random
        rng = random.Random(0)
        delays = [round(rng.uniform(0.1, 2.0), 2) for _ in range(5)]
        tr = trace('random_gather')
        done_at = sorted((d, n) for n, d in enumerate(delays))
        self.assertEqual(prints(tr)[:5], [f'task {n} slept {d}' for d, n in done_at])
        self.assertEqual(prints(tr)[5], repr(delays))
        other = trace('random_gather', seed=7)
        self.assertNotEqual(prints(other), prints(tr))


class Diagnostics(unittest.TestCase):
    def test_never_retrieved_and_never_awaited(self):
        got = compact(trace('pitfalls'), kinds=('error', 'done', 'print'))
        self.assertEqual(got[:4], [
            (0.0, 'error', 'never_awaited', 1),       # chore() dropped in main's step
            (0.0, 'done', 2, 'exception', 'ValueError'),
            (0.0, 'error', 'exception_never_retrieved', 2),
            (0.1, 'print', 1, 'main done'),
        ])
        err = [e for e in trace('pitfalls')['events'] if e['ev'] == 'error']
        self.assertEqual([e['msg'] for e in err], [
            "coroutine 'chore' was never awaited",
            'Task exception was never retrieved (ValueError: nobody looks at me)'])


    def test_a_lost_pending_task_is_cancelled_at_exit_not_collected(self):
        # In a reference cycle with its future: alive until asyncio.run cancels it, as in a
        # real run (the collector runs at the end only).
        got = compact(trace('lost_task'), kinds=CORE + ('error',))
        self.assertEqual(got[got.index((0.1, 'step', 1, None)):], [
            (0.1, 'step', 1, None),
            (0.1, 'print', 1, 'main done'),
            (0.1, 'done', 1, 'result', 'None'),
            (0.1, 'cancel', 2, None, None, True),
            (0.1, 'step', 2, 'CancelledError'),
            (0.1, 'done', 2, 'cancelled', None),
        ] + SHUTDOWN(0.1, 3) + [(0.1, 'end', 'ok', None, None)])
        self.assertIn((0.0, 'yield', 2, 'future', None, None, None), got)


    def test_a_pending_task_collected_by_the_program(self):
        # the program's own gc.collect() frees the task (a cycle with its future) at once
        got = compact(trace('destroyed_pending'), kinds=('error', 'print', 'cancel'))
        self.assertEqual(got, [(0.0, 'error', 'destroyed_pending', 2),
                               (0.0, 'print', 1, 'collected')])
        err = next(e for e in trace('destroyed_pending')['events'] if e['ev'] == 'error')
        self.assertEqual(err['msg'], 'Task was destroyed but it is pending!')


class Endings(unittest.TestCase):
    def end(self, name, **kw):
        return trace(name, **kw)['events'][-1]

    def test_horizon_stops_an_endless_program(self):
        tr = trace('daemon_forever')
        self.assertEqual(compact(tr, kinds=('horizon', 'end')),
                         [(3.0, 'horizon'), (3.0, 'end', 'horizon', None, None)])
        # timers due exactly at the horizon still run
        self.assertEqual(prints(tr), [f'worker {n}' for _ in range(4) for n in range(3)])

    def test_a_block_past_the_horizon_stops_at_the_next_iteration(self):
        self.assertEqual(compact(trace('block_horizon'), kinds=('print', 'block', 'step',
                                                                'horizon', 'end')), [
            (0.0, 'print', None, 'blocking at module level'),
            (0.0, 'block', None, 0.5),          # time.sleep before any loop: no task
            (0.5, 'step', 1, None), (0.5, 'print', 1, 'tick 0'), (0.5, 'block', 1, 2.0),
            (2.5, 'step', 1, None), (2.5, 'print', 1, 'tick 2'), (2.5, 'block', 1, 2.0),
            (4.5, 'step', 1, None), (4.5, 'print', 1, 'tick 4'), (4.5, 'block', 1, 2.0),
            (6.5, 'horizon'),
            (6.5, 'end', 'horizon', None, None)])

    def test_stall_on_an_event_nobody_sets(self):
        tr = trace('stall_event')
        self.assertEqual(compact(tr, kinds=('yield', 'stall', 'end')), [
            (0.0, 'yield', 1, 'future', None, None, 'Event.wait'),
            (0.0, 'stall'),
            (0.0, 'end', 'stall', None, None)])
        self.assertEqual(tr['events'][-2]['msg'],
                         'the loop would wait forever: no ready handle, no timer, no thread; '
                         'waiting: Task-1 (Event.wait)')

    def test_stall_on_a_socket_read(self):
        self.assertEqual(compact(trace('stall_socket'), kinds=('print', 'stall', 'end')), [
            (0.0, 'print', 1, 'waiting for data that never comes'),
            (0.0, 'stall'),
            (0.0, 'end', 'stall', None, None)])

    def test_step_limit(self):
        tr = trace('busy_loop')
        self.assertEqual(sum(1 for e in tr['events'] if e['ev'] == 'step'), 60)
        self.assertEqual(compact(tr, kinds=('limit', 'end')),
                         [(0.0, 'limit'), (0.0, 'end', 'limit', None, None)])

    def test_syntax_error(self):
        tr = trace('bad_syntax')
        self.assertEqual(len(tr['events']), 1)
        self.assertEqual(compact(tr), [(0.0, 'end', 'syntax_error', 'SyntaxError',
                                        'File "bad_syntax.py", line 4: \'(\' was never closed')])

    def test_exception_at_import(self):
        e = self.end('import_error')
        self.assertEqual((e['status'], e['exc'], e['msg']), ('import_error', 'KeyError',
                                                             "'missing'"))
        self.assertIn('File "import_error.py", line 5, in <module>', e['traceback'])
        self.assertEqual(prints(trace('import_error')), ['loading'])

    def test_sys_exit(self):
        tr = trace('sys_exit')
        self.assertEqual(compact(tr, kinds=('done', 'end'))[0],
                         (0.5, 'done', 1, 'exception', 'SystemExit'))
        self.assertEqual(compact(tr)[-1], (0.5, 'end', 'exit', None, '3'))

    def test_no_loop(self):
        tr = trace('no_loop')
        self.assertEqual(compact(tr), [
            (0.0, 'error', 'never_awaited', None),
            (0.0, 'print', None, 'forgot asyncio.run'),
            (0.0, 'end', 'no_loop', None,
             'the program never ran an event loop (asyncio.run was not called)')])

    def test_exception_escaping_main(self):
        e = self.end('main_raises')
        self.assertEqual((e['t'], e['status'], e['exc'], e['msg']),
                         (0.25, 'exception', 'LookupError', 'no such key: 7'))
        self.assertEqual(e['traceback'], (
            'Traceback (most recent call last):\n'
            '  File "main_raises.py", line 14, in <module>\n'
            '    asyncio.run(main())\n'
            '  File "main_raises.py", line 11, in main\n'
            '    await helper()\n'
            '  File "main_raises.py", line 6, in helper\n'
            "    raise LookupError('no such key: 7')\n"
            'LookupError: no such key: 7\n'))


if __name__ == '__main__':
    unittest.main()


class GeneratorsDrivenByHand(unittest.TestCase):
    """Before asyncio: the program resumes plain generators itself. Each generator is a lane
    (task_new at creation), each resumption by the driver a step ending in a yield on
    "generator" or in done; the driver's time.sleep is a block outside any lane."""

    LANE = ('task_new', 'step', 'line', 'yield', 'done', 'print', 'block', 'horizon', 'limit',
            'end')

    def test_next_send_close_return_and_raise(self):
        got = compact(trace('generators_by_hand'), kinds=self.LANE)
        Y = 'yield'
        self.assertEqual(got, [
            (0.0, 'task_new', 1, 'ticker', 'ticker', None),   # created: no frame runs yet
            (0.0, 'print', None, 'made a generator'),         # still a generator to the program
            (0.0, 'step', 1, None),
            (0.0, 'line', 1, 4, 'step'),                      # a first step starts at the def
            (0.0, 'print', 1, 'a 0'),
            (0.0, 'line', 1, 7, 'suspend'),
            (0.0, Y, 1, 'generator', None, None, None),
            (0.0, 'block', None, 0.25),                       # time.sleep in the driver
            (0.25, 'step', 1, None),
            (0.25, 'line', 1, 7, 'step'),                     # resumes at its yield
            (0.25, 'print', 1, 'a 1'),
            (0.25, 'line', 1, 7, 'suspend'),
            (0.25, Y, 1, 'generator', None, None, None),
            (0.25, 'step', 1, None),
            (0.25, 'line', 1, 7, 'step'),
            (0.25, 'done', 1, 'result', "'a done'"),          # StopIteration.value
            (0.25, 'print', None, 'returned a done'),
            (0.25, 'task_new', 2, 'echo', 'echo', None),
            (0.25, 'step', 2, None),
            (0.25, 'line', 2, 11, 'step'),
            (0.25, 'line', 2, 14, 'suspend'),
            (0.25, Y, 2, 'generator', None, None, None),
            (0.25, 'step', 2, None),                          # send('hi')
            (0.25, 'line', 2, 14, 'step'),
            (0.25, 'print', 2, 'echo hi'),
            (0.25, 'line', 2, 14, 'suspend'),
            (0.25, Y, 2, 'generator', None, None, None),
            (0.25, 'step', 2, 'GeneratorExit'),               # close() throws GeneratorExit
            (0.25, 'line', 2, 14, 'step'),
            (0.25, 'print', 2, 'echo closed'),                # its finally runs in that step
            (0.25, 'done', 2, 'cancelled', None),
            (0.25, 'task_new', 3, 'failing', 'failing', None),
            (0.25, 'step', 3, None),
            (0.25, 'line', 3, 20, 'step'),
            (0.25, 'line', 3, 21, 'suspend'),
            (0.25, Y, 3, 'generator', None, None, None),
            (0.25, 'step', 3, None),
            (0.25, 'line', 3, 21, 'step'),
            (0.25, 'done', 3, 'exception', 'ValueError'),
            (0.25, 'print', None, 'caught bad turn'),
            (0.25, 'task_new', 4, 'ticker', 'ticker', None),  # sum() drives it: still steps
            (0.25, 'step', 4, None),
            (0.25, 'line', 4, 4, 'step'),
            (0.25, 'print', 4, 'b 0'),
            (0.25, 'line', 4, 7, 'suspend'),
            (0.25, Y, 4, 'generator', None, None, None),
            (0.25, 'step', 4, None),
            (0.25, 'line', 4, 7, 'step'),
            (0.25, 'print', 4, 'b 1'),
            (0.25, 'line', 4, 7, 'suspend'),
            (0.25, Y, 4, 'generator', None, None, None),
            (0.25, 'step', 4, None),
            (0.25, 'line', 4, 7, 'step'),
            (0.25, 'done', 4, 'result', "'b done'"),
            (0.25, 'print', None, 'total 1'),
            (0.25, 'end', 'ok', None, None),                  # it ran: not no_loop
        ])
        tr = trace('generators_by_hand')
        self.assertEqual(tr['tasks'][2], {'task': 3, 'name': 'failing', 'coro': 'failing',
                                          'parent': None})
        fail = [e for e in tr['events'] if e['ev'] == 'done' and e['task'] == 3][0]
        self.assertEqual(fail['msg'], 'bad turn')
        self.assertEqual([e['line'] for e in tr['events'] if e['ev'] == 'block'], [28])

    def test_generators_inside_steps_and_the_horizon(self):
        got = compact(trace('generator_pipeline'), kinds=self.LANE)
        self.assertEqual(got, [
            (0.0, 'task_new', 1, 'spawner', 'spawner', None),  # dropped unstarted: no step
            (0.0, 'task_new', 2, 'spawner', 'spawner', None),
            (0.0, 'block', None, 1.0),
            (1.0, 'step', 2, None),
            (1.0, 'line', 2, 13, 'step'),
            (1.0, 'task_new', 3, 'doubled', 'doubled', 2),     # made in lane 2's step
            (1.0, 'block', 2, 0.5),                           # time.sleep inside a lane's step
            (1.5, 'line', 2, 17, 'suspend'),
            (1.5, 'yield', 2, 'generator', None, None, None),
            (1.5, 'print', None, 'got None'),
            (1.5, 'block', None, 1.0),
            (2.5, 'step', 3, None),
            (2.5, 'line', 3, 9, 'step'),
            # numbers() is resumed by doubled's `yield from`: part of lane 3's step, and the
            # innermost listing frame on the chain gives the line
            (2.5, 'task_new', 4, 'numbers', 'numbers', 3),
            (2.5, 'line', 3, 5, 'suspend'),
            (2.5, 'yield', 3, 'generator', None, None, None),
            (2.5, 'print', None, 'got 1'),
            (2.5, 'block', None, 1.0),
            (3.5, 'horizon'),                                 # past the horizon at a resumption
            (3.5, 'end', 'horizon', None, None),
        ])

    def test_a_driver_that_never_sleeps_meets_the_step_limit(self):
        got = compact(trace('generator_spin'), kinds=('step', 'print', 'limit', 'end'))
        self.assertEqual(got, [(0.0, 'step', 1, None), (0.0, 'print', 1, 'turn 1'),
                               (0.0, 'step', 1, None), (0.0, 'print', 1, 'turn 2')]
                         + [(0.0, 'step', 1, None)] * 3
                         + [(0.0, 'limit'), (0.0, 'end', 'limit', None, None)])

    def test_asyncio_programs_keep_their_generators_inside_their_steps(self):
        # sleep_internals-style @types.coroutine generators are decorated: never lanes; an
        # async generator is no generator function.
        tr = trace('shield_wait_for')
        self.assertTrue(all(t['coro'] != 'agen' or t['name'].startswith('Task-')
                            for t in tr['tasks']))
        self.assertNotIn('generator', [e.get('on') for e in tr['events']])
