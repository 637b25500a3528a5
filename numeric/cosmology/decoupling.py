"""Neutrino decoupling through the phi resonance: R(T) against H(T), T_D from Eq. (11) and exactly.

Numeric evaluators (NumPy/SciPy, no SymPy) built on the kernels of ``mevscalar.model.decoupling``
(read its docstring for the derivation). Units: MeV; rates in MeV.

Conventions (documented choices)
- ``rate="eq10"`` (default): the paper's R = n_nu^eq <sigma v>_res with Eq. (10), which reproduces
  its Fig. 2 and Eq. (11). ``rate="detailed_balance"``: the per-neutrino conversion rate derived from
  detailed balance with phi decays, R_DB = R_10 / (4 N_nu), N_nu = number of flavours sharing the
  neutrino width equally (the paper's "approximately equal couplings"; ``n_nu``).
- ``g_star``: a number (default 10.75 = gamma + e+- + 3 nu, massless, the paper's regime at T ~ MeV)
  or ``"T"`` for g_*(T) from the SM content (photons, e+- with their mass, N_nu neutrinos at T_nu = T,
  plus phi if ``include_phi``), see :func:`g_star_of_t`.
- T_D is where R/H FINALLY falls below 1 as the universe cools (the lowest-temperature down-crossing);
  ``t_recouple`` is where it first rises above 1 (the highest-temperature up-crossing). When R < H at
  every temperature the resonance never couples the neutrinos: ``status = "no_resonance"`` and the SM
  value T_D^SM = 2.3 MeV applies (:func:`effective_t_d`). When R > H still at the lowest temperature
  searched, no T_D exists in the range: ``status = "coupled_at_t_min"`` (never a bracket edge).

Every input that is a registered parameter (m_phi, br_nunu, g_star, rate, g_mu, the g-2 data set) is checked by
:func:`mevscalar.parameters.check` (one range and one message, as on the command line; arrays elementwise); the
internal ones (T, gamma_phi, n_nu, t_min, t_max, y) by :mod:`mevscalar.validate`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from mevscalar import paper
from mevscalar import parameters as P
from mevscalar.constants import M_E, M_PL
from mevscalar.generated import decoupling_np as K
from mevscalar.validate import ParameterError, in_range, positive

__all__ = [
    "T_D_SM_MEV",
    "G_STAR_PAPER",
    "RATES",
    "EQ11_L_MIN",
    "energy_density_fraction",
    "g_star_of_t",
    "hubble",
    "n_nu_eq",
    "sigma_v",
    "rate",
    "log_rate_over_hubble",
    "Eq11Result",
    "DecouplingResult",
    "t_d_eq11",
    "t_d_exact",
    "t_d_exact_grid",
    "effective_t_d",
    "eq11_error_table",
    "eq11_constant",
    "hubble_constant",
    "rate_peak_x",
]

#: SM neutrino decoupling temperature [MeV] quoted in the paper (Sec. III, "T_D^SM = 2.3 MeV"; mevscalar.paper).
T_D_SM_MEV = paper.T_D_SM_MEV
#: g_* for photons + e+- + 3 neutrinos, all relativistic: 2 + 7/8 (4 + 6) (Eq. 11; mevscalar.paper).
G_STAR_PAPER = paper.G_STAR
RATES = P.get("rate").choices  # the registry's choices of rate (declared once, in mevscalar.parameters)
#: Eq. (11) has a real root iff L >= (7/2)(1 - log(7/2)) = -0.8847 (derived in model.decoupling.eq11_existence;
#: read off the generated gap kernel L - L_min, which the solver uses, so the bound is stated once).
EQ11_L_MIN = -float(K.eq11_existence_gap(0.0))

#: Search range of the exact solver [MeV].
T_MIN_DEFAULT = 1e-3
T_MAX_DEFAULT = 100.0
_GRID = 241  # points per decade-ish grid in log x used to bracket the crossings

def energy_density_fraction(y: ArrayLike, fermion: bool = True) -> float | np.ndarray:
    """F_rho(y) = rho(m = y T)/rho(m = 0) for one species in equilibrium (F_rho(0) = 1), dimensionless.

    Fermion: 120/(7 pi^4) int_y^oo u^2 sqrt(u^2-y^2)/(e^u+1) du; boson: 15/pi^4 (e^u - 1). Derived in
    ``model.decoupling.Decoupling.energy_density_function`` and evaluated by the generated kernels
    ``F_rho_fermion`` / ``F_rho_boson`` (piecewise polynomials fitted with mpmath, checked against their mpmath
    twins to 1e-12 relative over y in [1e-6, 700]).

    Parameters
    ----------
    y : float or array_like
        y = m/T, dimensionless, in [0, inf) (finite); any shape.
    fermion : bool
        Fermi-Dirac (True, default) or Bose-Einstein (False) statistics.

    Returns
    -------
    float or numpy.ndarray
        F_rho(y), dimensionless, in [0, 1] (1 at y = 0; 0 above y ~ 745, exp underflow): a float for a scalar
        ``y``, else an array of its shape.

    Raises
    ------
    ParameterError
        If ``y`` is not a finite number >= 0.
    """
    yy = in_range("y", y, 0.0, np.inf)
    out = K.F_rho_fermion(yy) if fermion else K.F_rho_boson(yy)
    return float(out) if np.ndim(y) == 0 else out


def g_star_of_t(T: ArrayLike, m_phi: ArrayLike | None = None, n_nu: float = 3,
                include_phi: bool = False) -> float | np.ndarray:
    """The energy-density degrees of freedom g_*(T) = 2 + (7/8) 4 F_rho(m_e/T) + (7/8) 2 N_nu [+ F_rho^boson(m_phi/T)].

    Neutrinos at T_nu = T (before decoupling); the generated kernel ``g_star_of_F`` (derived in
    ``model.decoupling``) of the F_rho values (:func:`energy_density_fraction`).

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf).
    m_phi : float or array_like or None
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``); needed only with ``include_phi`` (default None).
    n_nu : float
        Number of neutrino flavours N_nu, > 0 (default 3).
    include_phi : bool
        Add phi itself (one bosonic degree of freedom) (default False).

    Returns
    -------
    float or numpy.ndarray
        g_*, dimensionless: for N_nu = 3 from 7.25 (T << m_e) to 10.75 (T >> m_e), +1 with phi for T >> m_phi. A
        float for scalar input, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If T or n_nu is not a finite number > 0, m_phi is outside (0, 1e6] MeV (the registry's message), or
        ``include_phi`` is True without ``m_phi``.
    """
    t = np.asarray(positive("T", T, "MeV"), float)
    n = positive("n_nu", n_nu)
    f_phi = 0.0
    if include_phi:
        if m_phi is None:
            raise ParameterError("m_phi must be given when include_phi is True")
        f_phi = energy_density_fraction(np.asarray(P.check("m_phi", m_phi), float) / t, fermion=False)
    g = K.g_star_of_F(energy_density_fraction(M_E / t), f_phi, n)
    return float(g) if np.ndim(g) == 0 else g


def _g_star_value(g_star, T, m_phi, n_nu, include_phi):
    g = P.check("g_star", g_star)
    if isinstance(g, str):
        return g_star_of_t(T, m_phi, n_nu, include_phi)
    return g


#: Parameter descriptions shared by several docstrings of this module, filled in by :func:`_params_doc` (each
#: documented once).
_PARAMETER_DOCS = {
    "g_star": (
        "    g_star : float or {'T'}\n"
        "        g_* in H: a number in [2, 106.75] (default ``G_STAR_PAPER`` = 10.75) or ``\"T\"`` for "
        ":func:`g_star_of_t`\n"
        "        (the registry's ``g_star``)."
    ),
    "rate": (
        "    rate : {'eq10', 'detailed_balance'}\n"
        "        The exchange rate: the paper's n_nu^eq <sigma v>_res with Eq. 10 (default) or the detailed-balance "
        "rate\n"
        "        R_10/(4 N_nu) (the registry's ``rate``; module docstring)."
    ),
    "n_nu": (
        "    n_nu : float\n"
        "        Number of neutrino flavours N_nu sharing the neutrino width (detailed-balance rate) and counted "
        "in\n"
        "        g_*(T), > 0 (default 3)."
    ),
    "include_phi": (
        "    include_phi : bool\n"
        "        With ``g_star=\"T\"``: count phi itself in g_*(T) (default False)."
    ),
    "t_min": (
        "    t_min : float\n"
        "        Lowest temperature searched [MeV], > 0 (default ``T_MIN_DEFAULT`` = 1e-3)."
    ),
    "t_max": (
        "    t_max : float\n"
        "        Highest temperature searched [MeV], > t_min (default ``T_MAX_DEFAULT`` = 100)."
    ),
}


def _params_doc(fn):
    """Fill the shared parameter descriptions (``@name@`` lines) into fn's docstring."""
    if fn.__doc__:  # None under python -OO
        for name, text in _PARAMETER_DOCS.items():
            fn.__doc__ = fn.__doc__.replace(f"    @{name}@", text)
    return fn


@_params_doc
def hubble(T: ArrayLike, g_star: float | str = G_STAR_PAPER, *, m_phi: ArrayLike | None = None, n_nu: float = 3,
           include_phi: bool = False) -> float | np.ndarray:
    """The Hubble rate H(T) = sqrt(8 pi^3 g_*/90) T^2/m_PL in the radiation era (m_PL the non-reduced Planck mass).

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf).
    @g_star@
    m_phi : float or array_like or None
        Scalar mass [MeV] in (0, 1e6], for ``g_star="T"`` with ``include_phi`` (default None).
    @n_nu@
    @include_phi@

    Returns
    -------
    float or numpy.ndarray
        H [MeV] (4.46e-22 MeV at T = 1 MeV, g_* = 10.75): a float for scalar input, else an array.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
    """
    t = positive("T", T, "MeV")
    g = _g_star_value(g_star, t, m_phi, n_nu, include_phi)
    return K.hubble_rate(t, g, M_PL)


def n_nu_eq(T: ArrayLike) -> float | np.ndarray:
    """The neutrino density n_nu^eq = 3 zeta(3) T^3/(2 pi^2) paired with Eq. (10) in R.

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf).

    Returns
    -------
    float or numpy.ndarray
        n_nu^eq [MeV^3] (0.1827 MeV^3 at T = 1 MeV): a float for scalar input, else an array.

    Raises
    ------
    ParameterError
        If T is not a finite number > 0.
    """
    return K.n_nu_eq_paper(positive("T", T, "MeV"))


def _check(T, m_phi, gamma_phi, br_nunu):
    return (
        positive("T", T, "MeV"),
        P.check("m_phi", m_phi),
        positive("gamma_phi", gamma_phi, "MeV"),
        P.check("br_nunu", br_nunu),
    )


def sigma_v(T: ArrayLike, m_phi: ArrayLike, gamma_phi: ArrayLike, br_nunu: ArrayLike) -> float | np.ndarray:
    """The thermally averaged resonant cross section <sigma v>_res of Eq. (10) (narrow width, exact K_1).

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf).
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    gamma_phi : float or array_like
        Total width of phi Gamma_phi [MeV], in (0, inf).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1) (the registry's ``br_nunu``); BR_gg = 1 - br_nunu.

    Returns
    -------
    float or numpy.ndarray
        <sigma v>_res [MeV^-2], >= 0 (0 at br_nunu = 0 and where it is below the smallest double): a float for
        scalar input, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
    """
    return K.sigma_v_eq10(*_check(T, m_phi, gamma_phi, br_nunu))


def _x_finite(t, m):
    """x = m_phi/T must be a finite double (T = 1e-320 MeV makes it inf): else a ParameterError naming T."""
    with np.errstate(over="ignore"):
        xx = np.asarray(m, float) / np.asarray(t, float)
    if not np.isfinite(xx).all():
        bad = float(np.broadcast_to(np.asarray(t, float), xx.shape)[~np.isfinite(xx)].ravel()[0])
        raise ParameterError(f"T must be > 0 with m_phi/T a finite double (allowed range (0, inf) MeV), got {bad!r}: "
                             "m_phi/T overflows")
    return xx


@_params_doc
def rate(T: ArrayLike, m_phi: ArrayLike, gamma_phi: ArrayLike, br_nunu: ArrayLike, *, rate: str = "eq10",
         n_nu: float = 3) -> float | np.ndarray:
    """The exchange rate R(T): the paper's n_nu^eq <sigma v>_res, or the detailed-balance rate.

    Valid for every x = m_phi/T > 0: for x above ~700 the rate (~ e^-x) is below the smallest double and
    the result is 0, the correctly rounded value (K_1 e^x from its Hankel series above x = 1e3, where
    scipy's kve fails); use :func:`log_rate_over_hubble` for its size there.

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf), with m_phi/T a
        finite double.
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    gamma_phi : float or array_like
        Total width of phi Gamma_phi [MeV], in (0, inf).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1) (the registry's ``br_nunu``); BR_gg = 1 - br_nunu.
    @rate@
    @n_nu@

    Returns
    -------
    float or numpy.ndarray
        R [MeV], >= 0: a float for scalar input, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
        Also when T is so small that m_phi/T overflows.
    """
    rate = P.check("rate", rate)
    args = _check(T, m_phi, gamma_phi, br_nunu)
    _x_finite(args[0], args[1])
    if rate == "eq10":
        return K.rate_eq10(*args)
    return K.rate_detailed_balance(*args, positive("n_nu", n_nu))


def _log_r_over_h(x, m, gam, br, g, rate_kind, n_nu):
    if rate_kind != "eq10":
        positive("n_nu", n_nu)
    with np.errstate(divide="ignore"):
        if rate_kind == "eq10":
            return K.log_rate_over_hubble_eq10(x, m, gam, br, g, M_PL)
        return K.log_rate_over_hubble_db(x, m, gam, br, g, M_PL, n_nu)


@_params_doc
def log_rate_over_hubble(T: ArrayLike, m_phi: ArrayLike, gamma_phi: ArrayLike, br_nunu: ArrayLike, *,
                         g_star: float | str = G_STAR_PAPER, rate: str = "eq10", n_nu: float = 3,
                         include_phi: bool = False) -> float | np.ndarray:
    """The logarithm log(R/H) of the exchange rate over the Hubble rate at temperature T (exact K_1).

    Computed in log space, finite for every finite x = m_phi/T > 0: below x = 1e3 log(K_1 e^x) comes from
    scipy's kve, above it from the Hankel series (kve returns NaN above x ~ 1.07e9); log(R/H) ~ -x there (e.g.
    -1e10 at x = 1e10).

    Parameters
    ----------
    T : float or array_like
        Temperature T [MeV] (photons and neutrinos share it before decoupling), in (0, inf), with m_phi/T a
        finite double.
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    gamma_phi : float or array_like
        Total width of phi Gamma_phi [MeV], in (0, inf).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in (0, 1): the registry's ``br_nunu`` domain ``log_rate`` (at
        br_nunu = 0, R = 0 and the logarithm does not exist).
    @g_star@
    @rate@
    @n_nu@
    @include_phi@

    Returns
    -------
    float or numpy.ndarray
        log(R/H), dimensionless (> 0 where the resonance couples the neutrinos): a float for scalar input, else
        an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
        Also when T is so small that m_phi/T overflows.
    """
    rate = P.check("rate", rate)
    t, m, gam, br = _check(T, m_phi, gamma_phi, br_nunu)
    P.check("br_nunu", br, "log_rate")
    xx = _x_finite(t, m)
    g = _g_star_value(g_star, t, m, n_nu, include_phi)
    return _log_r_over_h(xx, m, gam, br, g, rate, n_nu)


# --------------------------------------------------------------------------- Eq. (11)
@dataclass(frozen=True)
class Eq11Result:
    """Eq. (11) solved as written (Lambert W, and its series at the branch point). Temperatures in MeV.

    Scalar inputs: floats, None where there is no real root. Array inputs (broadcast together): arrays of
    that shape, NaN where there is no real root, ``status`` an array of str.

    Parameters
    ----------
    L : float or numpy.ndarray
        The log argument L of Eq. 11, x = L + (7/2) log x, dimensionless; -inf when BR_nunu = 0 (R = 0).
    t_d_MeV : float or numpy.ndarray or None
        Decoupling temperature m_phi/x_d [MeV] (the larger root x, the lower T).
    t_recouple_MeV : float or numpy.ndarray or None
        Recoupling temperature m_phi/x_recouple [MeV] (the smaller root, where R first exceeds H).
    x_d : float or numpy.ndarray or None
        x = m_phi/T at decoupling, dimensionless (Lambert W branch -1).
    x_recouple : float or numpy.ndarray or None
        x = m_phi/T at recoupling, dimensionless (Lambert W branch 0).
    g_star : float or numpy.ndarray
        The g_* used (the fixed point g_*(T_D) for ``g_star="T"``), dimensionless.
    status : str or numpy.ndarray
        ``"resonance"`` or ``"no_resonance"`` (L below ``EQ11_L_MIN``: R < H everywhere).
    """

    L: object
    t_d_MeV: object
    t_recouple_MeV: object
    x_d: object
    x_recouple: object
    g_star: object
    status: object  # "resonance" | "no_resonance" (L below EQ11_L_MIN: R < H everywhere)


def _eq11_L(m, gam, br, g, rate_kind, n_nu):
    positive("n_nu", n_nu)
    with np.errstate(divide="ignore"):
        if rate_kind == "eq10":
            return K.eq11_log_argument(m, gam, br, g, M_PL)
        return K.eq11_log_argument_db(m, gam, br, g, M_PL, n_nu)


@_params_doc
def t_d_eq11(m_phi: ArrayLike, gamma_phi: ArrayLike, br_nunu: ArrayLike, *, g_star: ArrayLike | str = G_STAR_PAPER,
             rate: str = "eq10", n_nu: float = 3, include_phi: bool = False) -> Eq11Result:
    """T_D from Eq. (11): x = L + (7/2) log x, solved in closed form on both Lambert-W branches.

    A root exists iff L >= L_min = (7/2)(1 - log(7/2)) (tested on the cancellation-free gap L - L_min); at
    and just above L_min the generated kernels use the series x = 7/2 +- sqrt(7 (L - L_min)) + ... instead
    of Lambert W (which is NaN at its branch point).

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    gamma_phi : float or array_like
        Total width of phi Gamma_phi [MeV], in (0, inf).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1) (the registry's ``br_nunu``); BR_gg = 1 - br_nunu.
    g_star : float or array_like or {'T'}
        g_* in H: a number in [2, 106.75] (default ``G_STAR_PAPER`` = 10.75; an array must match the broadcast
        shape of the other inputs) or ``"T"``, which iterates g_* = g_*(T_D) to a fixed point (Eq. (11) itself
        assumes a constant g_*) (the registry's ``g_star``).
    @rate@
    @n_nu@
    @include_phi@

    Returns
    -------
    Eq11Result
        Both roots and their temperatures [MeV], L and the status; floats (None without a root) for scalar
        inputs, arrays of the broadcast shape of ``m_phi``, ``gamma_phi``, ``br_nunu`` otherwise.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
    """
    rate = P.check("rate", rate)
    scalar = all(np.ndim(v) == 0 for v in (m_phi, gamma_phi, br_nunu))
    m = np.asarray(P.check("m_phi", m_phi), float)
    gam = np.asarray(positive("gamma_phi", gamma_phi, "MeV"), float)
    br = np.asarray(P.check("br_nunu", br_nunu), float)
    m, gam, br = np.broadcast_arrays(m, gam, br)
    g_star = P.check("g_star", g_star)
    iterate = isinstance(g_star, str)
    if iterate:
        g = np.full(m.shape, G_STAR_PAPER)
    else:
        g = np.broadcast_to(np.asarray(g_star, float), m.shape)
    for _ in range(30 if iterate else 1):
        L = np.asarray(_eq11_L(m, gam, br, g, rate, n_nu), float)
        with np.errstate(invalid="ignore"):
            ok = K.eq11_existence_gap(L) >= 0  # False for L = -inf (BR_nunu = 0)
        xd = np.where(ok, K.x_d_eq11(np.where(ok, L, 0.0)), np.nan)
        if not iterate:
            break
        g_new = np.where(ok, g_star_of_t(m / np.where(ok, xd, 1.0), m, n_nu, include_phi), g)
        done = np.abs(g_new - g) <= 1e-12 * g
        g = g_new
        if done.all():
            break
    xr = np.where(ok, K.x_recouple_eq11(np.where(ok, L, 0.0)), np.nan)
    status = np.where(ok, "resonance", "no_resonance")
    if scalar:
        if not ok:
            return Eq11Result(float(L), None, None, None, None, float(g), "no_resonance")
        return Eq11Result(float(L), float(m / xd), float(m / xr), float(xd), float(xr), float(g), "resonance")
    return Eq11Result(L, m / xd, m / xr, xd, xr, np.array(g), status)


# --------------------------------------------------------------------------- exact R = H
@dataclass(frozen=True)
class DecouplingResult:
    """Exact crossings of R = H (true K_1) for one parameter point. Temperatures in MeV.

    Parameters
    ----------
    t_d_MeV : float or None
        T_D [MeV]: the lowest-temperature down-crossing of R = H; None where there is none.
    t_recouple_MeV : float or None
        The highest-temperature up-crossing [MeV]; None where there is none, also when R > H already at t_max (the
        window opens above the range).
    max_log_r_over_h : float
        The maximum of log(R/H) over [t_min, t_max], dimensionless; -inf when BR_nunu = 0 (R = 0).
    t_at_max_MeV : float
        The temperature of that maximum [MeV].
    status : str
        ``"resonance"`` (T_D found), ``"no_resonance"`` (R < H everywhere in [t_min, t_max]: T_D is the SM value)
        or ``"coupled_at_t_min"`` (R > H still at t_min: no T_D in the searched range).
    rate : str
        The rate used (``"eq10"`` or ``"detailed_balance"``).
    g_star : float or str
        The g_star argument as given (a number or ``"T"``).
    """

    t_d_MeV: float | None
    t_recouple_MeV: float | None
    max_log_r_over_h: float
    t_at_max_MeV: float
    status: str
    rate: str
    g_star: object


def _validate_grid_inputs(m_phi, gamma_phi, br_nunu, rate_kind, t_min, t_max):
    P.check("rate", rate_kind)
    m = np.asarray(P.check("m_phi", m_phi), float)
    gam = np.asarray(positive("gamma_phi", gamma_phi, "MeV"), float)
    br = np.asarray(P.check("br_nunu", br_nunu), float)
    positive("t_min", t_min, "MeV")
    positive("t_max", t_max, "MeV")
    if not t_min < t_max:
        raise ParameterError(f"t_min must be < t_max (got t_min={t_min!r}, t_max={t_max!r})")
    return np.broadcast_arrays(m, gam, br)


@_params_doc
def t_d_exact_grid(m_phi: ArrayLike, gamma_phi: ArrayLike, br_nunu: ArrayLike, *, g_star: float | str = G_STAR_PAPER,
                   rate: str = "eq10", n_nu: float = 3, include_phi: bool = False, t_min: float = T_MIN_DEFAULT,
                   t_max: float = T_MAX_DEFAULT) -> dict[str, np.ndarray]:
    """The exact crossings of R(T) = H(T), vectorised (broadcast over the inputs).

    Method: log(R/H) is tabulated on a grid in u = log x (x = m_phi/T, ``_GRID`` points over
    [m/t_max, m/t_min]), the maximum refined with scipy.optimize.elementwise.find_minimum, and each
    crossing (the last down-crossing = T_D, the first up-crossing = recoupling) polished on its grid bracket
    (scipy brentq for up to 16 points, scipy.optimize.elementwise.find_root for more; to ~4 ulp in u).

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    gamma_phi : float or array_like
        Total width of phi Gamma_phi [MeV], in (0, inf).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1) (the registry's ``br_nunu``); BR_gg = 1 - br_nunu.
    @g_star@
    @rate@
    @n_nu@
    @include_phi@
    @t_min@
    @t_max@

    Returns
    -------
    dict of str to numpy.ndarray
        Arrays of the broadcast shape: ``t_d`` and ``t_recouple`` [MeV] (NaN where absent), ``status`` (0 =
        resonance, 1 = no_resonance, 2 = coupled_at_t_min; see :class:`DecouplingResult`), ``max_log_r_over_h``
        (dimensionless) and ``t_at_max`` [MeV].

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
        Also if t_min or t_max is not a finite number > 0, or t_min >= t_max.
    """
    from scipy.optimize import elementwise

    m, gam, br = _validate_grid_inputs(m_phi, gamma_phi, br_nunu, rate, t_min, t_max)
    g_star = P.check("g_star", g_star)
    shape = m.shape
    m, gam, br = (a.ravel() for a in (m, gam, br))

    def f(u, mm, gg, bb):
        x = np.exp(u)
        g = g_star_of_t(mm / x, mm, n_nu, include_phi) if isinstance(g_star, str) else g_star
        return _log_r_over_h(x, mm, gg, bb, g, rate, n_nu)

    u_lo, u_hi = np.log(m / t_max), np.log(m / t_min)
    s = np.linspace(0.0, 1.0, _GRID)
    U = u_lo[:, None] + (u_hi - u_lo)[:, None] * s[None, :]
    F = f(U, m[:, None], gam[:, None], br[:, None])
    F = np.where(np.isnan(F), -np.inf, F)
    i = np.argmax(F, axis=1)
    rows = np.arange(m.size)
    fmax = F[rows, i]
    umax = U[rows, i]
    # refine an interior maximum only where it decides whether R reaches H: a grid maximum just below 0
    # (the grid step in u is <= 0.05 and |d^2 f/du^2| = O(few) near the peak, so the grid misses the true
    # maximum by < 1e-2; -0.1 is a safe margin)
    interior = (i > 0) & (i < _GRID - 1) & np.isfinite(fmax) & (fmax <= 0) & (fmax > -0.1)
    if interior.any():
        r = rows[interior]
        res = elementwise.find_minimum(
            lambda u, mm, gg, bb: -f(u, mm, gg, bb),
            (U[r, i[r] - 1], U[r, i[r]], U[r, i[r] + 1]),
            args=(m[r], gam[r], br[r]),
        )
        ok = res.success & (-res.f_x >= fmax[r])
        fmax[r[ok]] = -res.f_x[ok]
        umax[r[ok]] = res.x[ok]

    status = np.where(fmax > 0, 0, 1)
    status = np.where((status == 0) & (F[:, -1] > 0), 2, status)
    t_d = np.full(m.size, np.nan)
    t_rec = np.full(m.size, np.nan)

    pos = F > 0
    # last index with R > H (T_D is the following down-crossing); first index with R > H
    last = _GRID - 1 - np.argmax(pos[:, ::-1], axis=1)
    first = np.argmax(pos, axis=1)
    need_d = status == 0
    # a maximum above 0 found only by refinement: the bracket is around umax
    no_grid_pos = need_d & ~pos.any(axis=1)
    for sel, edge in ((need_d, "d"), (need_d & (first > 0), "r")):
        r = rows[sel]
        if r.size == 0:
            continue
        if edge == "d":
            a = np.where(no_grid_pos[r], umax[r], U[r, last[r]])
            b = U[r, np.minimum(last[r] + 1, _GRID - 1)]
            b = np.where(no_grid_pos[r], U[r, np.minimum(i[r] + 1, _GRID - 1)], b)
        else:
            a = U[r, first[r] - 1]
            b = np.where(no_grid_pos[r], umax[r], U[r, first[r]])
        t = m[r] / np.exp(_polish_roots(f, a, b, (m[r], gam[r], br[r])))
        if edge == "d":
            t_d[r] = t
        else:
            t_rec[r] = t
    out = {
        "t_d": t_d.reshape(shape),
        "t_recouple": t_rec.reshape(shape),
        "status": status.reshape(shape),
        "max_log_r_over_h": fmax.reshape(shape),
        "t_at_max": (m / np.exp(umax)).reshape(shape),
    }
    return out


def _polish_roots(f, a, b, args):
    """Roots of f(u, *args) in brackets [a, b]: scipy brentq per point for a few points (low overhead),
    scipy.optimize.elementwise.find_root (vectorised Chandrupatla) for many. NaN where it fails."""
    if a.size <= 16:
        from scipy.optimize import brentq

        out = np.empty(a.size)
        for k in range(a.size):
            ak = tuple(np.asarray(v)[k] for v in args)
            try:
                out[k] = brentq(lambda u: float(f(u, *ak)), a[k], b[k], xtol=1e-15, rtol=1e-15)
            except ValueError:
                out[k] = np.nan
        return out
    from scipy.optimize import elementwise

    res = elementwise.find_root(f, (a, b), args=args)
    return np.where(res.success, res.x, np.nan)


_STATUS = {0: "resonance", 1: "no_resonance", 2: "coupled_at_t_min"}


@_params_doc
def t_d_exact(m_phi: float, gamma_phi: float, br_nunu: float, *, g_star: float | str = G_STAR_PAPER,
              rate: str = "eq10", n_nu: float = 3, include_phi: bool = False, t_min: float = T_MIN_DEFAULT,
              t_max: float = T_MAX_DEFAULT) -> DecouplingResult:
    """The exact decoupling temperature (R = H, true K_1) for one parameter point (see :func:`t_d_exact_grid`).

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``); a scalar.
    gamma_phi : float
        Total width of phi [MeV], in (0, inf); a scalar.
    br_nunu : float
        Branching ratio BR(phi -> nu nu) in [0, 1) (the registry's ``br_nunu``); a scalar.
    @g_star@
    @rate@
    @n_nu@
    @include_phi@
    @t_min@
    @t_max@

    Returns
    -------
    DecouplingResult
        T_D, the recoupling temperature, the maximum of log(R/H) and the status.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); the registered ones (m_phi, br_nunu, g_star, rate) with the registry's message, as on the command
        line.
        Also if m_phi, gamma_phi or br_nunu is an array (use :func:`t_d_exact_grid`), or t_min >= t_max.
    """
    for name, v in (("m_phi", m_phi), ("gamma_phi", gamma_phi), ("br_nunu", br_nunu)):
        if np.ndim(v) != 0:
            raise ParameterError(f"{name} must be a scalar here; use t_d_exact_grid for arrays")
    r = t_d_exact_grid(m_phi, gamma_phi, br_nunu, g_star=g_star, rate=rate, n_nu=n_nu,
                       include_phi=include_phi, t_min=t_min, t_max=t_max)

    def opt(v):
        v = float(v)
        return None if math.isnan(v) else v

    return DecouplingResult(
        t_d_MeV=opt(r["t_d"]),
        t_recouple_MeV=opt(r["t_recouple"]),
        max_log_r_over_h=float(r["max_log_r_over_h"]),
        t_at_max_MeV=float(r["t_at_max"]),
        status=_STATUS[int(r["status"])],
        rate=rate,
        g_star=g_star,
    )


def effective_t_d(t_d_resonance: ArrayLike | None, t_recouple: ArrayLike | None = None,
                  t_d_sm: float = T_D_SM_MEV) -> float | np.ndarray:
    """The neutrino decoupling temperature the entropy argument uses [MeV].

    The weak interactions keep neutrinos coupled down to T_D^SM; the resonance extends that only if
    it decouples later (lower T). Hence T_D = min(T_D^resonance, T_D^SM), and T_D^SM when there is no
    resonant coupling. A resonance window that opens below T_D^SM (recoupling) is treated, as in the paper,
    as re-thermalising: T_D = T_D^resonance.

    Parameters
    ----------
    t_d_resonance : float or array_like or None
        The resonant decoupling temperature [MeV] (e.g. ``t_d_exact_grid(...)["t_d"]``); None, or NaN in an array,
        where there is no resonant coupling. Not validated.
    t_recouple : float or array_like or None
        The recoupling temperature [MeV]; not used by the rule (default None; accepted so that both crossings can
        be passed).
    t_d_sm : float
        The SM decoupling temperature [MeV] (default ``T_D_SM_MEV`` = 2.3, the paper's).

    Returns
    -------
    float or numpy.ndarray
        min(t_d_resonance, t_d_sm) [MeV], t_d_sm where there is no resonant coupling: a float for scalar input
        or None, else an array of the input's shape.
    """
    if t_d_resonance is None:
        return t_d_sm
    t = np.asarray(t_d_resonance, dtype=float)
    out = np.where(np.isnan(t), t_d_sm, np.minimum(t, t_d_sm))
    return float(out) if out.ndim == 0 else out


@_params_doc
def eq11_error_table(m_phis: Sequence[float] = paper.TRIANGLE_SAMPLES_MEV, brs: Sequence[float] = paper.BR_SAMPLES,
                     *, g_mu: float | None = None, dataset: str = "2021", rate: str = "eq10") -> list[dict]:
    """T_D from Eq. (11) against the exact crossing over the cosmological triangle (constant g_* = 10.75).

    Parameters
    ----------
    m_phis : sequence of float
        Scalar masses [MeV], each in (0, 1e6] (default ``paper.TRIANGLE_SAMPLES_MEV``).
    brs : sequence of float
        BR(phi -> nu nu) values, each in [0, 1) (default ``paper.BR_SAMPLES``).
    g_mu : float or None
        The muon coupling, in [-sqrt(4 pi), sqrt(4 pi)] (the registry's ``g_mu``); default None: the g-2 central
        value of ``dataset`` at each m_phi (``pheno.g_mu_for_delta_a_mu``).
    dataset : str
        The muon g-2 data set fixing g_mu, one of ``data.GM2`` (default ``"2021"``, the paper's Eq. 1; the
        registry's ``gm2_dataset``).
    @rate@

    Returns
    -------
    list of dict
        One row per (m_phi, br_nunu): ``m_phi_MeV``, ``br_nunu``, ``g_mu``, ``gamma_phi_MeV``, ``t_d_eq11_MeV``,
        ``t_d_exact_MeV``, ``t_recouple_eq11_MeV``, ``t_recouple_exact_MeV`` (None where absent) and
        ``rel_diff_t_d``, ``rel_diff_t_recouple`` (Eq. 11 / exact - 1, None where either is absent).

    Raises
    ------
    ParameterError
        If an input lies outside its range (the registry's message, as on the command line).
    """
    from mevscalar.numeric import pheno
    from mevscalar.data import gm2_dataset

    dataset = P.check("gm2_dataset", dataset)
    rate = P.check("rate", rate)
    if g_mu is not None:
        g_mu = P.check("g_mu", g_mu)
    rows = []
    for m in m_phis:
        g = float(pheno.g_mu_for_delta_a_mu(gm2_dataset(dataset).central, m)) if g_mu is None else g_mu
        for b in brs:
            w = pheno.phi_widths(m, g, br_nunu=b)
            e11 = t_d_eq11(m, float(w.gamma_total), b, rate=rate)
            ex = t_d_exact(m, float(w.gamma_total), b, rate=rate)
            row = {
                "m_phi_MeV": m, "br_nunu": b, "g_mu": g, "gamma_phi_MeV": float(w.gamma_total),
                "t_d_eq11_MeV": e11.t_d_MeV, "t_d_exact_MeV": ex.t_d_MeV,
                "t_recouple_eq11_MeV": e11.t_recouple_MeV, "t_recouple_exact_MeV": ex.t_recouple_MeV,
            }
            row["rel_diff_t_d"] = (
                None if e11.t_d_MeV is None or ex.t_d_MeV is None else e11.t_d_MeV / ex.t_d_MeV - 1.0
            )
            row["rel_diff_t_recouple"] = (
                None if e11.t_recouple_MeV is None or ex.t_recouple_MeV is None
                else e11.t_recouple_MeV / ex.t_recouple_MeV - 1.0
            )
            rows.append(row)
    return rows


# --------------------------------------------------------------------------- the paper's constants, computed
@_params_doc
def eq11_constant(rate: str = "eq10", n_nu: float = 3) -> float:
    """The constant C of Eq. (11), from the generated kernels of ``model.decoupling`` (audit: mevscalar.paper).

    Parameters
    ----------
    @rate@
    n_nu : float
        Number of flavours sharing the width, > 0, for the detailed-balance rate (default 3).

    Returns
    -------
    float
        C, dimensionless: 2 sqrt(10)/(pi zeta(3)) = 1.6748 (the paper's 1.67) for ``rate="eq10"``, that over
        4 N_nu for the detailed-balance rate.

    Raises
    ------
    ParameterError
        If ``rate`` is not a registered rate (the registry's message) or n_nu is not a finite number > 0.
    """
    if P.check("rate", rate) == "eq10":
        return float(K.eq11_constant_eq10())
    return float(K.eq11_constant_db(positive("n_nu", n_nu)))


def rate_peak_x() -> float:
    """The x = m_phi/T where R/H peaks at constant g_*: the generated kernel ``rate_peak_x`` (model/decoupling.py).

    R/H ~ x^4 K_1(x) at fixed m_phi (``model.decoupling.Decoupling.rate_peak_condition``: 3 K_1 = x K_0), so the
    peak does not depend on the other inputs; just above the resonance threshold T_D ~ m_phi/x_peak.

    Returns
    -------
    float
        x_peak = 3.41387, dimensionless: the root of 3 K_1(x) = x K_0(x) by sp.nsolve at 30 digits, correctly
        rounded (it was a bounded maximisation of the flat log(R/H) peak, good to ~1e-7).
    """
    return float(K.rate_peak_x())


def hubble_constant() -> float:
    """The prefactor sqrt(8 pi^3/90) of H = 1.66 sqrt(g_*) T^2/m_PL (generated kernel ``hubble_prefactor``).

    Returns
    -------
    float
        sqrt(8 pi^3/90) = 1.6602, dimensionless (the paper's 1.66).
    """
    return float(K.hubble_prefactor())
