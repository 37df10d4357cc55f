"""In-process half of pytrace: runs one asyncio program on a virtual clock and records its trace.

This module is imported by the pytrace worker process only (``pytrace.py --_worker``), *after* the
worker has decided whether asyncio runs with its C accelerator (``_asyncio``) or in pure Python.
It patches asyncio, ``time``, ``datetime``, ``random``, ``sys.stdout`` and ``warnings`` for the
rest of the process, so it must never be imported by a process that wants to stay untouched.

How the run stays CPython's own
-------------------------------
* The loop is a ``SelectorEventLoop`` subclass. ``BaseEventLoop._run_once`` is *not* replaced: the
  ready queue, the snapshot of ready handles per iteration and the order timers move to the ready
  queue are CPython's. What is replaced:
  - ``time()`` returns the virtual clock (0.0 at the start of the process);
  - the selector's ``select(timeout)`` does not sleep: it jumps the clock to the timer the loop
    waits for (``idle`` event) and completes the virtual executor jobs due by then;
  - handles are ``Handle``/``TimerHandle`` subclasses that record what they run (task steps);
  - timers order on (deadline, arm sequence) - DEVIATION 1 below.
* Tasks are a thin subclass of ``asyncio.tasks.Task`` (the C Task, or ``_PyTask`` when ``_asyncio``
  is disabled): only ``__init__``, ``cancel`` and ``set_name`` are extended to record; stepping
  stays the base class's (``__step``/``__wakeup`` in C or Python).

Deliberate deviations from CPython (each one because CPython's own order is not reproducible)
---------------------------------------------------------------------------------------------
1. Timers due at the same instant fire in the order they were armed. CPython's heap compares
   deadlines only, so equal deadlines pop in heap order (4 equal timers armed a, b, c, d pop as
   a, c, b, d); in a real run the clock never stands still, so equal virtual deadlines stand for
   deadlines armed one after another, which is arm order (libuv does the same).
2. Where asyncio iterates a *set* of tasks (``wait``'s done/pending, ``all_tasks()`` and so
   ``asyncio.run``'s shutdown cancel, ``TaskGroup`` aborting, ``as_completed`` wrapping its
   inputs), CPython's order follows memory addresses. Here those sets iterate in task creation
   order (non-task members in insertion order, after the tasks).
3. Executor jobs (``run_in_executor``/``to_thread``) are virtual threads: the job's body runs to
   completion at submission on the loop thread, ``time.sleep`` inside it adds to its duration
   instead of sleeping, and its result reaches the loop at start + duration through CPython's own
   path (``call_soon_threadsafe`` from ``wrap_future``), as if the thread finished then. A job's
   side effects on shared state therefore happen at its start instant.
4. The cyclic garbage collector does not run by itself (its trigger counts allocations, which
   differ between the C and the pure-Python Task): it runs once, at the end of the program, as an
   exiting interpreter does. Objects freed by reference counting (a failed task nobody awaits, a
   coroutine never awaited) are freed, and reported, exactly where CPython frees them; garbage in
   reference cycles (a lost pending task) is reported at the end, where CPython may report it
   earlier.
"""

import ast
import asyncio
import asyncio.base_events as _base_events
import asyncio.events as _events
import asyncio.futures as _futures
import asyncio.tasks as _tasks
import asyncio.taskgroups as _taskgroups
import builtins
import collections
import concurrent.futures
import contextvars
import datetime as _datetime
import functools
import gc
import heapq
import os
import random
import re
import selectors
import sys
import time
import traceback
import types
import warnings

ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep
EPOCH = 1704067200.0  # time.time() at virtual 0.0: 2024-01-01 00:00:00 UTC (TZ=UTC in the worker)
DEFAULT_EXECUTOR_WORKERS = 8  # CPython: min(32, os.cpu_count() + 4); fixed here as for 4 CPUs

# What a `future` wait names: the asyncio function the program called (Class.method).
PRIMITIVES = frozenset({'Lock.acquire', 'Event.wait', 'Condition.wait', 'Condition.wait_for',
                        'Semaphore.acquire', 'Barrier.wait', 'Queue.get', 'Queue.put',
                        'Queue.join'})

KNOWN_WAITS = PRIMITIVES | {'sleep', 'wait_for', 'wait', 'as_completed.<locals>._wait_for_one',
                            'TaskGroup.__aexit__'}

_real_sleep = time.sleep
_real_monotonic = time.monotonic

_BaseTask = _tasks.Task  # C Task, or _PyTask when _asyncio is disabled


class StopRun(BaseException):
    """Raised out of the loop when the horizon, the step limit or a stall stops the run."""


class InternalError(BaseException):
    """A bug in pytrace itself (never the program's fault): the worker reports it and fails."""


def _clean_repr(text, limit=200):
    # Addresses differ from run to run; a trace must not.
    text = re.sub(r' at 0x[0-9a-fA-F]+', '', text)
    return text[:limit]


def _safe(fn, obj):
    """repr()/str() of a program's object; its own failure must not become pytrace's."""
    try:
        return fn(obj)
    except Exception as e:  # a broken __repr__/__str__ in the program
        return f'<{type(obj).__name__}: {fn.__name__}() raised {type(e).__name__}>'


class Job:
    __slots__ = ('id', 'start', 'offset', 'end')

    def __init__(self, job_id, start):
        self.id = job_id
        self.start = start
        self.offset = 0.0
        self.end = start


