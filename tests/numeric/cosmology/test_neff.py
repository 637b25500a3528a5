"""T_nu/T_gamma (Eq. 12) and N_eff (Eqs. 7 and 13): limits, consistency, validation, an mpmath reference."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar import constants
from mevscalar.numeric.cosmology import neff
from mevscalar.data import NEFF, Measurement
from mevscalar.generated import entropy_mp
from mevscalar.model import entropy as model
from mevscalar.validate import ParameterError

TINY = 1e-9  # a mass [MeV] with m/T_D ~ 1e-9: F = F(0) to 1e-18 (F - F(0) ~ y^2)
HEAVY = 1e6  # m/T_D >= 1e3: F ~ e^{-1000} = 0


# --------------------------------------------------------------------------- symbolic limits
def test_symbolic_limits():
    lim = model.limits()
    N = model.N_nu
    assert sp.simplify(lim["heavy_ratio"] - sp.Rational(4, 11) ** sp.Rational(1, 3)) == 0
    assert sp.simplify(lim["heavy_neff"] - N) == 0
    assert sp.simplify(lim["light_ratio"] - sp.Rational(4, 13) ** sp.Rational(1, 3)) == 0
    assert sp.simplify(lim["light_neff"] - N * sp.Rational(11, 13) ** sp.Rational(4, 3)) == 0


def test_eq13_is_the_leading_term_in_br():
    assert model.eq13_from_series()


def test_first_order_coefficient_matches_numbers():
    """(Eq. 13 / exact - 1)/BR -> -d ln N_eff/d BR at BR -> 0 (symbolic coefficient, numeric kernels)."""
    coef = sp.lambdify((model.F_e_D, model.F_phi_D, model.N_nu), model.eq13_first_order_coefficient())
    t_d, m_phi = 0.7, 1.3
    fe = neff.F_fermion(constants.M_E / t_d)
    fp = neff.F_boson(m_phi / t_d)
    br = 1e-6
    rel = neff.eq13_relative_error(t_d, m_phi, br)
    # rel = -c BR + O(BR^2): the O(BR^2) part is ~ (c BR)^2 ~ 1e-12 relative to c BR ~ 1e-6
    assert abs(rel / (-coef(fe, fp, 3) * br) - 1) < 1e-5


# --------------------------------------------------------------------------- numeric limits
def test_heavy_phi_and_hot_decoupling_give_n_nu():
    # m_e -> TINY makes F(m_e/T_D) = 1 to 1e-18; a heavy phi has F(m_phi/T_D) = 0: N_eff = N_nu exactly
    assert neff.n_eff(1.0, HEAVY, 0.0, m_e=TINY) == pytest.approx(3.0, rel=1e-14)
    assert neff.n_eff(1.0, HEAVY, 0.3, n_nu=2, m_e=TINY) == pytest.approx(2.0, rel=1e-14)
    # Eq. 12 at finite T_gamma needs the real m_e (annihilated at T_gamma = 1 keV, F(511) ~ 1e-213). The heaviest
    # registered phi (m_phi = 1e6 MeV, the registry's cap) at T_D = 1e3 MeV has F(1000) = 0 exactly, so only the
    # e+- entropy reaches the photons: (T_nu/T_gamma)^3 = 2/(2 + (7/2) F_e(m_e/T_D)), F_e by mpmath quadrature of
    # Eq. 12; it tends to (4/11)^(1/3) as F_e -> 1 (here F_e = 1 - O(1e-7)).
    t_d = 1e3
    y = constants.M_E / t_d
    with mpmath.workdps(30):
        f_e = 30 / (7 * mpmath.pi**4) * mpmath.quad(
            lambda x: (4 * x**2 - y**2) * mpmath.sqrt(x**2 - y**2) / (mpmath.exp(x) + 1), [y, 1, 10, mpmath.inf])
        ref = float(mpmath.cbrt(2 / (2 + mpmath.mpf(7) / 2 * f_e)))
    r = neff.tnu_over_tgamma(1e-3, t_d, HEAVY, 0.0)
    assert r == pytest.approx(ref, rel=1e-14)
    assert abs(r / neff.TNU_TGAMMA_SM - 1) < 1e-7


def test_light_phi_to_photons_gives_11_13():
    expect = 3 * (11 / 13) ** (4 / 3)
    assert neff.n_eff(1.0, TINY, 0.0, m_e=TINY) == pytest.approx(expect, rel=1e-14)
    assert neff.n_eff_eq13(1.0, TINY, m_e=TINY) == pytest.approx(expect, rel=1e-14)


def test_ratio_is_one_at_decoupling():
    t_d = np.array([0.3, 1.0, 3.0])
    assert np.allclose(neff.tnu_over_tgamma(t_d, t_d, 1.5, 0.01), 1.0, rtol=1e-15, atol=0)


def test_small_t_gamma_approaches_the_closed_limit():
    """At T_gamma = 1 keV, F(m_e/T_gamma) = F(511) ~ 1e-213: the finite-T value equals the closed limit."""
    for br in (0.0, 0.01, 0.5):
        r = neff.tnu_over_tgamma(1e-3, 0.6, 1.5, br)
        n_from_r = 3 * (11 / 4) ** (4 / 3) * r**4
        assert n_from_r == pytest.approx(neff.n_eff(0.6, 1.5, br), rel=1e-14)


def test_eq13_equals_exact_at_br_zero():
    td = np.geomspace(0.1, 10, 7)[:, None]
    m = np.geomspace(0.1, 10, 5)[None, :]
    assert np.allclose(neff.n_eff_eq13(td, m), neff.n_eff(td, m, 0.0), rtol=1e-14, atol=0)


def test_neff_decreases_with_td_at_br_zero():
    """Used by allowed_td_interval: more entropy reaches the photons when decoupling is earlier."""
    td = np.geomspace(0.05, 50, 400)
    for m in (0.1, 1.0, 10.0):
        assert np.all(np.diff(neff.n_eff(td, m, 0.0)) < 0)


def test_broadcast_grid_and_scalars():
    m = np.geomspace(0.1, 10, 4)[:, None]
    td = np.geomspace(0.1, 3, 5)[None, :]
    grid = neff.n_eff(td, m, 0.01)
    assert grid.shape == (4, 5)
    assert grid[2, 3] == pytest.approx(neff.n_eff(float(td[0, 3]), float(m[2, 0]), 0.01), rel=1e-15)
    assert isinstance(neff.n_eff(0.5, 1.0, 0.0), float)
    assert neff.tnu_over_tgamma(np.array([0.1, 0.2]), 0.5, 1.0, 0.0).shape == (2,)


# --------------------------------------------------------------------------- against an mpmath reference
def _ref_neff(t_d, m_phi, br, n_nu=3):
    with mpmath.workdps(25):
        fe = entropy_mp.F_fermion(constants.M_E / t_d)
        fp = entropy_mp.F_boson(m_phi / t_d)
        ratio3 = 2 / (2 + mpmath.mpf(7) / 2 * fe + mpmath.mpf(7) / 8 * (1 - br) * fp) * (n_nu + br * fp / 2) / n_nu
        return n_nu * (mpmath.mpf(11) / 4) ** (mpmath.mpf(4) / 3) * ratio3 ** (mpmath.mpf(4) / 3)


@settings(max_examples=15)
@given(
    st.floats(math.log(0.05), math.log(20.0)),
    st.floats(math.log(0.05), math.log(20.0)),
    st.floats(0.0, 0.99),
)
def test_neff_against_mpmath(log_td, log_m, br):
    t_d, m = math.exp(log_td), math.exp(log_m)
    ref = float(_ref_neff(t_d, m, br))
    # F is good to ~4e-16 and the formula adds a few ulp: 1e-13 is a safe, still meaningful bound
    assert neff.n_eff(t_d, m, br) == pytest.approx(ref, rel=1e-13)


# --------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    "call,name",
    [
        (lambda: neff.n_eff(-1.0, 1.0, 0.0), "t_d"),
        (lambda: neff.n_eff(1.0, 0.0, 0.0), "m_phi"),
        (lambda: neff.n_eff(1.0, 1.0, 1.0), "br_nunu"),
        (lambda: neff.n_eff(1.0, 1.0, -0.01), "br_nunu"),
        (lambda: neff.n_eff(float("nan"), 1.0, 0.0), "t_d"),
        (lambda: neff.n_eff(1.0, 1.0, 0.0, n_nu=0), "n_nu"),
        (lambda: neff.n_eff_eq13(1.0, [1.0, -2.0]), "m_phi"),
        (lambda: neff.tnu_over_tgamma(2.0, 1.0, 1.0, 0.0), "t_gamma"),
        (lambda: neff.tnu_over_tgamma(0.0, 1.0, 1.0, 0.0), "t_gamma"),
        (lambda: neff.tnu_over_tgamma(0.5, 1.0, 1.0, 0.0, m_e=-1), "m_e"),
        (lambda: neff.allowed_td_interval(1.0, measurement=(2.99, -0.1)), "sigma"),
        (lambda: neff.allowed_td_interval(1.0, measurement="wmap"), "dataset"),
    ],
)
def test_bad_input_raises_parameter_error_naming_the_parameter(call, name):
    with pytest.raises(ParameterError, match=name):
        call()


# --------------------------------------------------------------------------- Planck intervals and audit
def test_allowed_interval_edges_hit_the_band():
    p = NEFF["planck2018"]
    for m in (1.0, 1.5, 2.0):
        lo, hi = neff.allowed_td_interval(m, 2.0)
        assert neff.n_eff(lo, m, 0.0) == pytest.approx(p.central + 2 * p.sigma, rel=1e-10)
        assert neff.n_eff(hi, m, 0.0) == pytest.approx(p.central - 2 * p.sigma, rel=1e-10)
        lo1, hi1 = neff.allowed_td_interval(m, 1.0)
        assert lo < lo1 < hi1 < hi


def test_user_measurement_and_empty_or_open_intervals():
    lo, hi = neff.allowed_td_interval(1.0, 1.0, measurement=Measurement.user(3.0, 0.05))
    assert 0.3 < lo < hi < 1.0
    # a band entirely below the T_D -> inf limit 3 (11/13)^(4/3) = 2.40: nothing allowed
    assert all(math.isnan(v) for v in neff.allowed_td_interval(1.0, 1.0, measurement=(2.0, 0.1)))
    # a band reaching below 2.40: no upper T_D limit
    assert neff.allowed_td_interval(1.0, 2.0, measurement=(2.6, 0.2))[1] == math.inf


def test_audit_rows_shape_and_content():
    from mevscalar import paper

    rows = paper.neff_rows()
    keys = {"quantity", "equation", "paper", "ours", "rel_diff", "note"}
    assert rows and all(set(r) == keys for r in rows)
    for r in rows:
        if r["rel_diff"] is not None:
            assert r["rel_diff"] == pytest.approx(r["ours"] / r["paper"] - 1, rel=1e-12, abs=1e-15)
    sm = next(r for r in rows if r["quantity"].startswith("(T_nu/T_gamma)_SM"))
    # T_D = 1 GeV: F(m_e/T_D) = 1 - 15 y^2/(14 pi^2), y = 5.1e-4 -> ratio off by ~1e-8 only
    assert abs(sm["rel_diff"]) < 1e-7


@pytest.mark.parametrize("m,br", [(10.0, 0.9), (1.0, 0.5), (0.1, 0.9), (2.0, 0.01)])
def test_intervals_are_exact_where_neff_is_not_monotonic(m, br):
    """For large BR_nunu N_eff(T_D) is not monotonic; every returned edge is a crossing, inside is inside."""
    p = NEFF["planck2018"]
    lo_lvl, hi_lvl = p.central - 2 * p.sigma, p.central + 2 * p.sigma
    for lo, hi in neff.allowed_td_intervals(m, 2.0, br):
        for edge in (lo, hi):
            if math.isfinite(edge) and edge > 1e-3:
                val = neff.n_eff(edge, m, br)
                assert min(abs(val - lo_lvl), abs(val - hi_lvl)) < 1e-9
        top = hi if math.isfinite(hi) else 1e3
        mid = math.sqrt(lo * top)
        assert lo_lvl <= neff.n_eff(mid, m, br) <= hi_lvl
        if math.isfinite(hi):
            assert not lo_lvl <= neff.n_eff(hi * 1.001, m, br) <= hi_lvl


def test_td_bracket_is_validated():
    with pytest.raises(ParameterError, match="td_bracket"):
        neff.allowed_td_intervals(1.0, td_bracket=(1.0, 0.5))
    with pytest.raises(ParameterError, match="td_bracket"):
        neff.allowed_td_intervals(1.0, td_bracket=(-1.0, 5.0))


@settings(max_examples=12)
@given(
    st.floats(math.log(0.05), math.log(20.0)),
    st.floats(0.0, 1.0),
    st.floats(math.log(0.05), math.log(20.0)),
    st.floats(0.0, 0.99),
)
def test_tnu_over_tgamma_against_mpmath(log_td, frac, log_m, br):
    """Eq. 12 at a finite T_gamma in [T_D/1000, T_D] against F by mpmath quadrature (25 digits)."""
    t_d, m = math.exp(log_td), math.exp(log_m)
    t_g = t_d * 10 ** (-3 * frac)
    with mpmath.workdps(25):
        F = {k: (lambda v, k=k: getattr(entropy_mp, f"F_{k}")(v)) for k in ("fermion", "boson")}
        em = lambda t: 2 + mpmath.mpf(7) / 2 * F["fermion"](constants.M_E / t) + mpmath.mpf(7) / 8 * (1 - br) * F["boson"](m / t)  # noqa: E731
        nu = lambda t: 3 + br * F["boson"](m / t) / 2  # noqa: E731
        ref = float(mpmath.cbrt(em(t_g) / em(t_d) * nu(t_d) / nu(t_g)))
    # F good to ~4e-16, Eq. 12 is a well-conditioned ratio: 1e-14
    assert neff.tnu_over_tgamma(t_g, t_d, m, br) == pytest.approx(ref, rel=1e-14)
