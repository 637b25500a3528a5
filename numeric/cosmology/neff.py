"""T_nu/T_gamma (Eq. 12) and N_eff (Eqs. 7 and 13) from comoving entropy conservation (NumPy; no SymPy).

Units: temperatures and masses in MeV. Every function broadcasts over NumPy arrays (e.g. a
(m_phi[:, None], t_d[None, :]) grid) and validates its inputs (ParameterError naming the parameter
and its allowed range).

* :func:`tnu_over_tgamma` -- Eq. 12 at photon temperature T_gamma <= T_D.
* :func:`n_eff` -- Eq. 7 with Eq. 12 in the closed limit T_gamma -> 0 (F(m/T_gamma) = 0 exactly for
  the massive species: electrons and phi), not at a small finite T_gamma.
* :func:`n_eff_eq13` -- Eq. 13, the paper's BR_nunu << 1 approximation: the BR_nunu^0 term of
  :func:`n_eff` (derived in mevscalar.model.entropy); its relative error is
  d ln N_eff/d BR_nunu * BR_nunu + O(BR_nunu^2) (:func:`eq13_relative_error`).
"""

from __future__ import annotations

import numpy as np

from ... import constants
from ... import parameters as P
from ...generated import decoupling_np as _dk
from ...generated import entropy_np as _k
from ...validate import ParameterError, positive
from .entropy import F_boson, F_fermion

__all__ = [
    "tnu_over_tgamma", "tnu_over_tgamma_of_n_eff", "n_eff", "n_eff_eq13", "eq13_relative_error", "allowed_td_interval", "allowed_td_intervals",
    "TNU_TGAMMA_SM",
]



def tnu_over_tgamma_of_n_eff(n_eff, n_nu=3):
    """The late-time T_nu/T_gamma that gives ``n_eff`` through Eq. 7 (dimensionless; broadcasts).

    Eq. 7, N_eff = N_nu (11/4)^(4/3) (T_nu/T_gamma)^4, solved by SymPy in ``model.decoupling``
    (generated kernel ``tnu_over_tgamma_of_neff``): (N_eff/N_nu)^(1/4) (4/11)^(1/3). n_eff > 0, n_nu > 0.
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


def tnu_over_tgamma(t_gamma, t_d, m_phi, br_nunu, n_nu=3, m_e=constants.M_E):
    """T_nu/T_gamma of Eq. 12 at photon temperature t_gamma <= t_d [MeV] (dimensionless).

    t_d: neutrino decoupling temperature [MeV]; m_phi: scalar mass [MeV]; br_nunu in [0, 1)
    (BR_gg = 1 - br_nunu); n_nu: number of neutrino species; m_e: electron mass [MeV].
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


def n_eff(t_d, m_phi, br_nunu, n_nu=3, m_e=constants.M_E):
    """N_eff of Eq. 7 with Eq. 12 at T_gamma -> 0 (dimensionless); inputs as in :func:`tnu_over_tgamma`."""
    t_d, m_phi, br, n_nu, m_e = _common(t_d, m_phi, br_nunu, n_nu, m_e)
    return _out(_k.neff_eq7(F_fermion(m_e / t_d), F_boson(m_phi / t_d), br, n_nu))


def n_eff_eq13(t_d, m_phi, n_nu=3, m_e=constants.M_E):
    """N_eff of Eq. 13 (BR_nunu << 1), dimensionless; t_d, m_phi, m_e in MeV."""
    t_d, m_phi, _, n_nu, m_e = _common(t_d, m_phi, 0.0, n_nu, m_e)
    return _out(_k.neff_eq13(F_fermion(m_e / t_d), F_boson(m_phi / t_d), n_nu))


def eq13_relative_error(t_d, m_phi, br_nunu, n_nu=3, m_e=constants.M_E):
    """Eq. 13 / (Eq. 7 + 12) - 1 at the given BR_nunu (dimensionless; exact, not the first-order estimate)."""
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


def allowed_td_intervals(m_phi, nsigma=2.0, br_nunu=0.0, measurement=None, n_nu=3, m_e=constants.M_E,
                         td_bracket=(1e-3, 1e3), n_grid=600):
    """All T_D intervals [MeV] where N_eff (Eq. 7 + 12) lies within nsigma of the measurement.

    N_eff(T_D) is scanned on a log grid of ``n_grid`` points over ``td_bracket`` and every crossing of
    central +- nsigma*sigma is refined with brentq (to 1e-13 relative in T_D). At BR_nunu -> 0 N_eff
    decreases monotonically with T_D (more e+- and phi entropy reaches the photons) and there is at
    most one interval; for large BR_nunu (>~ 0.5) the neutrino heating can make it non-monotonic.
    An interval still open at the top of the bracket is reported up to inf (N_eff has saturated to
    its T_D -> inf limit there for m_phi << 1 GeV).
    ``measurement``: None (Planck 2018, the paper's), a data-set name, a data.Measurement or (central, sigma).
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


def allowed_td_interval(m_phi, nsigma=2.0, br_nunu=0.0, measurement=None, n_nu=3, m_e=constants.M_E,
                        td_bracket=(1e-3, 1e3)):
    """(T_D lo, T_D hi) [MeV] where N_eff lies within nsigma of the measurement (see :func:`allowed_td_intervals`).

    (nan, nan) when no T_D is allowed; hi = inf when the band reaches the T_D -> inf limit. Raises
    ParameterError (a ValueError) if the allowed set is not one interval (possible only for large BR_nunu).
    """
    iv = allowed_td_intervals(m_phi, nsigma, br_nunu, measurement, n_nu, m_e, td_bracket)
    if not iv:
        return (float("nan"), float("nan"))
    if len(iv) > 1:
        raise ParameterError(f"br_nunu = {br_nunu} is too large for a single allowed T_D interval at m_phi = {m_phi} "
                             f"MeV (found {iv}); use allowed_td_intervals")
    return iv[0]
