"""cosmology.thermo: n, rho, p and their T, xi derivatives against independent references.

References: closed forms at m = 0 (zeta values; polylogarithms, mpmath.polylog, for xi != 0); the Bessel
series n = g T^3/(2 pi^2) sum_k (-s)^(k+1) e^(k xi) x^2 K_2(k x)/k (and its rho, p twins) for massive
species; mpmath quadrature (adaptive tanh-sinh at 30 digits) of the defining integrals; thermodynamic
identities by finite differences. Speed lives in benchmarks/bench_thermo.py, not here.
"""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.numeric.cosmology import thermo
from mevscalar.validate import ParameterError

FIELDS = thermo.FIELDS
ZETA3 = 1.2020569031595942


# --------------------------------------------------------------------------- references
def mp_reference(x, xi, fermion, dps=30):
    """All seven fields per g, at T = 1, by mpmath.quad of the defining integrals in p (q = p/T).

    Derivatives from differentiating f at fixed p: df/dxi = f(1 - s f), df/dT = eps f(1 - s f).
    Integrated in t, q = x sinh t (x > 0; entire integrand) or in v, q = v^2 (x = 0), with breakpoints at
    the scales of the integrand (the Fermi surface for degenerate fermions). mpmath's adaptive tanh-sinh
    rule, not the module's fixed trapezoid.
    """
    s = 1 if fermion else -1
    with mpmath.workdps(dps):
        x, xi = mpmath.mpf(x), mpmath.mpf(xi)
        # mpmath.quad's tolerance is absolute-like: integrate f e^L = O(1) (L = max(x - xi, 0)), scale back
        L = max(x - xi, 0)
        eL = mpmath.exp(-L)

        def occ(e, deriv):
            fs = 1 / (mpmath.exp(e - xi - L) + s * eL)  # = f e^L
            return fs * (1 - s * fs * eL) if deriv else fs

        def integral(meas, deriv):
            if x == 0:  # u = eps = v^2, dq = 2 v dv
                def g(v):
                    e = v * v
                    return meas(e * e, e) * occ(e, deriv) * 2 * v

                pts = {mpmath.mpf(0), mpmath.mpf(1) / 4, mpmath.mpf(1), mpmath.mpf(2), mpmath.mpf(3),
                       mpmath.mpf(5), mpmath.mpf(7), mpmath.mpf(10)}
                if fermion and xi > 0:
                    pts |= {mpmath.sqrt(xi + k) for k in (-8, -3, -1, 0, 1, 3, 8) if xi + k > 0}
            else:  # q = x sinh t, eps = x cosh t, dq = eps dt: an entire integrand
                def g(t):
                    e = x * mpmath.cosh(t)
                    return meas((x * mpmath.sinh(t)) ** 2, e) * occ(e, deriv) * e

                us = [mpmath.mpf(u) for u in ("1e-6", "1e-3", "0.03", "0.25", "1", "3", "8", "20", "50")]
                if fermion and xi > x:
                    us += [xi - x + k for k in (-8, -3, -1, 0, 1, 3, 8) if xi - x + k > 0]
                # f < e^-150 beyond u = 150 + max(xi - x, 0): a finite end (exp(-x cosh t) at t -> inf is slow)
                us.append(150 + max(xi - x, 0))
                pts = {mpmath.mpf(0)} | {mpmath.acosh(1 + u / x) for u in us}
            pts = sorted(pts) + ([mpmath.inf] if x == 0 else [])
            return mpmath.quad(g, pts, maxdegree=10) * eL / (2 * mpmath.pi**2)

        d = integral(lambda q2, e: q2, True)
        drho = integral(lambda q2, e: q2 * e, True)
        return {
            "n": float(integral(lambda q2, e: q2, False)),
            "rho": float(integral(lambda q2, e: q2 * e, False)),
            "p": float(integral(lambda q2, e: q2 * q2 / (3 * e), False)),
            "dn_dxi": float(d),
            "drho_dxi": float(drho),
            "dn_dT": float(drho),
            "drho_dT": float(integral(lambda q2, e: q2 * e * e, True)),
        }


