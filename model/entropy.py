"""Entropy bookkeeping of the paper's Section III: F(y) (Eq. 12), T_nu/T_gamma (Eq. 12), N_eff (Eqs. 7, 13).

Derivations (each checked symbolically by a function below, or numerically in tests/numeric/cosmology/test_entropy.py and tests/codegen/test_entropy_tabulate.py):

* F(y) = 30/(7 pi^4) Int_y^inf dx (4x^2 - y^2) sqrt(x^2 - y^2)/(e^x +- 1)        (Eq. 12, exact)
  is the entropy density of one degree of freedom of mass m = y T, in units of a massless fermion's
  (7/8)(2 pi^2/45) T^3: with s = (rho + P)/T and E = x T, p = T sqrt(x^2 - y^2), the bracket
  E^2 + p^2/3 -> (4x^2 - y^2)/3. F_fermion(0) = 1 and F_boson(0) = 8/7 (:func:`massless_limits`).
* Shift x = y + u: F = 30/(7 pi^4) e^{-y} Int_0^inf du (4(u+y)^2 - y^2) sqrt(u(u+2y)) e^{-u}/(1 +- e^{-u-y})
  (:func:`shifted_integrand`). Same integral, but the factor e^{-y} is explicit, so quadrature keeps its
  relative accuracy at large y (mpmath.quad of the unshifted form loses it: 2.5e-7 at y = 100, 6e-4 at
  y = 300), and the remaining integral G(y) = F e^y is smooth: it is what the NumPy kernel tabulates.
* Bessel series: 1/(e^x +- 1) = sum_n (-+1)^(n+1) e^{-n x} and
  Int_y^inf (4x^2 - y^2) sqrt(x^2 - y^2) e^{-n x} dx = 12 y^2 K_2(n y)/n^2 + 3 y^3 K_1(n y)/n = 3 y^3 K_3(n y)/n
  (DLMF 10.32.8 for nu = 1, 2, then K_3 = K_1 + (4/z) K_2, :func:`bessel_term_identity`), so
  F(y) = 90/(7 pi^4) y^3 sum_n (-+1)^(n+1) K_3(n y)/n: fast for y >~ 1, slow (terms ~ n^-4) at small y.
* High-temperature expansion (y -> 0), from the Dolan-Jackiw expansion of the one-degree-of-freedom
  pressure P = T^4 f(y) and s = dP/dT = T^3 (4 f - y f'): the y^4 log y term of f CANCELS in the
  entropy (4 y^4 log y - y d/dy(y^4 log y) = -y^4), so
  F_fermion = 1 - 15 y^2/(14 pi^2) + 45 y^4/(56 pi^4) + O(y^6)                 (even, analytic)
  F_boson   = 8/7 - 15 y^2/(7 pi^2) + 15 y^3/(7 pi^3) - 45 y^4/(56 pi^4) + O(y^6)
  (:func:`high_temperature_series`; the y^2 coefficient is also derived directly from Eq. 12 by
  differentiating under the integral, :func:`y2_coefficient_from_eq12`).
* Eq. 12 (T_nu/T_gamma for T_gamma <= T_D), Eq. 7 (N_eff), and N_eff at T_gamma -> 0 where
  F(m/T_gamma) -> 0 for massive species (:func:`neff_closed`); Eq. 13 is its BR_nunu -> 0 term
  (:func:`eq13_from_series`), and the first-order term in BR_nunu is the error of Eq. 13.
"""

from __future__ import annotations

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.codegen.tabulate import Table, table_function
from mevscalar.model.symbols import BR_nunu, N_nu, sym, y

#: Integration variables of Eq. 12 (x = E/T) and of the shifted form (u = x - y).
x_int = sym("x_int", "x", positive=True)
u = sym("u_int", "u", positive=True)
n_term = sym("n_term", "n", positive=True, integer=True)

#: F values entering Eq. 12 (dimensionless): electrons and phi at T_gamma and at T_D.
F_e_g = sym("F_e_g", r"F\left(\frac{m_e}{T_\gamma}\right)", nonnegative=True)
F_phi_g = sym("F_phi_g", r"F\left(\frac{m_\phi}{T_\gamma}\right)", nonnegative=True)
F_e_D = sym("F_e_D", r"F\left(\frac{m_e}{T_D}\right)", nonnegative=True)
F_phi_D = sym("F_phi_D", r"F\left(\frac{m_\phi}{T_D}\right)", nonnegative=True)

