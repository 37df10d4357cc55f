"""pytrace's reality check: run a program on the *stock* asyncio loop in real, scaled time and
check that its printed lines come out in the order of the trace (decimal numbers in a line, such
as a time the program prints, may be off by TIME_TOLERANCE virtual seconds).

Nothing of pytrace's virtual loop is used here. Real time is scaled: the clock every part of the
program reads (time.monotonic, so also loop.time(), time.time, datetime.now...) runs 1/SCALE times
faster than the wall clock, the selector waits SCALE times its timeout and time.sleep sleeps SCALE
times its argument, so a program that sleeps 2 s takes 2*SCALE real seconds and still sees 2 s.
Executors are real threads. pytrace's choice for sets of tasks (creation order) is applied here
too, since CPython's (memory order) cannot be reproduced; timers never have equal deadlines in real
time, so pytrace's other choice (arm order) is what a real run does anyway.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))


def _worker(job_path):
    with open(job_path, encoding='utf-8') as f:
        job = json.load(f)
    import asyncio
    import random
    import selectors
    import threading
    import time
    sys.path.insert(0, HERE)
    import pytrace_runtime as rt  # for install_clocks only: the virtual loop is not installed

    scale = job['scale']
    real_mono, real_sleep = time.monotonic, time.sleep
    t0 = real_mono()  # reset when the program starts
    out = sys.stdout
    lock = threading.Lock()

    def now():
        return (real_mono() - t0) / scale

    class Writer:
        encoding = 'utf-8'

        def __init__(self):
            self.partial = ''

        def write(self, s):
            with lock:
                text = self.partial + s
                lines = text.split('\n')
                self.partial = lines.pop()
                for ln in lines:
                    out.write(json.dumps({'t': now(), 'text': ln}, ensure_ascii=False) + '\n')
                out.flush()
            return len(s)

        def flush(self):
            pass

    class ScaledSelector(selectors.DefaultSelector):
        def select(self, timeout=None):
            return super().select(None if timeout is None else timeout * scale)

    class ScaledPolicy(asyncio.DefaultEventLoopPolicy):
        @staticmethod
        def _loop_factory():
            return asyncio.SelectorEventLoop(ScaledSelector())

    # pytrace's deviation 2 (sets of tasks iterate in creation order) is applied here too:
    # CPython's memory order is not reproducible, so no real run could confirm either order.
    # It changes no timing; a Task subclass only numbers the tasks in creation order.
    import asyncio.tasks
    import itertools
    numbers = itertools.count(1)

    class Task(asyncio.tasks.Task):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._ls_id = next(numbers)
    Task.__name__ = Task.__qualname__ = 'Task'
    asyncio.tasks.Task = asyncio.Task = Task
    rt.install_set_order()
    rt.install_clocks(now)
    time.sleep = lambda secs: real_sleep(secs * scale)
    asyncio.set_event_loop_policy(ScaledPolicy())
    random.seed(job['seed'])
    import types
    module = types.ModuleType('__main__')
    module.__file__ = job['path']
    sys.modules['__main__'] = module
    sys.argv = [job['path']]
    writer = Writer()
    out.write('{"started": true}\n')
    out.flush()
    t0 = real_mono()
    sys.stdout = writer
    status = 'ok'
    try:
        exec(compile(job['source'], job['path'], 'exec'), module.__dict__)
    except SystemExit:
        status = 'exit'
    except BaseException as e:  # the program's own failure: the trace says what it was
        status = type(e).__name__
    finally:
        if writer.partial:
            writer.write('\n')
    with lock:
        out.write(json.dumps({'end': status}) + '\n')
        out.flush()
    os._exit(0)


def run_real(path, source, seed, scale, deadline):
    """Run the program for real; return [(virtual t, text)] and whether it ended by itself."""
    sys.path.insert(0, HERE)
    import pytrace
    with tempfile.TemporaryDirectory(prefix='pytrace-reality-') as tmp:
        job = os.path.join(tmp, 'job.json')
        with open(job, 'w', encoding='utf-8') as f:
            json.dump({'path': os.path.abspath(path), 'source': source, 'seed': seed,
                       'scale': scale}, f)
        env = pytrace._worker_env()
        proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), '--_worker', job],
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        # The deadline counts from the moment the program starts (the worker says so), not from
        # the process start: interpreter start-up under load must not eat the program's time.
        lines = []
        started = threading.Event()

        def reader():
            for raw in proc.stdout:
                if raw.startswith(b'{"started"'):
                    started.set()
                else:
                    lines.append(raw)
            started.set()
        th = threading.Thread(target=reader, daemon=True)
        th.start()
        started.wait(60)
        try:
            proc.wait(timeout=deadline)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        th.join(10)
        proc.stdout.close()
        data = b''.join(lines)
    prints, ended = [], False
    for raw in data.decode('utf-8', 'replace').splitlines():
        try:
            rec = json.loads(raw)
        except ValueError:
            continue
        if 'end' in rec:
            ended = True
        else:
            prints.append((rec['t'], rec['text']))
    return prints, ended


_NUMBER = re.compile(r'-?\d+\.\d+')
TIME_TOLERANCE = 0.25  # virtual seconds a decimal printed by the real run may be off by


def same_line(expected, got):
    """Equal lines, except that a decimal number (a time the program printed, e.g.
    `took 1.07 s`) may differ by TIME_TOLERANCE: the real run is always a little late."""
    if expected == got:
        return True
    if _NUMBER.split(expected) != _NUMBER.split(got):
        return False
    return all(abs(float(a) - float(b)) <= TIME_TOLERANCE
               for a, b in zip(_NUMBER.findall(expected), _NUMBER.findall(got)))


def check(path, trace, scale, params=None):
    """Compare the trace's printed lines with a real run's. Return (ok, report)."""
    source = trace['program']['source']
    end = trace['events'][-1]
    status = end['status']
    end_t = end['t']
    expected = [(e['t'], e['text']) for e in trace['events'] if e['ev'] == 'print']
    stops = status in ('horizon', 'stall', 'limit')
    deadline = end_t * scale + (1.0 if stops else 10.0) + 0.5
    got, ended = run_real(path, source, trace['seed'], scale, deadline)
    if stops:
        # The real run never ends by itself: compare what both printed before the stop.
        # (A stall prints nothing more; a horizon cuts a run that goes on.)
        cutoff = end_t - max(0.2, 0.1 * end_t) if status == 'horizon' else float('inf')
        expected = [p for p in expected if p[0] < cutoff]
        got_cut = [p for p in got if p[1] is not None and p[0] < cutoff]
        if status == 'limit':
            n = min(len(expected), len(got_cut))
            expected, got_cut = expected[:n], got_cut[:n]
        got = got_cut
    exp_text = [p[1] for p in expected]
    got_text = [p[1] for p in got]
    name = os.path.basename(path)
    if len(exp_text) == len(got_text) and all(map(same_line, exp_text, got_text)):
        drift = max((abs(a[0] - b[0]) for a, b in zip(expected, got)), default=0.0)
        return True, (f'reality {name}: {len(got_text)} printed lines in the trace\'s order '
                      f'(scale {scale}, largest time drift {drift:.3f} virtual s)')
    for i, (a, b) in enumerate(zip(exp_text + [None] * len(got_text),
                                   got_text + [None] * len(exp_text))):
        if a is None or b is None or not same_line(a, b):
            break
    lines = [f'reality {name}: printed lines differ at line {i + 1} (scale {scale})']
    for j in range(max(0, i - 3), min(max(len(exp_text), len(got_text)), i + 4)):
        a = exp_text[j] if j < len(exp_text) else '(none)'
        b = got_text[j] if j < len(got_text) else '(none)'
        mark = ' ' if j < len(exp_text) and j < len(got_text) and same_line(a, b) else '!'
        lines.append(f'{mark} {j + 1:4}  trace: {a!r:40}  real: {b!r}')
    return False, '\n'.join(lines)


if __name__ == '__main__' and sys.argv[1:2] == ['--_worker']:
    _worker(sys.argv[2])
