"""The scan engine (numeric/cosmology/runner.py): row-by-row CSV, resume after a real kill and after Ctrl-C,
refusal to overwrite, error rows, thread / process / Dask executors giving the same rows.

Reference values: the demo point function is x + y and x * y, so every expected output is computed
here directly; file consistency is checked line by line (complete lines, one row per point).
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import functools
import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mevscalar.numeric.cosmology import runner
from mevscalar.validate import ParameterError

PY = sys.executable
HEADER = ["x", "y", "sum", "product", "error"]


def _points(n, y=0.5):
    return [{"x": float(i) / 4, "y": y} for i in range(n)]


def _expected(p):
    return {"x": p["x"], "y": p["y"], "sum": p["x"] + p["y"], "product": p["x"] * p["y"], "error": None}


def _file_rows(path):
    text = Path(path).read_text()
    assert text.endswith("\n"), "every line on disk is complete"
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


def _assert_consistent(path, points):
    """Header, complete lines, no duplicate point, every row's values right."""
    header, rows = _file_rows(path)
    assert header == HEADER
    keys = [(r[0], r[1]) for r in rows]
    assert len(keys) == len(set(keys)), "no point written twice"
    by_key = {(repr(p["x"]), repr(p["y"])): p for p in points}
    for r in rows:
        p = by_key[(r[0], r[1])]
        assert float(r[2]) == p["x"] + p["y"] and float(r[3]) == p["x"] * p["y"] and r[4] == ""
    return keys


# --------------------------------------------------------------------------- basics
def test_thread_pool_rows_in_input_order_and_file_complete(tmp_path):
    pts = _points(12)
    out = tmp_path / "s.csv"
    with cf.ThreadPoolExecutor(3) as ex:
        rows = runner.run(runner.demo, pts, out, executor=ex, progress=False)
    assert rows == [_expected(p) for p in pts]
    assert len(_assert_consistent(out, pts)) == 12


def test_error_rows_record_a_solver_failure_and_the_scan_goes_on(tmp_path):
    pts = [{"x": -1.0, "y": 1.0}, {"x": 2.0, "y": 1.0}, {"x": -3.0, "y": 1.0}]
    out = tmp_path / "e.csv"
    with cf.ThreadPoolExecutor(2) as ex:
        rows = runner.run(runner.demo, pts, out, executor=ex, progress=False)
    assert rows[1] == _expected(pts[1])
    for i in (0, 2):
        assert rows[i]["sum"] is None and rows[i]["error"] == f"RuntimeError: demo solver failed at x = {pts[i]['x']!r}"
    header, lines = _file_rows(out)
    assert header == HEADER and len(lines) == 3
    assert sorted(r[4] for r in lines)[0] == ""  # the good row has an empty error cell


def test_outputs_inferred_when_the_first_rows_are_errors(tmp_path):
    def fn(x):  # no .outputs attribute: columns come from the first successful result
        time.sleep(0.05 if x > 0 else 0.0)
        if x < 0:
            raise RuntimeError("boom,\nwith a comma and a newline")
        return {"a": x, "b": 2 * x}

    pts = [{"x": -1.0}, {"x": -2.0}, {"x": 1.0}]
    out = tmp_path / "i.csv"
    with cf.ThreadPoolExecutor(3) as ex:
        rows = runner.run(fn, pts, out, executor=ex, progress=False)
    assert [list(r) for r in rows] == [["x", "a", "b", "error"]] * 3
    assert rows[0]["error"] == "RuntimeError: boom, with a comma and a newline"
    header, lines = _file_rows(out)
    assert header == ["x", "a", "b", "error"] and len(lines) == 3


def test_parameter_error_stops_the_scan_and_keeps_finished_rows(tmp_path):
    pts = _points(3) + [{"x": 9.0, "y": -1.0}] + _points(20)[3:]
    out = tmp_path / "p.csv"
    with cf.ThreadPoolExecutor(1) as ex, pytest.raises(ParameterError, match="y must be >= 0") as ei:
        runner.run(runner.demo, pts, out, executor=ex, progress=False)
    assert ei.value.done == 3 and ei.value.total == len(pts)
    assert len(_assert_consistent(out, pts)) == 3


