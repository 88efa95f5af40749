"""Running the per-file work in worker processes without ever hanging the build.

Results come back in input order from a window of a few parts per worker (so a
fast pool never piles up results the writer has not taken). A worker that dies
(killed, out of memory, ``os._exit`` in a library) breaks the pool: the parts
not yet answered go back in the queue and the first of them runs alone in a
process of its own, so the part that kills its worker is found and reported as
that file's error while the rest carry on in a fresh pool. Workers ignore
SIGINT: Ctrl-C reaches the whole process group, and only the main process
decides what to keep (see :class:`kg.pipeline.Build`). An exception raised by
the work reaches the main process with its notes (the file it was reading),
even one that cannot cross the process boundary as itself (see :func:`_travelling`).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from .errors import InputError
from .walk import Part

PARALLEL_FROM = 40  # fewer parts than this are not worth starting processes for
WINDOW = 4  # parts in flight per worker
SHUT_GRACE = 10.0  # seconds a stopped pool's workers have to finish the part at hand

Work = Callable[[Part], list]


def default_workers() -> int:
    return min(os.cpu_count() or 1, 4)


def results(parts: list[Part], work: Work, workers: int | None = None,
            stop: Callable[[], bool] = lambda: False) -> Iterator[tuple[Part, list]]:
    """(part, work(part)) in input order, from worker processes when it pays; ends
    early, after the part at hand, once ``stop()`` is true."""
    workers = workers if workers is not None else default_workers()
    if workers <= 1 or len(parts) < PARALLEL_FROM:
        for part in parts:
            if stop():
                return
            yield part, work(part)
        return
    queue = deque(parts)
    while queue and not stop():
        broken = yield from _pooled(queue, work, workers, stop)
        if broken and queue and not stop():
            part = queue.popleft()
            yield part, run_alone(part, work)


def _context():
    return mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pooled(queue: deque, work: Work, workers: int, stop) -> Iterator[tuple[Part, list]]:
    """Run the queue through one pool; True when the pool broke (the parts it had not
    answered are back at the head of the queue)."""
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_sigint)
    window: deque = deque()
    try:
        while queue or window:
            while queue and len(window) < workers * WINDOW:
                part = queue.popleft()
                try:
                    window.append((part, pool.submit(_run, work, part)))
                except BrokenProcessPool:  # a worker died since the last result was taken
                    queue.appendleft(part)
                    queue.extendleft(reversed([p for p, _ in window]))
                    return True
            part, future = window[0]
            while not future.done():
                wait([future], timeout=0.5, return_when=FIRST_COMPLETED)
                if stop():
                    return False
            try:
                res = future.result()
            except BrokenProcessPool:
                queue.extendleft(reversed([p for p, _ in window]))
                return True
            window.popleft()
            yield part, res
            if stop():
                return False
        return False
    finally:
        _shut(pool)


def _shut(pool: ProcessPoolExecutor) -> None:
    """Stop the pool: queued parts are cancelled, and each worker finishes the part at hand
    and exits. A worker ended while it writes a result would leave half a message in the
    pipe, and the pool's thread waiting for the rest forever: the process then hangs at
    exit. So a worker is ended only when it is still busy after SHUT_GRACE seconds, and the
    pipe is then closed so that the thread sees its end."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + SHUT_GRACE
    for proc in procs:
        proc.join(timeout=max(0.0, deadline - time.monotonic()))
    stuck = [proc for proc in procs if proc.is_alive()]
    for proc in stuck:
        proc.terminate()
    for proc in stuck:
        proc.join(timeout=5)
    if stuck and writer is not None:
        writer.close()  # no writer left: the pool's thread reads the end of the pipe


def _run(work: Work, part: Part) -> list:
    """work(part) in a pool's worker, raising what can cross back to the main process."""
    try:
        return work(part)
    except BaseException as exc:  # noqa: BLE001 - raised again, in a form that travels
        travelling = _travelling(exc)
        if travelling is exc:
            raise
        raise travelling from exc  # the pool sends the chained traceback as text


def _travelling(exc: BaseException) -> BaseException:
    """``exc`` when it survives a pickle round trip; else a RuntimeError naming its type and
    message and keeping its notes, so the main process still learns which file it was
    reading. (An exception with an attribute that does not pickle, or one that cannot be
    rebuilt from its arguments, would otherwise be lost or break the pool on arrival.)"""
    try:
        if type(pickle.loads(pickle.dumps(exc))) is type(exc):
            return exc
    except Exception:  # noqa: BLE001 - any failure to travel is the case handled here
        pass
    out = RuntimeError(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")
    for note in getattr(exc, "__notes__", ()):
        out.add_note(note)
    return out


def _child(conn, work: Work, part: Part) -> None:
    _ignore_sigint()
    try:
        out = ("ok", work(part))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        out = ("raised", _travelling(exc))
    try:
        conn.send(out)
    except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
        conn.send(("raised", RuntimeError(f"{type(out[1]).__name__}: {out[1]} ({exc})")))
    conn.close()


def run_alone(part: Part, work: Work) -> list:
    """work(part) in a process of its own: a death becomes this part's InputError."""
    ctx = _context()
    reader, writer = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(writer, work, part), daemon=True)
    proc.start()
    writer.close()
    try:
        kind, value = reader.recv()
    except EOFError:
        proc.join()
        return [InputError(part.path, f"the worker reading it died ({_death(proc.exitcode)}); skipped")]
    finally:
        reader.close()
    proc.join()
    if kind == "raised":
        raise value
    return value


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
