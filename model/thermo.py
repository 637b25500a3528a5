"""Equilibrium-shaped thermodynamics of one species with temperature T and pseudo chemical potential xi = mu/T.

For the precision ("thermal") neutrino-decoupling solver in the style of M. Escudero, JCAP 05 (2020) 048
[arXiv:2001.04466]: every species keeps f(E) = 1/(exp(E/T - xi) + s), s = +1 fermion, -1 boson, and the
solver needs n, rho, p and the partial derivatives of n and rho in T (fixed xi) and xi (fixed T).

Definitions (units MeV, g internal degrees of freedom, E = sqrt(p^2 + m^2)):
    n = g/(2 pi^2) Int p^2 f dp,   rho = g/(2 pi^2) Int p^2 E f dp,   P = g/(6 pi^2) Int p^4/E f dp.

Derivation (:func:`derivation`, checked symbolically by :func:`checks`):

* The occupation depends on T and xi only through a = E/T - xi: f = Phi(a). SymPy differentiates the
  dimensionful integrands at fixed p (the measure p^2 dp does not depend on T or xi):
  d/dxi Phi(a) = -Phi'(a) and d/dT Phi(a) = -(E/T^2) Phi'(a). With F1 = -Phi' (= d f/d xi) this gives
  dn/dxi = g/(2 pi^2) Int p^2 F1,  dn/dT = g/(2 pi^2) Int p^2 (E/T^2) F1,
  drho/dxi = g/(2 pi^2) Int p^2 E F1,  drho/dT = g/(2 pi^2) Int p^2 E (E/T^2) F1.
* Dimensionless variables q = p/T, eps = E/T = sqrt(q^2 + x^2), x = m/T: every observable becomes
  Q = g T^d Int_0^inf mu_Q(q, eps) F_j(eps - xi) dq with a measure mu_Q (kernels ``thermo_mu_*``), a
  power d of T and F_0 = f or F_1 = d f/d xi (:data:`OBSERVABLES` lists (measure, d, j)); in particular
  dn/dT = (drho/dxi)/T^2 (a Maxwell relation: the same integral).
* F_1 = f (1 - s f) = e^{-a}/(1 + s e^{-a})^2 (SymPy, :func:`checks`); the NumPy kernels use the e^{-a}
  forms (no overflow for a >= -90; bosons use expm1 so that a -> 0+ keeps its relative accuracy).

The numeric side (``mevscalar.cosmology.thermo``) integrates mu_Q F_j with a fixed trapezoidal rule in
t, q = x sinh t (q = e^t for m = 0), where the integrand is entire apart from the poles of f; its
docstring gives the rule and the measured accuracy.
"""

from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.symbols import sym

#: dimensionless momentum q = p/T, energy eps = E/T, occupation argument a = E/T - xi
q = sym("q", "q", positive=True)
#: q^2, the argument of the measure kernels (numpy squares fast; q**4 would be a slow generic power)
q2 = sym("q2", "q^{2}", positive=True)
eps = sym("eps", r"\epsilon", positive=True)
a = sym("a", "a", real=True)
#: dimensionful symbols used in the derivation only
p_, E_, T_, m_, xi_ = (sym("p_th", "p", positive=True), sym("E_th", "E", positive=True),
                       sym("T_th", "T", positive=True), sym("m_th", "m", nonnegative=True),
                       sym("xi_th", r"\xi", real=True))
Phi = sp.Function("Phi")

STATS = {"fermion": 1, "boson": -1}

#: observable -> (measure kernel, power of T, occupation index: 0 = f, 1 = d f/d xi)
OBSERVABLES = {
    "n": ("thermo_mu_n", 3, 0),
    "rho": ("thermo_mu_rho", 4, 0),
    "p": ("thermo_mu_p", 4, 0),
    "dn_dxi": ("thermo_mu_n", 3, 1),
    "dn_dT": ("thermo_mu_rho", 2, 1),
    "drho_dxi": ("thermo_mu_rho", 4, 1),
    "drho_dT": ("thermo_mu_drho_dT", 3, 1),
}


def occupation(kind: str, arg=a) -> sp.Expr:
    """f = 1/(e^a + s): Fermi-Dirac (s = +1) or Bose-Einstein (s = -1)."""
    return 1 / (sp.exp(arg) + STATS[kind])


def occupation_dxi(kind: str) -> sp.Expr:
    """F_1 = d f/d xi = -d f/d a (a = E/T - xi), differentiated by SymPy."""
    return -sp.diff(occupation(kind), a)


def occupation_numeric(kind: str) -> sp.Expr:
    """e^{-a}/(1 + s e^{-a}); the boson's denominator as -expm1(-a) (accurate for a -> 0+)."""
    e = sp.exp(-a)
    return e / (1 + e) if kind == "fermion" else e / (-expm1(-a))


def occupation_dxi_numeric(kind: str) -> sp.Expr:
    e = sp.exp(-a)
    return e / (1 + e) ** 2 if kind == "fermion" else e / expm1(-a) ** 2


