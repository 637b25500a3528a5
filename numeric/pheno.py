"""Particle-physics observables of phi: muon g-2 (Eq. 5), the diphoton coupling (Eq. 3), widths (Eq. 4).

Numeric API (NumPy; no SymPy). Every number comes from the generated kernels of
``mevscalar.model.gm2``, ``mevscalar.model.diphoton`` and ``mevscalar.model.widths``; this module only
validates input, broadcasts, and inverts. Units: MeV, MeV^-1 for g_gg, seconds for lifetimes.

Every input that is a registered parameter (m_phi, g_mu, g_nu, br_nunu, nunu, gm2_dataset) is checked by
:func:`mevscalar.parameters.check`, elementwise for arrays: one range and one message, as on the command line.

Sign conventions (documented choice): g_mu may be any real in the registry's range [-sqrt(4 pi), sqrt(4 pi)].
Its sign enters g_gg linearly
(g_gg < 0 for g_mu > 0 below threshold, Eq. 3) but Delta a_mu and every width only through g_mu^2.
Inverse functions return the non-negative root. Neutrino couplings g_nu are magnitudes (a phase of a
Majorana Yukawa can be rotated away): negative values are rejected.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .. import paper
from .. import parameters as P
from ..constants import ALPHA, HBAR_MEV_S, M_MU, V_EW
from ..data import gm2_dataset
from ..generated import diphoton_np as _dp
from ..generated import gm2_np as _g2
from ..generated import widths_np as _w
from ..validate import ParameterError, nonnegative
from ..validate import positive as _positive


def _mass(value):
    """m_phi [MeV] (scalar or array), checked by the registry: (0, M_PHI_MAX_MEV] MeV, one message everywhere."""
    return P.check("m_phi", value)


def _g_mu(value):
    """g_mu (scalar or array), checked by the registry: |g_mu| <= sqrt(4 pi)."""
    return P.check("g_mu", value)


__all__ = [
    "delta_a_mu",
    "g_gg",
    "g_gg_approx",
    "g_mu_for_delta_a_mu",
    "gm2_band",
    "g_gg_band",
    "higgs_like_range",
    "PhiWidths",
    "phi_widths",
    "NUNU_MODES",
    "g_gg_exact_vs_limit",
]

#: Neutrino-width conventions: "eq4" = the paper's printed g^2 m/(32 pi) per flavour (default);
#: "majorana" = derived from Eq. (2) with Majorana neutrinos, g^2 m/(16 pi).
NUNU_MODES = {"eq4": _w.gamma_nunu_eq4, "majorana": _w.gamma_nunu_majorana}

#: Largest m_phi [MeV] accepted (1 TeV). The kernels are twin-tested on [1e-3, 1e4] MeV by hypothesis and
#: spot-checked against mpmath from 1e-9 MeV to this value (tests/numeric/test_pheno.py); far above it m_phi^4
#: overflows in double precision. Any m_phi > 0 below 1e-3 MeV is accepted (the r -> 0 forms are exact).
M_PHI_MAX_MEV = 1e6

#: The Higgs-like coupling of Sec. II, g_mu = m_mu/v.
G_MU_HIGGS = M_MU / V_EW


def _ret(arr):
    arr = np.asarray(arr)
    return arr[()] if arr.ndim == 0 else arr


def _by_branch(mod, base: str, suffixes: tuple, g, m, extra: tuple, dtype):
    """Evaluate the per-branch kernels ``base_<suffix>`` of ``mod``, each only on the masses of its
    sub-domain (edges from the generated DOMAINS: the model's switch points), instead of the full
    Piecewise kernel that evaluates every branch everywhere (numpy.select). Same expressions."""
    g, m = np.broadcast_arrays(np.asarray(g, float), np.asarray(m, float))
    shape = m.shape
    g, m = g.reshape(-1), m.reshape(-1)
    out = np.empty(m.shape, dtype)
    prev = -np.inf
    for i, sfx in enumerate(suffixes):
        name = f"{base}_{sfx}"
        hi = np.inf if i == len(suffixes) - 1 else mod.DOMAINS[name]["m_phi"][1]
        sel = (m > prev) & (m <= hi)
        if sel.any():
            out[sel] = getattr(mod, name)(g[sel], m[sel], *extra)
        prev = hi
    return out.reshape(shape)


def delta_a_mu(g_mu: ArrayLike, m_phi: ArrayLike) -> float | np.ndarray:
    """Delta a_mu at one loop, exact (Eq. 5); broadcasts.

    Parameters
    ----------
    g_mu : float or array_like
        Muon Yukawa coupling of phi (Eq. 2), dimensionless, in [-sqrt(4 pi), sqrt(4 pi)] (registry ``g_mu``;
        only g_mu^2 enters); broadcast against ``m_phi``.
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``, :data:`M_PHI_MAX_MEV`); any shape.

    Returns
    -------
    float or numpy.ndarray
        Delta a_mu (dimensionless, >= 0; proportional to g_mu^2 and falling with m_phi): a NumPy scalar for
        scalar inputs, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If ``g_mu`` or ``m_phi`` is not a finite number in its registry range (elementwise).
    """
    g = _g_mu(g_mu)
    m = _mass(m_phi)
    return _ret(_by_branch(_g2, "delta_a_mu", ("below", "mid", "series"), g, m, (M_MU,), float))


def _g_gg(g, m):
    """g_gg of checked inputs (also used on the g_mu a band computes)."""
    return _ret(_by_branch(_dp, "g_gg", ("series", "below", "above"), g, m, (M_MU, ALPHA), complex))


def g_gg(g_mu: ArrayLike, m_phi: ArrayLike) -> complex | np.ndarray:
    """Exact one-loop muon-triangle g_gg [MeV^-1] (Eq. 3); complex above m_phi = 2 m_mu; broadcasts.

    Below threshold the imaginary part is exactly 0 and the real part is the signed coupling.

    Parameters
    ----------
    g_mu : float or array_like
        Muon Yukawa coupling of phi (Eq. 2), dimensionless, in [-sqrt(4 pi), sqrt(4 pi)] (registry ``g_mu``);
        g_gg is linear in it (sign included); broadcast against ``m_phi``.
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``, :data:`M_PHI_MAX_MEV`); any shape.

    Returns
    -------
    complex or numpy.ndarray
        g_gg [MeV^-1] (Eq. 3; g_gg < 0 for g_mu > 0 below threshold), complex dtype: a NumPy complex scalar
        for scalar inputs, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If ``g_mu`` or ``m_phi`` is not a finite number in its registry range (elementwise).
    """
    return _g_gg(_g_mu(g_mu), _mass(m_phi))


def g_gg_approx(g_mu: ArrayLike) -> float | np.ndarray:
    """The paper's m_phi << m_mu limit g_gg = -(2 alpha g_mu)/(3 pi m_mu) [MeV^-1] (derived kernel).

    Parameters
    ----------
    g_mu : float or array_like
        Muon Yukawa coupling of phi (Eq. 2), dimensionless, in [-sqrt(4 pi), sqrt(4 pi)] (registry ``g_mu``);
        any shape.

    Returns
    -------
    float or numpy.ndarray
        g_gg [MeV^-1] in the m_phi -> 0 limit (below Eq. 3), real, of the sign of -g_mu: a NumPy scalar for a
        scalar ``g_mu``, else an array of its shape.

    Raises
    ------
    ParameterError
        If ``g_mu`` is not a finite number in [-sqrt(4 pi), sqrt(4 pi)] (elementwise).
    """
    g = _g_mu(g_mu)
    return _ret(np.asarray(_dp.g_gg_approx(np.asarray(g, float), M_MU, ALPHA), dtype=float))


def _dam_unit(m_phi):
    """Delta a_mu per unit g_mu^2 at m_phi (validated)."""
    return np.asarray(delta_a_mu(1.0, m_phi), dtype=float)


def g_mu_for_delta_a_mu(target: ArrayLike, m_phi: ArrayLike) -> float | np.ndarray:
    """The g_mu >= 0 giving Delta a_mu = target at m_phi [MeV] (exact; Delta a_mu is prop. to g_mu^2).

    Parameters
    ----------
    target : float or array_like
        The Delta a_mu to reproduce (dimensionless), in [0, inf); broadcast against ``m_phi``.
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``, :data:`M_PHI_MAX_MEV`); any shape.

    Returns
    -------
    float or numpy.ndarray
        g_mu (dimensionless, >= 0; the non-negative root of Eq. 5 solved for g_mu; not limited to the registry's
        sqrt(4 pi)): a NumPy scalar for scalar inputs, else an array of the broadcast shape.

    Raises
    ------
    ParameterError
        If ``target`` is not a finite number >= 0, or ``m_phi`` is not in (0, 1e6] MeV (elementwise).
    """
    t = nonnegative("target", target)
    m = _mass(m_phi)
    return _ret(np.sqrt(np.asarray(t, float) / _dam_unit(m)))


def gm2_band(m_phi: ArrayLike, dataset: str = "2021", nsigma: float = 2
             ) -> tuple[float | np.ndarray, float | np.ndarray]:
    """(low, high) g_mu reproducing Delta a_mu within +- nsigma of ``data.GM2[dataset]``.

    The low edge is 0 where the band reaches Delta a_mu <= 0 (g_mu = 0 is then allowed).

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``); any shape.
    dataset : str
        The Delta a_mu data set, one of ``'2021'`` (the paper's Eq. 1, default) and ``'2025'``
        (``mevscalar.data.GM2``).
    nsigma : float
        Half-width of the band in standard deviations of the data set, in (0, inf) (default 2).

    Returns
    -------
    low, high : float or numpy.ndarray
        The g_mu >= 0 (dimensionless) with Delta a_mu (Eq. 5) = central -+ nsigma sigma (low = 0 where
        central - nsigma sigma <= 0): NumPy scalars for a scalar ``m_phi``, else arrays of its shape.

    Raises
    ------
    ParameterError
        If ``m_phi`` is not in (0, 1e6] MeV, ``dataset`` is not a known data set, ``nsigma`` is not a finite
        number > 0, or the whole band central +- nsigma sigma lies at or below 0.
    """
    meas = gm2_dataset(P.check("gm2_dataset", dataset))
    n = _positive("nsigma", nsigma)
    m = _mass(m_phi)
    lo_t, hi_t = meas.band(n)
    if hi_t <= 0:
        raise ParameterError(f"nsigma={nsigma!r}: the {meas.name} band [{lo_t:g}, {hi_t:g}] lies below 0")
    unit = _dam_unit(m)
    low = np.sqrt(max(lo_t, 0.0) / unit)
    high = np.sqrt(hi_t / unit)
    return _ret(low), _ret(high)


def g_gg_band(m_phi: ArrayLike, dataset: str = "2021", nsigma: float = 2
              ) -> tuple[float | np.ndarray, float | np.ndarray]:
    """(low, high) |g_gg| [MeV^-1] (exact loop) for the g_mu band of :func:`gm2_band`.

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``); any shape.
    dataset : str
        The Delta a_mu data set, one of ``'2021'`` (the paper's Eq. 1, default) and ``'2025'``
        (``mevscalar.data.GM2``).
    nsigma : float
        Half-width of the band in standard deviations of the data set, in (0, inf) (default 2).

    Returns
    -------
    low, high : float or numpy.ndarray
        |g_gg| [MeV^-1] (Eq. 3, exact one-loop) at the low and high g_mu edges of :func:`gm2_band`: NumPy
        scalars for a scalar ``m_phi``, else arrays of its shape.

    Raises
    ------
    ParameterError
        As :func:`gm2_band`: ``m_phi``, ``dataset`` or ``nsigma`` out of range, or a band below 0.
    """
    low, high = gm2_band(m_phi, dataset, nsigma)
    m = _mass(m_phi)
    return _ret(np.abs(_g_gg(low, m))), _ret(np.abs(_g_gg(high, m)))


def higgs_like_range(dataset: str = "2021", nsigma: float = 2, g_mu: float = G_MU_HIGGS,
                     m_min: float = 1e-3, m_max: float = 1e4) -> tuple[float | None, float | None]:
    """The m_phi interval [MeV] where g_mu (default m_mu/v, Sec. II) keeps Delta a_mu within nsigma.

    Delta a_mu(g, m) falls monotonically with m_phi (Eq. 5: the integrand falls with r), so the set
    is one interval, found with scipy.optimize.brentq on log m_phi with the exact kernel (xtol = rtol = 1e-14).

    Parameters
    ----------
    dataset : str
        The Delta a_mu data set, one of ``'2021'`` (the paper's Eq. 1, default) and ``'2025'``
        (``mevscalar.data.GM2``).
    nsigma : float
        Half-width of the band in standard deviations of the data set, in (0, inf) (default 2).
    g_mu : float
        Muon Yukawa coupling (dimensionless), a scalar in [-sqrt(4 pi), sqrt(4 pi)] (default
        :data:`G_MU_HIGGS` = m_mu/v).
    m_min : float
        Lower end of the searched m_phi range [MeV] (default 1e-3); needs 0 < m_min < m_max (not checked
        here: m_min <= 0 fails in math.log with ValueError).
    m_max : float
        Upper end of the searched m_phi range [MeV] (default 1e4), in (m_min, 1e6].

    Returns
    -------
    lo, hi : float or None
        The interval's ends [MeV]: ``lo`` is None if the band holds down to ``m_min``, ``hi`` is None if it
        holds up to ``m_max``; (nan, nan), rather than an exception, if no m_phi in [m_min, m_max] works.

    Raises
    ------
    ParameterError
        If ``dataset`` is not a known data set, ``nsigma`` is not a finite number > 0, ``g_mu`` is out of its
        registry range, or ``m_max`` lies above 1e6 MeV (the registry range of m_phi).
    """
    from scipy.optimize import brentq

    meas = gm2_dataset(P.check("gm2_dataset", dataset))
    n = _positive("nsigma", nsigma)
    g = _g_mu(g_mu)
    lo_t, hi_t = meas.band(n)

    def dam(logm):
        return float(delta_a_mu(g, math.exp(logm)))

    a, b = math.log(m_min), math.log(m_max)
    da, db = dam(a), dam(b)
    if da < lo_t or db > hi_t:
        return (math.nan, math.nan)
    lo = None if da <= hi_t else math.exp(brentq(lambda t: dam(t) - hi_t, a, b, xtol=1e-14, rtol=1e-14))
    hi = None if db >= lo_t else math.exp(brentq(lambda t: dam(t) - lo_t, a, b, xtol=1e-14, rtol=1e-14))
    return (lo, hi)


@dataclass(frozen=True)
class PhiWidths:
    """Widths of phi [MeV] and derived quantities. Arrays when the inputs were arrays.

    g_nu is the per-flavour coupling (g_1, g_2, g_3); gamma_mumu is the tree-level mu+ mu- width,
    non-zero only above 2 m_mu (outside the paper's range); gamma_total includes it.
    br_nunu = gamma_nunu/gamma_total, br_gg = gamma_gg/gamma_total, lifetime_s = hbar/gamma_total.
    Made by :func:`phi_widths`; every field is a NumPy scalar for scalar inputs, else an array of the broadcast
    shape of (m_phi, g_mu) (and of g_nu or br_nunu).

    Parameters
    ----------
    m_phi : float or numpy.ndarray
        Scalar mass [MeV], in (0, 1e6].
    g_mu : float or numpy.ndarray
        Muon Yukawa coupling, dimensionless, in [-sqrt(4 pi), sqrt(4 pi)].
    g_nu : tuple
        (g_1, g_2, g_3), the per-flavour neutrino coupling, dimensionless, >= 0 (each a float or an array);
        with ``br_nunu`` given to :func:`phi_widths`, (0, 0, the implied g_3).
    g_gg : complex or numpy.ndarray
        Exact one-loop diphoton coupling [MeV^-1] (Eq. 3), complex above m_phi = 2 m_mu.
    gamma_gg : float or numpy.ndarray
        Gamma(phi -> gamma gamma) [MeV] (Eq. 4 with |g_gg| of the exact loop).
    gamma_gg_approx : float or numpy.ndarray
        Gamma(phi -> gamma gamma) [MeV] (Eq. 4 with the m_phi << m_mu limit of g_gg).
    gamma_nunu : float or numpy.ndarray
        Gamma(phi -> nu nu) [MeV] summed over the flavours, in the convention ``nunu``.
    gamma_nunu_per_flavour : tuple
        The three per-flavour neutrino widths [MeV], in the order of ``g_nu``.
    gamma_mumu : float or numpy.ndarray
        Tree-level Gamma(phi -> mu+ mu-) [MeV], 0 below m_phi = 2 m_mu.
    gamma_total : float or numpy.ndarray
        Total width [MeV]: gamma_gg + gamma_mumu + gamma_nunu, > 0.
    br_nunu : float or numpy.ndarray
        gamma_nunu / gamma_total, in [0, 1].
    br_gg : float or numpy.ndarray
        gamma_gg / gamma_total, in [0, 1].
    lifetime_s : float or numpy.ndarray
        Lifetime hbar/gamma_total [s].
    nunu : str
        The neutrino-width convention used, ``'eq4'`` (default) or ``'majorana'`` (:data:`NUNU_MODES`).
    """

    m_phi: float | np.ndarray
    g_mu: float | np.ndarray
    g_nu: tuple
    g_gg: complex | np.ndarray
    gamma_gg: float | np.ndarray
    gamma_gg_approx: float | np.ndarray
    gamma_nunu: float | np.ndarray
    gamma_nunu_per_flavour: tuple
    gamma_mumu: float | np.ndarray
    gamma_total: float | np.ndarray
    br_nunu: float | np.ndarray
    br_gg: float | np.ndarray
    lifetime_s: float | np.ndarray
    nunu: str = "eq4"


def _g_nu_vector(g_nu):
    """(g_1, g_2, g_3) from the registry's g_nu: one coupling (nu_3 only; a scalar or a 1-element sequence) or
    three (each may be an array)."""
    a = np.asarray(P.check("g_nu", g_nu), float)
    if a.ndim == 0 or a.shape[0] == 1:
        return (0.0, 0.0, _ret(a.reshape(a.shape[1:]) if a.ndim else a))
    return tuple(_ret(a[i]) for i in range(3))


_TINY = float(np.finfo(float).tiny)


def _raw_widths(m, g, g_nu, br_nunu, gnu_width):
    """(visible, gamma_nunu, per-flavour, g_nu vector, g_gg, gamma_gg, gamma_gg_approx, gamma_mumu), unchecked."""
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        gg = np.asarray(g_gg(g, m), dtype=complex)
        gamma_gg = _w.gamma_gg(np.abs(gg), m)
        gamma_gg_approx = _w.gamma_gg(np.abs(_dp.g_gg_approx(g, M_MU, ALPHA)), m)
        gamma_mumu = np.asarray(_w.gamma_mumu(g, m, M_MU), float)
        visible = gamma_gg + gamma_mumu
        if g_nu is not None:
            gv = _g_nu_vector(g_nu)
            per = tuple(_ret(gnu_width(np.asarray(gi, float), m)) for gi in gv)
            gamma_nunu = per[0] + per[1] + per[2]
        else:
            br = np.asarray(br_nunu, float)
            gamma_nunu = br / (1.0 - br) * visible
            g3 = np.sqrt(gamma_nunu / gnu_width(1.0, m))
            gv = (0.0, 0.0, _ret(g3))
            per = (0.0, 0.0, _ret(gamma_nunu))
    return visible, gamma_nunu, per, gv, gg, gamma_gg, gamma_gg_approx, gamma_mumu


def _underflow_error(m, g, g_nu, br_nunu, gnu_width, bad) -> ParameterError:
    """Which input makes the width underflow: the one whose move to a reference value (m_phi = 1 MeV;
    g_mu = m_mu/v and g_nu3 = 2.5e-10, the paper's couplings) brings the width back to a normal double."""
    mb = float(np.broadcast_to(m, bad.shape)[bad].ravel()[0])
    gb = float(np.broadcast_to(g, bad.shape)[bad].ravel()[0])

    def normal(mm, gg_, gn):
        vis, gnn = _raw_widths(np.asarray(mm, float), np.asarray(gg_, float), gn,
                               None if gn is not None else br_nunu_b, gnu_width)[:2]
        tot = float(np.asarray(vis + gnn).ravel()[0])
        return tot >= _TINY and (gn is not None or float(np.asarray(vis).ravel()[0]) >= _TINY)

    br_nunu_b = None if br_nunu is None else float(np.broadcast_to(br_nunu, bad.shape)[bad].ravel()[0])
    gnb = None if g_nu is None else _g_nu_vector(g_nu)
    gnb = None if gnb is None else tuple(float(np.broadcast_to(v, bad.shape)[bad].ravel()[0]) for v in gnb)
    ref_g, ref_gnu = G_MU_HIGGS, (None if gnb is None else (0.0, 0.0, paper.G_NU3))
    mass_cures = normal(1.0, gb, gnb)
    couplings_cure = normal(mb, ref_g, ref_gnu)
    what = "g_mu" if g_nu is None else "g_mu and g_nu"
    if mass_cures and not couplings_cure:
        return ParameterError(
            f"m_phi = {mb!r} MeV is so small that the widths of phi (Gamma ~ m_phi^3 for gamma gamma, ~ m_phi for "
            "nu nu) underflow double precision (phi does not decay); give a larger m_phi")
    if couplings_cure and not mass_cures:
        return ParameterError(
            f"{what}: the couplings are all 0 or so small that the width of phi underflows double precision "
            f"at m_phi = {mb:g} MeV (phi does not decay); give a larger |g_mu|")
    return ParameterError(
        f"m_phi, {what}: m_phi = {mb!r} MeV and g_mu = {gb!r} together make the width of phi underflow double "
        "precision (phi does not decay); give a larger m_phi or larger couplings")


def phi_widths(m_phi: ArrayLike, g_mu: ArrayLike, g_nu: ArrayLike | None = None, br_nunu: ArrayLike | None = None,
               *, nunu: str = "eq4") -> PhiWidths:
    """Widths of phi for mass m_phi [MeV] and couplings (Eq. 4 with the exact loop g_gg).

    Give exactly one of ``g_nu`` (scalar: the coupling to nu_3 only, as in Sec. IV; or a length-3
    sequence, one per flavour) and ``br_nunu`` in [0, 1) (then the implied nu_3 coupling is reported).
    ``nunu`` picks the neutrino-width convention (see :data:`NUNU_MODES`).

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], in (0, 1e6] (registry ``m_phi``); broadcast against the couplings.
    g_mu : float or array_like
        Muon Yukawa coupling (Eq. 2), dimensionless, in [-sqrt(4 pi), sqrt(4 pi)] (registry ``g_mu``).
    g_nu : float or sequence or None
        Neutrino coupling(s) (Eq. 2), dimensionless, each in [0, sqrt(4 pi)] (registry ``g_nu``): one number
        (nu_3 only) or three (g_1, g_2, g_3; each may be an array). Default None: give ``br_nunu`` instead.
    br_nunu : float or array_like or None
        BR(phi -> nu nu), in [0, 1) (registry ``br_nunu``); the neutrino width is then fixed by the visible
        one. Default None: give ``g_nu`` instead.
    nunu : str
        Neutrino-width convention, ``'eq4'`` (the paper's g^2 m/(32 pi) per flavour, default) or
        ``'majorana'`` (g^2 m/(16 pi)); see :data:`NUNU_MODES`.

    Returns
    -------
    PhiWidths
        The widths [MeV], branching ratios, lifetime [s] and the couplings used.

    Raises
    ------
    ParameterError
        If both or neither of ``g_nu`` and ``br_nunu`` are given, an input is outside its registry range, the
        total width overflows double precision (couplings too large), or a width underflows below the
        smallest normal double (the message names the input responsible: m_phi or the couplings).
    """
    nunu = P.check("nunu", nunu)
    m = np.asarray(_mass(m_phi), float)
    g = np.asarray(_g_mu(g_mu), float)
    if (g_nu is None) == (br_nunu is None):
        raise ParameterError("give exactly one of g_nu and br_nunu (got " + ("both" if g_nu is not None else "neither") + ")")
    gnu_width = NUNU_MODES[nunu]
    if br_nunu is not None:
        br_nunu = P.check("br_nunu", br_nunu)
    # overflow (absurdly large couplings) is reported below as a ParameterError, not as a warning + inf
    visible, gamma_nunu, per, gv, gg, gamma_gg, gamma_gg_approx, gamma_mumu = _raw_widths(
        m, g, g_nu, br_nunu, gnu_width)
    with np.errstate(invalid="ignore"):
        total = visible + gamma_nunu
    if not np.all(np.isfinite(total)):
        raise ParameterError("g_mu, g_nu: the width of phi overflows double precision (total width inf); "
                             "give smaller couplings")
    # a width below the smallest normal double has lost its digits (with br_nunu given, the visible width
    # fixes gamma_nunu: BR_nunu = 1e-3 used to come back as 1): name the input that underflows
    bad = np.asarray(total) < _TINY
    if br_nunu is not None:
        bad = bad | (np.asarray(visible) < _TINY)
    if np.any(bad):
        raise _underflow_error(m, g, g_nu, br_nunu, gnu_width, np.broadcast_to(bad, np.broadcast(m, g).shape))
    return PhiWidths(
        m_phi=_ret(m),
        g_mu=_ret(g),
        g_nu=gv,
        g_gg=_ret(gg),
        gamma_gg=_ret(gamma_gg),
        gamma_gg_approx=_ret(gamma_gg_approx),
        gamma_nunu=_ret(gamma_nunu),
        gamma_nunu_per_flavour=per,
        gamma_mumu=_ret(gamma_mumu),
        gamma_total=_ret(total),
        br_nunu=_ret(gamma_nunu / total),
        br_gg=_ret(gamma_gg / total),
        lifetime_s=_ret(HBAR_MEV_S / total),
        nunu=nunu,
    )


# --------------------------------------------------------------------------- exact vs the paper's limit
G_GG_MASSES_MEV = (1.0, 10.0, 100.0, 200.0)


def g_gg_exact_vs_limit(masses: Iterable[float] = G_GG_MASSES_MEV) -> list[dict]:
    """Ratio exact/limit - 1 of g_gg (real part and modulus) at the given masses (independent of g_mu).

    Parameters
    ----------
    masses : iterable of float
        Scalar masses m_phi [MeV], each in (0, 1e6] (default :data:`G_GG_MASSES_MEV` = 1, 10, 100, 200 MeV).

    Returns
    -------
    list of dict
        One row per mass: ``m_phi_MeV``; ``g_gg_exact_per_MeV_per_gmu`` and ``g_gg_exact_imag`` (the exact
        Eq. 3 g_gg at g_mu = 1 [MeV^-1], real and imaginary parts); ``g_gg_paper_limit_per_MeV_per_gmu`` (the
        m_phi << m_mu limit [MeV^-1]); ``ratio_minus_1`` (Re exact / limit - 1) and ``abs_ratio_minus_1``
        (|exact| / |limit| - 1), dimensionless.

    Raises
    ------
    ParameterError
        If a mass is not a finite number in (0, 1e6] MeV.
    """
    rows = []
    for mv in masses:
        ex = complex(g_gg(1.0, mv))
        ap = float(g_gg_approx(1.0))
        rows.append({
            "m_phi_MeV": mv,
            "g_gg_exact_per_MeV_per_gmu": ex.real,
            "g_gg_exact_imag": ex.imag,
            "g_gg_paper_limit_per_MeV_per_gmu": ap,
            "ratio_minus_1": ex.real / ap - 1.0,
            "abs_ratio_minus_1": abs(ex) / abs(ap) - 1.0,
        })
    return rows
