"""Finite-temperature QED corrections to the e+- gamma plasma equation of state at O(e^2) and O(e^3).

Conventions: T the photon temperature, m = m_e, y = m/T, momenta in units of T (x = p/T), E = sqrt(x^2 + y^2),
f(E) = 1/(e^E + 1) per degree of freedom, mu = 0, e^2 = 4 pi alpha. All corrections vanish like e^{-y} (O(e^2))
and e^{-3y/2} (O(e^3)) for T << m.

O(e^2) (two-loop exchange diagrams, photon propagator in Feynman gauge, thermal parts only; the T = 0 parts are
renormalised away). With the dimensionless integrals

    J(y) = Int_0^inf dx x^2/E f(E),                                   J(0) = pi^2/12,
    K(y) = Int_0^inf dx Int_0^inf dz (x z/(E_x E_z)) ln|(x+z)/(x-z)| f(E_x) f(E_z)
         = Int_0^inf dx Int_0^1 dt 2 x^3 t/(E_x E_{xt}) ln((1+t)/(1-t)) f(E_x) f(E_{xt})     (z = x t, symmetric),

    P^(2)/T^4 = -e^2 J/(6 pi^2) - e^2 J^2/(2 pi^4) + e^2 y^2 K/(4 pi^4).

Derivation (checked in :func:`exchange_numerator` and :func:`angular_sum`): the fermion-photon-thermal term
(one n_F, one n_B) has numerator/denominator Tr[g^mu (sP/ + m) g_mu (sP/ - s'K/ + m)]/(-2 s s' P.K) =
-4 - 4 m^2/(s s' P.K); the m^2 part cancels between s s' = +-1 and the rest gives the product
Int n_F/E x Int n_B/k, i.e. the first term (e^2 T^2 J/(6 pi^2): photon and electron thermal masses). The
fermion-fermion term has Tr[g^mu (sP/ + m) g_mu (s'Q/ + m)]/(sP - s'Q)^2 = 4 + 4 m^2/(m^2 - s s' P.Q): the
constant gives the J^2 term, and the m^2 part, summed over s s' = +-1 and integrated over the angle, gives
-(4/(p q)) ln|(p+q)/(p-q)|, hence the K term with coefficient -(m^2/2) relative to J^2. Equivalently,
P^(2) = -Int dk k^2/(2 pi^2) [dm_e^2(k)/E_k f + dm_gamma^2/(2k) f_gamma] with the momentum-dependent
electron mass shift dm_e^2(p) = 2 pi alpha T^2/3 + (4 alpha/pi) Int dk k^2/E_k f - (2 alpha m^2/(pi p))
Int dk (k/E_k) ln|(p+k)/(p-k)| f and dm_gamma^2 = (8 alpha/pi) Int dk k^2/E_k f (Heckler PRD 49 (1994) 611;
Fornengo, Kim, Song PRD 56 (1997) 5123; Mangano et al. PLB 534 (2002) 8 keep the first two terms of dm_e^2;
Bennett et al. JCAP 03 (2020) 003 [1911.04504], Eq. for P^(2), with n_F = 2 f summed over e+ e-, give the
same three terms: -e^2 T^2/(12 pi^2) Int p^2/E n_F - e^2/(8 pi^4) (Int p^2/E n_F)^2
+ e^2 m^2/(16 pi^4) Int Int p k/(E_p E_k) ln|(p+k)/(p-k)| n_F n_F).
Non-relativistic check: for T << m the K term is +(e^2/4 pi^4) Int Int dp dk p k ln|(p+k)/(p-k)| f f, exactly minus
the Fock exchange energy of e- and e+ with the Coulomb potential (exchange raises the pressure).
Massless limit: J = pi^2/12 gives P^(2) = -5 e^2 T^4/288 (Kapusta & Gale, Finite-Temperature Field Theory,
2nd ed., Eq. 5.62 at mu = 0), :func:`massless_limits`.

O(e^3) (ring sum of the static photon mode with the Debye mass; Kapusta & Gale Sec. 5.5, Bennett et al. 2020):

    P^(3) = T m_D^3/(12 pi),   m_D^2 = (2 e^2 T^2/pi^2) D(y),   D(y) = Int_0^inf dx (2 x^2 + y^2)/E f(E),

i.e. P^(3)/T^4 = e^3 (2 D)^{3/2}/(12 pi^4); D(0) = pi^2/6 gives m_D^2 = e^2 T^2/3 and
P^(3) = e^3 T^4/(12 pi 3^{3/2}) = e^3 T^4/(36 sqrt(3) pi).

Thermodynamics from P(T) = T^4 p(y): rho = -P + T dP/dT = T^4 (3 p - y p'), d rho/dT = T d^2P/dT^2 =
T^3 (12 p - 6 y p' + y^2 p'') (:func:`thermo_from_p`, derived by SymPy from P(T)). The y-derivatives of J, D, K
are integrals of the y-derivatives of their integrands, taken here by SymPy (d/dy acts on E and on the explicit
y, with f' = -f (1 - f)).

Numerics: each integrand is registered scaled by e^{y} (J, D) or e^{2 y} (K), with e^{y} f(E) = e^{-w}/(1 + e^{-E}),
w = E - y = x^2/(E + y), so that values stay O(1) for T << m; :mod:`mevscalar.numeric.cosmology.qed` integrates them with
fixed Gauss-Legendre panels (x) and a tanh-sinh rule (t). The assembly kernels take the scaled integrals and return
the scaled P, rho and d rho/dT of each order.
"""

