"""QED corrections to the e+- gamma plasma EoS (numeric/cosmology/qed.py, model/qed.py).

References are independent of the code's fixed rules: closed-form massless limits (Kapusta & Gale; Bennett et al.
2020), mpmath.quad of the mpmath twins of the same integrands (J, D), adaptive QUADPACK (scipy) of the K double
integral, and the published Delta N_eff of Bennett et al., JCAP 03 (2020) 003 [arXiv:1911.04504], abstract:
delta N_eff^(2) ~= 0.010 "across a range of plausible neutrino decoupling temperatures" and
delta N_eff^(3) ~= -0.001, in the instantaneous decoupling approximation.
"""

from __future__ import annotations

import math
import timeit

import mpmath
import numpy as np
import pytest
import scipy.integrate as si
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.constants import M_E
from mevscalar.numeric.cosmology import qed
from mevscalar.generated import qed_mp, qed_np
from mevscalar.model import qed as mq
from mevscalar.validate import ParameterError

E = qed.E_CHARGE
C2 = -5 * E**2 / 288  # Kapusta & Gale Eq. (5.62) at mu = 0: P_2 = -5 e^2 T^4/288 (photons + e+-)
C3 = E**3 / (36 * math.sqrt(3) * math.pi)  # T m_D^3/(12 pi) with m_D^2 = e^2 T^2/3


# ---------------------------------------------------------------- symbolic checks
def test_massless_limits_symbolic():
    lim = mq.massless_limits()
    e = mq.e_q
    assert sp.simplify(lim["J0"] - sp.pi**2 / 12) == 0
    assert sp.simplify(lim["p2"] + 5 * e**2 / 288) == 0
    assert sp.simplify(lim["p3"] - e**3 / (36 * sp.sqrt(3) * sp.pi)) == 0


def test_dirac_algebra_and_angular_integral():
    assert all(v == 0 for v in mq.exchange_numerator().values())
    assert mq.angular_sum() == 0
    assert mq.check_fd_derivs()


def test_thermo_identities():
    """rho = 3p - y p', drho/dT / T^3 = 12 p - 6 y p' + y^2 p'' for P = T^4 p(m/T)."""
    p = sp.Function("p")(mq.y)
    P, rho, drho = mq.thermo_from_p(p)
    yy = mq.y
    assert sp.simplify(rho - (3 * p - yy * sp.diff(p, yy))) == 0
    assert sp.simplify(drho - (12 * p - 6 * yy * sp.diff(p, yy) + yy**2 * sp.diff(p, yy, 2))) == 0


# ---------------------------------------------------------------- massless limit, numerically
def test_massless_limit_numeric():
    y = 1e-7  # T = 5e6 m_e: the m^2 terms are O(y^2 ln y) ~ 1e-13
    I = qed._integrals(y)  # scaled by e^y
    assert I["j0"] * math.exp(-y) == pytest.approx(math.pi**2 / 12, rel=1e-12)
    assert I["d0"] * math.exp(-y) == pytest.approx(math.pi**2 / 6, rel=1e-12)
    v = qed.scaled_outputs(y) * np.repeat([math.exp(-y), math.exp(-1.5 * y)], 3)
    assert v[0] == pytest.approx(C2, rel=1e-11)
    assert v[1] == pytest.approx(3 * C2, rel=1e-11)  # rho = 3 P for P ~ T^4
    assert v[2] == pytest.approx(12 * C2, rel=1e-11)  # d rho/dT = 12 P/T
    assert v[3] == pytest.approx(C3, rel=1e-11)
    assert v[4] == pytest.approx(3 * C3, rel=1e-11)
    assert v[5] == pytest.approx(12 * C3, rel=1e-11)
    # at T = 100 MeV (y = 5.1e-3) the mass corrections are ~y^2 ln y: 1e-4 relative
    c2, c3 = qed.correction(100.0, 2), qed.correction(100.0, 3)
    assert c2.p / 100.0**4 == pytest.approx(C2, rel=3e-4)
    assert (c3.p - c2.p) / 100.0**4 == pytest.approx(C3, rel=3e-4)


# ---------------------------------------------------------------- against mpmath (J, D) and QUADPACK (K)
def _mp_1d(name, y):
    f = getattr(qed_mp, f"qed_{name}")
    with mpmath.workdps(17):
        xm = mpmath.sqrt(50 * (50 + 2 * mpmath.mpf(y)))
        pts = [0, min(y, 1), 2, 8, 20] + ([float(xm)] if xm > 20 else [40])
        return float(mpmath.quad(lambda x: f(x, y), sorted(set(pts))))


def _quadpack_k(name, y):
    f = getattr(qed_np, f"qed_{name}")

    def inner(x):
        pts = [y / x] if y < x else None
        return si.quad(lambda t: f(x, t, y), 0.0, 1.0, points=pts, epsabs=0.0, epsrel=1e-11, limit=200)[0]

    edges = [0.0, min(y, 1.0), 1.0, 3.0, 8.0, 20.0, math.sqrt(50 * (50 + 2 * y))]
    edges = sorted(set(edges))
    return sum(si.quad(inner, a, b, epsabs=0.0, epsrel=1e-11, limit=200)[0] for a, b in zip(edges[:-1], edges[1:]))


