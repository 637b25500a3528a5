"""F(y) of Eq. 12: symbolic derivations, the tabulated NumPy kernel against mpmath quadrature, edge values."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.numeric.cosmology.entropy import F, F_boson, F_fermion
from mevscalar.generated import entropy_mp, entropy_np
from mevscalar.model import entropy as model
from mevscalar.validate import ParameterError

KINDS = ("fermion", "boson")


def ref_F(y, kind, dps=30):
    """Eq. 12 by mpmath quadrature (the generated twin: shifted form, e^{-y} explicit)."""
    if y == 0:
        return mpmath.mpf(1) if kind == "fermion" else mpmath.mpf(8) / 7
    with mpmath.workdps(dps):
        return getattr(entropy_mp, f"F_{kind}")(y)


def ref_F_unshifted(y, kind, dps=30):
    """Eq. 12 exactly as printed (x from y to inf), for moderate y where mpmath.quad keeps its accuracy."""
    s = 1 if kind == "fermion" else -1
    with mpmath.workdps(dps):
        y = mpmath.mpf(y)
        f = lambda x: (4 * x**2 - y**2) * mpmath.sqrt(x**2 - y**2) / (mpmath.exp(x) + s)  # noqa: E731
        return 30 / (7 * mpmath.pi**4) * mpmath.quad(f, [y, y + 1, y + 10, mpmath.inf])


def ref_F_bessel(y, kind, dps=30):
    """The Bessel series 90/(7 pi^4) y^3 sum (-+1)^(n+1) K_3(n y)/n (converges fast for y >~ 1)."""
    s = 1 if kind == "fermion" else -1
    with mpmath.workdps(dps):
        y = mpmath.mpf(y)
        tot, n = mpmath.mpf(0), 1
        while True:
            t = (-s) ** (n + 1) * mpmath.besselk(3, n * y) / n
            tot += t
            if abs(t) < mpmath.mpf(10) ** (-dps) * abs(tot):
                break
            n += 1
        return 90 / (7 * mpmath.pi**4) * y**3 * tot


# --------------------------------------------------------------------------- symbolic
@pytest.mark.parametrize("kind", KINDS)
def test_shifted_form_is_eq12(kind):
    assert model.check_shift(kind)


def test_massless_limits_are_1_and_8_over_7():
    lim = model.massless_limits()
    assert lim["fermion"] == 1 and lim["boson"] == sp.Rational(8, 7)


def test_bessel_term_identity():
    assert model.bessel_term_identity()


@pytest.mark.parametrize("kind", KINDS)
def test_high_T_series_y2_term_agrees_with_direct_derivation_from_eq12(kind):
    """Two independent derivations of dF/d(y^2) at 0: Dolan-Jackiw pressure vs differentiating Eq. 12."""
    series = model.high_temperature_series(kind)
    c2 = sp.Poly(series, model.y).coeff_monomial(model.y**2)
    assert sp.simplify(c2 - model.y2_coefficient_from_eq12(kind)) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_high_T_series_has_no_log(kind):
    """The y^4 log y term of the pressure cancels in the entropy (so F_fermion is even and analytic)."""
    series = model.high_temperature_series(kind)
    assert not series.has(sp.log)
    c0 = series.subs(model.y, 0)
    assert c0 == (1 if kind == "fermion" else sp.Rational(8, 7))


@pytest.mark.parametrize("kind,y", [("fermion", 0.7), ("boson", 0.7), ("fermion", 3.0), ("boson", 5.0)])
def test_bessel_series_equals_quadrature(kind, y):
    a, b = ref_F_bessel(y, kind), ref_F(y, kind)
    assert abs(a / b - 1) < 1e-25  # both at 30 digits


@pytest.mark.parametrize("kind,y", [("fermion", 0.01), ("boson", 0.3), ("fermion", 4.0), ("boson", 20.0)])
def test_shifted_quadrature_equals_eq12_as_printed(kind, y):
    assert abs(ref_F(y, kind) / ref_F_unshifted(y, kind) - 1) < 1e-25


def test_unshifted_quadrature_loses_accuracy_at_large_y():
    """Why the kernel's exact form pulls e^{-y} out: mpmath.quad of Eq. 12 as printed misses at y = 100."""
    with mpmath.workdps(30):
        y = mpmath.mpf(100)
        f = lambda x: (4 * x**2 - y**2) * mpmath.sqrt(x**2 - y**2) / (mpmath.exp(x) + 1)  # noqa: E731
        naive = 30 / (7 * mpmath.pi**4) * mpmath.quad(f, [y, mpmath.inf])
    assert abs(naive / ref_F_bessel(100, "fermion") - 1) > 1e-9
    assert abs(ref_F(100, "fermion") / ref_F_bessel(100, "fermion") - 1) < 1e-25


# --------------------------------------------------------------------------- codegen-time quadrature rule
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("y", [0.0, 1e-3, 0.3, 2.0, 50.0, 700.0])
def test_codegen_rule_matches_mpmath_quad(kind, y):
    """The fixed exp-sinh rule that feeds the table fit is accurate far beyond double precision."""
    from mevscalar.codegen.tabulate import scaled_value

    spec = model._table(kind)
    got = scaled_value(spec, y)
    with mpmath.workdps(30):
        ref = ref_F(y, kind) * mpmath.exp(y)
    assert abs(got / ref - 1) < 1e-17


