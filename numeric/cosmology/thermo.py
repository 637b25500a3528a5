"""Exact equilibrium-shaped thermodynamics of one species: n, rho, P and dn, drho by dT and dxi.

For the precision ("thermal") neutrino-decoupling solver (Escudero, JCAP 05 (2020) 048, arXiv:2001.04466):
f(E) = 1/(exp(E/T - xi) + s), s = +1 fermion, -1 boson, xi = mu/T. Units MeV. The integrands (measures
mu_Q(q, eps) and the occupations f, df/dxi) are generated from ``mevscalar.model.thermo`` (read its
docstring for the derivation); this module only applies a fixed quadrature rule to them:

    Q = g T^d sum_j w_j mu_Q(q_j, eps_j) F(eps_j - xi),   (d, F) from model.thermo.OBSERVABLES.

Quadrature rule
- x = m/T > 0: q = x sinh t, eps = x cosh t, dq = eps dt. In t the integrand is entire (no branch point
  of sqrt(q^2 + x^2), no sqrt endpoint), even in t, and decays like exp(-x cosh t): the trapezoidal rule
  converges geometrically, limited by the strip |Im t| < d free of singularities: d = min(pi/2, distance
  of the nearest pole of f, i.e. Im acosh((xi + i pi)/x) for fermions, acosh(xi/x) and (xi + 2 pi i)/x
  for bosons; for bosons the pole at eps = xi is corrected instead, below). Step h = range/N, N = 40 2^k with the smallest k >= 0 giving h <= 0.16 d; nodes from t = 0 (or asinh(q_lo/x) when x << q_lo) to
  eps = x + 46 + max(xi - x, 0) (f < e^-46 beyond), q_lo = 1e-6 max(1, q_F).
- x = 0: q = eps = e^t, dq = q dt (the same rule; the x -> 0 limit of the sinh map).
The step shrinks for degenerate fermions (poles at eps = xi +- i pi approach the real t axis like
pi/q_F): more nodes, same rule.

Bosons near their condensation bound (0 < xi < x, a = x - xi down to 1e-12 max(1, x)): the pole of f at
eps = xi sits at t = +-i theta, cos(theta) = xi/x (theta ~ sqrt(2a/x)), and would force h ~ theta. It is not
resolved but subtracted: the half-line trapezoid minus the integral is, exactly up to the far
singularities' e^{-2 pi d/h}, C = Re[2 pi i Res(mu eps f, i theta)] B, B = 1/(e^{2 pi theta/h} - 1); the
df/dxi integrals get -(1/(x sin theta)) dC/dtheta (the nodes do not depend on xi). Residues, derivatives
and their cancellation-free forms (B' + B cot theta ~ 1/theta^2 - 1/theta^2 rewritten as a sum of positive
terms) are derived in model/thermo.py (pole_corrections; kernels thermo_bose_pole_*). The strip d then
comes from the poles at eps = xi +- 2 pi i and the pi/2 cap only (massive bosons also h <= 0.2), so the
node count depends on x alone (40 or 80 over the solver's range), not on a. The occupation is evaluated
at u + a with u = eps - x = q^2/(eps + x) (no cancellation in eps - xi). The correction is dropped where
e^{-2 pi theta/h} < e^{-45} e^{-a} (a jump < 1e-19), and is not needed for xi <= 0 (theta >= pi/2).

Accuracy (measured against mpmath quadrature, tests/numeric/cosmology/test_thermo.py): <= 3e-12 relative over
x in [0, 1e4], xi in [-60, 30] (fermions); bosons (x in [1e-4, 1e4], xi up to x - 1e-12 max(1, x))
<= 6e-16 on a sweep of 40 (x, a) points; node-count doublings join to <= 3e-13 (test);
exponentially small results underflow to 0 (x - xi >~ 700), never NaN.

Fast paths (tables fitted with mpmath at codegen time; see ``mevscalar.model.thermo``), exact to ~5e-16:
- massless fermions (:func:`massless_fermion`, and :func:`species` with m = 0): every field is g T^d times
  a multiple of L_s(xi) = -Li_s(-e^xi), s = 2, 3, 4 (kernels thermo_m0_*), with L_s from the tables
  fd_h<s> of |xi| and the polylog inversion polynomials for xi > 0 (kernels thermo_fd_L<s>, thermo_fd_P<s>).
  Smooth in (T, xi): one polynomial per segment, segments join to ~1e-16, no node counts.
- fermions with xi = 0 exactly and m > 0 (the e+- of the solver): the six integrals are tables in x = m/T
  (kernels thermo_e0_*). Other xi (and bosons) take the quadrature above; a fermion's xi = 0 and xi != 0
  therefore differ by the quadrature's error (<= 3e-12), which the solver never sees (the e+- keep xi = 0).
Scalar calls evaluate the generated tables' coefficients (``_TAB_*`` of generated/thermo_np.py) with a
Python Horner scheme on the same segment layout (:class:`_ScalarTables`; tests check it against the
generated vectorised evaluators); arrays use the generated kernels.
"""