def bessel_reference(x, xi, fermion):
    """n, rho, p per g at T = 1 from the Bessel series (converges for xi < x), mpmath at 30 digits."""
    s = 1 if fermion else -1
    terms = int(34 / (x - xi)) + 2  # e^{k (xi - x)} < 1e-15
    with mpmath.workdps(20):
        x, xi = mpmath.mpf(x), mpmath.mpf(xi)
        n = rho = p = mpmath.mpf(0)
        for k in range(1, terms + 1):
            c = (-s) ** (k + 1) * mpmath.exp(k * xi)
            k1, k2 = mpmath.besselk(1, k * x), mpmath.besselk(2, k * x)
            n += c * x**2 * k2 / k
            rho += c * (x**3 * k1 / k + 3 * x**2 * k2 / k**2)
            p += c * x**2 * k2 / k**2
        pre = 1 / (2 * mpmath.pi**2)
        return {"n": float(pre * n), "rho": float(pre * rho), "p": float(pre * p)}


def rel(a, b):
    return abs(a / b - 1.0)


# --------------------------------------------------------------------------- limits
def test_massless_xi0_limits():
    g = 2.0
    f = thermo.species(0.0, 1.7, 0.0, g, True)
    T = 1.7
    assert rel(f.rho, g * 7 / 8 * math.pi**2 / 30 * T**4) < 1e-12
    assert rel(f.n, g * 3 * ZETA3 / (4 * math.pi**2) * T**3) < 1e-12
    assert rel(f.p, f.rho / 3) < 1e-12
    # dn/dxi at xi = 0, m = 0: g T^3/(2 pi^2) Int q^2 f(1-f) = g T^3/(2 pi^2) 2 eta(2) = g T^3/12
    assert rel(f.dn_dxi, g * T**3 / 12) < 1e-12
    b = thermo.species(0.0, T, -1e-14, 1.0, False)  # bosons need xi < 0 at m = 0
    assert rel(b.rho, math.pi**2 / 30 * T**4) < 1e-12
    assert rel(b.n, ZETA3 / math.pi**2 * T**3) < 1e-12


@pytest.mark.parametrize("xi", [-60.0, -3.0, -0.2, 0.0, 0.4, 1.5, 4.0, 11.0, 30.0])
def test_massless_fermion_polylog(xi):
    """m = 0: n = -T^3 Li_3(-e^xi)/pi^2, rho = 3 p = -3 T^4 Li_4(-e^xi)/pi^2 per dof; xi-derivatives Li_2, Li_3."""
    T, g = 0.8, 1.0
    z = -mpmath.exp(xi)
    ref = {
        "n": -T**3 * mpmath.polylog(3, z) / mpmath.pi**2,
        "rho": -3 * T**4 * mpmath.polylog(4, z) / mpmath.pi**2,
        "p": -T**4 * mpmath.polylog(4, z) / mpmath.pi**2,
        "dn_dxi": -T**3 * mpmath.polylog(2, z) / mpmath.pi**2,
        "drho_dxi": -3 * T**4 * mpmath.polylog(3, z) / mpmath.pi**2,
        # d/dT at fixed xi of homogeneous T^3, T^4 functions
        "dn_dT": -3 * T**2 * mpmath.polylog(3, z) / mpmath.pi**2,
        "drho_dT": -12 * T**3 * mpmath.polylog(4, z) / mpmath.pi**2,
    }
    for fn in (thermo.species(0.0, T, xi, g, True), thermo.massless_fermion(T, xi, g)):
        for k, v in ref.items():
            assert rel(getattr(fn, k), float(v)) < 3e-12, (k, getattr(fn, k), float(v))


@pytest.mark.parametrize("x", [1.0, 5.0, 40.0, 300.0, 1e4])
@pytest.mark.parametrize("fermion", [True, False])
def test_bessel_series(x, fermion):
    """Massive species, xi < x: against the Bessel series (independent of any quadrature)."""
    for xi in (-60.0, -2.0, 0.0, min(0.5 * x, 25.0)) if x > 1 else (-60.0, 0.0):
        if not fermion and xi >= x:
            continue
        got = thermo.species(x * 2.0, 2.0, xi, 1.0, fermion)
        ref = bessel_reference(x, xi, fermion)
        for k, v in ref.items():
            if v < 1e-290:
                assert getattr(got, k) < 1e-280
                continue
            assert rel(getattr(got, k) / 2.0 ** (3 if k == "n" else 4), v) < 1e-11, (x, xi, k)


