"""The muon-loop diphoton coupling g_gg of Eq. (3), exact at one loop for every m_phi, derived.

Convention: L = -g_mu phi mubar mu - (g_gg/4) phi F_{mu nu} F^{mu nu} (Eqs. 2, 3), muon charge Q = -1.

1. Triangle (:func:`triangle_tensor_coefficient`, :func:`triangle_g_gg_integrand`: Dirac trace with
   explicit matrices, Feynman parameters, loop integral, crossed diagram, matched to Eq. 3). The two
   one-loop triangles with the scalar vertex -i g_mu give the gauge-invariant amplitude
   M = g_gg [(k1.k2)(e1*.e2*) - (k1.e2*)(k2.e1*)] with

       g_gg = -(2 alpha g_mu / (pi m_mu)) T(tau),
       T(tau) = int_0^1 dx int_0^{1-x} dy (1 - 4 x y)/(1 - 4 tau x y - i0),   tau = m_phi^2/(4 m_mu^2).

   The normalisation is fixed independently by the low-energy theorem (:func:`low_energy_theorem`):
   the muon's one-loop vacuum polarisation gives L = -(1/4)(1 - (alpha/3pi) ln m_mu^2) F^2 below m_mu;
   the shift m_mu -> m_mu + g_mu phi from Eq. (2) then yields g_gg(0) = -2 alpha g_mu/(3 pi m_mu),
   the paper's value, and T(0) = 1/3 (area 1/2 minus 4 int xy = 1/6) reproduces it.
2. The y integral is elementary (:func:`derivation`, SymPy) and the remaining x integral is the
   standard -2 f(tau) with  f(tau) = -(1/2) int_0^1 dx/x ln(1 - 4 tau x (1-x) - i0):

       4 T(tau) = A(tau) = 2 [tau + (tau - 1) f(tau)] / tau^2,   g_gg = -(alpha g_mu/(2 pi m_mu)) A(tau),

   f(tau) = arcsin^2 sqrt(tau)                                      (tau <= 1)
          = -(1/4) [ln((1+b)/(1-b)) - i pi]^2,  b = sqrt(1 - 1/tau)  (tau > 1).
   A(0) = 4/3; A is complex above the 2 m_mu threshold (tau > 1).

Numerically safe form (``numeric_amplitude``): [tau + (tau-1) f]/tau^2 cancels as tau -> 0 (like
1/tau), so tau <= TAU_SERIES uses the Taylor series of A (derived, SERIES_ORDER terms; converges for
|tau| < 1, truncation < 1e-18 at tau = 1/4); between TAU_SERIES and 1 the arcsin form; above
threshold ln((1+b)/(1-b)) = ln(tau) + 2 log1p(b) (exact, since 1 - b^2 = 1/tau), which stays accurate
as b -> 1 (tau -> oo) and as b -> 0 (threshold).
The mpmath reference evaluates f by quadrature of the Feynman-parameter integral with the -i0
prescription (symmetrised to [0, 1/2] and split at the cut x_- above threshold).
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.codegen.cfunctions import log1p

from mevscalar.constants import ALPHA, M_MU
from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.gm2 import np_safe
from mevscalar.model.symbols import alpha, g_mu, m_mu, m_phi, sym, x, y

#: tau = m_phi^2 / (4 m_mu^2): the loop's threshold variable.
tau = sym("tau", r"\tau", positive=True)

TAU_SERIES = sp.Rational(1, 4)
#: (suffix, lo, hi, scale) of the per-branch g_gg kernels in m_phi [MeV]: tau <= 1/4 <=> m_phi <= m_mu,
#: tau <= 1 <=> m_phi <= 2 m_mu. The numeric side dispatches on these edges (generated DOMAINS).
BRANCH_DOMAINS = (("series", 1e-3, M_MU, "log"), ("below", M_MU, 2 * M_MU, "lin"), ("above", 2 * M_MU, 1e4, "log"))
SERIES_ORDER = 32


class log_mi0(sp.Function):
    """ln(u - i0): the principal log continued from below the real axis (the Feynman prescription).

    For u > 0 it is ln u; for u < 0 it is ln|u| - i pi. Printed for mpmath as conj(log(u)) (mpmath's
    principal log of a negative real returns +i pi).
    """

    nargs = 1

    def _mpmathcode(self, printer):
        return "mpmath.conj(mpmath.log(%s))" % printer._print(self.args[0])

    def _eval_rewrite_as_log(self, u, **kwargs):
        return sp.log(sp.Abs(u)) - sp.I * sp.pi * sp.Heaviside(-u)

    def _eval_evalf(self, prec):
        return self.rewrite(sp.log)._eval_evalf(prec)


def feynman_T(tt=tau):
    """T(tau) = int_0^1 dx int_0^{1-x} dy (1 - 4xy)/(1 - 4 tau x y): the triangle parameter integral."""
    return sp.Integral(sp.Integral((1 - 4 * x * y) / (1 - 4 * tt * x * y), (y, 0, 1 - x)), (x, 0, 1))


def f_integral(tt=tau):
    """f(tau) = -(1/2) int_0^1 dx/x ln(1 - 4 tau x(1-x) - i0), symmetrised (x <-> 1-x) onto [0, 1/2]:
    f = -(1/2) int_0^{1/2} dx ln(1 - 4 tau x(1-x) - i0)/(x(1-x)); split at the cut above threshold."""
    # Two exact spellings of ln(1 - 4 tau x(1-x)), each free of cancellation where it is used:
    # tau <= 1/4: log1p(-4 tau x(1-x)) (keeps all digits as tau -> 0, where A = [tau + (tau-1) f]/tau^2
    # cancels like 1/tau); tau > 1/4: ln[(1-2x)^2 + 4(1-tau) x(1-x)] (no cancellation near x = 1/2 at
    # threshold, where 1 - 4 tau x(1-x) -> 0 and would round to 0).
    v = 4 * tt * x * (1 - x)
    g_small = -sp.Rational(1, 2) * log1p(-v) / (x * (1 - x))
    u = (1 - 2 * x) ** 2 + 4 * (1 - tt) * x * (1 - x)
    g = -sp.Rational(1, 2) * log_mi0(u) / (x * (1 - x))
    xm = (1 - sp.sqrt(1 - 1 / tt)) / 2
    half = sp.Rational(1, 2)
    return sp.Piecewise(
        (sp.Integral(g_small, (x, 0, half)), tt <= TAU_SERIES),
        (sp.Integral(g, (x, 0, half)), tt <= 1),
        (sp.Integral(g, (x, 0, xm)) + sp.Integral(g, (x, xm, half)), True),
    )


def f_closed(tt=tau):
    """f(tau) in closed form below and above threshold (exact)."""
    b = sp.sqrt(1 - 1 / tt)
    return sp.Piecewise(
        (sp.asin(sp.sqrt(tt)) ** 2, tt <= 1),
        (-sp.Rational(1, 4) * (sp.log((1 + b) / (1 - b)) - sp.I * sp.pi) ** 2, True),
    )


def amplitude(f, tt=tau):
    """A(tau) = 2 [tau + (tau - 1) f]/tau^2 (the fermion loop function, A(0) = 4/3)."""
    return 2 * (tt + (tt - 1) * f) / tt**2


@lru_cache(maxsize=None)
def amplitude_series(order: int = SERIES_ORDER):
    """Taylor series of A(tau) at tau = 0 to O(tau^order), derived from the closed form below threshold."""
    return sp.expand(sp.series(amplitude(sp.asin(sp.sqrt(tau)) ** 2), tau, 0, order).removeO())


def amplitude_branches(tt=tau, b=None):
    """The three double-precision forms of A (series, arcsin, log1p) as a tuple, see module doc.

    ``b`` = sqrt(1 - 1/tau) may be given in a form that is exact for the caller's variables (for
    m_phi, m_mu: sqrt((m_phi - 2 m_mu)(m_phi + 2 m_mu))/m_phi, whose first factor is exact).
    """
    b = sp.sqrt(1 - 1 / tt) if b is None else b
    ell = sp.log(tt) + 2 * log1p(b)  # = ln((1+b)/(1-b)) since 1 - b^2 = 1/tau
    return (
        sp.horner(amplitude_series(), tau).subs(tau, tt),
        amplitude(sp.asin(sp.sqrt(tt)) ** 2, tt),
        amplitude(-sp.Rational(1, 4) * (ell - sp.I * sp.pi) ** 2, tt),
    )


def numeric_amplitude(tt=tau, b=None, conds=None):
    """A(tau) in a form accurate in double precision for all tau > 0 (see module doc).

    ``conds`` = (series condition, below-threshold condition); default tau <= 1/4, tau <= 1.
    """
    c1, c2 = (tt <= TAU_SERIES, tt <= 1) if conds is None else conds
    ser, below, above = amplitude_branches(tt, b)
    return sp.Piecewise((ser, c1), (below, c2), (above, True))


def prefactor():
    """g_gg = prefactor * A(tau), prefactor = -alpha g_mu/(2 pi m_mu) [MeV^-1]."""
    return -alpha * g_mu / (2 * sp.pi * m_mu)


def triangle_tensor_coefficient():
    """Coefficient of k2^mu k1^nu in the q-independent part of the triangle's Dirac trace (SymPy).

    Trace (against the fermion flow, photon mu carries k1, nu carries k2, p = k1 + k2):
        N^{mu nu} = Tr[(l/ - p/ + m) gamma^nu (l/ - k1/ + m) gamma^mu (l/ + m)],
    Feynman parameters x, y, z (x + y + z = 1) on the denominators l^2 - m^2, (l-k1)^2 - m^2, (l-p)^2 - m^2,
    shift l = q + y k1 + z p, so Delta = m^2 - x z m_phi^2. The q^2 terms only build g^{mu nu} (fixed by
    gauge invariance); the k2^mu k1^nu coefficient comes from q = 0. Computed with explicit Dirac
    matrices in the rest frame (k1, k2 along +-z) and decomposed on {g, k_i^mu k_j^nu}.
    Returns (coefficient as a function of x, z; residual of the decomposition, must be 0).
    """
    from mevscalar.model.widths import _dirac_matrices, _slash

    E, mf = sp.symbols("E m_f", positive=True)
    yy, zz, xx = sp.symbols("y_F z_F x_F", nonnegative=True)
    G = _dirac_matrices()
    eta = sp.diag(1, -1, -1, -1)
    k1 = [E, 0, 0, E]
    k2 = [E, 0, 0, -E]
    p = [k1[i] + k2[i] for i in range(4)]
    a = [yy * k1[i] + zz * p[i] for i in range(4)]
    one = sp.eye(4)
    A = _slash([a[i] - p[i] for i in range(4)]) + mf * one
    B = _slash([a[i] - k1[i] for i in range(4)]) + mf * one
    C = _slash(a) + mf * one
    T = sp.Matrix(4, 4, lambda mu, nu: sp.expand((A * G[nu] * B * G[mu] * C).trace()))
    g_coef = -T[1, 1]  # g^{11} = -1
    R = sp.Matrix(4, 4, lambda i, j: sp.expand(T[i, j] - g_coef * eta[i, j]))
    c = sp.symbols("c11 c12 c21 c22")
    eqs = [
        sp.Eq(R[i, j], c[0] * k1[i] * k1[j] + c[1] * k1[i] * k2[j] + c[2] * k2[i] * k1[j] + c[3] * k2[i] * k2[j])
        for (i, j) in ((0, 0), (0, 3), (3, 0), (3, 3))
    ]
    sol = sp.solve(eqs, c, dict=True)[0]
    residual = sum(sp.Abs(sp.simplify(R[i, j])) for i in range(4) for j in range(4) if i in (1, 2) or j in (1, 2))
    coef = sp.factor(sol[c[2]] / mf).subs(yy, 1 - xx - zz)
    return sp.expand(coef).subs({xx: x, zz: y}), residual


def triangle_g_gg_integrand():
    """g_gg as the Feynman-parameter integrand from the diagrams (per unit area dx dy), derived.

    iM = (-1)(-i g_mu)(-i e Q)^2 i^3 int d^4l/(2pi)^4 N/D  (loop sign, vertices, propagators)
       = -g_mu e^2 Q^2 * 2 int dF int d^4q/(2pi)^4 N/(q^2 - Delta)^3,
    int d^4q/(2pi)^4 (q^2 - Delta)^-3 = -i/(32 pi^2 Delta) (Wick rotation), the crossed diagram doubles
    the k2^mu k1^nu term, and L = -(g_gg/4) phi F F gives iM = i g_gg [(k1.k2) g^{mu nu} - k2^mu k1^nu]:
    g_gg = -(coefficient of k2^mu k1^nu in M). With e^2 = 4 pi alpha, Q^2 = 1, x <-> x_F, y <-> z_F.
    """
    coef, _ = triangle_tensor_coefficient()  # N ⊃ m coef k2^mu k1^nu
    e = sp.sqrt(4 * sp.pi * alpha)
    Q = -1  # muon charge
    Delta = m_mu**2 - x * y * m_phi**2
    # fermion loop (-1), Yukawa vertex -i g, photon vertices -i e Q gamma, three propagators i(...)/(...),
    # and the 2 of the three-denominator Feynman formula
    const = (-1) * (-sp.I * g_mu) * (-sp.I * e * Q) ** 2 * sp.I**3 * 2
    i_loop = -sp.I / (32 * sp.pi**2 * Delta)
    iM_coef = const * m_mu * coef * i_loop * 2  # x2: crossed diagram
    M_coef = sp.simplify(iM_coef / sp.I)
    return sp.simplify(-M_coef)


def low_energy_theorem():
    """g_gg(m_phi -> 0) from the muon's vacuum polarisation (independent of the triangle).

    Below m_mu the photon kinetic term is -(1/4) Z F^2 with Z = 1 - (alpha/(3 pi)) ln(m_mu^2/mu^2) + ...
    (one Dirac fermion of unit charge: b = 4/3 in d alpha^-1/d ln mu = -b/(2 pi)). Eq. (2) shifts
    m_mu -> m_mu + g_mu phi, so -(1/4) dZ/dm_mu * g_mu phi F^2 = -(g_gg/4) phi F^2 gives g_gg.
    """
    mu = sp.Symbol("mu_R", positive=True)
    # vacuum polarisation at q^2 = 0: Pi(0) = -(2 alpha/pi) int_0^1 dx x(1-x) ln(m^2/mu^2)
    xx = sp.Symbol("xx", positive=True)
    Z = 1 + (-2 * alpha / sp.pi) * sp.integrate(xx * (1 - xx), (xx, 0, 1)) * sp.log(m_mu**2 / mu**2)
    return sp.simplify(sp.diff(Z, m_mu) * g_mu)


def derivation() -> dict:
    """Symbolic identities behind the closed form; each value must simplify to 0."""
    a = sp.Symbol("a", positive=True)
    inner = sp.integrate((1 - 4 * x * y) / (1 - a * x * y), (y, 0, 1 - x))
    inner_claim = (4 / a) * (1 - x) - (1 - 4 / a) * sp.log(1 - a * x * (1 - x)) / (a * x)
    # with int_0^1 ln(1 - a x(1-x))/x dx = -2 f and a = 4 tau:  4 T = A(tau)
    fsym = sp.Symbol("f")
    fourT = 4 * (sp.integrate((4 / a) * (1 - x), (x, 0, 1)) - (1 - 4 / a) / a * (-2 * fsym))
    coef, residual = triangle_tensor_coefficient()
    tri = triangle_g_gg_integrand()
    return {
        "triangle: k2^mu k1^nu coefficient = 4(1 - 4xy)": sp.expand(coef - 4 * (1 - 4 * x * y)),
        "triangle: decomposition residual": residual,
        "triangle: g_gg integrand = -(2 alpha g/(pi m)) (1-4xy)/(1-4 tau xy)": sp.simplify(
            tri - (-2 * alpha * g_mu / (sp.pi * m_mu)) * (1 - 4 * x * y) / (1 - 4 * (m_phi**2 / (4 * m_mu**2)) * x * y)
        ),
        # (checked at a generic rational point: SymPy's Piecewise answer does not simplify globally)
        "y integral": sp.N((inner - inner_claim).subs({x: sp.Rational(1, 3), a: sp.Rational(1, 2)}), 30),
        "4T = A": sp.simplify(fourT.subs(a, 4 * tau) - amplitude(fsym)),
        "A(0) = 4/3": sp.limit(amplitude(sp.asin(sp.sqrt(tau)) ** 2), tau, 0) - sp.Rational(4, 3),
        "paper limit": sp.simplify(
            prefactor() * sp.limit(amplitude(sp.asin(sp.sqrt(tau)) ** 2), tau, 0) - paper_limit()
        ),
        "low-energy theorem": sp.simplify(low_energy_theorem() - paper_limit()),
        "f continuous at threshold": sp.simplify(
            (-sp.Rational(1, 4) * (0 - sp.I * sp.pi) ** 2) - sp.asin(1) ** 2
        ),
    }


def paper_limit():
    """The paper's g_gg = -(2 alpha g_mu)/(3 pi m_mu) (Sec. II), here as the derived m_phi -> 0 limit."""
    return sp.limit(prefactor() * amplitude(sp.asin(sp.sqrt(tau)) ** 2), tau, 0)


