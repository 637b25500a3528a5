"""The UV model (paper Sec. IV): mass matrix from the Hessian, rank, g_mu (Eq. 15), g_nu (Eq. 20)."""

from __future__ import annotations

import importlib
import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.model import seesaw as ss
from mevscalar.model import symbols as S
from mevscalar.model import uv

SQ2 = sp.sqrt(2)


@pytest.fixture(scope="module")
def m():
    return uv.model()


@pytest.fixture(scope="module")
def mc():
    return uv.model("canonical")


def _block_form():
    """The project's fixed convention, typed independently of the derivation (what the Hessian must equal)."""
    mD = sp.Matrix(3, 2, lambda i, j: (S.y_N[i] * S.v if j == 0 else S.y_Np[i] * S.v_p) / SQ2)
    MR = sp.Matrix([[S.m_N, S.lambda_N * S.v_phi / SQ2], [S.lambda_N * S.v_phi / SQ2, S.m_Np]])
    return sp.BlockMatrix([[sp.zeros(3, 3), mD], [mD.T, MR]]).as_explicit(), mD, MR


def test_mass_matrix_from_hessian_equals_block_form(m):
    M, mD, MR = _block_form()
    assert (m.neutral_mass_matrix - M).applyfunc(sp.expand) == sp.zeros(5, 5)
    assert (m.dirac_block - mD).applyfunc(sp.expand) == sp.zeros(3, 2)
    assert (m.majorana_block - MR).applyfunc(sp.expand) == sp.zeros(2, 2)
    # the literal -(1/2) Psi^T M Psi reading of Eq. 14 differs by one global sign, common to every entry
    assert (m.neutral_mass_matrix_literal + M).applyfunc(sp.expand) == sp.zeros(5, 5)
    assert uv.neutral_mass_matrix() is m.neutral_mass_matrix
    assert m.neutral_mass_matrix.is_symmetric()


def test_mass_matrix_depends_on_the_lagrangian(m):
    """The Hessian is really taken from the Lagrangian: dropping the lambda_N term removes the N-N' entry."""
    hol = sum((t.expand() for t in m.terms if t.coupling != S.lambda_N), sp.Integer(0))
    H = sp.hessian(hol.subs(m.vacuum()), m.psi)
    assert H[3, 4] == 0 and H[0, 3] == m.neutral_mass_matrix[0, 3]


def test_rank_at_most_four(m):
    M = m.neutral_mass_matrix
    n = m.null_vector
    assert n != sp.zeros(5, 1)
    assert (M * n).applyfunc(sp.expand) == sp.zeros(5, 1)
    assert sp.expand(M.det(method="berkowitz")) == 0
    # and not lower for generic couplings: a 4x4 minor is non-zero
    assert sp.expand(M[1:, 1:].det(method="berkowitz")) != 0


def test_g_mu_derived_equals_eq15(m):
    assert sp.simplify(m.g_mu - uv.eq15_g_mu()) == 0
    assert sp.simplify(m.g_mu_raw + uv.eq15_g_mu()) == 0  # literal Eq. 14 sign before mu_R -> -mu_R
    assert sp.simplify(m.m_mu_expr - S.y_mu * S.v_p / SQ2) == 0
    # the physical, rephasing-invariant ratio
    assert sp.simplify(m.g_mu / m.m_mu_expr - S.v * S.mu_phi / (S.m_Hp**2 * S.v_p)) == 0


def test_h_prime_eom_and_induced_vev(m):
    expect = (S.mu_phi * S.v_phi / SQ2 + uv.m12sq) * S.v / S.m_Hp**2
    assert sp.simplify(m.v_p_induced - expect) == 0


def test_g_nu_paper_normalisation_reduces_to_eq20(m):
    """With m_N = m_N' = 0 the flavour coupling matrix is exactly -light/v_phi (Eq. 20 up to the sign)."""
    zero = {S.m_N: 0, S.m_Np: 0}
    G0 = m.g_nu_leading.subs(zero)
    L0 = m.light_lo.subs(zero)
    assert (G0 + L0 / S.v_phi).applyfunc(sp.simplify) == sp.zeros(3, 3)
    # and the light matrix itself is -(Eq. 19) in our sign (+Eq. 19 for the literal sign)
    assert (L0 + ss.eq19_matrix()).applyfunc(sp.simplify) == sp.zeros(3, 3)


