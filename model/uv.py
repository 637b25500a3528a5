r"""The UV completion of paper Sec. IV: fields (Table I), Lagrangian (Eq. 14), neutral-fermion mass
matrix, and the tree-level matching onto the effective couplings g_mu (Eq. 15) and g_nu (Eq. 20).

Everything is *derived* once in :class:`UVModel` (shape of ``sympy.physics.mechanics.LagrangesMethod``):
the Lagrangian is assembled from :class:`~mevscalar.model.fields.Term` objects, each of which the
invariance checker accepts; the mass matrix is its Hessian at the vacuum; g_mu comes from solving
the H' equation of motion; g_nu from expanding the light (seesaw) mass matrix in the phi fluctuation.

Conventions (project-wide, fixed)
---------------------------------
* vevs: <H^0> = v/sqrt2, <H'^0> = v_p/sqrt2 (the paper's v'), <phi> = v_phi/sqrt2.
* neutral basis Psi = (nu_e, nu_mu, nu_tau, N, N'); mass term L > -(1/2) Psi^T M Psi + h.c.
* Eq. 14 is taken literally (all terms with a + sign). Its Hessian at the vacuum,
  d^2 L / dPsi_a dPsi_b = +B with the block form
  B = [[0, m_D], [m_D^T, M_R]], m_D = (y_N v/sqrt2 | y_N' v_p/sqrt2), M_R = [[m_N, lambda_N v_phi/sqrt2], [., m_N']],
  so with the -(1/2) convention the literal matrix is M_literal = -B (``neutral_mass_matrix_literal``).
  The common rephasing Psi -> i Psi (L_i -> i L_i, N -> i N, N' -> i N', mu_R -> i mu_R; kinetic terms
  and the muon Yukawa unchanged) flips the sign of every holomorphic neutral bilinear, so
  ``neutral_mass_matrix`` = +B. OUR GLOBAL SIGN: M = +B (= -M_literal). The sign is common to every
  entry and unphysical (Takagi values / |eigenvalues| are identical).
  Note: the literal sign reproduces Eq. 19 *with its sign*: -m_D M_R^-1 m_D^T of M_literal is +Eq. 19.
* Dirac masses: L > -m_mu mubar mu. Literally Eq. 14 gives m_mu = -y_mu v_p/sqrt2 and a phi mubar mu
  coefficient of the same relative sign; the chiral rephasing mu_R -> -mu_R flips both, and in the
  basis with m_mu = +y_mu v_p/sqrt2 we get exactly Eq. 15, g_mu = +y_mu v mu_phi / (sqrt2 m_H'^2)
  (Eq. 2 convention, L > -g_mu phi mubar mu). The physical statement is sign(g_mu/m_mu) = sign(mu_phi) (for v_phi
  contributions neglected), i.e. g_mu/m_mu = v mu_phi / (m_H'^2 v_p).
* phi fluctuation: ``phi_normalisation="paper"`` uses phi = (v_phi + varphi)/sqrt2 (what Eq. 20 needs);
  ``"canonical"`` uses phi = v_phi/sqrt2 + varphi, the canonically normalised fluctuation of a REAL
  scalar (as Eq. 15's g_mu assumes). The two differ by sqrt2 in g_nu: see ``mevscalar.paper.uv_rows()``.

Components are commutative symbols (exact for fermion bilinears: for Weyl spinors chi.psi = psi.chi).
"""

from __future__ import annotations

import functools
import math

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.errors import DerivationError
from mevscalar.model import symbols as S
from mevscalar.model.fields import (LEFT, RIGHT, SCALAR, Field, Parameter, Term, check_term, component_latex, delta,
                                    eps)
from mevscalar.model.symbols import sym

SQRT2 = sp.sqrt(2)
FLAVOURS = ("e", "mu", "tau")

# ---- symbols local to the UV model
m12sq = sym("m12sq", r"m_{12}^{2}", real=True)  # soft Z2-breaking H'^dag H mass term [MeV^2]
varphi = sym("varphi", r"\varphi", real=True)  # fluctuation of phi around its vev [MeV]
m_light = tuple(sym(f"m_nu{i}", rf"\tilde{{m}}_{{\nu_{i}}}", real=True) for i in (1, 2, 3))
g_nu_a = tuple(sym(f"g_nu{i}", rf"g_{{\nu_{i}}}", real=True) for i in (1, 2, 3))
mubar_mu = sym("mubar_mu", r"\bar{\mu}\mu")
# Weyl bilinears of the light mass eigenstates, nu_a . nu_a and its conjugate
nunu = tuple(sym(f"nunu{i}", rf"\left(\nu_{{{i}}} \cdot \nu_{{{i}}}\right)") for i in (1, 2, 3))
nunu_dag = tuple(sym(f"nunu{i}_dag", rf"\left(\nu_{{{i}}}^{{\dagger}} \cdot \nu_{{{i}}}^{{\dagger}}\right)")
                 for i in (1, 2, 3))
FF = sym("FF", r"F_{\mu\nu}F^{\mu\nu}")

component_latex(
    nu_e=r"\nu_{e}", nu_mu=r"\nu_{\mu}", nu_tau=r"\nu_{\tau}", e_L="e_{L}", mu_L=r"\mu_{L}", tau_L=r"\tau_{L}",
    H_plus="H^{+}", H_0="H^{0}", Hp_plus="H'^{+}", Hp_0="H'^{0}", phi=r"\phi", N="N", Np="N'", mu_R=r"\mu_{R}",
)


