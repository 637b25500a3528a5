"""Symbolic seesaw (model/seesaw.py): the identities the expansion rests on, the paper's Eqs. 16-19 as limits,
and the stable closed form for nearly parallel Yukawa vectors (generated kernels vs a 60-digit reference)."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.numeric import neutrino as nu
from mevscalar.generated import seesaw_mp, seesaw_np
from mevscalar.model import seesaw as ss
from mevscalar.model.symbols import lambda_N, m_N, m_Np, v, v_p, v_phi, y_N, y_Np


@pytest.fixture(scope="module")
def generic():
    D, R = ss.generic_blocks()
    return ss.Seesaw(ss.block_matrix(D, R))


@pytest.fixture(scope="module")
def uv_seesaw():
    return ss.Seesaw(ss.uv_mass_matrix())


def test_schur_identities_are_exact(generic):
    lam = sp.Symbol("lambda")
    assert sp.simplify(sp.together(generic.schur_light_residual(lam))) == 0
    assert sp.simplify(sp.together(generic.schur_heavy_residual(lam))) == 0


def test_schur_series_first_terms_are_m0_and_theta_theta(generic):
    lam = sp.Symbol("lambda")
    S = generic.schur_series(lam, order=2)
    assert (S.subs(lam, 0) - generic.light_lo).applyfunc(sp.simplify) == sp.zeros(3, 3)
    # d S / d lambda at 0 = -D R^-2 D^T = -Theta Theta^T: the metric of the light eigenproblem
    assert (sp.diff(S, lam) + generic.P).applyfunc(sp.simplify) == sp.zeros(3, 3)


def test_nlo_is_symmetrised_pencil_to_order_theta4():
    P, m0 = sp.symbols("P m_0", commutative=False)
    assert sp.expand(ss.Seesaw.symmetrisation_remainder() - P * m0 * P / 4) == 0


def test_light_lo_has_rank_two_eq16(uv_seesaw):
    m0 = uv_seesaw.light_lo
    assert sp.simplify(m0.det()) == 0  # m1 = 0 exactly (Eq. 16)
    # range = span(y_N, y_N'): m0 annihilates y_N x y_N'
    cross = sp.Matrix(ss._cross(y_N, y_Np))
    assert (m0 * cross).applyfunc(sp.simplify) == sp.zeros(3, 1)


def test_eq19_is_the_mN_zero_limit_up_to_sign(uv_seesaw):
    m0 = uv_seesaw.light_lo.subs({m_N: 0, m_Np: 0})
    assert (m0 + ss.eq19_matrix()).applyfunc(sp.simplify) == sp.zeros(3, 3)


def test_light_eigenvalues_attribute_reduces_to_eq17(uv_seesaw):
    zero, lo, hi = uv_seesaw.light_eigenvalues
    assert zero == 0
    # a numeric spot check at m_N = m_N' = 0 with y.y' > 0: {|lo|, |hi|} = Eq. 17
    vals = {**dict(zip(y_N, (1, 2, 3))), **dict(zip(y_Np, (3, -1, 2))), v: 246, v_p: 1.5, lambda_N: 1, v_phi: 0.2,
            m_N: 0, m_Np: 0}
    got = sorted(abs(float(e.subs(vals))) for e in (lo, hi))
    want = sorted(float(e.subs(vals)) for e in ss.eq17_naive())
    assert np.allclose(got, want, rtol=1e-13)
    h_lo, h_hi = uv_seesaw.heavy_lo
    assert sp.simplify(h_lo + h_hi - (m_N + m_Np)) == 0  # trace of R


def test_eq17_from_eq19_characteristic_polynomial():
    """Nonzero eigenvalues of Eq. 19 are C(y.y' +- |y||y'|): compare l^2 - s l + e2 with Eq. 17's roots."""
    m = ss.eq19_matrix()
    C = ss.eq17_prefactor()
    s = m.trace()
    e2 = sum(m[i, i] * m[j, j] - m[i, j] ** 2 for i, j in ((0, 1), (0, 2), (1, 2)))
    dot = ss._dot(y_N, y_Np)
    nn2 = ss._dot(y_N, y_N) * ss._dot(y_Np, y_Np)
    # (l - C(dot + nn))(l - C(dot - nn)) = l^2 - 2 C dot l + C^2 (dot^2 - nn^2)
    assert sp.simplify(s - 2 * C * dot) == 0
    assert sp.expand(e2 - C**2 * (dot**2 - nn2)) == 0
    # and the stable form equals the printed one (Lagrange identity |a x b|^2 = |a|^2|b|^2 - (a.b)^2)
    cr2 = ss._dot(ss._cross(y_N, y_Np), ss._cross(y_N, y_Np))
    assert sp.expand(cr2 - (nn2 - dot**2)) == 0