def test_nonrelativistic_mb_limit():
    """x >> 1, xi << 0: n -> g (mT/2pi)^(3/2) e^(xi - x) (1 + 15/(8x) + O(x^-2)) (K_2 asymptotics)."""
    m, T, xi, g = 500.0, 1.0, -3.0, 2.0
    x = m / T
    lead = g * (m * T / (2 * math.pi)) ** 1.5 * math.exp(xi - x)
    n = thermo.species(m, T, xi, g, True).n
    # K_2(x) ~ sqrt(pi/2x) e^-x (1 + 15/(8x) + 105/(128x^2) - 315/(1024x^3)), DLMF 10.40.2
    assert rel(n, lead * (1 + 15 / (8 * x) + 105 / (128 * x**2) - 315 / (1024 * x**3))) < 1e-11


# --------------------------------------------------------------------------- identities
@pytest.mark.parametrize("m,T,xi,fermion", [(0.511, 0.3, 0.2, True), (0.0, 2.0, -0.7, True),
                                            (3.0, 1.1, 5.0, True), (1.0, 0.7, 0.5, False),
                                            (0.0, 1.0, -0.3, False), (10.0, 1.0, -4.0, True)])
def test_thermodynamic_identities(m, T, xi, fermion):
    """dp/dxi|_T = T n, dp/dT|_xi = (rho + p)/T (i.e. rho + p = T s + mu n), and the derivative fields
    against central finite differences."""
    g = 3.0
    th = thermo.species(m, T, xi, g, fermion)
    hT, hx = 1e-5 * T, 1e-5

    def at(TT, xx):
        return thermo.species(m, TT, xx, g, fermion)

    up, dn = at(T + hT, xi), at(T - hT, xi)
    xu, xd = at(T, xi + hx), at(T, xi - hx)
    fd = 1e-8
    assert rel((xu.p - xd.p) / (2 * hx), T * th.n) < fd
    assert rel((up.p - dn.p) / (2 * hT), (th.rho + th.p) / T) < fd
    assert rel((up.n - dn.n) / (2 * hT), th.dn_dT) < fd
    assert rel((up.rho - dn.rho) / (2 * hT), th.drho_dT) < fd
    assert rel((xu.n - xd.n) / (2 * hx), th.dn_dxi) < fd
    assert rel((xu.rho - xd.rho) / (2 * hx), th.drho_dxi) < fd
    assert rel(th.dn_dT, th.drho_dxi / T**2) < 1e-14


# --------------------------------------------------------------------------- mpmath over the domain
TOL = 1e-10


def _check(x, xi, fermion):
    got = thermo.species(x, 1.0, xi, 1.0, fermion)
    ref = mp_reference(x, xi, fermion)
    for k in FIELDS:
        v, r = getattr(got, k), ref[k]
        assert math.isfinite(v)
        if r < 1e-290:
            assert v < 1e-280, (k, v, r)
        else:
            assert rel(v, r) < TOL, (x, xi, fermion, k, v, r)


@pytest.mark.parametrize("x,xi", [(0.0, -60.0), (1e-8, 0.0), (1e-3, 2.0), (0.05, 30.0), (0.3, 12.0), (1.0, 3.0),
                                  (3.0, 20.0), (30.0, 30.0), (100.0, -1.0), (700.0, 5.0)])
def test_grid_fermions(x, xi):
    _check(x, xi, True)


@pytest.mark.parametrize("x,dxi", [(0.0, 1e-3), (1e-3, 1e-3), (0.3, 0.01), (1.0, 1e-3), (10.0, 0.5), (50.0, 60.0)])
def test_grid_bosons(x, dxi):
    """Bosons up to xi = x - 1e-3 (the pole of f at eps = xi approaches the threshold eps = x)."""
    _check(x, x - dxi, False)