from __future__ import annotations

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.symbols import sym, y

#: momentum over temperature (outer integration variable), inner fraction t = z/x, and the charge e
xq = sym("x_q", "x", positive=True)
tq = sym("t_q", "t", positive=True)
e_q = sym("e_q", "e", positive=True)

#: scaled values of the integrals and their y-derivatives (inputs of the assembly kernels)
J_s, J1_s, J2_s = (sym(n, l, real=True) for n, l in (("J_s", r"\tilde J"), ("J1_s", r"\tilde J'"), ("J2_s", r"\tilde J''")))
K_s, K1_s, K2_s = (sym(n, l, real=True) for n, l in (("K_s", r"\tilde K"), ("K1_s", r"\tilde K'"), ("K2_s", r"\tilde K''")))
D_s, D1_s, D2_s = (sym(n, l, real=True) for n, l in (("D_s", r"\tilde D"), ("D1_s", r"\tilde D'"), ("D2_s", r"\tilde D''")))

# F^(k)(E_x), F^(k)(E_xt): symbols for the distribution function f(E) = 1/(e^E + 1) and its E-derivatives
_FX = sp.symbols("_Fx0:4", real=True)
_FZ = sp.symbols("_Fz0:4", real=True)


def _E(x):
    return sp.sqrt(x**2 + y**2)


def _total_dy(expr, chains):
    """d/dy of expr(x, y, F_i^(k)) where F_i^(k) = f^(k)(E_i(y)): explicit y plus the chain rule."""
    out = sp.diff(expr, y)
    for Fs, E in chains:
        dE = sp.diff(E, y)
        for k in range(len(Fs) - 1):
            out += sp.diff(expr, Fs[k]) * Fs[k + 1] * dE
    return out


def _derivatives(expr, chains, n=2):
    ds = [expr]
    for _ in range(n):
        ds.append(_total_dy(ds[-1], chains))
    return ds


def j_integrand():
    """x^2/E f(E)."""
    return xq**2 / _E(xq) * _FX[0]


def d_integrand():
    """(2 x^2 + y^2)/E f(E): the Debye-mass integrand."""
    return (2 * xq**2 + y**2) / _E(xq) * _FX[0]


def k_integrand():
    """2 x^3 t/(E_x E_{xt}) ln((1+t)/(1-t)) f(E_x) f(E_{xt}), integrated over x in (0, inf), t in (0, 1)."""
    from sympy.codegen.cfunctions import log1p

    L = log1p(tq) - log1p(-tq)  # ln((1+t)/(1-t)) without cancellation at small t
    return 2 * xq**3 * tq / (_E(xq) * _E(xq * tq)) * L * _FX[0] * _FZ[0]


