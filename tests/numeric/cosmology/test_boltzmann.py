"""Tests of the precision Boltzmann evolution (numeric/cosmology/boltzmann.py).

References: the Standard-Model N_eff = 3.0440 +- 0.0002 (Bennett et al., JCAP 04 (2021) 073; Froustey et al.,
JCAP 12 (2020) 015; Akita & Yamaguchi, JCAP 08 (2020) 012), and the project's own instantaneous-decoupling
result (numeric/cosmology/neff.py, Eq. 7 + 12 by entropy conservation), which the evolution must reproduce when the
weak rates are switched off from T_start. The collision terms themselves are checked against direct
evaluations of their collision integrals in tests/numeric/cosmology/test_weak*.py and tests/numeric/cosmology/test_decays.py.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from mevscalar.numeric.cosmology import boltzmann as bz
from mevscalar.numeric.cosmology import neff
from mevscalar.validate import ParameterError

#: Bennett et al. (2021), the precision value this solver must reach within 0.002 (the issue's target).
NEFF_SM_LITERATURE = 3.0440


@pytest.fixture(scope="module")
def sm_default():
    return bz.sm()


# --------------------------------------------------------------------------- Standard Model
def test_sm_neff_matches_the_literature_to_0p002(sm_default):
    assert abs(sm_default.n_eff - NEFF_SM_LITERATURE) < 0.002


def test_sm_qed_raises_neff_by_the_equation_of_state_shift(sm_default):
    """QED's effect on N_eff is through the plasma's equation of state: the instantaneous-decoupling shift of
    numeric/cosmology/qed.py at T_D ~ 1.5-2 MeV brackets the shift the evolution finds (Bennett et al. 2020: ~ +0.009)."""
    from mevscalar.numeric.cosmology import qed

    off = bz.sm(qed=0)
    d = sm_default.n_eff - off.n_eff
    lo = qed.delta_neff_instantaneous(1.0, 2) + qed.delta_neff_instantaneous(1.0, 3)
    hi = qed.delta_neff_instantaneous(3.0, 2) + qed.delta_neff_instantaneous(3.0, 3)
    assert lo <= d <= hi


def test_sm_separate_flavours_and_chemical_potentials_are_small_corrections(sm_default):
    common = bz.sm(common_t_nu=True)
    nochem = bz.sm(chemical_potentials=False)
    # nu_e decouples later than nu_mu,tau (charged current): it ends hotter; both end with xi < 0 (e+- inject
    # energy with fewer particles than equilibrium needs)
    t_e, t_mu = sm_default.t_over_t_gamma_final
    assert t_e > t_mu
    assert all(x < 0 for x in sm_default.xi_final)
    # both simplifications are reported (the issue asks for them), not bounded by a window of our own: each must
    # differ from the full treatment, and stay above the instantaneous-decoupling value
    inst = bz.sm(sm_weak=False)
    for other in (common, nochem):
        assert other.n_eff != sm_default.n_eff
        assert other.n_eff > inst.n_eff


def test_sm_convergence_in_tolerance_and_start(sm_default):
    """The issue's convergence criterion: halving the tolerance or moving T_start changes N_eff by < 1e-5."""
    assert abs(bz.sm(rtol=5e-8, atol=5e-10).n_eff - sm_default.n_eff) < 1e-5  # halved
    assert abs(bz.sm(rtol=1e-10, atol=1e-12).n_eff - sm_default.n_eff) < 1e-5  # tight
    assert abs(bz.sm(t_start=20.0).n_eff - sm_default.n_eff) < 1e-5
    assert abs(bz.sm(t_end=0.002).n_eff - sm_default.n_eff) < 1e-5


def test_instantaneous_limit_without_phi_is_entropy_conservation():
    r = bz.sm(qed=0, sm_weak=False, t_start=10.0)
    ref = float(neff.n_eff(t_d=10.0, m_phi=1e4, br_nunu=0.0))  # phi far too heavy to matter: the SM formula
    assert abs(r.n_eff - ref) < 1e-4


# --------------------------------------------------------------------------- limits with a scalar
def test_instantaneous_limit_with_a_scalar_in_the_photon_bath():
    """Weak rates off from T_start, g_mu large (phi held at T_gamma), BR_nunu = 0: Eq. 7 + 12 at T_D = T_start."""
    r = bz.evolve(1.0, 3e-2, br_nunu=0.0, sm_weak=False, qed=0, t_start=10.0)
    ref = float(neff.n_eff(t_d=10.0, m_phi=1.0, br_nunu=0.0))
    assert abs(r.n_eff - ref) < 1e-4


