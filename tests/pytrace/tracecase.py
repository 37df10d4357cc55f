"""Shared helpers for pytrace's tests: the reference interpreter, cached traces, compact views.

Every trace is produced by a separate worker process of the reference CPython (LOOPSCOPE_PYTHON,
default /usr/bin/python3, never the `python3` on PATH). Traces are cached per
(program, options, mode) and produced in parallel, so the whole suite stays fast.
"""

import concurrent.futures
import json
import os
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.path.join(ROOT, 'tools')
PROGRAMS = os.path.join(HERE, 'programs')
PYTHON = os.environ.get('LOOPSCOPE_PYTHON', '/usr/bin/python3')
REALITY_SCALE = 0.1

sys.path.insert(0, TOOLS)
import pytrace  # noqa: E402

# Options per program (everything else runs with the defaults).
OPTIONS = {
    'daemon_forever': {'horizon': 3.0},
    'busy_loop': {'step_limit': 60},
    'block_horizon': {'horizon': 5.0},
    'generator_pipeline': {'horizon': 3.0},
    'generator_spin': {'step_limit': 5},
}

# Programs left out of the reality check, with the reason (none at present: pytrace_reality
# applies pytrace's set-order choice to the stock loop too).
REALITY_EXEMPT = {}


def program_names():
    return sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.py'))


def program_path(name):
    return os.path.join(PROGRAMS, name + '.py')


_cache = {}
_lock = threading.Lock()


def _key(name, pure_python, run, kw):
    return (name, pure_python, run, tuple(sorted((k, repr(v)) for k, v in kw.items())))


def text(name, pure_python=False, run=0, **kw):
    """The trace text of a test program (cached; `run` distinguishes repeated runs)."""
    opts = dict(OPTIONS.get(name, {}))
    opts.update(kw)
    key = _key(name, pure_python, run, opts)
    with _lock:
        if key in _cache:
            return _cache[key]
    result = pytrace.trace_text(program_path(name), pure_python=pure_python, python=PYTHON,
                                **opts)
    with _lock:
        _cache[key] = result
    return result


def trace(name, **kw):
    return json.loads(text(name, **kw))


def prefetch(jobs):
    """Produce several traces in parallel: jobs are (name, kwargs) pairs."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        list(pool.map(lambda job: text(job[0], **job[1]), jobs))


def compact(tr, kinds=('step', 'yield', 'done', 'print', 'cancel', 'block', 'thread', 'rename',
                       'task_new', 'error', 'horizon', 'stall', 'limit', 'end')):
    """Events as short tuples, easy to write by hand as expectations:
    task_new (t, ev, task, name, coro, parent) - rename (t, ev, task, name)
    step (t, ev, task, exc) - line (t, ev, task, line, at)
    yield (t, ev, task, on, target, until, what) - done (t, ev, task, state, result|exc|msg)
    print (t, ev, task, text) or (t, ev, 'job N', text) - cancel (t, ev, task, by, msg, ok)
    block (t, ev, task, duration) - thread (t, ev, job, task, func, start, duration)
    timer (t, ev, timer, action, deadline, what) - idle (t, ev, until) - error (t, ev, kind, task)
    horizon/limit (t, ev) - stall (t, ev) - end (t, ev, status, exc, msg)
    """
    out = []
    for e in tr['events']:
        ev, t = e['ev'], e['t']
        if ev not in kinds:
            continue
        if ev == 'task_new':
            out.append((t, ev, e['task'], e['name'], e['coro'], e['parent']))
        elif ev == 'rename':
            out.append((t, ev, e['task'], e['name']))
        elif ev == 'step':
            out.append((t, ev, e['task'], e['exc']))
        elif ev == 'line':
            out.append((t, ev, e['task'], e['line'], e['at']))
        elif ev == 'yield':
            out.append((t, ev, e['task'], e['on'], e['target'], e['until'], e['what']))
        elif ev == 'done':
            detail = {'result': e['result'], 'exception': e['exc'],
                      'cancelled': e['msg']}[e['state']]
            out.append((t, ev, e['task'], e['state'], detail))
        elif ev == 'print':
            who = e['task'] if e['job'] is None else f"job {e['job']}"
            out.append((t, ev, who, e['text']))
        elif ev == 'cancel':
            out.append((t, ev, e['task'], e['by'], e['msg'], e['ok']))
        elif ev == 'block':
            out.append((t, ev, e['task'], e['duration']))
        elif ev == 'thread':
            out.append((t, ev, e['job'], e['task'], e['func'], e['start'], e['duration']))
        elif ev == 'timer':
            out.append((t, ev, e['timer'], e['action'], e['deadline'], e['what']))
        elif ev == 'idle':
            out.append((t, ev, e['until']))
        elif ev == 'error':
            out.append((t, ev, e['kind'], e['task']))
        elif ev == 'end':
            out.append((t, ev, e['status'], e['exc'], e['msg']))
        else:
            out.append((t, ev))
    return out


def prints(tr):
    return [e['text'] for e in tr['events'] if e['ev'] == 'print']


SHUTDOWN = lambda t, first: [  # noqa: E731  asyncio.run's two closing tasks (runners.py)
    (t, 'task_new', first, f'Task-{first}', 'shutdown_asyncgens', None),
    (t, 'step', first, None),
    (t, 'done', first, 'result', 'None'),
    (t, 'task_new', first + 1, f'Task-{first + 1}', 'shutdown_default_executor', None),
    (t, 'step', first + 1, None),
    (t, 'done', first + 1, 'result', 'None'),
]