from __future__ import annotations

import cmath
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from mevscalar.generated import thermo_np as K
from mevscalar.validate import ParameterError

if TYPE_CHECKING:  # type hints only (no runtime import)
    from numpy.typing import ArrayLike

__all__ = ["Thermo", "species", "massless_fermion", "X_MAX", "XI_MIN", "XI_MAX", "FIELDS"]

X_MAX = 1e4
XI_MIN, XI_MAX = -60.0, 30.0
FIELDS = ("n", "rho", "p", "dn_dT", "dn_dxi", "drho_dT", "drho_dxi")

_U = 46.0  # kinetic cutoff in units of T: f < e^-46 beyond
_N0 = 40  # nodes over the range when no pole limits the step
_C = 0.16  # h <= _C * d, d = half-width of the analytic strip
#: massive bosons: h <= 0.2 also where the strip is the pi/2 cap (x <~ 0.03, where exp(-x cosh t) decays slowly
#: near Im t = pi/2): the rule is then good to ~1e-15 on both sides of every node-count doubling (at h = 0.25 it
#: lost 2e-12 in drho_dT at x = 4e-3: a jump the implicit solver would see)
_H_CAP = 0.2
_Q_LO = 1e-6
_MAX_NODES = 20000


@dataclass(frozen=True)
class Thermo:
    """Number density, energy density, pressure and their T and xi derivatives of one species.

    n [MeV^3], rho, p [MeV^4]; dn_dT [MeV^2], dn_dxi [MeV^3], drho_dT [MeV^3], drho_dxi [MeV^4].
    Derivatives in T at fixed xi and in xi at fixed T. Floats for scalar input, arrays otherwise.
    Returned by :func:`species` and :func:`massless_fermion`; the accuracy is theirs.

    Parameters
    ----------
    n : float or numpy.ndarray
        Number density n [MeV^3] (all g degrees of freedom).
    rho : float or numpy.ndarray
        Energy density rho [MeV^4].
    p : float or numpy.ndarray
        Pressure p [MeV^4].
    dn_dT : float or numpy.ndarray
        dn/dT at fixed xi [MeV^2].
    dn_dxi : float or numpy.ndarray
        dn/dxi at fixed T [MeV^3].
    drho_dT : float or numpy.ndarray
        drho/dT at fixed xi [MeV^3].
    drho_dxi : float or numpy.ndarray
        drho/dxi at fixed T [MeV^4].
    """

    n: float | np.ndarray
    rho: float | np.ndarray
    p: float | np.ndarray
    dn_dT: float | np.ndarray
    dn_dxi: float | np.ndarray
    drho_dT: float | np.ndarray
    drho_dxi: float | np.ndarray


_NEW = object.__new__


def _thermo(vals) -> Thermo:
    """Thermo from 7 floats without the frozen dataclass __init__ (7 object.__setattr__ calls, ~2 us)."""
    o = _NEW(Thermo)
    o.__dict__.update(zip(FIELDS, vals))
    return o