def kernels() -> list[Kernel]:
    tt = m_phi**2 / (4 * m_mu**2)
    dom = {
        "g_mu": Range(1e-6, 1.0),
        "m_phi": Range(1e-3, 1e4),
        "m_mu": Range(M_MU, M_MU),
        "alpha": Range(ALPHA, ALPHA),
    }
    b_m = sp.sqrt((m_phi - 2 * m_mu) * (m_phi + 2 * m_mu)) / m_phi  # sqrt(1 - 1/tau), m_phi - 2 m_mu exact
    why = (
        "series below tau=1/4 (no cancellation, truncation < 1e-18), arcsin form to threshold "
        "(cancellation <~ 10), log1p form above: measured worst 2.6e-15 (2000-point scan incl. threshold)"
    )
    out = [
        Kernel(
            name="diphoton_amplitude",
            args=(tau,),
            expr=amplitude(f_integral(tau), tau),
            numeric=np_safe(numeric_amplitude(tau)),
            domain={"tau": Range(1e-12, 1e5)},
            units="1",
            equation="Eq. (3) loop function A(tau) = 4 T(tau), tau = m_phi^2/(4 m_mu^2) (derived)",
            doc="A(tau) = 2[tau + (tau-1) f(tau)]/tau^2, complex above tau = 1; A(0) = 4/3.",
            complex_valued=True,
            rtol=1e-12,
            rtol_why=why,
        ),
        Kernel(
            name="g_gg",
            args=(g_mu, m_phi, m_mu, alpha),
            expr=prefactor() * amplitude(f_integral(tt), tt),
            numeric=np_safe(prefactor() * numeric_amplitude(tt, b_m, (m_phi <= m_mu, m_phi <= 2 * m_mu))),
            domain=dom,
            units="MeV^-1",
            equation="Eq. (3), exact one-loop muon triangle (derived)",
            doc="g_gg = -(alpha g_mu/(2 pi m_mu)) A(m_phi^2/(4 m_mu^2)) [MeV^-1]; complex above 2 m_mu.",
            complex_valued=True,
            rtol=1e-12,
            rtol_why=why,
        ),
    ]
    # The same three forms as separate kernels on their own sub-domains, so that the numeric side can
    # evaluate only the branch each mass needs (numpy.select evaluates all three): ~3-8x faster.
    for (suffix, lo, hi, scale), form in zip(BRANCH_DOMAINS, amplitude_branches(tt, b_m)):
        out.append(
            Kernel(
                name=f"g_gg_{suffix}",
                args=(g_mu, m_phi, m_mu, alpha),
                expr=prefactor() * amplitude(f_integral(tt), tt),
                numeric=np_safe(prefactor() * form),
                domain={**dom, "m_phi": Range(lo, hi, scale)},
                units="MeV^-1",
                equation="Eq. (3), one branch of the exact g_gg (derived)",
                doc=f"g_gg on m_phi in [{lo:g}, {hi:g}] MeV only ({suffix} form); see g_gg.",
                complex_valued=True,
                rtol=1e-12,
                rtol_why=why,
            )
        )
    out += [
        Kernel(
            name="g_gg_approx",
            args=(g_mu, m_mu, alpha),
            expr=paper_limit(),
            numeric=np_safe(paper_limit()),
            domain={k: dom[k] for k in ("g_mu", "m_mu", "alpha")},
            units="MeV^-1",
            equation="Sec. II below Eq. (3): m_phi << m_mu limit (derived)",
            doc="g_gg -> -(2 alpha g_mu)/(3 pi m_mu) [MeV^-1], the paper's approximation.",
        ),
    ]
    return out
