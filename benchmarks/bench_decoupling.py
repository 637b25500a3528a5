"""T_D solves per second: exact R = H and Eq. (11), against naive per-point baselines in the same run.

Baselines (quadrature-free, per point, same generated kernels):
  exact: scipy.optimize.minimize_scalar for the maximum of log R/H, then scipy.optimize.brentq on each
         side (what one would write first);
  Eq. (11): brentq on x - (7/2) log x - L per point.
Measured: cosmology.decoupling.t_d_exact_grid (vectorised grid + elementwise find_root, both crossings),
t_d_exact per point (the scalar API), and Eq. (11) in closed form (Lambert W, vectorised).
Also checks that the fast paths agree with the baselines (max relative difference printed).
"""

from __future__ import annotations

import math
import time

import numpy as np


def _rate(n, dt):
    return n / dt


def main() -> None:
    from scipy.optimize import brentq, minimize_scalar

    from mevscalar.constants import M_PL
    from mevscalar.numeric.cosmology import decoupling as dec
    from mevscalar.generated import decoupling_np as K

    rng = np.random.default_rng(1)
    n = 2000
    m = np.exp(rng.uniform(math.log(0.5), math.log(5.0), n))
    gam = 10.0 ** rng.uniform(-19.5, -17.0, n)
    br = 10.0 ** rng.uniform(-3.0, -1.0, n)

    # ---- baseline: naive per-point exact solve
    def naive(mi, gi, bi):
        f = lambda u: float(K.log_rate_over_hubble_eq10(math.exp(u), mi, gi, bi, 10.75, M_PL))  # noqa: E731
        peak = minimize_scalar(lambda u: -f(u), bounds=(math.log(0.5), math.log(10.0)), method="bounded").x
        if f(peak) <= 0:
            return math.nan, math.nan
        hi = math.log(mi / dec.T_MIN_DEFAULT)
        lo = math.log(mi / dec.T_MAX_DEFAULT)
        td = mi / math.exp(brentq(f, peak, hi, xtol=1e-14, rtol=1e-14))
        tr = math.nan if f(lo) > 0 else mi / math.exp(brentq(f, lo, peak, xtol=1e-14, rtol=1e-14))
        return td, tr

    nb = 300
    t0 = time.perf_counter()
    base = np.array([naive(m[i], gam[i], br[i]) for i in range(nb)])
    t_base = time.perf_counter() - t0
    r_base = _rate(nb, t_base)

    t0 = time.perf_counter()
    g = dec.t_d_exact_grid(m, gam, br)
    t_grid = time.perf_counter() - t0
    r_grid = _rate(n, t_grid)

    ns = 100
    t0 = time.perf_counter()
    for i in range(ns):
        dec.t_d_exact(m[i], gam[i], br[i])
    t_scalar = time.perf_counter() - t0
    r_scalar = _rate(ns, t_scalar)

    ok = ~np.isnan(base[:, 0])
    dif = np.nanmax(np.abs(g["t_d"][:nb][ok] / base[ok, 0] - 1))
    okr = ~np.isnan(base[:, 1])
    difr = np.nanmax(np.abs(g["t_recouple"][:nb][okr] / base[okr, 1] - 1)) if okr.any() else 0.0

    print(f"exact T_D, naive per-point minimize+brentq (baseline): {r_base:10.1f} solves/s")
    print(f"exact T_D, t_d_exact_grid (vectorised, {n} pts):       {r_grid:10.1f} solves/s  "
          f"ratio {r_grid / r_base:6.1f}x")
    print(f"exact T_D, t_d_exact per point (scalar API):           {r_scalar:10.1f} solves/s  "
          f"ratio {r_scalar / r_base:6.2f}x")
    print(f"  agreement with the baseline: max |rel diff| T_D {dif:.2e}, T_recouple {difr:.2e}")

    # ---- Eq. (11)
    L = K.eq11_log_argument(m, gam, br, 10.75, M_PL)
    ok11 = L >= dec.EQ11_L_MIN
    t0 = time.perf_counter()
    base11 = np.array([brentq(lambda x, Li=Li: x - 3.5 * math.log(x) - Li, 3.5, 1e4, xtol=1e-14, rtol=1e-14)
                       for Li in L[ok11]])
    t_b11 = time.perf_counter() - t0
    rb11 = _rate(ok11.sum(), t_b11)
    reps = 20
    t0 = time.perf_counter()
    for _ in range(reps):
        L2 = K.eq11_log_argument(m, gam, br, 10.75, M_PL)
        xd = K.x_d_eq11(np.where(L2 >= dec.EQ11_L_MIN, L2, np.nan))
    t_w = (time.perf_counter() - t0) / reps
    rw = _rate(n, t_w)
    t0 = time.perf_counter()
    for i in range(ns):
        dec.t_d_eq11(m[i], gam[i], br[i])
    rs11 = _rate(ns, time.perf_counter() - t0)
    d11 = np.max(np.abs(xd[ok11] / base11 - 1))
    print(f"Eq. (11), per-point brentq (baseline):                 {rb11:10.1f} solves/s")
    print(f"Eq. (11), Lambert W vectorised:                        {rw:10.1f} solves/s  ratio {rw / rb11:8.1f}x")
    print(f"Eq. (11), t_d_eq11 per point (scalar API):             {rs11:10.1f} solves/s  ratio {rs11 / rb11:6.2f}x")
    print(f"  agreement with the baseline: max |rel diff| x_D {d11:.2e}")


if __name__ == "__main__":
    main()