def _fd_derivs_exact():
    """f and its first three E-derivatives for f(E) = 1/(e^E + 1), exact (SymPy differentiation)."""
    Es = sp.Symbol("E_tmp", positive=True)
    f = 1 / (sp.exp(Es) + 1)
    return Es, [sp.diff(f, Es, k) for k in range(4)]


def _fd_derivs_safe():
    """e^{y} times f and its E-derivatives in double precision, in terms of g = e^{y} f = e^{-w}/(1 + e^{-E})
    and h = 1 - f = 1/(1 + e^{-E}), f = 1 - h: f' = -f h, f'' = f h (1 - 2 f), f''' = -f h (1 - 6 f h)."""
    g, h = sp.symbols("g_tmp h_tmp", positive=True)
    f = 1 - h
    return g, h, [g, -g * h, g * h * (1 - 2 * f), -g * h * (1 - 6 * f * h)]


def check_fd_derivs() -> bool:
    """The identities used by the safe form equal SymPy's derivatives of 1/(e^E + 1)."""
    Es, exact = _fd_derivs_exact()
    f = 1 / (sp.exp(Es) + 1)
    g, h, safe = _fd_derivs_safe()
    return all(sp.simplify(ex - s.subs({g: f, h: 1 - f})) == 0 for ex, s in zip(exact, safe))


def _exact(expr, chains, scale):
    """Exact (mpmath) form: F_i^(k) -> f^(k)(E_i), times exp(scale*y)."""
    Es, ders = _fd_derivs_exact()
    sub = {Fs[k]: ders[k].subs(Es, E) for Fs, E in chains for k in range(len(Fs))}
    return sp.exp(scale * y) * expr.xreplace(sub)


def _safe(expr, chains):
    """Double-precision form: every term has exactly one F_i^(k) per chain i; each carries one factor e^{y}
    as exp(-w_i), w_i = x_i^2/(E_i + y) = E_i - y, and 1 - f(E_i) = 1/(1 + exp(-E_i)): no overflow anywhere."""
    g, h, safe = _fd_derivs_safe()
    sub = {}
    for Fs, E in chains:
        xi2 = sp.expand(E**2 - y**2)
        gi = sp.exp(-xi2 / (E + y)) / (1 + sp.exp(-E))
        hi = 1 / (1 + sp.exp(-E))
        for k in range(len(Fs)):
            sub[Fs[k]] = safe[k].subs({g: gi, h: hi})
    return expr.xreplace(sub)


def _qs_x():
    return [(_FX, _E(xq))]


def _qs_xt():
    return [(_FX, _E(xq)), (_FZ, _E(xq * tq))]


# --------------------------------------------------------------------------- assembly
def pressure_orders():
    """p2(y) = P^(2)/T^4 and p3(y) = P^(3)/T^4 in terms of J(y), K(y), D(y) (SymPy functions of y)."""
    J, K, D = sp.Function("J")(y), sp.Function("K")(y), sp.Function("D")(y)
    p2 = -e_q**2 * J / (6 * sp.pi**2) - e_q**2 * J**2 / (2 * sp.pi**4) + e_q**2 * y**2 * K / (4 * sp.pi**4)
    p3 = e_q**3 * (2 * D) ** sp.Rational(3, 2) / (12 * sp.pi**4)
    return p2, p3, (J, K, D)


def thermo_from_p(p):
    """(P/T^4, rho/T^4, (d rho/dT)/T^3) from P(T) = T^4 p(m/T): rho = -P + T P', d rho/dT = T P''."""
    T, m = sp.symbols("T_tmp m_tmp", positive=True)
    P = T**4 * p.subs(y, m / T)
    rho = -P + T * sp.diff(P, T)
    drho = sp.diff(rho, T)
    back = {m: y * T}
    out = [(P / T**4).subs(back), (rho / T**4).subs(back), (drho / T**3).subs(back)]
    return [sp.expand(o.doit()) for o in out]