# --------------------------------------------------------------------------- fields (Table I)
def table_i_fields() -> dict:
    """The fields of Table I (reconstructed: see docs/uv-model.md), keyed by name.

    mu_R: (1, -1, -);  L_i: (2, -1/2, +);  H: (2, 1/2, +);  H': (2, 1/2, -);  phi: (1, 0, -) real;
    N: (1, 0, +);  N': (1, 0, -)   [(SU(2)_L, U(1)_Y, Z2)].
    """
    half = sp.Rational(1, 2)
    f = {
        "mu_R": Field("mu_R", r"\mu_{R}", RIGHT, 1, -1, -1, components=("mu_R",)),
        "H": Field("H", "H", SCALAR, 2, half, +1, components=("H_plus", "H_0")),
        "Hp": Field("Hp", "H'", SCALAR, 2, half, -1, components=("Hp_plus", "Hp_0")),
        "phi": Field("phi", r"\phi", SCALAR, 1, 0, -1, real=True, components=("phi",)),
        "N": Field("N", "N", LEFT, 1, 0, +1, components=("N",)),
        "Np": Field("Np", "N'", LEFT, 1, 0, -1, components=("Np",)),
    }
    charged = {"e": "e_L", "mu": "mu_L", "tau": "tau_L"}
    for a in FLAVOURS:
        tex = {"e": "e", "mu": r"\mu", "tau": r"\tau"}[a]
        f[f"L_{a}"] = Field(f"L_{a}", rf"L_{{{tex}}}", LEFT, 2, -half, +1, components=(f"nu_{a}", charged[a]))
    return f


def eq14_terms(fields: dict) -> list:
    """The terms of Eq. 14 (each must be invariant; add its H.c. to get the Lagrangian)."""
    L, H, Hp, phi, N, Np, muR = (fields[k] for k in ("L_mu", "H", "Hp", "phi", "N", "Np", "mu_R"))
    terms = [Term(S.y_mu, (L.conj(), Hp, muR), (delta(0, 1),), label="y_mu Lbar_mu H' mu_R")]
    for i, a in enumerate(FLAVOURS):
        terms.append(Term(S.y_N[i], (fields[f"L_{a}"], H, N), (eps(0, 1),), label=f"y_N,{a} (L_{a}.H) N"))
    for j, a in enumerate(FLAVOURS):
        terms.append(Term(S.y_Np[j], (fields[f"L_{a}"], Hp, Np), (eps(0, 1),), label=f"y_N',{a} (L_{a}.H') N'"))
    terms += [
        Term(S.lambda_N, (N, Np, phi), label="lambda_N N N' phi"),
        Term(S.mu_phi, (Hp.conj(), H, phi), (delta(0, 1),), label="mu_phi H'^dag H phi"),
        Term(S.m_N / 2, (N, N), label="m_N/2 N N"),
        Term(S.m_Np / 2, (Np, Np), label="m_N'/2 N' N'"),
    ]
    return terms


def potential_terms(fields: dict) -> list:
    """Scalar-potential pieces needed for the matching (not printed in Eq. 14).

    -m_H'^2 H'^dag H' (Z2 even) and the soft Z2-breaking m12^2 H'^dag H + h.c. the paper mentions
    below Eq. 14 ("softly broken by mass terms in the scalar potential").
    """
    H, Hp = fields["H"], fields["Hp"]
    return [
        Term(-S.m_Hp**2, (Hp.conj(), Hp), (delta(0, 1),), label="-m_H'^2 H'^dag H'"),
        Term(m12sq, (Hp.conj(), H), (delta(0, 1),), label="m12^2 H'^dag H (soft)"),
    ]


def wrong_terms(fields: dict) -> dict:
    """Deliberately wrong terms, each violating a named symmetry (used by tests and docs)."""
    L, H, Hp, phi, N, Np, muR = (fields[k] for k in ("L_mu", "H", "Hp", "phi", "N", "Np", "mu_R"))
    return {
        "y (L.H) N'  [Z2 odd]": (Term(sym("y_bad"), (L, H, Np), (eps(0, 1),)), ("Z2",)),
        "y L.H' mu_R without the bar  [U(1)_Y, Lorentz]": (
            Term(sym("y_bad"), (L, Hp, muR), (eps(0, 1),)), ("U(1)_Y", "Lorentz")),
        "y L N phi  [SU(2)_L: lone doublet]": (Term(sym("y_bad"), (L, N, phi)), ("SU(2)_L", "U(1)_Y", "Z2")),
        "y (L.N) H  [SU(2)_L: eps on a singlet]": (
            Term(sym("y_bad"), (L, N, H), (eps(0, 1),)), ("SU(2)_L",)),
    }


