"""phi <-> a a decays and inverse decays with exact quantum statistics: the momentum-integrated
collision terms of a real scalar phi (g_phi = 1, mass m) and a pair of massless daughters a a.

Derivation (every step is an identity checked below or in tests/numeric/cosmology/test_decays.py):

1. Collision term of phi (|M|^2 constant for a scalar into two massless particles; the identical-
   particle factor and the matrix element are absorbed in the rest-frame width Gamma):
       C[f_phi](p) = -(m Gamma/E) <F>,  F = f_phi (1 -+ f_1)(1 -+ f_2) - (1 + f_phi) f_1 f_2,
   where <.> averages over the decay angle in the phi rest frame. For massless daughters E_1 is then
   uniform on [(E-p)/2, (E+p)/2] (density 1/p), E_2 = E - E_1.  (-+: - fermion, + boson daughters.)
2. With f(E) = 1/(e^{E/T - xi} +- 1), (1 -+ f) = e^{E/T - xi} f, so (1 -+ f_1)(1 -+ f_2) = e^q f_1 f_2 with
   q = E/T_d - 2 xi_d, and (1 + f_phi) = e^r f_phi, r = E/T_phi - xi_phi.  Hence
       F = f_1 f_2 f_phi (e^q - e^r) = f_1 f_2 (e^q - 1) [f_phi - f_eq],   f_eq = 1/(e^q - 1):
   the whole statistics factorises, and detailed balance (f_phi = f_eq, i.e. T_phi = T_d and
   xi_phi = 2 xi_d) makes F vanish identically (:func:`check_factorisation`).
3. E_1 integral in closed form. With x = E_1/T_d - xi_d (so E_2/T_d - xi_d = q - x) and
   x_pm = (q +- d)/2, d = p/T_d:
       h(q, d) := (e^q - 1) Int_{x_-}^{x_+} dx / ((e^x +- 1)(e^{q-x} +- 1))
   from the partial fractions f_1 f_2 (e^q - 1) = 1 -+ f_1 -+ f_2 and Int f dx = -+ log(1 +- e^{-x}):
       boson daughters:   h = d + 2 log(1 - e^{-x_+}) - 2 log(1 - e^{-x_-})
       fermion daughters: h = d + 2 log(1 + e^{-x_+}) - 2 log(1 + e^{-x_-})
                            = 2 log[cosh((q+d)/4) / cosh((q-d)/4)]          (odd in q; ~ d in MB)
   (:func:`check_pair_integral`). The fermion form is evaluated as 2 sign(q) log1p(w),
   w = 2 sinh(A) sinh(B)/cosh(A-B), A = |q|/4, B = d/4, with no cancellation (and, for A + B >= 40,
   as 2(A + B - |A-B|) + log1p terms, which cannot overflow).
4. Momentum integral: d^3p/(2 pi)^3 = p E dE/(2 pi^2), so with K(E) = T_d h(q, d) [f_phi - f_eq]
       dn_phi/dt   = -(m Gamma/(2 pi^2)) Int_m^inf dE K(E),
       drho_phi/dt = -(m Gamma/(2 pi^2)) Int_m^inf dE E K(E).
   With E = m cosh(eta), p = m sinh(eta), dE = p d eta, y = m/T, and the exponentials of the two
   distributions taken out (r = r0 + 2 y_phi sinh^2(eta/2), r0 = y_phi - xi_phi; q = q0 + 2 y_d sinh^2(eta/2),
   q0 = y_d - 2 xi_d, c = max(q0, 0)):
       Int dE K = T_d^2 [ e^{-r0} Int d eta P(eta) - e^{-c} Int d eta Q(eta) ],
       P = y_d sinh(eta) h(q, d) e^{r0} f_phi,   Q = y_d sinh(eta) h(q, d) e^{c} f_eq,
   one kernel ``rate_term_<kind>`` for both: y_d sinh(eta) h(q, d) e^{c_s} f_B(r_s + y_s (cosh eta - 1))
   with (y_s, r_s, c_s) = (y_phi, r0, r0) for P and (y_d, q0, c) for Q (f_B(r) = 1/(e^r - 1)).
   The numeric module integrates P with a rule scaled to T_phi and Q with one scaled to T_d.
5. Maxwell-Boltzmann (no enhancement or blocking, MB phi): h -> d, f_phi -> e^{-r}, f_eq -> e^{-q}:
   P_MB = (y_d sinh eta)^2 e^{-2 y_phi sinh^2(eta/2)} (kernel ``mb_term``), and
       Int_m^inf dE p e^{-E/T} = m T K_1(m/T),  Int_m^inf dE E p e^{-E/T} = m^2 T K_2(m/T),
   give the closed forms dn_phi/dt = -(m^2 Gamma/(2 pi^2)) [T_phi K_1(y_phi) e^{xi_phi} - T_d K_1(y_d) e^{2 xi_d}],
   drho_phi/dt = -(m^3 Gamma/(2 pi^2)) [T_phi K_2(y_phi) e^{xi_phi} - T_d K_2(y_d) e^{2 xi_d}]
   (:func:`mb_closed_forms`; numeric/cosmology/boltzmann.py's phi_energy_transfer is the xi = 0 energy one).
"""