def _scaled_assembly(order):
    """The three thermodynamic combinations of one order, scaled by e^{y} (order 2) or e^{3y/2} (order 3),
    in terms of the scaled integrals J_s = e^{y} J, J1_s = e^{y} J', ..., K_s = e^{2y} K, D_s = e^{y} D."""
    p2, p3, (J, K, D) = pressure_orders()
    p = p2 if order == 2 else p3
    outs = thermo_from_p(p)
    ey = sp.exp(-y)
    rep = {
        sp.Derivative(J, (y, 2)): J2_s * ey, sp.Derivative(J, y): J1_s * ey, J: J_s * ey,
        sp.Derivative(K, (y, 2)): K2_s * ey**2, sp.Derivative(K, y): K1_s * ey**2, K: K_s * ey**2,
        sp.Derivative(D, (y, 2)): D2_s * ey, sp.Derivative(D, y): D1_s * ey, D: D_s * ey,
    }
    scale = sp.exp(y) if order == 2 else sp.exp(sp.Rational(3, 2) * y)
    res = []
    for o in outs:
        o = o.subs(rep)
        o = sp.expand(sp.powsimp(sp.expand(o * scale), force=True))
        res.append(sp.collect(o, [sp.exp(-y)]))
    return res


def massless_limits() -> dict:
    """P^(2)/T^4 and P^(3)/T^4 at m = 0 from the definitions (J(0), D(0) integrated by SymPy)."""
    x = sp.Symbol("x", positive=True)
    n = sp.Symbol("n", positive=True, integer=True)
    # Int_0^inf x e^{-n x} dx = 1/n^2, alternating sum -> pi^2/12
    J0 = sp.summation((-1) ** (n + 1) * sp.integrate(x * sp.exp(-n * x), (x, 0, sp.oo)), (n, 1, sp.oo))
    D0 = 2 * J0
    p2, p3, (J, K, D) = pressure_orders()
    return {
        "J0": sp.simplify(J0),
        "p2": sp.simplify(p2.subs(y, 0).subs({J: J0}).subs(sp.Function("J")(0), J0)),
        "p3": sp.simplify(p3.subs(y, 0).subs(sp.Function("D")(0), D0)),
    }


def exchange_numerator() -> dict:
    """Dirac traces behind the O(e^2) structure (returned simplified; see the module docstring).

    ff: Tr[g^mu (P/ + m) g_mu (Q/ + m)] / (P - Q)^2 with P^2 = Q^2 = m^2, as a function of P.Q = c:
        4 + 4 m^2/(m^2 - c). fb: Tr[g^mu (P/ + m) g_mu (P/ - K/ + m)] / ((P - K)^2 - m^2) with K^2 = 0:
        -4 - 4 m^2/(P.K).
    Traces use g^mu a/ g_mu = -2 a/ and Tr[a/ b/] = 4 a.b.
    """
    m, c, pk = sp.symbols("m c pk", positive=True)
    ff = (-2 * 4 * c + 4 * m * 4 * m) / (2 * m**2 - 2 * c)  # Tr[(-2P/ + 4m)(Q/ + m)] = -8 P.Q + 16 m^2
    fb = (-2 * 4 * (m**2 - pk) + 16 * m**2) / (-2 * pk)  # Tr[(-2P/ + 4m)(P/ - K/ + m)]
    return {"ff": sp.simplify(ff - 4 - 4 * m**2 / (m**2 - c)), "fb": sp.simplify(fb + 4 + 4 * m**2 / pk)}