def _strip(x: float, xi: float, fermion: bool) -> float:
    """Half-width of the strip around the real t axis free of poles of f (capped at pi/2)."""
    if x == 0.0:
        d = math.atan2(math.pi, xi) if fermion else math.pi  # poles at q = xi + i pi (2k+1) / xi + 2 pi i k
    elif fermion:
        d = abs(cmath.acosh(complex(xi, math.pi) / x).imag)
    else:
        # the pole at eps = xi (t = i theta, cos theta = xi/x) limits nothing: for 0 < xi < x (theta < pi/2) its
        # whole contribution to the rule's error is subtracted in closed form (_pole_correction); for xi <= 0 it
        # lies at |Im t| >= pi/2 (the cap). The poles at eps = xi +- 2 pi i set the strip.
        d = abs(cmath.acosh(complex(xi, 2 * math.pi) / x).imag)
    return min(d, 0.5 * math.pi)


@lru_cache(maxsize=64)
def _arange(n: int):
    return np.arange(n, dtype=float)


def _layout(x: float, xi: float, fermion: bool):
    """(lo, hi, n): the t range and the number of intervals of the rule (see the module docstring)."""
    top = x + _U + max(xi - x, 0.0)
    q_f = math.sqrt(xi * xi - x * x) if fermion and xi > x else 0.0
    ql = _Q_LO * max(1.0, q_f)
    d = _strip(x, xi, fermion)
    if x == 0.0:
        lo, hi = math.log(ql), math.log(top)
    else:
        lo = math.asinh(ql / x)
        if lo < 2.0:
            lo = 0.0
        hi = math.acosh(top / x)
    # n = _N0 intervals unless the strip forces h <= _C d; then _N0 * 2^k (the fewest that do): the node count
    # is piecewise constant in (x, xi) with few jumps (the result is smooth where it is constant; a jump is
    # of the rule's error, <= 3e-12), rather than changing by one at every step of an implicit solver
    hmax = _C * d
    if not fermion and x > 0.0 and hmax > _H_CAP:
        hmax = _H_CAP
    n = _N0
    if (hi - lo) > _N0 * hmax:
        n = _N0 * 2 ** int(math.ceil(math.log2((hi - lo) / (_N0 * hmax))))
    if n > _MAX_NODES:  # pragma: no cover - guarded by the boson margin in species()
        raise ParameterError(f"xi is too close to m/T for a boson (needs {n} nodes)")
    return lo, hi, n


def _rule(x: float, lo: float, hi: float, n: int):
    """(q^2, eps, w): trapezoidal nodes and weights in t."""
    h = (hi - lo) / n
    t = h * _arange(n + 1)
    if lo:
        t += lo
    if x == 0.0:
        ee = np.exp(t)
        return ee * ee, ee, ee * h
    qq = x * np.sinh(t)
    ee = x * np.cosh(t)
    w = ee * h
    if lo == 0.0:
        w[0] *= 0.5
    return qq * qq, ee, w


def _nodes(x: float, xi: float, fermion: bool):
    """(q^2, eps, w): trapezoidal nodes and weights in t (see the module docstring)."""
    return _rule(x, *_layout(x, xi, fermion))


def _weights(q, e, w):
    """(4, N) matrix of w_j mu(q_j, eps_j), rows (p, n, rho, drho_dT): rows 0-2 pair with f, 1-3 with df/dxi."""
    M = np.empty((4, q.shape[0]))
    M[0] = K.thermo_mu_p(q, e)
    M[1] = K.thermo_mu_n(q, e)
    M[2] = K.thermo_mu_rho(q, e)
    M[3] = K.thermo_mu_drho_dT(q, e)
    M *= w
    return M


@lru_cache(maxsize=16)
def _weighted_rule(x: float, lo: float, hi: float, n: int):
    """(eps, weighted measures) of one rule, cached: the solver calls phi 1-2 times per right-hand side at the
    same T, and its finite-difference Jacobian varies xi at fixed T (same nodes, ~45% of the cost)."""
    q, e, w = _rule(x, lo, hi, n)
    M = _weights(q, e, w)
    # u = eps - x = q^2/(eps + x): the boson's e^{u + (x - xi)} - 1 without the cancellation of eps - xi (xi -> x)
    u = q / (e + x) if x > 0.0 else e
    for v in (e, M, u):
        v.flags.writeable = False
    return e, M, u, (hi - lo) / n, lo


