"""Speed of the thermal solver's per-call building blocks (numeric/cosmology/thermo.py, numeric/cosmology/qed.py).

Targets (per scalar call, idle core): massless_fermion ~5 us, species ~15 us, qed.correction ~15 us, and no
table build in a fresh process (the solver's first call, every pool worker). Baselines measured in the same
run: scipy.integrate.quad of the same seven integrals (the textbook way), the fixed-rule trapezoidal
quadrature that species() uses for general (x, xi), and the QED direct quadrature / table build.

    .venv/bin/python benchmarks/bench_thermo.py
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time

from _timing import per_call  # noqa: E402  (benchmarks/ is sys.path[0] when run as a script)


_per_call = per_call  # benchmarks/_timing.py


def _quad_fields(m, T, xi, g, s):
    """The seven fields by scipy.integrate.quad in p (one quad per field): the baseline."""
    from scipy.integrate import quad

    def f(E):
        return 1.0 / (math.exp(min(E / T - xi, 700.0)) + s)

    def df(E):  # d f/d xi = f (1 - s f)
        v = f(E)
        return v * (1.0 - s * v)

    c = g / (2 * math.pi**2)
    E = lambda p: math.sqrt(p * p + m * m)  # noqa: E731
    top = 60.0 * T + max(xi, 0.0) * T + m
    out = [quad(lambda p: c * p * p * f(E(p)), 0, top)[0], quad(lambda p: c * p * p * E(p) * f(E(p)), 0, top)[0],
           quad(lambda p: c * p**4 / (3 * E(p)) * f(E(p)), 0, top)[0],
           quad(lambda p: c * p * p * E(p) / T**2 * df(E(p)), 0, top)[0], quad(lambda p: c * p * p * df(E(p)), 0, top)[0],
           quad(lambda p: c * p * p * E(p) ** 2 / T**2 * df(E(p)), 0, top)[0],
           quad(lambda p: c * p * p * E(p) * df(E(p)), 0, top)[0]]
    return out


def main():
    from mevscalar.constants import M_E
    from mevscalar.numeric.cosmology import qed, thermo

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min): {load:.1f} on {os.cpu_count()} cores (timings scale with it)")
    t_ref = _per_call(lambda: sum(range(1000)), 2000)
    print(f"interpreter reference sum(range(1000)): {t_ref * 1e6:.1f} us (~10 us on an idle core)")

    rows = []
    cases = [
        ("massless_fermion(T, xi, 2)", lambda: thermo.massless_fermion(1.1, 0.013, 2.0), 5e-6, (0.0, 1.1, 0.013, 2.0, 1)),
        ("species(m_e, T, 0, 4, True)", lambda: thermo.species(M_E, 1.1, 0.0, 4.0, True), 15e-6, (M_E, 1.1, 0.0, 4.0, 1)),
        ("species(m_phi, T, xi, 1, False)", lambda: thermo.species(2.0, 1.1, 0.3, 1.0, False), 15e-6,
         (2.0, 1.1, 0.3, 1.0, -1)),
    ]
    for name, fn, target, qargs in cases:
        t = _per_call(fn, 3000)
        tq = _per_call(lambda: _quad_fields(*qargs), 20)
        rows.append((name, t, target, tq))
    import itertools

    k = itertools.count()  # a new T every call: no reuse of the cached rule (the solver's worst case)
    t_phi_new = _per_call(lambda: thermo.species(2.0, 1.1 * (1.0 + 1e-12 * next(k)), 0.3, 1.0, False), 3000)
    t_trap = _per_call(lambda: thermo._integrals(M_E / 1.1 * (1.0 + 1e-12 * next(k)), 0.0, True), 3000)
    t_trap0 = _per_call(lambda: thermo._integrals(0.0, 0.013 + 1e-12 * next(k), True), 3000)
    qed.correction(1.0)
    t_qed = _per_call(lambda: qed.correction(1.1, 3), 3000)
    t_direct = _per_call(lambda: qed.scaled_outputs(M_E / 1.1), 5)
    for name, t, target, tq in rows:
        print(f"{name:34s} {t * 1e6:7.1f} us/call  target {target * 1e6:.0f} us: {t / target:5.2f} x target; "
              f"scipy quad of the 7 integrals {tq * 1e6:7.0f} us ({tq / t:.0f} x slower)")
    print(f"  phi with a new T every call (no cached rule): {t_phi_new * 1e6:.1f} us/call")
    print(f"  fixed-rule quadrature (the general path): e+- {t_trap * 1e6:.1f} us, massless {t_trap0 * 1e6:.1f} us "
          f"(integrals only)")
    print(f"{'qed.correction(T, 3)':34s} {t_qed * 1e6:7.1f} us/call  target 15 us: {t_qed / 15e-6:5.2f} x target; "
          f"direct quadrature {t_direct * 1e3:.1f} ms ({t_direct / t_qed:.0f} x slower)")

    code = ("import time; t0 = time.perf_counter(); from mevscalar.numeric.cosmology import qed, thermo; t1 = time.perf_counter(); "
            "qed.correction(1.0); t2 = time.perf_counter(); thermo.massless_fermion(1.0, 0.0); "
            "thermo.species(0.511, 1.0, 0.0, 4.0, True); t3 = time.perf_counter(); "
            "print(t1 - t0, t2 - t1, t3 - t2)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    imp, first_qed, first_th = (float(v) for v in out)
    t0 = time.perf_counter()
    qed._build_table()
    t_build = time.perf_counter() - t0
    print(f"fresh process: import qed + thermo {imp * 1e3:.0f} ms, first qed.correction {first_qed * 1e3:.1f} ms "
          f"(shipped table; building it here takes {t_build:.2f} s), first thermo calls {first_th * 1e3:.2f} ms")

    def rhs():  # the solver's thermo + qed calls per right-hand side
        thermo.species(M_E, 1.0, 0.0, 4.0, True)
        thermo.massless_fermion(0.99, 0.001, 2.0)
        thermo.massless_fermion(0.995, 0.0005, 2.0)
        thermo.massless_fermion(0.995, 0.0005, 2.0)
        thermo.species(2.0, 0.99, 0.3, 1.0, False)
        qed.correction(1.0, 3)

    t_rhs = _per_call(rhs, 1000)
    print(f"one RHS worth of calls (e, 3 nu, phi, qed): {t_rhs * 1e6:.0f} us; x 3000 RHS = {t_rhs * 3000:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