def angular_sum() -> sp.Expr:
    """Sum over s s' = +-1 of Int_{-1}^{1} dc/(m^2 - s s'(E_p E_q - p q c)) + 4/(p q) ln((p+q)/(p-q)) (must vanish),
    for p > q > 0 (the sign of the log is even in p <-> q)."""
    p, q, m, c = sp.symbols("p q m c", positive=True)
    Ep, Eq = sp.sqrt(p**2 + m**2), sp.sqrt(q**2 + m**2)
    A, B = Ep * Eq, p * q
    plus = sp.log((A - B - m**2) / (A + B - m**2)) / B  # s s' = +1 (denominator m^2 - A + B c < 0)
    minus = sp.log((m**2 + A + B) / (m**2 + A - B)) / B  # s s' = -1
    total = plus + minus + 4 / (p * q) * sp.log((p + q) / (p - q)) / 2  # 2 combinations of each sign -> x 2 below
    # each sign occurs twice among the four (s, s') pairs:  2 (plus + minus) = -(4/(p q)) ln((p+q)/(p-q))
    expr = 2 * (plus + minus) + 4 / (p * q) * sp.log((p + q) / (p - q))
    arg = sp.simplify(sp.expand_log(sp.exp(sp.expand(expr * B / 2)), force=True))
    del total
    return sp.simplify(sp.factor(sp.expand(sp.powsimp(arg, force=True))) - 1)


# --------------------------------------------------------------------------- registry
_INT_WHY = ("scaled integrand, one exp/log1p per factor: a few ulp where it is O(1); near its sign changes in x "
            "(second y-derivatives) only the absolute error (~1e-16 of the O(1) terms) is meaningful")


def kernels() -> list[Kernel]:
    ks = []
    dom_x = {"x_q": Range(1e-4, 300.0, "log"), "y": Range(1e-3, 600.0, "log")}
    dom_xt = {"x_q": Range(1e-4, 120.0, "log"), "t_q": Range(1e-6, 0.999999, "log"), "y": Range(1e-3, 40.0, "log")}
    for base, integrand, qs, scale, dom, what in (
        ("j", j_integrand(), _qs_x(), 1, dom_x, "x^2/E f(E)"),
        ("d", d_integrand(), _qs_x(), 1, dom_x, "(2x^2 + y^2)/E f(E)"),
        ("k", k_integrand(), _qs_xt(), 2, dom_xt, "2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt)"),
    ):
        args = (xq, y) if base != "k" else (xq, tq, y)
        for order, expr in enumerate(_derivatives(integrand, qs)):
            ks.append(
                Kernel(
                    name=f"qed_{base}{order}",
                    args=args,
                    expr=_exact(expr, qs, scale),
                    numeric=_safe(expr, qs),
                    domain=dom,
                    units="1",
                    equation="derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3))",
                    doc=f"e^{{{scale}y}} d^{order}/dy^{order} of the integrand {what} (x = p/T, y = m_e/T).",
                    rtol=1e-11,
                    atol=1e-13,
                    rtol_why=_INT_WHY,
                )
            )
    lin = Range(-50.0, 50.0, "lin")
    pos = Range(1e-3, 50.0, "log")
    dom2 = {"J_s": pos, "J1_s": lin, "J2_s": lin, "K_s": pos, "K1_s": lin, "K2_s": lin,
            "y": Range(1e-3, 600.0, "log"), "e_q": Range(0.25, 0.35, "lin")}
    dom3 = {"D_s": pos, "D1_s": lin, "D2_s": lin, "y": Range(1e-3, 600.0, "log"), "e_q": Range(0.25, 0.35, "lin")}
    names = ("p", "rho", "drho")
    whats = ("P/T^4", "rho/T^4", "(d rho/dT)/T^3")
    for order, dom, args in ((2, dom2, (J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q)), (3, dom3, (D_s, D1_s, D2_s, y, e_q))):
        for nm, what, expr in zip(names, whats, _scaled_assembly(order)):
            ks.append(
                Kernel(
                    name=f"qed_{nm}{order}_scaled",
                    args=args,
                    expr=expr,
                    domain=dom,
                    units="1",
                    equation=f"derived: O(e^{order}) {what} from P = T^4 p(m/T) (model/qed.py)",
                    doc=f"e^{{{'y' if order == 2 else '3y/2'}}} {what} of the O(e^{order}) correction from the scaled integrals.",
                    rtol=1e-9,
                    atol=1e-12,
                    rtol_why="sum of O(1) terms of both signs for arbitrary (independent) inputs: cancellation "
                    "between them is bounded by the absolute tolerance",
                )
            )
    return ks