def derivation() -> dict:
    """{observable: integrand in q over dq, per g T^d}, from the dimensionful definitions.

    Each dimensionful integrand (in p) is differentiated at fixed p by SymPy where needed, then p = q T,
    E = eps T, m = x T are substituted and the power T^d of OBSERVABLES divided out (dp = T dq).
    """
    f = Phi(E_ / T_ - xi_)
    pre = 1 / (2 * sp.pi**2)
    base = {"n": pre * p_**2 * f, "rho": pre * p_**2 * E_ * f, "p": pre * p_**4 / (3 * E_) * f}
    dims = {
        "n": base["n"], "rho": base["rho"], "p": base["p"],
        "dn_dxi": sp.diff(base["n"], xi_), "dn_dT": sp.diff(base["n"], T_),
        "drho_dxi": sp.diff(base["rho"], xi_), "drho_dT": sp.diff(base["rho"], T_),
    }
    F0, F1 = sp.Symbol("F0"), sp.Symbol("F1")
    out = {}
    for name, expr in dims.items():
        expr = expr.doit()
        # Phi'(a) -> -F1, Phi(a) -> F0
        derivs = expr.atoms(sp.Subs) | expr.atoms(sp.Derivative)
        for d in derivs:
            expr = expr.subs(d, -F1)
        expr = expr.subs(f, F0)
        d = OBSERVABLES[name][1]
        expr = sp.simplify(expr.subs({p_: q * T_, E_: eps * T_}) * T_ / T_**d)  # dp = T dq
        out[name] = expr
    return out


def measures() -> dict:
    """{measure kernel name: mu(q, eps)}: the coefficient of F_j in :func:`derivation`, T-free."""
    der = derivation()
    F0, F1 = sp.Symbol("F0"), sp.Symbol("F1")
    out = {}
    for name, (kname, _d, j) in OBSERVABLES.items():
        F = (F0, F1)[j]
        mu = sp.simplify(der[name] / F)
        if mu.has(F0, F1, T_):
            raise AssertionError(f"{name}: integrand is not measure x F_{j}: {der[name]}")
        if kname in out and sp.simplify(out[kname] - mu) != 0:
            raise AssertionError(f"{name}: measure {kname} differs between observables")
        out[kname] = mu
    return out


def checks() -> dict:
    """Identities (each must be True): F1 = f(1 - s f) = e^{-a}/(1 + s e^{-a})^2 and the safe forms."""
    res = {}
    for kind, s in STATS.items():
        f = occupation(kind)
        F1 = occupation_dxi(kind)
        res[f"{kind}: F1 = f(1 - s f)"] = sp.simplify((F1 - f * (1 - s * f)).rewrite(sp.exp)) == 0
        num = occupation_numeric(kind).replace(expm1, lambda z: sp.exp(z) - 1)
        res[f"{kind}: safe f"] = sp.simplify(num - f) == 0
        num1 = occupation_dxi_numeric(kind).replace(expm1, lambda z: sp.exp(z) - 1)
        res[f"{kind}: safe F1"] = sp.simplify((num1 - F1).rewrite(sp.exp)) == 0
    der = derivation()
    res["dn/dT = (drho/dxi)/T^2 (Maxwell relation, same integrand)"] = sp.simplify(der["dn_dT"] - der["drho_dxi"]) == 0
    return res


def kernels() -> list[Kernel]:
    ks = []
    dom_a = {"fermion": Range(-90.0, 700.0, "lin"), "boson": Range(1e-6, 700.0, "log")}
    for kind in STATS:
        ks.append(Kernel(
            name=f"thermo_f_{kind}", args=(a,), expr=occupation(kind), numeric=occupation_numeric(kind),
            domain={"a": dom_a[kind]}, units="1",
            equation="derived (f = 1/(e^a + s), a = E/T - xi; Escudero 2020, equilibrium-shaped f)",
            doc=f"Occupation number of a {kind} at a = E/T - xi (e^-a form: underflows to 0, never inf/inf).",
            rtol=4e-15, rtol_why="one exp, one add, one divide (expm1 for bosons): a few ulp",
        ))
        ks.append(Kernel(
            name=f"thermo_df_dxi_{kind}", args=(a,), expr=occupation_dxi(kind),
            numeric=occupation_dxi_numeric(kind),
            domain={"a": dom_a[kind]}, units="1",
            equation="derived (d f/d xi = -d f/d a = f (1 - s f), SymPy)",
            doc=f"d f/d xi of a {kind} at a = E/T - xi (equal to -d f/d a).",
            rtol=6e-15, rtol_why="one exp, one add, a square and a divide: a few ulp",
        ))
    dom_q = {"q2": Range(1e-16, 1e12, "log"), "eps": Range(1e-8, 1e6, "log")}
    docs = {
        "thermo_mu_n": "q^2/(2 pi^2): measure of n (with f) and dn/dxi (with df/dxi), per g T^3.",
        "thermo_mu_rho": "q^2 eps/(2 pi^2): measure of rho (f), drho/dxi (df/dxi, per g T^4) and dn/dT (per g T^2).",
        "thermo_mu_p": "q^4/(6 pi^2 eps): measure of the pressure (with f), per g T^4.",
        "thermo_mu_drho_dT": "q^2 eps^2/(2 pi^2): measure of drho/dT (with df/dxi), per g T^3.",
    }
    for kname, mu in measures().items():
        mu2 = sp.powdenest(mu.subs(q, sp.sqrt(q2)), force=True)
        # the constant folded to one correctly rounded double (one rounding; no pi in the NumPy source)
        num = mu2.xreplace({sp.pi: sp.Float(sp.pi.evalf(40), 40)})
        num = sp.Float(sp.N(num.subs({q2: 1, eps: 1}), 40), 40) * sp.simplify(mu2 / mu2.subs({q2: 1, eps: 1}))
        ks.append(Kernel(
            name=kname, args=(q2, eps), expr=mu2, numeric=num, domain=dom_q, units="1",
            equation="derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p)",
            doc=docs[kname] + " Argument q2 = q^2.",
            rtol=2e-15, rtol_why="a monomial with a folded constant: a few ulp",
        ))
    return ks