class Recorder:
    """The trace under construction and the virtual world's state (clock, threads)."""

    def __init__(self, listing_path, horizon, step_limit, sink):
        self.listing = listing_path
        self.sink = sink         # called with each event (a dict, seq first) as it is recorded
        self.horizon = float(horizon)
        self.step_limit = int(step_limit)
        self.clock = 0.0
        self.nevents = 0         # events recorded so far (the next seq)
        self.tasks = []          # task table rows, index = id - 1
        self.active = True       # False once the run is stopped: nothing more is recorded
        self.stop_status = None  # 'horizon' | 'stall' | 'limit'
        self.steps = 0
        self.stepping = None     # the task whose step is running
        self.job = None          # the executor job whose body is running
        self.jobs = 0
        self.timers = 0
        self.handles = 0         # handles that joined the ready queue (`sched`)
        self.first_step = None   # the `sched` of a task's first step, held until task_new
        self.iterations = 0      # _run_once iterations that reached their snapshot (`iter`)
        # (t, job, seq, ev, fields): lines printed by jobs, written in time order
        self.pending_thread_events = []
        self.completions = []    # heap of (end, seq, callback): virtual threads finishing
        self.completion_seq = 0
        self.loops_run = 0
        self.waiting = {}        # task id -> (on, target, what) of its last yield
        self.escaped = None      # the exception that escaped a run_until_complete
        self.partial = ''        # stdout text not yet ended by a newline
        self.partial_owner = None
        self.partial_line = None  # listing line of the first write of the partial line

    # -- clock ---------------------------------------------------------------------------------
    def now(self):
        """Virtual time seen by the running code (a job sees its own thread's time)."""
        if self.job is not None:
            return self.job.start + self.job.offset
        return self.clock

    # -- events --------------------------------------------------------------------------------
    def emit(self, ev, fields, t=None, flush=True):
        if not self.active:
            return
        t = self.clock if t is None else t
        if flush and self.pending_thread_events:
            self._flush_thread_events(t)
        self._record(t, ev, fields)

    def _record(self, t, ev, fields):
        # Events go out as they happen: a run of a million steps must not be held in memory.
        event = {'seq': self.nevents, 't': float(t), 'ev': ev}
        event.update(fields)
        self.nevents += 1
        self.sink(event)

    def _flush_thread_events(self, upto):
        pend = self.pending_thread_events
        pend.sort(key=lambda e: (e[0], e[1], e[2]))
        i = 0
        while i < len(pend) and pend[i][0] <= upto:
            t, _, _, ev, fields = pend[i]
            self._record(t, ev, fields)
            i += 1
        del pend[:i]

    def flush_all_thread_events(self):
        # At the end of the run, what threads printed up to the final clock is shown.
        if self.pending_thread_events:
            self._flush_thread_events(self.clock)

    def task_id(self, task):
        return getattr(task, '_ls_id', None)

    def stepping_id(self):
        return self.task_id(self.stepping) if self.stepping is not None else None

    # -- listing lines -------------------------------------------------------------------------
    def caller_line(self, depth=2):
        f = sys._getframe(depth)
        while f is not None:
            if f.f_code.co_filename == self.listing:
                return f.f_lineno
            f = f.f_back
        return None

    def await_chain(self, task):
        """Frames on the task's await chain, outermost first."""
        frames = []
        obj = task.get_coro()
        while obj is not None:
            f = getattr(obj, 'cr_frame', None)
            nxt = getattr(obj, 'cr_await', None)
            if f is None and hasattr(obj, 'gi_frame'):
                f, nxt = obj.gi_frame, obj.gi_yieldfrom
            if f is None and hasattr(obj, 'ag_frame'):
                f, nxt = obj.ag_frame, obj.ag_await
            if f is None:
                # `async for` / `await agen.__anext__()` await an async_generator_asend (or
                # athrow) object, which shows no attribute leading to its generator; the
                # collector's view of its references does.
                agen = next((r for r in gc.get_referents(obj)
                             if isinstance(r, types.AsyncGeneratorType)), None)
                if agen is None or agen.ag_frame is None:
                    break
                f, nxt = agen.ag_frame, agen.ag_await
            if f is None:
                break
            frames.append(f)
            obj = nxt
        return frames

    def listing_line(self, frames):
        line = None
        for f in frames:
            if f.f_code.co_filename == self.listing:
                line = f.f_lineno
        return line

    # -- tasks ---------------------------------------------------------------------------------
    def task_new(self, task):
        if not self.active:  # the run is over: the program is only being torn down
            return
        tid = len(self.tasks) + 1
        task._ls_id = tid
        coro = task.get_coro()
        coro_name = getattr(coro, '__name__', type(coro).__name__)
        parent = self.stepping_id()
        row = {'task': tid, 'name': task.get_name(), 'coro': coro_name, 'parent': parent}
        self.tasks.append(row)
        self.emit('task_new', {'task': tid, 'name': row['name'], 'coro': coro_name,
                               'parent': parent})
        first, self.first_step = self.first_step, None
        if first is not None:
            first['task'] = tid
            self.emit('sched', first)

    def rename(self, task):
        tid = self.task_id(task)
        if tid is None or not self.active:
            return
        name = task.get_name()
        self.tasks[tid - 1]['name'] = name
        self.emit('rename', {'task': tid, 'name': name})

    def cancel(self, task, msg, ok):
        tid = self.task_id(task)
        if tid is None:
            return
        self.emit('cancel', {'task': tid, 'by': self.stepping_id(),
                             'msg': None if msg is None else str(msg), 'ok': bool(ok)})

    def before_step(self, task, args):
        if self.steps >= self.step_limit:
            self.stop('limit', {})
        self.steps += 1
        # What the step throws into the coroutine, read without side effects:
        # Task.__step throws CancelledError when _must_cancel is set; __wakeup throws the
        # exception of the future it was woken by. (The RuntimeError asyncio throws after a bad
        # `yield` is passed inside the C Task's step wrapper, out of reach: not shown, for
        # either Task.)
        exc = None
        if task._must_cancel:
            exc = 'CancelledError'
        elif args:
            a = args[0]
            if _futures.isfuture(a) and a.done():
                if a.cancelled():
                    exc = 'CancelledError'
                elif a._exception is not None:
                    exc = type(a._exception).__name__
        tid = task._ls_id
        self.waiting.pop(tid, None)
        self.emit('step', {'task': tid, 'exc': exc})
        self.emit('line', {'task': tid, 'line': self.listing_line(self.await_chain(task)),
                           'at': 'step'})
        self.stepping = task

    def after_step(self, task):
        self.stepping = None
        tid = task._ls_id
        if task.done():
            if task.cancelled():
                # The message of the last cancel() that was accepted (CPython keeps the
                # CancelledError that ended the task out of reach in the C Task).
                state, result, exc, msg = 'cancelled', None, None, task._ls_cancel_msg
            elif task._exception is not None:
                e = task._exception
                state, result, exc, msg = 'exception', None, type(e).__name__, _safe(str, e)
            else:
                state, result, exc, msg = 'result', _clean_repr(_safe(repr, task._result)), \
                    None, None
            self.emit('done', {'task': tid, 'state': state, 'result': result, 'exc': exc,
                               'msg': msg})
            return
        frames = self.await_chain(task)
        self.emit('line', {'task': tid, 'line': self.listing_line(frames), 'at': 'suspend'})
        on, target, until, what = self.waits_on(task, frames)
        self.emit('yield', {'task': tid, 'on': on, 'target': target, 'until': until,
                            'what': what})
        self.waiting[tid] = (on, target, what)

    def _ids(self, tasks):
        ids = [self.task_id(t) for t in tasks]
        return sorted(i for i in ids if i is not None)

    def waits_on(self, task, frames):
        """Classify what a suspended task waits on from its future and its await chain."""
        fut = task._fut_waiter
        if fut is None:
            return 'sleep0', None, None, None
        job = getattr(fut, '_ls_job', None)
        if job is not None:
            return 'executor', [job], None, None
        inner = getattr(fut, '_ls_shield', None)
        if inner is not None:
            return 'shield', [inner], None, None
        # The outermost asyncio function on the chain names the primitive the program called
        # (Barrier.wait runs Condition.wait inside: the program called Barrier.wait).
        # (The pure-Python Future's __await__ generator is a frame too; the C one is not.)
        # Wrappers such as `async with lock` (_ContextManagerMixin.__aenter__) are looked through.
        afr = [f for f in frames if f.f_code.co_filename.startswith(ASYNCIO_DIR)
               and f.f_code.co_qualname != 'Future.__await__']
        outer = next((f for f in afr if f.f_code.co_qualname in KNOWN_WAITS), None)
        qual = outer.f_code.co_qualname if outer is not None else None
        if qual == 'sleep':
            h = outer.f_locals.get('h')
            return 'sleep', None, (h.when() if h is not None else None), None
        if qual == 'wait_for':
            loc = outer.f_locals
            inner_fut = loc.get('fut')
            shielded = getattr(inner_fut, '_ls_shield', None)  # wait_for(shield(task))
            target = [shielded] if shielded is not None else self._ids([inner_fut])
            th = loc.get('timeout_handle')
            cancelling = any(f.f_code.co_qualname == '_cancel_and_wait' for f in afr)
            until = th.when() if th is not None and not cancelling else None
            return 'wait_for', target, until, None
        if qual == 'wait':
            w = next((f for f in afr if f.f_code.co_qualname == '_wait'), outer)
            loc = w.f_locals
            th = loc.get('timeout_handle')
            return 'wait', self._ids(loc.get('fs') or ()), (th.when() if th else None), None
        if qual == 'as_completed.<locals>._wait_for_one':
            # _wait_for_one sees only the `done` queue; as_completed() (wrapped in
            # install_asyncio) hung its generator's `todo` set and timer on that queue.
            queue = outer.f_locals.get('done')
            th = getattr(queue, '_ls_timeout', None)
            todo = getattr(queue, '_ls_todo', ())
            return 'as_completed', self._ids(t for t in todo if not t.done()), \
                (th.when() if th is not None else None), None
        if qual == 'TaskGroup.__aexit__':
            grp = outer.f_locals.get('self')
            return 'taskgroup', self._ids(t for t in grp._tasks if not t.done()), None, None
        if isinstance(fut, _tasks._GatheringFuture):
            return 'gather', self._ids(fut._children), None, None
        if qual in PRIMITIVES:
            return 'future', None, None, qual
        if isinstance(fut, _BaseTask):
            return 'task', self._ids([fut]), None, None
        return 'future', None, None, None

    # -- timers --------------------------------------------------------------------------------
    def timer_armed(self, timer):
        self.timers += 1
        timer._ls_seq = self.timers
        timer._ls_fired = False
        f = sys._getframe(2)
        what = 'call_later'
        while f is not None:
            fn = f.f_code.co_filename
            if fn.endswith(('base_events.py', 'events.py')) and fn.startswith(ASYNCIO_DIR):
                f = f.f_back
                continue
            if fn.startswith(ASYNCIO_DIR):
                what = {'sleep': 'sleep', 'wait_for': 'wait_for', 'Timeout.reschedule': 'timeout',
                        '_wait': 'wait', 'as_completed': 'as_completed'}.get(
                            f.f_code.co_qualname, 'call_later')
            break
        timer._ls_what = what
        self.emit('timer', {'timer': timer._ls_seq, 'action': 'armed', 'deadline': timer._when,
                            'what': what})

    # -- the ready queue -------------------------------------------------------------------------
    def sched(self, handle):
        """A handle joins the loop's ready queue (TracedReady.append): `sched`, numbered."""
        self.handles += 1
        if not self.active:
            return self.handles
        cb = handle._callback
        args = handle._args or ()
        timer = None
        if isinstance(handle, TracedTimerHandle):
            # _run_once moves a due timer from the heap to the ready queue (a cancelled one
            # too: the loop skips it when it pops it).
            timer = handle._ls_seq
            if not handle._cancelled:
                handle._ls_fired = True
                self.emit('timer', {'timer': timer, 'action': 'fired', 'deadline': handle._when,
                                    'what': handle._ls_what})
        # A cancelled handle has lost its callback (events.Handle.cancel): `what` is null.
        what, task = _handle_what(cb) if not handle._cancelled else (None, None)
        done = None
        if what != 'step' and args and isinstance(args[0], TracedTask):
            done = self.task_id(args[0])
        fields = {'handle': self.handles, 'what': what, 'task': self.task_id(task),
                  'done': done, 'timer': timer}
        if task is not None and fields['task'] is None:
            # Task.__init__ schedules the first step before TracedTask records the task:
            # written right after its task_new.
            self.first_step = fields
        else:
            self.emit('sched', fields)
        return self.handles

    def iteration(self, ntodo):
        """_run_once took its snapshot of the ready queue: `iter`."""
        self.iterations += 1
        self.emit('iter', {'iter': self.iterations, 'ready': ntodo})

    def run_handle(self, hid, handle):
        """_run_once popped a handle: `run` (a cancelled one is dropped, not run)."""
        self.emit('run', {'handle': hid, 'cancelled': bool(handle._cancelled)})

    # -- virtual time passing -------------------------------------------------------------------
    def complete_threads(self, upto):
        """Virtual threads that finished by `upto` hand their result to the loop, in end order."""
        while self.completions and self.completions[0][0] <= upto:
            _, _, cb = heapq.heappop(self.completions)
            cb()

    def add_completion(self, end, cb):
        self.completion_seq += 1
        heapq.heappush(self.completions, (end, self.completion_seq, cb))

    def block(self, secs):
        """time.sleep on the loop thread: the whole loop stands still for `secs`."""
        secs = float(secs)
        self.emit('block', {'task': self.stepping_id(), 'duration': secs,
                            'line': self.caller_line(3)})
        self.clock = self.clock + secs
        self.complete_threads(self.clock)

    def stop(self, status, fields):
        self.emit(status, fields)
        self.stop_status = status
        self.active = False
        raise StopRun(status)

    # -- stdout ---------------------------------------------------------------------------------
    def write(self, text):
        if not self.active:
            return
        # A job's line belongs to its thread, not to the task that submitted it.
        owner = (None, self.job.id) if self.job is not None else (self.stepping_id(), None)
        if self.partial and owner != self.partial_owner:
            self._line(self.partial, self.partial_owner, self.partial_line)
            self.partial, self.partial_line = '', None
        self.partial_owner = owner
        text = self.partial + text
        lines = text.split('\n')
        self.partial = lines.pop()
        line_no = self.caller_line(3)
        for ln in lines:
            self._line(ln, owner, self.partial_line if self.partial_line is not None else line_no)
            self.partial_line = None
        if self.partial and self.partial_line is None:
            self.partial_line = line_no

    def _line(self, text, owner, line_no):
        task, job = owner
        fields = {'task': task, 'job': job, 'text': text, 'line': line_no}
        if job is not None:
            j = self.job if self.job is not None and self.job.id == job else None
            t = (j.start + j.offset) if j is not None else self.clock
            self.pending_thread_events.append((t, job, len(self.pending_thread_events),
                                               'print', fields))
        else:
            self.emit('print', fields)

    def flush_partial(self):
        if self.partial:
            self._line(self.partial, self.partial_owner, self.partial_line)
            self.partial, self.partial_line = '', None

    # -- diagnostics -----------------------------------------------------------------------------
    def error(self, kind, task, msg):
        self.emit('error', {'kind': kind, 'task': task, 'msg': msg})

    def stall_message(self):
        waits = []
        for tid in sorted(self.waiting):
            on, target, what = self.waiting[tid]
            desc = what or on
            if target:
                desc += ' ' + ', '.join(self.tasks[i - 1]['name'] if on != 'executor' else
                                        f'job {i}' for i in target)
            waits.append(f"{self.tasks[tid - 1]['name']} ({desc})")
        return ('the loop would wait forever: no ready handle, no timer, no thread; waiting: '
                + ('; '.join(waits) if waits else 'nothing'))


