"""A resumable scan engine: evaluate ``fn(**point)`` over a list of points on any Executor, row by row to CSV.

Numeric-side infrastructure (no SymPy, no physics). :func:`run` submits every point that is not yet
in ``out`` to a :class:`concurrent.futures.Executor` -- by default a process pool with
``os.cpu_count()`` workers; a :class:`~concurrent.futures.ThreadPoolExecutor` or a Dask
``client.get_executor()`` work the same -- and appends one CSV row per point *as its future
completes*, flushed and fsynced, so an interrupted scan (Ctrl-C, SIGKILL, a lost node) loses at most
the points in flight. ``resume=True`` reads what is already there (a truncated last line left by a
kill is dropped) and computes only the rest.

Row format: the input columns (the keys of the points, in the order of the first point), then the
output columns (``outputs``, or ``fn.outputs``, or the keys of the first successful result), then
``error``. A float cell is ``repr(float(x))`` (round-trips exactly; resume matches points on these
strings), ``None`` an empty cell. A point whose ``fn`` raises one of ``record`` (default
``RuntimeError``, e.g. a solver failure) gets a row with empty outputs and the message in ``error``;
any other exception (e.g. :class:`~mevscalar.validate.ParameterError`, bad input) stops the scan:
pending futures are cancelled, every finished row stays on disk and the exception propagates. A
broken executor (a dead worker process) is never recorded as a point's failure.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import io
import json
import math
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from mevscalar.validate import ParameterError

__all__ = ["run", "check_out", "read_rows", "cell", "demo", "Progress", "ERROR_COLUMN", "process_pool"]

ERROR_COLUMN = "error"


# --------------------------------------------------------------------------- cells and files
def cell(v: Any) -> str:
    """The CSV text of one value: repr of a float (exact round trip), '' for None, str otherwise.

    Parameters
    ----------
    v : object
        The value: None, a bool, a float or NumPy scalar (``repr`` of the float: it round-trips exactly, and
        resume matches points on these strings), or anything else (``str``).

    Returns
    -------
    str
        The cell's text.
    """
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):  # NumPy scalar
        v = v.item()
    if isinstance(v, float):
        return repr(v)
    return str(v)


def _parse(s: str):
    """Inverse of :func:`cell` for output cells: '' -> None, numbers -> int/float, True/False -> bool."""
    if s == "":
        return None
    if s in ("True", "False"):
        return s == "True"
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        return s


def _line(values: Sequence[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def _meta_path(out: Path) -> Path:
    return out.with_name(out.name + ".meta.json")


def check_out(out: str | os.PathLike, *, resume: bool = False, force: bool = False) -> Path:
    """Validate an output path before any work: ParameterError naming ``out`` unless it can be used.

    The parent folder must exist and be writable, ``out`` must not be a folder, and an existing
    ``out`` needs ``resume`` (continue it) or ``force`` (overwrite it); the two exclude each other.

    Parameters
    ----------
    out : str or os.PathLike
        The scan's CSV file.
    resume : bool
        Continue an existing ``out`` (it must be readable and writable); default False.
    force : bool
        Overwrite an existing ``out``; default False.

    Returns
    -------
    pathlib.Path
        ``out`` as a path.

    Raises
    ------
    ParameterError
        If ``resume`` and ``force`` are both set, the parent folder is missing or not writable, ``out`` is a
        folder, or ``out`` exists and neither flag allows it (or, resuming, it cannot be read and written).
    """
    if resume and force:
        raise ParameterError("resume and force exclude each other: --resume continues out, --force overwrites it")
    p = Path(out)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise ParameterError(f"out: folder {str(parent)!r} does not exist (out={str(p)!r})")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ParameterError(f"out: folder {str(parent)!r} is not writable (out={str(p)!r})")
    if p.is_dir():
        raise ParameterError(f"out: {str(p)!r} is a folder, not a file")
    if p.exists():
        if not (resume or force):
            raise ParameterError(f"out: {str(p)!r} exists; use --resume or --force")
        if resume and not os.access(p, os.R_OK | os.W_OK):
            raise ParameterError(f"out: {str(p)!r} exists but is not readable and writable, cannot resume it")
    return p


def read_rows(out: str | os.PathLike) -> tuple[list[str] | None, list[list[str]], int]:
    """(header, complete rows as lists of cells, byte length of the complete part) of a scan CSV.

    A last line without its newline (a row cut by a kill) is not part of the result; nor is a
    header cut short. Rows whose cell count differs from the header's are dropped too.

    Parameters
    ----------
    out : str or os.PathLike
        An existing scan CSV (UTF-8).

    Returns
    -------
    header : list of str or None
        The column names, None for a file without a complete line.
    rows : list of list of str
        The complete rows, as cell texts (:func:`cell`).
    length : int
        The byte length of the complete lines (where a resumed scan truncates the file to).
    """
    data = Path(out).read_bytes()
    end = data.rfind(b"\n") + 1  # complete lines only
    text = data[:end].decode("utf-8")
    lines = list(csv.reader(io.StringIO(text)))
    if not lines:
        return None, [], 0
    header, rows = lines[0], [r for r in lines[1:] if len(r) == len(lines[0])]
    return header, rows, end


# --------------------------------------------------------------------------- progress
class Progress:
    """A one-line progress bar on stderr (points done / total, rate, ETA), drawn only on a terminal.

    Parameters
    ----------
    total : int
        The number of points, >= 0.
    done : int
        Points already done when the bar starts (a resumed scan; default 0): the rate counts only the new ones.
    label : str
        The text before the bar (default ``"scan"``).
    stream : file-like, optional
        Where to draw (default ``sys.stderr``).
    enabled : bool, optional
        Draw or not; default None: only if ``stream`` is a terminal.
    """

    def __init__(self, total: int, done: int = 0, label: str = "scan", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.total, self.n, self.n0, self.label = int(total), int(done), int(done), label
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            try:
                enabled = bool(self.stream.isatty())
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled
        self.t0 = time.perf_counter()
        self._last = 0.0
        self.draw(force=True)

    def update(self, k: int = 1) -> None:
        """Count ``k`` more points done and redraw (at most every 0.1 s).

        Parameters
        ----------
        k : int
            Points finished since the last update (default 1).
        """
        self.n += k
        self.draw()

    def draw(self, force: bool = False) -> None:
        """Redraw the bar in place, if enabled and 0.1 s have passed since the last draw (or all points are done).

        Parameters
        ----------
        force : bool
            Draw even if the last draw was less than 0.1 s ago (default False).
        """
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._last < 0.1 and self.n < self.total:
            return
        self._last = now
        frac = self.n / self.total if self.total else 1.0
        dt = now - self.t0
        rate = (self.n - self.n0) / dt if dt > 0 else 0.0
        eta = (self.total - self.n) / rate if rate > 0 else math.inf
        eta_s = "--:--" if not math.isfinite(eta) else f"{int(eta) // 60:02d}:{int(eta) % 60:02d}"
        bar = "#" * int(30 * frac)
        self.stream.write(f"\r{self.label} [{bar:<30}] {self.n}/{self.total} {rate:6.2f}/s eta {eta_s}  ")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (if enabled)."""
        if self.enabled:
            self.draw(force=True)
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- the engine
def _worker_init(parent: int) -> None:  # pragma: no cover (runs in the worker processes)
    # Ctrl-C reaches the whole process group: the parent handles it (cancels, keeps rows); workers
    # finish the point they hold instead of each printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A killed parent (kill, kill -9) must not leave workers behind, computing or idle for ever:
    # on Linux, ask the kernel for SIGTERM when the parent goes.
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def start_method() -> str:
    """How the default pool starts its workers: "fork" when this process is single-threaded (workers inherit
    the loaded tables and start in milliseconds), otherwise "spawn". Forking a multithreaded process copies
    locks other threads hold: after JAX has run (BBN), its thread pool makes forked workers deadlock."""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"
    return "fork" if threading.active_count() == 1 and "jax" not in sys.modules else "spawn"