def test_instantaneous_limit_with_a_neutrinophilic_scalar():
    """g_mu = 0 (BR_nunu = 1), phi held with the neutrinos (chemical potentials off, mixed flavours = one common
    neutrino temperature reached by the phi exchange), weak rates off: Eq. 12 with BR_nunu -> 1."""
    r = bz.evolve(2.0, 0.0, g_nu=1e-6, sm_weak=False, qed=0, chemical_potentials=False, flavour="mixed",
                  phi_start="equilibrium", t_start=10.0)
    ref = float(neff.n_eff(t_d=10.0, m_phi=2.0, br_nunu=1.0 - 1e-12))
    assert abs(r.n_eff - ref) < 1e-4
    # the m_phi -> 0 limit of the same formula is 3 (25/21)^(4/3) (checked in test_neff); the evolution sits
    # between the SM and that limit
    assert 3.0 < r.n_eff < 3 * (25 / 21) ** (4 / 3)


def _held(m: float, c: float) -> float:
    """g_mu that holds phi in equilibrium with the photons: Gamma_gg ~ g^2 m^3 and H ~ m^2 at T = m, so
    g = c / sqrt(m) keeps Gamma_gg/H(T = m) fixed (~2e8 at c = 0.3)."""
    return c / math.sqrt(m)


def test_scalar_in_the_photon_bath_is_smooth_and_monotone_in_m_phi():
    """Large g_mu, BR_nunu = 0, weak rates on, m_phi = 0.01-30 MeV: a heavier phi annihilates earlier, while the
    neutrinos are more strongly coupled, so less of its entropy stays in the photons: N_eff rises towards the SM
    value; a phi still relativistic at neutrino decoupling (m_phi << 1 MeV) gives a plateau, flat to 1e-5 at this
    coupling (at c = 0.1 instead of 0.3 it is not: phi's inverse decays, suppressed by m/T, no longer hold it at
    T_start = 900 m_phi, and the light end rises by 2.5e-4), above the instantaneous limit 3 (11/13)^(4/3)."""
    ms = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
    ns = [bz.evolve(m, _held(m, 0.3), br_nunu=0.0, phi_start="equilibrium", n_out=5).n_eff for m in ms]
    assert all(b > a - 1e-5 for a, b in zip(ns, ns[1:]))
    assert all(b > a for a, b in zip(ns[2:], ns[3:]))
    assert 3 * (11 / 13) ** (4 / 3) < ns[0] < ns[-1] < bz.sm().n_eff


@pytest.mark.parametrize("m", [0.01, 0.03])
def test_light_scalar_in_the_photon_bath_reaches_the_instantaneous_limit(m):
    """m_phi = 0.01-0.03 MeV, weak rates off (the neutrinos decouple at T_start): entropy conservation (neff.py).
    The departure from it is phi falling out of equilibrium (its inverse decays are suppressed by m/T at
    T_start = 900 m): it must shrink as the coupling grows, below the 1e-4 of the other instantaneous checks.
    At m = 0.03 MeV and c = 0.1 that departure is ~6e-7, below the default tolerances' solver error (LSODA at
    rtol = 1e-7: 3-7e-6, and it moved with a one-ulp change of H): rtol = 1e-9 resolves it (measured: 7.1e-6 and
    5.9e-7 at c = 0.03 and 0.1)."""
    t0 = min(10.0, 900.0 * m)
    ref = float(neff.n_eff(t_d=t0, m_phi=m, br_nunu=0.0))
    dev = [abs(bz.evolve(m, _held(m, c), br_nunu=0.0, sm_weak=False, qed=0, phi_start="equilibrium",
                         n_out=5, rtol=1e-9, atol=1e-11).n_eff - ref) for c in (0.03, 0.1)]
    assert dev[1] < 1e-4 and dev[1] < dev[0] / 3


@pytest.mark.parametrize("m", [0.01, 0.1, 10.0])
def test_neutrinophilic_scalar_over_the_mass_range(m):
    """g_mu = 0, phi held with the neutrinos (chemical potentials off, mixed flavours): weak rates off it is Eq. 12
    with BR_nunu -> 1 at T_D = T_start (entropy conservation in the neutrino bath); g_nu ~ sqrt(m) keeps
    Gamma_nunu/H(T = m) ~ 1e7 (Gamma_nunu ~ g^2 m, H ~ m^2)."""
    gn = 5e-7 * math.sqrt(m / 10.0)
    t0 = min(10.0, 900.0 * m)
    r = bz.evolve(m, 0.0, g_nu=gn, sm_weak=False, qed=0, chemical_potentials=False, flavour="mixed",
                  phi_start="equilibrium", n_out=5)
    assert abs(r.n_eff - float(neff.n_eff(t_d=t0, m_phi=m, br_nunu=1.0 - 1e-12))) < 1e-4