KINDS = ("fermion", "boson")
NORM = sp.Rational(30, 7) / sp.pi**4


def _sign(kind: str) -> int:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return 1 if kind == "fermion" else -1


# --------------------------------------------------------------------------- F(y), Eq. 12
def eq12_integrand(kind: str) -> sp.Expr:
    """The integrand of Eq. 12 in x = E/T: (4x^2 - y^2) sqrt(x^2 - y^2)/(e^x +- 1)."""
    return (4 * x_int**2 - y**2) * sp.sqrt(x_int**2 - y**2) / (sp.exp(x_int) + _sign(kind))


def F_eq12(kind: str) -> sp.Expr:
    """F(y) exactly as printed in Eq. 12 (an unevaluated Integral)."""
    return NORM * sp.Integral(eq12_integrand(kind), (x_int, y, sp.oo))


def shifted_integrand(kind: str, expm1_form: bool = True) -> sp.Expr:
    """Integrand of G(y) = F(y) e^y in u = x - y: (4(u+y)^2 - y^2) sqrt(u(u+2y)) e^{-u}/(1 +- e^{-u-y}).

    For bosons 1 - e^{-u-y} is written -expm1(-u-y) (``expm1_form``): it vanishes at u = y = 0 and would
    cancel where quadrature samples u + y below the working precision (mpmath.quad at 40 digits does).
    The table fit uses the plain form (mpmath's expm1 is 3x slower than exp): its fixed rule never
    samples u < 2.3e-19, where 1 - e^{-u} keeps 2 of its 20 digits in a node whose contribution is < 1e-50.
    """
    from sympy.codegen.cfunctions import expm1

    if kind == "fermion":
        den = 1 + sp.exp(-u - y)
    else:
        den = -expm1(-u - y) if expm1_form else 1 - sp.exp(-u - y)
    return (4 * (u + y) ** 2 - y**2) * sp.sqrt(u * (u + 2 * y)) * sp.exp(-u) / den


def F_shifted(kind: str) -> sp.Expr:
    """F(y) = 30/(7 pi^4) e^{-y} Int_0^inf (shifted integrand) du: Eq. 12 after x = y + u (exact)."""
    return NORM * sp.exp(-y) * sp.Integral(shifted_integrand(kind), (u, 0, sp.oo))


def check_shift(kind: str) -> bool:
    """Eq. 12's integrand at x = y + u equals e^{-y} times the shifted integrand (dx = du)."""
    from sympy.codegen.cfunctions import expm1

    lhs = eq12_integrand(kind).subs(x_int, y + u)
    rhs = sp.exp(-y) * shifted_integrand(kind).replace(expm1, lambda a: sp.exp(a) - 1)
    return sp.simplify(sp.powsimp(sp.expand_power_base(lhs / rhs, force=True), force=True) - 1) == 0


def massless_limits() -> dict:
    """F_fermion(0) and F_boson(0) from the geometric series and Int_0^inf x^3 e^{-n x} dx = 6/n^4."""
    n = n_term
    term = sp.integrate(4 * x_int**3 * sp.exp(-n * x_int), (x_int, 0, sp.oo))
    fermion = NORM * sp.summation((-1) ** (n + 1) * term, (n, 1, sp.oo))
    boson = NORM * sp.summation(term, (n, 1, sp.oo))
    return {"fermion": sp.nsimplify(sp.simplify(fermion)), "boson": sp.nsimplify(sp.simplify(boson))}


def bessel_series(kind: str, terms: int | None = None) -> sp.Expr:
    """F(y) = 90/(7 pi^4) y^3 sum_n (-+1)^(n+1) K_3(n y)/n (a Sum; truncated to ``terms`` if given)."""
    s = _sign(kind)
    n = n_term
    summand = (-s) ** (n + 1) * sp.besselk(3, n * y) / n
    upper = sp.oo if terms is None else terms
    return 3 * NORM * y**3 * sp.Sum(summand, (n, 1, upper))


def bessel_term_identity() -> bool:
    """12 y^2 K_2(n y)/n^2 + 3 y^3 K_1(n y)/n == 3 y^3 K_3(n y)/n (recurrence K_3 = K_1 + 4 K_2/z)."""
    n = n_term
    lhs = 12 * y**2 * sp.besselk(2, n * y) / n**2 + 3 * y**3 * sp.besselk(1, n * y) / n
    rhs = 3 * y**3 * sp.besselk(3, n * y) / n
    # expand K_3 with the recurrence K_{nu+1}(z) = K_{nu-1}(z) + (2 nu/z) K_nu(z) at nu = 2
    rhs = rhs.subs(sp.besselk(3, n * y), sp.besselk(1, n * y) + 4 / (n * y) * sp.besselk(2, n * y))
    return sp.simplify(lhs - rhs) == 0


