"""pytrace's command line and parameters, and tracediff."""

import copy
import io
import json
import os
import subprocess
import tempfile
import unittest
from contextlib import redirect_stdout

from tracecase import PYTHON, TOOLS, program_path, trace
import pytrace
import tracediff


def run_tool(*args):
    return subprocess.run([PYTHON, *args], capture_output=True, text=True, timeout=120)


class Parameters(unittest.TestCase):
    SOURCE = 'import asyncio\nDELAY = 1.0\nCOUNT = 3\nNAME = "x"\nFLAG = False\nlower = 2\n'

    def test_listing_parameters(self):
        self.assertEqual(pytrace.parameters(self.SOURCE),
                         {'DELAY': 1.0, 'COUNT': 3, 'NAME': 'x', 'FLAG': False})

    def test_substitution_keeps_lines_and_kinds(self):
        src, used = pytrace.substitute(self.SOURCE, {'DELAY': '2', 'COUNT': '5', 'NAME': 'héllo',
                                                     'FLAG': 'true'})
        self.assertEqual(src.splitlines()[1:5],
                         ['DELAY = 2.0', 'COUNT = 5', "NAME = 'héllo'", 'FLAG = True'])
        self.assertEqual(len(src.splitlines()), len(self.SOURCE.splitlines()))
        self.assertEqual(used, {'DELAY': 2.0, 'COUNT': 5, 'NAME': 'héllo', 'FLAG': True})

    def test_nonsense_is_a_clear_error(self):
        with self.assertRaisesRegex(pytrace.ParamError, "no parameter 'DELAI'.*DELAY, COUNT"):
            pytrace.substitute(self.SOURCE, {'DELAI': '1'})
        with self.assertRaisesRegex(pytrace.ParamError, 'COUNT is an int'):
            pytrace.substitute(self.SOURCE, {'COUNT': '2.5'})
        with self.assertRaisesRegex(pytrace.ParamError, 'DELAY is float.*not a number'):
            pytrace.substitute(self.SOURCE, {'DELAY': 'soon'})
        with self.assertRaisesRegex(pytrace.ParamError, 'lower'):
            pytrace.substitute(self.SOURCE, {'lower': '1'})

    def test_set_changes_the_run(self):
        tr = trace('say_after', params={'DELAY_A': '3'})
        self.assertEqual(tr['params'], {'DELAY_A': 3.0, 'DELAY_B': 2.0})
        self.assertIn('DELAY_A = 3.0\n', tr['program']['source'])
        self.assertEqual([e['text'] for e in tr['events'] if e['ev'] == 'print'][1:3],
                         ['world', 'hello'])
        self.assertEqual(tr['events'][-1]['t'], 3.0)


class CommandLine(unittest.TestCase):
    def test_writes_the_same_trace_as_the_api(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 't.json')
            r = run_tool(os.path.join(TOOLS, 'pytrace.py'), program_path('timer_ties'),
                         '--seed', '0', '-o', out)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out, encoding='utf-8') as f:
                self.assertEqual(f.read(), pytrace.trace_text(program_path('timer_ties'),
                                                              python=PYTHON))

    def test_bad_set_exits_2_with_a_message(self):
        r = run_tool(os.path.join(TOOLS, 'pytrace.py'), program_path('say_after'),
                     '--set', 'NOPE=1')
        self.assertEqual(r.returncode, 2)
        self.assertIn("no parameter 'NOPE'", r.stderr)
        self.assertEqual(r.stdout, '')

    def test_reality_option(self):
        r = run_tool(os.path.join(TOOLS, 'pytrace.py'), program_path('say_after'),
                     '--reality', '0.02', '-o', os.devnull)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("4 printed lines in the trace's order", r.stderr)