REC = None  # the Recorder of this process


class StdoutWriter:
    """sys.stdout replacement: every completed line becomes a `print` event."""
    encoding = 'utf-8'
    errors = 'strict'

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        REC.write(s)
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True


class InsertionOrderedSet(set):
    """A set that iterates tasks in creation order, other members in insertion order after them.

    DEVIATION 2: installed as ``set`` in asyncio.tasks and asyncio.taskgroups (module globals
    shadow the builtin), so that wait/as_completed/TaskGroup iterate deterministically; CPython
    iterates such sets in memory-address order.
    """

    def __init__(self, iterable=()):
        super().__init__()
        self._ls_seq = {}
        for x in iterable:
            self.add(x)

    def add(self, x):
        if x not in self._ls_seq:
            self._ls_seq[x] = len(self._ls_seq)
        super().add(x)

    def update(self, *its):
        for it in its:
            for x in it:
                self.add(x)

    def discard(self, x):
        self._ls_seq.pop(x, None)
        super().discard(x)

    def remove(self, x):
        super().remove(x)
        self._ls_seq.pop(x, None)

    def pop(self):
        for x in self:
            self.remove(x)
            return x
        raise KeyError('pop from an empty set')

    def clear(self):
        self._ls_seq.clear()
        super().clear()

    def _key(self, x):
        tid = getattr(x, '_ls_id', None)
        return (0, tid, 0) if tid is not None else (1, 0, self._ls_seq.get(x, 0))

    def __iter__(self):
        return iter(sorted(set.__iter__(self), key=self._key))

    def __repr__(self):
        return '{' + ', '.join(repr(x) for x in self) + '}' if self else 'set()'


