#!/usr/bin/python3
"""tracediff: compare two Loopscope traces (docs/trace-format.md, "Compared events").

    /usr/bin/python3 tools/tracediff.py A.json B.json [--context N]

Exit status: 0 the traces agree, 1 they differ (the first difference is printed with a few
events of context on each side), 2 an input is unreadable or not a Loopscope trace.

Importable:
    reduce(trace) -> list of compared events (dicts without seq)
    compare(a, b, context=3) -> (equal: bool, report: str)

What is compared: task_new, rename, step, line, yield, done, cancel, print, block, thread, timer,
iter, sched, run (the loop's internals), horizon, stall, limit and end, in order, each without `seq` (end without its `traceback`, which
only pytrace can give). Times (`t` and every time field) agree within 1e-9 s. `error` events are
compared loosely, as a multiset of (kind, task): CPython emits them when an object is freed, which
no other implementation reproduces to the event. `idle` is not compared: how long the loop waits
follows from the timers.
"""

import argparse
import json
import sys

COMPARED = ('task_new', 'rename', 'step', 'line', 'yield', 'done', 'cancel', 'print', 'block',
            'thread', 'timer', 'iter', 'sched', 'run', 'horizon', 'stall', 'limit', 'end')
TIME_FIELDS = ('t', 'until', 'start', 'duration', 'deadline')
TOLERANCE = 1e-9
IGNORED_FIELDS = {'seq', 'traceback'}


class TraceError(ValueError):
    """An input that is not a readable Loopscope trace."""


def load(path):
    try:
        with open(path, encoding='utf-8') as f:
            trace = json.load(f)
    except OSError as e:
        raise TraceError(f'{path}: cannot read: {e.strerror}') from None
    except (ValueError, UnicodeDecodeError) as e:
        raise TraceError(f'{path}: not JSON: {e}') from None
    check(trace, path)
    return trace


def check(trace, name='trace'):
    if not isinstance(trace, dict) or trace.get('format') != 'loopscope-trace':
        raise TraceError(f'{name}: not a Loopscope trace (no "format": "loopscope-trace")')
    if trace.get('version') != 1:
        raise TraceError(f'{name}: trace format version {trace.get("version")!r}, expected 1')
    events = trace.get('events')
    if not isinstance(events, list) or not all(isinstance(e, dict) and 'ev' in e
                                               for e in events):
        raise TraceError(f'{name}: "events" is not a list of events')


def reduce(trace):
    """The compared events in order (see the module doc), as dicts without ignored fields."""
    return [{k: v for k, v in e.items() if k not in IGNORED_FIELDS}
            for e in trace['events'] if e['ev'] in COMPARED]


def errors(trace):
    out = {}
    for e in trace['events']:
        if e['ev'] == 'error':
            key = (e.get('kind'), e.get('task'))
            out[key] = out.get(key, 0) + 1
    return out


def same_event(a, b):
    if a.keys() != b.keys():
        return False
    for k, va in a.items():
        vb = b[k]
        if k in TIME_FIELDS and isinstance(va, (int, float)) and isinstance(vb, (int, float)) \
                and not isinstance(va, bool) and not isinstance(vb, bool):
            if abs(va - vb) > TOLERANCE:
                return False
        elif va != vb or type(va) is not type(vb):
            return False
    return True


def _show(e):
    if e is None:
        return '(no event)'
    rest = ', '.join(f'{k}={json.dumps(v, ensure_ascii=False)}' for k, v in e.items()
                     if k not in ('t', 'ev'))
    return f't={e["t"]!r} {e["ev"]} {rest}'


def _seqs(trace):
    return [e.get('seq') for e in trace['events'] if e['ev'] in COMPARED]


def compare(a, b, context=3, names=('A', 'B')):
    """Return (equal, report). `a` and `b` are parsed traces."""
    check(a, names[0])
    check(b, names[1])
    ra, rb = reduce(a), reduce(b)
    sa, sb = _seqs(a), _seqs(b)
    n = min(len(ra), len(rb))
    first = next((i for i in range(n) if not same_event(ra[i], rb[i])), None)
    if first is None and len(ra) != len(rb):
        first = n
    if first is not None:
        lines = [f'traces differ at compared event {first + 1} '
                 f'({names[0]} seq {sa[first] if first < len(sa) else "-"}, '
                 f'{names[1]} seq {sb[first] if first < len(sb) else "-"}):']
        for i in range(max(0, first - context), min(max(len(ra), len(rb)), first + context + 1)):
            ea = ra[i] if i < len(ra) else None
            eb = rb[i] if i < len(rb) else None
            mark = '!' if i == first else ' '
            qa = sa[i] if i < len(sa) else '-'
            qb = sb[i] if i < len(sb) else '-'
            both = f'{names[0]}#{qa} {names[1]}#{qb}'
            if ea is not None and eb is not None and same_event(ea, eb):
                lines.append(f'{mark}   {both:<16}  {_show(ea)}')
            else:
                lines.append(f'{mark} - {names[0] + "#" + str(qa):<16}  {_show(ea)}')
                lines.append(f'{mark} + {names[1] + "#" + str(qb):<16}  {_show(eb)}')
        return False, '\n'.join(lines)
    ea, eb = errors(a), errors(b)
    if ea != eb:
        lines = ['traces agree event for event, but their error events differ '
                 '(compared as a multiset of (kind, task)):']
        for key in sorted(set(ea) | set(eb), key=str):
            if ea.get(key, 0) != eb.get(key, 0):
                lines.append(f'  kind={key[0]} task={key[1]}: {names[0]} has {ea.get(key, 0)}, '
                             f'{names[1]} has {eb.get(key, 0)}')
        return False, '\n'.join(lines)
    return True, f'traces agree ({len(ra)} compared events, {sum(ea.values())} error events)'


def main(argv=None):
    ap = argparse.ArgumentParser(prog='tracediff', description=__doc__.split('\n\n')[0])
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('--context', type=int, default=3, help='events shown around the difference')
    args = ap.parse_args(argv)
    try:
        a, b = load(args.a), load(args.b)
    except TraceError as e:
        print(f'tracediff: {e}', file=sys.stderr)
        return 2
    equal, report = compare(a, b, args.context, names=('A', 'B'))
    print(f'A = {args.a}\nB = {args.b}\n{report}')
    return 0 if equal else 1


if __name__ == '__main__':
    sys.exit(main())