# --------------------------------------------------------------------------- high-temperature expansion
def pressure_high_T(kind: str) -> sp.Expr:
    """P/T^4 of one degree of freedom to O(y^4), from the Dolan-Jackiw high-T expansion of the thermal function.

    J_B = Int k^2 log(1 - e^{-E}) = -pi^4/45 + pi^2 y^2/12 - pi y^3/6 - y^4/32 log(y^2/a_b) + O(y^6),
    J_F = -Int k^2 log(1 + e^{-E}) = -7 pi^4/360 + pi^2 y^2/24 + y^4/32 log(y^2/a_f) + O(y^6)
    (L. Dolan, R. Jackiw, PRD 9, 3320 (1974); e.g. M. Quiros, hep-ph/9901312, Eqs. 2.27-2.28);
    P/T^4 = -J/(2 pi^2). The constants a_b, a_f drop out of the entropy.
    """
    a = sym("a_J", "a", positive=True)
    if _sign(kind) > 0:
        J = -7 * sp.pi**4 / 360 + sp.pi**2 * y**2 / 24 + y**4 / 32 * sp.log(y**2 / a)
    else:
        J = -(sp.pi**4) / 45 + sp.pi**2 * y**2 / 12 - sp.pi * y**3 / 6 - y**4 / 32 * sp.log(y**2 / a)
    return -J / (2 * sp.pi**2)


def high_temperature_series(kind: str) -> sp.Expr:
    """F(y) to O(y^4) (error O(y^6)): s/T^3 = 4 f - y f', normalised by 7 pi^2/180 (a massless fermion)."""
    f = pressure_high_T(kind)
    s = 4 * f - y * sp.diff(f, y)
    return sp.expand(sp.simplify(s / (7 * sp.pi**2 / 180)))


def y2_coefficient_from_eq12(kind: str) -> sp.Expr:
    """d F/d(y^2) at y = 0 directly from Eq. 12: dF/dy = -3 y NORM Int_y^inf (2x^2 - y^2)/sqrt(x^2-y^2)/(e^x +- 1),

    (the boundary term vanishes with the integrand at x = y), so dF/d(y^2) -> -3 NORM Int_0^inf x/(e^x +- 1) dx.
    """
    n = n_term
    s = _sign(kind)
    term = sp.integrate(x_int * sp.exp(-n * x_int), (x_int, 0, sp.oo))  # 1/n^2
    integral = sp.summation((-s) ** (n + 1) * term, (n, 1, sp.oo))
    return sp.simplify(-3 * NORM * integral)


# --------------------------------------------------------------------------- Eqs. 12, 7, 13
def tnu_over_tgamma_expr() -> sp.Expr:
    """Eq. 12: T_nu/T_gamma at T_gamma <= T_D, with BR_gg = 1 - BR_nunu."""
    br_gg = 1 - BR_nunu
    em_g = 2 + sp.Rational(7, 2) * F_e_g + sp.Rational(7, 8) * br_gg * F_phi_g
    em_D = 2 + sp.Rational(7, 2) * F_e_D + sp.Rational(7, 8) * br_gg * F_phi_D
    nu_D = N_nu + BR_nunu * F_phi_D / 2
    nu_g = N_nu + BR_nunu * F_phi_g / 2
    return (em_g / em_D * nu_D / nu_g) ** sp.Rational(1, 3)


def neff_from_ratio(ratio: sp.Expr) -> sp.Expr:
    """Eq. 7: N_eff = N_nu (4/11)^(-4/3) (T_nu/T_gamma)^4."""
    return N_nu * sp.Rational(11, 4) ** sp.Rational(4, 3) * ratio**4


def neff_closed() -> sp.Expr:
    """Eq. 7 with Eq. 12 at T_gamma -> 0: F(m_e/T_gamma), F(m_phi/T_gamma) -> 0 (massive species)."""
    r = tnu_over_tgamma_expr().subs({F_e_g: 0, F_phi_g: 0})
    return sp.powsimp(neff_from_ratio(r), force=True)