class TracedTask(_BaseTask):
    """CPython's Task (C or pure Python) that records creation, renames and cancels.

    Named "Task" like the class it extends: asyncio's messages and reprs use the class name.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        REC.task_new(self)

    def set_name(self, value):
        super().set_name(value)
        REC.rename(self)

    _ls_cancel_msg = None

    def cancel(self, msg=None):
        ok = super().cancel(msg)
        if ok:
            self._ls_cancel_msg = None if msg is None else str(msg)
        REC.cancel(self, msg, ok)
        return ok


TracedTask.__name__ = TracedTask.__qualname__ = 'Task'


def _handle_what(cb):
    """(what, task) of a ready-queue callback: a task's step or wakeup, or the callback's name."""
    task = getattr(cb, '__self__', None)
    if isinstance(task, TracedTask):
        # C Task: TaskStepMethWrapper / task_wakeup; pure-Python Task: __step / __wakeup.
        name = getattr(cb, '__name__', None)
        if type(cb).__name__ == 'TaskStepMethWrapper' or name == '__step':
            return 'step', task
        if name in ('task_wakeup', '__wakeup'):
            return 'wakeup', task
    while isinstance(cb, functools.partial):
        cb = cb.func
    return getattr(cb, '__name__', type(cb).__name__), None


class TracedReady(collections.deque):
    """The loop's ready queue (`BaseEventLoop._ready`), recording what joins and leaves it.

    CPython's `_run_once` appends (call_soon, I/O callbacks, due timers), takes its snapshot with
    `len(self._ready)` (the only `len` of the queue in asyncio; truth tests use `__bool__`) and
    pops from the left. A parallel deque keeps each queued handle's number.
    """

    def __init__(self):
        super().__init__()
        self._ls_ids = collections.deque()

    def append(self, handle):
        self._ls_ids.append(REC.sched(handle))
        super().append(handle)

    def popleft(self):
        handle = super().popleft()
        REC.run_handle(self._ls_ids.popleft(), handle)
        return handle

    def clear(self):
        self._ls_ids.clear()
        super().clear()

    def __bool__(self):
        return collections.deque.__len__(self) > 0

    def __len__(self):
        n = collections.deque.__len__(self)
        REC.iteration(n)
        return n


class TracedHandle(_events.Handle):
    """A ready-queue handle; if it runs a task's step (__step or __wakeup), the step is recorded."""
    __slots__ = ()

    def _run(self):
        task = getattr(self._callback, '__self__', None)
        if not isinstance(task, TracedTask) or not REC.active \
                or getattr(task, '_ls_id', None) is None:
            return super()._run()
        try:
            REC.before_step(task, self._args)
        except StopRun:
            raise
        except Exception as e:
            raise InternalError('recording a step') from e
        try:
            super()._run()
        finally:
            try:
                REC.after_step(task)
            except Exception as e:
                raise InternalError('recording the end of a step') from e
        # As events.Handle._run does: this frame outlives the step as the f_back of a
        # traceback's frame (the pure-Python Task's __step); it must not keep the task alive.
        self = task = None