# --------------------------------------------------------------------------- the model
class UVModel:
    """Derive the UV model once; results are attributes.

    Attributes
    ----------
    fields                dict of :class:`Field` (Table I)
    terms                 Eq. 14 terms (without H.c.); ``potential`` the scalar-potential pieces
    verdicts              {label: Verdict} for every term and its H.c.
    lagrangian            Eq. 14 + H.c. + potential, in components (commuting symbols)
    psi                   neutral basis (nu_e, nu_mu, nu_tau, N, N')
    neutral_mass_matrix   5x5, our sign (+B; see module docstring); ``neutral_mass_matrix_literal`` = -B
    dirac_block           3x2 m_D;  majorana_block 2x2 M_R
    mass_matrix_of_phi    5x5 with <phi> replaced by the field value phi(varphi)
    g_mu, m_mu_expr       Eq. 15 derived by integrating out H' [dimensionless, MeV]
    g_mu_raw              the literal Eq. 14 coefficient (before mu_R -> -mu_R): -g_mu
    v_p_induced           sqrt2 <H'^0> from the H' equation of motion [MeV]
    light_lo              leading-order light matrix -m_D M_R^-1 m_D^T (3x3, our sign)
    g_nu_leading          d light_lo / d varphi at varphi = 0 (3x3 flavour matrix; L > -(1/2) varphi nu^T G nu)
    g_nu_factor           f in Eq. 20, g = f m / v_phi (derived: 1 for "paper", sqrt2 for "canonical")
    mass_matrix_dphi      d M / d varphi at varphi = 0 (5x5): the Hellmann-Feynman coupling matrix
    effective_lagrangian  Eq. 2 (+ Eq. 3 with g_gg as a symbol)
    parameters            {name: Parameter}: external inputs and internal (derived) parameters
    """

    def __init__(self, phi_normalisation: str = "paper"):
        from mevscalar.validate import choice

        choice("phi_normalisation", phi_normalisation, ("paper", "canonical"))  # ParameterError otherwise
        self.phi_normalisation = phi_normalisation
        self.fields = table_i_fields()
        self.terms = eq14_terms(self.fields)
        self.potential = potential_terms(self.fields)
        self.verdicts = {}
        for t in self.terms + self.potential:
            for tt in (t, t.hc()):
                self.verdicts[tt.label] = check_term(tt)
        hol = sum((t.expand() for t in self.terms), sp.Integer(0))
        self.lagrangian_holomorphic = hol
        self.lagrangian = sp.expand(hol + sum((t.hc().expand() for t in self.terms), sp.Integer(0))
                                    + self.potential[0].expand()
                                    + self.potential[1].expand() + self.potential[1].hc().expand())
        self._derive_neutral()
        self._derive_muon()
        self._derive_g_nu()
        self._derive_effective()
        self.parameters = self._parameters()

    def _parameters(self) -> dict:
        """External inputs and internal (derived) parameters, keyed by symbol name."""
        ext = [Parameter(S.y_mu, "1", "muon Yukawa of H' (Eq. 14)"),
               *[Parameter(y, "1", "N Yukawa, flavour %d (Eq. 14)" % (i + 1)) for i, y in enumerate(S.y_N)],
               *[Parameter(y, "1", "N' Yukawa, flavour %d (Eq. 14)" % (i + 1)) for i, y in enumerate(S.y_Np)],
               Parameter(S.lambda_N, "1", "N N' phi coupling (Eq. 14)"),
               Parameter(S.mu_phi, "MeV", "H'^dag H phi trilinear (Eq. 14)"),
               Parameter(S.m_N, "MeV", "N Majorana mass (Eq. 14)"),
               Parameter(S.m_Np, "MeV", "N' Majorana mass (Eq. 14)"),
               Parameter(S.m_Hp, "MeV", "H' mass parameter (-m_H'^2 H'^dag H')"),
               Parameter(m12sq, "MeV^2", "soft Z2-breaking m12^2 H'^dag H (below Eq. 14)"),
               Parameter(S.v, "MeV", "<H^0> = v/sqrt2"),
               Parameter(S.v_p, "MeV", "<H'^0> = v'/sqrt2 (an input, as in the paper; see v_p_induced)"),
               Parameter(S.v_phi, "MeV", "<phi> = v_phi/sqrt2"),
               Parameter(S.m_phi, "MeV", "physical phi mass")]
        internal = [Parameter(S.m_mu, "MeV", "muon mass from <H'^0>", self.m_mu_expr),
                    Parameter(S.g_mu, "1", "phi-muon coupling, Eq. 15 (canonical phi)", self.g_mu),
                    Parameter(sym("g_mu_exact", r"g_{\mu}^{\rm exact}"), "1",
                              "phi-muon coupling, exact tree-level mixing", self.g_mu_exact),
                    Parameter(sym("v_p_induced", r"v'_{\rm ind}"), "MeV",
                              "sqrt2 <H'^0> from the H' equation of motion", self.v_p_induced)]
        return {p.symbol.name: p for p in ext + internal}

    # ---- component symbols and vacuum
    def comp(self, name: str, dag: bool = False) -> sp.Symbol:
        """Component symbol by name, e.g. ``comp('Hp_0')`` or ``comp('Hp_0', dag=True)``."""
        for f in self.fields.values():
            if name in f.components:
                g = f.conj() if dag else f
                return g.component_symbols()[f.components.index(name)]
        raise KeyError(name)

    def phi_field(self) -> sp.Expr:
        """phi in terms of its vev and fluctuation varphi (depends on ``phi_normalisation``)."""
        if self.phi_normalisation == "paper":
            return (S.v_phi + varphi) / SQRT2
        return S.v_phi / SQRT2 + varphi

    def vacuum(self, keep_phi: bool = False) -> dict:
        """Substitution of the doublet vevs (and <phi> unless keep_phi)."""
        c = self.comp
        sub = {c("H_plus"): 0, c("H_plus", True): 0, c("H_0"): S.v / SQRT2, c("H_0", True): S.v / SQRT2,
               c("Hp_plus"): 0, c("Hp_plus", True): 0, c("Hp_0"): S.v_p / SQRT2, c("Hp_0", True): S.v_p / SQRT2}
        if not keep_phi:
            sub[c("phi")] = S.v_phi / SQRT2
        return sub

    # ---- neutral fermions
    def _derive_neutral(self):
        c = self.comp
        self.psi = tuple(c(n) for n in ("nu_e", "nu_mu", "nu_tau", "N", "Np"))
        L_vac = self.lagrangian.subs(self.vacuum(keep_phi=True))
        hess = sp.hessian(L_vac, self.psi)  # = +B(phi)
        hess = hess.applyfunc(sp.expand)
        self._hessian_phi = hess
        self.neutral_mass_matrix_literal = (-hess).subs(c("phi"), S.v_phi / SQRT2)
        self.neutral_mass_matrix = hess.subs(c("phi"), S.v_phi / SQRT2)  # our sign: M = +B (Psi -> i Psi)
        self.mass_matrix_of_phi = hess.subs(c("phi"), self.phi_field()).applyfunc(sp.expand)
        self.mass_matrix_dphi = sp.diff(self.mass_matrix_of_phi, varphi).subs(varphi, 0).applyfunc(sp.expand)
        self.dirac_block = self.neutral_mass_matrix[:3, 3:]
        self.majorana_block = self.neutral_mass_matrix[3:, 3:]
        # rank <= 4: the nu direction orthogonal to y_N and y_N' is an exact null vector
        n = sp.Matrix(S.y_N).cross(sp.Matrix(S.y_Np))
        self.null_vector = sp.Matrix(list(n) + [0, 0])

    # ---- muon: integrate out H' at tree level
    def _derive_muon(self):
        c = self.comp
        hp = [c("Hp_plus"), c("Hp_0")]
        hpd = [c("Hp_plus", True), c("Hp_0", True)]
        L = self.lagrangian
        # Terms with H' are at most quadratic (no quartics kept): dL/dH'^dag = 0 and dL/dH' = 0.
        sol = sp.solve([sp.diff(L, x) for x in hpd + hp], hp + hpd, dict=True)
        if len(sol) != 1:
            raise RuntimeError("H' equation of motion: expected one solution")
        sol = sol[0]
        self.hp_eom = sol
        L_eff = sp.expand(L.subs(sol, simultaneous=True))
        self.lagrangian_light = L_eff
        sub = {c("H_plus"): 0, c("H_plus", True): 0, c("H_0"): S.v / SQRT2, c("H_0", True): S.v / SQRT2}
        L_eff_v = sp.expand(L_eff.subs(sub))
        phi = c("phi")
        muL_dag_muR = c("mu_L", True) * c("mu_R")
        muR_dag_muL = c("mu_R", True) * c("mu_L")
        # coefficient of phi * mubar P_R mu and of phi * mubar P_L mu (equal for real couplings)
        cR = sp.expand(L_eff_v).coeff(c("mu_L", True)).coeff(c("mu_R")).coeff(phi, 1)
        cL = sp.expand(L_eff_v).coeff(c("mu_R", True)).coeff(c("mu_L")).coeff(phi, 1)
        if sp.simplify(cR - cL) != 0:
            raise RuntimeError("phi mubar mu coupling is not hermitian")
        # literal Eq. 14: L > +cR phi mubar mu  ->  g_raw = -cR (Eq. 2: -g phi mubar mu)
        self.g_mu_raw = sp.simplify(-cR)
        # muon mass from <H'^0> = v_p/sqrt2 directly (before integrating out)
        Lm = sp.expand(self.lagrangian.subs(self.vacuum()))
        cm = Lm.coeff(c("mu_L", True)).coeff(c("mu_R"))
        cm = cm.subs({phi: 0})
        self.m_mu_raw = sp.simplify(-cm)  # Dirac convention L > -m mubar mu
        # rephase mu_R -> -mu_R so that m_mu = +y_mu v_p/sqrt2: both flip
        self.m_mu_expr = -self.m_mu_raw
        self.g_mu = -self.g_mu_raw
        self._muL_muR = (muL_dag_muR, muR_dag_muL)
        # induced vev of H'^0 from its equation of motion at the vacuum (phi -> <phi>, fermions -> 0)
        fermions = [f for f in self.fields.values() if f.is_fermion]
        zero_f = {s: 0 for f in fermions for s in f.component_symbols() + f.conj().component_symbols()}
        hp0 = sol[c("Hp_0")].subs(zero_f).subs(sub).subs(phi, S.v_phi / SQRT2)
        self.v_p_induced = sp.simplify(SQRT2 * hp0)
        # the same coupling per unit of the fluctuation in the chosen normalisation: g_mu is the
        # coefficient of the full field phi, i.e. of the canonical fluctuation (phi = v_phi/sqrt2 + varphi);
        # with phi = (v_phi + varphi)/sqrt2 (where Eq. 20 holds) it is g_mu/sqrt2.
        coeff_phi = sp.expand(L_eff_v.subs(phi, self.phi_field())).coeff(c("mu_L", True)).coeff(c("mu_R"))
        self.g_mu_fluctuation = sp.simplify(coeff_phi.coeff(varphi, 1))  # -(literal), i.e. after mu_R -> -mu_R
        self._derive_muon_exact()

    def _derive_muon_exact(self):
        """g_mu beyond Eq. 15: exact tree-level phi - Re H'^0 mixing (no expansion in 1/m_H'^2).

        Scalar mass matrix of (varphi_c, h'_R), varphi_c the canonical phi fluctuation and
        H'^0 = (v_p + h'_R + i h'_I)/sqrt2, from the Hessian of -L at the vacuum, with a bare phi mass
        term -(1/2) m_phi0^2 phi^2 added. Demanding that m_phi^2 be an eigenvalue fixes the light
        eigenvector (u_phi, u_h) with u_h/u_phi = -M2_21/(M2_22 - m_phi^2) = mu_phi v/(m_H'^2 - m_phi^2) =: tan(theta),
        and g_mu_exact = (muon coupling of h'_R) * sin(theta). Eq. 15 is its leading term in 1/m_H'^2.
        """
        c = self.comp
        m_phi0 = sym("m_phi0", r"m_{\phi,0}", positive=True)
        hR, hI, vc = (sym(n, t, real=True) for n, t in (("hp_R", "h'_{R}"), ("hp_I", "h'_{I}"), ("varphi_c", r"\varphi_c")))
        L = self.lagrangian - m_phi0**2 * c("phi") ** 2 / 2
        sub = {c("H_plus"): 0, c("H_plus", True): 0, c("H_0"): S.v / SQRT2, c("H_0", True): S.v / SQRT2,
               c("Hp_plus"): 0, c("Hp_plus", True): 0,
               c("Hp_0"): (S.v_p + hR + sp.I * hI) / SQRT2, c("Hp_0", True): (S.v_p + hR - sp.I * hI) / SQRT2,
               c("phi"): S.v_phi / SQRT2 + vc}
        Ls = sp.expand(L.subs(sub))
        basis = (vc, hR)
        M2 = (-sp.hessian(Ls, basis)).subs({vc: 0, hR: 0, hI: 0}).applyfunc(sp.simplify)
        fermions = [f for f in self.fields.values() if f.is_fermion]
        zero_f = {s: 0 for f in fermions for s in f.component_symbols() + f.conj().component_symbols()}
        M2 = M2.subs(zero_f)
        self.scalar_mass_matrix = M2
        tan_theta = sp.simplify(-M2[1, 0] / (M2[1, 1] - S.m_phi**2))
        self.tan_theta = tan_theta
        # muon coupling of h'_R (literal coefficient of h'_R mubar P_R mu), then the same mu_R -> -mu_R rephasing
        y_h = -(-sp.expand(Ls).coeff(c("mu_L", True)).coeff(c("mu_R")).coeff(hR, 1))
        self.g_mu_hR = sp.simplify(y_h)
        # sin(theta) = tan/sqrt(1 + tan^2), written without |m_H'^2 - m_phi^2| (m_phi < m_H': u_phi > 0)
        self.g_mu_exact = sp.simplify(self.g_mu_hR * (-M2[1, 0])
                                      / sp.sqrt(M2[1, 0] ** 2 + (M2[1, 1] - S.m_phi**2) ** 2))
        # m_phi0 from the light eigenvalue (det(M2 - m_phi^2) = 0): documents that the bare mass is tuned
        self.m_phi0_sq = sp.solve(sp.Eq((M2 - S.m_phi**2 * sp.eye(2)).det(), 0), m_phi0**2)[0]

    # ---- neutrinos: expand the light matrix in the phi fluctuation
    def _derive_g_nu(self):
        Mphi = self.mass_matrix_of_phi
        D, R = Mphi[:3, 3:], Mphi[3:, 3:]
        # R^-1 = adj(R)/det(R) keeps every entry one rational function (cancel is much cheaper than simplify)
        light_phi = -(D * R.adjugate() * D.T) / R.det()
        self.light_lo_of_phi = light_phi.applyfunc(sp.factor)
        self.light_lo = self.light_lo_of_phi.subs(varphi, 0).applyfunc(sp.factor)
        self.g_nu_leading = sp.diff(self.light_lo_of_phi, varphi).subs(varphi, 0).applyfunc(sp.factor)
        # Eq. 20's normalisation factor f (g = f m / v_phi), derived: the light matrix of Eq. 14 scales as
        # 1/v_eff with v_eff = sqrt2 <phi>, so G = dlight/dvarphi = -light * (d v_eff/d varphi) / v_phi and
        # f = d(sqrt2 phi)/d varphi: 1 for phi = (v_phi + varphi)/sqrt2 (the paper's Eq. 20), sqrt2 for the
        # canonical real-scalar fluctuation. Checked on the matrix where it applies (m_N = m_N' = 0, R invertible).
        self.g_nu_factor = sp.simplify(SQRT2 * sp.diff(self.phi_field(), varphi))
        zero = {S.m_N: 0, S.m_Np: 0}
        if sp.simplify(self.light_lo[0, 0].subs(zero)).is_finite and self.majorana_block.subs(zero).det() != 0:
            ratio = sp.simplify(-(self.g_nu_leading[0, 0] * S.v_phi / self.light_lo[0, 0]).subs(zero))
            if sp.simplify(ratio - self.g_nu_factor) != 0:
                raise DerivationError(f"g_nu v_phi / m = {ratio} at m_N = m_N' = 0, not d(sqrt2 phi)/dvarphi = "
                                      f"{self.g_nu_factor}")

    def g_nu_hellmann_feynman(self, u) -> sp.Expr:
        """g for a light eigenvector u (3-vector) of ``light_lo``: d m / d varphi = u^T G u (Hellmann-Feynman).

        Valid for any m_N, m_N' (no assumption that the light matrix scales as 1/v_phi).
        """
        u = sp.Matrix(u)
        return (u.T * self.g_nu_leading * u)[0, 0]

    # ---- effective theory
    def _derive_effective(self):
        phi = sym("phi_eff", r"\phi", real=True)
        self.phi_eff = phi
        # Eq. 2 (+ Eq. 3; g_gg is generated at one loop by the muon, derived in another module)
        l_nu = sum((g_nu_a[a] / 2 * phi * (nunu[a] + nunu_dag[a]) for a in range(3)), sp.Integer(0))
        self.effective_lagrangian = -S.g_mu * phi * mubar_mu - l_nu - S.g_gg / 4 * phi * FF
        self.effective_couplings = {S.g_mu: self.g_mu, "g_nu (flavour matrix, Eq. 2 convention)": self.g_nu_leading}

    # ---- display
    def latex(self, what: str = "lagrangian") -> str:
        """LaTeX of a result: 'lagrangian' (Eq. 14 as in the paper; 'lagrangian_flavours' spells out
        e, mu, tau), 'mass_matrix', 'dirac_block',
        'majorana_block', 'g_mu', 'm_mu', 'light_lo', 'g_nu', 'effective', 'components'."""
        if what in ("lagrangian", "lagrangian_flavours"):
            terms = self.terms if what == "lagrangian_flavours" else self._flavour_generic_terms()
            parts = [term_latex(t) for t in terms]
            return r"\mathcal{L}_{UV} = " + " + ".join(parts) + r" + \mathrm{H.c.}"
        if what == "components":
            return r"\mathcal{L}_{UV} = " + sp.latex(self.lagrangian)
        table = {
            "mass_matrix": (r"\mathcal{M}", self.neutral_mass_matrix),
            "dirac_block": ("m_{D}", self.dirac_block),
            "majorana_block": ("M_{R}", self.majorana_block),
            "g_mu": (r"g_{\mu}", self.g_mu),
            "m_mu": (r"m_{\mu}", self.m_mu_expr),
            "light_lo": (r"\mathcal{M}_{\nu}", self.light_lo),
            "g_nu": (r"G_{\nu} = \partial \mathcal{M}_{\nu}/\partial\varphi", self.g_nu_leading),
            "effective": (r"\mathcal{L}_{\rm eff}", self.effective_lagrangian),
        }
        if what not in table:
            raise ValueError(f"what must be one of lagrangian, lagrangian_flavours, components, "
                             f"{', '.join(table)}; got {what!r}")
        lhs, expr = table[what]
        return f"{lhs} = {sp.latex(expr)}"

    def _flavour_generic_terms(self) -> list:
        """Eq. 14 as printed: the three flavour terms of each Yukawa written once with an index i
        (repeated index summed), built from a generic doublet L_i with L_e's quantum numbers."""
        Li = Field("L_i", "L_{i}", LEFT, 2, self.fields["L_e"].hypercharge, self.fields["L_e"].z2)
        yNi, yNpi = sym("y_Ni", "y_{N,i}", real=True), sym("y_Npi", "y_{N',i}", real=True)
        out, done = [], set()
        for t in self.terms:
            if t.coupling in S.y_N or t.coupling in S.y_Np:
                key = "N" if t.coupling in S.y_N else "Np"
                if key not in done:
                    done.add(key)
                    out.append(Term(yNi if key == "N" else yNpi, (Li,) + t.fields[1:], t.su2, label=t.label))
            else:
                out.append(t)
        return out

    def _repr_latex_(self) -> str:
        return "$" + self.latex("lagrangian") + "$"


