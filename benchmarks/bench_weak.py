"""Speed of the SM weak collision terms (numeric/cosmology/weak.py).

Target: < 20 us per nu_e_transfer / nu_nu_transfer call (the thermal solver makes ~1000 right-hand-side
evaluations, each with 2-3 nu_e and 2-6 nu_nu calls, in a 0.5 s budget). Baselines measured in the same
run: the exact evaluator (reduced collision integral by fixed Gauss quadrature) that built the table, and
the table path before the fast path (commit BASE_COMMIT, loaded from git into a throw-away module; skipped
without git).

Measured: (1) per call on distinct arguments (no result memo hit), with the y contraction cached (a new
species at the same t_gamma) and not (a new t_gamma every call); (2) the replay of every weak call of one
precision solve (boltzmann.evolve at the README's scenario point), in order, through both implementations:
the solver's real mix of repeated arguments (forward-difference Jacobian columns) and shared t_gamma.

    .venv/bin/python benchmarks/bench_weak.py [--build] [--no-replay]
"""

from __future__ import annotations

import importlib.util
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import per_call  # noqa: E402  (benchmarks/ is sys.path[0] when run as a script)

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "e4f6a0c"  # the last commit before the fast table path


_per_call = per_call  # benchmarks/_timing.py


def _old_weak():
    """numeric/cosmology/weak.py at BASE_COMMIT as a throw-away module reading the current table file."""
    try:
        src = subprocess.run(["git", "show", f"{BASE_COMMIT}:numeric/cosmology/weak.py"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    from mevscalar.numeric.cosmology import weak

    d = tempfile.mkdtemp()
    p = Path(d) / "weak_base.py"
    p.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("weak_base", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.TABLE_PATH = weak.TABLE_PATH
    return mod


def _sweep(w, calls, reps=3):
    """Best time of `reps` passes over the recorded calls, per call; caches emptied before each pass."""
    best = math.inf
    for _ in range(reps):
        if hasattr(w, "_clear_caches"):
            w._clear_caches()
        fe, fn = w.nu_e_transfer, w.nu_nu_transfer
        t0 = time.perf_counter()
        for kind, args, kw in calls:
            (fe if kind == "e" else fn)(*args, **kw)
        best = min(best, (time.perf_counter() - t0) / len(calls))
    return best


def _record_solve():
    """Every weak call of one precision solve, in order."""
    from mevscalar.numeric.cosmology import boltzmann, weak

    calls = []
    fe, fn = weak.nu_e_transfer, weak.nu_nu_transfer

    def rec_e(*a, **k):
        calls.append(("e", a, k))
        return fe(*a, **k)

    def rec_n(*a, **k):
        calls.append(("n", a, k))
        return fn(*a, **k)

    weak.nu_e_transfer, weak.nu_nu_transfer = rec_e, rec_n
    try:
        t0 = time.perf_counter()
        # the NumPy backend: the compiled one (the default with Numba) does its table lookups in jit.py and makes no
        # weak calls to record
        r = boltzmann.evolve(1.5, 3.67e-4, br_nunu=1e-3, backend="numpy")
        dt = time.perf_counter() - t0
    finally:
        weak.nu_e_transfer, weak.nu_nu_transfer = fe, fn
    return calls, dt, r


def main(argv=()):
    from mevscalar.numeric.cosmology import weak

    old = _old_weak()
    gl, gr = weak.G_L_E, weak.G_R
    weak.nu_e_transfer(1.0, 1.0, 0.0, gl, gr)  # load the table
    if old is not None:
        old.nu_e_transfer(1.0, 1.0, 0.0, gl, gr)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min): {load:.1f} on {os.cpu_count()} cores (timings scale with it)")

    # distinct arguments: no memo hit. "same t_gamma": the y contraction is cached (a species of the same
    # right-hand side); "new t_gamma": every call contracts the table in y as well
    n = 4000
    tn = [1.29 * (1.0 + 1e-9 * k) for k in range(n)]
    tg = [1.3 * (1.0 + 1e-9 * k) for k in range(n)]

    def make(w):
        it = {"k": 0}

        def e_same():
            k = it["k"] = (it["k"] + 1) % n
            return w.nu_e_transfer(1.3, tn[k], 0.002, gl, gr)

        def e_new():
            k = it["k"] = (it["k"] + 1) % n
            return w.nu_e_transfer(tg[k], 1.29, 0.002, gl, gr)

        def nn():
            k = it["k"] = (it["k"] + 1) % n
            return w.nu_nu_transfer(tn[k], 0.002, 1.3, -0.001)

        def mbm():
            k = it["k"] = (it["k"] + 1) % n
            return w.nu_e_transfer(1.3, tn[k], 0.002, gl, gr, statistics="mb")

        return {"nu_e_transfer (FD table, same t_gamma)": e_same, "nu_e_transfer (FD table, new t_gamma)": e_new,
                "nu_nu_transfer (FD table)": nn, "nu_e_transfer (MB table, m_e)": mbm}

    def clear(w):
        if hasattr(w, "_clear_caches"):
            w._clear_caches()

    new_f = make(weak)
    old_f = make(old) if old is not None else {}
    # the old module has no memo: the index cycles through n distinct arguments, so n calls per pass
    # never repeat one for the new module's memo (256 entries) either
    for name, f in new_f.items():
        clear(weak)
        t_new = _per_call(f, n)
        if name in old_f:
            t_old = _per_call(old_f[name], n)
            print(f"{name:40s} {t_new * 1e6:6.1f} us/call   previous {t_old * 1e6:6.1f} us: {t_old / t_new:.2f} x faster")
        else:
            print(f"{name:40s} {t_new * 1e6:6.1f} us/call")
    t_mb = _per_call(lambda: weak.nu_e_transfer(1.3, 1.29, 0.002, gl, gr, statistics="mb", m_e=0.0), 4000)
    clear(weak)
    t_memo = _per_call(lambda: weak.nu_e_transfer(1.3, 1.29, 0.002, gl, gr), 4000)
    print(f"{'nu_e_transfer (memo hit: repeated call)':40s} {t_memo * 1e6:6.1f} us/call")
    print(f"{'nu_e_transfer (MB, m_e = 0; memo hit)':40s} {t_mb * 1e6:6.1f} us/call (closed forms)")
    # interpreter speed reference: sum(range(1000)) takes ~10 us on an idle 2020s x86 core (CPython 3.11)
    t_ref = _per_call(lambda: sum(range(1000)), 2000)
    t_ex = _per_call(lambda: weak.nu_e_transfer_exact(1.3, 1.29, 0.002, gl, gr), 20)
    print(f"interpreter reference sum(range(1000)): {t_ref * 1e6:.1f} us (~10 us idle)")
    print(f"exact evaluator (baseline):      {t_ex * 1e6:7.0f} us/call")

    if "--no-replay" not in argv:
        calls, dt, r = _record_solve()
        ne = sum(1 for c in calls if c[0] == "e")
        print(f"one solve (evolve(1.5, 3.67e-4, br_nunu=1e-3, backend='numpy')): {dt:.2f} s, N_eff = {r.n_eff:.5f}; "
              f"{ne} nu_e + {len(calls) - ne} nu_nu calls")
        t_new = _sweep(weak, calls)
        line = f"replay of its weak calls: {t_new * 1e6:.2f} us/call, {t_new * len(calls):.3f} s"
        if old is not None:
            t_old = _sweep(old, calls)
            line += (f"; previous {t_old * 1e6:.2f} us/call, {t_old * len(calls):.3f} s: {t_old / t_new:.2f} x faster")
            worst = 0.0
            weak._clear_caches()
            for kind, args, kw in calls[:: max(1, len(calls) // 3000)]:
                a = (weak.nu_e_transfer if kind == "e" else weak.nu_nu_transfer)(*args, **kw)
                b = (old.nu_e_transfer if kind == "e" else old.nu_nu_transfer)(*args, **kw)
                for x, y in zip(a, b):
                    if y != 0.0:
                        worst = max(worst, abs(x - y) / abs(y))
                    elif x != 0.0:
                        worst = math.inf
            line += f"; largest relative difference new vs previous (net rates): {worst:.1e}"
        print(line)

    if "--build" in argv:
        t0 = time.process_time()
        with tempfile.TemporaryDirectory() as d:
            p = weak.write_tables(Path(d) / "t.npz")
            same = p.read_bytes() == weak.TABLE_PATH.read_bytes()
        print(f"table build: {time.process_time() - t0:.1f} s CPU; identical to the committed file: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