def test_g_nu_canonical_normalisation_has_sqrt2(m, mc):
    assert (mc.g_nu_leading - SQ2 * m.g_nu_leading).applyfunc(sp.simplify) == sp.zeros(3, 3)
    zero = {S.m_N: 0, S.m_Np: 0}
    assert (mc.g_nu_leading.subs(zero) + SQ2 * mc.light_lo.subs(zero) / S.v_phi).applyfunc(
        sp.simplify) == sp.zeros(3, 3)


def _numeric_point(rng, mN, mNp):
    vals = {S.v: 246219.65, S.v_p: 1494.0, S.v_phi: 240.0, S.lambda_N: 1.0, S.m_N: mN, S.m_Np: mNp}
    for i in range(3):
        vals[S.y_N[i]] = float(rng.uniform(-1, 1)) * 3e-7
        vals[S.y_Np[i]] = float(rng.uniform(-1, 1)) * 3e-7
    # exact rationals: SymPy then evaluates the substituted matrices without rounding to double
    return {k: sp.Rational(x) for k, x in vals.items()}


@pytest.mark.parametrize("mN,mNp", [(0.0, 0.0), (7.0, -3.0), (40.0, 25.0)])
def test_g_nu_hellmann_feynman_matches_finite_difference(m, mN, mNp):
    """u^T G u equals d(eigenvalue)/d varphi of the light LO matrix, for m_N, m_N' != 0 too (mpmath, 40 digits)."""
    rng = np.random.default_rng(7)
    vals = _numeric_point(rng, mN, mNp)
    f = sp.lambdify([uv.varphi], m.light_lo_of_phi.subs(vals), "mpmath")
    G_of = sp.lambdify([], m.g_nu_leading.subs(vals), "mpmath")
    with mpmath.workdps(40):
        G = G_of()
        E0, U = mpmath.eigsy(mpmath.matrix(f(0)))
        h = mpmath.mpf("1e-12")
        Ep, _ = mpmath.eigsy(mpmath.matrix(f(h)))
        Em, _ = mpmath.eigsy(mpmath.matrix(f(-h)))
        for k in range(3):
            if abs(E0[k]) < mpmath.mpf("1e-30") * max(abs(x) for x in E0):
                continue  # the massless state (Eq. 16): its coupling vanishes too
            u = U[:, k]
            hf = (u.T * mpmath.matrix(G) * u)[0, 0]
            fd = (Ep[k] - Em[k]) / (2 * h)
            # central difference error ~ h^2 * E''' ~ 1e-24 relative: 1e-15 is a safe bound
            assert abs(hf - fd) <= mpmath.mpf("1e-15") * abs(fd)
            if mN == mNp == 0:
                assert abs(hf + E0[k] / vals[S.v_phi]) <= mpmath.mpf("1e-30") * abs(E0[k])


def test_latex_renders(m):
    s = m.latex()
    assert r"\lambda_{N}" in s and r"\mu_{\phi}" in s and r"H'^{\dagger} H \phi" in s
    assert r"y_{N,i} \left(L_{i} \cdot H\right) N" in s and r"\bar{L}_{\mu} H' \mu_{R}" in s
    assert r"y_{N',3} \left(L_{\tau} \cdot H'\right) N'" in m.latex("lagrangian_flavours")
    assert r"v_{\phi}" in m.latex("mass_matrix")
    assert r"m_{H'}" in m.latex("g_mu")
    assert r"g_{\nu_3}" in m.latex("effective") and r"\nu_{3} \cdot \nu_{3}" in m.latex("effective") and r"\bar{\mu}\mu" in m.latex("effective")
    assert m._repr_latex_().startswith("$")
    with pytest.raises(ValueError, match="what must be one of"):
        m.latex("nonsense")


def test_bad_normalisation_rejected():
    from mevscalar.validate import ParameterError

    with pytest.raises(ParameterError, match="phi_normalisation must be one of paper, canonical"):
        uv.UVModel("complex")


