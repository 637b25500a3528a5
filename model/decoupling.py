"""Neutrino decoupling through the phi resonance: rates, Hubble, and the paper's Eqs. (9)-(11), derived.

Everything is derived here once, in :class:`Decoupling` (attributes, like ``sympy.physics.mechanics``),
and registered as kernels by :func:`kernels`. Units: MeV (hbar = c = k_B = 1); rates in MeV.

Derivation (narrow-width, Maxwell-Boltzmann phi, Fermi-Dirac neutrino densities as in Eq. 10):

1. phi in equilibrium: n_phi^eq = m^2 T K_2(x) / (2 pi^2) (one real scalar d.o.f., MB statistics),
   x = m_phi / T.  The thermal average of the time-dilation factor m/E is <m/E> = K_1(x)/K_2(x).
2. Detailed balance: the rate of inverse decays nu nu -> phi per volume equals the rate of decays
   phi -> nu nu, n_phi^eq Gamma_phi BR_nunu K_1/K_2.  Each phi made this way goes to gamma gamma with
   probability BR_gg, so the reaction density of nu nu -> phi -> gamma gamma is
       gamma_R = n_phi^eq <Gamma_phi> BR_nunu BR_gg = m^2 T K_1(x) Gamma_phi BR_nunu BR_gg / (2 pi^2).
3. Each reaction removes TWO neutrinos (a nu_a nu_a or an anti-pair, whichever helicity pair phi couples
   to).  With n_nu the density summed over all N_nu flavours and both helicity states,
       dn_nu/dt + 3 H n_nu = -2 gamma_R (n_nu^2/n_eq^2 - 1)  =>  <sigma v>_DB = 2 gamma_R / n_eq^2,
   n_eq = 2 N_nu n_1, n_1 = 3 zeta(3) T^3 / (4 pi^2) (one fermionic d.o.f.).  The rate at which a
   given neutrino is converted is R_DB = n_eq <sigma v>_DB = 2 gamma_R / n_eq.
4. The paper's Eq. (10) is <sigma v>_10 = 2 gamma_R / n_1^2 (the identical-particle convention with the
   density of ONE helicity state of ONE flavour), and its Eq. (11) constant 1.67 comes out with
   R_10 = n_nu^eq <sigma v>_10 and n_nu^eq = 3 zeta(3) T^3/(2 pi^2) = 2 n_1.  Hence
       R_10 / R_DB = 4 N_nu  (= 12 for three flavours sharing the width).
   Both are registered; Eq. (10) is the default of the numeric side so that Fig. 2 is reproduced.
5. H = sqrt(8 pi rho / 3) / m_PL with rho = pi^2 g_* T^4 / 30 gives H = sqrt(8 pi^3 g_*/90) T^2/m_PL
   (the "1.66").  m_PL is the non-reduced Planck mass.
6. Eq. (11): replace K_1(x) by its leading Hankel asymptotic sqrt(pi/(2x)) e^-x in R = H; then
       x = L + (7/2) log x,   L = log(C m_PL Gamma BR_gg BR_nunu / (g_*^(1/2) m_phi^2)),
   with C computed below (exactly 2 sqrt(10) / (pi zeta(3)) = 1.6748 for Eq. 10).  It is solved in
   closed form by the Lambert W function, x = -(7/2) W_k(-(2/7) e^(-2L/7)): k = -1 is the decoupling
   root (the larger x, lower T), k = 0 the recoupling root.  Real roots exist iff
   L >= (7/2)(1 - log(7/2)).  The exact condition differs by delta(x) = log(K_1(x) e^x sqrt(2x/pi))
   = 3/(8x) + O(x^-2), added to the right-hand side.
"""

from __future__ import annotations

import dataclasses
from functools import cached_property

import sympy as sp
from sympy.codegen.cfunctions import log1p

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.codegen.tabulate import Table, table_function
from mevscalar.model.functions import besselke
from mevscalar.model.symbols import BR_nunu, Gamma_phi, N_nu, T, g_star, m_PL, m_phi, sym, x, y

#: log R/H and Eq. (11)'s argument L
L = sym("L", "L", real=True)
_u = sym("u_int", "u", positive=True)  # integration variable E/T or p/T
_n = sp.Symbol("n", integer=True, positive=True)

_t = sym("t_int", "t", positive=True)  # shifted integration variable u - y of F_rho
#: F_rho values entering g_*(T): electrons at m_e/T, phi at m_phi/T (0 when phi is not counted)
F_rho_e = sym("F_rho_e", r"F_\rho\left(\frac{m_e}{T}\right)", nonnegative=True)
F_rho_phi = sym("F_rho_phi", r"F_\rho^{B}\left(\frac{m_\phi}{T}\right)", nonnegative=True)
#: N_eff and T_nu/T_gamma of Eq. (7)
N_eff = sym("N_eff", r"N_{\rm eff}", positive=True)
r_nu = sym("r_nu", r"\frac{T_\nu}{T_\gamma}", positive=True)

#: The paper's a = 7/2 in Eq. (11)
A_EQ11 = sp.Rational(7, 2)