def _reference(T, with_k):
    y = M_E / T
    I = {n: _mp_1d(n, y) for n in ("j0", "j1", "j2", "d0", "d1", "d2")}
    if with_k:
        I.update({n: _quadpack_k(n, y) for n in ("k0", "k1", "k2")})
    else:
        I.update(k0=0.0, k1=0.0, k2=0.0)
    a2 = (I["j0"], I["j1"], I["j2"], I["k0"], I["k1"], I["k2"], y, E)
    a3 = (I["d0"], I["d1"], I["d2"], y, E)
    with mpmath.workdps(30):
        s2 = [mpmath.mpf(getattr(qed_mp, f"qed_{n}2_scaled")(*a2)) * mpmath.exp(-y) for n in ("p", "rho", "drho")]
        s3 = [mpmath.mpf(getattr(qed_mp, f"qed_{n}3_scaled")(*a3)) * mpmath.exp(-1.5 * mpmath.mpf(y)) for n in ("p", "rho", "drho")]
        T = mpmath.mpf(T)
        scale = (T**4, T**4, T**3)
        o2 = [s2[i] * scale[i] for i in range(3)]
        o3 = [(s2[i] + s3[i]) * scale[i] for i in range(3)]
    return o2, o3


def _close(got, ref, rtol=1e-8):
    ref = float(ref) if abs(ref) > 1e-300 else 0.0
    return abs(got - ref) <= rtol * abs(ref) + 1e-300


@pytest.mark.parametrize("T", [0.05, 0.6, 3.0])
def test_against_reference_with_log_term(T):
    o2, o3 = _reference(T, with_k=True)
    c2, c3 = qed.correction(T, 2), qed.correction(T, 3)
    for got, ref in zip((c2.p, c2.rho, c2.drho_dT, c3.p, c3.rho, c3.drho_dT), o2 + o3):
        assert _close(got, ref), (T, got, float(ref))


@settings(max_examples=12)
@given(st.floats(math.log(1e-3), math.log(100.0)))
def test_against_mpmath_hypothesis(logT):
    """Whole range; the K term (taken from QUADPACK above) is replaced by the code's own fixed rule here, so
    this checks the J, D quadrature, the assembly and the table (K itself: the test above)."""
    T = math.exp(logT)
    y = M_E / T
    o2, o3 = _reference(T, with_k=False)
    if y <= qed.Y_K_MAX:  # add the code's K contribution through the same assembly (it is linear in K)
        I = qed._integrals(y)
        a = lambda k0, k1, k2: (0.0, 0.0, 0.0, k0, k1, k2, y, E)  # noqa: E731
        for i, n in enumerate(("p", "rho", "drho")):
            kterm = getattr(qed_np, f"qed_{n}2_scaled")(*a(I["k0"], I["k1"], I["k2"])) * math.exp(-y)
            kterm *= T**4 if i < 2 else T**3
            o2[i] += kterm
            o3[i] += kterm
    c2, c3 = qed.correction(T, 2), qed.correction(T, 3)
    for got, ref in zip((c2.p, c2.rho, c2.drho_dT, c3.p, c3.rho, c3.drho_dT), o2 + o3):
        assert math.isfinite(got)
        assert _close(got, ref), (T, got, float(ref))


def test_derivatives_consistent_with_finite_differences():
    """rho = -P + T dP/dT and d rho/dT from the table agree with central differences of P and rho (5e-7)."""
    for T in (0.03, 0.3, 1.0, 10.0):
        h = 1e-4 * T
        c, cp, cm = qed.correction(T), qed.correction(T + h), qed.correction(T - h)
        assert c.rho == pytest.approx(-c.p + T * (cp.p - cm.p) / (2 * h), rel=5e-7)
        assert c.drho_dT == pytest.approx((cp.rho - cm.rho) / (2 * h), rel=5e-7)


# ---------------------------------------------------------------- API behaviour
def test_api_shapes_zeros_and_errors():
    c0 = qed.correction(1.0, order=0)
    assert (c0.p, c0.rho, c0.drho_dT) == (0.0, 0.0, 0.0)
    arr = np.geomspace(1e-3, 100.0, 7).reshape(7, 1)
    c = qed.correction(arr)
    assert c.p.shape == (7, 1) and np.all(np.isfinite(c.rho))
    for i, T in enumerate(arr.ravel()):
        assert c.p[i, 0] == pytest.approx(qed.correction(float(T)).p, rel=1e-14, abs=1e-300)
    low = qed.correction(1e-3)
    assert all(math.isfinite(v) and v <= 0 for v in (low.p, low.rho, low.drho_dT))
    assert abs(low.p) < 1e-200  # e^{-511}: vanishes exponentially
    assert isinstance(qed.correction(1).p, float)
    for bad in (0.0, 2e2, -1.0, float("nan")):
        with pytest.raises(ParameterError, match="T"):
            qed.correction(bad)
    with pytest.raises(ParameterError, match="order"):
        qed.correction(1.0, order=1)