#: s_int/T_D^3: the finite-temperature QED interaction entropy of the plasma at decoupling, per T^3
#: (s_int = (rho_int + P_int)/T, numeric/cosmology/qed.py)
sigma_int = sym("sigma_int", r"\sigma_{\rm int}", real=True)


def neff_instantaneous_qed() -> sp.Expr:
    """N_eff after instantaneous decoupling at T_D with the plasma's QED interaction entropy, from Eq. 12 + Eq. 7.

    The entropy densities in units of (2 pi^2/45) T^3 are 2 (photons), (7/2) F(m_e/T) (e+-) and
    (45/(2 pi^2)) s_int/T^3 (the interaction). Conserving a^3 s of the plasma from T_D to T_gamma << m_e (where F
    and s_int vanish) is Eq. 12 at BR_nunu = 0 with F(m_e/T_D) -> F(m_e/T_D) + (2/7)(45/(2 pi^2)) sigma_int:
    (T_nu/T_gamma)^3 = 2/(2 + (7/2) F + 45 sigma_int/(2 pi^2)); Eq. 7 with N_nu = 3 then gives N_eff.
    """
    ratio = tnu_over_tgamma_expr().subs({BR_nunu: 0, F_phi_D: 0, F_phi_g: 0, F_e_g: 0}).subs(
        F_e_D, F_e_D + sp.Rational(2, 7) * 45 / (2 * sp.pi**2) * sigma_int)
    return sp.powsimp(neff_from_ratio(ratio).subs(N_nu, 3), force=True)


def neff_eq13() -> sp.Expr:
    """Eq. 13 as printed: N_nu (11/4 / (1 + 7/4 F(m_e/T_D) + 7/16 F(m_phi/T_D)))^(4/3)."""
    return N_nu * (sp.Rational(11, 4) / (1 + sp.Rational(7, 4) * F_e_D + sp.Rational(7, 16) * F_phi_D)) ** sp.Rational(4, 3)


def neff_series_in_br(order: int = 2) -> sp.Expr:
    """Series of :func:`neff_closed` in BR_nunu about 0, to O(BR_nunu^order)."""
    return sp.series(neff_closed(), BR_nunu, 0, order).removeO()


def eq13_from_series() -> bool:
    """Eq. 13 is exactly the BR_nunu^0 term of N_eff (Eq. 7 + Eq. 12 at T_gamma -> 0)."""
    lead = neff_closed().subs(BR_nunu, 0)
    return sp.simplify(sp.powsimp(lead / neff_eq13(), force=True) - 1) == 0


def eq13_first_order_coefficient() -> sp.Expr:
    """d ln N_eff / d BR_nunu at BR_nunu = 0: the relative error of Eq. 13 is this times BR_nunu + O(BR^2)."""
    d = sp.diff(sp.log(neff_closed()), BR_nunu).subs(BR_nunu, 0)
    return sp.simplify(d)


def limits() -> dict:
    """Known limits of Eq. 7 + 12 (T_D >> m_e, so F(m_e/T_D) = 1):

    heavy phi (F(m_phi/T_D) -> 0): T_nu/T_gamma -> (4/11)^(1/3) and N_eff -> N_nu;
    light phi (F(m_phi/T_D) -> 8/7, BR_gg = 1): T_nu/T_gamma -> (4/13)^(1/3), N_eff -> N_nu (11/13)^(4/3).
    """
    ratio = tnu_over_tgamma_expr().subs({F_e_g: 0, F_phi_g: 0, F_e_D: 1})
    heavy = ratio.subs(F_phi_D, 0)
    light = ratio.subs({F_phi_D: sp.Rational(8, 7), BR_nunu: 0})
    return {
        "heavy_ratio": sp.simplify(heavy),
        "heavy_neff": sp.simplify(sp.powsimp(neff_from_ratio(heavy), force=True)),
        "light_ratio": sp.simplify(light),
        "light_neff": sp.simplify(sp.powsimp(neff_from_ratio(light), force=True)),
    }


# --------------------------------------------------------------------------- registry
def _table(kind: str) -> Table:
    return Table(
        name=f"F_{kind}",
        var=y,
        integration_var=u,
        prefactor=NORM,
        integrand=shifted_integrand(kind, expm1_form=False),
        k0=-1,
        n0=2,
        per_octave=2,
        y_max=768.0,
        degree=13,
        tol=2e-16,
        exp_scaled=True,
        # G = Int u^(1/2) e^{-u} [smooth, singular only at u = -2y and u = -y +- i pi] du: for y >= 6 a
        # 24-point Gauss-Laguerre rule is good to 4e-19 (checked at codegen) and 5x cheaper
        laguerre=("1/2", 24, 6.0),
        doc=f"F_{kind}(y) = exp(-y) G(y) of Eq. 12 (shifted form), G smooth on [0, 768].",
    )


