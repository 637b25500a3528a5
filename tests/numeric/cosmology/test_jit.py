"""The compiled ("numba") backend of the Boltzmann solver (numeric/cosmology/jit.py) against its NumPy twin.

The compiled blocks run the NumPy backend's rules on the same generated kernels and tables, so they must agree
with it to rounding: ~n eps for the sums of an n-node rule (<= 1e-14 relative), and for the net collision terms,
which are differences of gain and loss terms, to rounding of the gross terms (n eps of |gain| + |loss|, n the
number of terms summed).
Equilibrium is exact in both (net terms exactly 0). Whole solves agree within the solver's own error.
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest

pytest.importorskip("numba")

from mevscalar.constants import M_E  # noqa: E402
from mevscalar.generated import background_np, decays_np, thermo_np  # noqa: E402
from mevscalar.numeric.cosmology import boltzmann as bz  # noqa: E402
from mevscalar.numeric.cosmology import decays, jit, qed, thermo, weak  # noqa: E402
from mevscalar.validate import ParameterError  # noqa: E402

#: summation-order rounding of a rule of <= 81 nodes: 81 eps ~ 1e-14
RTOL = 1e-14
#: ... and of the weak tables' contractions, 9 x 9 x 13 = 1053 entries (the nu-nu table): 1053 eps ~ 1e-13, on the
#: logarithm of each gross term (|log| <~ 1, so the same relative error on the term)
WEAK_RTOL = 1e-13


@pytest.fixture(scope="module")
def tab():
    return jit.tables()


def _fields(t):
    return np.array([getattr(t, f) for f in thermo.FIELDS])


def _close(a, b, rtol=RTOL):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return np.all(np.abs(a - b) <= rtol * np.abs(b))


def test_every_compiled_kernel_is_the_generated_function():
    """One source: the compiled kernels are numba.njit of the generated functions themselves (nothing re-typed)."""
    mods = (thermo_np, decays_np, background_np)
    for name, f in jit.KERNELS.items():
        assert any(getattr(m, name, None) is f.py_func for m in mods), name


def test_massless_fermion_equals_thermo(tab):
    out = np.empty(7)
    xis = np.concatenate([np.linspace(-60.0, 30.0, 451), [0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 29.9]])
    for T in (0.003, 1.7, 20.0):
        for xi in xis:
            jit.massless_fermion(T, float(xi), 2.0, tab[0], tab[1], tab[4], out)
            assert _close(out, _fields(thermo.massless_fermion(T, float(xi), 2.0))), (T, xi)


def test_electrons_at_zero_xi_equal_thermo(tab):
    out = np.empty(7)
    T = 0.7
    # log grid over the table's range plus its segment edges (layout k0 = -6, 4 per octave, to 768)
    for x in np.concatenate([np.geomspace(1e-4, 1e4, 401), 2.0 ** np.arange(-6, 10)]):
        jit.fermion_xi0(float(x * T), T, 4.0, tab[2], tab[3], out)
        ref = _fields(thermo.species(float(x * T), T, 0.0, 4.0, True))
        assert _close(out, ref), x  # exponentially small fields underflow to 0 in both


def test_massive_boson_equals_thermo_including_the_pole_correction(tab):
    """The trapezoidal rule and its pole correction (0 < xi < m/T) down to m/T - xi = 1e-12 max(1, m/T)."""
    out = np.empty(7)
    rng = np.random.default_rng(11)
    n_pole = 0
    for _ in range(600):
        x, T = 10.0 ** rng.uniform(-3, 4), 10.0 ** rng.uniform(-2, 1)
        kind = rng.integers(3)
        xi = (rng.uniform(-60.0, 0.0) if kind == 0 else x * rng.uniform(0.0, 1.0) if kind == 1
              else x - 10.0 ** rng.uniform(-12, 0) * max(1.0, x))
        if not xi < x:
            continue
        n_pole += 0.0 < xi < x
        assert jit.boson(x * T, T, xi, 1.0, out)
        assert _close(out, _fields(thermo.species(float(x * T), float(T), float(xi), 1.0, False))), (x, T, xi)
    assert n_pole > 200


def test_qed_correction_equals_qed(tab):
    for T in np.geomspace(1e-3, 100.0, 300):
        for order in (2, 3):
            c = qed.correction(float(T), order)
            assert _close(jit.qed_correction(float(T), order, tab[5]), [c.p, c.rho, c.drho_dT]), (T, order)


def test_weak_rates_equal_the_table_path_to_rounding_of_the_gross_terms(tab):
    rng = np.random.default_rng(12)
    n = 0
    for _ in range(400):
        tg, rho, xi = 10.0 ** rng.uniform(-2, 1.5), rng.uniform(-math.log(2), math.log(2)), rng.uniform(-2, 2)
        tn = tg * math.exp(rho)
        g_l, g_r = rng.uniform(-1, 1, 2)
        if not jit.nue_ok(tg, tn, xi):
            continue
        n += 1
        yb = jit.nue_y_block(tg, tab[6], tab[7], tab[9], tab[10])
        n_g, n_l, r_g, r_l, s_g, s_l = jit.nue_terms(tg, tn, xi, g_l, g_r, yb, *tab[11:15])
        dn, drho = jit.nue_transfer(tg, tn, xi, g_l, g_r, yb, *tab[11:15])
        weak._clear_caches()
        ref = weak.nu_e_transfer(tg, tn, xi, g_l, g_r)
        assert abs(dn - ref[0]) <= WEAK_RTOL * (abs(n_g) + abs(n_l)), (tg, tn, xi)
        assert abs(drho - ref[1]) <= WEAK_RTOL * (abs(r_g) + abs(r_l) + abs(s_g) + abs(s_l)), (tg, tn, xi)
        ta, xa, xb = tn, xi, rng.uniform(-2, 2)
        if jit.nunu_ok(ta, xa, tg, xb):
            n_g, n_l, r_g, r_l, s_g, s_l = jit.nunu_terms(ta, xa, tg, xb, tab[8], tab[11], tab[12], *tab[15:19])
            dn, drho = jit.nunu_transfer(ta, xa, tg, xb, tab[8], tab[11], tab[12], *tab[15:19])
            ref = weak.nu_nu_transfer(ta, xa, tg, xb)
            assert abs(dn - ref[0]) <= WEAK_RTOL * (abs(n_g) + abs(n_l))
            assert abs(drho - ref[1]) <= WEAK_RTOL * (abs(r_g) + abs(r_l) + abs(s_g) + abs(s_l))
    assert n > 300
    # equilibrium: exactly zero in both (one-hot table lookups at the equilibrium nodes)
    for tg in (0.01, 0.5, 3.0, 20.0):
        yb = jit.nue_y_block(tg, tab[6], tab[7], tab[9], tab[10])
        assert jit.nue_transfer(tg, tg, 0.0, 0.73, 0.23, yb, *tab[11:15]) == (0.0, 0.0)
        assert jit.nunu_transfer(tg, 0.3, tg, 0.3, tab[8], tab[11], tab[12], *tab[15:19]) == (0.0, 0.0)


@pytest.mark.parametrize("daughter", ["boson", "fermion"])
def test_decays_equal_decays_transfer(tab, daughter):
    """Both daughters, phi near condensation, degenerate fermion daughters (the 200-node rule), detailed balance."""
    boson_d = daughter == "boson"
    rng = np.random.default_rng(13)
    n = n_deg = 0
    for _ in range(500):
        m = 10.0 ** rng.uniform(-2, 1.5)
        tp = m / 10.0 ** rng.uniform(-2.9, 2.8)
        td = tp * 10.0 ** rng.uniform(-0.3, 0.3)
        xp = rng.uniform(-20.0, min(m / tp, 5.0)) if rng.random() < 0.8 else m / tp - 10.0 ** rng.uniform(-6, 0)
        xd = rng.uniform(-20.0, 0.0) if boson_d else rng.uniform(-20.0, 15.0)
        if not jit.decay_ok(m, 1e-3, tp, xp, td, xd, boson_d):
            continue
        n += 1
        n_deg += m / td - 2.0 * xd < -4.0
        parts = jit.decay_terms(m, 1e-3, tp, xp, td, xd, boson_d, *tab[19:23])
        got = jit.decay_transfer(m, 1e-3, tp, xp, td, xd, boson_d, *tab[19:23])
        ref = decays.transfer(m, 1e-3, tp, xp, td, xd, daughter=daughter)
        assert abs(got[0] - ref[0]) <= RTOL * (abs(parts[0]) + abs(parts[1])), (m, tp, xp, td, xd)
        assert abs(got[1] - ref[1]) <= RTOL * (abs(parts[2]) + abs(parts[3])), (m, tp, xp, td, xd)
    assert n > 300 and (boson_d or n_deg > 20)
    # detailed balance (t_phi = t_d, xi_phi = 2 xi_d): decays and inverse decays cancel exactly
    xd = 0.0 if boson_d else 0.4
    dn, drho = jit.decay_transfer(1.0, 1e-3, 0.4, 2 * xd, 0.4, xd, boson_d, *tab[19:23])
    assert dn == 0.0 and drho == 0.0


# --------------------------------------------------------------------------- the right-hand side and Jacobian
def _system(case, backend):
    from mevscalar.numeric import pheno

    w = pheno.phi_widths(1.5, 3.7e-4, br_nunu=1e-3)
    flavour = "mixed" if case == "mixed" else "unmixed"
    sp = bz.species_for("mixed") if case == "sm" else bz.species_for(flavour, w.gamma_nunu_per_flavour)
    return bz._System(sp, m_phi=1.5, gamma_gg=float(w.gamma_gg), qed=0 if case == "no_qed" else 3,
                      chem=case != "no_chem", statistics="quantum", sm_weak=True, nu_nu=True, with_phi=case != "sm",
                      backend=backend)


@pytest.mark.parametrize("case", ["unmixed", "mixed", "sm", "no_chem", "no_qed"])
def test_compiled_rhs_and_jacobian_equal_numpy_off_equilibrium(case):
    """At random states away from equilibrium (no gain-loss cancellation) the compiled right-hand side equals the
    NumPy one to 1e-12 relative per component, and the forward-difference Jacobian to the rounding its difference
    quotient amplifies (2e-12 |f|/h).

    T_gamma in [0.3, 8] MeV: below, each d ln(T_i/T_gamma)/dN is a difference of two O(1) Hubble terms (the
    collisions have frozen out) and phi's nonrelativistic equations divide by a determinant that cancels like
    (T/m)^2, so the components agree to that conditioning only; the whole solves below test that regime."""
    s_jit, s_np = _system(case, "numba"), _system(case, "numpy")
    assert s_jit.jit is not None and s_np.jit is None
    rng = np.random.default_rng(5)
    for _ in range(6):
        tg = float(math.exp(rng.uniform(math.log(0.3), math.log(8.0))))
        y = np.zeros(s_np.dim)
        y[0] = math.log(tg)
        y[1:s_np.i_phi:s_np.k] = rng.choice([-1, 1], s_np.ns) * rng.uniform(0.05, 0.3, s_np.ns)
        if s_np.chem:
            y[2:s_np.i_phi:2] = rng.choice([-1, 1], s_np.ns) * rng.uniform(0.05, 0.3, s_np.ns)
        if s_np.with_phi:
            y[s_np.i_phi] = float(rng.choice([-1, 1]) * rng.uniform(0.05, 0.2))
            if s_np.chem:
                y[s_np.i_phi + 1] = s_np.eta(tg * math.exp(y[s_np.i_phi]), float(rng.uniform(-3.0, -0.1)))
        f_np = s_np._rhs(0.0, y.copy())
        f_jit = s_jit.rhs(0.0, y.copy())
        assert s_jit.n_fallback == 0
        assert np.all(np.abs(f_jit - f_np) <= 1e-12 * np.abs(f_np)), (case, tg)
        J_np = s_np.jac(0.0, y)
        J_jit = s_jit.jac(0.0, y)
        hs = 1e-7 * np.maximum(1.0, np.abs(y))
        tol = 2e-12 * np.abs(f_np)[:, None] / hs[None, :] + 1e-12 * np.abs(J_np)
        assert np.all(np.abs(J_jit - J_np) <= tol), (case, tg)


def test_outside_the_compiled_domain_the_numpy_path_answers():
    """A neutrino temperature outside the weak table (T_nu/T_gamma > 2): status fallback, and _System.rhs returns
    the NumPy backend's value (its exact-quadrature evaluator)."""
    s_jit, s_np = _system("sm", "numba"), _system("sm", "numpy")
    y = np.zeros(s_np.dim)
    y[0] = math.log(2.0)
    y[1] = math.log(2.2)
    _, status = jit.rhs(y, *s_jit._jit_args, *s_jit._jit_phi(), s_jit._jit_tab)
    assert status == jit.STATUS_FALLBACK
    assert np.array_equal(s_jit.rhs(0.0, y), s_np._rhs(0.0, y))
    assert s_jit.n_fallback == 1