from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.symbols import sym

KINDS = ("fermion", "boson")

eta = sym("eta", r"\eta", nonnegative=True)
y_phi = sym("y_phi", r"y_{\phi}", positive=True)  # m/T_phi
y_d = sym("y_d", r"y_{d}", positive=True)  # m/T_d
r0 = sym("r0", "r_0", positive=True)  # y_phi - xi_phi > 0
xi_d = sym("xi_d", r"\xi_{d}", real=True)
y_s = sym("y_s", r"y_{s}", positive=True)  # m/T of the distribution whose exponential is carried
q = sym("q", "q", real=True)
d = sym("d", "d", positive=True)
x_lo = sym("x_lo", "x_{-}", real=True)
x_int = sym("x_int", "x", real=True)
r_s = sym("r_s", "r_s", real=True)  # y_s - xi_s of the Bose factor (P: r0 > 0; Q: q0, any sign)
c_s = sym("c_s", "c_s", real=True)  # exponent carried out of the Bose factor (P: r0; Q: max(q0, 0))

# a few generic symbols for the derivation checks
_E, _E1, _p, _T, _xi, _Tp, _xip, _m = sp.symbols("E E_1 p T xi T_phi xi_phi m", positive=True)


def _sign(kind: str) -> int:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return 1 if kind == "fermion" else -1


# --------------------------------------------------------------------------- the E_1 integral
def pair_integrand(kind: str, qq=q, xx=x_int) -> sp.Expr:
    """f_1 f_2 in reduced variables: 1/((e^x +- 1)(e^{q-x} +- 1))."""
    s = _sign(kind)
    return 1 / ((sp.exp(xx) + s) * (sp.exp(qq - xx) + s))


def blocking_integrand(kind: str, qq=q, xx=x_int) -> sp.Expr:
    """(1 -+ f_1)(1 -+ f_2) = e^q f_1 f_2 = 1/((1 +- e^{-x})(1 +- e^{-(q-x)})): O(1), unlike f_1 f_2."""
    s = _sign(kind)
    return 1 / ((1 + s * sp.exp(-xx)) * (1 + s * sp.exp(xx - qq)))


def pair_integral_exact(kind: str, qq=q, dd=d) -> sp.Expr:
    """Int_{x_-}^{x_+} (1 -+ f_1)(1 -+ f_2) dx (= e^q I/T_d) as unevaluated Integrals, for the mpmath twin.

    (mpmath.quad stops on an absolute error estimate: f_1 f_2 itself, ~ e^{-q}, is integrated to only
    ~1e-11 relative at 40 digits when q ~ 100; the blocking factors are O(1).)

    The integrand is symmetric about x = q/2, so it is twice the integral over [q/2, x_+]; that half
    is split where one of the two distributions has its edge (fermions: x = max(q, 0)) and at 2, 8 and
    32 beyond it (all clipped to x_+), so that mpmath.quad (tanh-sinh) sees a smooth integrand on
    pieces a few decay lengths long: on [q/2, x_+] in one piece it loses 2.5e-9 at 40 digits when
    d ~ 100.
    """
    lo, hi = qq / 2, (qq + dd) / 2
    f = blocking_integrand(kind, qq)
    b = lo if kind == "boson" else sp.Max(qq, 0)
    # breakpoints b, b + 2, b + 8, b + 32 (clipped to x_+): beyond b, f_1 f_2 falls like e^{-(x - b)}
    pts = [lo] + [sp.Min(b + k, hi) for k in ((0, 2, 8, 32) if kind == "fermion" else (2, 8, 32))] + [hi]
    return 2 * sum((sp.Integral(f, (x_int, a, c)) for a, c in zip(pts[:-1], pts[1:])), sp.Integer(0))


