"""Speed and memory of F(y) (Eq. 12) and of N_eff (Eq. 7 + 12) on a 1000 x 1000 (m_phi, T_D) grid.

Targets: F(y) >= 1e7 evaluations/s; the grid in < 1 s with peak traced memory < 200 MB. Baseline,
measured in the same run: scipy.integrate.quad of Eq. 12 per point (what a straightforward
implementation would do), extrapolated to the same number of evaluations.

    /tmp/venv/bin/python benchmarks/bench_neff.py
"""

from __future__ import annotations

import math
import time
import tracemalloc

import numpy as np


def _best(fn, repeat=5):
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _quad_F(y, sign):
    """Eq. 12 by scipy.integrate.quad, in the shifted form x = y + u (e^{-y} explicit, no overflow)."""
    from scipy.integrate import quad

    c = 30.0 / (7.0 * math.pi**4)

    def f(u):
        v = u + y
        den = 1.0 + math.exp(-v) if sign > 0 else -math.expm1(-v)
        return (4 * v * v - y * y) * math.sqrt(u * (u + 2 * y)) * math.exp(-u) / den if v > 0 else 0.0

    return c * math.exp(-y) * quad(f, 0.0, math.inf, epsabs=0, epsrel=1e-12, limit=200)[0]


def main():
    from mevscalar.constants import M_E
    from mevscalar.numeric.cosmology.entropy import F_boson, F_fermion
    from mevscalar.numeric.cosmology.neff import n_eff
    from mevscalar.generated import entropy_np

    rng = np.random.default_rng(12345)
    n = 1_000_000
    y = np.exp(rng.uniform(math.log(1e-3), math.log(700.0), n))

    # --- baseline: scipy.integrate.quad per point
    yq = np.exp(rng.uniform(math.log(1e-3), math.log(700.0), 200))
    t0 = time.perf_counter()
    for v in yq:
        _quad_F(float(v), +1.0)
    t_quad = (time.perf_counter() - t0) / yq.size
    print(f"baseline scipy.integrate.quad, Eq. 12 per point: {t_quad * 1e6:.1f} us/eval "
          f"({1 / t_quad:.3g} evals/s)")

    # --- F(y)
    for label, fn in (
        ("F_fermion generated kernel", entropy_np.F_fermion),
        ("F_boson generated kernel", entropy_np.F_boson),
        ("F_fermion validated API", F_fermion),
        ("F_boson validated API", F_boson),
    ):
        fn(y[:1000])
        t = _best(lambda: fn(y))
        rate = n / t
        print(f"{label}: {rate:.3g} evals/s ({t * 1e3:.1f} ms per 1e6), x{t_quad * n / t:.3g} vs quad, "
              f"target >= 1e7: {'OK' if rate >= 1e7 else 'MISSED'}")

    # --- N_eff on a 1000 x 1000 grid
    m = np.geomspace(0.1, 10.0, 1000)[:, None]
    td = np.geomspace(0.1, 3.0, 1000)[None, :]
    n_eff(td, m, 0.01)
    t_grid = _best(lambda: n_eff(td, m, 0.01), repeat=3)
    tracemalloc.start()
    grid = n_eff(td, m, 0.01)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # baseline: two quadratures per grid point (F(m_phi/T_D) and F(m_e/T_D)); the latter only depends
    # on T_D, so a careful baseline needs 1e6 + 1e3 quadratures
    t_base = t_quad * (grid.size + td.size)
    print(f"N_eff (Eq. 7 + 12, BR_nunu = 0.01) on 1000 x 1000: {t_grid:.3f} s "
          f"(target < 1 s: {'OK' if t_grid < 1 else 'MISSED'}), x{t_base / t_grid:.3g} vs quad per point "
          f"(~{t_base:.0f} s)")
    print(f"peak traced memory for the grid: {peak / 1e6:.1f} MB (target < 200 MB: "
          f"{'OK' if peak < 200e6 else 'MISSED'}); result array {grid.nbytes / 1e6:.1f} MB")
    # consistency spot check against the quad baseline
    i, j = 123, 456
    fe, fp = _quad_F(M_E / float(td[0, j]), +1.0), _quad_F(float(m[i, 0] / td[0, j]), -1.0)
    br = 0.01
    ratio3 = 2 / (2 + 3.5 * fe + 0.875 * (1 - br) * fp) * (3 + br * fp / 2) / 3
    ref = 3 * (11 / 4) ** (4 / 3) * ratio3 ** (4 / 3)
    print(f"spot check grid[{i},{j}] vs quad: rel diff {grid[i, j] / ref - 1:.1e}")


if __name__ == "__main__":
    main()