def process_pool(workers: int | None = None, method: str | None = None) -> cf.ProcessPoolExecutor:
    """The project's process pool: workers that ignore Ctrl-C (the parent handles it and keeps the finished rows)
    and die with their parent, started by the runner's rule.

    Parameters
    ----------
    workers : int or None
        Number of worker processes, >= 1 (default None: one per CPU).
    method : str or None
        Start method ("fork", "spawn", "forkserver"); default None: :func:`start_method` (fork only a
        single-threaded process without JAX, else spawn).

    Returns
    -------
    concurrent.futures.ProcessPoolExecutor
        The pool (the caller shuts it down).
    """
    import multiprocessing

    n = (os.cpu_count() or 1) if workers is None else workers
    return cf.ProcessPoolExecutor(max_workers=n, initializer=_worker_init, initargs=(os.getpid(),),
                                  mp_context=multiprocessing.get_context(method or start_method()))


def _check_workers(workers):
    if workers is None:
        return None
    if isinstance(workers, bool) or int(workers) != workers or workers < 1:
        raise ParameterError(f"workers must be an integer >= 1, got {workers!r}")
    return int(workers)


def _point_key(point: Mapping, key: Sequence[str]) -> tuple:
    return tuple(cell(point[k]) for k in key)


def _columns_from_header(header, inputs):
    if header[: len(inputs)] != list(inputs) or header[-1] != ERROR_COLUMN:
        return None
    return header[len(inputs):-1]