class TracedTimerHandle(_events.TimerHandle):
    """A timer ordered on (deadline, arm sequence): DEVIATION 1."""
    __slots__ = ('_ls_seq', '_ls_what', '_ls_fired')

    def __lt__(self, other):
        return (self._when, self._ls_seq) < (other._when, getattr(other, '_ls_seq', 0))

    def __le__(self, other):
        return (self._when, self._ls_seq) <= (other._when, getattr(other, '_ls_seq', 0))

    def __gt__(self, other):
        return (self._when, self._ls_seq) > (other._when, getattr(other, '_ls_seq', 0))

    def __ge__(self, other):
        return (self._when, self._ls_seq) >= (other._when, getattr(other, '_ls_seq', 0))

    __hash__ = _events.TimerHandle.__hash__

    def cancel(self):
        if not self._cancelled and not self._ls_fired and REC.active:
            REC.emit('timer', {'timer': self._ls_seq, 'action': 'cancelled',
                               'deadline': self._when, 'what': self._ls_what})
        super().cancel()


class VirtualSelector(selectors.BaseSelector):
    """Polls the real selector without waiting; waiting is a jump of the virtual clock."""

    def __init__(self):
        self._real = selectors.DefaultSelector()
        self.loop = None

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_key(self, fileobj):
        return self._real.get_key(fileobj)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        rec, loop = REC, self.loop
        if not rec.active:
            raise StopRun(rec.stop_status)
        if rec.clock > rec.horizon:
            # A block carried the clock past the horizon: stop at this iteration.
            rec.stop('horizon', {})
        if timeout is not None and timeout <= 0:
            # Handles are ready: poll. Threads that finished by now are seen at every poll.
            rec.complete_threads(rec.clock)
            return self._real.select(0)
        ready = self._real.select(0)
        if ready:
            rec.complete_threads(rec.clock)
            return ready
        # The loop would block: until the timer it computed the timeout from, or a thread.
        target = None
        if timeout is not None:
            if timeout >= _base_events.MAXIMUM_SELECT_TIMEOUT or not loop._scheduled:
                target = rec.clock + timeout
            else:
                target = loop._scheduled[0]._when
        if rec.completions and (target is None or rec.completions[0][0] < target):
            target = rec.completions[0][0]
        if target is None:
            rec.stop('stall', {'msg': rec.stall_message()})
        if target > rec.horizon:
            rec.clock = max(rec.clock, rec.horizon)
            rec.stop('horizon', {})
        rec.emit('idle', {'until': target})
        rec.clock = target
        rec.complete_threads(target)
        return self._real.select(0)


def _callable_name(fn):
    """The name of what a job runs. to_thread submits partial(Context.run, func, *args)."""
    while isinstance(fn, functools.partial):
        if isinstance(getattr(fn.func, '__self__', None), contextvars.Context) and fn.args:
            fn = fn.args[0]
        else:
            fn = fn.func
    return getattr(fn, '__name__', type(fn).__name__)