def kernels() -> list[Kernel]:
    ks = []
    for kind in KINDS:
        tab = table_function(_table(kind))
        ks.append(
            Kernel(
                name=f"F_{kind}",
                args=(y,),
                expr=F_shifted(kind),
                numeric=tab(y),
                domain={"y": Range(1e-6, 700.0, "log")},
                units="1",
                equation="Eq. 12 (F, + fermion / - boson), shifted x = y + u",
                doc=f"Entropy function F_{kind}(y) of Eq. 12 (entropy of one dof of mass y T / massless fermion's).",
                rtol=1e-12,
                rtol_why="piecewise degree-11 polynomials of G = F e^y fitted to 22 digits (last Chebyshev "
                "coefficient < 2e-16 on every segment), Horner in double: a few ulp; F = G exp(-y) stays "
                "normal (> 2e-298) up to y = 700",
                extra={"max_examples": 60},
            )
        )
        hT = high_temperature_series(kind)
        ks.append(
            Kernel(
                name=f"F_{kind}_high_T",
                args=(y,),
                expr=hT,
                # coefficients folded to correctly rounded doubles: one rounding each, and the NumPy
                # source does not depend on how the printer spells pi
                numeric=sp.expand(hT.xreplace({sp.pi: sp.Float(sp.pi.evalf(40), 40)})),
                domain={"y": Range(1e-6, 3.0, "log")},
                units="1",
                equation="Eq. 12, high-temperature (y -> 0) expansion to O(y^4); error O(y^6)",
                doc=f"High-temperature series of F_{kind}(y) (an approximation; its error is measured in tests).",
            )
        )
    lin = {"F_e_g": Range(0.0, 1.0, "lin"), "F_phi_g": Range(0.0, 8 / 7, "lin"),
           "F_e_D": Range(0.0, 1.0, "lin"), "F_phi_D": Range(0.0, 8 / 7, "lin"),
           "BR_nunu": Range(0.0, 0.999, "lin"), "N_nu": Range(1.0, 5.0, "lin")}
    ks.append(
        Kernel(
            name="tnu_over_tgamma_eq12",
            args=(F_e_g, F_phi_g, F_e_D, F_phi_D, BR_nunu, N_nu),
            expr=tnu_over_tgamma_expr(),
            domain=lin,
            units="1",
            equation="Eq. 12",
            doc="T_nu/T_gamma (Eq. 12) from the F values at T_gamma and at T_D.",
        )
    )
    sub = {k: lin[k] for k in ("F_e_D", "F_phi_D", "BR_nunu", "N_nu")}
    ks.append(
        Kernel(
            name="neff_eq7",
            args=(F_e_D, F_phi_D, BR_nunu, N_nu),
            expr=neff_closed(),
            domain=sub,
            units="1",
            equation="Eq. 7 with Eq. 12 at T_gamma -> 0",
            doc="N_eff after e+e- annihilation and phi decay (Eq. 7 + Eq. 12, F(m/T_gamma) -> 0).",
        )
    )
    ks.append(
        Kernel(
            name="neff_eq13",
            args=(F_e_D, F_phi_D, N_nu),
            expr=neff_eq13(),
            domain={k: lin[k] for k in ("F_e_D", "F_phi_D", "N_nu")},
            units="1",
            equation="Eq. 13 (BR_nunu << 1 limit of Eq. 7 + 12)",
            doc="N_eff in the paper's BR_nunu << 1 approximation (Eq. 13).",
        )
    )
    ks.append(
        Kernel(
            name="neff_instantaneous_qed",
            args=(F_e_D, sigma_int),
            expr=neff_instantaneous_qed(),
            domain={"F_e_D": lin["F_e_D"], "sigma_int": Range(-0.05, 0.01, "lin")},
            units="1",
            equation="Eq. 12 (BR_nunu = 0) + Eq. 7 with the plasma's QED interaction entropy (derived)",
            doc="N_eff after instantaneous decoupling at T_D: F = F(m_e/T_D) of Eq. 12, sigma_int = s_int/T_D^3.",
        )
    )
    return ks
