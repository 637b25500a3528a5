"""The full chain: (m_phi, g_mu, BR_nunu or g_nu) -> widths -> T_D (Eq. 11 and exact) -> N_eff.

Numeric (no SymPy). Units: MeV. The widths come from :func:`mevscalar.numeric.pheno.phi_widths` (Eq. 4 with
the exact loop g_gg), T_D from :mod:`mevscalar.numeric.cosmology.decoupling`, N_eff from
:mod:`mevscalar.numeric.cosmology.neff` (Eq. 7 with Eq. 12, and Eq. 13).

Which T_D feeds N_eff (``t_d_method``): "exact" (default; the crossing R = H with the true K_1) or
"eq11" (the paper's Eq. 11). Either is passed through :func:`decoupling.effective_t_d`: when the
resonance never brings R above H the SM value T_D^SM = 2.3 MeV is used (``decoupling = "sm"``), and
a resonant T_D above T_D^SM is replaced by T_D^SM (weak interactions still couple the neutrinos).
When R > H persists down to the lowest temperature searched, :class:`NoDecouplingError` is raised.

Every input that is a registered parameter (m_phi, g_mu, br_nunu, g_nu, t_d, t_gamma, rate, g_star, t_d_method,
nunu) is checked by :func:`mevscalar.parameters.check`: one range and one message, as on the command line.

One parameter point per call: :func:`evaluate` and :func:`from_t_d` take scalars (``g_nu`` may be the
3 flavour couplings) and raise a ParameterError saying so for arrays. The array forms are
:func:`mevscalar.numeric.cosmology.neff.n_eff` (given T_D), :func:`decoupling.t_d_eq11` and
:func:`decoupling.t_d_exact_grid` (T_D), and :func:`mevscalar.numeric.cosmology.scan.neff_of_br` (the chain over BR_nunu).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from mevscalar import parameters as P
from mevscalar.errors import NoDecoupling
from mevscalar.validate import ParameterError

from . import decoupling as dec
from . import neff

__all__ = ["NoDecouplingError", "ChainResult", "evaluate", "from_t_d", "T_D_METHODS"]

#: T_D methods: the registry's choices of t_d_method (declared once, in mevscalar.parameters)
T_D_METHODS = P.get("t_d_method").choices


class NoDecouplingError(NoDecoupling, ParameterError):
    """No temperature in the searched range solves R = H (the resonance keeps neutrinos coupled).

    A :class:`mevscalar.errors.NoDecoupling` (a physics outcome). It also derives from ParameterError only so
    that the CLI keeps printing it as one line (exit 2) until its handler catches NoDecoupling itself.
    """


_ARRAY_APIS = ("for arrays use neff.n_eff (given T_D), decoupling.t_d_eq11 / decoupling.t_d_exact_grid (T_D) "
               "or scan.neff_of_br (the chain over BR_nunu)")


def _scalars(fn: str, **values):
    for name, v in values.items():
        if v is not None and np.ndim(v) != 0:
            raise ParameterError(f"{name} must be a scalar: chain.{fn} evaluates one parameter point; {_ARRAY_APIS}")


@dataclass
class ChainResult:
    """Everything the chain computed. Temperatures in MeV, widths in MeV, lifetime in s.

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV].
    br_nunu : float
        BR(phi -> nu nu), in [0, 1).
    n_eff : float
        N_eff from Eq. 7 with Eq. 12 at the T_D used.
    n_eff_eq13 : float
        N_eff from the paper's Eq. 13 (its approximation) at the same T_D.
    t_d_used_MeV : float
        The decoupling temperature that feeds N_eff [MeV] (after :func:`decoupling.effective_t_d`).
    decoupling : str
        ``"resonance"`` (the resonant T_D), ``"sm"`` (no resonant decoupling below T_D^SM: T_D^SM is used) or
        ``"given"`` (:func:`from_t_d`).
    t_d_method : str
        Which T_D fed N_eff: ``"exact"``, ``"eq11"`` or ``"given"``.
    g_mu : float, optional
        Muon Yukawa coupling g_mu (None for :func:`from_t_d`).
    g_nu : tuple, optional
        The three neutrino couplings (g_1, g_2, g_3), given or implied by BR_nunu (None for :func:`from_t_d`).
    gamma_total_MeV : float, optional
        Total width of phi [MeV].
    gamma_gg_MeV : float, optional
        Width phi -> gamma gamma [MeV] (the exact loop g_gg).
    gamma_nunu_MeV : float, optional
        Width phi -> nu nu [MeV] (Eq. 4).
    lifetime_s : float, optional
        Lifetime of phi [s].
    t_d_eq11_MeV : float, optional
        T_D from Eq. 11 [MeV] (None without a root or for BR_nunu = 0).
    t_d_exact_MeV : float, optional
        T_D from the exact crossing R = H [MeV] (None without a crossing or for BR_nunu = 0).
    t_recouple_MeV : float, optional
        The higher crossing of R = H, where the neutrinos recouple [MeV] (exact; None if absent).
    t_recouple_eq11_MeV : float, optional
        The other root of Eq. 11 [MeV] (None if absent).
    t_gamma_MeV : float, optional
        Photon temperature at which T_nu/T_gamma is reported [MeV] (None if not asked).
    t_nu_over_t_gamma : float, optional
        T_nu/T_gamma at ``t_gamma_MeV`` (Eq. 12; None if not asked).
    rate : str
        The nu nu <-> phi rate: ``"eq10"`` (default) or ``"detailed_balance"``.
    g_star : float or str
        g_* in H(T): a number (default 10.75, the paper's) or ``"T"`` (g_*(T)).
    notes : list
        Plain-text notes (e.g. why T_D^SM was used).
    """

    m_phi: float
    br_nunu: float
    n_eff: float
    n_eff_eq13: float
    t_d_used_MeV: float
    decoupling: str  # "resonance" | "sm" (no resonant coupling: T_D^SM) | "given"
    t_d_method: str
    g_mu: float | None = None
    g_nu: tuple | None = None
    gamma_total_MeV: float | None = None
    gamma_gg_MeV: float | None = None
    gamma_nunu_MeV: float | None = None
    lifetime_s: float | None = None
    t_d_eq11_MeV: float | None = None
    t_d_exact_MeV: float | None = None
    t_recouple_MeV: float | None = None
    t_recouple_eq11_MeV: float | None = None
    t_gamma_MeV: float | None = None
    t_nu_over_t_gamma: float | None = None
    rate: str = "eq10"
    g_star: object = dec.G_STAR_PAPER
    notes: list = field(default_factory=list)

    def to_dict(self) -> dict:
        """The result as a plain dict (field name -> value), e.g. for JSON.

        Returns
        -------
        dict
            Every field of the dataclass (``dataclasses.asdict``).
        """
        return asdict(self)


def _finish(res: ChainResult, t_gamma, n_nu) -> ChainResult:
    res.n_eff = float(neff.n_eff(res.t_d_used_MeV, res.m_phi, res.br_nunu, n_nu=n_nu))
    res.n_eff_eq13 = float(neff.n_eff_eq13(res.t_d_used_MeV, res.m_phi, n_nu=n_nu))
    if t_gamma is not None:
        tg = P.check("t_gamma", t_gamma)
        if tg > res.t_d_used_MeV:
            raise ParameterError(
                f"t_gamma must be <= T_D = {res.t_d_used_MeV:.6g} MeV (Eq. 12 holds after decoupling), got {t_gamma!r}"
            )
        res.t_gamma_MeV = float(tg)
        res.t_nu_over_t_gamma = float(neff.tnu_over_tgamma(tg, res.t_d_used_MeV, res.m_phi, res.br_nunu, n_nu=n_nu))
    return res


def from_t_d(m_phi: float, t_d: float, br_nunu: float = 0.0, *, t_gamma: float | None = None,
             n_nu: int = 3) -> ChainResult:
    """N_eff (Eq. 7 + 12, and Eq. 13) for a given decoupling temperature T_D (no widths needed; scalars only).

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in (0, 1e6].
    t_d : float
        Decoupling temperature T_D [MeV], > 0.
    br_nunu : float
        BR(phi -> nu nu), in [0, 1) (default 0).
    t_gamma : float, optional
        Photon temperature [MeV], > 0 and <= T_D, at which T_nu/T_gamma (Eq. 12) is also reported.
    n_nu : int
        Number of neutrino species phi couples to, > 0 (default 3).

    Returns
    -------
    ChainResult
        With ``decoupling = t_d_method = "given"``; no widths or computed T_D.

    Raises
    ------
    ParameterError
        If an input is an array or outside its range (the registry's message), or ``t_gamma`` > T_D.
    """
    _scalars("from_t_d", m_phi=m_phi, t_d=t_d, br_nunu=br_nunu, t_gamma=t_gamma)
    m = P.check("m_phi", m_phi)
    td = P.check("t_d", t_d)
    br = P.check("br_nunu", br_nunu)
    if t_gamma is not None:
        P.check("t_gamma", t_gamma)
    res = ChainResult(m_phi=float(m), br_nunu=float(br), n_eff=math.nan, n_eff_eq13=math.nan,
                      t_d_used_MeV=float(td), decoupling="given", t_d_method="given")
    return _finish(res, t_gamma, n_nu)


def evaluate(m_phi: float, g_mu: float, br_nunu: float | None = None, g_nu: float | Sequence[float] | None = None,
             *, rate: str = "eq10", g_star: float | str = dec.G_STAR_PAPER, n_nu: int = 3,
             t_gamma: float | None = None, t_d_method: str = "exact", nunu: str = "eq4",
             t_min: float = dec.T_MIN_DEFAULT, t_max: float = dec.T_MAX_DEFAULT) -> ChainResult:
    """N_eff of one parameter point: widths -> T_D (Eq. 11 and exact) -> N_eff (Eq. 7+12 and Eq. 13) [-> T_nu/T_gamma].

    Give exactly one of ``br_nunu`` and ``g_nu``. Scalars only (one parameter point; see the module docstring for
    the array forms).

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in (0, 1e6].
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)]; not so small that phi's width underflows.
    br_nunu : float, optional
        BR(phi -> nu nu), in [0, 1); the neutrino width then follows from the visible one.
    g_nu : float or sequence of float, optional
        Neutrino coupling(s) (Eq. 2), each in [0, sqrt(4 pi)]: one number (nu_3 only) or three (per flavour).
    rate : str
        The nu nu <-> phi rate: ``"eq10"`` (the paper's Eq. 10, default) or ``"detailed_balance"``.
    g_star : float or str
        g_* in H(T), a number in [2, 106.75] (default 10.75, the paper's) or ``"T"`` (g_*(T)).
    n_nu : int
        Number of neutrino species phi couples to, > 0 (default 3).
    t_gamma : float, optional
        Photon temperature [MeV], > 0 and <= the T_D used, at which T_nu/T_gamma (Eq. 12) is also reported.
    t_d_method : str
        Which T_D feeds N_eff: ``"exact"`` (the crossing R = H, default) or ``"eq11"`` (the paper's Eq. 11).
    nunu : str
        Neutrino width: ``"eq4"`` (the paper's Eq. 4, default) or ``"majorana"`` (derived, 2x).
    t_min : float
        Lowest temperature of the exact R = H search [MeV], > 0 and < ``t_max`` (default 1e-3).
    t_max : float
        Highest temperature of the exact R = H search [MeV] (default 100).

    Returns
    -------
    ChainResult
        Widths, both T_D, the T_D used, N_eff (Eq. 7+12 and Eq. 13) and, with ``t_gamma``, T_nu/T_gamma.

    Raises
    ------
    ParameterError
        If an input is an array or outside its range (the registry's message), both or neither of ``br_nunu``
        and ``g_nu`` are given, or ``t_gamma`` > T_D; :class:`NoDecouplingError` (a ParameterError) if R > H
        still at ``t_min``.
    """
    _scalars("evaluate", m_phi=m_phi, g_mu=g_mu, br_nunu=br_nunu, t_gamma=t_gamma)
    if g_nu is not None and np.ndim(g_nu) > 1:
        raise ParameterError(f"g_nu must be a scalar or the 3 flavour couplings: chain.evaluate evaluates one "
                             f"parameter point; {_ARRAY_APIS}")
    from mevscalar.numeric import pheno

    P.check("m_phi", m_phi)
    P.check("g_mu", g_mu)
    t_d_method = P.check("t_d_method", t_d_method)
    rate = P.check("rate", rate)
    g_star = P.check("g_star", g_star)
    if t_gamma is not None:
        P.check("t_gamma", t_gamma)
    w = pheno.phi_widths(m_phi, g_mu, g_nu=g_nu, br_nunu=br_nunu, nunu=nunu)
    m, br, gam = float(w.m_phi), float(w.br_nunu), float(w.gamma_total)
    res = ChainResult(
        m_phi=m, br_nunu=br, n_eff=math.nan, n_eff_eq13=math.nan, t_d_used_MeV=math.nan,
        decoupling="", t_d_method=t_d_method, g_mu=float(w.g_mu), g_nu=tuple(float(v) for v in w.g_nu),
        gamma_total_MeV=gam, gamma_gg_MeV=float(w.gamma_gg), gamma_nunu_MeV=float(w.gamma_nunu),
        lifetime_s=float(w.lifetime_s), rate=rate, g_star=g_star,
    )
    if br > 0.0:
        e11 = dec.t_d_eq11(m, gam, br, g_star=g_star, rate=rate, n_nu=n_nu)
        ex = dec.t_d_exact(m, gam, br, g_star=g_star, rate=rate, n_nu=n_nu, t_min=t_min, t_max=t_max)
    else:
        e11 = ex = None
    if ex is not None and ex.status == "coupled_at_t_min":
        raise NoDecouplingError(
            f"no T_D solves R = H in [{t_min:g}, {t_max:g}] MeV: R > H still at T = {t_min:g} MeV "
            "(the resonance keeps neutrinos coupled; coupling too strong for this search range)"
        )
    res.t_d_eq11_MeV = None if e11 is None else e11.t_d_MeV
    res.t_recouple_eq11_MeV = None if e11 is None else e11.t_recouple_MeV
    res.t_d_exact_MeV = None if ex is None else ex.t_d_MeV
    res.t_recouple_MeV = None if ex is None else ex.t_recouple_MeV
    resonant = res.t_d_exact_MeV if t_d_method == "exact" else res.t_d_eq11_MeV
    res.t_d_used_MeV = dec.effective_t_d(resonant)
    if resonant is None:
        res.decoupling = "sm"
        res.notes.append(
            f"no decoupling from the resonance: R < H at every T ({t_d_method}); T_D is the SM value "
            f"{dec.T_D_SM_MEV} MeV"
        )
    elif resonant > dec.T_D_SM_MEV:
        res.decoupling = "sm"
        res.notes.append(
            f"the resonance decouples at {resonant:.4g} MeV, above T_D^SM = {dec.T_D_SM_MEV} MeV: T_D^SM is used"
        )
    else:
        res.decoupling = "resonance"
    return _finish(res, t_gamma, n_nu)