def _integrals(x: float, xi: float, fermion: bool, cache=None):
    """(p, n, rho) integrals with f and (n, rho, drho_dT) integrals with df/dxi (per g T^d)."""
    if cache is None:
        cache = _weighted_rule(x, *_layout(x, xi, fermion))
    e, M, u, h, lo = cache
    if fermion:
        a = e - xi
        return M[:3] @ K.thermo_f_fermion(a), M[1:] @ K.thermo_df_dxi_fermion(a)
    a = u + (x - xi) if x > 0.0 else e - xi
    I0, I1 = M[:3] @ K.thermo_f_boson(a), M[1:] @ K.thermo_df_dxi_boson(a)
    if 0.0 < xi < x and lo == 0.0:
        (c0, c1, c2), (d0, d1, d2) = _pole_correction(x, xi, h)
        I0 = (I0[0] - c0, I0[1] - c1, I0[2] - c2)
        I1 = (I1[0] - d0, I1[1] - d1, I1[2] - d2)
    return I0, I1


_TWO_PI = 2.0 * math.pi
_ZERO_CORRECTION = ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0))


def _pole_correction(x: float, xi: float, h: float):
    """(half-line trapezoid) - (integral) due to the boson's pole at eps = xi, t = i theta (0 < xi < x), for the
    (p, n, rho) integrals with f and the (n, rho, drho_dT) ones with df/dxi: kernels thermo_bose_pole_* (residues
    and their xi-derivatives derived in model/thermo.py; B, Dm from thermo_bose_pole_B/Dm at c = 2 pi/h)."""
    a = x - xi  # exact (Sterbenz) when xi > x/2
    theta = 2.0 * math.asin(math.sqrt(0.5 * a / x))
    c = _TWO_PI / h
    w = c * theta
    if w > a + 45.0:  # e^-w below 1e-19 of the integrals (~ e^-a): no correction (a jump of < 1e-19)
        return _ZERO_CORRECTION
    B = float(K.thermo_bose_pole_B(theta, c))
    H = (K.thermo_bose_pole_H_series if theta < 0.5 else K.thermo_bose_pole_H_direct)(theta)
    G = (K.thermo_bose_pole_G_series if w < 1.0 else K.thermo_bose_pole_G_direct)(0.5 * w)
    Dm = K.thermo_bose_pole_Dm(theta, c, B, float(H), float(G))
    st, ct = math.sqrt(a * (x + xi)) / x, xi / x
    return ((K.thermo_bose_pole_p_f(x, st, B), K.thermo_bose_pole_n_f(x, st, ct, B),
             K.thermo_bose_pole_rho_f(x, st, ct, B)),
            (K.thermo_bose_pole_n_df(x, st, ct, B, Dm), K.thermo_bose_pole_rho_df(x, st, ct, B, Dm),
             K.thermo_bose_pole_drho_dT_df(x, st, ct, B, Dm)))


def _assemble(T, g, I0, I1):
    # powers of T from model.thermo.OBSERVABLES: n T^3, rho T^4, p T^4, dn_dxi T^3, drho_dxi T^4,
    # dn_dT T^2 (the drho_dxi integral), drho_dT T^3
    T2 = T * T
    T3 = T2 * T
    gT4 = g * T3 * T
    p, n, rho = I0
    dn, drho, drho_dT = I1
    return (g * T3 * n, gT4 * rho, gT4 * p, g * T2 * drho, g * T3 * dn, g * T3 * drho_dT, gT4 * drho)


# --------------------------------------------------------------------------- scalar table evaluation
class _ScalarTables:
    """Several generated tables with one layout (codegen/tabulate.py): [0, 2**k0) in n0 equal segments, then
    per_octave segments per binade up to y_max; coefficients [power][segment] in t in [-1, 1].

    ``__call__(y)`` returns the tables' G(y) (without any exp(-y) factor) by a Horner scheme over the zipped
    coefficient rows of the segment (one Python loop for all tables)."""

    def __init__(self, arrays, k0, n0, per_octave, y_max):
        self.y0 = 2.0**k0
        self.n0, self.P = n0, per_octave
        self.off = n0 - per_octave - per_octave * (k0 + 1)
        self.top = math.nextafter(y_max, 0.0)
        nseg = n0 + sum(1 for e in range(k0 + 1, 64) for j in range(per_octave)
                        if 2.0 ** (e - 1) * (1 + j / per_octave) < y_max)
        for A in arrays:
            if A.shape[1] != nseg:  # the layout here must be the model's
                raise RuntimeError(f"generated table has {A.shape[1]} segments, layout gives {nseg}")
        deg = arrays[0].shape[0] - 1
        self.rows = [[tuple(float(A[k, s]) for A in arrays) for k in range(deg, -1, -1)] for s in range(nseg)]

    def locate(self, y: float):
        if y > self.top:
            y = self.top
        if y < self.y0:
            s = min(int(y * (self.n0 / self.y0)), self.n0 - 1)
            return s, y * (2.0 * self.n0 / self.y0) - (2 * s + 1)
        m, e = math.frexp(y)
        t = m * (2.0 * self.P)
        j = int(t)
        return j + e * self.P + self.off, 2.0 * (t - j) - 1.0


