"""BBN through LINX (numeric/cosmology/bbn.py): first call, repeated abundance evaluations, and the 30 x 30 map.

Targets (issue 9): one abundance evaluation after the first compile < 1 s; a 30 x 30 map of the plane (background
plus abundances) < 15 minutes on 2 cores through the Executor scan engine. Baseline measured in the same run: the
Boltzmann background solve of the same point (what each map point pays before LINX).

    .venv/bin/python benchmarks/bench_bbn.py                # first call, per-call timing, the map estimate
    .venv/bin/python benchmarks/bench_bbn.py --map 30       # ... and run the 30 x 30 map (m_phi 0.5-5, BR 1e-5-0.1)
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from _timing import per_call

TARGET_CALL_S = 1.0
TARGET_MAP_S = 900.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--map", type=int, default=0, help="also run an N x N map through the scan engine")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)

    import numpy as np

    from mevscalar.numeric.cosmology import bbn, boltzmann

    workers = args.workers or os.cpu_count() or 1
    print(f"cache folder: {bbn.cache_dir()} (exported model present: "
          f"{bbn._export_path(bbn.DEFAULT_NETWORK).exists()})")
    # baseline: the background solve of one scenario point
    kw = dict(br_nunu=1e-3, background=True, n_out=bbn.N_OUT, t_end=bbn.T_END)
    t_bg = per_call(lambda: boltzmann.evolve(1.5, 3.67e-4, **kw), 1, repeat=3)
    r = boltzmann.evolve(1.5, 3.67e-4, **kw)
    t0 = time.perf_counter()
    first = bbn.abundances(r)
    t_first = time.perf_counter() - t0
    t_call = per_call(lambda: bbn.abundances(r), 3, repeat=3)
    ok_call = t_call < TARGET_CALL_S
    print(f"first abundance call in this process (trace/deserialise + compile or cache hit): {t_first:.1f} s")
    print(f"abundance evaluation after it: {t_call:.3f} s per call (Y_p = {first.y_p:.5f}); target < "
          f"{TARGET_CALL_S:.0f} s: {'met' if ok_call else 'MISSED'}")
    print(f"baseline (Boltzmann background solve of the same point): {t_bg:.3f} s; LINX / background = "
          f"{t_call / t_bg:.2f}x")
    per_point = t_bg + t_call
    est = 900 * per_point / workers + t_first
    print(f"30 x 30 map estimate on {workers} workers: {900 * per_point:.0f} s of CPU, {est:.0f} s wall "
          f"(+ one first call per worker); target < {TARGET_MAP_S:.0f} s: {'met' if est < TARGET_MAP_S else 'MISSED'}"
          f"; load average {os.getloadavg()[0]:.1f}")
    ok_map = True
    if args.map:
        n = args.map
        ms = np.geomspace(0.5, 5.0, n)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "bbn_map.csv"
            t0 = time.perf_counter()
            # spawn: this process has run JAX above, and forking it with JAX's threads alive deadlocks the workers
            import concurrent.futures as cf
            import multiprocessing

            from mevscalar.numeric.cosmology import runner

            with cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=runner._worker_init, initargs=(os.getpid(),)) as ex:
                rows = bbn.bbn_map(ms, out, br_min=1e-5, br_max=0.1, n_grid=n, executor=ex, progress=None)
            wall = time.perf_counter() - t0
        n_err = sum(1 for x in rows if x["error"])
        ok_map = wall < TARGET_MAP_S or n != 30
        print(f"{n} x {n} BBN map on {workers} workers: {wall:.0f} s wall ({n_err} error rows); target "
              f"< {TARGET_MAP_S:.0f} s: {'met' if ok_map else 'MISSED'}")
    return 0 if (ok_call and ok_map) else 1


if __name__ == "__main__":
    raise SystemExit(main())
