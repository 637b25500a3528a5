"""phi <-> a a collision terms (numeric/cosmology/decays.py) against independent references.

References: the Maxwell-Boltzmann closed forms (Bessel K, scipy.special.kve), the free-decay limit
-Gamma n_phi <m/E> by mpmath quadrature, exact detailed balance, and the full (un-reduced) collision
integral over the phi momentum and the rest-frame decay angle evaluated with mpmath (:func:`full_integral`;
stored values, recomputed when MEVSCALAR_SLOW=1: 1-7 minutes per point).
"""

from __future__ import annotations

import math
import os

import mpmath
import numpy as np
import pytest
from scipy.special import kve

from mevscalar.numeric.cosmology import decays
from mevscalar.validate import ParameterError


def full_integral(m, gamma, tp, xp, td, xd, kind, dps=20):
    """Un-reduced collision integral of phi: (1/2 pi^2) Int p^2 dp (-m Gamma/E) (1/2) Int_{-1}^{1} dc F,
    F = f_phi (1 -+ f_1)(1 -+ f_2) - (1 + f_phi) f_1 f_2, E_1 = (E + p c)/2, E_2 = E - E_1 (massless daughters)."""
    s = 1 if kind == "fermion" else -1
    with mpmath.workdps(dps):
        m, tp, xp, td, xd = map(mpmath.mpf, (m, tp, xp, td, xd))

        def F(E, p, c):
            E1 = (E + p * c) / 2
            E2 = E - E1
            f1 = 1 / (mpmath.exp(E1 / td - xd) + s)
            f2 = 1 / (mpmath.exp(E2 / td - xd) + s)
            fp = 1 / (mpmath.exp(E / tp - xp) - 1)
            return fp * (1 - s * f1) * (1 - s * f2) - (1 + fp) * f1 * f2

        def inner(p):
            E = mpmath.sqrt(p * p + m * m)
            return -(m / E) * mpmath.quad(lambda c: F(E, p, c), [-1, 0, 1]) / 2

        tmin, tmax = min(tp, td), max(tp, td)
        edge = max(0, 2 * xd * td)
        pts = sorted({0, m / 4, m, 2 * tmin, 8 * tmin, tmax, 4 * tmax, 16 * tmax, edge, edge + 4 * td,
                      edge + 16 * td, 70 * tmax + 1.5 * edge})
        n = mpmath.quad(lambda p: p * p * inner(p), pts)
        r = mpmath.quad(lambda p: p * p * mpmath.sqrt(p * p + m * m) * inner(p), pts)
        k = gamma / (2 * mpmath.pi**2)
        return float(k * n), float(k * r)


#: (m, gamma, t_phi, xi_phi, t_d, xi_d, daughter) -> (dn_phi/dt, drho_phi/dt) from full_integral (20 digits)
FULL = [
    ((1.0, 1.0, 1.0, 0.0, 0.8, 0.0, "fermion"), (-0.010040706883261261, -0.0324749768604235)),
    ((1.0, 1.0, 0.5, 0.3, 0.7, -0.2, "boson"), (0.004504122332359679, 0.012157495203173236)),
    ((1.0, 1.0, 2.0, 0.0, 1.0, 3.0, "fermion"), (0.5042463111565197, 1.9441097390214483)),
    ((0.01, 1.0, 1.0, 0.0, 1.2, 0.0, "boson"), (0.009904326794212043, 0.010329885306436406)),
    ((1.0, 1.0, 0.1, 0.0, 0.3, 5.0, "fermion"), (0.07604290113762187, 0.15839148554562316)),
    ((1.0, 1.0, 10.0, 0.0, 0.01, 0.0, "fermion"), (-7.59665635113891, -120.88381769460982)),
    ((1.0, 1.0, 0.5, 0.0, 0.5, 20.0, "fermion"), (4.981330707632117, 50.83093864191282)),
    ((1.0, 1.0, 1.0, 0.99, 1.0, -0.5, "boson"), (-0.29364937929673773, -0.543058687554443)),
    ((1.0, 1.0, 500.0, 0.0, 400.0, -1.0, "fermion"), (-13231.62861939406, -11198707.351301195)),
    ((1.0, 1.0, 0.3, -2.0, 2.0, -50.0, "boson"), (-5.569752978862461e-05, -8.220592300750305e-05)),
    ((2.0, 1.0, 0.01, 0.0, 5.0, 0.0, "boson"), (16.643319616685517, 130.76966943957817)),
]


@pytest.mark.parametrize("args,ref", FULL)
def test_against_full_collision_integral(args, ref):
    got = decays.transfer(*args[:6], daughter=args[6])
    for g, r in zip(got, ref):
        assert abs(g - r) <= 1e-8 * abs(r), (args, got, ref)


@pytest.mark.skipif(os.environ.get("MEVSCALAR_SLOW") != "1", reason="minutes per point; MEVSCALAR_SLOW=1")
def test_full_integral_reference_recomputed():
    args, ref = FULL[0]
    assert np.allclose(full_integral(*args), ref, rtol=1e-12, atol=0)