def run(fn: Callable[..., Mapping], points: Sequence[Mapping], out: str | os.PathLike, *,
        executor: cf.Executor | None = None, resume: bool = False, force: bool = False, progress: bool | None = None,
        key: Sequence[str] | None = None, outputs: Sequence[str] | None = None,
        record: tuple[type[BaseException], ...] = (RuntimeError,), workers: int | None = None,
        meta: Mapping | None = None, label: str = "scan") -> list[dict]:
    """Evaluate ``fn(**point)`` for every point, append one CSV row to ``out`` per finished point.

    On KeyboardInterrupt (or any exception that is not recorded), pending futures are cancelled, the
    finished rows stay in ``out`` and the exception is re-raised with attributes ``done``, ``total`` and
    ``out`` set.

    Parameters
    ----------
    fn : callable
        A picklable top-level function (or functools.partial of one) returning a dict of outputs.
    points : sequence of mapping
        Dicts with the same keys (the input columns), each point unique in its ``key`` columns; at least one.
        ``"error"`` is reserved.
    out : str or os.PathLike
        The CSV file (checked by :func:`check_out` before any work).
    executor : concurrent.futures.Executor, optional
        Any executor (not shut down here); None: a ProcessPoolExecutor with ``workers`` processes, shut down
        at the end.
    resume : bool
        Continue an existing ``out``, computing only the points not in it (see :func:`check_out`).
    force : bool
        Overwrite an existing ``out`` (see :func:`check_out`).
    progress : bool, optional
        Draw a progress bar on stderr; None (default): if it is a terminal.
    key : sequence of str, optional
        The input columns that identify a point on resume (default: all).
    outputs : sequence of str, optional
        The output columns (default ``fn.outputs`` if set, else the keys of the first successful result;
        error rows finished before it are held back until it arrives).
    record : tuple of exception types
        Exception types written into the ``error`` column instead of stopping the scan (default
        ``(RuntimeError,)``, e.g. a solver failure; never a broken executor).
    workers : int, optional
        Processes of the default pool, >= 1 (default ``os.cpu_count()``); only without ``executor``.
    meta : mapping, optional
        A JSON-serialisable dict (e.g. solver options) stored beside ``out`` as ``<out>.meta.json``; resuming
        with a different one is refused.
    label : str
        The progress bar's label (default ``"scan"``).

    Returns
    -------
    list of dict
        The rows (dicts: input values, outputs, error) in the order of ``points``; rows read back on resume
        carry the values parsed from the file.

    Raises
    ------
    ParameterError
        If ``out`` cannot be used (:func:`check_out`), ``workers`` is not an integer >= 1 or is given with an
        executor, ``points`` is empty, uses the reserved column, has unequal keys or duplicate points, ``key``
        names a non-input column, or a resumed ``out`` has other columns or other ``meta``; and whatever
        ``fn`` raises that is not in ``record`` (a ParameterError of a point stops the scan).
    """
    out = check_out(out, resume=resume, force=force)
    workers = _check_workers(workers)
    if executor is not None and workers is not None:
        raise ParameterError("workers: only for the default process pool, not with an executor given")
    points = [dict(p) for p in points]
    if not points:
        raise ParameterError("points: the scan has no points")
    inputs = list(points[0])
    if ERROR_COLUMN in inputs:
        raise ParameterError(f"points: {ERROR_COLUMN!r} is reserved for the error column")
    for p in points:
        if list(p) != inputs:
            raise ParameterError(f"points: every point needs the same keys {inputs}, got {list(p)}")
    key = inputs if key is None else list(key)
    if not set(key) <= set(inputs):
        raise ParameterError(f"key: must be input columns {inputs}, got {key}")
    keys = [_point_key(p, key) for p in points]
    if len(set(keys)) != len(keys):
        raise ParameterError("points: two points have the same key (input columns); each point must be unique")
    if outputs is None:
        outputs = getattr(fn, "outputs", None)
        if outputs is None and hasattr(fn, "func"):  # functools.partial
            outputs = getattr(fn.func, "outputs", None)
    outputs = None if outputs is None else list(outputs)
    meta_json = None if meta is None else json.loads(json.dumps(dict(meta), sort_keys=True))

    # ---- what is already there (resume)
    done: dict[tuple, dict] = {}
    header = None
    keep_bytes = 0
    if resume and out.exists():
        header, old, keep_bytes = read_rows(out)
        if header is not None:
            cols = _columns_from_header(header, inputs)
            if cols is None or (outputs is not None and cols != outputs):
                want = inputs + (outputs if outputs is not None else ["..."]) + [ERROR_COLUMN]
                raise ParameterError(f"out: {str(out)!r} has columns {header}, this scan writes {want}; "
                                     f"use --force to overwrite it")
            outputs = cols
            pos = {c: i for i, c in enumerate(header)}
            for r in old:
                k = tuple(r[pos[c]] for c in key)
                done.setdefault(k, {c: _parse(r[pos[c]]) for c in header})
        mp = _meta_path(out)
        if meta_json is not None and mp.exists():
            old_meta = json.loads(mp.read_text(encoding="utf-8"))
            if old_meta != meta_json:
                raise ParameterError(f"out: {str(out)!r} was computed with {old_meta}, this scan uses {meta_json}; "
                                     f"use --force to start again")

    # ---- open for appending (or anew) before any work: an unwritable out fails here
    if header is None:
        fh = out.open("w", encoding="utf-8", newline="")
    else:
        os.truncate(out, keep_bytes)  # drop a last line cut by a kill
        fh = out.open("a", encoding="utf-8", newline="")
    if meta_json is not None:
        _meta_path(out).write_text(json.dumps(meta_json, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def _sync():
        fh.flush()
        os.fsync(fh.fileno())

    header_written = header is not None
    if not header_written and outputs is not None:
        fh.write(_line(inputs + outputs + [ERROR_COLUMN]))
        _sync()
        header_written = True

    results: dict[int, dict] = {}
    for i, k in enumerate(keys):
        if k in done:
            row = dict(points[i])
            row.update({c: v for c, v in done[k].items() if c not in inputs})
            results[i] = row
    todo = [i for i in range(len(points)) if i not in results]
    held: list[dict] = []  # error rows waiting for the header (outputs not known yet)

    def _write(row: dict) -> None:
        fh.write(_line([cell(row.get(c)) for c in inputs + outputs + [ERROR_COLUMN]]))
        _sync()

    bar = Progress(len(points), len(results), label=label, enabled=progress)
    own = executor is None and bool(todo)
    ex = process_pool(workers) if own else executor
    futures: dict[cf.Future, int] = {}
    try:
        for i in todo:
            futures[ex.submit(fn, **points[i])] = i
        for fut in cf.as_completed(futures):
            i = futures[fut]
            row = dict(points[i])
            try:
                res = fut.result()
            except record as exc:
                if isinstance(exc, cf.BrokenExecutor):
                    raise
                msg = " ".join(f"{type(exc).__name__}: {exc}".split())
                row[ERROR_COLUMN] = msg
            else:
                res = dict(res)
                if outputs is None:
                    outputs = [c for c in res if c not in inputs and c != ERROR_COLUMN]
                row.update({c: res.get(c) for c in outputs})
                row[ERROR_COLUMN] = None
            for c in outputs or ():
                row.setdefault(c, None)
            results[i] = row
            if not header_written:
                if outputs is None:
                    held.append(row)
                    bar.update()
                    continue
                fh.write(_line(inputs + outputs + [ERROR_COLUMN]))
                header_written = True
                for h in held:
                    h.update({c: None for c in outputs if c not in h})
                    _write(h)
                held.clear()
            _write(row)
            bar.update()
    except BaseException as exc:
        for f in futures:
            f.cancel()
        if own:
            ex.shutdown(wait=False, cancel_futures=True)
            own = False
        # error rows held back for want of a header are not written: resume recomputes them
        _sync()
        fh.close()
        bar.close()
        try:
            exc.done, exc.total, exc.out = len(results), len(points), str(out)
        except AttributeError:  # pragma: no cover (exceptions with __slots__)
            pass
        raise
    finally:
        if own:
            ex.shutdown(wait=True)
    if not header_written:  # every point failed before any output column was known
        outputs = []
        fh.write(_line(inputs + [ERROR_COLUMN]))
        for h in held:
            _write(h)
    _sync()
    fh.close()
    bar.close()
    cols = inputs + list(outputs) + [ERROR_COLUMN]
    return [{c: results[i].get(c) for c in cols} for i in range(len(points))]


# --------------------------------------------------------------------------- a demo point function
def demo(x: float, y: float, delay: float = 0.0) -> dict:
    """A stand-in point function for trying an executor or a cluster (and for the tests).

    Parameters
    ----------
    x : float
        A number; x < 0 raises a RuntimeError (a stand-in for a solver failure: recorded in the row).
    y : float
        A number; y < 0 raises a ParameterError (bad input: stops the scan).
    delay : float
        Seconds to sleep first, >= 0 (default 0).

    Returns
    -------
    dict
        {"sum": x + y, "product": x * y}.

    Raises
    ------
    ParameterError
        If y < 0.
    RuntimeError
        If x < 0 (and y >= 0).
    """
    if delay:
        time.sleep(delay)
    if y < 0:
        raise ParameterError(f"y must be >= 0, got {y!r}")
    if x < 0:
        raise RuntimeError(f"demo solver failed at x = {x!r}")
    return {"sum": x + y, "product": x * y}


demo.outputs = ("sum", "product")