def test_neutrinophilic_scalar_is_monotone_in_m_phi():
    """Weak rates on: a lighter neutrinophilic phi gives its entropy to the neutrinos later, after they decoupled
    from e+-, so N_eff falls monotonically from the m_phi -> 0 plateau (the SM value times (25/21)^(4/3) up to
    the residual e+- heating) towards the SM value. The plateau (m_phi <= 0.1 MeV) is flat to 1e-3 (measured:
    9e-4 between 0.01 and 0.1 MeV at this fixed Gamma_nunu/H(T = m): the lighter phi is less tightly held at
    the higher T/m of neutrino decoupling)."""
    ms = (0.01, 0.1, 0.3, 1.0, 10.0)
    ns = [bz.evolve(m, 0.0, g_nu=5e-7 * math.sqrt(m / 10.0), chemical_potentials=False, flavour="mixed",
                    phi_start="equilibrium", n_out=5).n_eff for m in ms]
    assert all(b < a for a, b in zip(ns[1:], ns[2:]))
    sm = bz.sm().n_eff
    assert sm < ns[-1] and abs(ns[0] - sm * (25 / 21) ** (4 / 3)) < 0.01


# --------------------------------------------------------------------------- the paper's scenario
@pytest.fixture(scope="module")
def paper_point():
    from mevscalar.numeric import pheno
    from mevscalar.data import GM2

    g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, 1.5))
    return g, bz.evolve(1.5, g, br_nunu=1e-3)


def test_paper_point_converges(paper_point):
    g, r = paper_point
    assert r.solver == "BDF"  # the paper's couplings: Gamma/H ~ 1e3, far below BDF_MAX_STIFFNESS
    assert abs(bz.evolve(1.5, g, br_nunu=1e-3, rtol=5e-8, atol=5e-10, n_out=5).n_eff - r.n_eff) < 1e-5
    assert abs(bz.evolve(1.5, g, br_nunu=1e-3, rtol=1e-10, atol=1e-12, n_out=5).n_eff - r.n_eff) < 1e-5
    # moving T_start with phi started in equilibrium both times (the "auto" start is a physical assumption that
    # depends on T_start: at 20 MeV its inverse decays alone give n/n_eq = 0.5, and N_eff moves by ~3e-5)
    eq10 = bz.evolve(1.5, g, br_nunu=1e-3, phi_start="equilibrium", n_out=5).n_eff
    assert abs(bz.evolve(1.5, g, br_nunu=1e-3, t_start=20.0, phi_start="equilibrium", n_out=5).n_eff - eq10) < 1e-5


def test_flavour_bracket_and_statistics(paper_point):
    """phi couples to nu_3 only. Unmixed, nu_3 alone is heated and hands energy back through inverse decays;
    mixed, the energy is shared at once and stays: the mixed N_eff is higher. Both exceed the SM value."""
    g, r = paper_point
    mixed = bz.evolve(1.5, g, br_nunu=1e-3, flavour="mixed", n_out=5)
    assert NEFF_SM_LITERATURE - 0.002 < r.n_eff < mixed.n_eff
    assert r.species == ("nu_1", "nu_2", "nu_3") and mixed.species == ("nu_e", "nu_mu,tau")
    # nu_3 ends hottest in the unmixed treatment
    assert r.t_over_t_gamma_final[2] > max(r.t_over_t_gamma_final[:2])
    mb = bz.evolve(1.5, g, br_nunu=1e-3, statistics="mb", n_out=5)
    assert mb.n_eff != r.n_eff