class lambertw_real(sp.Function):
    """Re W_k(z): the real branch k (0 or -1) of the Lambert W function, for -1/e <= z < 0.

    Printed as ``numpy.real(scipy.special.lambertw(z, k))`` and ``mpmath.re(mpmath.lambertw(z, k))``.
    """

    nargs = 2

    def _eval_rewrite_as_LambertW(self, z, k, **kwargs):
        return sp.re(sp.LambertW(z, k))

    def _eval_evalf(self, prec):
        z, k = self.args
        return sp.re(sp.LambertW(z, k).evalf(prec))

    def _pythoncode(self, printer):
        z, k = self.args
        return "numpy.real(scipy.special.lambertw(%s, %s))" % (printer._print(z), printer._print(k))

    _numpycode = _pythoncode

    def _mpmathcode(self, printer):
        z, k = self.args
        return "mpmath.re(mpmath.lambertw(%s, %s))" % (printer._print(z), printer._print(k))

    def _latex(self, printer):
        z, k = self.args
        return r"W_{%s}\left(%s\right)" % (printer._print(k), printer._print(z))


class zeta_const(sp.Function):
    """Riemann zeta at a number, printable: a double literal for NumPy, ``mpmath.zeta`` for the twin."""

    nargs = 1

    def _eval_evalf(self, prec):
        return sp.zeta(self.args[0])._eval_evalf(prec)

    def _pythoncode(self, printer):
        return repr(float(sp.zeta(self.args[0]).evalf(30)))

    _numpycode = _pythoncode

    def _mpmathcode(self, printer):
        return "mpmath.zeta(%s)" % printer._print(self.args[0])

    def _latex(self, printer):
        return r"\zeta(%s)" % printer._print(self.args[0])


class eq11_gap(sp.Function):
    """L - L_min, L_min = (7/2)(1 - log(7/2)) the existence bound of Eq. (11), without cancellation.

    NumPy prints ``((L - hi) - lo)`` with L_min = hi + lo split into two doubles (hi + lo carries ~32 digits):
    near the bound, L - hi is exact (Sterbenz), so the gap is correct to one rounding for every double L.
    mpmath prints the exact ``L - L_min``.
    """

    nargs = 1

    @staticmethod
    def bound():
        return A_EQ11 * (1 - sp.log(A_EQ11))

    @classmethod
    def split(cls):
        v = sp.N(cls.bound(), 50)
        hi = float(v)
        lo = float(v - sp.Float(hi, 50))
        return hi, lo

    def _eval_rewrite_as_log(self, L_, **kwargs):
        return L_ - self.bound()

    def _eval_evalf(self, prec):
        return (self.args[0] - self.bound())._eval_evalf(prec)

    def _pythoncode(self, printer):
        hi, lo = self.split()
        return "((%s - (%r)) - (%r))" % (printer._print(self.args[0]), hi, lo)

    _numpycode = _pythoncode

    def _mpmathcode(self, printer):
        return "(%s - mpmath.mpf(7)/2*(1 - mpmath.log(mpmath.mpf(7)/2)))" % printer._print(self.args[0])

    def _latex(self, printer):
        return r"\left(%s - L_{\min}\right)" % printer._print(self.args[0])


def hankel_coefficient(nu, k: int):
    """a_k(nu) of K_nu(x) ~ sqrt(pi/(2x)) e^-x sum_k a_k(nu)/x^k (DLMF 10.40.2):
    a_k = prod_{j=1..k} (4 nu^2 - (2j-1)^2) / (k! 8^k)."""
    num = sp.Integer(1)
    for j in range(1, k + 1):
        num *= 4 * sp.Integer(nu) ** 2 - (2 * j - 1) ** 2
    return num / (sp.factorial(k) * 8**k)


#: Above this x = m_phi/T the scaled K_1 e^x is evaluated by its Hankel series (scipy's kve returns NaN above
#: x ~ 1.07e9; at x >= 1e3 the 10-term series is exact to double precision: the first omitted term is
#: a_10(1)/x^10 < 1e-22).
X_HANKEL = 1000
N_HANKEL = 10


def log_k1e_safe(xx):
    """log(K_1(x) e^x) for every x > 0 in double precision: log(kve) below X_HANKEL, the Hankel series above."""
    ser = sum(hankel_coefficient(1, k) / xx**k for k in range(1, N_HANKEL))
    return sp.Piecewise(
        (sp.log(besselke(1, xx)), xx < X_HANKEL),
        (sp.log(sp.pi / 2) / 2 - sp.log(xx) / 2 + log1p(ser), True),
    )


def k1e_safe(xx):
    """K_1(x) e^x for every x > 0 (see :func:`log_k1e_safe`)."""
    ser = sum(hankel_coefficient(1, k) / xx**k for k in range(N_HANKEL))
    return sp.Piecewise((besselke(1, xx), xx < X_HANKEL), (sp.sqrt(sp.pi / (2 * xx)) * ser, True))


#: Order (in p = sqrt(2 (L - L_min)/(7/2))) of the series of the Eq. (11) roots at the branch point, and the
#: gap L - L_min below which it replaces Lambert W (p <= 0.25: first omitted term < 1e-17 relative).
N_BRANCH = 16
GAP_BRANCH = sp.Rational(7, 2) * sp.Rational(1, 16) / 2


def _next_up(v: float) -> float:
    import math

    return math.nextafter(v, math.inf)


def printable(expr):
    """Replace SymPy's zeta(n) by :class:`zeta_const` so that both printers accept it."""
    return expr.replace(sp.zeta, zeta_const)