_x = st.one_of(st.just(0.0), st.floats(-8.0, 4.0).map(lambda v: 10.0**v))


@settings(max_examples=8, deadline=None)
@given(x=_x, xi=st.floats(-60.0, 30.0))
def test_fermions_vs_mpmath(x, xi):
    _check(x, xi, True)


@settings(max_examples=6, deadline=None)
@given(x=_x, gap=st.floats(-3.0, 1.8).map(lambda v: 10.0**v))
def test_bosons_vs_mpmath(x, gap):
    xi = x - gap if x > 0 else -gap
    if xi < -60.0:
        xi = -60.0
    _check(x, xi, False)


# --------------------------------------------------------------------------- API
def test_underflow_is_clean_zero():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        th = thermo.species(1e4, 1.0, -60.0, 2.0, True)
        b = thermo.species(1e4, 1.0, -60.0, 1.0, False)
    for t in (th, b):
        for k in FIELDS:
            assert getattr(t, k) == 0.0


def test_broadcasting_and_types():
    T = np.array([0.1, 0.5, 2.0])
    xi = np.array([[-1.0], [0.3]])
    th = thermo.species(0.511, T, xi, 2.0, True)
    assert th.n.shape == (2, 3)
    one = thermo.species(0.511, 0.5, 0.3, 2.0, True)
    assert isinstance(one.n, float)
    for k in FIELDS:
        assert getattr(th, k)[1, 1] == getattr(one, k)
    mf = thermo.massless_fermion(T, 0.1)
    assert mf.rho.shape == (3,)
    assert mf.rho[2] == thermo.massless_fermion(2.0, 0.1).rho
    with pytest.raises(Exception):
        one.n = 1.0  # frozen


@pytest.mark.parametrize("args,name", [
    ((1.0, 1.0, 1.0, 1.0, False), "xi"), ((0.0, 1.0, 0.0, 1.0, False), "xi"), ((1.0, 1.0, 2.0, 1.0, False), "xi"),
    ((1.0, 1.0, 31.0, 1.0, True), "xi"), ((1.0, 1.0, -61.0, 1.0, True), "xi"), ((1.0, 0.0, 0.0, 1.0, True), "T"),
    ((-1.0, 1.0, 0.0, 1.0, True), "m"), ((2e4, 1.0, 0.0, 1.0, True), "m/T"), ((1.0, 1.0, 0.0, 0.0, True), "g"),
    ((1.0, float("nan"), 0.0, 1.0, True), "T"), ((np.array([1.0, 1.0]), 1.0, np.array([0.5, 1.5]), 1.0, False), "xi"),
])
def test_bad_input_names_parameter(args, name):
    with pytest.raises(ParameterError, match=name):
        thermo.species(*args)


def test_massless_fermion_bad_input():
    with pytest.raises(ParameterError, match="xi"):
        thermo.massless_fermion(1.0, 40.0)
    with pytest.raises(ParameterError, match="T"):
        thermo.massless_fermion(-1.0, 0.0)


# --------------------------------------------------------------------------- fast paths (tables)
def _polylog_fields(T, xi, g):
    z = -mpmath.exp(xi)
    L = {s: -mpmath.polylog(s, z) for s in (2, 3, 4)}
    pi2 = mpmath.pi**2
    return {"n": g * T**3 * L[3] / pi2, "rho": 3 * g * T**4 * L[4] / pi2, "p": g * T**4 * L[4] / pi2,
            "dn_dxi": g * T**3 * L[2] / pi2, "drho_dxi": 3 * g * T**4 * L[3] / pi2,
            "dn_dT": 3 * g * T**2 * L[3] / pi2, "drho_dT": 12 * g * T**3 * L[4] / pi2}


@settings(max_examples=20, deadline=None)
@given(xi=st.floats(-60.0, 30.0), T=st.floats(1e-3, 1e2))
def test_massless_tables_vs_polylog(xi, T):
    """The table path is exact to ~1e-15 (contract 1e-10): all seven fields vs mpmath.polylog closed forms."""
    got = thermo.massless_fermion(T, xi, 2.0)
    with mpmath.workdps(30):
        ref = _polylog_fields(mpmath.mpf(T), mpmath.mpf(xi), 2)
    for k in FIELDS:
        assert rel(getattr(got, k), float(ref[k])) < 2e-14, (k, xi, T)


