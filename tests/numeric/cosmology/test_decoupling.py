"""Neutrino decoupling: the derivation of Eqs. (9)-(11), and the numeric T_D (Eq. 11 and exact)."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.constants import M_PL
from mevscalar.numeric.cosmology import decoupling as dec
from mevscalar.generated import decoupling_mp as KM
from mevscalar.generated import decoupling_np as KN
from mevscalar.validate import ParameterError


# --------------------------------------------------------------------------- derivation (SymPy)
@pytest.fixture(scope="module")
def D():
    from mevscalar.model.decoupling import D

    return D


def test_eq10_is_twice_the_reaction_density_over_one_helicity_density_squared(D):
    # the paper's printed Eq. (10) equals 2 gamma_R / n_1^2 identically
    assert D.eq10_check == 0


def test_detailed_balance_rate_is_eq10_over_4_n_nu(D):
    import sympy as sp

    from mevscalar.model.symbols import N_nu

    assert sp.simplify(D.rate_ratio - 4 * N_nu) == 0


def test_fermi_dirac_density_and_the_hinted_n_nu(D):
    import sympy as sp

    from mevscalar.model.symbols import T

    assert sp.simplify(D.n_one_dof - 3 * sp.zeta(3) * T**3 / (4 * sp.pi**2)) == 0
    assert sp.simplify(D.n_nu_eq_paper - 3 * sp.zeta(3) * T**3 / (2 * sp.pi**2)) == 0


def test_hubble_constant_is_the_papers_1_66(D):
    import sympy as sp

    assert sp.simplify(D.hubble_constant - sp.sqrt(8 * sp.pi**3 / 90)) == 0
    # the paper rounds to 3 significant digits: half a unit of the last digit is 0.005
    assert abs(float(D.hubble_constant) - 1.66) < 0.005


def test_eq11_constant_is_computed_and_rounds_to_1_67(D):
    import sympy as sp

    assert sp.simplify(D.c_eq11 - 2 * sp.sqrt(10) / (sp.pi * sp.zeta(3))) == 0
    assert abs(float(D.c_eq11) - 1.67) < 0.005  # printed to 3 digits
    from mevscalar.model.symbols import N_nu

    assert sp.simplify(D.c_eq11_db * 4 * N_nu - D.c_eq11) == 0


def test_k1_asymptotic_is_the_leading_term(D):
    import sympy as sp

    from mevscalar.model.symbols import x

    assert sp.limit(sp.besselk(1, x) / D.k1_asymptotic(x), x, sp.oo) == 1


def test_eq11_existence_threshold(D):
    import sympy as sp

    assert sp.simplify(D.eq11_existence - sp.Rational(7, 2) * (1 - sp.log(sp.Rational(7, 2)))) == 0
    assert math.isclose(float(D.eq11_existence), dec.EQ11_L_MIN, rel_tol=1e-15)


def test_g_star_massless(D):
    from mevscalar.model.symbols import N_nu

    assert float(D.g_star_massless.subs(N_nu, 3)) == dec.G_STAR_PAPER


# --------------------------------------------------------------------------- Eq. (11), closed form
@settings(max_examples=60)
@given(st.floats(dec.EQ11_L_MIN + 1e-6, 300.0))
def test_lambert_roots_solve_eq11(L):
    xd, xr = float(KN.x_d_eq11(L)), float(KN.x_recouple_eq11(L))
    for xx in (xd, xr):
        # residual of x = L + 3.5 log x in units of its terms (double precision, conditioning near x = 3.5)
        assert abs(xx - L - 3.5 * math.log(xx)) <= 1e-9 * max(1.0, xx)
    assert xr <= 3.5 + 1e-6 <= xd + 2e-6


@settings(max_examples=40)
@given(st.floats(0.5, 2.5), st.floats(-18.0, -15.0), st.floats(-4.0, -0.5))
def test_exact_log_r_over_h_is_eq11_plus_delta(m, lg, lb):
    """log(R/H) = L + (7/2) log x - x + delta(x): the kernels agree with the derivation."""
    gam, br = 10.0**lg, 10.0**lb
    L = float(KN.eq11_log_argument(m, gam, br, 10.75, M_PL))
    for xx in (0.3, 2.0, 7.0, 40.0, 500.0):
        f = float(KN.log_rate_over_hubble_eq10(xx, m, gam, br, 10.75, M_PL))
        approx = L + 3.5 * math.log(xx) - xx + float(KN.eq11_correction(xx))
        assert abs(f - approx) <= 1e-12 * max(1.0, xx)


def test_eq11_no_root_below_threshold():
    # Gamma so small that L < L_min: R < H everywhere in the Eq. (11) approximation
    r = dec.t_d_eq11(1.0, 1e-24, 1e-3)
    assert r.status == "no_resonance" and r.t_d_MeV is None and r.L < dec.EQ11_L_MIN


# --------------------------------------------------------------------------- g_*(T), F_rho
def _f_rho_ref(y, fermion):
    y = mpmath.mpf(y)
    pref = mpmath.mpf(120) / (7 * mpmath.pi**4) if fermion else 15 / mpmath.pi**4
    # u = y + v^2 removes the sqrt endpoint; the integrand is below e^-196 beyond v = 14
    def f(v):
        if v == 0:
            return mpmath.mpf(0)  # v^2 * (finite or ~1/v^2 for a boson at y = 0) -> 0 or finite measure-zero
        return 2 * v * (y + v * v) ** 2 * v * mpmath.sqrt(v * v + 2 * y) / den(y + v * v)

    den = (lambda u: mpmath.exp(u) + 1) if fermion else mpmath.expm1
    return pref * mpmath.quad(f, mpmath.linspace(0, 14, 15))


@settings(max_examples=16)
@given(st.floats(0.0, 30.0), st.booleans())
def test_energy_density_fraction_against_mpmath(y, fermion):
    with mpmath.workdps(20):
        ref = float(_f_rho_ref(y, fermion))
    got = dec.energy_density_fraction(y, fermion)
    # the generated table kernels F_rho_fermion/boson (fitted to ~1e-16 of G = F_rho e^y); the reference is an
    # independent substitution (u = y + v^2) at 20 digits
    assert abs(got / ref - 1) <= 1e-12


def test_rate_peak_x_is_the_root_of_3_k1_eq_x_k0():
    """The peak of R/H at constant g_* (used in the audit's text) against the root of 3 K_1(x) = x K_0(x)."""
    from scipy.optimize import brentq
    from scipy.special import k0, k1

    ref = brentq(lambda x: x * k0(x) - 3 * k1(x), 2.0, 6.0, xtol=1e-14)
    assert dec.rate_peak_x() == pytest.approx(ref, rel=1e-14) and ref == pytest.approx(3.41387, abs=1e-5)


def test_g_star_limits():
    assert dec.energy_density_fraction(0.0) == pytest.approx(1.0, rel=1e-14)
    assert dec.energy_density_fraction(0.0, fermion=False) == pytest.approx(1.0, rel=1e-14)
    assert dec.energy_density_fraction(800.0) == 0.0 and dec.energy_density_fraction(800.0, fermion=False) == 0.0
    assert dec.g_star_of_t(1e3) == pytest.approx(10.75, rel=1e-8)
    assert dec.g_star_of_t(1e-3) == pytest.approx(7.25, rel=1e-12)  # e+- gone: 2 + 7/8 * 6
    g = dec.g_star_of_t(np.geomspace(1e-3, 10, 50))
    assert np.all(np.diff(g) >= 0)  # monotone in T
    assert dec.g_star_of_t(1.0, m_phi=1e-6, include_phi=True) == pytest.approx(dec.g_star_of_t(1.0) + 1, rel=1e-7)


def test_hubble_uses_the_1_66_form():
    # H = 1.66 sqrt(g) T^2/m_PL with the paper's 3-digit constant: agreement to its rounding
    h = dec.hubble(1.0)
    assert abs(h / (1.66 * math.sqrt(10.75) / M_PL) - 1) < 0.005 / 1.66


# --------------------------------------------------------------------------- exact T_D
def _brentq_reference(m, gam, br, rate="eq10"):
    """Independent naive solve: scalar maximum, then brentq on the far side (mpmath twin at the root)."""
    from scipy.optimize import brentq, minimize_scalar

    def f(u):
        xx = math.exp(u)
        if rate == "eq10":
            return float(KN.log_rate_over_hubble_eq10(xx, m, gam, br, 10.75, M_PL))
        return float(KN.log_rate_over_hubble_db(xx, m, gam, br, 10.75, M_PL, 3))

    lo, hi = math.log(m / dec.T_MAX_DEFAULT), math.log(m / dec.T_MIN_DEFAULT)
    # with constant g_*, log x^4 K_1(x) has its single maximum where x K_0/K_1 = 3 (x = 3.4139)
    peak = minimize_scalar(lambda u: -f(u), bounds=(math.log(0.5), math.log(10.0)), method="bounded").x
    if f(peak) <= 0:
        return None, None
    td = m / math.exp(brentq(f, peak, hi, xtol=1e-15, rtol=1e-15))
    tr = None if f(lo) > 0 else m / math.exp(brentq(f, lo, peak, xtol=1e-15, rtol=1e-15))
    return td, tr


@settings(max_examples=30)
@given(st.floats(0.3, 5.0), st.floats(-21.0, -12.0), st.floats(-5.0, -0.3), st.sampled_from(dec.RATES))
def test_exact_t_d_solves_r_equals_h(m, lg, lb, rate):
    gam, br = 10.0**lg, 10.0**lb
    r = dec.t_d_exact(m, gam, br, rate=rate)
    td, tr = _brentq_reference(m, gam, br, rate)
    if td is None:
        assert r.status == "no_resonance" and r.t_d_MeV is None
        return
    if r.status == "coupled_at_t_min":
        assert td <= dec.T_MIN_DEFAULT * (1 + 1e-9) and r.t_d_MeV is None
        return
    assert r.status == "resonance"
    assert r.t_d_MeV == pytest.approx(td, rel=1e-10)
    if tr is None:
        assert r.t_recouple_MeV is None
    else:
        assert r.t_recouple_MeV == pytest.approx(tr, rel=1e-10)
    # the root is a root of the 40-digit mpmath twin too (|log R/H| = relative error of R = H)
    fn = KM.log_rate_over_hubble_eq10 if rate == "eq10" else (lambda *a: KM.log_rate_over_hubble_db(*a, 3))
    with mpmath.workdps(40):
        assert abs(float(fn(m / r.t_d_MeV, m, gam, br, 10.75, M_PL))) < 1e-9
    # it is the FINAL crossing: R < H at every lower temperature searched
    ts = np.geomspace(dec.T_MIN_DEFAULT, r.t_d_MeV * (1 - 1e-6), 200)
    assert np.all(dec.log_rate_over_hubble(ts, m, gam, br, rate=rate) < 0)


def test_no_root_is_never_a_bracket_edge():
    # far too weak: R < H everywhere
    weak = dec.t_d_exact(1.0, 1e-26, 1e-3)
    assert weak.status == "no_resonance" and weak.t_d_MeV is None and weak.max_log_r_over_h < 0
    # far too strong for the searched range: still coupled at t_min
    strong = dec.t_d_exact(1.0, 1e-5, 1e-2, t_min=0.05)
    assert strong.status == "coupled_at_t_min" and strong.t_d_MeV is None
    # BR = 0: no resonance at all
    assert dec.t_d_exact(1.0, 1e-18, 0.0).status == "no_resonance"


def test_grid_equals_scalar_calls():
    m = np.array([0.7, 1.0, 2.0, 3.0])
    gam = np.array([1e-19, 1.45e-19, 1.2e-18, 1e-22])
    br = np.array([1e-2, 1e-3, 5e-3, 1e-2])
    g = dec.t_d_exact_grid(m, gam, br)
    for i in range(4):
        s = dec.t_d_exact(m[i], gam[i], br[i])
        assert (s.t_d_MeV is None and np.isnan(g["t_d"][i])) or s.t_d_MeV == g["t_d"][i]


def test_g_star_of_t_and_eq11_fixed_point():
    gam, br, m = 1.45e-19, 1e-2, 1.0
    e = dec.t_d_eq11(m, gam, br, g_star="T")
    assert e.g_star == pytest.approx(dec.g_star_of_t(e.t_d_MeV), rel=1e-10)
    x = dec.t_d_exact(m, gam, br, g_star="T")
    assert abs(dec.log_rate_over_hubble(x.t_d_MeV, m, gam, br, g_star="T")) < 1e-9


def test_eq11_vs_exact_is_a_small_relative_shift():
    """Eq. (11) drops delta(x) ~ 3/(8x): at x_D ~ 10 the shift in x_D is ~ delta/(1 - 3.5/x) ~ 6%."""
    for m, gam, br in ((1.0, 1.45e-19, 1e-2), (2.0, 1.18e-18, 1e-3)):
        e, x = dec.t_d_eq11(m, gam, br), dec.t_d_exact(m, gam, br)
        xd = m / x.t_d_MeV
        delta = float(KN.eq11_correction(xd))
        predicted = delta / (1 - 3.5 / xd)  # first-order shift of x_D
        assert (m / e.t_d_MeV) - xd == pytest.approx(-predicted, rel=0.05)


def test_effective_t_d_rule():
    assert dec.effective_t_d(None) == dec.T_D_SM_MEV
    assert dec.effective_t_d(0.5) == 0.5
    assert dec.effective_t_d(5.0) == dec.T_D_SM_MEV
    assert dec.effective_t_d(float("nan")) == dec.T_D_SM_MEV
    assert dec.effective_t_d(np.array([np.nan, 0.5, 5.0])).tolist() == [dec.T_D_SM_MEV, 0.5, dec.T_D_SM_MEV]


@pytest.mark.parametrize(
    "call,name",
    [
        (lambda: dec.rate(0.0, 1.0, 1e-19, 0.01), "T"),
        (lambda: dec.rate(1.0, -1.0, 1e-19, 0.01), "m_phi"),
        (lambda: dec.rate(1.0, 1.0, 1e-19, 1.0), "br_nunu"),
        (lambda: dec.rate(1.0, 1.0, 1e-19, -0.1), "br_nunu"),
        (lambda: dec.rate(1.0, 1.0, float("nan"), 0.1), "gamma_phi"),
        (lambda: dec.rate(1.0, 1.0, 1e-19, 0.1, rate="foo"), "rate"),
        (lambda: dec.hubble(1.0, g_star="x"), "g_star"),
        (lambda: dec.hubble(1.0, g_star=-2), "g_star"),
        (lambda: dec.t_d_exact(1.0, 1e-19, 0.01, t_min=1.0, t_max=0.5), "t_min"),
        (lambda: dec.t_d_eq11(1.0, 0.0, 0.01), "gamma_phi"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ParameterError, match=name):
        call()


def test_eq11_correction_is_the_next_hankel_term():
    # K_1(x) e^x sqrt(2x/pi) = 1 + 3/(8x) - 15/(128 x^2) + ...  =>  delta(x) = 3/(8x) + O(x^-2)
    for xx in (50.0, 300.0, 3000.0):
        d = float(KN.eq11_correction(xx))
        assert abs(d * 8 * xx / 3 - 1) < 1.0 / xx


def test_n_nu_is_validated():
    with pytest.raises(ParameterError, match="n_nu"):
        dec.t_d_exact(1.0, 1e-19, 0.01, rate="detailed_balance", n_nu=0)
    with pytest.raises(ParameterError, match="n_nu"):
        dec.t_d_eq11(1.0, 1e-19, 0.01, n_nu=-1)


def test_log_rate_over_hubble_rejects_br_zero():
    with pytest.raises(ParameterError, match="br_nunu"):
        dec.log_rate_over_hubble(1.0, 1.0, 1e-19, 0.0)


# --------------------------------------------------------------------------- issue 10 regressions
def _x_peak_reference():
    """Root of 3 K_1(x) = x K_0(x) (d/dx log(x^4 K_1) = 0, with K_1' = -K_0 - K_1/x), by mpmath."""
    return mpmath.findroot(lambda t: 3 * mpmath.besselk(1, t) - t * mpmath.besselk(0, t), 3.4)


def test_peak_of_x4_k1_is_at_3_4139_not_2_6(D):
    ref = _x_peak_reference()
    assert abs(float(D.rate_peak_x) - float(ref)) < 1e-14 and abs(float(ref) - 3.4139) < 1e-4
    # and it is where log(R/H) of the generated kernel peaks (constant g_*)
    from scipy.optimize import minimize_scalar

    f = lambda u: -float(KN.log_rate_over_hubble_eq10(math.exp(u), 1.0, 1e-18, 1e-2, 10.75, M_PL))  # noqa: E731
    u = minimize_scalar(f, bounds=(0.0, 2.5), method="bounded", options={"xatol": 1e-10}).x
    assert abs(math.exp(u) / float(ref) - 1) < 1e-6


def _root_mp(L, branch):
    """Real root of x = L + (7/2) log x on Lambert branch k, for the double L taken exactly (50 digits)."""
    with mpmath.workdps(50):
        a = mpmath.mpf(7) / 2
        return float(-a * mpmath.re(mpmath.lambertw(-mpmath.exp(-mpmath.mpf(L) / a) / a, branch)))


def _l_min_mp():
    with mpmath.workdps(50):
        a = mpmath.mpf(7) / 2
        return a * (1 - mpmath.log(a))


def test_eq11_roots_at_and_just_above_the_branch_point_match_mpmath():
    """x_d(L_min) was NaN (Lambert W at its branch point) and within 3e-8 above it 3.5 + 3 delta."""
    lmin = _l_min_mp()
    Ls = [float(lmin + mpmath.mpf(d)) for d in [0.0] + list(np.geomspace(1e-17, 1.0, 80))]
    Ls = sorted({L if mpmath.mpf(L) >= lmin else math.nextafter(L, 1.0) for L in Ls})
    for L in Ls:
        for branch, k in ((-1, KN.x_d_eq11), (0, KN.x_recouple_eq11)):
            got, ref = float(k(L)), _root_mp(L, branch)
            assert math.isfinite(got) and abs(got / ref - 1) < 1e-13, (L, branch, got, ref)
        gap = float(mpmath.mpf(L) - lmin)
        assert abs(float(KN.eq11_existence_gap(L)) - gap) <= 1e-15 * abs(gap) + 1e-32
    # the square-root law at the branch point: x_d - 7/2 = sqrt(7 delta) (1 + O(sqrt delta))
    L = math.nextafter(float(lmin + mpmath.mpf("1e-12")), 1.0)
    delta = float(mpmath.mpf(L) - lmin)
    assert abs((float(KN.x_d_eq11(L)) - 3.5) / math.sqrt(7 * delta) - 1) < 1e-5
    assert abs(dec.EQ11_L_MIN - float(lmin)) <= 1e-16


def test_br_on_the_eq11_threshold_gives_a_root_not_the_sm_fallback():
    """m_phi = 1 MeV, g_mu = 3.67e-4: 400 consecutive doubles of BR_nunu around the Eq. 11 threshold. Each
    is either below it (no root) or has a finite T_D <= m_phi/3.5; the verdict flips once (43 of 400 were NaN)."""
    from scipy.optimize import brentq

    from mevscalar.numeric import pheno

    m, g = 1.0, 3.67e-4
    gam_vis = float(pheno.phi_widths(m, g, br_nunu=0.0).gamma_total)

    def gap(b):  # widths scale exactly: Gamma_total = Gamma_visible / (1 - BR)
        return float(KN.eq11_existence_gap(dec.t_d_eq11(m, gam_vis / (1 - b), b).L))

    b0 = brentq(gap, 1e-8, 1e-2, xtol=1e-300, rtol=8.9e-16)
    bs = [b0]
    for _ in range(200):
        bs.insert(0, math.nextafter(bs[0], 0.0))
        bs.append(math.nextafter(bs[-1], 1.0))
    bs = np.array(bs)
    r = dec.t_d_eq11(m, gam_vis / (1 - bs), bs)
    on = r.status == "resonance"
    assert on.any() and (~on).any()
    assert np.all(np.diff(on.astype(int)) >= 0)  # one flip, from below to above
    assert np.all(np.isfinite(r.t_d_MeV[on])) and np.all(r.t_d_MeV[on] <= m / 3.5 * (1 + 1e-15))
    assert np.all(np.isnan(r.t_d_MeV[~on]))
    # the scalar path agrees point by point on both sides of the flip
    i = int(np.argmax(on))
    for k in (i - 1, i, i + 1):
        s = dec.t_d_eq11(m, gam_vis / (1 - bs[k]), bs[k])
        assert s.status == r.status[k] and (s.t_d_MeV is None) == (not on[k])
    # through the chain (Eq. 11 method): a resonance just above threshold, N_eff far above the SM fallback
    from mevscalar.numeric.cosmology import chain

    c = chain.evaluate(m, g, br_nunu=float(bs[i + 5]), t_d_method="eq11")
    assert c.decoupling == "resonance" and abs(c.t_d_used_MeV - m / 3.5) < 1e-6 and c.n_eff > 3.5


def test_t_d_eq11_broadcasts_and_agrees_with_the_scalar_calls():
    m = np.array([[1.0], [2.0]])
    br = np.array([0.0, 1e-3, 1e-2])
    gam = 1e-18
    r = dec.t_d_eq11(m, gam, br)
    assert r.t_d_MeV.shape == (2, 3) and r.status.shape == (2, 3)
    for i in range(2):
        for j in range(3):
            s = dec.t_d_eq11(float(m[i, 0]), gam, float(br[j]))
            assert s.status == r.status[i, j]
            if s.t_d_MeV is None:
                assert math.isnan(r.t_d_MeV[i, j])
            else:
                assert r.t_d_MeV[i, j] == s.t_d_MeV and r.t_recouple_MeV[i, j] == s.t_recouple_MeV
    rt = dec.t_d_eq11([1.0, 1.5], 1e-18, 1e-2, g_star="T")
    for k, mm in enumerate((1.0, 1.5)):
        assert abs(rt.t_d_MeV[k] / dec.t_d_eq11(mm, 1e-18, 1e-2, g_star="T").t_d_MeV - 1) < 1e-12


@pytest.mark.parametrize("x", [2e9, 1e10, 1e12, 1e15])
def test_rate_and_log_rate_at_huge_m_over_t_are_not_nan(x):
    """kve(1, x) is NaN above x ~ 1.07e9: the rate is 0 (below the smallest double) and log(R/H) finite."""
    m, gam, br = 1.0, 1e-18, 1e-2
    T = m / x
    assert dec.rate(T, m, gam, br) == 0.0 and dec.sigma_v(T, m, gam, br) == 0.0
    assert dec.rate(T, m, gam, br, rate="detailed_balance") == 0.0
    got = dec.log_rate_over_hubble(T, m, gam, br)
    xx = m / T  # the kernel's own x (T = m/x rounds)
    with mpmath.workdps(40):  # the mpmath twin: exact K_1 at 40 digits
        ref = KM.log_rate_over_hubble_eq10(xx, m, gam, br, 10.75, M_PL)
    assert math.isfinite(got) and abs(got - float(ref)) <= 1e-13 * abs(float(ref))
    with mpmath.workdps(40):
        ref_d = KM.eq11_correction(xx)
    assert abs(float(KN.eq11_correction(xx)) / float(ref_d) - 1) < 1e-12


def test_rate_at_overflowing_m_over_t_names_t():
    with pytest.raises(ParameterError, match="T must be"):
        dec.log_rate_over_hubble(1e-320, 1.0, 1e-18, 1e-2)
    with pytest.raises(ParameterError, match="T must be"):
        dec.rate(1e-320, 1.0, 1e-18, 1e-2)