class TraceDiff(unittest.TestCase):
    def setUp(self):
        self.a = trace('gather_mix')

    def test_a_trace_equals_itself(self):
        equal, report = tracediff.compare(self.a, copy.deepcopy(self.a))
        self.assertTrue(equal, report)

    def test_idle_and_seq_are_not_compared_times_within_1e_9(self):
        b = copy.deepcopy(self.a)
        b['events'] = [e for e in b['events'] if e['ev'] != 'idle']
        for i, e in enumerate(b['events']):
            e['seq'] = i
            e['t'] += 1e-12
        self.assertTrue(tracediff.compare(self.a, b)[0])

    def test_the_loops_internals_are_compared(self):
        # The Loop panel shows the ready queue and the timer heap: timer, iter, sched and run
        # must be the same in both traces.
        for kind, field, value in (('timer', 'deadline', 99.0), ('iter', 'ready', 99),
                                   ('sched', 'what', 'other'), ('run', 'cancelled', True)):
            with self.subTest(kind=kind):
                b = copy.deepcopy(self.a)
                next(e for e in b['events'] if e['ev'] == kind)[field] = value
                self.assertFalse(tracediff.compare(self.a, b)[0])

    def test_finds_a_planted_difference_and_names_it(self):
        b = copy.deepcopy(self.a)
        planted = next(e for e in b['events'] if e['ev'] == 'print' and e['text'] == 'a done')
        planted['text'] = 'A DONE'
        equal, report = tracediff.compare(self.a, b)
        self.assertFalse(equal)
        seq = planted['seq']
        self.assertIn(f'A seq {seq}, B seq {seq}', report)
        self.assertRegex(report, r'! - A#%d +t=0.2 print task=2, job=null, text="a done"' % seq)
        self.assertRegex(report, r'! \+ B#%d +t=0.2 print task=2, job=null, text="A DONE"' % seq)

    def test_a_missing_event_is_a_difference(self):
        b = copy.deepcopy(self.a)
        b['events'] = [e for e in b['events'] if not (e['ev'] == 'step' and e['task'] == 3)]
        self.assertFalse(tracediff.compare(self.a, b)[0])

    def test_errors_compare_as_a_multiset(self):
        a = trace('pitfalls')
        b = copy.deepcopy(a)
        errs = [e for e in b['events'] if e['ev'] == 'error']
        rest = [e for e in b['events'] if e['ev'] != 'error']
        b['events'] = rest[:-1] + list(reversed(errs)) + rest[-1:]   # moved, same multiset
        for e in errs:
            e['msg'] = 'worded differently'
        self.assertTrue(tracediff.compare(a, b)[0])
        b['events'] = rest
        equal, report = tracediff.compare(a, b)
        self.assertFalse(equal)
        self.assertIn('kind=never_awaited task=1', report)

    def test_command_line_exit_codes(self):
        with tempfile.TemporaryDirectory() as tmp:
            pa, pb, bad = (os.path.join(tmp, n) for n in ('a.json', 'b.json', 'bad.json'))
            b = copy.deepcopy(self.a)
            b['events'][-1]['status'] = 'stall'
            for path, tr in ((pa, self.a), (pb, b)):
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(pytrace.serialize(tr))
            with open(bad, 'w') as f:
                f.write('{"events": ')
            tool = os.path.join(TOOLS, 'tracediff.py')
            self.assertEqual(run_tool(tool, pa, pa).returncode, 0)
            r = run_tool(tool, pa, pb)
            self.assertEqual(r.returncode, 1)
            self.assertIn('traces differ', r.stdout)
            r = run_tool(tool, pa, bad)
            self.assertEqual(r.returncode, 2)
            self.assertIn('not JSON', r.stderr)
            r = run_tool(tool, pa, os.path.join(tmp, 'missing.json'))
            self.assertEqual(r.returncode, 2)
            self.assertIn('cannot read', r.stderr)
            with open(bad, 'w') as f:
                json.dump({'format': 'other'}, f)
            self.assertIn('not a Loopscope trace', run_tool(tool, pa, bad).stderr)

    def test_main_prints_the_report(self):
        buf = io.StringIO()
        with tempfile.TemporaryDirectory() as tmp:
            pa = os.path.join(tmp, 'a.json')
            with open(pa, 'w', encoding='utf-8') as f:
                f.write(pytrace.serialize(self.a))
            with redirect_stdout(buf):
                self.assertEqual(tracediff.main([pa, pa]), 0)
        self.assertIn('traces agree', buf.getvalue())


class Reality(unittest.TestCase):
    def test_printed_decimals_may_drift_a_little_nothing_else(self):
        import pytrace_reality
        same = pytrace_reality.same_line
        self.assertTrue(same('took 1.07 s', 'took 1.09 s'))
        self.assertFalse(same('took 1.07 s', 'took 1.50 s'))
        self.assertFalse(same('job 1 done', 'job 2 done'))     # integers are not times
        self.assertFalse(same('took 1.07 s', 'took 1.07 ms'))


class Serialisation(unittest.TestCase):
    def test_one_event_per_line_fixed_key_order_utf8(self):
        tr = trace('say_after')
        txt = pytrace.serialize(tr)
        lines = txt.splitlines()
        self.assertEqual(lines[1], '  "format": "loopscope-trace",')
        self.assertIn('    {"seq": 0, "t": 0.0, "ev": "task_new", "task": 1, "name": "Task-1", '
                      '"coro": "main", "parent": null},', lines)
        self.assertEqual(json.loads(txt), tr)
        self.assertEqual(list(tr), ['format', 'version', 'producer', 'program', 'params', 'seed',
                                    'horizon', 'step_limit', 'tasks', 'events', 'status'])
        self.assertEqual('é', json.loads(pytrace.serialize({'x': 'é'}))['x'])
        self.assertIn('"é"', pytrace.serialize({'x': 'é'}))


if __name__ == '__main__':
    unittest.main()