def test_out_checked_before_any_work(tmp_path):
    calls = []

    def fn(x, y):
        calls.append(x)
        return {"s": x}

    out = tmp_path / "x.csv"
    out.write_text("precious\n")
    with pytest.raises(ParameterError, match=r"out: .*exists; use --resume or --force"):
        runner.run(fn, _points(2), out, executor=cf.ThreadPoolExecutor(1))
    assert out.read_text() == "precious\n"
    with pytest.raises(ParameterError, match="does not exist"):
        runner.run(fn, _points(2), tmp_path / "no" / "x.csv", executor=cf.ThreadPoolExecutor(1))
    with pytest.raises(ParameterError, match="is a folder"):
        runner.run(fn, _points(2), tmp_path, executor=cf.ThreadPoolExecutor(1))
    with pytest.raises(ParameterError, match="exclude each other"):
        runner.run(fn, _points(2), out, resume=True, force=True, executor=cf.ThreadPoolExecutor(1))
    # a file with other columns is not resumed into
    with pytest.raises(ParameterError, match="has columns"):
        runner.run(runner.demo, _points(2), out, resume=True, executor=cf.ThreadPoolExecutor(1))
    assert calls == []
    rows = runner.run(fn, _points(2), out, force=True, executor=cf.ThreadPoolExecutor(1), progress=False)
    assert [r["s"] for r in rows] == [0.0, 0.25]
    assert out.read_text().splitlines()[0] == "x,y,s,error"


def test_bad_arguments(tmp_path):
    never = tmp_path / "never.csv"
    for kw, msg in ((dict(workers=0), "workers"), (dict(workers=1.5), "workers"),
                    (dict(workers=1, executor=cf.ThreadPoolExecutor(1)), "workers")):
        with pytest.raises(ParameterError, match=msg):
            runner.run(runner.demo, _points(2), never, **kw)
    with pytest.raises(ParameterError, match="same key"):
        runner.run(runner.demo, [{"x": 1.0, "y": 1.0}] * 2, never)
    with pytest.raises(ParameterError, match="same keys"):
        runner.run(runner.demo, [{"x": 1.0, "y": 1.0}, {"y": 1.0, "x": 2.0}], never)
    assert not Path(never).exists()


def test_resume_drops_a_truncated_last_line_and_refuses_other_meta(tmp_path):
    pts = _points(6)
    out = tmp_path / "t.csv"
    good = [runner.cell(v) for v in _expected(pts[4]).values()]
    out.write_text(",".join(HEADER) + "\n" + ",".join(good) + "\n" + "0.25,0.5,0.7")  # killed mid-row
    rows = runner.run(runner.demo, pts, out, resume=True, executor=cf.ThreadPoolExecutor(2), progress=False,
                      meta={"opt": 1})
    assert rows == [_expected(p) for p in pts]
    assert len(_assert_consistent(out, pts)) == 6
    assert (tmp_path / "t.csv.meta.json").exists()
    with pytest.raises(ParameterError, match="was computed with"):
        runner.run(runner.demo, pts, out, resume=True, executor=cf.ThreadPoolExecutor(1), meta={"opt": 2})
    # nothing left to do: resume returns the rows read back, the file is unchanged
    before = out.read_text()
    assert runner.run(runner.demo, pts, out, resume=True, meta={"opt": 1}, progress=False) == rows
    assert out.read_text() == before


def test_progress_bar():
    buf = io.StringIO()
    p = runner.Progress(3, stream=buf)  # not a terminal: nothing
    p.update()
    p.close()
    assert buf.getvalue() == ""
    buf = io.StringIO()
    p = runner.Progress(3, done=1, label="x", stream=buf, enabled=True)
    p.update()
    p.update()
    p.close()
    s = buf.getvalue()
    assert "3/3" in s and "/s" in s and "eta" in s and s.endswith("\n") and "\n" not in s[:-1]


# --------------------------------------------------------------------------- executors
def test_process_pool_and_dask_give_the_same_rows(tmp_path):
    distributed = pytest.importorskip("distributed")
    pts = _points(10) + [{"x": -1.0, "y": 0.5}]
    import multiprocessing

    # the start method the runner would choose (spawn once this worker has run JAX)
    with cf.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(runner.start_method())) as ex:
        ref = runner.run(runner.demo, pts, tmp_path / "pp.csv", executor=ex, progress=False)
    assert ref[:10] == [_expected(p) for p in pts[:10]] and ref[10]["error"].startswith("RuntimeError")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        rows = runner.run(runner.demo, pts, tmp_path / "dask.csv", executor=client.get_executor(), progress=False)
    assert rows == ref
    assert sorted(_file_rows(tmp_path / "dask.csv")[1]) == sorted(_file_rows(tmp_path / "pp.csv")[1])


def test_default_pool_and_a_broken_pool_is_not_a_point_failure(tmp_path):
    rows = runner.run(runner.demo, _points(4), tmp_path / "d.csv", workers=2, progress=False)
    assert rows == [_expected(p) for p in _points(4)]
    with pytest.raises(cf.process.BrokenProcessPool):
        runner.run(_die, [{"x": 1.0}], tmp_path / "b.csv", workers=1, progress=False)
    assert _file_rows(tmp_path / "b.csv") == (["x", "s", "error"], [])  # no error row that resume would skip