class VirtualExecutor(concurrent.futures.Executor):
    """An executor whose jobs are virtual threads (DEVIATION 3)."""

    def __init__(self, max_workers):
        self.lanes = [0.0] * max_workers  # when each worker becomes free

    def submit(self, fn, /, *args, **kwargs):
        rec = REC
        rec.jobs += 1
        lane = min(range(len(self.lanes)), key=lambda i: (self.lanes[i], i))
        job = Job(rec.jobs, max(rec.clock, self.lanes[lane]))
        cf = concurrent.futures.Future()
        cf.set_running_or_notify_cancel()
        prev, rec.job = rec.job, job
        # A worker thread has no running loop (get_running_loop() raises there).
        running = _events._get_running_loop()
        _events._set_running_loop(None)
        try:
            result, exc = fn(*args, **kwargs), None
        except BaseException as e:  # the thread's exception travels through the future
            result, exc = None, e
        finally:
            rec.job = prev
            _events._set_running_loop(running)
        job.end = job.start + job.offset
        self.lanes[lane] = job.end
        rec.emit('thread', {'job': job.id, 'task': rec.stepping_id(),
                            'func': _callable_name(fn),
                            'start': job.start, 'duration': job.offset}, flush=False)

        def finish():
            if exc is None:
                cf.set_result(result)
            else:
                cf.set_exception(exc)
        rec.add_completion(job.end, finish)
        cf._ls_job = job.id
        return cf

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def last_end(self):
        return max(self.lanes) if self.lanes else 0.0


def _virtualise_shutdown(executor, ve):
    """The program's own pool: `shutdown(wait=True)` (also leaving `with pool:`) waits on the
    loop thread for the pool's jobs, here virtual: a `block` until the last one has ended."""
    real_shutdown = executor.shutdown

    def shutdown(wait=True, *, cancel_futures=False):
        if wait and REC.job is None and ve.last_end() > REC.clock:
            REC.block(ve.last_end() - REC.clock)
        return real_shutdown(wait=wait, cancel_futures=cancel_futures)
    executor.shutdown = shutdown


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        sel = VirtualSelector()
        super().__init__(selector=sel)
        sel.loop = self
        # CPython reads the monotonic clock's resolution (1e-9 on Linux); fixed for every host.
        self._clock_resolution = 1e-9
        self._ls_executors = {}
        self._ready = TracedReady()

    def time(self):
        return REC.clock

    def _call_soon(self, callback, args, context):
        handle = TracedHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def call_at(self, when, callback, *args, context=None):
        # base_events.BaseEventLoop.call_at with a TracedTimerHandle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TracedTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        REC.timer_armed(timer)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _run_once(self):
        if not REC.active:
            raise StopRun(REC.stop_status)
        super()._run_once()

    def run_forever(self):
        if REC.job is not None:
            # A job's body runs at its start instant on the loop thread (DEVIATION 3): a loop of
            # its own would need a clock of its own. Said plainly rather than traced wrongly.
            raise RuntimeError('pytrace cannot run an event loop inside an executor job '
                               '(a virtual thread)')
        REC.loops_run += 1  # (run_until_complete runs the loop through run_forever)
        return super().run_forever()

    def run_until_complete(self, future):
        try:
            return super().run_until_complete(future)
        except StopRun:
            raise
        except BaseException as e:
            REC.escaped = e
            raise

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            self._check_default_executor()
            if self._default_executor is None:
                self._default_executor = VirtualExecutor(DEFAULT_EXECUTOR_WORKERS)
            executor = self._default_executor
        elif not isinstance(executor, VirtualExecutor):
            ve = self._ls_executors.get(id(executor))
            if ve is None:
                ve = VirtualExecutor(getattr(executor, '_max_workers', DEFAULT_EXECUTOR_WORKERS))
                self._ls_executors[id(executor)] = (executor, ve)
                _virtualise_shutdown(executor, ve)
            else:
                ve = ve[1]
            executor = ve
        cf = executor.submit(func, *args)
        fut = _futures.wrap_future(cf, loop=self)
        fut._ls_job = cf._ls_job
        return fut

    async def shutdown_default_executor(self):
        # CPython starts a thread that joins the pool and then call_soon_threadsafe's the
        # future's result: here that thread finishes when the pool's last job does.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        end = max(REC.clock, self._default_executor.last_end())
        REC.add_completion(end, lambda: (not self.is_closed()) and
                           self.call_soon_threadsafe(future.set_result, None))
        await future

    def call_exception_handler(self, context):
        if REC.active:
            message = str(context.get('message', ''))
            kinds = [('Task exception was never retrieved', 'exception_never_retrieved'),
                     ('Future exception was never retrieved', 'exception_never_retrieved'),
                     ('unhandled exception during asyncio.run() shutdown', 'shutdown'),
                     ('Task was destroyed but it is pending!', 'destroyed_pending'),
                     ('Exception in callback', 'callback')]
            kind, text = 'other', message.split('\n')[0]
            for prefix, k in kinds:
                if message.startswith(prefix):
                    kind, text = k, prefix
                    break
            task = context.get('task') or context.get('future')
            exc = context.get('exception')
            if exc is not None:
                text += f' ({type(exc).__name__}: {exc})'
            REC.error(kind, REC.task_id(task) if task is not None else None, _clean_repr(text, 500))
        super().call_exception_handler(context)


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


# -- clocks -------------------------------------------------------------------------------------

def _patched_sleep(secs):
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    rec = REC
    if rec.job is not None:
        rec.job.offset = rec.job.offset + float(secs)
    elif rec.active:
        rec.block(secs)


_now = None  # the clock install_clocks() installed