def term_latex(t: Term) -> str:
    """A term as the paper writes it: coupling, then fields, (A \\cdot B) for eps, A^\\dagger B for delta."""
    fs = t.fields
    out = []
    done = set()
    for c in t.su2:
        a, b = fs[c.i], fs[c.j]
        if c.kind == "eps":
            out.append(rf"\left({a.tex} \cdot {b.tex}\right)")
        else:
            if a.is_fermion:  # \bar{L}_{\mu}: bar over the base name only
                base, _, sub = a.latex.partition("_")
                ta = rf"\bar{{{base}}}" + (f"_{sub}" if sub else "")
            else:
                ta = a.tex
            out.append(f"{ta} {b.tex}")
        done |= {c.i, c.j}
    out += [f.tex for k, f in enumerate(fs) if k not in done]
    coup = sp.latex(t.coupling)
    if isinstance(t.coupling, sp.Add):
        coup = rf"\left({coup}\right)"
    return coup + " " + " ".join(out)


@functools.lru_cache(maxsize=None)
def model(phi_normalisation: str = "paper") -> UVModel:
    """The cached :class:`UVModel` (derivation takes a few seconds)."""
    return UVModel(phi_normalisation)


def neutral_mass_matrix() -> sp.Matrix:
    """The 5x5 neutral-fermion mass matrix (our sign, +B), basis (nu_e, nu_mu, nu_tau, N, N'). Cached."""
    return model().neutral_mass_matrix