#: (k0, n0, per_octave, y_max) of the generated tables' layouts (model.thermo's tabulation): the FD tables in |xi|,
#: the e+- tables in x = m/T
FD_LAYOUT = (-1, 2, 8, 64.0)
E0_LAYOUT = (-6, 1, 4, 768.0)


def _tables3():
    t = _ScalarTables([K._TAB_FD_H2, K._TAB_FD_H3, K._TAB_FD_H4], *FD_LAYOUT)
    rows, loc = t.rows, t.locate

    def h(y):
        s, t_ = loc(y)
        a = b = c = 0.0
        for ca, cb, cc in rows[s]:
            a = a * t_ + ca
            b = b * t_ + cb
            c = c * t_ + cc
        return a, b, c

    return h


def _tables6():
    t = _ScalarTables([K._TAB_E0_P_F, K._TAB_E0_N_F, K._TAB_E0_RHO_F, K._TAB_E0_N_DF, K._TAB_E0_RHO_DF,
                       K._TAB_E0_DRHO_DT_DF], *E0_LAYOUT)
    rows, loc = t.rows, t.locate

    def h(y):
        s, t_ = loc(y)
        a = b = c = d = e = f = 0.0
        for ca, cb, cc, cd, ce, cf in rows[s]:
            a = a * t_ + ca
            b = b * t_ + cb
            c = c * t_ + cc
            d = d * t_ + cd
            e = e * t_ + ce
            f = f * t_ + cf
        return a, b, c, d, e, f

    return h


_H_FD = _tables3()
_H_E0 = _tables6()
_P2, _P3, _P4 = K.thermo_fd_P2, K.thermo_fd_P3, K.thermo_fd_P4
_M0 = (K.thermo_m0_p_f, K.thermo_m0_n_f, K.thermo_m0_rho_f, K.thermo_m0_n_df, K.thermo_m0_rho_df,
       K.thermo_m0_drho_dT_df)


def fd_integrals(xi: float):
    """(L_2, L_3, L_4)(xi), L_s = -Li_s(-e^xi), for a float xi in [-60, 30] (scalar twin of thermo_fd_L<s>)."""
    if xi <= 0.0:
        h2, h3, h4 = _H_FD(-xi)
        e = math.exp(xi)
        return e * h2, e * h3, e * h4
    h2, h3, h4 = _H_FD(xi)
    e = math.exp(-xi)
    return _P2(xi) - e * h2, _P3(xi) + e * h3, _P4(xi) - e * h4


#: the m = 0 integrals are linear in (L_2, L_3, L_4) (model.thermo.massless_integrals): their coefficients,
#: read off the generated kernels at unit vectors (rows p, n, rho with f; n, rho, drho_dT with df/dxi)
_C0 = tuple(tuple(float(k(*(1.0 if i == j else 0.0 for i in range(3)))) for j in range(3)) for k in _M0)


def _integrals_m0(xi: float):
    a, b, c = fd_integrals(xi)
    (p1, p2, p3), (n1, n2, n3), (r1, r2, r3), (dn1, dn2, dn3), (dr1, dr2, dr3), (dt1, dt2, dt3) = _C0
    return ((p1 * a + p2 * b + p3 * c, n1 * a + n2 * b + n3 * c, r1 * a + r2 * b + r3 * c),
            (dn1 * a + dn2 * b + dn3 * c, dr1 * a + dr2 * b + dr3 * c, dt1 * a + dt2 * b + dt3 * c))