# --------------------------------------------------------------------------- the NumPy kernel
#: Over [0, 700] the kernel's relative error is ~4e-16 (docs/entropy.md); 1e-14 leaves room for libm
#: differences in exp() and is still 100x tighter than the 1e-12 the twin tests promise.
RTOL = 1e-14

BREAKS = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0, 96.0,
          128.0, 192.0, 256.0, 384.0, 512.0]


@pytest.mark.parametrize("kind", KINDS)
def test_kernel_on_a_grid_against_quadrature(kind):
    ys = sorted(set(np.round(np.concatenate([
        np.linspace(0.0, 2.0, 9), np.geomspace(1e-6, 700.0, 25), BREAKS, [699.9, 700.0]]), 12)))
    got = F_fermion(np.array(ys)) if kind == "fermion" else F_boson(np.array(ys))
    for y, g in zip(ys, got):
        ref = float(ref_F(y, kind, dps=25))
        assert abs(g - ref) <= RTOL * ref, (y, g, ref)


@pytest.mark.parametrize("kind", KINDS)
def test_kernel_linear_sampling_hypothesis(kind):
    """Uniform in y on [0, 700] (the twin test samples log y): the large-y half gets its share."""
    f = F_fermion if kind == "fermion" else F_boson

    @settings(max_examples=25)
    @given(st.floats(0.0, 700.0, allow_nan=False))
    def prop(y):
        ref = float(ref_F(y, kind, dps=25))
        assert abs(f(y) - ref) <= RTOL * ref

    prop()


@pytest.mark.parametrize("kind", KINDS)
def test_continuity_at_segment_edges(kind):
    """The tabulated G = F e^y (slope |d ln G/dy| < 3) jumps by < 1e-14 across every segment edge."""
    f = getattr(entropy_np, f"_tab_F_{kind}")
    b = np.array(BREAKS)
    below = np.nextafter(b, 0)
    lo, hi = f(below) * np.exp(below), f(b) * np.exp(b)
    assert np.all(np.abs(hi / lo - 1) < 1e-14)


@pytest.mark.parametrize("kind", KINDS)
def test_exact_values_at_zero_and_beyond_the_table(kind):
    f = F_fermion if kind == "fermion" else F_boson
    f0 = 1.0 if kind == "fermion" else 8 / 7
    assert abs(f(0.0) - f0) <= 2e-16 * f0
    big = f(np.array([745.0, 768.0, 800.0, 1e5, 1e300, np.inf]))
    assert np.all(np.isfinite(big)) and np.all(big >= 0)
    assert np.all(big[1:] == 0.0)  # true values < 1e-327: 0 is the correctly rounded double
    # 708 < y < 768: subnormal or tiny, absolute error below the subnormal spacing times G
    y = np.array([710.0, 730.0, 745.0])
    for yy, g in zip(y, f(y)):
        assert abs(g - float(ref_F(yy, kind))) < 1e-315


@pytest.mark.parametrize("kind", KINDS)
def test_decreasing(kind):
    f = F_fermion if kind == "fermion" else F_boson
    y = np.linspace(0.0, 50.0, 20001)
    v = f(y)
    assert np.all(np.diff(v) <= 1e-15 * v[:-1])


def test_broadcast_and_scalars():
    y = np.linspace(0.0, 10.0, 12).reshape(3, 4)
    assert F_fermion(y).shape == (3, 4)
    assert isinstance(F_boson(1.0), float)
    assert F(2.0, "boson") == F_boson(2.0)
    assert F_fermion([0.5, 1.0])[1] == F_fermion(1.0)


@pytest.mark.parametrize("bad", [-1.0, float("nan"), [0.1, -2.0], "abc"])
def test_bad_input_names_the_parameter(bad):
    with pytest.raises(ParameterError, match=r"\by\b"):
        F_fermion(bad)
    with pytest.raises(ParameterError, match="kind"):
        F(1.0, "scalar")


# --------------------------------------------------------------------------- high-T approximation error
@pytest.mark.parametrize("kind", KINDS)
def test_high_T_series_error_is_order_y6(kind):
    """Error of the O(y^4) high-temperature series: (F - series)/y^6 tends to a constant as y -> 0."""
    hT = getattr(entropy_np, f"F_{kind}_high_T")
    ratios = []
    for y in (0.4, 0.2, 0.1):
        exact = ref_F(y, kind)
        ratios.append(float((exact - hT(y)) / mpmath.mpf(y) ** 6))
    # the y^6 coefficient is O(1e-4): successive ratios converge (change < 5%), nonzero
    assert abs(ratios[2]) > 0
    assert abs(ratios[1] / ratios[2] - 1) < 0.05


@pytest.mark.parametrize("kind", KINDS)
def test_high_T_series_relative_error_numbers(kind):
    """The numbers quoted in docs/entropy.md: relative error of the O(y^4) series at y = 0.5 and 1."""
    hT = getattr(entropy_np, f"F_{kind}_high_T")
    e05 = abs(hT(0.5) / float(ref_F(0.5, kind)) - 1)
    e1 = abs(hT(1.0) / float(ref_F(1.0, kind)) - 1)
    assert e05 < 1e-4 and e1 < 5e-3 and e1 > e05
    assert math.isfinite(e1)
