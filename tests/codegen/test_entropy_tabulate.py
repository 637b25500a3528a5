"""codegen/tabulate.py (the machinery behind the F(y) kernel) on toy tables with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp

from mevscalar.codegen import tabulate
from mevscalar.codegen.registry import Kernel, Range

u, y = sp.symbols("u_toy y_toy", positive=True)


def _toy(exp_scaled: bool, name: str, degree: int = 4) -> tabulate.Table:
    # Integral_0^inf e^{-u} (u + y)^2 du = y^2 + 2 y + 2: a polynomial, so degree >= 2 is exact
    return tabulate.Table(
        name=name, var=y, integration_var=u, prefactor=sp.Integer(1), integrand=sp.exp(-u) * (u + y) ** 2,
        degree=degree, per_octave=2, exp_scaled=exp_scaled, doc="toy",
    )


def _load(spec):
    ns = {}
    exec(compile("import numpy\n" + tabulate.support_source([tabulate.table_function(spec)(y)]), "toy", "exec"), ns)
    return ns[f"_tab_{spec.name}"]


def test_layout_is_contiguous_and_binary():
    spec = _toy(False, "layout")
    segs = spec.segments()
    assert segs[0][0] == 0.0 and segs[-1][1] == spec.y_max
    assert all(a[1] == b[0] for a, b in zip(segs, segs[1:]))
    # per binade [2^(e-1), 2^e): per_octave equal pieces
    assert (1.0, 1.5) in segs and (1.5, 2.0) in segs and (512.0, 768.0) in segs


def test_polynomial_is_reproduced_everywhere_including_clamp():
    f = _load(_toy(False, "poly"))
    ys = np.concatenate([np.linspace(0, 1, 101), np.geomspace(1e-9, 767.9, 400)])
    exact = ys**2 + 2 * ys + 2
    assert np.allclose(f(ys), exact, rtol=1e-14, atol=0)
    top = 767.9999999999999
    assert f(1e6) == pytest.approx(top**2 + 2 * top + 2, rel=1e-14)  # clamped just below y_max
    assert f(np.array(3.0)).shape == () and isinstance(f(3.0), float)
    big = np.linspace(0, 700, 50_000)  # several chunks
    assert np.allclose(f(big), big**2 + 2 * big + 2, rtol=1e-14, atol=0)
    assert f(np.zeros((0,))).shape == (0,)


def test_exp_scaled_gives_exact_zero_at_and_beyond_underflow():
    f = _load(_toy(True, "scaled"))
    ys = np.array([0.0, 1.0, 50.0, 700.0])
    assert np.allclose(f(ys), np.exp(-ys) * (ys**2 + 2 * ys + 2), rtol=1e-14, atol=0)
    assert np.all(f(np.array([760.0, 800.0, np.inf])) == 0.0)


def test_degree_too_low_is_refused():
    # (u + y)^2 e^{-u} integrates to a quadratic: degree 1 leaves a nonzero last coefficient... and
    # a function with curvature on every segment must be rejected, not silently truncated
    spec = tabulate.Table(
        name="lowdeg", var=y, integration_var=u, prefactor=sp.Integer(1),
        integrand=sp.exp(-u) * sp.sqrt(u + y), degree=2,
    )
    with pytest.raises(ValueError, match="raise the degree"):
        tabulate.coefficients(spec)


def test_emission_is_deterministic():
    a = tabulate.support_source([tabulate.table_function(_toy(False, "det"))(y)])
    tabulate.coefficients.cache_clear()
    tabulate._split_rule.cache_clear()
    b = tabulate.support_source([tabulate.table_function(_toy(False, "det"))(y)])
    assert a == b and "_TAB_DET" in a


def test_kernel_with_a_table_prints_a_call():
    from mevscalar.codegen import emit

    spec = _toy(True, "ktoy")
    k = Kernel(
        name="ktoy", args=(y,), expr=sp.exp(-y) * sp.Integral(sp.exp(-u) * (u + y) ** 2, (u, 0, sp.oo)),
        numeric=tabulate.table_function(spec)(y), domain={"y_toy": Range(1e-3, 100.0)}, units="1",
        equation="test", doc="toy",
    )
    files = emit.generate(registry={"toy": [k]})
    ns_np, ns_mp = {}, {}
    exec(compile(files["toy_np.py"], "toy_np", "exec"), ns_np)
    exec(compile(files["toy_mp.py"], "toy_mp", "exec"), ns_mp)
    for v in (0.01, 1.0, 30.0):
        assert ns_np["ktoy"](v) == pytest.approx(float(ns_mp["ktoy"](v)), rel=1e-13)
    assert math.isfinite(ns_np["ktoy"](np.inf)) and ns_np["ktoy"](np.inf) == 0.0


def test_evalf_of_a_tabulated_function_uses_the_mpmath_rule():
    for scaled in (False, True):
        spec = _toy(scaled, f"ev{int(scaled)}")
        val = sp.N(tabulate.table_function(spec)(sp.Integer(3)), 20)  # a Float argument evaluates at its own 15 digits
        want = sp.Integer(17) * (sp.exp(-3) if scaled else 1)
        assert abs(sp.N(val - want, 25)) < 1e-17 * sp.N(want, 25)


def test_laguerre_rule_is_exact_for_polynomials_and_guarded():
    import mpmath

    spec = tabulate.Table(
        name="lag", var=y, integration_var=u, prefactor=sp.Integer(1),
        integrand=sp.sqrt(u) * sp.exp(-u) * (u + y) ** 2, degree=4, per_octave=2, laguerre=("1/2", 6, 3.0),
    )
    with mpmath.workdps(30):
        for v in (3.0, 10.0, 500.0):
            want = mpmath.gamma(3.5) + 2 * v * mpmath.gamma(2.5) + v**2 * mpmath.gamma(1.5)
            assert abs(tabulate.scaled_value(spec, v, "laguerre") / want - 1) < 1e-19
            assert abs(tabulate.scaled_value(spec, v, "de") / want - 1) < 1e-17
    f = _load(spec)
    ys = np.array([0.1, 2.9, 3.0, 7.0, 600.0])
    want = [float(mpmath.gamma(3.5) + 2 * v * mpmath.gamma(2.5) + v**2 * mpmath.gamma(1.5)) for v in ys]
    assert np.allclose(f(ys), want, rtol=1e-14, atol=0)
    # a 2-point rule cannot integrate sqrt(u) e^{-u}/(1 + u + y) at y = 1 to 1e-18: refused at codegen
    bad = tabulate.Table(
        name="lagbad", var=y, integration_var=u, prefactor=sp.Integer(1),
        integrand=sp.sqrt(u) * sp.exp(-u) / (1 + u + y), degree=4, laguerre=("1/2", 2, 1.0),
    )
    with pytest.raises(ValueError, match="Gauss-Laguerre"):
        tabulate.coefficients(bad)