def test_every_eq14_term_and_hc_invariant(m):
    for label, v in m.verdicts.items():
        if "soft" in label:
            assert v.classification == "soft breaking" and v.violated == ("Z2",), label
        else:
            assert v.ok and v.classification == "invariant", (label, v.messages())
            assert v.renormalisable


def test_effective_lagrangian_structure(m):
    L = m.effective_lagrangian
    assert L.coeff(uv.mubar_mu) == -S.g_mu * m.phi_eff
    # -(g/2) phi nu.nu + h.c. (real g)
    assert sp.expand(L).coeff(uv.nunu[2]) == -uv.g_nu_a[2] * m.phi_eff / 2
    assert sp.expand(L).coeff(uv.nunu_dag[2]) == -uv.g_nu_a[2] * m.phi_eff / 2


def test_kernels_agree_with_eq15_numerically():
    np_mod = importlib.import_module("mevscalar.generated.uv_np")
    from mevscalar.constants import M_MU, V_EW

    g = np_mod.g_mu_uv(0.1, V_EW, 1e4, 7e5)
    assert math.isclose(g, 0.1 * V_EW * 1e4 / (math.sqrt(2) * 7e5**2), rel_tol=1e-14)
    assert math.isclose(np_mod.m_mu_uv(math.sqrt(2) * M_MU / 1494.0, 1494.0), M_MU, rel_tol=1e-14)


def test_audit_rows_alias_forwards_to_paper_uv_rows(monkeypatch):
    from mevscalar import paper

    sentinel = [{"quantity": "sentinel"}]
    monkeypatch.setattr(paper, "uv_rows", lambda: sentinel)
    assert uv.audit_rows() is sentinel  # the one-release alias of paper.uv_rows


def test_audit_rows_shape():
    from mevscalar import paper

    rows = paper.uv_rows()
    keys = {"quantity", "equation", "paper", "ours", "rel_diff", "note"}
    assert rows and all(set(r) == keys for r in rows)
    ratio = [r for r in rows if "normalisation" in r["quantity"]][0]
    assert math.isclose(ratio["ours"], math.sqrt(2), rel_tol=1e-15)
    # Eq. 21 -> v_phi: the paper prints "~240 MeV"; 0.059 eV / 2.5e-10 = 236 MeV, a 2 % rounding
    vphi = [r for r in rows if r["quantity"].startswith("v_phi")][0]
    assert abs(vphi["rel_diff"]) < 0.03


def test_scalar_mixing_matrix_from_the_lagrangian(m):
    M2 = m.scalar_mass_matrix
    assert sp.simplify(M2[0, 1] + S.mu_phi * S.v) == 0 and sp.simplify(M2[1, 1] - S.m_Hp**2) == 0
    # m_phi^2 is an eigenvalue once the bare mass takes its derived value
    m0 = [s for s in M2.free_symbols if s.name == "m_phi0"][0]
    assert sp.simplify((M2.subs(m0**2, m.m_phi0_sq) - S.m_phi**2 * sp.eye(2)).det()) == 0


def test_g_mu_exact_reduces_to_eq15(m):
    """Eq. 15 is the 1/m_H'^2 leading term of the exact tree-level mixing result."""
    lead = sp.limit(m.g_mu_exact * S.m_Hp**2, S.m_Hp, sp.oo)
    assert sp.simplify(lead - uv.eq15_g_mu() * S.m_Hp**2) == 0
    # next order: -(mu_phi v)^2/(2 m_H'^4) - ... relative; the relative error vanishes as m_H' -> oo
    assert sp.limit(uv.g_mu_eq15_relerr_expr(m), S.m_Hp, sp.oo) == 0


@settings(max_examples=40)
@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_g_mu_relerr_safe_form_equals_exact(a, b, c, d):
    """The cancellation-free form of Eq. 15 / exact - 1 equals the exact one (mpmath, 40 digits)."""
    pt = {S.v: sp.Rational(10 ** (3 + 3 * a)).limit_denominator(10**6), S.mu_phi: sp.Rational(10 ** (7 * b)).limit_denominator(10**6),
          S.m_Hp: sp.Rational(10 ** (4 + 4 * c)).limit_denominator(10**6), S.m_phi: sp.Rational(10 ** (-2 + 4.3 * d)).limit_denominator(10**6)}
    m = uv.model()
    ex = sp.N(uv.g_mu_eq15_relerr_expr(m).subs(pt), 40)
    sf = sp.N(uv.g_mu_eq15_relerr_safe().subs(pt), 40)
    assert abs(ex - sf) <= sp.Float("1e-35", 40) * max(abs(ex), sp.Float("1e-30", 40))