def h_closed_logs(kind: str, qq=q, dd=d) -> sp.Expr:
    """h = (e^q - 1) I/T_d from partial fractions: d + 2 log(1 +- e^{-x_+}) - 2 log(1 +- e^{-x_-})."""
    s = _sign(kind)
    xp, xm = (qq + dd) / 2, (qq - dd) / 2
    return dd + 2 * sp.log(1 + s * sp.exp(-xp)) - 2 * sp.log(1 + s * sp.exp(-xm))


def h_fermion_cosh(qq=q, dd=d) -> sp.Expr:
    """The fermion h as 2 log[cosh((q+d)/4)/cosh((q-d)/4)]."""
    return 2 * sp.log(sp.cosh((qq + dd) / 4) / sp.cosh((qq - dd) / 4))


def _log1mexp(x):
    """log(1 - e^{-x}) for x > 0: log(-expm1(-x)) below log 2, log1p(-e^{-x}) above (Maechler 2012);
    log(-expm1(-x)) alone loses 1e-10 relative at x = 15."""
    return sp.Piecewise((sp.log(-expm1(-x)), x < sp.log(2)), (log1p(-sp.exp(-x)), True))


def h_numeric(kind: str, qq, dd, xm=None, xp=None) -> sp.Expr:
    """Double-precision-safe h(q, d). Bosons: d + 2 log1p((1 - e^{-d})/(e^{x_-} - 1)) (every term >= 0,
    x_- > 0; the difference of the two logs taken in one log1p, which log(-expm1) or log1p(-exp) alone
    would each lose in one regime: 1e-10 at x = 15 for the first);
    ``xm``, ``xp`` (x_-, x_+) may be given in a form without cancellation. Fermions: see module doc."""
    if kind == "boson":
        xm = (qq - dd) / 2 if xm is None else xm
        xp = (qq + dd) / 2 if xp is None else xp
        # log(1 - e^{-x_+}) - log(1 - e^{-x_-}) = log1p((1 - e^{-d}) f_B(x_-)): one positive term
        return dd + 2 * log1p(-expm1(-dd) / expm1(xm))
    A, B = sp.Abs(qq) / 4, dd / 4
    small = log1p(2 * sp.sinh(A) * sp.sinh(B) / sp.cosh(A - B))
    big = A + B - sp.Abs(A - B) + log1p(sp.exp(-2 * (A + B))) - log1p(sp.exp(-2 * sp.Abs(A - B)))
    return 2 * sp.sign(qq) * sp.Piecewise((small, A + B < 40), (big, True))


def check_factorisation() -> bool:
    """F = f_1 f_2 f_phi (e^q - e^r) = f_1 f_2 (e^q - 1)(f_phi - f_eq) for both daughter statistics."""
    ok = True
    for kind in KINDS:
        s = _sign(kind)
        E2 = _E - _E1
        f1 = 1 / (sp.exp(_E1 / _T - _xi) + s)
        f2 = 1 / (sp.exp(E2 / _T - _xi) + s)
        fphi = 1 / (sp.exp(_E / _Tp - _xip) - 1)
        F = fphi * (1 - s * f1) * (1 - s * f2) - (1 + fphi) * f1 * f2
        qq = _E / _T - 2 * _xi
        feq = 1 / (sp.exp(qq) - 1)
        ok &= sp.simplify(sp.expand(F - f1 * f2 * (sp.exp(qq) - 1) * (fphi - feq))) == 0
    return bool(ok)


def check_pair_integral(kind: str) -> bool:
    """d/dx of the antiderivative equals the integrand, and the closed forms agree (fermion cosh)."""
    s = _sign(kind)
    qq = sp.Symbol("qq", positive=True)
    xx = sp.Symbol("xx", positive=True)
    # antiderivative of f_1 f_2 (e^q - 1) = 1 - s f(x) - s f(q - x):  x + log(1 + s e^{-x}) - log(1 + s e^{-(q-x)})
    anti = xx + sp.log(1 + s * sp.exp(-xx)) - sp.log(1 + s * sp.exp(-(qq - xx)))
    integrand = (sp.exp(qq) - 1) * pair_integrand(kind, qq, xx)
    ok = sp.simplify(sp.diff(anti, xx) - integrand) == 0
    dd = sp.Symbol("dd", positive=True)
    xp, xm = (qq + dd) / 2, (qq - dd) / 2
    h_from_anti = anti.subs(xx, xp) - anti.subs(xx, xm)
    ok &= sp.simplify(sp.expand_log(h_from_anti - h_closed_logs(kind, qq, dd), force=True)) == 0
    if kind == "fermion":
        diff = (h_closed_logs(kind, qq, dd) - h_fermion_cosh(qq, dd)).rewrite(sp.exp)
        ok &= sp.simplify(sp.expand_log(sp.simplify(diff), force=True)) == 0 or all(
            abs(sp.N(diff.subs({qq: a, dd: b}), 30)) < 1e-25 for a, b in ((0.3, 1.7), (5.0, 0.2), (11.0, 13.0))
        )
    return bool(ok)


