"""Cross-check of the UV model against feynlag, an independent pure-SymPy model builder.

feynlag (optional extra ``crosscheck``) works in four-component notation with chiral projectors:
a left-handed Weyl singlet N of our two-component Eq. 14 is its right-handed field N_R, and
y (L.H) N + h.c. = y Lbar Htilde N_R + h.c. (Htilde = i sigma2 H^*) for real y. Its invariance check
transforms every component explicitly (infinitesimal gauge variation, finite Z2 map), an
implementation independent of our quantum-number bookkeeping. feynlag does not check Lorentz /
chirality consistency and has no notion of soft breaking; those verdicts are ours alone.
"""

from __future__ import annotations

import pytest
import sympy as sp

fl = pytest.importorskip("feynlag")

from mevscalar.model import symbols as S  # noqa: E402
from mevscalar.model import uv  # noqa: E402
from mevscalar.model.fields import Term, check_term, delta, eps  # noqa: E402

HALF = sp.Rational(1, 2)
SQ2 = sp.sqrt(2)
GROUPS = ("SU(2)_L", "U(1)_Y", "Z2")


class FLModel:
    """The UV model written in feynlag (weak basis, components)."""

    def __init__(self):
        self.SU2L, self.U1Y, self.Z2 = fl.SU2("SU2L"), fl.U1("U1Y"), fl.ZN("Z2", 2)
        SU2L, U1Y = self.SU2L, self.U1Y
        self.L = fl.WeylFermion("L", {SU2L: 2, U1Y: -HALF}, chirality="L", nflavors=3,
                                component_names=["nuL", "eL"])
        self.muR = fl.WeylFermion("muR", {U1Y: -1}, chirality="R")
        self.NR = fl.WeylFermion("NR", {}, chirality="R")
        self.NpR = fl.WeylFermion("NpR", {}, chirality="R")
        self.H = fl.Scalar("H", {SU2L: 2, U1Y: HALF}, component_names=["Hplus", "H0"])
        self.Hp = fl.Scalar("Hp", {SU2L: 2, U1Y: HALF}, component_names=["Hpplus", "Hp0"])
        self.phi = fl.Scalar("phi", real=True)
        for f in (self.muR, self.NpR, self.Hp, self.phi):  # Table I: the Z2-odd fields
            self.Z2.assign(1, f)
        self.fields = [self.L, self.muR, self.NR, self.NpR, self.H, self.Hp, self.phi]

    @staticmethod
    def tilde(D):
        """i sigma2 D^* = (conj(D^0), -conj(D^+))."""
        return [sp.conjugate(D.components[1]), -sp.conjugate(D.components[0])]

    def eq14(self) -> dict:
        """Eq. 14 term by term (without H.c.), keyed like our Term labels."""
        PR, C = fl.diracPR, fl.diracC
        nub, eb = self.L.bar_components
        N, Np, mu = self.NR.components[0][0], self.NpR.components[0][0], self.muR.components[0][0]
        Ht, Hpt = self.tilde(self.H), self.tilde(self.Hp)
        ph = self.phi.components[0]
        out = {}
        names = ("e", "mu", "tau")
        for i, a in enumerate(names):
            out[f"y_N,{a} (L_{a}.H) N"] = S.y_N[i] * (fl.Bilinear(nub[i], PR, N) * Ht[0]
                                                     + fl.Bilinear(eb[i], PR, N) * Ht[1])
        for i, a in enumerate(names):
            out[f"y_N',{a} (L_{a}.H') N'"] = S.y_Np[i] * (fl.Bilinear(nub[i], PR, Np) * Hpt[0]
                                                         + fl.Bilinear(eb[i], PR, Np) * Hpt[1])
        Hpc = self.Hp.components
        out["y_mu Lbar_mu H' mu_R"] = S.y_mu * (fl.Bilinear(nub[1], PR, mu) * Hpc[0] + fl.Bilinear(eb[1], PR, mu) * Hpc[1])
        out["lambda_N N N' phi"] = S.lambda_N * ph * fl.MajoranaBilinear(N, C * PR, Np)
        Hc = self.H.components
        out["mu_phi H'^dag H phi"] = S.mu_phi * ph * (sp.conjugate(Hpc[0]) * Hc[0] + sp.conjugate(Hpc[1]) * Hc[1])
        out["m_N/2 N N"] = S.m_N / 2 * fl.MajoranaBilinear(N, C * PR, N)
        out["m_N'/2 N' N'"] = S.m_Np / 2 * fl.MajoranaBilinear(Np, C * PR, Np)
        return out

    def verdict(self, expr) -> dict:
        return {"SU(2)_L": fl.check_gauge_invariance(expr, self.fields, self.SU2L)[0],
                "U(1)_Y": fl.check_gauge_invariance(expr, self.fields, self.U1Y)[0],
                "Z2": fl.check_discrete_invariance(expr, self.Z2)[0]}