def test_heavy_nlo_series_is_eq18_plus_next_term():
    got = ss.heavy_nlo_series()
    want = ss.heavy_nlo_expected()
    for g, w in zip(got, want):
        assert sp.simplify(sp.expand(g - w)) == 0
    # Eq. 18 is its O(eps) truncation: signed eigenvalues +-Mh + S/2, i.e. masses Mh +- S/2
    S = m_N + m_Np
    plus, minus = (sp.expand(g) for g in got)
    assert plus.coeff(ss.eps, 0) == ss.Mh and sp.simplify(plus.coeff(ss.eps, 1) - S / 2) == 0
    assert minus.coeff(ss.eps, 0) == -ss.Mh and sp.simplify(minus.coeff(ss.eps, 1) - S / 2) == 0
    lo_plus, lo_minus = ss.heavy_lo_masses()  # signed eigenvalues of R to first order in its diagonal
    Mh = sp.Abs(ss.heavy_dirac_mass())
    assert sp.simplify(lo_plus - (Mh + S / 2)) == 0 and sp.simplify(lo_minus - (S / 2 - Mh)) == 0


def test_uv_blocks_are_the_hessian_blocks_and_eq14_as_printed():
    """The seesaw takes its blocks from the Hessian of Eq. 14 (model/uv.py); for Eq. 14 as printed they are
    D = [y_N v/sqrt2, y_N' v'/sqrt2], R = [[m_N, lambda_N v_phi/sqrt2], [., m_N']] (typed here only as the check)."""
    from mevscalar.model import uv

    assert ss.uv_mass_matrix() == uv.neutral_mass_matrix()
    D, R = ss.uv_blocks()
    want_D = sp.Matrix(3, 2, lambda i, j: (y_N[i] * v if j == 0 else y_Np[i] * v_p) / sp.sqrt(2))
    want_R = sp.Matrix([[m_N, lambda_N * v_phi / sp.sqrt(2)], [lambda_N * v_phi / sp.sqrt(2), m_Np]])
    assert (D - want_D).applyfunc(sp.simplify) == sp.zeros(3, 2)
    assert (R - want_R).applyfunc(sp.simplify) == sp.zeros(2, 2)


def test_nlo_plane_factorisation_is_the_nlo_matrix(generic):
    """The stable NLO kernels use D X D^T with X = K - (K^2 G K + K G K^2)/2: equal to m0 - {P, m0}/2."""
    D, R = generic.D, generic.R
    X = ss._inner_nlo(ss._inner_lo(R), D.T * D)
    assert (D * X * D.T - generic.light_nlo).applyfunc(sp.cancel) == sp.zeros(3, 3)
    assert (generic.light_lo - D * ss._inner_lo(R) * D.T).applyfunc(sp.cancel) == sp.zeros(3, 3)


def test_seesaw_rejects_matrices_that_are_not_seesaw_shaped():
    M = sp.Matrix(ss.uv_mass_matrix())
    M[0, 0] = sp.Symbol("x")
    with pytest.raises(ValueError):
        ss.Seesaw(M)
    with pytest.raises(ValueError):
        ss.Seesaw(sp.eye(4))


# --------------------------------------------------------------------------- nearly parallel Yukawa vectors
def _block_args(M):
    """Arguments of the block kernels from a 5x5 matrix: D column-major, then R_11, R_12, R_22."""
    return (*M[:3, 3], *M[:3, 4], M[3, 3], M[3, 4], M[4, 4])


@settings(max_examples=40)
@given(st.integers(0, 2**32 - 1), st.floats(-6.0, 6.0), st.floats(-5.0, -1.0), st.floats(-0.5, 0.5))
def test_block_kernels_with_columns_of_very_different_size(seed, log_ratio, log_theta, mn):
    """The twin domain has columns of similar size; here |b|/|a| = 10^[-6, 6] (v'/v is ~1e-2 at Sec. IV) and
    theta = 10^[-5, -1]: every block kernel against its 40-digit mpmath twin."""
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=3), rng.normal(size=3) * 10.0**log_ratio
    Mh = 100.0
    s = 10.0**log_theta * Mh / max(np.linalg.norm(a), np.linalg.norm(b))
    args = (*(s * a), *(s * b), mn * Mh, Mh, -0.3 * mn * Mh)
    for name in ("light_lo_small", "light_lo_big", "light_nlo_small", "light_nlo_big", "heavy_nlo_small", "heavy_nlo_big"):
        got = getattr(seesaw_np, name)(*args)
        with mpmath.workdps(40):
            ref = float(getattr(seesaw_mp, name)(*args))
        # small = |det|/big carries the conditioning of the 2x2 in the plane: allow 1e-9 where |b|/|a| is extreme
        assert abs(got / ref - 1) < 1e-9, (name, got, ref)