def test_g_mu_normalisation(m, mc):
    """g_mu (Eq. 15) is the coupling of the canonical fluctuation; the Eq. 20 normalisation gives Eq. 15/sqrt2."""
    assert sp.simplify(mc.g_mu_fluctuation - uv.eq15_g_mu()) == 0
    assert sp.simplify(m.g_mu_fluctuation - uv.eq15_g_mu() / SQ2) == 0
    assert sp.simplify(m.g_mu - mc.g_mu) == 0
    # the rephasing-invariant ratio g_nu/g_mu does not depend on the normalisation
    r_paper = (m.g_nu_leading / m.g_mu_fluctuation).applyfunc(sp.simplify)
    r_canon = (mc.g_nu_leading / mc.g_mu_fluctuation).applyfunc(sp.simplify)
    assert (r_paper - r_canon).applyfunc(sp.simplify) == sp.zeros(3, 3)


def _paper_point(scale=1.0, mN=0.0, mNp=0.0):
    """y_N, y_N' of a few 1e-7 (Sec. IV), v' = sqrt2 m_mu/0.1, v_phi = 236 MeV, lambda_N = 1."""
    vals = {S.v: 246219.65, S.v_p: 1494.0, S.v_phi: 236.0, S.lambda_N: 1.0, S.m_N: mN, S.m_Np: mNp}
    a, b = (0.3, -0.8, 0.52), (0.9, 0.1, -0.42)
    for i in range(3):
        vals[S.y_N[i]] = 2.3e-7 * scale * a[i]
        vals[S.y_Np[i]] = 2.3e-7 * scale * b[i]
    return vals


def _eq20_errors(vals, norm="paper"):
    ms, gs = uv.light_couplings_exact_mp(vals, norm)
    with mpmath.workdps(50):
        f = 1 if norm == "paper" else mpmath.sqrt(2)
        assert ms[0] < mpmath.mpf("1e-40") * ms[2]  # Eq. 16: one massless state (exactly, rank 4)
        return [(-gs[k] * vals[S.v_phi] / (f * ms[k]) - 1) for k in (1, 2)]


def test_eq20_on_the_exact_spectrum_holds_to_order_mD2_over_M2():
    """Eq. 20 (|g| = m/v_phi) on exact 5x5 eigenstates: the error is O((m_D/M)^2), tiny at the paper's point,
    and it scales by 100 when the Yukawas grow by 10 (checked to 5 %, the next order being (m_D/M)^4)."""
    e1 = _eq20_errors(_paper_point(1.0))
    e10 = _eq20_errors(_paper_point(10.0))
    mD_over_M = 2.3e-7 * 246219.65 / 236.0  # |y| v / (lambda_N v_phi), the sqrt2's cancel
    for a, b in zip(e1, e10):
        assert 0 < -a < 2 * mD_over_M**2
        assert abs(b / a / 100 - 1) < 0.05
    # canonical normalisation: exactly sqrt2 m/v_phi at the same order
    ec = _eq20_errors(_paper_point(1.0), "canonical")
    for a, c in zip(e1, ec):
        assert abs(a - c) < mpmath.mpf("1e-40")


def test_eq20_fails_at_leading_order_when_majorana_masses_are_large():
    """With m_N, m_N' ~ lambda_N v_phi the light masses no longer scale as 1/v_phi: Eq. 20 is off at O(1)
    while Hellmann-Feynman (tested above) still gives the coupling."""
    e = _eq20_errors(_paper_point(1.0, mN=80.0, mNp=-50.0))
    assert max(abs(x) for x in e) > 0.05