# --------------------------------------------------------------------------- exact reference (mpmath)
_NEUTRAL_PARAMS = (S.v, S.v_p, S.v_phi, S.lambda_N, S.m_N, S.m_Np) + S.y_N + S.y_Np


@functools.lru_cache(maxsize=None)
def _neutral_lambdas(phi_normalisation: str):
    m = model(phi_normalisation)
    M = sp.lambdify(_NEUTRAL_PARAMS, m.neutral_mass_matrix, "mpmath")
    dM = sp.lambdify(_NEUTRAL_PARAMS, m.mass_matrix_dphi, "mpmath")
    return M, dM


def light_couplings_exact_mp(values: dict, phi_normalisation: str = "paper", dps: int = 50):
    """Exact light masses and phi couplings from the full 5x5 matrix (mpmath, ``dps`` digits).

    values: {symbol: number} for v, v_p, v_phi, lambda_N, m_N, m_Np, y_N1..3, y_Np1..3 (MeV).
    Hellmann-Feynman on the exact eigenvectors: g_i = sign(E_i) u_i^T (dM/dvarphi) u_i, masses |E_i|
    (the sign makes the state's mass positive by a rephasing, which flips its coupling alike).
    Returns (masses, couplings), each a list of 3 mpf, ascending in mass. Reference for tests/audit only.
    """
    import mpmath

    from mevscalar import validate as V

    V.choice("phi_normalisation", phi_normalisation, ("paper", "canonical"))
    missing = [s.name for s in _NEUTRAL_PARAMS if s not in values]
    if missing:
        raise V.ParameterError(f"values is missing {', '.join(missing)}")
    for s in (S.v, S.v_p, S.v_phi):
        V.positive(s.name, values[s], "MeV")
    if V.finite("lambda_N", values[S.lambda_N]) == 0:
        raise V.ParameterError("lambda_N must be non-zero (allowed range (-inf, 0) U (0, inf)), got 0")
    for s in (S.m_N, S.m_Np) + S.y_N + S.y_Np:
        V.finite(s.name, values[s])
    if not (isinstance(dps, int) and dps >= 20):
        raise V.ParameterError(f"dps must be an integer >= 20, got {dps!r}")
    M_of, dM_of = _neutral_lambdas(phi_normalisation)
    with mpmath.workdps(dps):
        args = [mpmath.mpf(values[s]) for s in _NEUTRAL_PARAMS]
        E, U = mpmath.eigsy(mpmath.matrix(M_of(*args)))
        G = mpmath.matrix(dM_of(*args))
        order = sorted(range(5), key=lambda k: abs(E[k]))[:3]
        masses, gs = [], []
        for k in order:
            u = U[:, k]
            sgn = 1 if E[k] >= 0 else -1
            masses.append(abs(E[k]))
            gs.append(sgn * (u.T * G * u)[0, 0])
    return masses, gs


