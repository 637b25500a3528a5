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

The numeric side (``mevscalar.numeric.cosmology.thermo``) integrates mu_Q F_j with a fixed trapezoidal rule in
t, q = x sinh t (q = e^t for m = 0), where the integrand is entire apart from the poles of f; its
docstring gives the rule and the measured accuracy.

Bosons near the condensation bound (:func:`pole_corrections`, kernels ``thermo_bose_pole_*``): the numeric
side's trapezoid in t subtracts the contribution of the pole of f at eps = xi (t = i theta) to its error in
closed form (residue x B = 1/(e^{2 pi theta/h} - 1)), with xi-derivatives written cancellation-free.

Fast paths (tables fitted with mpmath at codegen time, ``codegen/tabulate.py``):

* Massless fermions. The measures at eps = q are monomials c q^k, and Int_0^inf q^k f(q - xi) dq =
  Gamma(k+1) L_{k+1}(xi), Int q^k df/dxi dq = Gamma(k+1) L_k(xi), with L_s(xi) = -Li_s(-e^xi) (the
  Fermi-Dirac integral; d L_s/d xi = L_{s-1}). :func:`massless_integrals` derives the six integrals the
  numeric side needs in terms of L_2, L_3, L_4 (kernels ``thermo_m0_*``). L_s itself: for xi <= 0,
  L_s = e^xi H_s(-xi) with H_s(y) = e^y L_s(-y) = Int_0^inf u^{s-1}/(e^u + e^{-y}) du/Gamma(s) smooth and
  -> 1 (table ``fd_h<s>``, y in [0, 64], analytic in |Im y| < pi); for xi > 0 the inversion formula
  L_s(xi) = P_s(xi) - (-1)^s L_s(-xi) with the polynomial P_s(xi) = (2 pi i)^s/s! B_s(1/2 + xi/(2 pi i))
  (Bernoulli polynomial; :func:`inversion_polynomial`, kernels ``thermo_fd_P<s>``), so the same table
  serves both signs and no exponential is ever large. Kernels ``thermo_fd_L<s>`` assemble both branches.
* Massive fermions at xi = 0 (the e+-): with u = eps - x (kinetic energy over T), q = sqrt(u (u + 2x)),
  dq = eps/q du, every integral is e^{-x} G(x) with G(x) = Int_0^inf e^x mu (eps/q) F_j du smooth on
  [0, 768] (its x^4 ln x at x -> 0 sits at the end of the first segment [0, 1/64)); tables ``e0_<obs>``,
  kernels ``thermo_e0_<obs>`` (exactly 0 where e^{-x} underflows).
