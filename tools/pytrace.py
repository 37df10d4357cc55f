#!/usr/bin/python3
"""pytrace: run an asyncio program on CPython's own event loop in virtual time and write its
Loopscope trace (docs/trace-format.md).

    /usr/bin/python3 tools/pytrace.py PROGRAM.py [--seed N] [--horizon S] [--step-limit N]
                                      [--set NAME=VALUE]... [-o TRACE.json]
                                      [--pure-python] [--reality SCALE]

As a module:
    trace_text(path, seed=0, horizon=60.0, step_limit=1_000_000, params=None) -> str
    trace_file(path, ...) -> dict          (the same trace, parsed)
    parameters(source) -> {name: value}    (the listing's UPPER_CASE literal parameters)

Every run happens in a fresh worker process (this file with --_worker) so that the patches the
runtime installs (pytrace_runtime.py) never leak, the hash seed is fixed (PYTHONHASHSEED=0) and
local time is UTC. --pure-python runs asyncio without its C accelerator (_asyncio), which must
give the same trace. --reality SCALE checks the trace against a real run (pytrace_reality.py).

Standard library only; CPython 3.11 and later.
"""

import argparse
import ast
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile

DEFAULTS = {'seed': 0, 'horizon': 60.0, 'step_limit': 1_000_000}
HERE = os.path.dirname(os.path.abspath(__file__))
_PARAM_NAME = re.compile(r'^[A-Z][A-Z0-9_]*$')


class ParamError(ValueError):
    """A --set that names no parameter of the listing or gives a value of the wrong kind."""


# -- parameters ---------------------------------------------------------------------------------

def _param_nodes(source):
    """Top-level `NAME = literal` assignments with an UPPER_CASE name: name -> value node."""
    tree = ast.parse(source)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and _PARAM_NAME.match(node.targets[0].id):
            value = node.value
            try:
                literal = ast.literal_eval(value)
            except ValueError:
                continue
            if isinstance(literal, (bool, int, float, str)) and value.lineno == value.end_lineno:
                found[node.targets[0].id] = (value, literal)
    return found


def parameters(source):
    """The listing's parameters with their default values, in listing order."""
    try:
        return {name: lit for name, (_, lit) in _param_nodes(source).items()}
    except SyntaxError:
        return {}


def _coerce(name, default, value):
    """`value` (a string from --set, or a Python value) as the parameter's kind."""
    kind = type(default).__name__
    if isinstance(value, str) and not isinstance(default, str):
        text = value.strip()
        if isinstance(default, bool):
            if text in ('True', 'true', '1'):
                return True
            if text in ('False', 'false', '0'):
                return False
            raise ParamError(f'parameter {name} is a bool: give True or False, not {value!r}')
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            raise ParamError(f'parameter {name} is {kind}: {value!r} is not a number') from None
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ParamError(f'parameter {name} is a bool: give True or False, not {value!r}')
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ParamError(f'parameter {name} is an int: {value!r} is not an integer')
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ParamError(f'parameter {name} is a float: {value!r} is not a number')
        value = float(value)
        if value != value or value in (float('inf'), float('-inf')):
            raise ParamError(f'parameter {name}: {value!r} is not a finite number')
        return value
    if not isinstance(value, str):
        raise ParamError(f'parameter {name} is a str: {value!r} is not a string')
    return value


def substitute(source, params):
    """Return (new source, all parameters with the values used). Line numbers never move."""
    if not params:
        return source, parameters(source)
    try:
        nodes = _param_nodes(source)
    except SyntaxError as e:
        raise ParamError(f'cannot set parameters: the program has a syntax error '
                         f'(line {e.lineno}: {e.msg})') from None
    lines = source.splitlines(keepends=True)
    used = {name: lit for name, (_, lit) in nodes.items()}
    edits = []
    for name, raw in params.items():
        if name not in nodes:
            known = ', '.join(nodes) or 'none'
            raise ParamError(f'the program has no parameter {name!r} '
                             f'(its parameters: {known})')
        node, default = nodes[name]
        value = _coerce(name, default, raw)
        used[name] = value
        edits.append((node.lineno, node.col_offset, node.end_col_offset, repr(value)))
    for lineno, col, end, text in sorted(edits, reverse=True):
        # ast offsets are in UTF-8 bytes
        b = lines[lineno - 1].encode('utf-8')
        lines[lineno - 1] = (b[:col] + text.encode('utf-8') + b[end:]).decode('utf-8')
    return ''.join(lines), used


# -- serialisation ------------------------------------------------------------------------------

def _dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(', ', ': '), allow_nan=False)


def serialize(trace):
    """The trace as text: fixed key order, one task and one event per line."""
    return ''.join(_serialized(trace))


def _serialized(trace, events=None):
    """The parts of the text; `events` (an iterable of already-dumped event lines) replaces
    trace['events'] when given, so that a long run is never held in memory as objects."""
    keys = list(trace)
    for i, key in enumerate(keys):
        yield '{\n' if i == 0 else ''
        end = ',\n' if i < len(keys) - 1 else '\n'
        if key in ('tasks', 'events'):
            lines = (events if key == 'events' and events is not None
                     else ('    ' + _dump(v) for v in trace[key]))
            first = True
            for line in lines:
                yield (f'  "{key}": [\n' if first else ',\n') + line
                first = False
            yield f'  "{key}": []{end}' if first else f'\n  ]{end}'
        else:
            yield f'  "{key}": {_dump(trace[key])}{end}'
    yield '}\n'


# -- running ------------------------------------------------------------------------------------

def _worker_env():
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['TZ'] = 'UTC'
    env['PYTHONIOENCODING'] = 'utf-8'
    env.pop('PYTHONASYNCIODEBUG', None)
    env.pop('PYTHONDEVMODE', None)
    env.pop('PYTHONWARNINGS', None)
    return env