@pytest.mark.parametrize("x", [1e-4, 0.01, 0.3, 0.73, 2.0, 9.0, 40.0, 150.0, 650.0])
def test_electron_tables_vs_mpmath_quadrature(x):
    """xi = 0 fermions (the e+-) come from tables in x = m/T: vs mpmath quadrature of the defining integrals."""
    T = 0.9
    got = thermo.species(x * T, T, 0.0, 4.0, True)
    ref = mp_reference(x, 0.0, True)
    scale = {"n": T**3, "rho": T**4, "p": T**4, "dn_dxi": T**3, "drho_dxi": T**4, "dn_dT": T**2, "drho_dT": T**3}
    for k in FIELDS:
        assert rel(getattr(got, k), 4.0 * scale[k] * ref[k]) < 1e-13, (x, k)


def test_scalar_table_evaluator_matches_generated_kernels():
    """The Python Horner path reads the generated coefficient arrays on its own copy of the segment layout: it
    must give the generated vectorised kernels' numbers (checks the layout constants too)."""
    from mevscalar.generated import thermo_np as K

    xi = np.concatenate([np.linspace(-60.0, 30.0, 2001), [0.0, -0.0, 5e-324, -5e-324, 0.25, 0.5, 1.0, 32.0, 60.0]])
    xi = xi[(xi >= -60.0) & (xi <= 30.0)]
    vec = np.array([K.thermo_fd_L2(xi), K.thermo_fd_L3(xi), K.thermo_fd_L4(xi)])
    sca = np.array([thermo.fd_integrals(float(v)) for v in xi]).T
    assert np.all(np.abs(sca - vec) <= 4.5e-16 * np.abs(vec))
    x = np.concatenate([np.geomspace(1e-6, 800.0, 1500), [0.0, 1 / 64, 0.5, 1.0, 8.0, 512.0, 767.9, 768.0, 1e4]])
    names = ("p_f", "n_f", "rho_f", "n_df", "rho_df", "drho_dT_df")
    vec = np.array([getattr(K, f"thermo_e0_{n}")(x) for n in names])
    sca = np.array([sum(thermo._integrals_e0(float(v)), ()) for v in x]).T
    assert np.all(np.abs(sca - vec) <= 4.5e-16 * np.abs(vec))


def _edges(k0, n0, per_octave, y_max):
    e = [2.0**k0 * i / n0 for i in range(1, n0 + 1)]
    lo = 2.0**k0
    while lo < y_max:
        e += [lo * (1 + j / per_octave) for j in range(1, per_octave + 1) if lo * (1 + j / per_octave) < y_max]
        lo *= 2.0
    return e


def test_tables_are_smooth_across_segment_edges():
    """The solver is implicit: pieces must join. Relative jump between the two polynomials at every segment
    edge (left limit vs right value) <= 2e-15, and across xi = 0 (the two branches of L_s)."""
    from mevscalar.generated import thermo_np as K

    for y in _edges(-1, 2, 8, 64.0):
        for s in (2, 3, 4):
            H = getattr(K, f"_tab_fd_h{s}")
            a, b = H(np.array([math.nextafter(y, 0.0)])), H(np.array([y]))
            assert abs(a[0] - b[0]) <= 2e-15 * abs(b[0]), (s, y)
    for y in _edges(-6, 1, 4, 768.0):  # G = e^x times the integrals (the Python evaluator's output)
        for a, b in zip(thermo._H_E0(math.nextafter(y, 0.0)), thermo._H_E0(y)):
            assert abs(a - b) <= 2e-15 * abs(b), y
    lo, hi = thermo.fd_integrals(-1e-300), thermo.fd_integrals(1e-300)
    for a, b in zip(lo, hi):
        assert abs(a - b) <= 2e-15 * abs(b)