def test_energy_is_conserved_by_the_collision_terms(paper_point):
    """Every collision term moves energy between species: their sum vanishes at any state."""
    g, _ = paper_point
    from mevscalar.numeric import pheno

    w = pheno.phi_widths(1.5, g, br_nunu=1e-3)
    sp = bz.species_for("unmixed", w.gamma_nunu_per_flavour)
    s = bz._System(sp, m_phi=1.5, gamma_gg=float(w.gamma_gg), qed=3, chem=True, statistics="quantum",
                   sm_weak=True, nu_nu=True, with_phi=True)
    rng = np.random.default_rng(1)
    for _ in range(5):
        tg = float(rng.uniform(0.3, 5.0))
        y = np.zeros(s.dim)
        y[0] = math.log(tg)
        y[1::2][: s.ns] = rng.uniform(-0.2, 0.2, s.ns)
        y[2::2][: s.ns] = rng.uniform(-0.3, 0.3, s.ns)
        y[s.i_phi] = float(rng.uniform(-0.1, 0.1))
        y[s.i_phi + 1] = s.eta(tg * math.exp(y[s.i_phi]), float(rng.uniform(-0.5, 0.1)))
        _, info = s.rhs(0.0, y, full=True)
        total = info["c_em"] + sum(m * c for m, c in zip(s.mult, info["cr"])) + info["cr_phi"]
        scale = abs(info["c_em"]) + sum(abs(c) for c in info["cr"]) + abs(info["cr_phi"])
        assert abs(total) <= 1e-12 * scale


def test_full_equilibrium_is_a_fixed_point_of_the_collision_terms():
    from mevscalar.numeric import pheno

    w = pheno.phi_widths(2.0, 3e-4, br_nunu=1e-2)
    sp = bz.species_for("unmixed", w.gamma_nunu_per_flavour)
    s = bz._System(sp, m_phi=2.0, gamma_gg=float(w.gamma_gg), qed=3, chem=True, statistics="quantum",
                   sm_weak=True, nu_nu=True, with_phi=True)
    y = np.zeros(s.dim)
    y[0] = math.log(1.0)
    y[s.i_phi + 1] = s.eta(1.0, 0.0)
    _, info = s.rhs(0.0, y, full=True)
    assert info["c_em"] == pytest.approx(0.0, abs=1e-30)
    assert all(c == pytest.approx(0.0, abs=1e-30) for c in info["cr"] + info["cn"])
    assert info["cr_phi"] == pytest.approx(0.0, abs=1e-30)


def test_stiff_regime_rates_far_above_hubble():
    """g_mu = 1: Gamma_gg/H ~ 1e10 at T = m_phi. The implicit solver copes, and with the weak rates off the
    result is still the entropy-conservation one."""
    r = bz.evolve(1.0, 1.0, br_nunu=0.0, sm_weak=False, qed=0, t_start=10.0, n_out=5)
    assert r.solver == "LSODA"  # Gamma/H above BDF_MAX_STIFFNESS: the method that copes with it
    assert abs(r.n_eff - float(neff.n_eff(t_d=10.0, m_phi=1.0, br_nunu=0.0))) < 1e-4


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"m_phi": 50.0}, "m_phi"),
        ({"m_phi": -1.0}, "m_phi"),
        ({"flavour": "maybe"}, "flavour"),
        ({"qed": 1}, "qed"),
        ({"statistics": "fermi"}, "statistics"),
        ({"phi_start": "hot"}, "phi_start"),
        ({"t_start": 1.0}, "t_start"),
        ({"rtol": 0.1}, "rtol"),
        ({"br_nunu": 1.5}, "br_nunu"),
    ],
)
def test_bad_input_names_the_parameter(kw, name):
    args = {"m_phi": 1.5, "g_mu": 3.7e-4, "br_nunu": 1e-3}
    args.update(kw)
    with pytest.raises(ParameterError, match=name):
        bz.evolve(args.pop("m_phi"), args.pop("g_mu"), **args)


def test_solver_failure_names_the_point(monkeypatch):
    from mevscalar.numeric.cosmology import weak

    real = weak.nu_e_transfer
    calls = {"n": 0}

    def broken(*a, **k):
        calls["n"] += 1
        if calls["n"] > 50:
            return float("nan"), float("nan")
        return real(*a, **k)

    monkeypatch.setattr(weak, "nu_e_transfer", broken)
    with pytest.raises(bz.SolverError, match=r"m_phi = 1\.5 MeV"):
        bz.evolve(1.5, 3.7e-4, br_nunu=1e-3, n_out=5, backend="numpy")  # the compiled path does not call it


def test_result_serialises():
    import json

    d = bz.sm(n_out=3).to_dict()
    assert json.loads(json.dumps(d))["n_eff"] == d["n_eff"]


