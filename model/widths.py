"""Two-body widths of phi, Eq. (4), derived from the Lagrangian (Eqs. 2, 3) with explicit spin sums.

phi -> gamma gamma, from L = -(g_gg/4) phi F F (Eq. 3):
    M = g_gg [(k1.k2)(e1*.e2*) - (k1.e2*)(k2.e1*)]; sum over polarisations (-g_{mu nu}, the amplitude is
    gauge invariant) gives sum |M|^2 = 2 g_gg^2 (k1.k2)^2 = g_gg^2 m^4/2; identical photons (1/2):
    Gamma = (1/2) (1/(2m)) (|k|/(4 pi m)) ... = g_gg^2 m^3/(64 pi)                 (= Eq. 4, first part)

phi -> nu nu, from -(g/2) phi nu.nu + h.c. (Eq. 2, two-component Weyl neutrinos, real g):
    in four-component Majorana notation psi = (nu, nu^dagger) this is -(g/2) phi psibar psi. The two
    Wick contractions of identical Majorana fields double the vertex: -i g. Then
    sum |M|^2 = g^2 Tr[(p1/ + m_nu)(p2/ - m_nu)] = 2 g^2 m^2 beta^2 (computed below with explicit Dirac
    matrices), beta = sqrt(1 - 4 m_nu^2/m^2), and with the identical-particle factor 1/2:
    Gamma(phi -> nu_a nu_a) = g^2 m beta^3/(16 pi)  -> g^2 m/(16 pi) for massless neutrinos.
    Eq. (4) prints g^2 m/(32 pi) per flavour: a factor 2 smaller than this derivation. That value is
    what the vertex -i g/2 (without the factor 2 from the two contractions) gives when the final state
    is treated as distinguishable (no 1/2) -- equivalently a Dirac pair with Yukawa g/2. Both are
    registered: ``gamma_nunu_eq4`` (the paper's, the default) and ``gamma_nunu_majorana`` (derived).
    Only the coupling inferred from a branching ratio depends on this (by sqrt 2); results expressed
    through BR_nunu do not.
"""

from __future__ import annotations

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.gm2 import np_safe
from mevscalar.constants import M_MU
from mevscalar.model.symbols import g_gg, g_mu, g_nu, m_mu, m_phi, sym

m_nu = sym("m_nu", r"m_{\nu}", nonnegative=True)


def _two_body_width(msq_summed, m_parent, m1, m2, symmetry):
    """Gamma = symmetry * |p| sum|M|^2 / (8 pi m^2) for a two-body decay at rest."""
    p = sp.sqrt((m_parent**2 - (m1 + m2) ** 2) * (m_parent**2 - (m1 - m2) ** 2)) / (2 * m_parent)
    return sp.simplify(symmetry * p * msq_summed / (8 * sp.pi * m_parent**2))


def _dirac_matrices():
    I2, Z2 = sp.eye(2), sp.zeros(2)
    sig = [sp.Matrix([[0, 1], [1, 0]]), sp.Matrix([[0, -sp.I], [sp.I, 0]]), sp.Matrix([[1, 0], [0, -1]])]
    g0 = sp.Matrix(sp.BlockMatrix([[Z2, I2], [I2, Z2]]))  # Weyl (chiral) basis
    gs = [sp.Matrix(sp.BlockMatrix([[Z2, s], [-s, Z2]])) for s in sig]
    return [g0] + gs


def _slash(p4):
    g = _dirac_matrices()
    metric = (1, -1, -1, -1)
    return sum((metric[i] * p4[i] * g[i] for i in range(4)), sp.zeros(4))


def majorana_spin_sum(mm=m_phi, mn=m_nu, coupling=g_nu):
    """sum_spins |M|^2 for phi -> nu nu with the Majorana vertex -i g (from -(g/2) phi psibar psi).

    |M|^2 = g^2 Tr[(p1/ + m)(p2/ - m)] with explicit Dirac matrices and rest-frame momenta.
    """
    E = mm / 2
    k = sp.sqrt(E**2 - mn**2)
    p1 = (E, 0, 0, k)
    p2 = (E, 0, 0, -k)
    tr = ((_slash(p1) + mn * sp.eye(4)) * (_slash(p2) - mn * sp.eye(4))).trace()
    return sp.simplify(coupling**2 * tr)


def diphoton_spin_sum(mm=m_phi, coupling=g_gg):
    """sum_pol |M|^2 for phi -> gamma gamma from -(g/4) phi F F, polarisation sum -g_{mu nu}."""
    E = mm / 2
    k1 = sp.Matrix([E, 0, 0, E])
    k2 = sp.Matrix([E, 0, 0, -E])
    eta = sp.diag(1, -1, -1, -1)

    def dot(a, b):
        return (a.T * eta * b)[0]

    # M^{mu nu} with lowered indices: T_{mu nu} = (k1.k2) g_{mu nu} - k2_mu k1_nu
    k1l, k2l = eta * k1, eta * k2
    T = dot(k1, k2) * eta - k2l * k1l.T
    # sum over polarisations: T_{mu nu} T*_{rho sigma} g^{mu rho} g^{nu sigma}
    etainv = eta.inv()
    total = sum(
        T[a, b] * T[c, d] * etainv[a, c] * etainv[b, d] for a in range(4) for b in range(4) for c in range(4) for d in range(4)
    )
    return sp.simplify(coupling**2 * total)