# --------------------------------------------------------------------------- paper expressions
def eq15_g_mu() -> sp.Expr:
    """Eq. 15 as printed: g_mu = y_mu v mu_phi / (sqrt2 m_H'^2)."""
    return S.y_mu * S.v * S.mu_phi / (SQRT2 * S.m_Hp**2)


def eq20_g_nu(m_a) -> sp.Expr:
    """Eq. 20 as printed: g_nu_a = m_a / v_phi."""
    return m_a / S.v_phi


def g_mu_eq15_relerr_expr(m: UVModel) -> sp.Expr:
    """Eq. 15 / exact - 1 (exact expression; independent of y_mu)."""
    return sp.simplify(eq15_g_mu() / m.g_mu_exact - 1)


def g_mu_eq15_relerr_safe() -> sp.Expr:
    """The same without cancellation: (1 - r) t^2 / (sqrt(1 + t^2) + 1) - r."""
    t2 = (S.mu_phi * S.v / (S.m_Hp**2 - S.m_phi**2)) ** 2
    r = S.m_phi**2 / S.m_Hp**2
    return (1 - r) * t2 / (sp.sqrt(1 + t2) + 1) - r


# --------------------------------------------------------------------------- kernels
#: Arguments of the neutral-fermion kernels, in this order (those the derived matrix depends on).
NEUTRAL_ARGS = tuple(S.y_N) + tuple(S.y_Np) + (S.v, S.v_p, S.lambda_N, S.v_phi, S.m_N, S.m_Np)
#: Twin-test domain of the neutral-fermion kernels: the seesaw regime of Sec. IV and well beyond it.
_NEUTRAL_DOMAIN = {
    **{y.name: Range(lo, hi, "lin") for y, (lo, hi) in zip(S.y_N + S.y_Np, ((-1.0, 1.5), (-1.3, 1.1), (-0.7, 1.7),
                                                                           (-1.1, 1.4), (-0.9, 1.6), (-1.2, 1.25)))},
    "v": Range(1e3, 1e6, "log"), "v_p": Range(1.0, 1e6, "log"), "lambda_N": Range(1e-3, 10.0, "log"),
    "v_phi": Range(1.0, 1e7, "log"), "m_N": Range(-5.0, 5.0, "lin"), "m_Np": Range(-5.0, 5.0, "lin"),
    "m_nu": Range(1e-12, 1.0, "log"),
}