def _mb_closed(m, g, tp, xp, td, xd):
    """The MB closed forms (model/decays.py step 5), with K_nu(y) = kve(nu, y) e^-y."""
    yp, yd = m / tp, m / td
    a1, b1 = tp * kve(1, yp) * math.exp(xp - yp), td * kve(1, yd) * math.exp(2 * xd - yd)
    a2, b2 = tp * kve(2, yp) * math.exp(xp - yp), td * kve(2, yd) * math.exp(2 * xd - yd)
    return -(m**2 * g / (2 * math.pi**2)) * (a1 - b1), -(m**3 * g / (2 * math.pi**2)) * (a2 - b2)


@pytest.mark.parametrize("yp", [1e-3, 0.05, 1.0, 20.0, 300.0, 700.0])
@pytest.mark.parametrize("yd", [1e-3, 0.3, 3.0, 60.0, 700.0])
@pytest.mark.parametrize("xis", [(0.0, 0.0), (-3.0, 1.0), (-40.0, -20.0)])
def test_mb_limit_is_bessel_closed_form(yp, yd, xis):
    xp, xd = xis
    got = decays.transfer(1.0, 1.0, 1 / yp, xp, 1 / yd, xd, statistics="mb")
    ref = _mb_closed(1.0, 1.0, 1 / yp, xp, 1 / yd, xd)
    for g, r in zip(got, ref):
        assert abs(g - r) <= 1e-12 * abs(r) + 1e-300, (yp, yd, xis, got, ref)


@pytest.mark.parametrize("daughter", decays.DAUGHTERS)
@pytest.mark.parametrize("statistics", decays.STATISTICS)
@pytest.mark.parametrize("y,xi_d", [(1e-3, 0.0), (0.5, -0.3), (1.0, -5.0), (3.0, 1.2), (50.0, 10.0), (700.0, -50.0)])
def test_detailed_balance(daughter, statistics, y, xi_d):
    if daughter == "boson" and xi_d > 0:
        xi_d = -xi_d
    xi_phi = 2 * xi_d
    if xi_phi >= y:
        pytest.skip("phi would condense")
    dn, drho = decays.transfer(1.0, 1.0, 1 / y, xi_phi, 1 / y, xi_d, daughter=daughter, statistics=statistics)
    # scale: the decay term alone (daughters removed, xi_d = -50)
    sn, srho = decays.transfer(1.0, 1.0, 1 / y, xi_phi, 1 / y, -50.0, daughter=daughter, statistics=statistics)
    assert abs(dn) <= 1e-13 * abs(sn) and abs(drho) <= 1e-13 * abs(srho), (dn, drho, sn, srho)


@pytest.mark.parametrize("daughter", decays.DAUGHTERS)
@pytest.mark.parametrize("y,xi_phi", [(1e-3, 0.0), (0.2, 0.1), (1.0, 0.0), (4.0, -2.0), (40.0, 0.0)])
def test_free_decay_limit(daughter, y, xi_phi):
    """f_d -> 0 (xi_d = -50): dn_phi/dt = -Gamma n_phi <m/E>, drho_phi/dt = -Gamma m n_phi (Bose phi)."""
    m, g, t = 1.0, 0.7, 1.0 / y
    with mpmath.workdps(25):
        fp = lambda p: 1 / (mpmath.exp(mpmath.sqrt(p * p + m * m) / t - xi_phi) - 1)
        pts = [0, m, t, 10 * t, 80 * t]
        n_me = mpmath.quad(lambda p: p * p * fp(p) * m / mpmath.sqrt(p * p + m * m), pts) / (2 * mpmath.pi**2)
        n = mpmath.quad(lambda p: p * p * fp(p), pts) / (2 * mpmath.pi**2)
    dn, drho = decays.transfer(m, g, t, xi_phi, t, -50.0, daughter=daughter)
    assert abs(dn + g * float(n_me)) <= 1e-9 * g * float(n_me)
    assert abs(drho + g * m * float(n)) <= 1e-9 * g * m * float(n)


@pytest.mark.parametrize("daughter", decays.DAUGHTERS)
@pytest.mark.parametrize("statistics", decays.STATISTICS)
def test_hotter_phi_heats_daughters(daughter, statistics):
    for m, t_phi, t_d in [(1.0, 1.0, 0.8), (1.0, 0.4, 0.3), (2.0, 5.0, 1.0)]:
        dn, drho = decays.transfer(m, 1e-3, t_phi, 0.0, t_d, 0.0, daughter=daughter, statistics=statistics)
        assert drho < 0 and dn < 0  # phi loses energy and number: the daughters (-drho, -2 dn) gain
        dn, drho = decays.transfer(m, 1e-3, t_d, 0.0, t_phi, 0.0, daughter=daughter, statistics=statistics)
        assert drho > 0 and dn > 0


