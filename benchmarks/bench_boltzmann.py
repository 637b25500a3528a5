"""Speed of the precision Boltzmann evolution (numeric/cosmology/boltzmann.py).

Targets (issue 7): one scenario solve with all physics on < 0.5 s median, the SM solve < 0.3 s, on this
2-core machine. Baselines measured in the same run:

* the same right-hand side with its collision integrals evaluated by the exact (quadrature) evaluators
  (`weak.nu_e_transfer_exact`, `weak.nu_nu_transfer_exact`) instead of the tables: per-RHS cost, and the
  solve time that cost implies at the same number of RHS calls (a full solve with it takes minutes);
* the instantaneous evaluator (`chain.evaluate`, Eq. 7 + 12 with the exact T_D) for the same point.

    .venv/bin/python benchmarks/bench_boltzmann.py
"""

from __future__ import annotations

import math
import statistics
import time


def _median_time(fn, n):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def main():
    import numpy as np

    from mevscalar.numeric import pheno
    from mevscalar.numeric.cosmology import boltzmann as bz
    from mevscalar.numeric.cosmology import chain, weak
    from mevscalar.data import GM2

    m = 1.5
    g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m))
    bz.sm(n_out=3)  # warm-up: imports, tables
    t_sm = _median_time(lambda: bz.sm(n_out=3), 5)
    r = bz.evolve(m, g, br_nunu=1e-3, n_out=3)
    t_phi = _median_time(lambda: bz.evolve(m, g, br_nunu=1e-3, n_out=3), 5)
    t_chain = _median_time(lambda: chain.evaluate(m, g, br_nunu=1e-3), 20)
    print(f"SM solve:        {t_sm * 1e3:8.1f} ms median (target 300 ms): {'OK' if t_sm < 0.3 else 'MISSED'}")
    print(f"scenario solve:  {t_phi * 1e3:8.1f} ms median (target 500 ms): {'OK' if t_phi < 0.5 else 'MISSED'}"
          f"  [{r.n_rhs} RHS calls, m_phi = {m} MeV, BR_nunu = 1e-3, unmixed, QED, chemical potentials]")
    print(f"instantaneous:   {t_chain * 1e3:8.2f} ms median; Boltzmann / instantaneous = {t_phi / t_chain:.0f}x")

    # one RHS with the tables vs with the exact quadrature evaluators of the collision integrals
    w = pheno.phi_widths(m, g, br_nunu=1e-3)
    sp = bz.species_for("unmixed", w.gamma_nunu_per_flavour)
    s = bz._System(sp, m_phi=m, gamma_gg=float(w.gamma_gg), qed=3, chem=True, statistics="quantum",
                   sm_weak=True, nu_nu=True, with_phi=True)
    y = np.zeros(s.dim)
    y[0] = math.log(1.0)
    y[1:1 + 2 * s.ns:2] = [0.01, 0.012, 0.05]
    y[s.i_phi + 1] = s.eta(1.0, 0.0)
    t_rhs = _median_time(lambda: s.rhs(0.0, y), 200)
    fast_e, fast_n = weak.nu_e_transfer, weak.nu_nu_transfer
    try:
        weak.nu_e_transfer = weak.nu_e_transfer_exact
        weak.nu_nu_transfer = weak.nu_nu_transfer_exact
        t_rhs_exact = _median_time(lambda: s.rhs(0.0, y), 5)
    finally:
        weak.nu_e_transfer, weak.nu_nu_transfer = fast_e, fast_n
    print(f"one RHS:         {t_rhs * 1e6:8.0f} us with the tables; {t_rhs_exact * 1e3:.1f} ms with the exact "
          f"quadrature evaluators ({t_rhs_exact / t_rhs:.0f}x): a solve would take ~{t_rhs_exact * r.n_rhs:.0f} s")


if __name__ == "__main__":
    main()