def _integrals_e0(x: float):
    ex = math.exp(-x)
    p, n, r, dn, dr, drt = _H_E0(x)
    return (ex * p, ex * n, ex * r), (ex * dn, ex * dr, ex * drt)


def _check_scalar(m, T, xi, g, fermion):
    for name, v in (("m", m), ("T", T), ("xi", xi), ("g", g)):
        if not (isinstance(v, (int, float)) and math.isfinite(v)):
            raise ParameterError(f"{name} must be a finite real number, got {v!r}")
    if not T > 0:
        raise ParameterError(f"T must be > 0 MeV (allowed range (0, inf)), got {T!r}")
    if not m >= 0:
        raise ParameterError(f"m must be >= 0 MeV (allowed range [0, inf)), got {m!r}")
    if not g > 0:
        raise ParameterError(f"g must be > 0 (allowed range (0, inf)), got {g!r}")
    x = m / T
    if not x <= X_MAX:
        raise ParameterError(f"m/T must be in [0, {X_MAX:g}] (x = m/T), got {x!r}")
    if fermion:
        if not XI_MIN <= xi <= XI_MAX:
            raise ParameterError(f"xi must be in [{XI_MIN:g}, {XI_MAX:g}] for a fermion, got {xi!r}")
    else:
        if not xi >= XI_MIN:
            raise ParameterError(f"xi must be >= {XI_MIN:g}, got {xi!r}")
        if not xi < x:
            raise ParameterError(f"xi must be < m/T = {x!r} for a boson (mu < m; m = 0 needs xi < 0), got {xi!r}")
    return x


def _scalar(m, T, xi, g, fermion):
    m, T, xi, g, fermion = float(m), float(T), float(xi), float(g), bool(fermion)
    x = _check_scalar(m, T, xi, g, fermion)
    if fermion and x == 0.0:
        I0, I1 = _integrals_m0(xi)
    elif fermion and xi == 0.0:
        I0, I1 = _integrals_e0(x)
    else:
        I0, I1 = _integrals(x, xi, fermion)
    return tuple(float(v) for v in _assemble(T, g, I0, I1))


_INF = math.inf


_SCALAR_TYPES = (float, int, np.floating, np.integer)


def _scalars(*vals) -> bool:
    """All plain numbers (cheap; np.ndim costs ~1 us per argument); 0-d arrays go the array path."""
    for v in vals:
        if not isinstance(v, _SCALAR_TYPES):
            return False
    return True


def species(m: ArrayLike, T: ArrayLike, xi: ArrayLike, g: ArrayLike, fermion: bool) -> Thermo:
    """Thermodynamics of a species of mass m [MeV] and g d.o.f. at temperature T [MeV] and xi = mu/T.

    f(E) = 1/(exp(E/T - xi) + 1) (fermions) or - 1 (bosons). Domain: m >= 0, T > 0, x = m/T <= 1e4, xi in
    [-60, 30] (fermions); bosons need -60 <= xi < m/T. Broadcasts over array arguments (element by element);
    scalars give floats.

    Parameters
    ----------
    m : float or array_like
        Mass [MeV], >= 0 and <= 1e4 T (x = m/T in [0, 1e4]); m = 0 for a fermion takes the closed forms of
        :func:`massless_fermion`.
    T : float or array_like
        Temperature [MeV], finite and > 0.
    xi : float or array_like
        xi = mu/T, dimensionless: [-60, 30] for a fermion, [-60, m/T) for a boson (m = 0 needs xi < 0).
    g : float or array_like
        Internal degrees of freedom, finite and > 0 (the results are proportional to g).
    fermion : bool
        True: Fermi-Dirac (+1 in f), False: Bose-Einstein (-1 in f).

    Returns
    -------
    Thermo
        n [MeV^3], rho, p [MeV^4] and the derivatives dn_dT [MeV^2], dn_dxi [MeV^3], drho_dT [MeV^3],
        drho_dxi [MeV^4]: floats for scalar input, else arrays of the broadcast shape. Relative error (measured
        against mpmath quadrature) <= 3e-12 for fermions (~5e-16 on the table paths m = 0 and xi = 0),
        <= 6e-16 for bosons on a sweep of 40 (x, m/T - xi) points down to m/T - xi = 1e-12 max(1, x);
        exponentially small results (x - xi >~ 700) underflow to 0, never NaN.

    Raises
    ------
    ParameterError
        If an argument is not a finite real number (or the arrays do not broadcast), T <= 0, m < 0, g <= 0,
        m/T > 1e4, or xi is outside [-60, 30] (fermion) or [-60, m/T) (boson).
    """
    if (type(m) is float and type(T) is float and type(xi) is float and type(g) is float
            and 0.0 < T < _INF and 0.0 < g < _INF and 0.0 <= m <= X_MAX * T):  # fast path (plain floats)
        x = m / T
        if fermion is True:
            if XI_MIN <= xi <= XI_MAX:
                if x == 0.0:
                    return _thermo(_assemble(T, g, *_integrals_m0(xi)))
                if xi == 0.0:
                    return _thermo(_assemble(T, g, *_integrals_e0(x)))
                return _thermo(_assemble(T, g, *_integrals(x, xi, True)))
        elif fermion is False and XI_MIN <= xi < x:
            return _thermo(_assemble(T, g, *_integrals(x, xi, False)))
    if _scalars(m, T, xi, g):
        try:
            return Thermo(*_scalar(m, T, xi, g, fermion))
        except TypeError as exc:
            raise ParameterError(f"m, T, xi and g must be real numbers: {exc}") from exc
    try:
        arrs = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (m, T, xi, g)))
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"m, T, xi and g must be real numbers of broadcastable shapes: {exc}") from exc
    out = np.empty((7,) + arrs[0].shape)
    for idx in np.ndindex(arrs[0].shape):
        out[(slice(None),) + idx] = _scalar(*(float(a[idx]) for a in arrs), fermion)
    if arrs[0].ndim == 0:
        return Thermo(*(float(v) for v in out))
    return Thermo(*out)