def test_fast_paths_agree_with_the_quadrature():
    """Tables (m = 0; xi = 0) and the fixed-rule quadrature (the path for other xi) are the same functions: the
    quadrature's own accuracy (3e-12) bounds their difference."""
    for xi in (-30.0, -1.0, 0.0, 0.7, 12.0):
        a = thermo.massless_fermion(1.3, xi, 2.0)
        I0, I1 = thermo._integrals(0.0, xi, True)
        b = thermo._assemble(1.3, 2.0, I0, I1)
        for k, v in zip(FIELDS, b):
            assert rel(getattr(a, k), v) < 3e-12, (xi, k)
    for x in (0.02, 0.6, 5.0, 90.0):
        a = thermo.species(x * 2.0, 2.0, 0.0, 4.0, True)
        b = thermo._assemble(2.0, 4.0, *thermo._integrals(x, 0.0, True))
        for k, v in zip(FIELDS, b):
            assert rel(getattr(a, k), v) < 3e-12, (x, k)


def test_fast_path_types_and_values():
    """Plain floats, ints and numpy scalars give identical results (fast path vs validated path)."""
    a = thermo.massless_fermion(1.5, -0.25, 2.0)
    for args in ((1.5, -0.25, 2), (np.float64(1.5), np.float64(-0.25), 2.0), (np.array(1.5), -0.25, 2.0)):
        b = thermo.massless_fermion(*args)
        assert all(getattr(a, k) == getattr(b, k) for k in FIELDS)
    e = thermo.species(0.511, 0.7, 0.0, 4.0, True)
    assert e == thermo.species(np.float64(0.511), 0.7, 0, 4, True)
    assert isinstance(e.n, float) and isinstance(a.rho, float)
    with pytest.raises(ParameterError, match="xi"):
        thermo.massless_fermion(1.0, 31.0, 2.0)
    with pytest.raises(ParameterError, match="T"):
        thermo.species(0.5, float("nan"), 0.0, 4.0, True)


