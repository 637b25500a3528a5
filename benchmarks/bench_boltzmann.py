"""Speed of the precision Boltzmann evolution (numeric/cosmology/boltzmann.py).

Targets (issue 7): one scenario solve with all physics on < 0.5 s median, the SM solve < 0.3 s, a 50 x 50
(m_phi, BR_nunu) map < 10 min on 2 cores, on this 2-core machine. Baselines measured in the same run, so that
the ratios hold on a loaded machine (the load average is printed; CPU seconds beside wall seconds):

* the NumPy backend (``backend="numpy"``: the right-hand side from the NumPy building blocks, the solver's
  configuration before the compiled backend; ``--no-baseline`` skips it), run interleaved with the compiled one
  (``backend="numba"``, numeric/cosmology/jit.py);
* the same right-hand side with its collision integrals evaluated by the exact (quadrature) evaluators
  (`weak.nu_e_transfer_exact`, `weak.nu_nu_transfer_exact`) instead of the tables: per-RHS cost, and the
  solve time that cost implies at the same number of RHS calls (a full solve with it takes minutes);
* the instantaneous evaluator (`chain.evaluate`, Eq. 7 + 12 with the exact T_D) for the same point.

The map estimate times a 4 x 4 subgrid of the 50 x 50 map (m_phi in verdict.M_RANGE, BR_nunu in verdict.BR_RANGE,
log-spaced, g_mu from g-2 2021) and scales it to 2500 points on 2 cores.

    .venv/bin/python benchmarks/bench_boltzmann.py [--no-baseline] [--no-map]
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time


def _times(fn, n):
    """(median wall, median CPU) seconds of n calls, and the last result."""
    ws, cs, r = [], [], None
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        r = fn()
        ws.append(time.perf_counter() - t0)
        cs.append(time.process_time() - c0)
    return statistics.median(ws), statistics.median(cs), r


def _peak_rss_mb() -> float:
    """Peak resident memory of this process [MB] (Linux reports ru_maxrss in kB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _backend(base: bool) -> str:
    """The backend of the current configuration (compiled) or of the baseline (NumPy)."""
    return "numpy" if base else "numba"


def _count_jac(bz, fn):
    """(result, number of Jacobians) of fn()."""
    n = [0]
    orig = bz._System.jac

    def jac(self, N, y):
        n[0] += 1
        return orig(self, N, y)

    bz._System.jac = jac
    try:
        return fn(), n[0]
    finally:
        bz._System.jac = orig


def main(argv=()):
    import numpy as np

    from mevscalar.data import GM2
    from mevscalar.numeric import pheno
    from mevscalar.numeric.cosmology import boltzmann as bz
    from mevscalar.numeric.cosmology import chain, verdict, weak

    baseline = "--no-baseline" not in argv
    print(f"load average (1 min) at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    m = 1.5
    g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m))
    configs = (False, True) if baseline else (False,)
    t0 = time.perf_counter()
    for base in configs:  # warm-up: imports, tables, the compiled code (from Numba's cache, or compiled now)
        bz.sm(n_out=3, backend=_backend(base))
        bz.evolve(m, g, br_nunu=1e-3, n_out=3, backend=_backend(base))
    print(f"warm-up (imports, tables, compiled code loaded or compiled): {time.perf_counter() - t0:.1f} s")
    res = {}
    for rnd in range(3):  # interleaved rounds: current and baseline see the same load
        for base in configs:
            be = _backend(base)
            t_sm = _times(lambda: bz.sm(n_out=3, backend=be), 2)
            t_phi = _times(lambda: bz.evolve(m, g, br_nunu=1e-3, n_out=3, backend=be), 2)
            acc = res.setdefault(base, {"sm": [], "phi": []})
            acc["sm"].append(t_sm)
            acc["phi"].append(t_phi)
    rows = {}
    for base in configs:
        be = _backend(base)
        r_phi, j_phi = _count_jac(bz, lambda: bz.evolve(m, g, br_nunu=1e-3, n_out=3, backend=be))
        r_sm, j_sm = _count_jac(bz, lambda: bz.sm(n_out=3, backend=be))
        a = res[base]
        rows[base] = {
            "sm_wall": statistics.median(t[0] for t in a["sm"]), "sm_cpu": statistics.median(t[1] for t in a["sm"]),
            "phi_wall": statistics.median(t[0] for t in a["phi"]),
            "phi_cpu": statistics.median(t[1] for t in a["phi"]),
            "phi": r_phi, "sm": r_sm, "j_phi": j_phi, "j_sm": j_sm,
        }
    cur = rows[False]
    print(f"SM solve:        {cur['sm_wall'] * 1e3:8.1f} ms median wall, {cur['sm_cpu'] * 1e3:.1f} ms CPU "
          f"(target 300 ms): {'OK' if cur['sm_wall'] < 0.3 else 'MISSED'}  [{cur['sm'].n_rhs} RHS, {cur['j_sm']} "
          f"Jacobians, N_eff = {cur['sm'].n_eff:.7f}]")
    print(f"scenario solve:  {cur['phi_wall'] * 1e3:8.1f} ms median wall, {cur['phi_cpu'] * 1e3:.1f} ms CPU "
          f"(target 500 ms): {'OK' if cur['phi_wall'] < 0.5 else 'MISSED'}  [{cur['phi'].n_rhs} RHS (Jacobian "
          f"columns included), {cur['j_phi']} Jacobians, N_eff = {cur['phi'].n_eff:.7f}; m_phi = {m} MeV, "
          f"BR_nunu = 1e-3, unmixed, QED, chemical potentials]")
    if baseline:
        b = rows[True]
        print(f"NumPy backend:   SM {b['sm_wall'] * 1e3:.1f} ms wall, {b['sm_cpu'] * 1e3:.1f} ms CPU; scenario "
              f"{b['phi_wall'] * 1e3:.1f} ms wall, {b['phi_cpu'] * 1e3:.1f} ms CPU [{b['phi'].n_rhs} RHS, "
              f"{b['j_phi']} Jacobians, N_eff = {b['phi'].n_eff:.7f}]")
        print(f"compiled/NumPy:  scenario {cur['phi_wall'] / b['phi_wall']:.2f} wall, "
              f"{cur['phi_cpu'] / b['phi_cpu']:.2f} CPU; SM {cur['sm_wall'] / b['sm_wall']:.2f} wall, "
              f"{cur['sm_cpu'] / b['sm_cpu']:.2f} CPU; N_eff change {cur['phi'].n_eff - b['phi'].n_eff:+.2e} "
              f"(scenario), {cur['sm'].n_eff - b['sm'].n_eff:+.2e} (SM)")
    t_chain = _times(lambda: chain.evaluate(m, g, br_nunu=1e-3), 20)[0]
    print(f"instantaneous:   {t_chain * 1e3:8.2f} ms median; Boltzmann / instantaneous = "
          f"{cur['phi_wall'] / t_chain:.0f}x")

    # one RHS with the tables vs with the exact quadrature evaluators of the collision integrals
    w = pheno.phi_widths(m, g, br_nunu=1e-3)
    sp = bz.species_for("unmixed", w.gamma_nunu_per_flavour)
    s = bz._System(sp, m_phi=m, gamma_gg=float(w.gamma_gg), qed=3, chem=True, statistics="quantum",
                   sm_weak=True, nu_nu=True, with_phi=True, backend="numpy")
    s_jit = bz._System(sp, m_phi=m, gamma_gg=float(w.gamma_gg), qed=3, chem=True, statistics="quantum",
                       sm_weak=True, nu_nu=True, with_phi=True, backend="numba")
    y = np.zeros(s.dim)
    y[0] = math.log(1.0)
    y[1:1 + 2 * s.ns:2] = [0.01, 0.012, 0.05]
    y[s.i_phi + 1] = s.eta(1.0, 0.0)
    t_rhs_jit = _times(lambda: s_jit.rhs(0.0, y), 2000)[0]
    t_rhs = _times(lambda: (weak._clear_caches(), s.rhs(0.0, y)), 200)[0]  # caches cleared: a fresh state's cost
    fast_e, fast_n = weak.nu_e_transfer, weak.nu_nu_transfer
    fast_em, fast_nm = weak.nu_e_transfer_many, weak.nu_nu_transfer_many
    try:
        weak.nu_e_transfer = weak.nu_e_transfer_exact
        weak.nu_nu_transfer = weak.nu_nu_transfer_exact
        weak.nu_e_transfer_many = lambda tg, ts, xs, cp: [weak.nu_e_transfer_exact(tg, t, x, *c)
                                                          for t, x, c in zip(ts, xs, cp)]
        weak.nu_nu_transfer_many = lambda pairs: [weak.nu_nu_transfer_exact(*p) for p in pairs]
        t_rhs_exact = _times(lambda: s.rhs(0.0, y), 5)[0]
    finally:
        weak.nu_e_transfer, weak.nu_nu_transfer = fast_e, fast_n
        weak.nu_e_transfer_many, weak.nu_nu_transfer_many = fast_em, fast_nm
    print(f"one RHS:         {t_rhs_jit * 1e6:8.0f} us compiled; {t_rhs * 1e6:.0f} us NumPy ({t_rhs / t_rhs_jit:.0f}x); "
          f"{t_rhs_exact * 1e3:.1f} ms with the exact quadrature evaluators ({t_rhs_exact / t_rhs_jit:.0f}x the "
          f"compiled one): a solve would take ~{t_rhs_exact * cur['phi'].n_rhs:.0f} s")

    if "--no-map" not in argv:
        ms = np.geomspace(*verdict.M_RANGE, 50)[[0, 16, 33, 49]]
        bs = np.geomspace(*verdict.BR_RANGE, 50)[[0, 16, 33, 49]]
        t0, c0 = time.perf_counter(), time.process_time()
        n_rhs = []
        for mm in ms:
            gg = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, float(mm)))
            for br in bs:
                n_rhs.append(bz.evolve(float(mm), gg, br_nunu=float(br), n_out=3).n_rhs)
        per_w = (time.perf_counter() - t0) / len(n_rhs)
        per_c = (time.process_time() - c0) / len(n_rhs)
        print(f"50 x 50 map:     {per_w * 1e3:.0f} ms wall ({per_c * 1e3:.0f} ms CPU) per point on a 4 x 4 subgrid "
              f"(RHS {min(n_rhs)}-{max(n_rhs)}): 2500 points on 2 cores ~ {2500 * per_w / 2 / 60:.1f} min wall, "
              f"{2500 * per_c / 2 / 60:.1f} min from CPU time (target 10 min): "
              f"{'OK' if 2500 * per_w / 2 < 600 else 'MISSED'}; peak RSS of this process "
              f"{_peak_rss_mb():.0f} MB (target 500 MB)")
    print(f"load average (1 min) at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