def mb_closed_forms() -> dict:
    """Int_m^inf dE p e^{-E/T} and Int_m^inf dE E p e^{-E/T} (E = m cosh eta): m T K_1(m/T), m^2 T K_2(m/T)."""
    e = sp.Symbol("e_", positive=True)
    n_int = sp.integrate(_m * sp.sinh(e) * _m * sp.sinh(e) * sp.exp(-_m * sp.cosh(e) / _T), (e, 0, sp.oo))
    r_int = sp.integrate(_m * sp.cosh(e) * _m**2 * sp.sinh(e) ** 2 * sp.exp(-_m * sp.cosh(e) / _T), (e, 0, sp.oo))
    return {"n": sp.simplify(n_int), "rho": sp.simplify(r_int)}


# --------------------------------------------------------------------------- integrands in eta
def _s2(e=eta):
    return sp.sinh(e / 2) ** 2  # (cosh eta - 1)/2, without cancellation


def _geometry_numeric(e=eta):
    """(em + r, em r) from one expm1, em = e^eta - 1, r = em/(1 + em) = 1 - e^-eta: 2 sinh(eta) and
    2 (cosh eta - 1), sums and products of positive terms (no cancellation at small eta)."""
    em = expm1(e)
    r = sp.UnevaluatedExpr(em / (1 + em))  # printed once as em/(em + 1): fewer array operations
    return em + r, em * r, r


def h_fermion_overflow_free(qh, dh) -> sp.Expr:
    """The fermion h in half variables (qh = q/2, dh = d/2): h = 2 sign(q) log1p(w),
    w = 2 sinh(A) sinh(B)/cosh(A - B) (A = |q|/4, B = d/4) = e^S expm1(-|qh|) expm1(-dh)/(1 + e^{-t}),
    t = ||qh| - dh|, S = A + B - |A - B| = (|qh| + dh - t)/2: every factor is bounded except e^S.
    log1p(e^S g) = Z + log1p(e^{S - Z} g) with Z = max(S - 300, 0) (exact in double: for S > 300 the 1 is
    negligible next to e^{300} g, g >= 1/2), so nothing overflows, no branch is selected and the whole
    range is one formula (no np.select)."""
    a = sp.Abs(qh)
    t = sp.Abs(a - dh)
    S = (a + dh - t) / 2
    # max(S - 300, 0), exactly 0 below; unevaluated so that SymPy does not distribute the 1/2 into
    # S/2 - 150 + |S - 300|/2 (which would leave an absolute rounding error ~ 150 eps in h)
    zz = sp.UnevaluatedExpr(S - 300 + sp.Abs(S - 300)) / 2
    w = sp.exp(S - zz) * expm1(-a) * expm1(-dh) / (1 + sp.exp(-t))
    return 2 * sp.sign(qh) * (zz + log1p(w))


def rate_term_exact(kind: str) -> sp.Expr:
    """y_d sinh(eta) h(q, d) e^{c_s} / (e^{r_s + y_s (cosh eta - 1)} - 1), h from the E_1 integral (twin)."""
    qq = y_d * sp.cosh(eta) - 2 * xi_d
    h = (1 - sp.exp(-qq)) * pair_integral_exact(kind, qq, y_d * sp.sinh(eta))
    return y_d * sp.sinh(eta) * h * sp.exp(c_s) / (sp.exp(r_s + y_s * (sp.cosh(eta) - 1)) - 1)


def rate_term_numeric(kind: str) -> sp.Expr:
    """The same in double precision: one expm1 for the geometry, the overflow-free h in half variables
    (qh = q/2, dh = d/2: fewer array operations), and the Bose factor e^{c_s - r}/(1 - e^{-r}),
    r = r_s + y_s (cosh eta - 1) (r > 0 or, for the f_eq part, r = q)."""
    sh2, s22, r = _geometry_numeric()  # 2 sinh(eta), 2 (cosh(eta) - 1), 1 - e^-eta
    dh = (y_d / 4) * sh2
    rr = r_s + (y_s / 2) * s22
    if kind == "boson":
        # h = d + 2 log1p((1 - e^-d) f_B(x_-)), x_- = (E - p)/(2 T_d) - xi_d = y_d e^{-eta}/2 - xi_d
        h = 2 * dh + 2 * log1p(-expm1(-2 * dh) / expm1((y_d / 2 - xi_d) - (y_d / 2) * r))
    else:
        qh = (y_d / 2 - xi_d) + (y_d / 4) * s22
        h = h_fermion_overflow_free(qh, dh)
    return 2 * dh * h * sp.exp(c_s - rr) / (-expm1(-rr))


