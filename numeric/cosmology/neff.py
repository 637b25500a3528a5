"""T_nu/T_gamma (Eq. 12) and N_eff (Eqs. 7 and 13) from comoving entropy conservation (NumPy; no SymPy).

Units: temperatures and masses in MeV. Every function broadcasts over NumPy arrays (e.g. a
(m_phi[:, None], t_d[None, :]) grid) and validates its inputs (ParameterError naming the parameter
and its allowed range): the registered parameters (t_d, m_phi, br_nunu, t_gamma, the N_eff data set or
central and sigma) through :func:`mevscalar.parameters.check`, with the command line's message.

* :func:`tnu_over_tgamma` -- Eq. 12 at photon temperature T_gamma <= T_D.
* :func:`n_eff` -- Eq. 7 with Eq. 12 in the closed limit T_gamma -> 0 (F(m/T_gamma) = 0 exactly for
  the massive species: electrons and phi), not at a small finite T_gamma.
* :func:`n_eff_eq13` -- Eq. 13, the paper's BR_nunu << 1 approximation: the BR_nunu^0 term of
  :func:`n_eff` (derived in mevscalar.model.entropy); its relative error is
  d ln N_eff/d BR_nunu * BR_nunu + O(BR_nunu^2) (:func:`eq13_relative_error`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from ... import constants
from ... import parameters as P
from ...generated import decoupling_np as _dk
from ...generated import entropy_np as _k
from ...validate import ParameterError, positive
from .entropy import F_boson, F_fermion

if TYPE_CHECKING:
    from ...data import Measurement

__all__ = [
    "tnu_over_tgamma", "tnu_over_tgamma_of_n_eff", "n_eff", "n_eff_eq13", "eq13_relative_error", "allowed_td_interval", "allowed_td_intervals",
    "TNU_TGAMMA_SM",
]



def tnu_over_tgamma_of_n_eff(n_eff: ArrayLike, n_nu: float = 3) -> float | np.ndarray:
    """The late-time T_nu/T_gamma that gives ``n_eff`` through Eq. 7 (dimensionless; broadcasts).

    Eq. 7, N_eff = N_nu (11/4)^(4/3) (T_nu/T_gamma)^4, solved by SymPy in ``model.decoupling``
    (generated kernel ``tnu_over_tgamma_of_neff``).

    Parameters
    ----------
    n_eff : float or array_like
        N_eff, dimensionless, in (0, inf); any shape.
    n_nu : float
        Number of neutrino species N_nu, > 0 (default 3).

    Returns
    -------
    float or numpy.ndarray
        (N_eff/N_nu)^(1/4) (4/11)^(1/3), dimensionless ((4/11)^(1/3) = 0.7138 at N_eff = N_nu): a float for scalar
        input, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If ``n_eff`` or ``n_nu`` is not a finite number > 0.
    """
    return _out(_dk.tnu_over_tgamma_of_neff(positive("n_eff", n_eff), positive("n_nu", n_nu)))


#: (T_nu/T_gamma)_SM = (4/11)^(1/3) (paper, below Eq. 6): Eq. 7 inverted at N_eff = N_nu.
TNU_TGAMMA_SM = float(_dk.tnu_over_tgamma_of_neff(3.0, 3.0))


def _out(arr):
    arr = np.asarray(arr, dtype=float)
    return float(arr) if arr.ndim == 0 else arr


def _br(br_nunu):
    return P.check("br_nunu", br_nunu)


def _common(t_d, m_phi, br_nunu, n_nu, m_e):
    t_d = P.check("t_d", t_d)
    m_phi = P.check("m_phi", m_phi)
    br = _br(br_nunu)
    n_nu = positive("n_nu", n_nu)
    m_e = positive("m_e", m_e, "MeV")
    return t_d, m_phi, br, n_nu, m_e


def tnu_over_tgamma(t_gamma: ArrayLike, t_d: ArrayLike, m_phi: ArrayLike, br_nunu: ArrayLike, n_nu: float = 3,
                    m_e: float = constants.M_E) -> float | np.ndarray:
    """T_nu/T_gamma of Eq. 12 at photon temperature t_gamma <= t_d (dimensionless; broadcasts).

    Comoving entropy conservation from T_D down to T_gamma: the e+- (F_fermion) and phi (F_boson) entropy left
    at T_D and at T_gamma, phi's share 1 - BR_nunu going to the photons and BR_nunu to the neutrinos.

    Parameters
    ----------
    t_gamma : float or array_like
        Photon temperature T_gamma [MeV], in (0, t_d] (Eq. 12 holds after decoupling; the registry's ``t_gamma``).
    t_d : float or array_like
        Neutrino decoupling temperature T_D [MeV], in (0, inf) (the registry's ``t_d``).
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1); the rest, BR_gg = 1 - br_nunu, heats the photons (the
        registry's ``br_nunu``).
    n_nu : float
        Number of neutrino species sharing phi's neutrino width, > 0 (default 3; the kernels are twin-tested for
        1 <= n_nu <= 5).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).

    Returns
    -------
    float or numpy.ndarray
        T_nu/T_gamma, dimensionless: 1 at t_gamma = t_d, falling towards the closed limit of :func:`n_eff` as
        t_gamma -> 0 ((4/11)^(1/3) = 0.7138 for a heavy phi and T_D >> m_e). A float for scalar input, else an
        array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); t_d, m_phi and br_nunu with the registry's message (as on the command line).
        If ``t_gamma`` > ``t_d`` somewhere.
    """
    t_gamma = P.check("t_gamma", t_gamma)
    t_d, m_phi, br, n_nu, m_e = _common(t_d, m_phi, br_nunu, n_nu, m_e)
    tg, td = np.broadcast_arrays(np.asarray(t_gamma), np.asarray(t_d))
    if (tg > td).any():
        bad = float(tg[tg > td].ravel()[0])
        raise ParameterError(f"t_gamma must be in (0, t_d] (Eq. 12 holds after decoupling), got {bad!r} MeV > t_d")
    r = _k.tnu_over_tgamma_eq12(
        F_fermion(m_e / t_gamma), F_boson(m_phi / t_gamma), F_fermion(m_e / t_d), F_boson(m_phi / t_d), br, n_nu
    )
    return _out(r)


def n_eff(t_d: ArrayLike, m_phi: ArrayLike, br_nunu: ArrayLike, n_nu: float = 3,
          m_e: float = constants.M_E) -> float | np.ndarray:
    """N_eff of Eq. 7 with Eq. 12 at T_gamma -> 0 (dimensionless; broadcasts).

    The closed limit: F(m/T_gamma) = 0 exactly for the massive species (electrons and phi), not a small finite
    T_gamma.

    Parameters
    ----------
    t_d : float or array_like
        Neutrino decoupling temperature T_D [MeV], in (0, inf) (the registry's ``t_d``).
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1); the rest, BR_gg = 1 - br_nunu, heats the photons (the
        registry's ``br_nunu``).
    n_nu : float
        Number of neutrino species sharing phi's neutrino width, > 0 (default 3; the kernels are twin-tested for
        1 <= n_nu <= 5).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).

    Returns
    -------
    float or numpy.ndarray
        N_eff, dimensionless: N_nu for a heavy phi and T_D >> m_e, N_nu (11/13)^(4/3) for a light phi decaying to
        photons (the symbolic limits of ``model.entropy``). A float for scalar input, else an array of the broadcast
        shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); t_d, m_phi and br_nunu with the registry's message (as on the command line).
    """
    t_d, m_phi, br, n_nu, m_e = _common(t_d, m_phi, br_nunu, n_nu, m_e)
    return _out(_k.neff_eq7(F_fermion(m_e / t_d), F_boson(m_phi / t_d), br, n_nu))


def n_eff_eq13(t_d: ArrayLike, m_phi: ArrayLike, n_nu: float = 3, m_e: float = constants.M_E) -> float | np.ndarray:
    """N_eff of Eq. 13, the paper's BR_nunu << 1 approximation (dimensionless; broadcasts).

    The BR_nunu^0 term of :func:`n_eff` (derived in ``model.entropy``); its error is
    :func:`eq13_relative_error`.

    Parameters
    ----------
    t_d : float or array_like
        Neutrino decoupling temperature T_D [MeV], in (0, inf) (the registry's ``t_d``).
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    n_nu : float
        Number of neutrino species, > 0 (default 3; the kernels are twin-tested for 1 <= n_nu <= 5).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).

    Returns
    -------
    float or numpy.ndarray
        N_eff of Eq. 13, dimensionless: equal to :func:`n_eff` at BR_nunu = 0. A float for scalar input, else an
        array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); t_d and m_phi with the registry's message (as on the command line).
    """
    t_d, m_phi, _, n_nu, m_e = _common(t_d, m_phi, 0.0, n_nu, m_e)
    return _out(_k.neff_eq13(F_fermion(m_e / t_d), F_boson(m_phi / t_d), n_nu))


def eq13_relative_error(t_d: ArrayLike, m_phi: ArrayLike, br_nunu: ArrayLike, n_nu: float = 3,
                        m_e: float = constants.M_E) -> float | np.ndarray:
    """The relative error of Eq. 13, Eq. 13 / (Eq. 7 + 12) - 1, at the given BR_nunu (dimensionless; broadcasts).

    Exact, not the first-order estimate -d ln N_eff/d BR_nunu * BR_nunu it tends to as BR_nunu -> 0.

    Parameters
    ----------
    t_d : float or array_like
        Neutrino decoupling temperature T_D [MeV], in (0, inf) (the registry's ``t_d``).
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    br_nunu : float or array_like
        Branching ratio BR(phi -> nu nu) in [0, 1); the rest, BR_gg = 1 - br_nunu, heats the photons (the
        registry's ``br_nunu``).
    n_nu : float
        Number of neutrino species sharing phi's neutrino width, > 0 (default 3; the kernels are twin-tested for
        1 <= n_nu <= 5).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).

    Returns
    -------
    float or numpy.ndarray
        :func:`n_eff_eq13` / :func:`n_eff` - 1, dimensionless (0 at br_nunu = 0). A float for scalar input, else an
        array of the broadcast shape.

    Raises
    ------
    ParameterError
        If an input is not a number or lies outside its range (for an array: the message of its first such
        element); t_d, m_phi and br_nunu with the registry's message (as on the command line).
    """
    return _out(np.asarray(n_eff_eq13(t_d, m_phi, n_nu, m_e)) / np.asarray(n_eff(t_d, m_phi, br_nunu, n_nu, m_e)) - 1.0)


# --------------------------------------------------------------------------- Planck regions
def _measurement(measurement):
    from ...data import Measurement, neff_dataset

    if measurement is None:
        return neff_dataset("planck2018")
    if isinstance(measurement, Measurement):
        return measurement
    if isinstance(measurement, str):
        return neff_dataset(P.check("neff_dataset", measurement))
    try:
        central, sigma = measurement
    except (TypeError, ValueError):
        raise ParameterError(
            f"measurement must be a data set name, a data.Measurement or a (central, sigma) pair, got {measurement!r}"
        ) from None
    return Measurement.user(P.check("neff_central", central), P.check("neff_sigma", sigma))


def allowed_td_intervals(m_phi: float, nsigma: float = 2.0, br_nunu: float = 0.0,
                         measurement: str | Measurement | Sequence[float] | None = None, n_nu: float = 3,
                         m_e: float = constants.M_E, td_bracket: Sequence[float] = (1e-3, 1e3),
                         n_grid: int = 600) -> list[tuple[float, float]]:
    """All T_D intervals [MeV] where N_eff (Eq. 7 + 12) lies within nsigma of the measurement.

    N_eff(T_D) is scanned on a log grid of ``n_grid`` points over ``td_bracket`` and every crossing of
    central +- nsigma*sigma is refined with brentq (to 1e-13 relative in T_D). At BR_nunu -> 0 N_eff
    decreases monotonically with T_D (more e+- and phi entropy reaches the photons) and there is at
    most one interval; for large BR_nunu (>~ 0.5) the neutrino heating can make it non-monotonic.

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    nsigma : float
        Half-width of the band in units of the measurement's sigma, > 0 (default 2).
    br_nunu : float
        Branching ratio BR(phi -> nu nu) in [0, 1) (default 0; the registry's ``br_nunu``).
    measurement : str, Measurement, (float, float) or None
        None (default: ``"planck2018"``, the paper's Planck 2018), a data-set name of ``data.NEFF`` (the
        registry's ``neff_dataset``), a ``data.Measurement``, or a (central, sigma) pair with central in [0, 10]
        and sigma in (0, 10] (the registry's ``neff_central``, ``neff_sigma``).
    n_nu : float
        Number of neutrino species, > 0 (default 3).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).
    td_bracket : sequence of float
        (lo, hi): the T_D range searched [MeV], 0 < lo < hi (default (1e-3, 1e3)).
    n_grid : int
        Points of the log grid in T_D that brackets the crossings (default 600; converted with ``int``).

    Returns
    -------
    list of tuple of float
        The (T_D lo, T_D hi) intervals [MeV], increasing; empty when no T_D is allowed. An interval still open at
        the top of the bracket is reported up to inf (N_eff has saturated to its T_D -> inf limit there for
        m_phi << 1 GeV); one open at the bottom starts at ``td_bracket[0]``.

    Raises
    ------
    ParameterError
        If an input lies outside its range (m_phi, br_nunu and the measurement with the registry's message), the
        measurement is neither a name, a Measurement nor a pair, or ``td_bracket`` is not 0 < lo < hi.
    """
    from scipy.optimize import brentq

    m_phi = float(P.check("m_phi", m_phi))
    nsigma = float(positive("nsigma", nsigma))
    br = float(_br(br_nunu))
    meas = _measurement(measurement)
    lo_b, hi_b = (float(v) for v in positive("td_bracket", td_bracket, "MeV"))
    if not lo_b < hi_b:
        raise ParameterError(f"td_bracket must be (lo, hi) with 0 < lo < hi MeV, got {td_bracket!r}")
    levels = (meas.central - nsigma * meas.sigma, meas.central + nsigma * meas.sigma)
    x = np.linspace(np.log(lo_b), np.log(hi_b), int(n_grid))
    v = np.asarray(n_eff(np.exp(x), m_phi, br, n_nu, m_e))
    inside = (v >= levels[0]) & (v <= levels[1])

    def g(log_td, level):
        return n_eff(np.exp(log_td), m_phi, br, n_nu, m_e) - level

    def crossing(i):
        for level in levels:
            if (v[i] - level) * (v[i + 1] - level) <= 0 and v[i] != v[i + 1]:
                return float(np.exp(brentq(g, x[i], x[i + 1], args=(level,), xtol=1e-14, rtol=1e-13)))
        return float(np.exp(0.5 * (x[i] + x[i + 1])))  # pragma: no cover - a change implies a crossing

    out, start = [], (lo_b if inside[0] else None)
    for i in np.flatnonzero(inside[1:] != inside[:-1]):
        t = crossing(int(i))
        if inside[i + 1]:
            start = t
        else:
            out.append((start, t))
            start = None
    if start is not None:
        out.append((start, float("inf")))
    return out


def allowed_td_interval(m_phi: float, nsigma: float = 2.0, br_nunu: float = 0.0,
                        measurement: str | Measurement | Sequence[float] | None = None, n_nu: float = 3,
                        m_e: float = constants.M_E, td_bracket: Sequence[float] = (1e-3, 1e3)) -> tuple[float, float]:
    """The one T_D interval (lo, hi) [MeV] where N_eff lies within nsigma of the measurement.

    :func:`allowed_td_intervals` (its default grid) when the allowed set is a single interval.

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], in (0, 1e6] (the registry's ``m_phi``).
    nsigma : float
        Half-width of the band in units of the measurement's sigma, > 0 (default 2).
    br_nunu : float
        Branching ratio BR(phi -> nu nu) in [0, 1) (default 0; the registry's ``br_nunu``).
    measurement : str, Measurement, (float, float) or None
        None (default: ``"planck2018"``, the paper's Planck 2018), a data-set name of ``data.NEFF`` (the
        registry's ``neff_dataset``), a ``data.Measurement``, or a (central, sigma) pair with central in [0, 10]
        and sigma in (0, 10] (the registry's ``neff_central``, ``neff_sigma``).
    n_nu : float
        Number of neutrino species, > 0 (default 3).
    m_e : float
        Electron mass [MeV], > 0 (default ``constants.M_E``, CODATA).
    td_bracket : sequence of float
        (lo, hi): the T_D range searched [MeV], 0 < lo < hi (default (1e-3, 1e3)).

    Returns
    -------
    tuple of float
        (T_D lo, T_D hi) [MeV]; (nan, nan) when no T_D is allowed; hi = inf when the band reaches the T_D -> inf
        limit.

    Raises
    ------
    ParameterError
        If an input lies outside its range (m_phi, br_nunu and the measurement with the registry's message), the
        measurement is neither a name, a Measurement nor a pair, or ``td_bracket`` is not 0 < lo < hi.
        Also (a ParameterError is a ValueError) if the allowed set is not one interval (possible only for large
        BR_nunu).
    """
    iv = allowed_td_intervals(m_phi, nsigma, br_nunu, measurement, n_nu, m_e, td_bracket)
    if not iv:
        return (float("nan"), float("nan"))
    if len(iv) > 1:
        raise ParameterError(f"br_nunu = {br_nunu} is too large for a single allowed T_D interval at m_phi = {m_phi} "
                             f"MeV (found {iv}); use allowed_td_intervals")
    return iv[0]