def trace_text(path, seed=0, horizon=60.0, step_limit=1_000_000, params=None,
               pure_python=False, python=None, timeout=600):
    """Trace the program at `path`; return the trace's text (byte-identical run to run)."""
    path = os.path.abspath(path)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    source, used = substitute(source, params or {})
    python = python or sys.executable
    with tempfile.TemporaryDirectory(prefix='pytrace-') as tmp:
        job = os.path.join(tmp, 'job.json')
        out = os.path.join(tmp, 'trace.json')
        with open(job, 'w', encoding='utf-8') as f:
            json.dump({'path': path, 'source': source, 'params': used, 'seed': int(seed),
                       'horizon': float(horizon), 'step_limit': int(step_limit),
                       'pure_python': bool(pure_python), 'out': out}, f)
        proc = subprocess.run([python, os.path.join(HERE, 'pytrace.py'), '--_worker', job],
                              env=_worker_env(), stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        if not os.path.exists(out):
            raise RuntimeError('pytrace internal error (please file a bug): the worker wrote no '
                               f'trace (exit {proc.returncode})\n'
                               + proc.stderr.decode('utf-8', 'replace')[-4000:])
        with open(out, encoding='utf-8') as f:
            return f.read()


def trace_file(path, **kwargs):
    """Trace the program at `path`; return the trace as a dict (see trace_text)."""
    return json.loads(trace_text(path, **kwargs))


def _worker(job_path):
    with open(job_path, encoding='utf-8') as f:
        job = json.load(f)
    if job['pure_python']:
        # No C accelerator: asyncio falls back to _PyTask, _PyFuture and the Python registry.
        sys.modules['_asyncio'] = None
    import pytrace_runtime  # noqa: E402  (imports asyncio: only after the choice above)
    # As `python3 PROGRAM.py` would have it: the program's directory first, not tools/.
    sys.path[0] = os.path.dirname(job['path'])
    display = os.path.basename(job['path'])
    out_path = job['out']
    events_path = out_path + '.events'
    with open(events_path, 'w', encoding='utf-8') as ev_file:
        def sink(event):
            ev_file.write('    ' + _dump(event) + '\n')

        def stopped(signum, frame):
            # A caller ending a run that takes too long (the app's wall-clock limit) sends
            # SIGTERM first: the events so far reach the disk, so it can say where the program
            # was (a step that never awaits). No trace is written.
            ev_file.flush()
            os._exit(128 + signum)
        signal.signal(signal.SIGTERM, stopped)
        rec, status = pytrace_runtime.run(job['path'], job['source'], display, job['seed'],
                                          job['horizon'], job['step_limit'], sink)
    trace = {
        'format': 'loopscope-trace',
        'version': 1,
        'producer': f'pytrace (CPython {platform.python_version()})',
        'program': {'id': os.path.splitext(display)[0], 'file': display,
                    'source': job['source']},
        'params': job['params'],
        'seed': job['seed'],
        'horizon': job['horizon'],
        'step_limit': job['step_limit'],
        'tasks': rec.tasks,
        'events': None,
        'status': status,
    }
    with open(events_path, encoding='utf-8') as ev_file, \
            open(out_path, 'w', encoding='utf-8') as f:
        for part in _serialized(trace, (line.rstrip('\n') for line in ev_file)):
            f.write(part)
    sys.stdout.flush()
    # Leftover coroutines and tasks would run their finalizers at interpreter exit; the trace is
    # written, nothing after it is part of the run.
    os._exit(0)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ['--_worker']:
        _worker(argv[1])
        return 0
    ap = argparse.ArgumentParser(prog='pytrace', description=__doc__.split('\n\n')[0])
    ap.add_argument('program')
    ap.add_argument('--seed', type=int, default=DEFAULTS['seed'])
    ap.add_argument('--horizon', type=float, default=DEFAULTS['horizon'],
                    help='virtual seconds (default 60)')
    ap.add_argument('--step-limit', type=int, default=DEFAULTS['step_limit'])
    ap.add_argument('--set', action='append', default=[], metavar='NAME=VALUE',
                    help='substitute a top-level UPPER_CASE literal of the listing')
    ap.add_argument('-o', '--output', help='trace file (default: standard output)')
    ap.add_argument('--pure-python', action='store_true',
                    help='run asyncio without its C accelerator (_asyncio)')
    ap.add_argument('--reality', type=float, metavar='SCALE',
                    help='also run the program on the stock loop with real time scaled by '
                         'SCALE and check that its printed lines come in the trace\'s order')
    args = ap.parse_args(argv)
    params = {}
    for item in args.set:
        name, sep, value = item.partition('=')
        if not sep or not name:
            ap.error(f'--set wants NAME=VALUE, not {item!r}')
        params[name.strip()] = value
    if not os.path.isfile(args.program):
        ap.error(f'no such program: {args.program}')
    if args.horizon <= 0 or args.step_limit <= 0:
        ap.error('--horizon and --step-limit must be positive')
    kw = dict(seed=args.seed, horizon=args.horizon, step_limit=args.step_limit, params=params,
              pure_python=args.pure_python)
    try:
        text = trace_text(args.program, **kw)
    except ParamError as e:
        print(f'pytrace: {e}', file=sys.stderr)
        return 2
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
        print(f'pytrace: {e}', file=sys.stderr)
        return 3
    if args.output:
        with open(args.output, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if args.reality is not None:
        import pytrace_reality
        ok, report = pytrace_reality.check(args.program, json.loads(text), args.reality,
                                           params=params)
        print(report, file=sys.stderr)
        return 0 if ok else 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