@pytest.mark.parametrize("point", ["sm", "phi"])
def test_background_is_consistent_with_the_evolution(point):
    """The BBN background: Friedmann's equation from the listed densities, dt = dN/H, the final N_eff from
    rho_nu, a = exp N, and (SM, after e+- annihilation) t -> 1/(2H) as radiation domination requires."""
    from mevscalar.constants import HBAR_MEV_S, M_PL

    if point == "sm":
        r = bz.sm(background=True, n_out=400)
    else:
        r = bz.evolve(1.5, 3.7e-4, br_nunu=1e-3, background=True, n_out=400)
    bg = r.background
    rho = bg["rho_gamma"] + bg["rho_e"] + bg["rho_qed"] + bg["rho_nu"].sum(axis=0) + bg["rho_phi"]
    h = np.sqrt(8.0 * math.pi * rho / 3.0) / M_PL
    np.testing.assert_allclose(bg["H_MeV"], h, rtol=1e-12)
    assert np.all(np.diff(bg["t_gamma_MeV"]) < 0) and np.all(np.diff(bg["t_s"]) > 0)
    N = np.log(bg["a"])
    # dt/dN = 1/H: the difference quotient of t against 1/H at the midpoints; for 1/H ~ e^{2N} (radiation) the
    # two differ by sinh(h)/h - 1 = h^2/6 = 7e-5 at the step h = 0.02 used here
    dtdn = np.diff(bg["t_s"]) / np.diff(N) / HBAR_MEV_S
    mid = np.sqrt(1.0 / (bg["H_MeV"][1:] * bg["H_MeV"][:-1]))
    np.testing.assert_allclose(dtdn, mid, rtol=3e-4)
    assert bz.NEFF_NORM * bg["rho_nu"][:, -1].sum() / bg["rho_gamma"][-1] == pytest.approx(r.n_eff, rel=1e-9)
    if point == "sm":
        # in radiation domination with constant g_* (T < 0.02 MeV: e+- gone) dt/dN = 1/H ~ a^2 makes
        # t - 1/(2H) a constant, set during annihilation, and small against t
        c = bg["t_s"][-40:] / HBAR_MEV_S - 0.5 / bg["H_MeV"][-40:]
        assert np.ptp(c) < 1e-6 * bg["t_s"][-1] / HBAR_MEV_S and abs(c[-1]) < 1e-3 * bg["t_s"][-1] / HBAR_MEV_S
        assert bg["species"] == r.species and bg["dof"] == (1.0, 2.0)
    else:
        assert bg["rho_phi"][0] > 0.1 * bg["rho_gamma"][0] and bg["rho_phi"][-1] == 0.0


@pytest.mark.parametrize("w", [0.0218, 0.3, 0.678])
def test_effective_couplings_give_the_weighted_rate(w):
    """A mass state's e+- rates are |U_ei|^2 rate(g_L^e) + (1 - |U_ei|^2) rate(g_L^mu); the solver evaluates them
    once, at couplings with the same g_L^2 + g_R^2 and g_L g_R (the rates are linear in both)."""
    from mevscalar.numeric.cosmology import weak

    gl, gr = bz._effective_couplings(w, weak)
    for stats in ("fd", "mb"):
        for args in ((1.3, 1.4, 0.1), (0.4, 0.35, -0.2)):
            got = weak.nu_e_transfer(*args, gl, gr, statistics=stats)
            e = weak.nu_e_transfer(*args, weak.G_L_E, weak.G_R, statistics=stats)
            mu = weak.nu_e_transfer(*args, weak.G_L_MU, weak.G_R, statistics=stats)
            for g, a, b in zip(got, e, mu):
                assert g == pytest.approx(w * a + (1 - w) * b, rel=1e-13)


@pytest.mark.parametrize("t", [0.3, 0.6, 1.5])
def test_eq9_exchange_from_the_collision_terms(t):
    """With phi held at T_gamma, nu_3 relaxes through nu nu <-> phi (<-> gamma gamma): with MB collision terms
    its number relaxation rate is (12/pi^2) Gamma_nunu x^2 K_1(x) (closed form, derived in the docstring), and
    Eq. 10's R = (8/(3 zeta(3))) BR_gg Gamma_nunu x^2 K_1(x) is 2 pi^2 BR_gg/(9 zeta(3)) times it."""
    r = bz.phi_mediated_relaxation(1.5, 3.7e-4, 1e-3, t, statistics="mb")
    assert r["gamma_number"] == pytest.approx(r["mb_number"], rel=1e-7)
    zeta3 = 1.2020569031595942
    assert r["rate_eq10"] / r["gamma_number"] == pytest.approx(2 * math.pi**2 * r["br_gg"] / (9 * zeta3), rel=1e-6)
    q = bz.phi_mediated_relaxation(1.5, 3.7e-4, 1e-3, t)  # Pauli blocking slows it
    assert 0 < q["gamma_number"] < r["gamma_number"]