def test_the_default_pool_spawns_when_this_process_has_threads(tmp_path):
    # fork copies the locks other threads hold (JAX's pool deadlocks forked workers): spawn whenever a second
    # thread is alive; the rows are the same either way
    import threading

    if threading.active_count() == 1 and "jax" not in sys.modules:
        assert runner.start_method() == "fork"
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        assert runner.start_method() == "spawn"
        rows = runner.run(runner.demo, _points(3), tmp_path / "s.csv", workers=2, progress=False)
    finally:
        stop.set()
        t.join()
    assert rows == [_expected(p) for p in _points(3)]


def _die(x):
    os._exit(3)


_die.outputs = ("s",)


# --------------------------------------------------------------------------- real interruptions
#: The scan script. It installs Python's Ctrl-C handler itself, as an interpreter started from a terminal has it:
#: an ignored SIGINT is inherited across exec, and a test run started in the background by a non-interactive shell
#: (`pytest &`) has one, which the scan would inherit (a preexec_fn would reset it too, but forks this process,
#: which may hold JAX's threads).
_SCRIPT = textwrap.dedent("""
    import functools, signal, sys
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from mevscalar.numeric.cosmology import runner
    pts = [{"x": float(i) / 4, "y": 0.5} for i in range(int(sys.argv[2]))]
    try:
        runner.run(functools.partial(runner.demo, delay=float(sys.argv[3])), pts, sys.argv[1],
                   resume=True, workers=2, progress=False)
    except KeyboardInterrupt as exc:
        print(f"interrupted {exc.done} {exc.total}", flush=True)
        sys.exit(130)
""")


def _wait_rows(path, n, proc, timeout=30.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if path.exists() and path.read_text().count("\n") >= n + 1:
            return
        assert proc.poll() is None, "the scan ended before it could be interrupted"
        time.sleep(0.05)
    raise AssertionError("no rows appeared")


def _children(pid):
    kids = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids.update(int(k) for k in (task / "children").read_text().split())
    return kids


def _alive(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_resume_after_sigkill_loses_no_finished_row_and_leaves_no_worker(tmp_path):
    script = tmp_path / "scan.py"
    script.write_text(_SCRIPT)
    out = tmp_path / "k.csv"
    n = 24
    pts = _points(n)
    proc = subprocess.Popen([PY, str(script), str(out), str(n), "0.15"], start_new_session=True)
    workers = set()
    try:
        _wait_rows(out, 5, proc)
        workers = _children(proc.pid)
        proc.kill()  # SIGKILL to the scan only: its pool workers must not outlive it
        proc.wait()
        t0 = time.monotonic()
        while any(_alive(w) for w in workers) and time.monotonic() - t0 < 10:
            time.sleep(0.05)
        assert len(workers) == 2 and not any(_alive(w) for w in workers)
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        proc.wait()
    before = _assert_consistent(out, pts)
    assert 5 <= len(before) < n
    t0 = time.perf_counter()
    rc = subprocess.call([PY, str(script), str(out), str(n), "0.0"])
    assert rc == 0 and time.perf_counter() - t0 < 20
    after = _assert_consistent(out, pts)
    assert after[: len(before)] == before and len(after) == n  # kept, appended, none twice


def test_sigint_leaves_a_consistent_file_and_resume_completes(tmp_path):
    script = tmp_path / "scan.py"
    script.write_text(_SCRIPT)
    out = tmp_path / "c.csv"
    n = 24
    pts = _points(n)
    proc = subprocess.Popen([PY, str(script), str(out), str(n), "0.15"], stdout=subprocess.PIPE, text=True)
    _wait_rows(out, 4, proc)
    proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=20)
    assert proc.returncode == 130
    done = int(stdout.split()[1])
    assert int(stdout.split()[2]) == n
    keys = _assert_consistent(out, pts)
    assert len(keys) == done and 4 <= done < n  # every finished point is on disk, and only those
    assert subprocess.call([PY, str(script), str(out), str(n), "0.0"]) == 0
    assert len(_assert_consistent(out, pts)) == n


def test_functools_partial_outputs_and_key(tmp_path):
    # resume matches on `key` only: a changed non-key input column would not recompute
    pts = [{"x": 1.0, "y": 2.0, "tag": "a"}]
    fn = functools.partial(runner.demo, delay=0.0)
    out = tmp_path / "k.csv"
    rows = runner.run(lambda x, y, tag: runner.demo(x, y), pts, out, executor=cf.ThreadPoolExecutor(1),
                      key=["x", "y"], outputs=runner.demo.outputs, progress=False)
    assert rows[0]["sum"] == 3.0
    with pytest.raises(ParameterError, match="key"):
        runner.run(fn, [{"x": 1.0, "y": 2.0}], tmp_path / "z.csv", key=["q"])
