"""Speed of the SM weak collision terms (cosmology/weak.py).

Target: < 20 us per nu_e_transfer / nu_nu_transfer call (the thermal solver makes ~1000 right-hand-side
evaluations, each with 2-3 nu_e and 2-6 nu_nu calls, in a 0.5 s budget). Baseline measured in the same
run: the exact evaluator (reduced collision integral by fixed Gauss quadrature) that built the table.
Also: one solver-like right-hand side (3 nu_e + 3 nu_nu calls), and the table build time.

    .venv/bin/python benchmarks/bench_weak.py [--build]
"""

from __future__ import annotations

import math
import os
import sys
import time


def _per_call(fn, n):
    best = math.inf
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best


def main(argv=()):
    from mevscalar.cosmology import weak

    gl, gmu, gr = weak.G_L_E, weak.G_L_MU, weak.G_R
    weak.nu_e_transfer(1.0, 1.0, 0.0, gl, gr)  # load the table
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min): {load:.1f} on {os.cpu_count()} cores (timings scale with it)")

    t_e = _per_call(lambda: weak.nu_e_transfer(1.3, 1.29, 0.002, gl, gr), 4000)
    t_n = _per_call(lambda: weak.nu_nu_transfer(1.29, 0.002, 1.3, -0.001), 4000)
    t_mb = _per_call(lambda: weak.nu_e_transfer(1.3, 1.29, 0.002, gl, gr, statistics="mb", m_e=0.0), 4000)
    t_mbm = _per_call(lambda: weak.nu_e_transfer(1.3, 1.29, 0.002, gl, gr, statistics="mb"), 4000)
    # interpreter speed reference: sum(range(1000)) takes ~10 us on an idle 2020s x86 core (CPython 3.11)
    t_ref = _per_call(lambda: sum(range(1000)), 2000)
    t_ex = _per_call(lambda: weak.nu_e_transfer_exact(1.3, 1.29, 0.002, gl, gr), 20)
    print(f"nu_e_transfer (FD table):        {t_e * 1e6:7.1f} us/call   target 20 us: {t_e / 20e-6:.2f} x target")
    print(f"nu_nu_transfer (FD table):       {t_n * 1e6:7.1f} us/call   target 20 us: {t_n / 20e-6:.2f} x target")
    print(f"nu_e_transfer (MB, m_e = 0):     {t_mb * 1e6:7.1f} us/call (closed forms)")
    print(f"nu_e_transfer (MB, m_e):         {t_mbm * 1e6:7.1f} us/call (table)")
    print(f"interpreter reference sum(range(1000)): {t_ref * 1e6:.1f} us (~10 us idle): "
          f"nu_e_transfer ~ {t_e / t_ref * 10:.0f} us on an idle core")
    print(f"exact evaluator (baseline):      {t_ex * 1e6:7.0f} us/call   table is {t_ex / t_e:.0f} x faster")

    def rhs():
        weak.nu_e_transfer(1.0, 0.99, 0.001, gl, gr)
        weak.nu_e_transfer(1.0, 0.995, 0.0005, gmu, gr)
        weak.nu_e_transfer(1.0, 0.995, 0.0005, gmu, gr)
        weak.nu_nu_transfer(0.99, 0.001, 0.995, 0.0005)
        weak.nu_nu_transfer(0.995, 0.0005, 0.99, 0.001)
        weak.nu_nu_transfer(0.995, 0.0005, 0.995, 0.0005)

    t_rhs = _per_call(rhs, 1000)
    print(f"one RHS (3 nu_e + 3 nu_nu):      {t_rhs * 1e6:7.1f} us; 1000 RHS = {t_rhs * 1e3:.3f} s (budget 0.5 s)")

    if "--build" in argv:
        import tempfile
        from pathlib import Path

        t0 = time.process_time()
        with tempfile.TemporaryDirectory() as d:
            p = weak.write_tables(Path(d) / "t.npz")
            same = p.read_bytes() == weak.TABLE_PATH.read_bytes()
        print(f"table build: {time.process_time() - t0:.1f} s CPU; identical to the committed file: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
