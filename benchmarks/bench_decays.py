"""Speed of the phi <-> a a collision terms (numeric/cosmology/decays.py).

Target: <= 30 us per scalar transfer() call on a quiet machine (the precision Boltzmann solver makes 2-4
calls per right-hand side, ~3000 right-hand sides per solve, in a 0.5 s budget). Baselines measured in
the same run:

- the implementation before the fused kernel (commit a93b29a: separate phi_term/eq_term kernels with
  np.select, one call per rule), loaded from git objects into a throw-away module (skipped without git);
- scipy.integrate.quad of the same generated integrand (an independent accuracy reference too).

    .venv/bin/python benchmarks/bench_decays.py
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
import types
from pathlib import Path

from _timing import per_call  # noqa: E402  (benchmarks/ is sys.path[0] when run as a script)

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "a93b29a"
POINT = (1.0, 1e-3, 0.9, 0.1, 0.8, -0.05)  # m, gamma, t_phi, xi_phi, t_d, xi_d (xi_d <= 0: both kinds)
DEGENERATE = (1.0, 1e-3, 0.5, 0.0, 0.5, 8.0)  # fermions, 2 xi_d - m/t_d = 14 > 4: the 200-node f_eq rule
CASES = [("fermion", "quantum"), ("boson", "quantum"), ("fermion", "mb"), ("boson", "mb")]


_per_call = per_call  # benchmarks/_timing.py


def _baseline_module():
    """The pre-fusion numeric/cosmology/decays.py with its own generated kernels, from git; None without git."""
    try:
        src = {
            p: subprocess.run(["git", "show", f"{BASE_COMMIT}:{p}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
            for p in ("generated/decays_np.py", "numeric/cosmology/decays.py")
        }
    except (OSError, subprocess.CalledProcessError):
        return None
    kern = types.ModuleType("_decays_np_base")
    exec(compile(src["generated/decays_np.py"], "decays_np@" + BASE_COMMIT, "exec"), kern.__dict__)
    sys.modules["_decays_np_base"] = kern
    code = src["numeric/cosmology/decays.py"].replace(
        "from mevscalar.generated import decays_np as _k", "import _decays_np_base as _k"
    )
    mod = types.ModuleType("_decays_base")
    exec(compile(code, "decays@" + BASE_COMMIT, "exec"), mod.__dict__)
    return mod


def _quad(dec, args, daughter, statistics):
    """transfer() by scipy.integrate.quad of the generated integrands (eps 1e-13, in rapidity)."""
    from scipy.integrate import quad

    from mevscalar.generated import decays_np as k

    m, gamma, t_phi, xi_phi, t_d, xi_d = args
    y_p, y_d = m / t_phi, m / t_d
    r0, q0 = y_p - xi_phi, y_d - 2 * xi_d
    if statistics == "mb":
        fp = lambda e: float(k.mb_term(e, y_p, y_d))  # noqa: E731
        fq = lambda e: float(k.mb_term(e, y_d, y_d))  # noqa: E731
        c = q0
    else:
        kern = k.rate_term_fermion if daughter == "fermion" else k.rate_term_boson
        c = max(q0, 0.0)
        fp = lambda e: float(kern(e, y_d, xi_d, y_p, r0, r0))  # noqa: E731
        fq = lambda e: float(kern(e, y_d, xi_d, y_d, q0, c))  # noqa: E731
    ea = dec._eta_max_f(y_p, dec.U_CUT)
    eb = dec._eta_max_f(y_d, dec.U_CUT + max(0.0, -q0))
    kw = dict(epsabs=0.0, epsrel=1e-13, limit=200)
    a_n, a_e = quad(fp, 0, ea, **kw)[0], quad(lambda e: fp(e) * math.cosh(e), 0, ea, **kw)[0]
    b_n, b_e = quad(fq, 0, eb, **kw)[0], quad(lambda e: fq(e) * math.cosh(e), 0, eb, **kw)[0]
    return dec._combine(m, gamma, t_d, r0, c, a_n, a_e, b_n, b_e)


def _rel(a, b):
    return max(abs(x - y) / abs(y) for x, y in zip(a, b))


def main(argv=()):
    from mevscalar.numeric.cosmology import decays

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min): {load:.1f} on {os.cpu_count()} cores (timings scale with it)")
    base = _baseline_module()
    if base is None:
        print(f"(no git: the {BASE_COMMIT} baseline is skipped)")
    rows = [(d, s, POINT) for d, s in CASES] + [("fermion", "quantum", DEGENERATE)]
    print("| daughter | statistics | point | now [us] | before (a93b29a) [us] | speed-up | quad [us] | |now - quad|/quad | |now - before|/before |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for daughter, statistics, args in rows:
        f = lambda: decays.transfer(*args, daughter=daughter, statistics=statistics)  # noqa: E731
        t_now = _per_call(f, 400)
        now = f()
        label = "degenerate" if args is DEGENERATE else "generic"
        if base is not None:
            g = lambda: base.transfer(*args, daughter=daughter, statistics=statistics)  # noqa: E731
            t_base = _per_call(g, 60)
            before = g()
            b_txt, sp_txt, d_txt = f"{t_base * 1e6:.0f}", f"{t_base / t_now:.1f}x", f"{_rel(now, before):.1e}"
        else:
            b_txt = sp_txt = d_txt = "-"
        t0 = time.perf_counter()
        ref = _quad(decays, args, daughter, statistics)
        t_quad = time.perf_counter() - t0
        print(
            f"| {daughter} | {statistics} | {label} | {t_now * 1e6:.1f} | {b_txt} | {sp_txt} | {t_quad * 1e6:.0f} "
            f"| {_rel(now, ref):.1e} | {d_txt} |"
        )
    ok = all(_rel(decays.transfer(*a, daughter=d, statistics=s), _quad(decays, a, d, s)) < 1e-11 for d, s, a in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
