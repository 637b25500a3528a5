"""Seesaw light masses: generated closed-form kernels vs numpy eigvalsh on the 5x5 vs mpmath exact.

Run: .venv/bin/python benchmarks/bench_seesaw.py [N]
Prints time per point for each method and the ratio to the closed form measured in the same run, plus the
accuracy of each double-precision method against 50-digit exact diagonalisation on a few points.
"""

from __future__ import annotations

import math
import sys
import time

import numpy as np

from mevscalar.numeric import neutrino as nu
from mevscalar.constants import V_EW
from mevscalar.generated import seesaw_np as K
from mevscalar.generated import uv_np


def _matrix(yn, ynp, lam, vphi, vp, mn, mnp):
    """The generated 5x5 neutral mass matrix (Hessian of Eq. 14), shape (n, 5, 5)."""
    return uv_np.neutral_mass_matrix(*yn.T, *ynp.T, V_EW, vp, lam, vphi, mn, mnp)


def _points(n, rng):
    yn = rng.normal(size=(n, 3)) * 1e-7
    ynp = rng.normal(size=(n, 3)) * 1e-7
    lam = np.exp(rng.uniform(np.log(0.3), np.log(3.0), n))
    vphi = np.exp(rng.uniform(np.log(50.0), np.log(5000.0), n))
    vp = np.exp(rng.uniform(np.log(100.0), np.log(1e4), n))
    zero = np.zeros(n)
    mh = _matrix(yn, ynp, lam, vphi, vp, zero, zero)[:, 3, 4]  # the Dirac-type heavy mass M[N, N']
    mn = rng.uniform(-0.01, 0.01, n) * mh
    mnp = rng.uniform(-0.01, 0.01, n) * mh
    return yn, ynp, lam, vphi, vp, mn, mnp


def _matrices(*pts):
    return _matrix(*pts)


def closed_form(*pts):
    """Leading-order light masses from the generated seesaw kernels on the matrix's blocks D (3x2), R (2x2)."""
    M = _matrix(*pts)
    blocks = (M[:, 0, 3], M[:, 1, 3], M[:, 2, 3], M[:, 0, 4], M[:, 1, 4], M[:, 2, 4], M[:, 3, 3], M[:, 3, 4],
              M[:, 4, 4])
    return K.light_lo_small(*blocks), K.light_lo_big(*blocks)


def _t(f, *a, repeat=3):
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = f(*a)
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(n: int = 1_000_000) -> None:
    rng = np.random.default_rng(1)
    pts = _points(n, rng)
    t_cf, (small, big) = _t(closed_form, *pts)
    per_cf = t_cf / n
    print(f"closed form (generated kernels, vectorised), {n} points: {t_cf:.3f} s = {per_cf * 1e9:.1f} ns/point  [baseline]")

    M = _matrices(*pts)
    nb = min(n, 200_000)
    t_b, ev = _t(lambda A: np.linalg.eigvalsh(A), M[:nb], repeat=1)
    print(f"numpy eigvalsh, batched (N,5,5), {nb} points: {t_b / nb * 1e9:.1f} ns/point  ratio {t_b / nb / per_cf:.1f}x")

    nl = min(n, 20_000)
    t0 = time.perf_counter()
    for i in range(nl):
        np.linalg.eigvalsh(M[i])
    t_l = time.perf_counter() - t0
    print(f"numpy eigvalsh, one call per point, {nl} points: {t_l / nl * 1e6:.1f} us/point  ratio {t_l / nl / per_cf:.0f}x")

    nm = 20
    t0 = time.perf_counter()
    exact = [nu.exact_masses(pts[0][i], pts[1][i], pts[2][i], pts[3][i], pts[4][i], pts[5][i], pts[6][i]) for i in range(nm)]
    t_m = time.perf_counter() - t0
    print(f"mpmath exact (eigsy, 50 digits), {nm} points: {t_m / nm * 1e3:.1f} ms/point  ratio {t_m / nm / per_cf:.2e}x")

    # accuracy against exact: the LO closed form carries the seesaw error theta^2; eigvalsh carries eps*M/m_light
    err_cf, err_ev, ths = [], [], []
    for i in range(nm):
        ex = exact[i]
        th = nu.hierarchy(pts[0][i], pts[1][i], pts[2][i], pts[3][i], pts[4][i], pts[5][i], pts[6][i])
        ths.append(th)
        nlo = nu.light_nlo(pts[0][i], pts[1][i], pts[2][i], pts[3][i], pts[4][i], pts[5][i], pts[6][i])
        err_cf.append(max(abs(nlo[1] / ex[1] - 1), abs(nlo[2] / ex[2] - 1)))
        e = np.sort(np.abs(np.linalg.eigvalsh(M[i])))
        err_ev.append(max(abs(e[1] / ex[1] - 1), abs(e[2] / ex[2] - 1)))
    print(f"hierarchy theta on these points: {min(ths):.1e} .. {max(ths):.1e}")
    print(f"max rel. error vs exact: NLO closed form {max(err_cf):.1e}; numpy eigvalsh {max(err_ev):.1e} "
          "(eigvalsh resolves light masses only to eps * M_heavy)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
