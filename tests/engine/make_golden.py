#!/usr/bin/python3
"""Regenerates tests/engine/golden/*.txt from tests/engine/programs/*.py.

Each program runs on CPython 3.11 (/usr/bin/python3) through tools/pytrace.py; the golden file is
the trace's compared events (tools/tracediff.py's list, without seq, end without traceback, error
events left out: they are compared loosely elsewhere), one JSON object per line, written as the
engine writes them. The engine's tests (test_conformance.cpp) run the C++ twin of each program and
compare its events with these lines, so every golden line is a value computed by CPython.

    /usr/bin/python3 tests/engine/make_golden.py [NAME...]
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMPARED = ('task_new', 'rename', 'step', 'line', 'yield', 'done', 'cancel', 'print', 'block',
            'thread', 'iter', 'sched', 'run', 'horizon', 'stall', 'limit', 'end')


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, 'programs'))
                                   if f.endswith('.py'))
    for name in names:
        prog = os.path.join(HERE, 'programs', name + '.py')
        # A first line "# pytrace: ARGS" passes options (e.g. --step-limit 40).
        with open(prog, encoding='utf-8') as f:
            first = f.readline()
        extra = first.split(':', 1)[1].split() if first.startswith('# pytrace:') else []
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'trace.json')
            subprocess.run(['/usr/bin/python3', os.path.join(ROOT, 'tools', 'pytrace.py'), prog,
                            '-o', path] + extra, check=True)
            with open(path, encoding='utf-8') as f:
                trace = json.load(f)
        lines = []
        errors = sorted(f"{e['kind']} {e['task']}" for e in trace['events'] if e['ev'] == 'error')
        for e in trace['events']:
            if e['ev'] not in COMPARED:
                continue
            e = {k: v for k, v in e.items() if k not in ('seq', 'traceback')}
            lines.append(json.dumps(e, ensure_ascii=False))
        with open(os.path.join(HERE, 'golden', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        with open(os.path.join(HERE, 'golden', name + '.errors'), 'w', encoding='utf-8') as f:
            f.write(''.join(e + '\n' for e in errors))
        print(f'{name}: {len(lines)} events, {len(errors)} errors')


if __name__ == '__main__':
    main()