def test_speed_scalar_call():
    qed.correction(1.0)
    per_call = min(timeit.repeat(lambda: qed.correction(1.0), number=2000, repeat=3)) / 2000
    assert per_call < 60e-6  # target ~20 us on an idle core (measured 8-17 us); loose bound for a loaded CI


# ---------------------------------------------------------------- Delta N_eff, instantaneous decoupling
def _neff_massless(c):
    """T_D -> inf: P_int = c T^4 at T_D gives s_int/T^3 = 4 c; (T_nu/T)^3 = 2/(11/2 + 180 c/pi^2)."""
    return 3.0 * (11.0 / (11.0 + 180.0 * c / math.pi**2)) ** (4.0 / 3.0)


def test_delta_neff_massless_limit():
    d2 = _neff_massless(C2) - 3.0
    d3 = _neff_massless(C2 + C3) - _neff_massless(C2)
    assert qed.delta_neff_instantaneous(100.0, 2) == pytest.approx(d2, rel=2e-3)
    assert qed.delta_neff_instantaneous(100.0, 3) == pytest.approx(d3, rel=2e-3)


@pytest.mark.parametrize("t_d", [1.0, 1.5, 2.0, 3.0])
def test_delta_neff_bennett2020(t_d):
    """Bennett et al. 2020 (abstract): delta N^(2) ~= 0.010 across plausible T_d, delta N^(3) ~= -0.001 (printed
    to 3 decimals: we require the same rounding)."""
    assert round(qed.delta_neff_instantaneous(t_d, 2), 3) == 0.010
    assert round(qed.delta_neff_instantaneous(t_d, 3), 3) == -0.001


def test_neff_no_qed_matches_entropy_module():
    """order 0 is the ideal-gas instantaneous decoupling: 3 (11/4)^{4/3} (2/(2 + 7/2 F))^{4/3} -> 3 at large T_D."""
    assert qed.n_eff_instantaneous(100.0, 0) == pytest.approx(3.0, abs=1e-4)
    with pytest.raises(ParameterError):
        qed.delta_neff_instantaneous(2.0, 1)


# ---------------------------------------------------------------- the shipped table (generated/qed_table.json)
def test_shipped_table_is_fresh():
    """generated/qed_table.json was built by the current rules and kernels (fingerprint), and rebuilding three of
    its segments here reproduces the stored coefficients (rebuild: python -m mevscalar.numeric.cosmology.qed build-table)."""
    coef, fp = qed.load_table()
    assert fp == qed.table_fingerprint()
    segs = [0, 7, qed.N_SEG - 1]
    fresh = qed._build_table(segs)
    for i in segs:
        scale = np.abs(fresh[i]).max(axis=1, keepdims=True)
        assert np.all(np.abs(coef[i] - fresh[i]) <= 1e-13 * scale), i


def test_first_call_does_not_build_the_table():
    """A fresh process answers its first call from the shipped file (the build takes 2-3 s)."""
    import subprocess
    import sys

    code = ("import time, warnings; warnings.simplefilter('error'); from mevscalar.numeric.cosmology import qed; "
            "t = time.perf_counter(); qed.correction(1.0); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 0.3  # ~15 ms measured (file read and fingerprint)


def test_table_fingerprint_ignores_documentation_but_not_code():
    """The fingerprint hashes what the builders compute: a docstring edit keeps the shipped table fresh (a numpydoc
    edit of scaled_outputs made it stale before), a code edit does not."""
    def one():
        def fn(y):
            """One text."""
            # a comment

            return y + 1
        return fn

    def other_doc():
        def fn(y):
            """Another text, longer,
            over two lines."""
            return y + 1
        return fn

    def other_code():
        def fn(y):
            """One text."""
            return y + 2
        return fn

    assert qed._code_of(one()) == qed._code_of(other_doc())
    assert qed._code_of(one()) != qed._code_of(other_code())


def test_n_eff_instantaneous_is_entropy_conservation_with_the_qed_entropy():
    """The generated kernel (model/entropy.py) against the entropy balance written out: photons 2, e+- (7/2) F and
    45 s_int/(2 pi^2 T^3) in units of (2 pi^2/45) T^3, then Eq. 7."""
    import math

    from mevscalar.constants import M_E
    from mevscalar.generated import entropy_np

    for t_d in (0.5, 2.0, 10.0):
        c = qed.correction(t_d, 3)
        s_int = (c.rho + c.p) / t_d**4
        f = float(entropy_np.F_fermion(M_E / t_d))
        ratio3 = 2.0 / (2.0 + 3.5 * f + 45.0 * s_int / (2.0 * math.pi**2))
        assert qed.n_eff_instantaneous(t_d) == pytest.approx(3.0 * (11.0 / 4.0) ** (4.0 / 3.0) * ratio3 ** (4.0 / 3.0),
                                                             rel=1e-14)
