"""Speed of the Boltzmann T_nu/T_gamma evolution (cosmology/boltzmann.py).

Measures: the thermodynamic triple (rho, p, drho/dT) by the kve Bessel series vs scipy.integrate.quad
of the three momentum integrals (baseline, same run); one SM evolution and one phi evolution with the
series, and the SM evolution with the quad baseline swapped in (same ODE, same tolerances).

    /tmp/venv/bin/python benchmarks/bench_boltzmann.py
"""

from __future__ import annotations

import math
import time


def _quad_thermo(m, T, g, fermion):
    from scipy.integrate import quad

    s = 1.0 if fermion else -1.0
    pre = g / (2 * math.pi**2)

    def E(p):
        return math.sqrt(p * p + m * m)

    def occ(p):
        return 1.0 / (math.exp(E(p) / T) + s)

    hi = 60 * T + m
    rho = quad(lambda p: p * p * E(p) * occ(p), 0, hi, epsabs=0, epsrel=1e-11, limit=200)[0]
    pres = quad(lambda p: p**4 / (3 * E(p)) * occ(p), 0, hi, epsabs=0, epsrel=1e-11, limit=200)[0]

    def dd(p):
        e = math.exp(-E(p) / T)  # e^{E/T}/(e^{E/T}+s)^2 = e^{-E/T}/(1+s e^{-E/T})^2
        return p * p * E(p) ** 2 * e / (T * T * (1 + s * e) ** 2)

    drho = quad(dd, 0, hi, epsabs=0, epsrel=1e-11, limit=200)[0]
    return pre * rho, pre * pres, pre * drho


def main():
    from mevscalar import pheno
    from mevscalar.constants import M_E
    from mevscalar.cosmology import boltzmann as bz
    from mevscalar.data import GM2

    _quad_thermo(M_E, 1.0, 4.0, True)  # warm-up (imports)
    for T in (20.0, 2.0, 0.5, 0.1, 0.02):
        n = 50
        t0 = time.perf_counter()
        for _ in range(n):
            ours = bz.thermo(M_E, T, 4.0, True)
        t_ser = (time.perf_counter() - t0) / n
        t0 = time.perf_counter()
        for _ in range(5):
            ref = _quad_thermo(M_E, T, 4.0, True)
        t_quad = (time.perf_counter() - t0) / 5
        worst = max(abs(x / y - 1) for x, y in zip(ours, ref))
        print(f"thermo (rho, p, drho/dT) of e+- at T = {T:g} MeV: series {t_ser * 1e6:.0f} us, quad baseline "
              f"{t_quad * 1e6:.0f} us -> ratio {t_quad / t_ser:.1f}; max rel. difference {worst:.1e}")

    t0 = time.perf_counter()
    sm = bz.sm_n_eff()
    t_sm = time.perf_counter() - t0
    print(f"SM evolution (20 MeV -> 5 keV, rtol 1e-8): {t_sm:.2f} s, N_eff = {sm:.6f}")

    g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, 1.5))
    t0 = time.perf_counter()
    r = bz.evolve(1.5, g, 1e-3)
    t_phi = time.perf_counter() - t0
    print(f"phi evolution (m_phi = 1.5 MeV, BR = 1e-3): {t_phi:.2f} s, {r.n_rhs} RHS calls, N_eff = {r.n_eff:.6f}")

    orig = bz.thermo
    bz.thermo = _quad_thermo
    try:
        t0 = time.perf_counter()
        sm_q = bz.sm_n_eff()
        t_smq = time.perf_counter() - t0
    finally:
        bz.thermo = orig
    print(f"SM evolution with quad thermodynamics (baseline): {t_smq:.2f} s, N_eff = {sm_q:.6f} "
          f"-> series is {t_smq / t_sm:.1f}x faster; |Delta N_eff| = {abs(sm - sm_q):.1e}")


if __name__ == "__main__":
    main()