def _neutral_args(*exprs) -> tuple:
    """The NEUTRAL_ARGS some matrices depend on; DerivationError for a symbol the numeric side cannot supply."""
    free = set().union(*(e.free_symbols for e in exprs))
    extra = free - set(NEUTRAL_ARGS)
    if extra:
        raise DerivationError(f"the neutral mass matrix depends on {sorted(map(str, extra))}, which are not "
                              f"neutral-sector inputs {[a.name for a in NEUTRAL_ARGS]}: add them to NEUTRAL_ARGS "
                              "(and a domain) and to the numeric API (numeric/neutrino.py)")
    return tuple(a for a in NEUTRAL_ARGS if a in free)


def neutral_kernels(m: UVModel | None = None, canonical: UVModel | None = None) -> list:
    """The matrix kernels of the neutral sector, from a derived model (default: Eq. 14, both normalisations).

    neutral_mass_matrix (5x5, our sign +B), neutral_mass_matrix_dphi[_canonical] (dM/dvarphi at the vacuum,
    5x5: the Hellmann-Feynman couplings), g_nu_eq20[_canonical] (Eq. 20, g = f m/v_phi with f derived).
    """
    m = model() if m is None else m
    canonical = model("canonical") if canonical is None else canonical
    M = m.neutral_mass_matrix
    args = _neutral_args(M, m.mass_matrix_dphi, canonical.mass_matrix_dphi)
    dom = {a.name: _NEUTRAL_DOMAIN[a.name] for a in args}
    m_nu = sym("m_nu", r"m_{\nu}", positive=True)
    out = [Kernel("neutral_mass_matrix", args, M, dom, "MeV",
                  "derived: Hessian of Eq. 14 at the vacuum (Eqs. 16-19 act on it)",
                  "5x5 neutral mass matrix, basis (nu_e, nu_mu, nu_tau, N, N'), L > -(1/2) Psi^T M Psi + h.c.",
                  rtol=1e-15, rtol_why="each entry is one product of inputs and sqrt2: a few ulp")]
    for suffix, mm in (("", m), ("_canonical", canonical)):
        out.append(Kernel(f"neutral_mass_matrix_dphi{suffix}", args, mm.mass_matrix_dphi, dom, "1",
                          f"derived: dM/dvarphi of the Hessian of Eq. 14 ({mm.phi_normalisation} phi normalisation)",
                          "d M / d varphi at the vacuum (5x5): g_a = u_a^T (dM/dvarphi) u_a on exact eigenvectors u_a.",
                          rtol=1e-15, rtol_why="each entry is one product of inputs and sqrt2: a few ulp"))
        out.append(Kernel(f"g_nu_eq20{suffix}", (m_nu, S.v_phi), mm.g_nu_factor * eq20_g_nu(m_nu),
                          {"m_nu": _NEUTRAL_DOMAIN["m_nu"], "v_phi": _NEUTRAL_DOMAIN["v_phi"]}, "1",
                          f"Eq. 20 ({mm.phi_normalisation} normalisation; factor {mm.g_nu_factor} derived)",
                          "phi-nu coupling from a light mass: g = f m_nu / v_phi, f derived from dM/dvarphi.",
                          rtol=1e-15, rtol_why="one product and one division"))
    # Eq. 20 solved for v_phi (sp.solve, not retyped): the vev a measured light mass and coupling imply
    g_pos = sym("g_nu_a", r"g_{\nu}", positive=True)
    for suffix, mm in (("", m), ("_canonical", canonical)):
        (vphi_of,) = sp.solve(sp.Eq(g_pos, mm.g_nu_factor * eq20_g_nu(m_nu)), S.v_phi)
        out.append(Kernel(f"v_phi_eq20{suffix}", (m_nu, g_pos), vphi_of,
                          {"m_nu": _NEUTRAL_DOMAIN["m_nu"], "g_nu_a": Range(1e-15, 1.0, "log")}, "MeV",
                          f"Eq. 20 solved for v_phi ({mm.phi_normalisation} normalisation, sp.solve)",
                          "v_phi from a light mass m_nu [MeV] and its coupling g: v_phi = f m_nu / g.",
                          rtol=1e-15, rtol_why="one product and one division"))
    return out