def test_boson_node_count_is_piecewise_constant():
    """phi in the solver: along T at fixed m and xi the quadrature uses 40 2^k intervals, 40 while x - xi >~ 1
    (so the fields are smooth in T there), and doubles only where the pole of f approaches the threshold."""
    counts = {len(thermo._nodes(2.0 / T, 0.3, False)[1]) - 1 for T in np.geomspace(0.01, 1.0, 300)}
    assert counts == {40}
    for x in (0.1, 1.0, 10.0, 100.0):
        for gap in (3.0, 0.3, 0.03, 1e-3):
            n = len(thermo._nodes(x, x - gap, False)[1]) - 1
            assert n % 40 == 0 and (n // 40) & (n // 40 - 1) == 0, (x, gap, n)


# --------------------------------------------------------------------------- bosons at the condensation bound
def _mp_boson_near(x, a):
    """mp_reference (adaptive tanh-sinh in t at 30 digits, integrands scaled to O(1)) at xi = x - a: 30 digits
    absorb the cancellation in eps - xi (a >= 1e-12 x loses 12 of them)."""
    return mp_reference(x, x - a, False)


@settings(max_examples=8, deadline=None)
@given(lx=st.floats(-4.0, 0.0), la=st.floats(-12.0, 0.0))
def test_bosons_near_condensation_vs_mpmath(lx, la):
    """x in [1e-4, 1], a = x - xi in [1e-12, x): all seven fields to 1e-10 (measured <= 1e-13)."""
    x = 10.0**lx
    a = min(10.0**la, 0.999 * x)
    xi = x - a
    got = thermo.species(x, 1.0, xi, 1.0, False)
    ref = _mp_boson_near(x, x - xi)  # x - xi: the exact a the module sees
    for k in FIELDS:
        assert rel(getattr(got, k), ref[k]) < TOL, (x, a, k, getattr(got, k), ref[k])


@pytest.mark.parametrize("x,a", [(1e-4, 1e-12), (0.01, 1e-12), (1.0, 1e-12), (1e4, 1e-8)])
def test_bosons_near_condensation_grid(x, a):
    got = thermo.species(x, 1.0, x - a, 1.0, False)
    ref = _mp_boson_near(x, a)
    for k in FIELDS:
        assert rel(getattr(got, k), ref[k]) < TOL, (x, a, k)


def test_boson_node_count_does_not_depend_on_the_gap():
    """The near-threshold pole is corrected in closed form: the rule at fixed x is the same for every a = x - xi
    (down to 1e-12 max(1, x)); the phi path of the solver (m = 0.01 MeV from T = 9 MeV) stays at 40-80 nodes."""
    for x in (1e-4, 1e-3, 0.01, 0.3, 1.0, 10.0, 1e3, 1e4):
        counts = {len(thermo._nodes(x, x - a, False)[1]) - 1 for a in np.geomspace(1e-12 * max(1.0, x), 0.9 * x, 40)}
        assert len(counts) == 1 and counts <= {40, 80}, (x, counts)
    # the brief's failing call: now finite and accurate, xi within 1e-12 of m/T
    x = 0.01 / 9.0
    th = thermo.species(0.01, 9.0, x - 1e-12, 1.0, False)
    assert all(math.isfinite(getattr(th, k)) for k in FIELDS)


def _jump(a, b):
    return max(rel(getattr(a, k), getattr(b, k)) for k in FIELDS)


def test_boson_regime_boundaries_join():
    """Where the rule changes (the pole correction switches on at xi = 0+ and off at c theta = a + 45; the node
    count doubles in x), neighbouring (x, xi) agree to ~1e-13 in every field (the solver is implicit)."""
    for x in (1e-3, 0.05, 1.0, 20.0):  # xi = 0: correction off below, on above (it is ~e^-(pi^2/h) there)
        lo = thermo.species(x, 1.0, -1e-15, 1.0, False)
        hi = thermo.species(x, 1.0, 1e-15, 1.0, False)
        assert _jump(lo, hi) < 1e-13, x
    # node-count doublings along x at a fixed small gap and at xi = 0
    for a_rel in (1e-12, 1e-6, None):
        xs = np.geomspace(1e-4, 1e4, 400)
        ns = [len(thermo._nodes(x, (x - a_rel * x) if a_rel else 0.0, False)[1]) for x in xs]
        for i in np.nonzero(np.diff(ns))[0]:
            x0, x1 = xs[i], xs[i + 1]
            for _ in range(50):  # bisect to neighbouring doubles on either side of the switch
                xm = 0.5 * (x0 + x1)
                nm = len(thermo._nodes(xm, (xm - a_rel * xm) if a_rel else 0.0, False)[1])
                x0, x1 = (xm, x1) if nm == ns[i] else (x0, xm)
            f = (lambda x: thermo.species(x, 1.0, x - a_rel * x, 1.0, False)) if a_rel else \
                (lambda x: thermo.species(x, 1.0, 0.0, 1.0, False))
            assert _jump(f(x0), f(x1)) < 3e-13, (a_rel, x0, x1, _jump(f(x0), f(x1)))


def test_boson_near_condensation_is_smooth_in_xi():
    """No roundoff noise from the closed-form pole correction (its cancellation-free form): at points along
    xi -> x, the fourth difference over 5 neighbouring xi (steps of 1e-4 a) of every field is <= 1e-13 of it
    (a smooth function gives ~(1e-4)^4; noise of the naive B' + B cot(theta) form was ~1e-12)."""
    for x in (1e-3, 1.0, 100.0):
        for a in np.geomspace(1e-12 * max(1.0, x), 0.5 * x, 9):
            # an exactly uniform grid in xi: steps that are whole multiples of ulp(xi) within one binade
            xi0 = x - a
            u = math.ulp(xi0)
            step = u * max(1.0, round(1e-4 * a / u))
            rows = np.array([[getattr(thermo.species(x, 1.0, xi0 + k * step, 1.0, False), f) for f in FIELDS]
                             for k in (-2, -1, 0, 1, 2)])
            d4 = rows[0] - 4 * rows[1] + 6 * rows[2] - 4 * rows[3] + rows[4]
            smooth = 10.0 * step**4 * (1.0 + a**-4.0)  # d4 of e^-a or a^-1/2 shapes: ~ step^4 f(4)/f
            assert np.all(np.abs(d4) <= (1e-13 + smooth) * np.abs(rows[2])), (x, a, np.abs(d4 / rows[2]).max())
