"""Inverse scans: for each m_phi, the BR_nunu (and nu_3 coupling) ranges consistent with an N_eff measurement.

Numeric (no SymPy). Units: MeV. g_mu is fixed by a g-2 data set (its central value, via
:func:`mevscalar.numeric.pheno.g_mu_for_delta_a_mu`) or given. For each m_phi, N_eff(BR_nunu) (Eq. 7 + 12,
with the exact T_D by default) is tabulated on a log grid of BR_nunu, the sub-ranges with
|N_eff - central| <= n sigma are located, and their edges polished with scipy.optimize.brentq.
An edge that coincides with the scanned range [br_min, br_max] is flagged (``*_at_scan_edge``): the
allowed range continues beyond the scan there. Results are written as CSV with the stdlib ``csv``.

Every input that is a registered parameter (m_phi, g_mu, br_nunu, br_min, br_max, n_grid, rate, g_star,
t_d_method, the g-2 data set ``dataset`` = ``gm2_dataset``, the N_eff data set ``neff`` = ``neff_dataset``) is
checked by :func:`mevscalar.parameters.check`: one range and one message, as on the command line
(``mev-scalar neff-scan``); a Boltzmann map's masses in m_phi's ``"boltzmann"`` domain.

Boltzmann maps (:func:`boltzmann_map`): N_eff from the T_nu/T_gamma evolution
(:func:`mevscalar.numeric.cosmology.boltzmann.evolve`, ~0.3-1 s a point) on an (m_phi log grid) x (BR_nunu
log grid), evaluated through :func:`mevscalar.numeric.cosmology.runner.run` on any concurrent.futures
Executor (process pool, Dask), written row by row and resumable; :func:`boltzmann_intervals` reads
the BR_nunu ranges inside an N_eff band off such a map (linear interpolation in log BR_nunu).
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import math
import os
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

import numpy as np
from numpy.typing import ArrayLike

from mevscalar import parameters as P
from mevscalar.data import Measurement, gm2_dataset
from mevscalar.validate import ParameterError, in_range, positive

from . import decoupling as dec
from . import neff
from .neff import _measurement  # one reading of an N_eff measurement (name, Measurement or pair)

__all__ = ["Progress", "neff_of_br", "resonance_threshold_br", "br_intervals", "scan", "write_csv", "COLUMNS",
           "BOLTZMANN_COLUMNS", "boltzmann_point", "boltzmann_points", "boltzmann_map", "boltzmann_intervals",
           "check_boltzmann_options"]

NSIGMAS = (1, 2)
COLUMNS = ["m_phi_MeV", "g_mu", "br_threshold", "neff_below_threshold", "neff_above_threshold",
           "t_d_above_threshold_MeV"] + [
    f"{k}_{n}sigma"
    for n in NSIGMAS
    for k in ("br_lo", "br_hi", "g_nu3_lo", "g_nu3_hi", "t_d_lo_MeV", "t_d_hi_MeV", "n_intervals",
              "lo_at_scan_edge", "hi_at_scan_edge")
]


class Progress:
    """A tiny progress bar on stderr, drawn only when stderr is a terminal (no tqdm dependency).

    Parameters
    ----------
    total : int
        The number of steps of a full bar (values below 1 count as 1).
    label : str
        Text in front of the bar (default none).
    stream : file-like, optional
        Where the bar is drawn (default ``sys.stderr``).
    enabled : bool, optional
        Draw the bar; None (default): only if ``stream`` is a terminal.
    """

    def __init__(self, total: int, label: str = "", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.total, self.label, self.n = max(int(total), 1), label, 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.t0 = time.perf_counter()

    def update(self, k: int = 1) -> None:
        """Advance the bar by ``k`` steps and redraw it (with the estimated time left) if enabled.

        Parameters
        ----------
        k : int
            Steps done since the last update (default 1).
        """
        self.n += k
        if not self.enabled:
            return
        frac = min(self.n / self.total, 1.0)
        bar = "#" * int(30 * frac)
        dt = time.perf_counter() - self.t0
        eta = dt / frac - dt if frac > 0 else 0.0
        self.stream.write(f"\r{self.label} [{bar:<30}] {self.n}/{self.total} eta {eta:5.1f}s")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line (a newline on the stream) if enabled."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _widths(m, g_mu, br):
    from mevscalar.numeric import pheno

    return pheno.phi_widths(m, g_mu, br_nunu=br)


def _check_options(rate: str, g_star: float | str, t_d_method: str) -> tuple[str, float | str, str]:
    """rate, g_star and t_d_method checked by the registry (the CLI's messages)."""
    return P.check("rate", rate), P.check("g_star", g_star), P.check("t_d_method", t_d_method)


def neff_of_br(m_phi: float, g_mu: float, br: ArrayLike, *, rate: str = "eq10",
               g_star: float | str = dec.G_STAR_PAPER, t_d_method: str = "exact",
               n_nu: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """N_eff (Eq. 7 + 12) and the T_D used, for an array of BR_nunu at fixed m_phi and g_mu (vectorised T_D).

    The vectorised twin of :func:`mevscalar.numeric.cosmology.chain.evaluate` over BR_nunu: widths from
    :func:`mevscalar.numeric.pheno.phi_widths`, T_D from the exact R = H crossing
    (:func:`decoupling.t_d_exact_grid`) or Eq. 11, passed through :func:`decoupling.effective_t_d` (T_D^SM when
    the resonance does not decouple the neutrinos below it).

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in (0, 1e6].
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)]; not so small that phi's width underflows.
    br : float or array_like
        BR(phi -> nu nu), each in [0, 1); a scalar is treated as a 1-element array.
    rate : str
        The nu nu <-> phi rate: ``"eq10"`` (the paper's Eq. 10, default) or ``"detailed_balance"``.
    g_star : float or str
        g_* in H(T), a number in [2, 106.75] (default 10.75, the paper's) or ``"T"`` (g_*(T)).
    t_d_method : str
        Which T_D: ``"exact"`` (the crossing R = H, default) or ``"eq11"`` (the paper's Eq. 11).
    n_nu : int
        Number of neutrino species phi couples to, > 0 (default 3).

    Returns
    -------
    n_eff : numpy.ndarray
        N_eff at each BR_nunu (1-d, same length as ``br``).
    t_d : numpy.ndarray
        The decoupling temperature used at each BR_nunu [MeV].

    Raises
    ------
    ParameterError
        If an input is outside its range (the registry's message); :class:`chain.NoDecouplingError` (a
        ParameterError) if with ``t_d_method="exact"`` R > H persists down to the lowest temperature searched
        for some BR_nunu.
    """
    P.check("m_phi", m_phi)
    P.check("g_mu", g_mu)
    rate, g_star, t_d_method = _check_options(rate, g_star, t_d_method)
    br = np.atleast_1d(np.asarray(P.check("br_nunu", br), float))
    w = _widths(m_phi, g_mu, br)
    gam = np.asarray(w.gamma_total, float) * np.ones_like(br)
    if t_d_method == "exact":
        g = dec.t_d_exact_grid(m_phi, gam, br, g_star=g_star, rate=rate, n_nu=n_nu)
        if np.any(g["status"] == 2):
            from .chain import NoDecouplingError

            raise NoDecouplingError("R > H down to the lowest temperature searched for some BR_nunu in the scan")
        t_res = g["t_d"]
    else:
        t_res = np.array([
            np.nan if (r := dec.t_d_eq11(m_phi, gm, b, g_star=g_star, rate=rate, n_nu=n_nu)).t_d_MeV is None
            else r.t_d_MeV
            for gm, b in zip(gam, br)
        ])
    t_d = dec.effective_t_d(t_res)
    return np.asarray(neff.n_eff(t_d, float(m_phi), br, n_nu=n_nu), float), t_d  # Eq. 7 + 12


def resonance_threshold_br(m_phi: float, g_mu: float, *, rate: str = "eq10",
                           g_star: float | str = dec.G_STAR_PAPER, t_d_method: str = "exact", n_nu: int = 3,
                           br_lo: float = 1e-12, br_hi: float = 0.999) -> float | None:
    """The BR_nunu at which R first touches H (max R/H = 1), or None outside [br_lo, br_hi].

    R is proportional to Gamma_total BR_nunu BR_gg = Gamma_visible BR_nunu, monotone in BR_nunu, so the
    threshold is unique. Below it T_D is the SM value; just above it T_D jumps to the temperature of
    the maximum of R/H, so N_eff(BR_nunu) is discontinuous there (scan grids include both sides).
    Solved with brentq in ln BR_nunu (relative tolerance 1e-12).

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in (0, 1e6].
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)]; not so small that phi's width underflows.
    rate : str
        The nu nu <-> phi rate: ``"eq10"`` (the paper's Eq. 10, default) or ``"detailed_balance"``.
    g_star : float or str
        g_* in H(T), a number in [2, 106.75] (default 10.75, the paper's) or ``"T"`` (g_*(T)).
    t_d_method : str
        ``"exact"`` (max of R/H with the true K_1, default) or ``"eq11"`` (where Eq. 11's argument L reaches its
        minimum L_min for a root).
    n_nu : int
        Number of neutrino species phi couples to, > 0 (default 3).
    br_lo : float
        Lower end of the BR_nunu search, in (0, br_hi) (default 1e-12).
    br_hi : float
        Upper end of the BR_nunu search, in (br_lo, 1) (default 0.999).

    Returns
    -------
    float or None
        The threshold BR_nunu (dimensionless), or None if R/H does not cross 1 in [br_lo, br_hi].

    Raises
    ------
    ParameterError
        If an input is outside its range (the registry's message), or br_lo, br_hi are not 0 < br_lo < br_hi < 1.
    """
    from scipy.optimize import brentq

    P.check("m_phi", m_phi)
    P.check("g_mu", g_mu)
    rate, g_star, t_d_method = _check_options(rate, g_star, t_d_method)
    # the search brackets (no CLI flag, so no registry row): inside (0, 1), where ln BR and Gamma(BR) exist
    br_lo = float(in_range("br_lo", br_lo, 0.0, 1.0, lo_closed=False, hi_closed=False))
    br_hi = float(in_range("br_hi", br_hi, 0.0, 1.0, lo_closed=False, hi_closed=False))
    if not br_lo < br_hi:
        raise ParameterError(f"br_lo must be < br_hi, got br_lo = {br_lo!r}, br_hi = {br_hi!r}")

    def h(lb):
        b = math.exp(lb)
        gam = float(_widths(m_phi, g_mu, b).gamma_total)
        if t_d_method == "eq11":
            return dec.t_d_eq11(m_phi, gam, b, g_star=g_star, rate=rate, n_nu=n_nu).L - dec.EQ11_L_MIN
        return float(dec.t_d_exact_grid(m_phi, gam, b, g_star=g_star, rate=rate, n_nu=n_nu)["max_log_r_over_h"])

    a, b = math.log(br_lo), math.log(br_hi)
    ha, hb = h(a), h(b)
    if ha > 0 or hb < 0:
        return None
    return math.exp(brentq(h, a, b, xtol=1e-13, rtol=1e-12))


#: Largest BR_nunu grid per m_phi: the exact T_D solve holds an (n_grid x 241) array of floats.
N_GRID_MAX = int(P.get("n_grid").interval.hi)  # the registry's bound of n_grid (declared once)


def _check_br_grid(br_min, br_max, n_grid):
    """The BR_nunu scan range 0 < br_min < br_max < 1 and 2 <= n_grid <= N_GRID_MAX (ParameterError otherwise).

    Each value by the registry (the CLI's message), then the order of the two ends.
    """
    br_min = P.check("br_min", br_min)
    br_max = P.check("br_max", br_max)
    if not br_min < br_max:
        raise ParameterError(f"br_min must be < br_max (allowed: 0 < br_min < br_max < 1), got {br_min!r}, {br_max!r}")
    P.check("n_grid", n_grid)


def _grid(m_phi, g_mu, br_min, br_max, n_grid, kw):
    grid = np.geomspace(br_min, br_max, int(n_grid))
    thr = resonance_threshold_br(m_phi, g_mu, **kw)
    if thr is not None:
        extra = [b for b in (thr * (1 - 1e-9), thr * (1 + 1e-9)) if br_min < b < br_max]
        grid = np.unique(np.concatenate([grid, extra]))
    return grid


def br_intervals(m_phi: float, g_mu: float, measurement: Measurement, nsigma: float, *,
                 br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97,
                 **kw: Any) -> list[tuple[float, float, bool, bool]]:
    """Sub-intervals [lo, hi] of [br_min, br_max] where |N_eff - central| <= nsigma * sigma.

    N_eff(BR_nunu) from :func:`neff_of_br` on a log grid (plus both sides of the resonance threshold), each
    edge between two grid points polished by brentq in ln BR_nunu.

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in (0, 1e6].
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)]; not so small that phi's width underflows.
    measurement : Measurement
        The N_eff measurement (central value and 1 sigma), e.g. ``data.neff_dataset("planck2018")``.
    nsigma : float
        Half-width of the band in units of sigma, > 0.
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-6).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.5).
    n_grid : int
        Grid points (log-spaced), in [2, 100000] (default 97).
    **kw : dict
        ``rate``, ``g_star``, ``t_d_method``, ``n_nu`` of :func:`neff_of_br`.

    Returns
    -------
    list of tuple
        (lo, hi, lo_at_scan_edge, hi_at_scan_edge) per interval, ascending: the ends in BR_nunu and whether
        each is the grid's first/last point (the band continues past it).

    Raises
    ------
    ParameterError
        If an input is outside its range (the registry's message for m_phi, g_mu, br_min, br_max, n_grid and
        the options) or ``br_min >= br_max``.
    """
    positive("nsigma", nsigma)
    _check_br_grid(br_min, br_max, n_grid)
    lo_b, hi_b = measurement.band(nsigma)
    grid = _grid(m_phi, g_mu, br_min, br_max, n_grid, kw)
    neff, _ = neff_of_br(m_phi, g_mu, grid, **kw)
    return _intervals(grid, neff, lo_b, hi_b, lambda b: float(neff_of_br(m_phi, g_mu, b, **kw)[0][0]))


def _intervals(grid, neff, lo_b, hi_b, f, *, xtol: float = 1e-12, rtol: float = 1e-10):
    """Sub-intervals of ``grid`` where lo_b <= N_eff <= hi_b, each edge between two grid points polished by brentq.

    grid: ascending BR_nunu (> 0); neff: N_eff on the grid; f(BR) -> N_eff between grid points (the chain, an
    interpolant, or the precision solver: every caller picks its N_eff, the bracketing and the bound crossed are
    chosen here once). The root is sought in ln BR to ``xtol`` (absolute, in ln BR) + ``rtol``. Returns
    [(lo, hi, lo_at_scan_edge, hi_at_scan_edge)]; an edge at the first or last grid point is flagged, not solved.
    """
    from scipy.optimize import brentq

    inside = (neff >= lo_b) & (neff <= hi_b)
    out = []
    i, n = 0, len(grid)
    while i < n:
        if not inside[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and inside[j + 1]:
            j += 1
        edges = []
        for a, b, left in ((i - 1, i, True), (j, j + 1, False)):
            if a < 0 or b >= n:
                edges.append((grid[i] if left else grid[j], True))
                continue
            # which bound is crossed between grid[a] and grid[b] (N_eff may jump there: brentq then
            # converges on the jump, which is the edge)
            outside_val = neff[a] if left else neff[b]
            bound = hi_b if outside_val > hi_b else lo_b
            root = brentq(lambda lb: f(math.exp(lb)) - bound, math.log(grid[a]), math.log(grid[b]),
                          xtol=xtol, rtol=rtol)
            edges.append((math.exp(root), False))
        out.append((edges[0][0], edges[1][0], edges[0][1], edges[1][1]))
        i = j + 1
    return out


def _masses(m_phis: ArrayLike, domain: str | None = None) -> np.ndarray:
    """The scan's masses as a 1-d float array, each checked as m_phi by the registry (in ``domain`` if given)."""
    ms = np.atleast_1d(np.asarray(P.check("m_phi", m_phis, domain), float))
    if ms.size == 0:
        raise ParameterError("m_phi: the scan range is empty")
    return ms


def scan(m_phis: ArrayLike, *, dataset: str = "2021", g_mu: float | None = None,
         neff: str | Measurement = "planck2018", br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97,
         rate: str = "eq10", g_star: float | str = dec.G_STAR_PAPER, t_d_method: str = "exact", n_nu: int = 3,
         progress: bool | None = None) -> list[dict]:
    """The BR_nunu and g_nu3 ranges consistent with an N_eff measurement at 1 and 2 sigma, one row per m_phi.

    Per m_phi: the resonance threshold (and N_eff, T_D on both sides of it), then per band the intervals of
    :func:`br_intervals`' method on the grid; a row reports the envelope [first lo, last hi] and the number of
    intervals. The g_nu3 columns are the nu_3-only coupling that gives that BR_nunu (pheno.phi_widths
    convention). Every input is checked before any work.

    Parameters
    ----------
    m_phis : float or array_like
        Scalar masses m_phi [MeV], each in (0, 1e6]; at least one.
    dataset : str
        g-2 data set (registry name ``gm2_dataset``) fixing g_mu at its central value: ``"2021"`` (the paper's
        Eq. 1, default) or ``"2025"``; unused when ``g_mu`` is given.
    g_mu : float, optional
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)], instead of the g-2 value.
    neff : str or Measurement
        N_eff measurement: a data-set name (registry ``neff_dataset``: ``"planck2018"``, default, or
        ``"planck2018_paper"``) or a :class:`Measurement` (``Measurement.user(c, s)``).
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-6).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.5).
    n_grid : int
        BR_nunu grid points per m_phi (log-spaced), in [2, 100000] (default 97).
    rate : str
        The nu nu <-> phi rate: ``"eq10"`` (the paper's Eq. 10, default) or ``"detailed_balance"``.
    g_star : float or str
        g_* in H(T), a number in [2, 106.75] (default 10.75, the paper's) or ``"T"`` (g_*(T)).
    t_d_method : str
        Which T_D: ``"exact"`` (the crossing R = H, default) or ``"eq11"`` (the paper's Eq. 11).
    n_nu : int
        Number of neutrino species phi couples to, > 0 (default 3).
    progress : bool, optional
        Draw a progress bar on stderr; None (default): if it is a terminal.

    Returns
    -------
    list of dict
        One dict per m_phi with the keys :data:`COLUMNS`: m_phi_MeV, g_mu, br_threshold (None without one), N_eff
        and T_D [MeV] at the threshold, and per band (``_1sigma``, ``_2sigma``) br_lo/br_hi, g_nu3_lo/hi,
        t_d_lo/hi_MeV, n_intervals and the ``*_at_scan_edge`` flags (None where no BR_nunu is inside the band).

    Raises
    ------
    ParameterError
        If ``m_phis`` is empty or an input is outside its range (the registry's message, as ``mev-scalar
        neff-scan``), or ``br_min >= br_max``; :class:`chain.NoDecouplingError` (a ParameterError) if R > H
        persists down to the lowest temperature searched on the grid.
    """
    from mevscalar.numeric import pheno

    ms = _masses(m_phis)
    if g_mu is None:
        P.check("gm2_dataset", dataset)
    else:
        P.check("g_mu", g_mu)
    _check_br_grid(br_min, br_max, n_grid)
    rate, g_star, t_d_method = _check_options(rate, g_star, t_d_method)
    meas = _measurement(neff)
    gm2 = gm2_dataset(dataset) if g_mu is None else None
    kw = dict(rate=rate, g_star=g_star, t_d_method=t_d_method, n_nu=n_nu)
    bar = Progress(ms.size, "neff-scan", enabled=progress)
    rows = []
    for m in ms:
        g = float(pheno.g_mu_for_delta_a_mu(gm2.central, m)) if g_mu is None else float(g_mu)
        grid = _grid(m, g, br_min, br_max, n_grid, kw)
        nv, _ = neff_of_br(m, g, grid, **kw)
        thr = resonance_threshold_br(m, g, **kw)
        row = {"m_phi_MeV": float(m), "g_mu": g, "br_threshold": thr}
        if thr is not None:
            n2, t2 = neff_of_br(m, g, np.array([thr * (1 - 1e-9), thr * (1 + 1e-9)]), **kw)
            row.update(neff_below_threshold=float(n2[0]), neff_above_threshold=float(n2[1]),
                       t_d_above_threshold_MeV=float(t2[1]))
        for ns in NSIGMAS:
            lo_b, hi_b = meas.band(ns)
            ivs = _intervals(grid, nv, lo_b, hi_b, lambda b, m=m, g=g: float(neff_of_br(m, g, b, **kw)[0][0]))
            key = f"_{ns}sigma"
            row["n_intervals" + key] = len(ivs)
            if ivs:
                lo, hi = ivs[0][0], ivs[-1][1]
                w = _widths(m, g, np.array([lo, hi]))
                # an edge may sit on the jump at the resonance threshold: read T_D just inside the range
                _, td = neff_of_br(m, g, np.array([lo * (1 + 1e-8), hi * (1 - 1e-8)]), **kw)
                row.update({
                    "br_lo" + key: lo, "br_hi" + key: hi,
                    "g_nu3_lo" + key: float(w.g_nu[2][0]), "g_nu3_hi" + key: float(w.g_nu[2][1]),
                    "t_d_lo_MeV" + key: float(min(td)), "t_d_hi_MeV" + key: float(max(td)),
                    "lo_at_scan_edge" + key: bool(ivs[0][2]), "hi_at_scan_edge" + key: bool(ivs[-1][3]),
                })
            else:
                row.update({k + key: None for k in ("br_lo", "br_hi", "g_nu3_lo", "g_nu3_hi", "t_d_lo_MeV",
                                                     "t_d_hi_MeV", "lo_at_scan_edge", "hi_at_scan_edge")})
        rows.append(row)
        bar.update()
    bar.close()
    return rows


def write_csv(rows: list[dict], path: str | os.PathLike) -> Path:
    """Write scan rows to a CSV file (columns :data:`COLUMNS`, empty cells for None); the folder is created.

    Parameters
    ----------
    rows : list of dict
        Rows of :func:`scan` (keys outside :data:`COLUMNS` are ignored, missing ones written empty).
    path : str or os.PathLike
        The CSV file (overwritten).

    Returns
    -------
    pathlib.Path
        ``path`` as a path.
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in COLUMNS})
    return p


# --------------------------------------------------------------------------- Boltzmann N_eff maps
#: Columns of a Boltzmann map (runner.run's order: inputs, outputs, error).
BOLTZMANN_INPUTS = ["m_phi_MeV", "br_nunu", "g_mu"]
BOLTZMANN_OUTPUTS = ["n_eff", "t_nu_over_t_gamma_final"]
BOLTZMANN_COLUMNS = BOLTZMANN_INPUTS + BOLTZMANN_OUTPUTS + ["error"]
#: Keywords of boltzmann.evolve that a map sets itself (not options).
_POINT_ARGS = ("m_phi", "g_mu", "br_nunu", "g_nu")


def _evolve_params():
    import inspect

    from . import boltzmann

    sig = inspect.signature(boltzmann.evolve)
    var_kw = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in sig.parameters.values())
    return set(sig.parameters), var_kw


def check_boltzmann_options(options: Mapping[str, Any] | None) -> dict:
    """The solver options as a dict, each a keyword that this version of boltzmann.evolve accepts.

    The options are passed through uninterpreted (e.g. ``qed``, ``chemical_potentials``,
    ``flavour``, ``rtol``); one the installed solver does not know is a ParameterError naming it.

    Parameters
    ----------
    options : mapping, optional
        Keyword -> value for :func:`mevscalar.numeric.cosmology.boltzmann.evolve`; None or empty: none.

    Returns
    -------
    dict
        A copy of the options.

    Raises
    ------
    ParameterError
        If an option is one the map sets itself (m_phi, g_mu, br_nunu, g_nu) or, unless evolve takes
        ``**kwargs``, not a keyword of the installed evolve.
    """
    opts = dict(options or {})
    names, var_kw = _evolve_params()
    for k in opts:
        if k in _POINT_ARGS:
            raise ParameterError(f"options: {k!r} is set by the scan grid, not an option")
        if not var_kw and k not in names:
            known = sorted(n for n in names if n not in _POINT_ARGS)
            raise ParameterError(f"options: the installed Boltzmann solver has no option {k!r} (it has: "
                                 f"{', '.join(known)})")
    return opts


def _point_options(opts: dict) -> dict:
    """The options a map point passes to evolve: the user's, plus n_out=20 if the solver takes n_out and the
    user did not set it (a map needs the end point only, not a T_nu/T_gamma curve of hundreds of points)."""
    run_opts = dict(opts)
    names, _ = _evolve_params()
    if "n_out" in names and "n_out" not in run_opts:
        run_opts["n_out"] = 20
    return run_opts


def boltzmann_point(m_phi_MeV: float, br_nunu: float, g_mu: float, options: dict | None = None) -> dict:
    """N_eff and the final T_nu/T_gamma of one map point: boltzmann.evolve(m_phi, g_mu, br_nunu=..., **options).

    A top-level function, so that it pickles to process pools and Dask workers. A non-finite result
    is raised as a RuntimeError (the runner records it in the point's ``error`` cell).

    Parameters
    ----------
    m_phi_MeV : float
        Scalar mass m_phi [MeV], in the solver's domain [0.01, 30] (checked by evolve).
    br_nunu : float
        BR(phi -> nu nu), in [0, 1) (checked by evolve).
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)] (checked by evolve).
    options : dict, optional
        Further keywords of evolve (see :func:`check_boltzmann_options`); default none.

    Returns
    -------
    dict
        ``{"n_eff": float, "t_nu_over_t_gamma_final": float}`` (dimensionless), both finite.

    Raises
    ------
    RuntimeError
        If the solver fails or gives a non-finite result.
    """
    from . import boltzmann

    r = boltzmann.evolve(m_phi_MeV, g_mu, br_nunu=br_nunu, **(options or {}))
    out = {"n_eff": float(r.n_eff), "t_nu_over_t_gamma_final": float(r.t_nu_over_t_gamma_final)}
    if not all(math.isfinite(v) for v in out.values()):
        raise RuntimeError(f"Boltzmann evolution gave a non-finite result {out}")
    return out


boltzmann_point.outputs = tuple(BOLTZMANN_OUTPUTS)


def boltzmann_points(m_phis: ArrayLike, br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97, *,
                     dataset: str = "2021", g_mu: float | None = None) -> list[dict]:
    """The map's points, m_phi-major: {m_phi_MeV, br_nunu, g_mu} on m_phis x geomspace(br_min, br_max, n_grid).

    g_mu is the g-2 central value of ``dataset`` at each m_phi (as :func:`scan` does), or ``g_mu``.

    Parameters
    ----------
    m_phis : float or array_like
        Scalar masses m_phi [MeV], each in m_phi's ``"boltzmann"`` domain [0.01, 30]
        (``boltzmann.M_PHI_RANGE``); at least one.
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-6).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.5).
    n_grid : int
        BR_nunu grid points per m_phi (log-spaced), in [2, 100000] (default 97).
    dataset : str
        g-2 data set (registry name ``gm2_dataset``): ``"2021"`` (default) or ``"2025"``; unused with ``g_mu``.
    g_mu : float, optional
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)] and != 0, the same at every m_phi.

    Returns
    -------
    list of dict
        ``len(m_phis) * n_grid`` dicts {m_phi_MeV [MeV], br_nunu, g_mu} (floats), m_phi-major.

    Raises
    ------
    ParameterError
        If ``m_phis`` is empty or an input is outside its range (the registry's message), ``br_min >= br_max``
        or ``g_mu == 0``.
    """
    from mevscalar.numeric import pheno

    ms = _masses(m_phis, "boltzmann")
    _check_br_grid(br_min, br_max, n_grid)
    if g_mu is None:
        gm2 = gm2_dataset(P.check("gm2_dataset", dataset))
        gs = [float(pheno.g_mu_for_delta_a_mu(gm2.central, m)) for m in ms]
    else:
        g = float(P.check("g_mu", g_mu))
        if g == 0.0:  # the registry's range holds 0; a map needs a decaying phi
            raise ParameterError(f"g_mu must be != 0 for a Boltzmann map (phi must decay; allowed range "
                                 f"{P.get('g_mu').range_text()} without 0), got {g_mu!r}")
        gs = [g] * ms.size
    brs = np.geomspace(br_min, br_max, int(n_grid))
    return [{"m_phi_MeV": float(m), "br_nunu": float(b), "g_mu": g} for m, g in zip(ms, gs) for b in brs]


def boltzmann_map(m_phis: ArrayLike, out: str | os.PathLike, *, br_min: float = 1e-6, br_max: float = 0.5,
                  n_grid: int = 97, dataset: str = "2021", g_mu: float | None = None, options: dict | None = None,
                  executor: cf.Executor | None = None, workers: int | None = None, resume: bool = False,
                  force: bool = False, progress: bool | None = None) -> list[dict]:
    """Boltzmann N_eff on (m_phis) x (BR_nunu log grid), one CSV row per point as it finishes.

    Columns :data:`BOLTZMANN_COLUMNS`. An existing ``out`` needs ``resume`` (compute only the missing points;
    refused if it was made with other options or data set) or ``force``. A solver failure (RuntimeError) at a
    point is written in its ``error`` cell. See docs/scans.md.

    Parameters
    ----------
    m_phis : float or array_like
        Scalar masses m_phi [MeV], each in m_phi's ``"boltzmann"`` domain [0.01, 30]; at least one.
    out : str or os.PathLike
        The CSV file (checked by :func:`runner.check_out` before any work).
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-6).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.5).
    n_grid : int
        BR_nunu grid points per m_phi (log-spaced), in [2, 100000] (default 97).
    dataset : str
        g-2 data set fixing g_mu (registry ``gm2_dataset``): ``"2021"`` (default) or ``"2025"``.
    g_mu : float, optional
        Muon Yukawa coupling g_mu, in [-sqrt(4 pi), sqrt(4 pi)] and != 0, instead of the g-2 value.
    options : dict, optional
        Keywords of boltzmann.evolve, passed unchanged (checked only against its signature,
        :func:`check_boltzmann_options`).
    executor : concurrent.futures.Executor, optional
        Any executor, e.g. a Dask ``client.get_executor()``; None: a process pool with ``workers`` processes.
    workers : int, optional
        Processes of the default pool, >= 1 (default ``os.cpu_count()``); only without ``executor``.
    resume : bool
        Continue an existing ``out``, computing only the missing points (default False).
    force : bool
        Overwrite an existing ``out`` (default False).
    progress : bool, optional
        Draw a progress bar on stderr; None (default): if it is a terminal.

    Returns
    -------
    list of dict
        The rows (m_phi_MeV, br_nunu, g_mu, n_eff, t_nu_over_t_gamma_final, error) in grid order (m_phi-major).

    Raises
    ------
    ParameterError
        If an input is outside its range, ``out`` cannot be used, or an option is unknown (see
        :func:`boltzmann_points`, :func:`check_boltzmann_options` and :func:`runner.run`).
    """
    from functools import partial

    from . import runner

    runner.check_out(out, resume=resume, force=force)
    opts = check_boltzmann_options(options)
    points = boltzmann_points(m_phis, br_min, br_max, n_grid, dataset=dataset, g_mu=g_mu)
    run_opts = _point_options(opts)
    meta = {"kind": "boltzmann N_eff map", "options": opts,
            "g_mu": "given" if g_mu is not None else f"g-2 {dataset} central value"}
    return runner.run(partial(boltzmann_point, options=run_opts), points, out, executor=executor, resume=resume,
                      force=force, progress=progress, workers=workers, meta=meta, label="neff-scan boltzmann")


def boltzmann_intervals(rows: Iterable[Mapping[str, Any]], neff: str | Measurement = "planck2018",
                        nsigma: float = 2.0) -> list[dict]:
    """Per m_phi of a Boltzmann map, the BR_nunu intervals where |N_eff - central| <= nsigma sigma.

    N_eff is interpolated linearly in log BR_nunu between the map's grid points (rows with an error
    are left out); an edge at the first or last usable grid point is flagged (the band may continue past it).

    Parameters
    ----------
    rows : iterable of mapping
        Map rows with m_phi_MeV, br_nunu (> 0), g_mu, n_eff (None on failure) and error, e.g. the rows
        :func:`boltzmann_map` returns.
    neff : str or Measurement
        N_eff measurement: a data-set name (registry ``neff_dataset``: ``"planck2018"``, default, or
        ``"planck2018_paper"``) or a :class:`Measurement`.
    nsigma : float
        Half-width of the band in units of sigma, > 0 (default 2).

    Returns
    -------
    list of dict
        In m_phi order of first appearance: {m_phi_MeV, g_mu, n_points, n_errors, intervals}, intervals a list
        of {br_lo, br_hi, lo_at_scan_edge, hi_at_scan_edge}.

    Raises
    ------
    ParameterError
        If ``nsigma`` is not > 0 or ``neff`` is not a known data set.
    """
    positive("nsigma", nsigma)
    meas = _measurement(neff)
    lo_b, hi_b = meas.band(nsigma)
    by_m: dict[float, list] = {}
    for r in rows:
        by_m.setdefault(float(r["m_phi_MeV"]), []).append(r)
    out = []
    for m, rs in by_m.items():
        good = sorted((float(r["br_nunu"]), float(r["n_eff"])) for r in rs
                      if r.get("n_eff") is not None and not r.get("error"))
        entry = {"m_phi_MeV": m, "g_mu": float(rs[0]["g_mu"]), "n_points": len(rs), "n_errors": len(rs) - len(good),
                 "intervals": []}
        if good:
            grid = np.array([b for b, _ in good])
            nv = np.array([n for _, n in good])
            lg = np.log(grid)
            f = lambda b, lg=lg, nv=nv: float(np.interp(math.log(b), lg, nv))  # noqa: E731
            entry["intervals"] = [{"br_lo": float(lo), "br_hi": float(hi), "lo_at_scan_edge": bool(elo),
                                   "hi_at_scan_edge": bool(ehi)}
                                  for lo, hi, elo, ehi in _intervals(grid, nv, lo_b, hi_b, f)]
        out.append(entry)
    return out