def test_bookkeeping_and_linearity():
    """Linear in gamma (so the daughters' -2 dn, -drho scale with it); zero width gives zero."""
    a = decays.transfer(1.0, 1.0, 1.0, 0.0, 0.8, 0.0)
    b = decays.transfer(1.0, 3.0, 1.0, 0.0, 0.8, 0.0)
    assert np.allclose(np.array(b), 3 * np.array(a), rtol=1e-15)
    assert decays.transfer(1.0, 0.0, 1.0, 0.0, 0.8, 0.0) == (0.0, 0.0)


def test_broadcasts_like_scalar_calls():
    t_d = np.array([0.3, 0.8, 2.0])
    dn, drho = decays.transfer(1.0, 1.0, 1.0, 0.0, t_d, 0.5, daughter="fermion")
    for i, t in enumerate(t_d):
        s = decays.transfer(1.0, 1.0, 1.0, 0.0, float(t), 0.5, daughter="fermion")
        assert np.allclose([dn[i], drho[i]], s, rtol=1e-14, atol=0)


@pytest.mark.parametrize("daughter", decays.DAUGHTERS)
@pytest.mark.parametrize("statistics", decays.STATISTICS)
def test_domain_corners_are_finite(daughter, statistics):
    xis_d = [-50.0, 0.0] if daughter == "boson" else [-50.0, 0.0, 20.0]
    for yp in (1e-3, 700.0):
        for yd in (1e-3, 700.0):
            for xd in xis_d:
                for xp in (-30.0, 0.999 * yp):
                    out = decays.transfer(1.0, 1.0, 1 / yp, xp, 1 / yd, xd, daughter=daughter, statistics=statistics)
                    assert all(math.isfinite(v) for v in out), (yp, yd, xp, xd, out)


@pytest.mark.parametrize(
    "kw,name",
    [
        (dict(m=-1.0), "m"),
        (dict(gamma=-1e-3), "gamma"),
        (dict(t_phi=0.0), "t_phi"),
        (dict(t_phi=1e4), "t_phi"),
        (dict(t_d=1e-4), "t_d"),
        (dict(xi_phi=1.5), "xi_phi"),
        (dict(xi_d=25.0), "xi_d"),
        (dict(xi_d=0.5, daughter="boson"), "xi_d"),
        (dict(xi_d=float("nan")), "xi_d"),
        (dict(daughter="quark"), "daughter"),
        (dict(statistics="classical"), "statistics"),
    ],
)
def test_bad_input_names_parameter(kw, name):
    args = dict(m=1.0, gamma=1e-3, t_phi=1.0, xi_phi=0.0, t_d=1.0, xi_d=0.0)
    args.update(kw)
    with pytest.raises(ParameterError, match=name):
        decays.transfer(**args)


@pytest.mark.parametrize("kind", ["fermion"])
@pytest.mark.parametrize("eta,y_d,xi_d", [(0.7, 1.0, 3.0), (3.0, 1.0, 3.0), (0.33, 2.0, 1.05)])
def test_fused_kernel_f_eq_part_degenerate(kind, eta, y_d, xi_d):
    """rate_term with (y_s, r_s, c_s) = (y_d, q0, 0), q0 = y_d - 2 xi_d < 0: the f_eq part of degenerate
    fermion daughters, outside the kernel's twin-test domain (r_s > 0), against its mpmath twin (the E_1
    integral by quadrature); q = q0 + y_d (cosh eta - 1) is below, above and just above the Fermi edge."""
    from mevscalar.generated import decays_mp, decays_np

    q0 = y_d - 2 * xi_d
    got = getattr(decays_np, f"rate_term_{kind}")(eta, y_d, xi_d, y_d, q0, 0.0)
    with mpmath.workdps(30):
        ref = float(getattr(decays_mp, f"rate_term_{kind}")(eta, y_d, xi_d, y_d, q0, 0.0))
    assert abs(got - ref) <= 1e-12 * abs(ref), (got, ref)


@pytest.mark.parametrize("daughter", ["fermion", "boson"])
def test_transfer_many_equals_transfer(daughter):
    """transfer_many is transfer() point by point, in order (degenerate fermion daughters and MB points too)."""
    rng = np.random.default_rng(11)
    m = 1.5
    for _ in range(60):
        k = int(rng.integers(1, 7))
        tp = [float(m / rng.uniform(0.01, 20.0)) for _ in range(k)]
        xp = [float(min(rng.uniform(-20.0, 0.9), 0.9 * m / t)) for t in tp]
        td = [float(t * rng.uniform(0.8, 1.2)) for t in tp]
        hi = 3.0 if daughter == "fermion" else 0.0  # up to 2 xi_d - m/T_d > 4: the degenerate rule
        xd = [float(rng.uniform(-1.0, hi)) for _ in range(k)]
        got = decays.transfer_many(m, 1e-15, tp, xp, td, xd, daughter=daughter)
        assert got == [decays.transfer(m, 1e-15, *a, daughter=daughter) for a in zip(tp, xp, td, xd)]
    got = decays.transfer_many(m, 1e-15, [0.5], [-0.3], [0.5], [0.0], daughter=daughter, statistics="mb")
    assert got == [decays.transfer(m, 1e-15, 0.5, -0.3, 0.5, 0.0, daughter=daughter, statistics="mb")]