def _parallel_pair(u, w, angle):
    """Unit vector u and a vector at ``angle`` from it in the (u, w) plane, scaled."""
    u = u / np.linalg.norm(u)
    w = w - (w @ u) * u
    w = w / np.linalg.norm(w)
    return u, math.cos(angle) * u + math.sin(angle) * w


def _ref_m2_mp(yn, ynp, vv, vp, lam, vphi, dps=60):
    """60-digit Eq. 17 minus sign, with the inputs taken as exact binary floats."""
    with mpmath.workdps(dps):
        a = [mpmath.mpf(x) for x in yn]
        b = [mpmath.mpf(x) for x in ynp]
        C = mpmath.mpf(vv) * vp / (mpmath.sqrt(2) * lam * vphi)
        nn = mpmath.sqrt(sum(x * x for x in a)) * mpmath.sqrt(sum(x * x for x in b))
        dd = abs(sum(x * y for x, y in zip(a, b)))
        return C * (nn - dd)


@settings(max_examples=40)
@given(
    st.lists(st.floats(-1, 1), min_size=3, max_size=3).filter(lambda a: np.linalg.norm(a) > 0.1),
    st.lists(st.floats(-1, 1), min_size=3, max_size=3).filter(lambda a: np.linalg.norm(a) > 0.1),
    st.floats(-9.0, -3.0),
    st.floats(-7.0, -5.0),
    st.floats(-7.0, -5.0),
)
def test_stable_m2_for_nearly_parallel_vectors(u, w, log_angle, ln, lnp):
    u, w = np.array(u), np.array(w)
    if np.linalg.norm(np.cross(u, w)) < 1e-3 * np.linalg.norm(u) * np.linalg.norm(w):
        return  # need a well-defined plane to tilt in
    e1, e2 = _parallel_pair(u, w, 10.0**log_angle)
    yn, ynp = 10.0**ln * e1, 10.0**lnp * e2
    vv, vp, lam, vphi = 246219.65, 1494.0, 1.0, 201.0
    ref = float(_ref_m2_mp(yn, ynp, vv, vp, lam, vphi))
    stable = seesaw_np.light_m2_eq17(*yn, *ynp, vv, vp, lam, vphi)
    general = seesaw_np.light_lo_small(*_block_args(nu.mass_matrix(yn, ynp, lam, vphi, vp, v=vv)))
    # m2 ~ angle^2 is itself ill-conditioned: a relative input perturbation eps moves the angle by ~eps, so
    # m2 by ~2 eps/angle.  A backward-stable algorithm (the components of y_N x y_N' are differences of
    # correctly rounded products) therefore errs by O(eps/angle); we allow 20 eps/angle.  The naive form
    # errs by O(eps/angle^2) (next test).
    tol = 20 * np.finfo(float).eps / 10.0**log_angle
    assert abs(stable / ref - 1) < tol
    assert abs(general / ref - 1) < tol


def test_naive_eq17_cancels_catastrophically_at_angle_1e6():
    rng = np.random.default_rng(7)
    u, w = rng.normal(size=3), rng.normal(size=3)
    e1, e2 = _parallel_pair(u, w, 1e-6)
    yn, ynp = 3e-7 * e1, 2e-7 * e2
    args = (246219.65, 1494.0, 1.0, 201.0)
    ref = float(_ref_m2_mp(yn, ynp, *args))
    C = args[0] * args[1] / (math.sqrt(2) * args[2] * args[3])
    naive = C * (np.linalg.norm(yn) * np.linalg.norm(ynp) - abs(yn @ ynp))  # double precision, as printed
    stable = seesaw_np.light_m2_eq17(*yn, *ynp, *args)
    # m2/m3 ~ angle^2/4 ~ 2.5e-13, so the difference of two ~m3 numbers loses ~13 of 16 digits
    assert abs(naive / ref - 1) > 1e-6
    assert abs(stable / ref - 1) < 1e-10
    # and the mpmath twin (exact, printed from the naive form) agrees at 40 digits
    with mpmath.workdps(40):
        twin = seesaw_mp.light_m2_eq17(*yn, *ynp, *args)
    assert abs(float(twin) / ref - 1) < 1e-20


def test_kernels_declare_units_and_equations():
    for k in ss.kernels():
        assert k.units == "MeV" and k.equation
        assert set(k.arg_names) <= {s.name for s in (*y_N, *y_Np, v, v_p, lambda_N, v_phi, m_N, m_Np)} or set(
            k.arg_names) <= {s.name for s in ss.block_args()}