class Decoupling:
    """The derivation, exposed as attributes. All expressions in terms of T (or x = m_phi/T)."""

    zeta3 = sp.zeta(3)

    # ----------------------------------------------------------------- number densities
    @cached_property
    def fermi_dirac_moment(self):
        """int_0^oo u^2/(e^u + 1) du, summed as a geometric series: 2 eta(3) = (3/2) zeta(3)."""
        term = sp.integrate(_u**2 * sp.exp(-_n * _u), (_u, 0, sp.oo))  # 2/n^3
        return sp.nsimplify(sp.Sum((-1) ** (_n + 1) * term, (_n, 1, sp.oo)).doit().rewrite(sp.zeta))

    @cached_property
    def n_one_dof(self):
        """n_1 = (1/(2 pi^2)) T^3 int u^2/(e^u+1) du: one fermionic helicity state [MeV^3]."""
        return sp.simplify(T**3 / (2 * sp.pi**2) * self.fermi_dirac_moment)

    @cached_property
    def n_nu_eq_paper(self):
        """n_nu^eq = 2 n_1 = 3 zeta(3) T^3 / (2 pi^2): the density that reproduces Eq. (11)'s 1.67."""
        return 2 * self.n_one_dof

    @cached_property
    def n_nu_eq_total(self):
        """2 N_nu n_1: all flavours, both helicity states (the density in Eq. (9) read literally)."""
        return 2 * N_nu * self.n_one_dof

    @cached_property
    def n_phi_eq(self):
        """Maxwell-Boltzmann density of one real scalar, m^2 T K_2(m/T)/(2 pi^2) [MeV^3]."""
        return m_phi**2 * T * sp.besselk(2, m_phi / T) / (2 * sp.pi**2)

    @cached_property
    def time_dilation(self):
        """<m/E> over the MB distribution = K_1(x)/K_2(x)."""
        return sp.besselk(1, m_phi / T) / sp.besselk(2, m_phi / T)

    @cached_property
    def reaction_density(self):
        """gamma_R = n_phi^eq <Gamma_phi m/E> BR_nunu BR_gg [MeV^4]: nu nu -> phi -> gamma gamma per volume."""
        return sp.simplify(self.n_phi_eq * Gamma_phi * self.time_dilation * BR_nunu * (1 - BR_nunu))

    # ----------------------------------------------------------------- cross sections and rates
    @cached_property
    def sigma_v_eq10_printed(self):
        """Eq. (10) exactly as printed (used only to check the derivation below)."""
        xx = m_phi / T
        return (
            16 * sp.pi**2 / (9 * self.zeta3**2) * Gamma_phi * (1 - BR_nunu) * BR_nunu * xx**2 / T**3
            * sp.besselk(1, xx)
        )

    @cached_property
    def sigma_v_eq10(self):
        """<sigma v>_10 = 2 gamma_R / n_1^2 [MeV^-2]: equals Eq. (10) (see :attr:`eq10_check`)."""
        return sp.simplify(2 * self.reaction_density / self.n_one_dof**2)

    @cached_property
    def eq10_check(self):
        """Derived minus printed Eq. (10); simplifies to 0."""
        return sp.simplify(self.sigma_v_eq10 - self.sigma_v_eq10_printed)

    @cached_property
    def rate_eq10(self):
        """R_10 = n_nu^eq <sigma v>_10 with n_nu^eq = 3 zeta(3) T^3/(2 pi^2) [MeV] (the paper's R)."""
        return sp.simplify(self.n_nu_eq_paper * self.sigma_v_eq10)

    @cached_property
    def sigma_v_db(self):
        """<sigma v>_DB = 2 gamma_R / n_eq^2 with n_eq summed over flavours and helicities [MeV^-2]."""
        return sp.simplify(2 * self.reaction_density / self.n_nu_eq_total**2)

    @cached_property
    def rate_db(self):
        """R_DB = 2 gamma_R / n_eq: the rate at which one neutrino is converted [MeV]."""
        return sp.simplify(self.n_nu_eq_total * self.sigma_v_db)

    @cached_property
    def rate_ratio(self):
        """R_10 / R_DB (= 4 N_nu)."""
        return sp.simplify(self.rate_eq10 / self.rate_db)

    # ----------------------------------------------------------------- expansion
    @cached_property
    def hubble(self):
        """H(T) [MeV]: Friedmann's H(rho) (model.background, its one statement) at rho = pi^2 g_* T^4/30."""
        from mevscalar.model import background

        return background.hubble_of_rho().subs(background.rho, sp.pi**2 * g_star * T**4 / 30)

    @cached_property
    def hubble_constant(self):
        """The '1.66' in H = 1.66 sqrt(g_*) T^2/m_PL: sqrt(8 pi^3/90)."""
        return sp.simplify(self.hubble * m_PL / (sp.sqrt(g_star) * T**2))

    # ----------------------------------------------------------------- Eq. (11)
    @staticmethod
    def k1_asymptotic(xx):
        """Leading Hankel asymptotic K_1(x) ~ sqrt(pi/(2x)) e^-x."""
        return sp.sqrt(sp.pi / (2 * xx)) * sp.exp(-xx)

    def _in_x(self, expr):
        return expr.subs(T, m_phi / x)

    def log_rate_over_hubble(self, rate):
        """log(R/H) as a function of x (T = m_phi/x), exact K_1."""
        return sp.log(self._in_x(rate)) - sp.log(self._in_x(self.hubble))

    def eq11_constant(self, rate):
        """C in Eq. (11): (R/H with asymptotic K_1) = C m_PL Gamma BR BR/(g^(1/2) m^2) x^(7/2) e^-x."""
        asym = self._in_x(rate).subs(sp.besselk(1, x), self.k1_asymptotic(x))
        ratio = asym / self._in_x(self.hubble)
        c = ratio * sp.sqrt(g_star) * m_phi**2 / (m_PL * Gamma_phi * BR_nunu * (1 - BR_nunu))
        c = sp.simplify(c * sp.exp(x) / x**A_EQ11)
        assert not (c.free_symbols - {N_nu}), c  # the x dependence must be exactly x^(7/2) e^-x
        return sp.nsimplify(sp.radsimp(c))

    @cached_property
    def c_eq11(self):
        """The paper's 1.67, computed: 2 sqrt(10)/(pi zeta(3))."""
        return self.eq11_constant(self.rate_eq10)

    @cached_property
    def c_eq11_db(self):
        """The same constant for the detailed-balance rate: c_eq11 / (4 N_nu)."""
        return self.eq11_constant(self.rate_db)

    def eq11_log_argument(self, c):
        """L = log(c m_PL Gamma BR_gg BR_nunu / (g_*^(1/2) m_phi^2))."""
        return sp.log(c * m_PL * Gamma_phi * (1 - BR_nunu) * BR_nunu / (sp.sqrt(g_star) * m_phi**2))

    @cached_property
    def eq11_roots(self):
        """SymPy's solutions of x = L + (7/2) log x (complex branches included)."""
        return sp.solve(sp.Eq(x, L + A_EQ11 * sp.log(x)), x)

    @staticmethod
    def eq11_root(branch: int):
        """Real root of x = L + (7/2) log x on Lambert branch k (-1: decoupling, 0: recoupling)."""
        a = A_EQ11
        return -a * lambertw_real(-sp.exp(-L / a) / a, branch)

    @cached_property
    def eq11_existence(self):
        """Smallest L with a real root: the minimum of x - (7/2) log x, at x = 7/2."""
        f = x - A_EQ11 * sp.log(x)
        xmin = sp.solve(sp.diff(f, x), x)[0]
        return sp.simplify(f.subs(x, xmin))

    @cached_property
    def eq11_branch_series(self):
        """u(p), x = (7/2)(1 + u), on the roots of Eq. (11) near the existence bound, to order p^N_BRANCH.

        With L = L_min + delta and x = a(1 + u) (a = 7/2), x = L + a log x becomes a (u - log(1 + u)) = delta.
        Put delta = a p^2/2: u - log(1 + u) = p^2/2, reverted order by order: u = p + p^2/3 + p^3/36 - ...
        p = +sqrt(2 delta/a) gives the decoupling root (x > 7/2), p = -sqrt(2 delta/a) the recoupling root,
        so x - 7/2 = +-sqrt(7 delta) + O(delta). Lambert W loses this near its branch point (z = -1/e).
        """
        p = sp.Symbol("p", real=True)
        cs = sp.symbols(f"c2:{N_BRANCH + 1}")
        u = p + sum(c * p**k for c, k in zip(cs, range(2, N_BRANCH + 1)))
        eq = sp.expand(sp.series(u - sp.log(1 + u) - p**2 / 2, p, 0, N_BRANCH + 2).removeO())
        sol = {}
        for k, c in zip(range(3, N_BRANCH + 2), cs):
            sol[c] = sp.solve(sp.expand(eq.coeff(p, k).subs(sol)), c)[0]
        return p, sp.expand(u.subs(sol))

    def eq11_root_near_bound(self, branch: int, gap):
        """The Eq. (11) root on Lambert branch ``branch`` as the series in p = +-sqrt(2 gap/a), gap = L - L_min."""
        p, u = self.eq11_branch_series
        pp = sp.sqrt(2 * gap / A_EQ11) * (1 if branch == -1 else -1)
        return A_EQ11 * (1 + u.subs(p, pp))

    @cached_property
    def rate_peak_condition(self):
        """d log(x^4 K_1(x))/dx = 0, i.e. 3 K_1(x) = x K_0(x): the maximum of R/H at constant g_* (R/H ~ x^4 K_1).

        (R ~ m^2 K_1(x)/T^2 and H ~ T^2 at fixed m_phi.) Returned as x K_0(x) - 3 K_1(x), whose root is
        :attr:`rate_peak_x`. The asymptotic K_1 of Eq. (11) moves it to x = 7/2.
        """
        ratio = self.log_rate_over_hubble(self.rate_eq10)
        d = sp.diff(ratio, x)
        cond = sp.simplify(-(d * x * sp.besselk(1, x)).rewrite(sp.besselk).subs(
            sp.besselk(2, x), sp.besselk(0, x) + 2 * sp.besselk(1, x) / x))
        return sp.simplify(sp.expand(cond))

    @cached_property
    def rate_peak_x(self):
        """x = m_phi/T at the maximum of R/H (constant g_*): 3.41387 (the root of :attr:`rate_peak_condition`)."""
        return sp.nsolve(self.rate_peak_condition, x, 3.4, prec=30)

    @cached_property
    def eq11_correction(self):
        """delta(x): exact log(R/H) minus its Eq. (11) form, = log(K_1(x) e^x sqrt(2x/pi))."""
        return sp.log(besselke(1, x) * sp.sqrt(2 * x / sp.pi))

    # ----------------------------------------------------------------- g_*(T)
    @staticmethod
    def energy_density_prefactor(fermion: bool):
        """1 / int_0^oo u^3/(e^u +- 1) du, so that F_rho(0) = 1: 120/(7 pi^4) (fermion), 15/pi^4 (boson)."""
        s = 1 if fermion else -1
        term = sp.integrate(_u**3 * sp.exp(-_n * _u), (_u, 0, sp.oo))  # 6/n^4
        massless = sp.Sum((-s) ** (_n + 1) * term, (_n, 1, sp.oo)).doit()
        return sp.nsimplify(sp.simplify(1 / massless.rewrite(sp.zeta)))

    @classmethod
    def energy_density_function(cls, yy, fermion: bool):
        """F_rho(y): energy density of a species of mass y T over its massless value (F_rho(0) = 1).

        rho = g T^4/(2 pi^2) int_y^oo u^2 sqrt(u^2-y^2)/(e^u +- 1) du (E = u T, p = T sqrt(u^2-y^2)), normalised
        by its y = 0 value: fermion 120/(7 pi^4) int ..., boson 15/pi^4 int ... (e^u - 1).
        """
        s = 1 if fermion else -1
        return cls.energy_density_prefactor(fermion) * sp.Integral(
            _u**2 * sp.sqrt(_u**2 - yy**2) / (sp.exp(_u) + s), (_u, yy, sp.oo))

    @staticmethod
    def energy_density_shifted_integrand(fermion: bool, expm1_form: bool = True):
        """Integrand of F_rho(y) e^y in t = u - y: (t+y)^2 sqrt(t (t+2y)) e^-t / (1 +- e^(-t-y)).

        For bosons 1 - e^(-t-y) is -expm1(-t-y) (``expm1_form``, for the mpmath twin's quadrature near t = y = 0);
        the table fit uses the plain form (its fixed rule never samples t < 2.3e-19; see codegen.tabulate).
        """
        from sympy.codegen.cfunctions import expm1

        if fermion:
            den = 1 + sp.exp(-_t - y)
        else:
            den = -expm1(-_t - y) if expm1_form else 1 - sp.exp(-_t - y)
        return (_t + y) ** 2 * sp.sqrt(_t * (_t + 2 * y)) * sp.exp(-_t) / den

    @classmethod
    def energy_density_shifted(cls, fermion: bool):
        """F_rho(y) = prefactor e^-y int_0^oo (shifted integrand) dt: u = y + t in :meth:`energy_density_function`."""
        return (cls.energy_density_prefactor(fermion) * sp.exp(-y)
                * sp.Integral(cls.energy_density_shifted_integrand(fermion), (_t, 0, sp.oo)))

    @classmethod
    def energy_density_shift_check(cls, fermion: bool) -> bool:
        """The integrand of F_rho at u = y + t equals e^-y times the shifted integrand (du = dt)."""
        from sympy.codegen.cfunctions import expm1

        s = 1 if fermion else -1
        lhs = (_u**2 * sp.sqrt(_u**2 - y**2) / (sp.exp(_u) + s)).subs(_u, y + _t)
        rhs = sp.exp(-y) * cls.energy_density_shifted_integrand(fermion).replace(expm1, lambda a: sp.exp(a) - 1)
        return sp.simplify(sp.powsimp(sp.expand_power_base(lhs / rhs, force=True), force=True) - 1) == 0

    #: the plasma before neutrino decoupling: (name, internal d.o.f., fermion?, F_rho symbol or None if massless)
    SPECIES = (("photon", 2, False, None), ("e+-", 4, True, F_rho_e), ("nu", 2 * N_nu, True, None),
               ("phi", 1, False, F_rho_phi))

    @cached_property
    def g_star_of_F(self):
        """g_* = sum_i g_i (7/8 for fermions) F_rho(m_i/T): rho = (pi^2/30) g_* T^4 with every species at T.

        Photons and neutrinos massless (F_rho = 1), e+- with F_rho(m_e/T), phi with F_rho^boson(m_phi/T) (set that
        argument to 0 to leave phi out).
        """
        return sum(g * (sp.Rational(7, 8) if ferm else 1) * (1 if f is None else f) for _, g, ferm, f in self.SPECIES)

    @cached_property
    def g_star_massless(self):
        """g_* for gamma + e+- + N_nu neutrinos, all massless: 2 + (7/8)(4 + 2 N_nu) (10.75 at N_nu = 3)."""
        return self.g_star_of_F.subs({F_rho_e: 1, F_rho_phi: 0})

    # ----------------------------------------------------------------- Eq. (7) inverted
    @cached_property
    def tnu_over_tgamma_of_neff(self):
        """T_nu/T_gamma that gives N_eff through Eq. (7), N_eff = N_nu (11/4)^(4/3) (T_nu/T_gamma)^4: solved by SymPy.

        Eq. (7) is taken from :func:`mevscalar.model.entropy.neff_from_ratio` (its one statement); the positive
        root is the physical one. At N_eff = N_nu it is (4/11)^(1/3), the SM ratio of Eq. (6).
        """
        from mevscalar.model.entropy import neff_from_ratio

        roots = sp.solve(sp.Eq(N_eff, neff_from_ratio(r_nu)), r_nu)
        if len(roots) != 1:
            raise ValueError(f"Eq. (7) inverted: expected one positive root, got {roots}")
        return roots[0]