def gamma_gg_derived():
    """Gamma(phi -> gamma gamma) [MeV] derived from Eq. (3)."""
    return _two_body_width(diphoton_spin_sum(), m_phi, 0, 0, sp.Rational(1, 2))


def gamma_nunu_majorana_derived(massive: bool = True):
    """Gamma(phi -> nu_a nu_a) [MeV] per flavour, derived (Majorana; beta^3 with m_nu if ``massive``)."""
    mn = m_nu if massive else sp.Integer(0)
    return _two_body_width(majorana_spin_sum(m_phi, mn), m_phi, mn, mn, sp.Rational(1, 2))


def gamma_mumu_derived():
    """Gamma(phi -> mu+ mu-) [MeV] from -g_mu phi mubar mu (vertex -i g_mu, distinct particles):
    g_mu^2 m_phi beta_mu^3/(8 pi), open only above 2 m_mu (outside the paper's range, where it dominates)."""
    return _two_body_width(majorana_spin_sum(m_phi, m_mu, g_mu), m_phi, m_mu, m_mu, 1)


def gamma_nunu_eq4():
    """The paper's Eq. (4) per flavour: g^2 m/(32 pi) [MeV]."""
    return g_nu**2 * m_phi / (32 * sp.pi)


def derivation() -> dict:
    """Identities (must vanish) and the factor between the derived and the printed nu nu width."""
    beta = sp.sqrt(1 - 4 * m_nu**2 / m_phi**2)
    return {
        "gamma_gg = Eq.4": sp.simplify(gamma_gg_derived() - g_gg**2 * m_phi**3 / (64 * sp.pi)),
        "majorana massive = g^2 m beta^3/(16 pi)": sp.simplify(
            gamma_nunu_majorana_derived(True) - g_nu**2 * m_phi * beta**3 / (16 * sp.pi)
        ),
        "mu mu = g^2 m beta^3/(8 pi)": sp.simplify(
            gamma_mumu_derived() - g_mu**2 * m_phi * sp.sqrt(1 - 4 * m_mu**2 / m_phi**2) ** 3 / (8 * sp.pi)
        ),
        "majorana / eq4 (massless)": sp.simplify(gamma_nunu_majorana_derived(False) / gamma_nunu_eq4()),
    }


def kernels() -> list[Kernel]:
    dm = {"m_phi": Range(1e-3, 1e4)}
    maj_massive = sp.factor(gamma_nunu_majorana_derived(True))
    mumu = sp.Piecewise((0, m_phi <= 2 * m_mu), (sp.factor(gamma_mumu_derived()), True))
    return [
        Kernel(
            name="gamma_mumu",
            args=(g_mu, m_phi, m_mu),
            expr=mumu,
            numeric=np_safe(mumu),
            domain={"g_mu": Range(1e-6, 1.0), **dm, "m_mu": Range(M_MU, M_MU)},
            units="MeV",
            equation="not in the paper: tree-level phi -> mu mu above 2 m_mu (derived from Eq. 2)",
            doc="Gamma(phi -> mu+ mu-) = g_mu^2 m_phi beta^3/(8 pi) above 2 m_mu, 0 below [MeV].",
            rtol=1e-12,
            rtol_why="(m-2m_mu)^(3/2)(m+2m_mu)^(3/2) factored form: no cancellation even at threshold",
        ),
        Kernel(
            name="gamma_gg",
            args=(g_gg, m_phi),
            expr=gamma_gg_derived(),
            numeric=np_safe(gamma_gg_derived()),
            domain={"g_gg": Range(1e-15, 1e-2), **dm},
            units="MeV",
            equation="Eq. (4), first part (derived from Eq. 3)",
            doc="Gamma(phi -> gamma gamma) = |g_gg|^2 m_phi^3/(64 pi) [MeV]; pass |g_gg| in MeV^-1.",
        ),
        Kernel(
            name="gamma_nunu_eq4",
            args=(g_nu, m_phi),
            expr=gamma_nunu_eq4(),
            numeric=np_safe(gamma_nunu_eq4()),
            domain={"g_nu": Range(1e-15, 1.0), **dm},
            units="MeV",
            equation="Eq. (4), second part, one flavour (as printed)",
            doc="Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(32 pi) [MeV], the paper's Eq. (4) per flavour.",
        ),
        Kernel(
            name="gamma_nunu_majorana",
            args=(g_nu, m_phi),
            expr=gamma_nunu_majorana_derived(False),
            numeric=np_safe(gamma_nunu_majorana_derived(False)),
            domain={"g_nu": Range(1e-15, 1.0), **dm},
            units="MeV",
            equation="Eq. (4) re-derived from Eq. (2) (Majorana, massless)",
            doc="Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(16 pi) [MeV], derived for Majorana neutrinos.",
        ),
        Kernel(
            name="gamma_nunu_majorana_massive",
            args=(g_nu, m_phi, m_nu),
            expr=maj_massive,
            numeric=np_safe(maj_massive),
            domain={"g_nu": Range(1e-15, 1.0), "m_phi": Range(1e-3, 1e4), "m_nu": Range(1e-12, 1e-4)},
            units="MeV",
            equation="Eq. (4) re-derived with a neutrino mass (beta^3)",
            doc="Gamma(phi -> nu_a nu_a) = g_a^2 m_phi beta^3/(16 pi), beta = sqrt(1 - 4 m_nu^2/m_phi^2) [MeV].",
        ),
    ]