@pytest.mark.parametrize("change,match", [
    ({S.v_phi: 0.0}, "v_phi must be > 0"),
    ({S.v_p: -1.0}, "v_p must be > 0"),
    ({S.v: float("nan")}, "v must not be NaN"),
    ({S.lambda_N: 0.0}, "lambda_N must be non-zero"),
    ({S.y_N[0]: float("inf")}, "y_N1 must be finite"),
    ({S.m_N: "heavy"}, "m_N must be a real number"),
])
def test_exact_reference_rejects_bad_input(change, match):
    from mevscalar.validate import ParameterError

    vals = dict(_paper_point())
    vals.update(change)
    with pytest.raises(ParameterError, match=match):
        uv.light_couplings_exact_mp(vals)


def test_exact_reference_rejects_missing_and_bad_options():
    from mevscalar.validate import ParameterError

    vals = dict(_paper_point())
    del vals[S.y_Np[2]]
    with pytest.raises(ParameterError, match="missing y_Np3"):
        uv.light_couplings_exact_mp(vals)
    with pytest.raises(ParameterError, match="phi_normalisation must be one of"):
        uv.light_couplings_exact_mp(_paper_point(), "complex")
    with pytest.raises(ParameterError, match="dps"):
        uv.light_couplings_exact_mp(_paper_point(), dps=5)


def test_parameters_external_internal_split(m):
    ps = m.parameters
    ext = {p.symbol for p in ps.values() if p.external}
    internal = [p for p in ps.values() if not p.external]
    assert internal and {"m_mu", "g_mu", "g_mu_exact", "v_p_induced"} <= set(ps)
    for p in internal:
        assert p.expr.free_symbols <= ext, (p.symbol, p.expr.free_symbols - ext)
    # every coupling of the Lagrangian is an external parameter
    couplings = set().union(*(t.coupling.free_symbols for t in m.terms + m.potential))
    assert couplings <= ext


# --------------------------------------------------------------------------- matrix kernels (derived once)
def test_g_nu_factor_is_derived(m, mc):
    """Eq. 20's factor comes out of dM/dvarphi: 1 for phi = (v_phi + varphi)/sqrt2, sqrt2 for the canonical field."""
    assert m.g_nu_factor == 1 and mc.g_nu_factor == SQ2


def test_matrix_kernels_are_the_derived_matrices(m, mc):
    """The generated matrix kernels evaluate the Hessian (and its varphi derivative) of Eq. 14, entry by entry."""
    np_mod = importlib.import_module("mevscalar.generated.uv_np")
    mp_mod = importlib.import_module("mevscalar.generated.uv_mp")
    vals = {a: 0.1 * (k + 1) * (-1) ** k for k, a in enumerate(uv.NEUTRAL_ARGS)}
    vals.update({S.v: 246e3, S.v_p: 1.5e3, S.v_phi: 200.0, S.lambda_N: 0.7})
    args = [vals[a] for a in uv.NEUTRAL_ARGS]
    for name, want in (("neutral_mass_matrix", m.neutral_mass_matrix), ("neutral_mass_matrix_dphi", m.mass_matrix_dphi),
                       ("neutral_mass_matrix_dphi_canonical", mc.mass_matrix_dphi)):
        ref = np.array(want.subs(vals).evalf(30).tolist(), dtype=float)
        got = getattr(np_mod, name)(*args)
        assert got.shape == (5, 5) and np.allclose(got, ref, rtol=1e-15, atol=0)
        with mpmath.workdps(30):
            twin = np.array(getattr(mp_mod, name)(*args).tolist(), dtype=float)
        assert np.allclose(twin, ref, rtol=1e-15, atol=0)
    # broadcasting: array arguments give a stack of matrices
    arr = [np.full(4, x) for x in args]
    assert np_mod.neutral_mass_matrix(*arr).shape == (4, 5, 5)
    assert np_mod.g_nu_eq20(1.0, 2.0) == 0.5 and np_mod.g_nu_eq20_canonical(1.0, 2.0) == math.sqrt(2) / 2


def test_g_nu_normalisation_ratio_is_one_constant_sqrt2():
    """The canonical/paper g_nu factor is one constant over the whole 3x3 matrix of leading couplings (the function
    raises DerivationError otherwise), and it is sqrt2: phi = v_phi/sqrt2 + varphi against (v_phi + varphi)/sqrt2."""
    import sympy as sp

    from mevscalar.model import uv as uv_mod

    assert sp.simplify(uv_mod.g_nu_normalisation_ratio() - sp.sqrt(2)) == 0