D = Decoupling()


def kernels() -> list[Kernel]:
    xx = m_phi / T
    k1e = k1e_safe(xx) * sp.exp(-xx)  # K_1 without underflow of the scaled part, every x > 0
    dom_T = Range(1e-12, 100.0)
    dom_m = Range(0.1, 10.0)
    dom_G = Range(1e-25, 1e-10)
    dom_B = Range(0.0, 0.999, "lin")
    dom_N = Range(1.0, 3.0, "lin")
    dom_g = Range(1.0, 110.0)
    dom_PL = Range(1.22e22, 1.2215e22, "lin")
    plain_why = (
        "closed form of Bessel K_1 (scipy kve, or its Hankel series above x = 1e3, times exp(-x)) and powers: a "
        "few ulp while the result is a normal double; atol = 1e-290 for subnormal or underflowing results "
        "(BR_nunu drawn ~1e-294, or x = m/T > ~700 up to 1e13: the rate is 0 to double precision), far below "
        "any physical rate"
    )
    sub_k1 = {sp.besselk(1, xx): k1e}

    ks = [
        Kernel(
            name="hubble_rate",
            args=(T, g_star, m_PL),
            expr=D.hubble,
            domain={"T": Range(1e-3, 100.0), "g_star": dom_g, "m_PL": dom_PL},
            units="MeV",
            equation="H(T) = sqrt(8 pi^3 g_*/90) T^2/m_PL (the 1.66 of Eq. 11), derived from Friedmann",
            doc="Hubble rate in radiation domination with g_* relativistic degrees of freedom.",
        ),
        Kernel(
            name="n_nu_eq_paper",
            args=(T,),
            expr=D.n_nu_eq_paper,
            domain={"T": Range(1e-3, 100.0)},
            units="MeV^3",
            equation="n_nu^eq = 3 zeta(3) T^3/(2 pi^2): the density under R = n_nu^eq <sigma v> (Eq. 10, 11)",
            doc="Equilibrium neutrino density used with Eq. (10): two fermionic d.o.f. (one flavour).",
        ),
        Kernel(
            name="reaction_density",
            args=(T, m_phi, Gamma_phi, BR_nunu),
            expr=D.reaction_density,
            numeric=D.reaction_density.subs(sub_k1),
            domain={"T": dom_T, "m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_B},
            units="MeV^4",
            equation="derived: gamma_R = n_phi^eq Gamma K_1/K_2 BR_nunu BR_gg (narrow width, detailed balance)",
            doc="Reaction density of nu nu -> phi -> gamma gamma in equilibrium.",
            rtol=1e-12,
            rtol_why=plain_why,
            atol=1e-290,
        ),
        Kernel(
            name="sigma_v_eq10",
            args=(T, m_phi, Gamma_phi, BR_nunu),
            expr=D.sigma_v_eq10,
            numeric=D.sigma_v_eq10.subs(sub_k1),
            domain={"T": dom_T, "m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_B},
            units="MeV^-2",
            equation="Eq. (10), derived as 2 gamma_R / n_1^2",
            doc="Thermally averaged resonant cross section <sigma v>_res of Eq. (10).",
            rtol_why=plain_why,
            atol=1e-290,
        ),
        Kernel(
            name="rate_eq10",
            args=(T, m_phi, Gamma_phi, BR_nunu),
            expr=D.rate_eq10,
            numeric=D.rate_eq10.subs(sub_k1),
            domain={"T": dom_T, "m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_B},
            units="MeV",
            equation="R = n_nu^eq <sigma v>_res with Eq. (10) (the paper's R of Fig. 2)",
            doc="The paper's exchange rate R = n_nu^eq <sigma v>_res.",
            rtol_why=plain_why,
            atol=1e-290,
        ),
        Kernel(
            name="rate_detailed_balance",
            args=(T, m_phi, Gamma_phi, BR_nunu, N_nu),
            expr=D.rate_db,
            numeric=D.rate_db.subs(sub_k1),
            domain={"T": dom_T, "m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_B, "N_nu": dom_N},
            units="MeV",
            equation="derived: R_DB = 2 gamma_R / n_eq, n_eq over N_nu flavours and both helicities (= R_10/(4 N_nu))",
            doc="Per-neutrino conversion rate from detailed balance with phi decays and inverse decays.",
            rtol_why=plain_why,
            atol=1e-290,
        ),
    ]

    log_why = (
        "a sum of logs of size up to ~x (x <= 1e13; the Hankel series of K_1 e^x above x = 1e3, where scipy's kve "
        "fails above ~1e9): absolute error ~ eps*x; rtol covers |log R/H| >> 1 and atol = 1e-11 (~ eps * 5e4) the "
        "cancellation near the root, which lies at x < 1e3, i.e. 1e-11 relative in R/H"
    )
    dom_x = Range(1e-3, 1e13)
    dom_Bl = Range(1e-9, 0.999)
    for name, rate, extra_args, eq in (
        ("log_rate_over_hubble_eq10", D.rate_eq10, (), "log(R/H), R from Eq. (10), exact K_1"),
        ("log_rate_over_hubble_db", D.rate_db, (N_nu,), "log(R_DB/H), exact K_1 (derived)"),
    ):
        expr = sp.expand_log(D.log_rate_over_hubble(rate), force=True)
        numeric = expr.subs(sp.log(sp.besselk(1, x)), log_k1e_safe(x) - x)
        dom = {"x": dom_x, "m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_Bl, "g_star": dom_g, "m_PL": dom_PL}
        if extra_args:
            dom["N_nu"] = dom_N
        ks.append(
            Kernel(
                name=name,
                args=(x, m_phi, Gamma_phi, BR_nunu, g_star, m_PL) + extra_args,
                expr=expr,
                numeric=numeric,
                domain=dom,
                units="1",
                equation=eq,
                doc="Logarithm of the exchange rate over the Hubble rate at T = m_phi/x (root: R = H).",
                rtol=1e-12,
                atol=1e-11,
                rtol_why=log_why,
            )
        )

    arg_why = "a single log of a product: absolute error ~ eps*|L|; atol for L near 0"
    for name, c, extra_args, eq in (
        ("eq11_log_argument", D.c_eq11, (), "Eq. (11): L = log(1.67 m_PL Gamma BR BR/(g^(1/2) m^2)), 1.67 derived"),
        ("eq11_log_argument_db", D.c_eq11_db, (N_nu,), "Eq. (11) with the detailed-balance rate (constant / 4 N_nu)"),
    ):
        dom = {"m_phi": dom_m, "Gamma_phi": dom_G, "BR_nunu": dom_Bl, "g_star": dom_g, "m_PL": dom_PL}
        if extra_args:
            dom["N_nu"] = dom_N
        expr = D.eq11_log_argument(c)
        ks.append(
            Kernel(
                name=name,
                args=(m_phi, Gamma_phi, BR_nunu, g_star, m_PL) + extra_args,
                expr=expr,
                numeric=sp.expand_log(expr, force=True),
                domain=dom,
                units="1",
                equation=eq,
                doc="The logarithm L on the right-hand side of Eq. (11).",
                rtol=1e-13,
                atol=1e-13,
                rtol_why=arg_why,
            )
        )

    gap = eq11_gap(L)
    l_min_hi = eq11_gap.split()[0]
    ks.append(
        Kernel(
            name="eq11_existence_gap",
            args=(L,),
            expr=L - D.eq11_existence,
            numeric=gap,
            domain={"L": Range(-20.0, 300.0, "lin")},
            units="1",
            equation="derived: L - L_min, L_min = (7/2)(1 - log(7/2)) the smallest L with a real root of Eq. (11)",
            doc="How far L lies above the existence bound of Eq. (11) (negative: no real root).",
            rtol=1e-15,
            atol=1e-30,
            rtol_why="L - hi is exact near the bound (Sterbenz) and hi + lo carries L_min to ~1e-32: one rounding",
        )
    )
    w_why = (
        "near the branch point (L - L_min <= 7/64) the series in p = sqrt(2 (L - L_min)/(7/2)) to order 16 "
        "(first omitted term < 1e-17) on the cancellation-free gap; above it scipy's lambertw (a few ulp; its "
        "argument's rounding costs eps/p^2 <= 2e-15 relative in p there)"
    )
    for name, branch, what in (
        ("x_d_eq11", -1, "decoupling root (larger x = m_phi/T_D)"),
        ("x_recouple_eq11", 0, "recoupling root (smaller x)"),
    ):
        ks.append(
            Kernel(
                name=name,
                args=(L,),
                expr=D.eq11_root(branch),
                numeric=sp.Piecewise((D.eq11_root_near_bound(branch, gap), gap <= GAP_BRANCH),
                                     (D.eq11_root(branch), True)),
                # from the first double above L_min: the series is exact there (Lambert W returned NaN)
                domain={"L": Range(_next_up(l_min_hi), 300.0, "lin")},
                units="1",
                equation=f"Eq. (11) solved exactly: x = -(7/2) W_{branch}(-(2/7) e^(-2L/7)), the {what}; "
                "its series at the branch point where L - L_min <= 7/64",
                doc=f"Closed-form solution of x = L + (7/2) log x: the {what}.",
                rtol=1e-13,
                rtol_why=w_why,
            )
        )

    ks.append(
        Kernel(
            name="eq11_correction",
            args=(x,),
            expr=sp.log(sp.besselk(1, x) * sp.exp(x) * sp.sqrt(2 * x / sp.pi)),
            numeric=sp.Piecewise((D.eq11_correction, x < X_HANKEL),
                                 (log1p(sum(hankel_coefficient(1, k) / x**k for k in range(1, N_HANKEL))), True)),
            domain={"x": Range(0.05, 1e13)},
            units="1",
            equation="derived: exact log(R/H) minus the Eq. (11) form, log(K_1(x) e^x sqrt(2x/pi)) = 3/(8x) + ...",
            doc="What Eq. (11) drops: the log of K_1 over its leading asymptotic.",
            rtol=1e-11,
            atol=1e-14,
            rtol_why="log(1 + 3/(8x)) from kve below x = 1e3, log1p of the Hankel series above: delta enters "
            "log(R/H) additively, so absolute accuracy matters; kve's few-ulp error gives ~5e-16 absolute "
            "(atol = 1e-14), i.e. relative ~1e-12 at x ~ 1e3",
        )
    )
    ks += _g_star_kernels()
    return [
        dataclasses.replace(k, expr=printable(k.expr), numeric=None if k.numeric is None else printable(k.numeric))
        for k in ks
    ]


def _energy_density_table(fermion: bool) -> Table:
    kind = "fermion" if fermion else "boson"
    return Table(
        name=f"F_rho_{kind}",
        var=y,
        integration_var=_t,
        prefactor=D.energy_density_prefactor(fermion),
        integrand=D.energy_density_shifted_integrand(fermion, expm1_form=False),
        # F_rho, unlike the entropy function F, keeps a y^4 log y term at small y (rho = T s - P: the log term of
        # the pressure does not cancel): binade segments down to 2^-16 keep each piece smooth on its own scale
        k0=-16,
        n0=1,
        per_octave=2,
        y_max=768.0,
        degree=13,
        tol=2e-16,
        exp_scaled=True,
        # t^(1/2) e^-t times a function analytic near [0, inf) (singular at t = -2y, t = -y +- i pi): the 24-point
        # generalised Gauss-Laguerre rule agrees with the exp-sinh rule to 1e-18 from y = 6 (checked at codegen)
        laguerre=("1/2", 24, 6.0),
        doc=f"F_rho_{kind}(y) = exp(-y) G(y): energy density of one {kind} d.o.f. of mass y T over its massless value.",
    )


def _constant_kernel(name: str, expr, equation: str, doc: str) -> Kernel:
    """A dimensionless constant as a kernel without arguments (correctly rounded: rtol 1e-15)."""
    return Kernel(name=name, args=(), expr=expr, domain={}, units="1", equation=equation, doc=doc, rtol=1e-15,
                  rtol_why="a constant, correctly rounded")


def _g_star_kernels() -> list[Kernel]:
    ks = []
    for fermion in (True, False):
        kind = "fermion" if fermion else "boson"
        ks.append(Kernel(
            name=f"F_rho_{kind}",
            args=(y,),
            expr=D.energy_density_shifted(fermion),
            numeric=table_function(_energy_density_table(fermion))(y),
            domain={"y": Range(1e-6, 700.0, "log")},
            units="1",
            equation=f"derived: F_rho = rho(m = y T)/rho(0), {kind}, shifted u = y + t (enters g_*(T))",
            doc=f"Energy-density fraction F_rho of one {kind} d.o.f. of mass y T (F_rho(0) = 1).",
            rtol=1e-12,
            rtol_why="piecewise degree-13 polynomials of G = F_rho e^y on 52 segments fitted with 40-digit mpmath "
            "(last Chebyshev coefficient < 2e-16 on every segment), Horner in double: a few ulp; F_rho = G exp(-y) stays normal up "
            "to y = 700",
            extra={"max_examples": 30},  # each mpmath twin is a 40-digit quadrature (~0.3 s)
        ))
    lin = {"F_rho_e": Range(0.0, 1.0, "lin"), "F_rho_phi": Range(0.0, 1.0, "lin"), "N_nu": Range(1.0, 5.0, "lin")}
    ks.append(Kernel(
        name="g_star_of_F",
        args=(F_rho_e, F_rho_phi, N_nu),
        expr=D.g_star_of_F,
        domain=lin,
        units="1",
        equation="derived: g_* = 2 + (7/8) 4 F_rho(m_e/T) + (7/8) 2 N_nu + F_rho^B(m_phi/T) (10.75 when massless)",
        doc="Energy-density degrees of freedom g_*(T) from the F_rho values (phi left out with F_rho_phi = 0).",
        rtol=1e-15,
        rtol_why="a sum of four non-negative terms: one rounding each",
    ))
    ks.append(_constant_kernel(
        "rate_peak_x", D.rate_peak_x,
        "derived: the maximum of R/H ~ x^4 K_1(x), root of 3 K_1(x) = x K_0(x) (sp.nsolve, 30 digits)",
        "x = m_phi/T at the maximum of R/H at constant g_* (3.41387; Eq. 11's asymptotic K_1 puts it at 7/2)."))
    ks.append(_constant_kernel("hubble_prefactor", D.hubble_constant,
                               "the '1.66' of H = 1.66 sqrt(g_*) T^2/m_PL (Eq. 11), derived: sqrt(8 pi^3/90)",
                               "Prefactor of the radiation-era Hubble rate in units of sqrt(g_*) T^2/m_PL."))
    ks.append(_constant_kernel("eq11_constant_eq10", D.c_eq11,
                               "the '1.67' of Eq. (11), derived with the Eq. (10) rate: 2 sqrt(10)/(pi zeta(3))",
                               "The constant C in Eq. (11)'s L = log(C m_PL Gamma BR_gg BR_nunu/(g_*^(1/2) m_phi^2))."))
    ks.append(Kernel(
        name="eq11_constant_db",
        args=(N_nu,),
        expr=D.c_eq11_db,
        domain={"N_nu": Range(1.0, 5.0, "lin")},
        units="1",
        equation="Eq. (11)'s constant with the detailed-balance rate (derived: the Eq. 10 constant / (4 N_nu))",
        doc="The constant C in Eq. (11)'s L for rate='detailed_balance'.",
        rtol=1e-15,
        rtol_why="a constant over N_nu: one rounding",
    ))
    ks.append(Kernel(
        name="tnu_over_tgamma_of_neff",
        args=(N_eff, N_nu),
        expr=D.tnu_over_tgamma_of_neff,
        domain={"N_eff": Range(1e-3, 30.0, "log"), "N_nu": Range(1.0, 5.0, "lin")},
        units="1",
        equation="Eq. (7) solved for T_nu/T_gamma (sp.solve): (N_eff/N_nu)^(1/4) (4/11)^(1/3)",
        doc="Late-time T_nu/T_gamma that gives N_eff through Eq. (7) (e.g. the Planck band in Fig. 2).",
        rtol=1e-14,
        rtol_why="two fractional powers and a product: a few ulp",
    ))
    return ks