# --------------------------------------------------------------------------- whole solves
#: the solver's own error at its default tolerances (boltzmann.NEWTON_TOL: default vs rtol = 1e-10 moved N_eff by
#: 0.3-4e-6 over 7 scenario points): two backends are two rounding paths through the same solve
SOLVER_ERROR = 4e-6


def test_sm_solve_agrees_between_backends():
    a, b = bz.sm(n_out=3, backend="numba"), bz.sm(n_out=3, backend="numpy")
    assert (a.backend, b.backend) == ("numba", "numpy")
    assert abs(a.n_eff - b.n_eff) < SOLVER_ERROR


@pytest.mark.parametrize("m, br, flavour", [(1.5, 1e-3, "unmixed"), (0.5, 1e-5, "mixed")])
def test_scenario_solve_agrees_between_backends(m, br, flavour):
    from mevscalar.data import GM2
    from mevscalar.numeric import pheno

    g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m))
    a = bz.evolve(m, g, br_nunu=br, flavour=flavour, n_out=3, backend="numba")
    b = bz.evolve(m, g, br_nunu=br, flavour=flavour, n_out=3, backend="numpy")
    assert abs(a.n_eff - b.n_eff) < SOLVER_ERROR
    assert a.to_dict()["backend"] == "numba"


def test_mb_statistics_take_the_numpy_backend():
    assert bz.sm(statistics="mb", n_out=3, backend="numba").backend == "numpy"


def test_backend_is_checked_and_a_missing_numba_names_the_extra(monkeypatch):
    with pytest.raises(ParameterError, match="backend"):
        bz.sm(backend="fortran")
    from mevscalar.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "numba", None)  # import numba now raises ImportError
    with pytest.raises(MissingExtra, match=r"'jit' extra"):
        bz.sm(backend="numba")