@pytest.fixture(scope="module")
def flm():
    return FLModel()


@pytest.fixture(scope="module")
def ours():
    return uv.model()


def test_every_eq14_term_invariant_in_both(flm, ours):
    fl_terms = flm.eq14()
    assert set(fl_terms) == {t.label for t in ours.terms}
    for label, expr in fl_terms.items():
        for e, lab in ((expr, label), (sp.conjugate(expr), label + " (h.c.)")):
            v_fl = flm.verdict(e)
            v_us = ours.verdicts[lab]
            assert all(v_fl.values()), (lab, v_fl)
            assert {g: v_us.invariant[g] for g in GROUPS} == v_fl, lab


def test_mass_dimension_agrees(flm, ours):
    for t in ours.terms:
        ok, dim = fl.check_mass_dimension(flm.eq14()[t.label], flm.fields, None, max_dim=4)
        assert ok and dim == t.mass_dimension, (t.label, dim)


def _ours_term(F, key):
    L, H, Hp, phi, N, Np, muR = (F[k] for k in ("L_mu", "H", "Hp", "phi", "N", "Np", "mu_R"))
    y = sp.Symbol("y_bad")
    return {
        "Z2 odd": Term(y, (L, H, Np), (eps(0, 1),)),
        "no bar": Term(y, (L, Hp, muR), (eps(0, 1),)),
        "lone doublet": Term(y, (L, N, phi)),
        "half contraction": Term(y, (L, H, N)),
        "soft": Term(uv.m12sq, (Hp.conj(), H), (delta(0, 1),)),
    }[key]


def _fl_term(m, key):
    PR, C = fl.diracPR, fl.diracC
    nub, eb = m.L.bar_components
    nu, e = m.L.components
    N, Np, mu = m.NR.components[0][0], m.NpR.components[0][0], m.muR.components[0][0]
    y = sp.Symbol("y_bad")
    Ht = m.tilde(m.H)
    Hpc, Hc = m.Hp.components, m.H.components
    return {
        "Z2 odd": y * (fl.Bilinear(nub[1], PR, Np) * Ht[0] + fl.Bilinear(eb[1], PR, Np) * Ht[1]),
        # L.H' mu_R with no bar: both fermion legs unbarred, epsilon-contracted doublets
        "no bar": y * (fl.MajoranaBilinear(nu[1], C * PR, mu) * Hpc[1] - fl.MajoranaBilinear(e[1], C * PR, mu) * Hpc[0]),
        "lone doublet": y * fl.Bilinear(nub[1], PR, N) * m.phi.components[0],
        # one SU(2) component of Lbar Htilde N_R only: not a singlet
        "half contraction": y * fl.Bilinear(nub[1], PR, N) * Ht[0],
        "soft": uv.m12sq * (sp.conjugate(Hpc[0]) * Hc[0] + sp.conjugate(Hpc[1]) * Hc[1]),
    }[key]


@pytest.mark.parametrize("key,expected", [
    ("Z2 odd", {"Z2"}),
    ("no bar", {"U(1)_Y"}),  # we also report Lorentz; feynlag does not check chirality
    ("lone doublet", {"SU(2)_L", "U(1)_Y", "Z2"}),
    ("half contraction", {"SU(2)_L"}),
    ("soft", {"Z2"}),
])
def test_wrong_terms_rejected_by_both(flm, ours, key, expected):
    v_fl = flm.verdict(_fl_term(flm, key))
    v_us = check_term(_ours_term(ours.fields, key))
    assert {g for g, ok in v_fl.items() if not ok} == expected
    assert {g for g in GROUPS if not v_us.invariant[g]} == expected
    if key == "no bar":
        assert "Lorentz" in v_us.violated
    if key == "soft":
        assert v_us.classification == "soft breaking"  # feynlag only says "Z2 violated"