def mb_term_exact() -> sp.Expr:
    return (y_d * sp.sinh(eta)) ** 2 * sp.exp(-y_s * (sp.cosh(eta) - 1))


def mb_term_numeric() -> sp.Expr:
    return (y_d * sp.sinh(eta)) ** 2 * sp.exp(-2 * y_s * _s2())


# --------------------------------------------------------------------------- registry
def kernels() -> list[Kernel]:
    ks = []
    for kind in KINDS:
        xdom = Range(1e-4, 40.0, "log") if kind == "boson" else Range(-30.0, 30.0, "lin")
        xm = x_lo
        qq, dd = 2 * xm + d, d
        ks.append(
            Kernel(
                name=f"pair_factor_{kind}",
                args=(x_lo, d),
                expr=(1 - sp.exp(-qq)) * pair_integral_exact(kind, qq, dd),
                numeric=h_numeric(kind, qq, dd, xm=xm, xp=xm + dd) if kind == "boson" else h_numeric(kind, qq, dd),
                domain={"x_lo": xdom, "d": Range(1e-4, 60.0, "log")},
                units="1",
                equation="derived (model/decays.py step 3): E_1 integral of the statistical factors",
                doc=f"h = (e^q - 1) Int f_1 f_2 dx over the daughter energy ({kind} daughters), "
                "as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).",
                rtol=1e-12,
                rtol_why="closed form without cancellation (log1p/expm1, cosh ratio); the twin integrates "
                "f_1 f_2 on two smooth pieces at 40 digits",
            )
        )
        xi_dom = Range(-30.0, 10.0, "lin") if kind == "fermion" else Range(-30.0, 0.0, "lin")
        ks.append(
            Kernel(
                name=f"rate_term_{kind}",
                args=(eta, y_d, xi_d, y_s, r_s, c_s),
                expr=rate_term_exact(kind),
                numeric=rate_term_numeric(kind),
                domain={
                    "eta": Range(1e-3, 4.0, "lin"),
                    "y_d": Range(1e-3, 30.0, "log"),
                    "xi_d": xi_dom,
                    "y_s": Range(1e-3, 30.0, "log"),
                    "r_s": Range(1e-3, 60.0, "log"),
                    "c_s": Range(0.0, 60.0, "lin"),
                },
                units="1",
                equation="derived (model/decays.py step 4): integrand of both parts, E = m cosh eta",
                doc=f"y_d sinh(eta) h(q, d) e^(c_s) f_B(r_s + y_s (cosh eta - 1)) ({kind} daughters): "
                "the f_phi part P with (y_s, r_s, c_s) = (y_phi, r0, r0), the f_eq part Q with (y_d, q0, max(q0, 0)).",
                rtol=1e-11,
                atol=1e-300,
                rtol_why="products of well-conditioned factors (expm1, the cancellation-free h); "
                "q = q0 + 2 y_d sinh^2(eta/2) is the only sum, its relative error is eps |2 xi_d|/|q|; "
                "atol: values below 1e-300 (e^(c_s - r) at large y_s) pass through subnormal intermediates",
                extra={"max_examples": 24},
            )
        )
    ks.append(
        Kernel(
            name="mb_term",
            args=(eta, y_s, y_d),
            expr=mb_term_exact(),
            numeric=mb_term_numeric(),
            domain={"eta": Range(1e-3, 12.0, "lin"), "y_s": Range(1e-3, 700.0, "log"), "y_d": Range(1e-3, 700.0, "log")},
            units="1",
            equation="derived (model/decays.py step 5): Maxwell-Boltzmann limit of the integrands",
            doc="P_MB = (y_d sinh eta)^2 exp(-y_s (cosh eta - 1)); Int dE p e^(-E/T_s) = T_d^2 e^(-y_s) Int P_MB d eta.",
            rtol=1e-12,
            atol=1e-300,
            rtol_why="products of exp/sinh; atol: values below 1e-300 pass through subnormal intermediates",
        )
    )
    return ks