def kernels() -> list:
    m = model()
    yrange = Range(1e-3, 4 * math.pi, "log")
    return neutral_kernels(m) + [
        Kernel("g_mu_uv", (S.y_mu, S.v, S.mu_phi, S.m_Hp), m.g_mu,
               domain={"y_mu": yrange, "v": Range(1e3, 1e6, "log"), "mu_phi": Range(1.0, 1e7, "log"),
                       "m_Hp": Range(1e4, 1e8, "log")},
               units="1", equation="Eq. 15 (derived: H' integrated out at tree level)",
               doc="phi-muon coupling g_mu = y_mu v mu_phi / (sqrt2 m_H'^2); basis with m_mu = +y_mu v_p/sqrt2."),
        Kernel("g_mu_uv_fluctuation", (S.y_mu, S.v, S.mu_phi, S.m_Hp), m.g_mu_fluctuation,
               domain={"y_mu": yrange, "v": Range(1e3, 1e6, "log"), "mu_phi": Range(1.0, 1e7, "log"),
                       "m_Hp": Range(1e4, 1e8, "log")},
               units="1", equation="Eq. 15 per unit of the Eq. 20 fluctuation (derived: phi = (v_phi + varphi)/sqrt2)",
               doc="muon coupling of the fluctuation varphi in phi = (v_phi + varphi)/sqrt2, the normalisation "
                   "Eq. 20 holds in (Eq. 15's g_mu is the coupling of the canonical one)."),
        Kernel("g_mu_uv_exact", (S.y_mu, S.v, S.mu_phi, S.m_Hp, S.m_phi), m.g_mu_exact,
               domain={"y_mu": yrange, "v": Range(1e3, 1e6, "log"), "mu_phi": Range(1.0, 1e7, "log"),
                       "m_Hp": Range(1e4, 1e8, "log"), "m_phi": Range(1e-2, 200.0, "log")},
               units="1", equation="derived (exact tree-level phi - Re H'^0 mixing; Eq. 15 is its 1/m_H'^2 limit)",
               doc="g_mu = (y_mu/sqrt2) sin(theta), tan(theta) = mu_phi v/(m_H'^2 - m_phi^2), canonical phi."),
        Kernel("g_mu_eq15_relerr", (S.v, S.mu_phi, S.m_Hp, S.m_phi), g_mu_eq15_relerr_expr(m),
               numeric=g_mu_eq15_relerr_safe(),
               domain={"v": Range(1e3, 1e6, "log"), "mu_phi": Range(1.0, 1e7, "log"),
                       "m_Hp": Range(1e4, 1e8, "log"), "m_phi": Range(1e-2, 200.0, "log")},
               units="1", equation="Eq. 15 error: g_Eq15/g_exact - 1",
               doc="Relative error of Eq. 15 against the exact tree-level mixing result, "
                   "(1 - r) sqrt(1 + t^2) - 1 with r = m_phi^2/m_H'^2, t = tan(theta).",
               rtol=1e-12, atol=1e-18,
               rtol_why="safe form (1-r) t^2/(sqrt(1+t^2)+1) - r has no cancellation except at the zero "
                        "crossing t^2/2 ~ r, where both terms are <= r <= 4e-4 over the domain: atol = 1e-18 "
                        "covers a few ulp of them"),
        Kernel("m_mu_uv", (S.y_mu, S.v_p), m.m_mu_expr,
               domain={"y_mu": yrange, "v_p": Range(1.0, 1e5, "log")},
               units="MeV", equation="Sec. IV text (m_mu from <H'^0> = v'/sqrt2)",
               doc="Muon mass m_mu = y_mu v_p / sqrt2 [MeV]."),
        Kernel("v_p_induced_uv", (S.mu_phi, S.v_phi, m12sq, S.v, S.m_Hp), m.v_p_induced,
               domain={"mu_phi": Range(1.0, 1e7, "log"), "v_phi": Range(1.0, 1e5, "log"),
                       "m12sq": Range(1.0, 1e12, "log"), "v": Range(1e3, 1e6, "log"),
                       "m_Hp": Range(1e4, 1e8, "log")},
               units="MeV", equation="derived (H' equation of motion; Sec. IV soft breaking)",
               doc="v_p = sqrt2 <H'^0> = (mu_phi v_phi/sqrt2 + m12^2) v / m_H'^2 [MeV], to O(1/m_H'^2)."),
    ]


# --------------------------------------------------------------------------- paper audit
def audit_rows() -> list:
    """Deprecated alias (one release): the UV sector's audit rows are built in :func:`mevscalar.paper.uv_rows`
    from the generated kernels (no SymPy); the paper's numbers are declared in :mod:`mevscalar.paper`."""
    from mevscalar import paper

    return paper.uv_rows()


def g_nu_normalisation_ratio() -> sp.Expr:
    """The canonical/paper g_nu factor (sqrt2 for Eq. 14), checked to be one constant over the whole 3x3 matrix of
    leading couplings (DerivationError otherwise); the audit row (:func:`mevscalar.paper.uv_rows`) reads it off the
    generated kernels."""
    m, canon = model(), model("canonical")
    ratio = canon.g_nu_factor / m.g_nu_factor
    if (canon.g_nu_leading - ratio * m.g_nu_leading).applyfunc(sp.simplify) != sp.zeros(3, 3):
        raise DerivationError(f"canonical/paper g_nu ratio is not the constant {ratio}")
    return ratio