class _VirtualDatetime(_datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(EPOCH + _now(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(EPOCH + _now())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(EPOCH + _now())


class _VirtualDate(_datetime.date):
    @classmethod
    def today(cls):
        return cls.fromtimestamp(EPOCH + _now())


def install_clocks(now):
    """Make time and datetime read the clock `now()` (virtual seconds from 0.0)."""
    global _now
    _now = now
    time.time = lambda: EPOCH + now()
    time.time_ns = lambda: int(round((EPOCH + now()) * 1e9))
    time.monotonic = lambda: now()
    time.monotonic_ns = lambda: int(round(now() * 1e9))
    time.perf_counter = lambda: now()
    time.perf_counter_ns = lambda: int(round(now() * 1e9))
    _localtime, _gmtime, _strftime, _ctime, _asctime = (time.localtime, time.gmtime,
                                                        time.strftime, time.ctime, time.asctime)
    time.localtime = lambda secs=None: _localtime(EPOCH + now() if secs is None else secs)
    time.gmtime = lambda secs=None: _gmtime(EPOCH + now() if secs is None else secs)
    time.ctime = lambda secs=None: _ctime(EPOCH + now() if secs is None else secs)
    time.asctime = lambda t=None: _asctime(time.localtime() if t is None else t)
    time.strftime = lambda fmt, t=None: _strftime(fmt, time.localtime() if t is None else t)
    _datetime.datetime = _VirtualDatetime
    _datetime.date = _VirtualDate


# -- asyncio patches ----------------------------------------------------------------------------

def install_set_order():
    """DEVIATION 2: sets of tasks iterate in creation order (needs tasks with `_ls_id`)."""
    _tasks.set = InsertionOrderedSet
    _taskgroups.set = InsertionOrderedSet
    _orig_all_tasks = _tasks.all_tasks

    def all_tasks(loop=None):
        if loop is None:
            loop = _events.get_running_loop()
        return InsertionOrderedSet(_orig_all_tasks(loop))
    all_tasks.__doc__ = _orig_all_tasks.__doc__
    _tasks.all_tasks = all_tasks
    asyncio.all_tasks = all_tasks


def install_asyncio():
    _tasks.Task = TracedTask
    asyncio.Task = TracedTask
    install_set_order()

    _orig_shield = _tasks.shield

    def shield(arg):
        inner = _tasks.ensure_future(arg)
        outer = _orig_shield(inner)
        if outer is not inner:
            tid = REC.task_id(inner)
            if tid is not None:
                outer._ls_shield = tid
        return outer
    shield.__doc__ = _orig_shield.__doc__
    _tasks.shield = shield
    asyncio.shield = shield
    _orig_as_completed = _tasks.as_completed

    def as_completed(fs, *, timeout=None):
        gen = _orig_as_completed(fs, timeout=timeout)
        for item in gen:
            loc = gen.gi_frame.f_locals
            queue = loc.get('done')
            if queue is not None:
                queue._ls_todo = loc.get('todo', ())
                queue._ls_timeout = loc.get('timeout_handle')
            yield item
    as_completed.__doc__ = _orig_as_completed.__doc__
    _tasks.as_completed = as_completed
    asyncio.as_completed = as_completed
    asyncio.set_event_loop_policy(VirtualPolicy())


def _showwarning(message, category, filename, lineno, file=None, line=None):
    text = str(message)
    if REC.active and issubclass(category, RuntimeWarning) and text.endswith('was never awaited'):
        REC.error('never_awaited', REC.stepping_id(), text)
    _orig_showwarning(message, category, filename, lineno, file, line)


_orig_showwarning = warnings.showwarning


# -- running a program --------------------------------------------------------------------------

def _listing_traceback(exc, listing, display_name):
    """The traceback limited to the listing's frames, as the app's console shows it."""
    frames = [fs for fs in traceback.extract_tb(exc.__traceback__) if fs.filename == listing]
    lines = ['Traceback (most recent call last):\n']
    for fs in frames:
        lines.append(f'  File "{display_name}", line {fs.lineno}, in {fs.name}\n')
        if fs.line:
            lines.append(f'    {fs.line}\n')
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return ''.join(lines)


def run(listing_path, source, display_name, seed, horizon, step_limit, sink):
    """Run the program, giving each event to `sink` as it happens; return (recorder, status)."""
    global REC
    REC = rec = Recorder(listing_path, horizon, step_limit, sink)
    install_clocks(rec.now)
    time.sleep = _patched_sleep
    install_asyncio()
    warnings.showwarning = _showwarning
    setattr(builtins, GENERATOR_HOOK, generator_lane)  # the decorator compile_listing adds
    random.seed(seed)
    status, exc_name, msg, tb = 'ok', None, None, None
    try:
        code = compile_listing(source, listing_path)
    except SyntaxError as e:
        status = 'syntax_error'
        exc_name = type(e).__name__
        msg = f'File "{display_name}", line {e.lineno}: {e.msg}'
        code = None
    if code is not None:
        import types
        module = types.ModuleType('__main__')
        module.__file__ = listing_path
        module.__builtins__ = __builtins__
        sys.modules['__main__'] = module
        real_stdout = sys.stdout
        sys.stdout = StdoutWriter()
        sys.argv = [listing_path]
        gc.collect()
        gc.freeze()  # what exists now is pytrace's: later collections look at the program only
        gc.disable()  # DEVIATION 4
        try:
            exec(code, module.__dict__)
        except StopRun:
            status = rec.stop_status
        except InternalError:
            raise
        except SystemExit as e:
            status, msg = 'exit', str(e.code)
        except BaseException as e:
            status = 'exception' if e is rec.escaped else 'import_error'
            exc_name, msg = type(e).__name__, str(e)
            tb = _listing_traceback(e, listing_path, display_name)
            e = None
        finally:
            rec.flush_partial()
            if rec.active:
                gc.collect()
            sys.stdout = real_stdout
        if status == 'ok' and rec.loops_run == 0 and not generators_stepped(rec):
            status = 'no_loop'
            msg = 'the program never ran an event loop (asyncio.run was not called)'
    rec.active = True  # the closing events are always written
    rec.flush_all_thread_events()
    rec.emit('end', {'status': status, 'exc': exc_name, 'msg': msg, 'traceback': tb})
    return rec, status


# -- generators driven by hand (no event loop) ---------------------------------------------------
#
# A program from before asyncio drives plain generators itself (`next(g)` in a loop of its own).
# Each generator made by one of the listing's generator functions, outside a running event loop,
# is a lane of the trace: a `task_new` (coro = the function's __name__) when it is created, and
# each resumption by the code that drives it a step: `step` ... `yield` (on "generator") or
# `done`. The listing's undecorated `def`s that yield are compiled with a decorator
# (GENERATOR_HOOK, on the def's own line, so no line number moves) that hands back, instead of
# the raw generator, a generator of pytrace's (`_drive`) delegating every next/send/throw/close
# to it exactly (PEP 380's expansion, written out so that each resumption can be recorded). A
# resumption made while another step runs (`yield from sub()`, next(other) in a generator's body,
# anything inside an asyncio task) is part of that step, not a step of its own.

GENERATOR_HOOK = '__pytrace_generator__'


def _own_scope_yields(fn):
    """True when the function's own body (not a nested def, lambda or class) yields."""
    todo = list(ast.iter_child_nodes(fn))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        todo.extend(ast.iter_child_nodes(node))
    return False


def compile_listing(source, path):
    """compile(source), with every undecorated generator function decorated by GENERATOR_HOOK.
    A listing with no such function (every asyncio program) compiles exactly as before;
    decorated ones (@types.coroutine, @contextmanager) are left alone."""
    try:
        tree = ast.parse(source, path)
    except SyntaxError:
        return compile(source, path, 'exec')  # raises the same error, from the source
    found = False
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and not node.decorator_list \
                and _own_scope_yields(node):
            hook = ast.Name(id=GENERATOR_HOOK, ctx=ast.Load())
            hook.lineno = hook.end_lineno = node.lineno
            hook.col_offset = hook.end_col_offset = node.col_offset
            node.decorator_list.append(hook)
            found = True
    if not found:
        return compile(source, path, 'exec')
    return compile(tree, path, 'exec')


class GeneratorLane:
    """A generator of the listing recorded as a lane: its trace id and the real generator."""
    __slots__ = ('_ls_id', 'gen')

    def __init__(self, lane_id, gen):
        self._ls_id = lane_id
        self.gen = gen


def generator_lane(fn):
    """GENERATOR_HOOK: wraps a listing's generator function so that its generators are lanes."""
    @functools.wraps(fn)
    def make(*args, **kwargs):
        gen = fn(*args, **kwargs)
        rec = REC
        if not rec.active or rec.job is not None or _events._get_running_loop() is not None \
                or isinstance(rec.stepping, TracedTask):
            return gen  # inside asyncio: an ordinary generator, part of its task's steps
        tid = len(rec.tasks) + 1
        lane = GeneratorLane(tid, gen)
        name = gen.__name__
        parent = rec.stepping_id()
        rec.tasks.append({'task': tid, 'name': name, 'coro': name, 'parent': parent})
        rec.emit('task_new', {'task': tid, 'name': name, 'coro': name, 'parent': parent})
        driver = _drive(lane)
        driver.__name__, driver.__qualname__ = gen.__name__, gen.__qualname__
        return driver
    return make


def _generator_line(rec, gen):
    """The innermost listing line on a generator's `yield from` chain (None if none)."""
    frames = []
    obj = gen
    while obj is not None:
        code = getattr(obj, 'gi_code', None)
        if code is _drive.__code__:  # a lane delegated to: look at its real generator
            frame = obj.gi_frame
            obj = frame.f_locals.get('gen') if frame is not None else None
            continue
        frame = getattr(obj, 'gi_frame', None)
        if frame is None:
            break
        frames.append(frame)
        obj = obj.gi_yieldfrom
    return rec.listing_line(frames)


def _lane_step(lane, thrown):
    """A resumption begins. Returns whether it is recorded as a step (the driver's own)."""
    rec = REC
    if not rec.active or rec.stepping is not None or rec.job is not None:
        return False
    if rec.steps >= rec.step_limit:
        rec.stop('limit', {})
    if rec.clock > rec.horizon:
        # A block carried the clock past the horizon: the run stops at the next resumption.
        rec.stop('horizon', {})
    rec.steps += 1
    rec.generator_steps = getattr(rec, 'generator_steps', 0) + 1
    tid = lane._ls_id
    rec.emit('step', {'task': tid, 'exc': None if thrown is None else type(thrown).__name__})
    rec.emit('line', {'task': tid, 'line': _generator_line(rec, lane.gen), 'at': 'step'})
    rec.stepping = lane
    return True


def _lane_suspend(lane):
    rec = REC
    rec.stepping = None
    tid = lane._ls_id
    rec.emit('line', {'task': tid, 'line': _generator_line(rec, lane.gen), 'at': 'suspend'})
    rec.emit('yield', {'task': tid, 'on': 'generator', 'target': None, 'until': None,
                       'what': None})


def _lane_done(lane, state, result=None, exc=None, msg=None):
    REC.stepping = None
    REC.emit('done', {'task': lane._ls_id, 'state': state, 'result': result, 'exc': exc,
                      'msg': msg})


def _drive(lane):
    """What the program holds instead of its generator: delegates each resumption to it and
    records it (the expansion of `yield from`, PEP 380, with close() as a thrown GeneratorExit,
    which is what generator.close() does)."""
    gen = lane.gen
    value = thrown = None
    while True:
        recorded = _lane_step(lane, thrown)
        try:
            out = gen.send(value) if thrown is None else gen.throw(thrown)
        except StopIteration as e:
            if recorded:
                _lane_done(lane, 'result', _clean_repr(_safe(repr, e.value)))
            return e.value
        except (StopRun, InternalError):
            raise
        except BaseException as e:
            if recorded:
                if isinstance(e, GeneratorExit) and isinstance(thrown, GeneratorExit):
                    _lane_done(lane, 'cancelled')  # closed
                else:
                    _lane_done(lane, 'exception', exc=type(e).__name__, msg=_safe(str, e))
            e = None
            raise
        if recorded:
            _lane_suspend(lane)
        value = thrown = None
        try:
            value = yield out
        except BaseException as e:
            thrown = e
            e = None


def generators_stepped(rec):
    """Steps of hand-driven generators so far (a program that made some ran no loop but did run)."""
    return getattr(rec, 'generator_steps', 0)