def massless_fermion(T: ArrayLike, xi: ArrayLike, g: ArrayLike = 2.0) -> Thermo:
    """Thermodynamics of a massless fermion (neutrinos): :func:`species` at m = 0, closed forms in L_s(xi).

    Every field is g T^d times a multiple of L_s(xi) = -Li_s(-e^xi), s = 2, 3, 4, evaluated from tables
    (generated kernels thermo_fd_*, see the module docstring). Broadcasts over array arguments.

    Parameters
    ----------
    T : float or array_like
        Temperature [MeV], finite and > 0.
    xi : float or array_like
        xi = mu/T, dimensionless, in [-60, 30].
    g : float or array_like
        Internal degrees of freedom, finite and > 0; default 2 (nu + nubar of one species, one helicity each).

    Returns
    -------
    Thermo
        n [MeV^3], rho, p [MeV^4], dn_dT [MeV^2], dn_dxi [MeV^3], drho_dT [MeV^3], drho_dxi [MeV^4]: floats for
        scalar input, else arrays of the broadcast shape. Exact to ~5e-16 relative (the tables' fit).

    Raises
    ------
    ParameterError
        If an argument is not a finite real number (or the arrays do not broadcast), T <= 0, g <= 0, or xi is
        outside [-60, 30].
    """
    if type(T) is float and type(xi) is float and type(g) is float and 0.0 < T < _INF and 0.0 < g < _INF \
            and XI_MIN <= xi <= XI_MAX:  # fast path (plain floats)
        return _thermo(_assemble(T, g, *_integrals_m0(xi)))
    if _scalars(T, xi, g):
        try:
            T, xi, g = float(T), float(xi), float(g)
        except (TypeError, ValueError) as exc:
            raise ParameterError(f"T, xi and g must be real numbers: {exc}") from exc
        _check_scalar(0.0, T, xi, g, True)
        return Thermo(*(float(v) for v in _assemble(T, g, *_integrals_m0(xi))))
    try:
        arrs = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (T, xi, g)))
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"T, xi and g must be real numbers of broadcastable shapes: {exc}") from exc
    out = np.empty((7,) + arrs[0].shape)
    for idx in np.ndindex(arrs[0].shape):
        r = massless_fermion(*(float(a[idx]) for a in arrs))
        out[(slice(None),) + idx] = [getattr(r, k) for k in FIELDS]
    if arrs[0].ndim == 0:
        return Thermo(*(float(v) for v in out))
    return Thermo(*out)