"""

from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.codegen.tabulate import Table, table_function
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
    return ks + fast_kernels() + pole_kernels()


# --------------------------------------------------------------------------- fast paths (tables)
#: xi of the Fermi-Dirac integrals, table variable y = |xi|, integration variable, kinetic energy u = eps - x
xi_fd = sym("xi_fd", r"\xi", real=True)
y_fd = sym("y_fd", "y", nonnegative=True)
u_fd = sym("u_fd", "u", positive=True)
x_e = sym("x_e", "x", nonnegative=True)
u_e = sym("u_e", "u", positive=True)
#: L_2, L_3, L_4 as arguments of the massless assembly kernels
L2, L3, L4 = (sym(f"L{s}", f"L_{{{s}}}", positive=True) for s in (2, 3, 4))
FD_ORDERS = (2, 3, 4)


class NegPolylogExp(sp.Function):
    """L_s(xi) = -Li_s(-e^xi), the complete Fermi-Dirac integral Int_0^inf u^{s-1}/(e^{u-xi} + 1) du/Gamma(s).

    Prints for mpmath as ``-mpmath.polylog(s, -mpmath.exp(xi))`` (the exact twin); SymPy's own polylog has no
    mpmath printer."""

    nargs = 2

    def _mpmathcode(self, printer):
        s, x = self.args
        return f"(-mpmath.polylog({printer._print(s)}, -mpmath.exp({printer._print(x)})))"

    def _eval_evalf(self, prec):
        s, x = self.args
        if not (s.is_number and x.is_number):
            return None
        return (-sp.polylog(s, -sp.exp(x)))._eval_evalf(prec)

    def fdiff(self, argindex=2):
        s, x = self.args
        return NegPolylogExp(s - 1, x)


def fd_table(s: int) -> Table:
    """H_s(y) = e^y L_s(-y) = Int_0^inf u^{s-1}/(e^u + e^{-y}) du / Gamma(s), y = |xi| in [0, 64]."""
    return Table(
        name=f"fd_h{s}", var=y_fd, integration_var=u_fd, prefactor=1 / sp.gamma(s),
        integrand=u_fd ** (s - 1) / (sp.exp(u_fd) + sp.exp(-y_fd)),
        k0=-1, n0=2, per_octave=8, y_max=64.0, degree=11, tol=2e-16,
        doc=f"H_{s}(y) = e^y (-Li_{s}(-e^-y)), smooth, -> 1 for y -> inf (Fermi-Dirac integral of order {s}).",
    )


def inversion_polynomial(s: int) -> sp.Expr:
    """P_s(xi) with L_s(xi) = P_s(xi) - (-1)^s L_s(-xi): (2 pi i)^s/s! B_s(1/2 + xi/(2 pi i)), expanded (real)."""
    z = sp.Rational(1, 2) + xi_fd / (2 * sp.pi * sp.I)
    P = sp.expand((2 * sp.pi * sp.I) ** s / sp.factorial(s) * sp.bernoulli(s, z))
    if sp.im(P) != 0:  # pragma: no cover - a derivation failure
        raise AssertionError(f"P_{s} is not real: {P}")
    return sp.nsimplify(P)


def fd_numeric(s: int) -> sp.Expr:
    """L_s(xi) from the table: e^xi H_s(-xi) for xi <= 0, P_s(xi) - (-1)^s e^-xi H_s(xi) above."""
    H = table_function(fd_table(s))(sp.Abs(xi_fd))
    return sp.Piecewise((sp.exp(xi_fd) * H, xi_fd <= 0),
                        (inversion_polynomial(s) - (-1) ** s * sp.exp(-xi_fd) * H, True))


#: (measure kernel, occupation index) of the six integrals the numeric side assembles (rows of I0 and I1)
INTEGRALS = (("thermo_mu_p", 0), ("thermo_mu_n", 0), ("thermo_mu_rho", 0),
             ("thermo_mu_n", 1), ("thermo_mu_rho", 1), ("thermo_mu_drho_dT", 1))
_SHORT = {"thermo_mu_p": "p", "thermo_mu_n": "n", "thermo_mu_rho": "rho", "thermo_mu_drho_dT": "drho_dT"}


def massless_integrals() -> dict:
    """{(measure, j): Int_0^inf mu(q, q) F_j(q - xi) dq in terms of L_2, L_3, L_4} (m = 0, fermions).

    mu(q, q) = c q^k (SymPy checks it is a monomial); Int q^k f = Gamma(k+1) L_{k+1}, Int q^k df/dxi =
    d/dxi of it = Gamma(k+1) L_k."""
    meas = measures()
    Ls = {2: L2, 3: L3, 4: L4}
    out = {}
    for kname, j in INTEGRALS:
        mu = sp.simplify(meas[kname].subs(eps, q))
        c, k = sp.Poly(mu, q).terms()[0][1], sp.Poly(mu, q).monoms()[0][0]
        if sp.simplify(mu - c * q**k) != 0:  # pragma: no cover
            raise AssertionError(f"{kname} at m = 0 is not a monomial: {mu}")
        out[(kname, j)] = c * sp.factorial(k) * Ls[k + 1 - j]
    return out


def massless_checks() -> dict:
    """Each must be True: the polylog inversion formula and dL_s/dxi = L_{s-1} on the polynomials."""
    import mpmath

    res = {}
    for s in FD_ORDERS:
        P = sp.lambdify(xi_fd, inversion_polynomial(s), "mpmath")
        with mpmath.workdps(30):
            ok = all(abs(-mpmath.polylog(s, -mpmath.exp(v)) - (P(v) + (-1) ** s * mpmath.polylog(s, -mpmath.exp(-v))))
                     < mpmath.mpf(10) ** -25 * (1 + abs(P(v))) for v in (mpmath.mpf("0.3"), mpmath.mpf(7), mpmath.mpf(25)))
        res[f"L_{s}(xi) = P_{s}(xi) - (-1)^{s} L_{s}(-xi)"] = ok
        if s > 2:
            res[f"P_{s}' = P_{s - 1}"] = sp.expand(sp.diff(inversion_polynomial(s), xi_fd) - inversion_polynomial(s - 1)) == 0
    return res


def electron_integrand(kname: str, j: int) -> sp.Expr:
    """e^x mu(q, eps) (eps/q) F_j(eps) at xi = 0, fermion, over du, q = sqrt(u (u + 2x)), eps = x + u."""
    qv = sp.sqrt(u_e) * sp.sqrt(u_e + 2 * x_e)
    ev = x_e + u_e
    F = (occupation("fermion") if j == 0 else occupation_dxi("fermion")).subs(a, ev)
    mu = measures()[kname].subs(q, qv).subs(eps, ev)
    return sp.exp(x_e) * mu * ev / qv * F


def electron_table(kname: str, j: int) -> Table:
    return Table(
        name=f"e0_{_SHORT[kname]}_{'f' if j == 0 else 'df'}", var=x_e, integration_var=u_e, prefactor=sp.Integer(1),
        integrand=electron_integrand(kname, j), k0=-6, n0=1, per_octave=4, y_max=768.0, degree=11, tol=1e-15,
        exp_scaled=True, laguerre=("1/2", 24, 8.0),
        doc=f"e^x Int {kname} F_{j} dq at xi = 0 (fermion) over x = m/T in [0, 768], smooth.",
    )


def fast_kernels() -> list[Kernel]:
    ks = []
    for s in FD_ORDERS:
        ks.append(Kernel(
            name=f"thermo_fd_L{s}", args=(xi_fd,), expr=NegPolylogExp(s, xi_fd), numeric=fd_numeric(s),
            domain={"xi_fd": Range(-60.0, 30.0, "lin")}, units="1",
            equation="derived (L_s = -Li_s(-e^xi) = Int u^(s-1)/(e^(u-xi) + 1) du/Gamma(s); inversion formula)",
            doc=f"L_{s}(xi) = -Li_{s}(-e^xi) from the table fd_h{s} (both signs of xi; model/thermo.py).",
            rtol=2e-14, rtol_why="table (fitted to ~1e-16) times one exp; for xi > 0 a sum of positive terms "
            "and at most a factor-2 cancellation (s = 2, 4 at xi -> 0+)",
        ))
        ks.append(Kernel(
            name=f"thermo_fd_P{s}", args=(xi_fd,), expr=inversion_polynomial(s),
            domain={"xi_fd": Range(0.0, 30.0, "lin")}, units="1",
            equation="derived ((2 pi i)^s/s! B_s(1/2 + xi/(2 pi i)), the polylog inversion formula)",
            doc=f"P_{s}(xi): the polynomial part of L_{s}(xi) = P_{s}(xi) - (-1)^{s} L_{s}(-xi).",
            rtol=1e-15, rtol_why="a polynomial with positive coefficients at xi >= 0: a few ulp",
        ))
    for (kname, j), expr in massless_integrals().items():
        dom = {"L2": Range(1e-27, 500.0, "log"), "L3": Range(1e-27, 5e3, "log"), "L4": Range(1e-27, 4e4, "log")}
        ks.append(Kernel(
            name=f"thermo_m0_{_SHORT[kname]}_{'f' if j == 0 else 'df'}", args=(L2, L3, L4), expr=expr,
            numeric=sp.Float(sp.N(expr / expr.free_symbols.pop(), 40), 40) * list(expr.free_symbols)[0],
            domain=dom, units="1",
            equation="derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1))",
            doc=f"Int_0^inf {kname}(q, q) F_{j}(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).",
            rtol=5e-16, rtol_why="one multiplication by a correctly rounded constant: 2 roundings",
        ))
    for kname, j in INTEGRALS:
        spec = electron_table(kname, j)
        ks.append(Kernel(
            name=f"thermo_{spec.name}", args=(x_e,),
            expr=sp.exp(-x_e) * sp.Integral(electron_integrand(kname, j), (u_e, 0, sp.oo)),
            numeric=table_function(spec)(x_e),
            domain={"x_e": Range(1e-4, 700.0, "log")}, units="1",
            equation="derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py)",
            doc=f"Int_0^inf {kname} F_{j} dq at xi = 0 for a fermion of x = m/T (the e+-), from table {spec.name}.",
            rtol=1e-14, rtol_why="table fitted to ~1e-16 relative, times exp(-x) (a few ulp; x known exactly)",
            extra={"max_examples": 25},
        ))
    return ks

# --------------------------------------------------------------------------- bosons near threshold (pole correction)
#: the boson's occupation pole nearest the threshold: eps = xi, i.e. t = i theta with cos(theta) = xi/x
#: (q = x sinh t); c = 2 pi/h of the trapezoidal step h; B = 1/(e^{c theta} - 1), Dm = -(dB/dtheta + B cot theta)
th_p = sym("theta_p", r"\theta", positive=True)
c_p = sym("c_p", "c", positive=True)
x_p = sym("x_p", "x", positive=True)
st_p, ct_p = sym("st_p", r"\sin\theta", positive=True), sym("ct_p", r"\cos\theta", positive=True)
B_p, Dm_p = sym("B_p", "B", positive=True), sym("Dm_p", "D_{-}", positive=True)
t_p = sym("t_p", "t", real=True)
#: (measure, occupation index) of the corrections the numeric side needs (F_1 ones are d/dxi of the F_0 ones)
POLE_TERMS = (("thermo_mu_p", 0), ("thermo_mu_n", 0), ("thermo_mu_rho", 0),
              ("thermo_mu_n", 1), ("thermo_mu_rho", 1), ("thermo_mu_drho_dT", 1))
_POLE_SERIES_TERMS = 12
_POLE_SERIES_SWITCH = 0.5


def pole_corrections() -> dict:
    """{(measure, j): C} with (trapezoid on [0, inf) in t, half weight at t = 0) - (integral) = C + O(e^{-2 pi d/h}).

    The trapezoidal rule on the whole line, step h, for g meromorphic in the strip: sum - integral =
    2 Re sum_{poles z0, Im z0 > 0} 2 pi i Res(g, z0)/(e^{-2 pi i z0/h} - 1) (plus the far singularities' terms
    of order e^{-2 pi d/h}); g(t) = mu(q^2, eps) eps F_0(eps - xi) is even, so the half-line rule carries half
    of it. For a boson with 0 < xi < x the pole of F_0 = 1/(e^{eps - xi} - 1) at eps = xi sits at t0 = i theta,
    cos(theta) = xi/x, close to the real axis when x - xi << x (theta ~ sqrt(2 (x - xi)/x)); its residue is
    mu eps/(d/dt e^{x cosh t - xi}) at t0 (SymPy below), and e^{-2 pi i t0/h} - 1 = e^{c theta} - 1, c = 2 pi/h.
    The F_1 = dF_0/dxi corrections are d/dxi = -(1/(x sin theta)) d/dtheta of the F_0 ones (the nodes do not
    depend on xi), with dB/dtheta = -(Dm + B cot theta) substituted: every result is a sum of terms of one sign
    in (x, sin, cos, B, Dm) (no cancellation when theta -> 0, where B and B cot theta are both ~ 1/theta)."""
    meas = measures()
    xi_ = x_p * sp.cos(th_p)
    Bf = sp.Function("Bf")(th_p)
    out = {}
    for kname, j in POLE_TERMS:
        mu = meas[kname]
        num = (mu * eps).subs({q: x_p * sp.sinh(t_p), eps: x_p * sp.cosh(t_p)})
        den = sp.diff(sp.exp(x_p * sp.cosh(t_p) - xi_) - 1, t_p)
        r = sp.simplify((num / den).subs(t_p, sp.I * th_p))
        half = sp.simplify(sp.re(sp.expand_complex(2 * sp.pi * sp.I * r)))  # Re(2 pi i r B) with B real
        C = half * Bf
        if j == 1:
            C = -sp.diff(C, th_p) / (x_p * sp.sin(th_p))
            C = C.subs(sp.Derivative(Bf, th_p), -Dm_p - Bf * sp.cos(th_p) / sp.sin(th_p))
        C = sp.expand(sp.expand_trig(sp.trigsimp(sp.simplify(C))))
        C = C.subs(Bf, B_p)
        C = sp.expand(C.subs({sp.sin(th_p): st_p, sp.cos(th_p): ct_p}))
        if C.has(th_p):  # pragma: no cover - a derivation failure
            raise AssertionError(f"pole correction {kname}, F_{j}: theta left in {C}")
        out[(kname, j)] = C
    return out


def pole_B_exact() -> sp.Expr:
    return 1 / (sp.exp(c_p * th_p) - 1)


def pole_Dm_exact() -> sp.Expr:
    """Dm = -(dB/dtheta + B cot theta) (exact form; the twin)."""
    B = pole_B_exact()
    return -(sp.diff(B, th_p) + B * sp.cot(th_p))


def pole_series(kind: str):
    """(exact, Taylor polynomial) of H(y) = 1 - y cot y or G(y) = y coth y - 1 (both >= 0, ~ y^2/3), used below
    y = 0.5 where the direct forms cancel (terms decay like (y/pi)^2: 12 terms leave < 1e-17 relative)."""
    y = y_p
    ex = 1 - y * sp.cot(y) if kind == "H" else y / sp.tanh(y) - 1
    ser = sp.series(ex, y, 0, 2 * _POLE_SERIES_TERMS + 2).removeO()
    return ex, sp.horner(ser, wrt=y)


y_p = sym("y_p", "y", positive=True)
H_p, G_p = sym("H_p", "H", nonnegative=True), sym("G_p", "G", nonnegative=True)


def pole_Dm_numeric() -> sp.Expr:
    """Dm = (B/theta) (H(theta) + G(c theta/2) + c theta/2), H(y) = 1 - y cot y, G(y) = y coth y - 1: with
    p(w) = w/(1 - e^-w) = (w/2) coth(w/2) + w/2, dB/dtheta = -(c e^w) B^2 = -B p(w)/theta, so
    Dm = (B/theta)(p(w) - theta cot theta) and p(w) - theta cot theta = G(w/2) + w/2 + H(theta), three terms
    >= 0 (checked by :func:`pole_checks`). Arguments H = H(theta), G = G(c theta/2) (kernels thermo_bose_pole_H*,
    thermo_bose_pole_G*: series below 0.5, direct above)."""
    return (B_p / th_p) * (H_p + G_p + c_p * th_p / 2)


def pole_B_numeric() -> sp.Expr:
    e = sp.exp(-c_p * th_p)
    return e / (-expm1(-c_p * th_p))


def pole_checks() -> dict:
    B = pole_B_exact()
    w = c_p * th_p
    p = w / (1 - sp.exp(-w))
    ident = sp.simplify((-sp.diff(B, th_p) - B * p / th_p).rewrite(sp.exp))
    split = sp.simplify(((w / 2) * sp.coth(w / 2) + w / 2 - p).rewrite(sp.exp))
    Dm = pole_Dm_numeric().subs({B_p: B, H_p: 1 - th_p * sp.cot(th_p), G_p: (w / 2) / sp.tanh(w / 2) - 1})
    same = sp.simplify((Dm - pole_Dm_exact()).rewrite(sp.exp)) == 0
    return {"dB/dtheta = -B p(w)/theta": ident == 0, "p(w) = (w/2) coth(w/2) + w/2": split == 0,
            "Dm = (B/theta)(H + G + w/2)": same}


def pole_kernels() -> list[Kernel]:
    ks = [
        Kernel(name="thermo_bose_pole_B", args=(th_p, c_p), expr=pole_B_exact(), numeric=pole_B_numeric(),
               domain={"theta_p": Range(1e-7, 1.5707963267948966, "log"), "c_p": Range(1.0, 1e5, "log")},
               units="1", equation="derived (trapezoidal-rule pole correction; model/thermo.py pole_corrections)",
               doc="B = 1/(e^{c theta} - 1): the trapezoid's response to a pole at t = i theta (c = 2 pi/h).",
               rtol=2e-13, rtol_why="e^{-w}, w = c theta up to 745: condition number w times the rounding of the "
               "product c theta (1e-16 w); B matters only at small w, where it is a few ulp"),
        Kernel(name="thermo_bose_pole_Dm", args=(th_p, c_p, B_p, H_p, G_p), expr=pole_Dm_numeric(),
               domain={"theta_p": Range(1e-7, 1.5707963267948966, "log"), "c_p": Range(1.0, 1e5, "log"),
                       "B_p": Range(1e-300, 1e7, "log"), "H_p": Range(1e-15, 1.0, "log"),
                       "G_p": Range(1e-15, 1e5, "log")},
               units="1", equation="derived (Dm = -(dB/dtheta + B cot theta), cancellation-free; model/thermo.py)",
               doc="Dm = -(dB/dtheta + B cot theta) = (B/theta)(H + G + c theta/2), H = H(theta), G = G(c theta/2).",
               rtol=4e-15, rtol_why="a sum of three positive terms times a ratio: a few ulp"),
    ]
    for kind in ("H", "G"):
        ex, ser = pole_series(kind)
        ks.append(Kernel(
            name=f"thermo_bose_pole_{kind}_series", args=(y_p,), expr=ex, numeric=ser,
            domain={"y_p": Range(1e-8, _POLE_SERIES_SWITCH, "log")}, units="1",
            equation="derived (Taylor series, SymPy; 1 - y cot y and y coth y - 1)",
            doc=f"{kind}(y) = {'1 - y cot y' if kind == 'H' else 'y coth y - 1'} from its Taylor polynomial (y < 0.5).",
            rtol=3e-15, rtol_why="a Horner polynomial with positive or alternating decreasing terms: a few ulp"))
        ks.append(Kernel(
            name=f"thermo_bose_pole_{kind}_direct", args=(y_p,), expr=ex,
            domain={"y_p": Range(_POLE_SERIES_SWITCH, 1.5707963267948966 if kind == "H" else 1e5, "log")},
            units="1", equation="derived (1 - y cot y and y coth y - 1)",
            doc=f"{kind}(y) = {'1 - y cot y' if kind == 'H' else 'y coth y - 1'} directly (y >= 0.5; loses <= 4 bits).",
            rtol=2e-14, rtol_why="1 - y cot y at y = 0.5 is 0.085: the subtraction loses ~4 bits"))
    dom = {"x_p": Range(1e-5, 1e4, "log"), "st_p": Range(1e-7, 1.0, "log"), "ct_p": Range(1e-3, 1.0, "log"),
           "B_p": Range(1e-250, 1e7, "log"), "Dm_p": Range(1e-250, 1e14, "log")}
    for (kname, j), C in pole_corrections().items():
        args = tuple(s for s in (x_p, st_p, ct_p, B_p, Dm_p) if s in C.free_symbols)
        num = C.xreplace({sp.pi: sp.Float(sp.pi.evalf(40), 40)})
        ks.append(Kernel(
            name=f"thermo_bose_pole_{_SHORT[kname]}_{'f' if j == 0 else 'df'}", args=args, expr=C,
            numeric=num,
            domain={s.name: dom[s.name] for s in args}, units="1",
            equation="derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py)",
            doc=f"Boson, 0 < xi < x: (half-line trapezoid) - (integral) of {kname} F_{j} from the pole at eps = xi.",
            rtol=1e-14, rtol_why="a few products and a sum of terms of one sign",
        ))
    return ks
