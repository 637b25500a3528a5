"""A 50 x 50 Boltzmann N_eff map through the scan engine (target: < 10 minutes on 2 cores, < 500 MB).

Measures: the serial time per point (baseline, a few points in this process, same run), the wall
time of the whole map on the default process pool (numeric/cosmology/runner.py, one worker per core), the
speed-up over the serial estimate, peak memory (parent RSS + workers x the largest worker's RSS,
an upper bound on the sum), and the time to resume a finished map (read back, nothing to compute).

    .venv/bin/python benchmarks/bench_scan.py            # 50 x 50, m_phi 1-10 MeV, BR_nunu 1e-6-0.5
    .venv/bin/python benchmarks/bench_scan.py --n 10     # a quick 10 x 10
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

TARGET_S = 600.0
TARGET_MB = 500.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50, help="points per axis")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)

    import numpy as np

    from mevscalar.numeric.cosmology import scan

    ms = np.geomspace(1.0, 10.0, args.n)
    workers = args.workers or os.cpu_count() or 1
    pts = scan.boltzmann_points(ms, 1e-6, 0.5, args.n)
    # baseline: serial, in this process, on points spread over the map
    sample = pts[:: max(len(pts) // 6, 1)][:6]
    opts = scan._point_options({})  # what each map point passes to boltzmann.evolve
    scan.boltzmann_point(**sample[0], options=opts)  # warm-up: imports, tables, the compiled right-hand side
    t0, c0 = time.perf_counter(), time.process_time()
    for p in sample:
        scan.boltzmann_point(**p, options=opts)
    t_point = (time.perf_counter() - t0) / len(sample)
    c_point = (time.process_time() - c0) / len(sample)
    serial = t_point * len(pts)
    print(f"serial baseline: {t_point:.3f} s wall, {c_point:.3f} s CPU per point ({len(sample)} points) -> "
          f"{serial:.0f} s for {len(pts)} points on one core")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.csv"
        t0 = time.perf_counter()
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        rows = scan.boltzmann_map(ms, out, br_min=1e-6, br_max=0.5, n_grid=args.n, workers=workers,
                                  progress=None)
        wall = time.perf_counter() - t0
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        n_err = sum(1 for r in rows if r["error"])
        t0 = time.perf_counter()
        again = scan.boltzmann_map(ms, out, br_min=1e-6, br_max=0.5, n_grid=args.n, resume=True, progress=False)
        t_resume = time.perf_counter() - t0
        assert again == rows
        size_kb = out.stat().st_size / 1024
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak = parent + workers * child
    ok_t = wall < TARGET_S or args.n != 50
    print(f"{args.n} x {args.n} Boltzmann map on {workers} workers: {wall:.1f} s wall ({len(rows) / wall:.2f} "
          f"points/s, {n_err} error rows, CSV {size_kb:.0f} kB); speed-up over the serial baseline "
          f"{serial / wall:.2f}x; target < {TARGET_S:.0f} s: {'met' if ok_t else 'MISSED'}")
    print(f"worker CPU: {cpu:.0f} s ({cpu / len(rows):.3f} s per point; {cpu / workers:.0f} s of wall time on "
          f"{workers} otherwise idle cores); load average during the run: {os.getloadavg()[0]:.1f}")
    print(f"peak memory: parent {parent:.0f} MB + {workers} x worker {child:.0f} MB = {peak:.0f} MB; "
          f"target < {TARGET_MB:.0f} MB: {'met' if peak < TARGET_MB else 'MISSED'}")
    print(f"resume of the finished map (read {len(rows)} rows back, nothing to compute): {t_resume:.2f} s")
    return 0 if (ok_t and peak < TARGET_MB) else 1


if __name__ == "__main__":
    raise SystemExit(main())