def _fl_vacuum_and_sectors(flm):
    """feynlag's mass route needs N and N' as two flavours of ONE field (its majorana_mass_matrix
    takes a single IndexedBase), so the Z2 assignment cannot be attached to this copy."""
    PR, C = fl.diracPR, fl.diracC
    N2 = fl.WeylFermion("N2", {}, chirality="R", nflavors=2)
    H = fl.Scalar("H", {flm.SU2L: 2, flm.U1Y: HALF}, component_names=["Hplus", "H0"])
    Hp = fl.Scalar("Hp", {flm.SU2L: 2, flm.U1Y: HALF}, component_names=["Hpplus", "Hp0"])
    phi = fl.Scalar("phi", real=True)
    H.expand_vev({H.components[1]: S.v})  # H0 -> (v + h + i a)/sqrt2
    Hp.expand_vev({Hp.components[1]: S.v_p})
    phi.expand_vev({phi.components[0]: S.v_phi / SQ2})  # feynlag: a real field shifts as phi -> vev + phi
    vac = fl.Vacuum([H, Hp, phi])
    nub, eb = flm.L.bar_components
    n = N2.components[0]
    Ht, Hpt = FLModel.tilde(H), FLModel.tilde(Hp)
    Ly = sum((S.y_N[i] * (fl.Bilinear(nub[i], PR, n[0]) * Ht[0] + fl.Bilinear(eb[i], PR, n[0]) * Ht[1])
              + S.y_Np[i] * (fl.Bilinear(nub[i], PR, n[1]) * Hpt[0] + fl.Bilinear(eb[i], PR, n[1]) * Hpt[1])
              for i in range(3)), sp.Integer(0))
    Lm = (S.lambda_N * phi.components[0] * fl.MajoranaBilinear(n[0], C * PR, n[1])
          + S.m_N / 2 * fl.MajoranaBilinear(n[0], C * PR, n[0]) + S.m_Np / 2 * fl.MajoranaBilinear(n[1], C * PR, n[1]))
    return vac, nub, n, Ly + sp.conjugate(Ly), Lm + sp.conjugate(Lm), phi


@pytest.fixture(scope="module")
def fl_mass(flm):
    vac, nub, n, Ly, Lm, phi = _fl_vacuum_and_sectors(flm)
    mD = fl.fermion_mass_matrix(Ly, nub, n, vac, 3, None)[:, :2]
    MR = fl.majorana_mass_matrix(Lm, n, vac, 2, None)

    class KeepPhi:  # evaluate at the vacuum but keep the phi fluctuation (feynlag's shift, phi -> v_phi/sqrt2 + phi)
        def at_vacuum(self, e):
            return vac.shift(e)

    MR_phi = fl.majorana_mass_matrix(Lm, n, KeepPhi(), 2, None)
    return mD, MR, MR_phi, phi.components[0]


def test_neutral_mass_matrix_agrees_up_to_the_stated_global_sign(fl_mass, ours):
    mD, MR, _, _ = fl_mass
    M_fl = fl.seesaw_mass_matrix(mD, MR)  # feynlag convention: L > -(1/2) n^T C M n
    assert (M_fl - ours.neutral_mass_matrix_literal).applyfunc(sp.expand) == sp.zeros(5, 5)
    assert (M_fl + ours.neutral_mass_matrix).applyfunc(sp.expand) == sp.zeros(5, 5)


def test_light_matrix_and_canonical_g_nu_agree(fl_mass, ours):
    """feynlag's seesaw_light_mass and its real-scalar shift (canonical normalisation) give our
    canonical g_nu, i.e. sqrt2 times Eq. 20's -- independent support for the audit finding."""
    mD, MR, MR_phi, ph = fl_mass
    light_fl = fl.seesaw_light_mass(mD, MR)
    assert (light_fl + ours.light_lo).applyfunc(sp.simplify) == sp.zeros(3, 3)
    G_fl = sp.diff(fl.seesaw_light_mass(mD, MR_phi), ph).subs(ph, 0)
    canon = uv.model("canonical")
    assert (G_fl + canon.g_nu_leading).applyfunc(sp.simplify) == sp.zeros(3, 3)
    assert (G_fl + ours.g_nu_leading).applyfunc(sp.simplify) != sp.zeros(3, 3)


def test_weinberg_operator_flagged_by_both(flm, ours):
    C, PL = fl.diracC, fl.diracPL
    nu = flm.L.components[0]
    H0 = flm.H.components[1]
    expr = fl.MajoranaBilinear(nu[0], C * PL, nu[0]) * H0**2
    ok, dim = fl.check_mass_dimension(expr, flm.fields, None, max_dim=4)
    F = ours.fields
    v = check_term(Term(1, (F["L_e"], F["H"], F["L_e"], F["H"]), (eps(0, 1), eps(2, 3))))
    assert not ok and dim == 5 and v.mass_dimension == 5 and not v.renormalisable
