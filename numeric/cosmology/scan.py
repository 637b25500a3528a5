"""Inverse scans: for each m_phi, the BR_nunu (and nu_3 coupling) ranges consistent with an N_eff measurement.

Numeric (no SymPy). Units: MeV. g_mu is fixed by a g-2 data set (its central value, via
:func:`mevscalar.numeric.pheno.g_mu_for_delta_a_mu`) or given. For each m_phi, N_eff(BR_nunu) (Eq. 7 + 12,
with the exact T_D by default) is tabulated on a log grid of BR_nunu, the sub-ranges with
|N_eff - central| <= n sigma are located, and their edges polished with scipy.optimize.brentq.
An edge that coincides with the scanned range [br_min, br_max] is flagged (``*_at_scan_edge``): the
allowed range continues beyond the scan there. Results are written as CSV with the stdlib ``csv``.

Boltzmann maps (:func:`boltzmann_map`): N_eff from the T_nu/T_gamma evolution
(:func:`mevscalar.numeric.cosmology.boltzmann.evolve`, ~0.3-1 s a point) on an (m_phi log grid) x (BR_nunu
log grid), evaluated through :func:`mevscalar.numeric.cosmology.runner.run` on any concurrent.futures
Executor (process pool, Dask), written row by row and resumable; :func:`boltzmann_intervals` reads
the BR_nunu ranges inside an N_eff band off such a map (linear interpolation in log BR_nunu).
"""

from __future__ import annotations

import csv
import math
import sys
import time
from pathlib import Path

import numpy as np

from mevscalar.data import Measurement, gm2_dataset, neff_dataset
from mevscalar.validate import ParameterError, choice, finite, in_range, positive

from . import decoupling as dec
from . import neff
from .chain import T_D_METHODS

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
    """A tiny progress bar on stderr, drawn only when stderr is a terminal (no tqdm dependency)."""

    def __init__(self, total: int, label: str = "", stream=None, enabled: bool | None = None):
        self.total, self.label, self.n = max(int(total), 1), label, 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.t0 = time.perf_counter()

    def update(self, k: int = 1) -> None:
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
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _widths(m, g_mu, br):
    from mevscalar.numeric import pheno

    return pheno.phi_widths(m, g_mu, br_nunu=br)


def neff_of_br(m_phi: float, g_mu: float, br, *, rate: str = "eq10", g_star=dec.G_STAR_PAPER,
               t_d_method: str = "exact", n_nu: int = 3):
    """(N_eff, T_D used [MeV]) for an array of BR_nunu at fixed m_phi [MeV] and g_mu (vectorised T_D)."""
    choice("t_d_method", t_d_method, T_D_METHODS)
    br = np.atleast_1d(np.asarray(in_range("br_nunu", br, 0.0, 1.0, hi_closed=False), float))
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


def resonance_threshold_br(m_phi: float, g_mu: float, *, rate: str = "eq10", g_star=dec.G_STAR_PAPER,
                           t_d_method: str = "exact", n_nu: int = 3, br_lo: float = 1e-12, br_hi: float = 0.999):
    """The BR_nunu at which R first touches H (max R/H = 1), or None outside [br_lo, br_hi].

    R is proportional to Gamma_total BR_nunu BR_gg = Gamma_visible BR_nunu, monotone in BR_nunu, so the
    threshold is unique. Below it T_D is the SM value; just above it T_D jumps to the temperature of
    the maximum of R/H, so N_eff(BR_nunu) is discontinuous there (scan grids include both sides).
    """
    from scipy.optimize import brentq

    choice("t_d_method", t_d_method, T_D_METHODS)

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
N_GRID_MAX = 100_000


def _check_br_grid(br_min, br_max, n_grid):
    """The BR_nunu scan range 0 < br_min < br_max < 1 and 2 <= n_grid <= N_GRID_MAX (ParameterError otherwise)."""
    in_range("br_min", br_min, 0.0, 1.0, lo_closed=False, hi_closed=False)
    in_range("br_max", br_max, 0.0, 1.0, lo_closed=False, hi_closed=False)
    if not br_min < br_max:
        raise ParameterError(f"br_min must be < br_max (allowed: 0 < br_min < br_max < 1), got {br_min!r}, {br_max!r}")
    if int(n_grid) != n_grid or not 2 <= n_grid <= N_GRID_MAX:
        raise ParameterError(f"n_grid must be an integer in [2, {N_GRID_MAX}], got {n_grid!r}")


def _grid(m_phi, g_mu, br_min, br_max, n_grid, kw):
    grid = np.geomspace(br_min, br_max, int(n_grid))
    thr = resonance_threshold_br(m_phi, g_mu, **kw)
    if thr is not None:
        extra = [b for b in (thr * (1 - 1e-9), thr * (1 + 1e-9)) if br_min < b < br_max]
        grid = np.unique(np.concatenate([grid, extra]))
    return grid


def br_intervals(m_phi: float, g_mu: float, measurement: Measurement, nsigma: float, *,
                 br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97, **kw):
    """Sub-intervals [lo, hi] of [br_min, br_max] where |N_eff - central| <= nsigma * sigma.

    Returns a list of (lo, hi, lo_at_edge, hi_at_edge).
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


def scan(m_phis, *, dataset: str = "2021", g_mu=None, neff: str | Measurement = "planck2018",
         br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97, rate: str = "eq10",
         g_star=dec.G_STAR_PAPER, t_d_method: str = "exact", n_nu: int = 3, progress: bool | None = None):
    """One row (dict, keys :data:`COLUMNS`) per m_phi: the BR_nunu and g_nu3 ranges at 1 and 2 sigma.

    ``neff`` is a data-set name in ``data.NEFF`` or a :class:`Measurement` (``Measurement.user(c, s)``).
    The g_nu3 column is the nu_3-only coupling that gives that BR_nunu (pheno.phi_widths convention).
    """
    from mevscalar.numeric import pheno

    ms = np.atleast_1d(np.asarray(positive("m_phi", m_phis, "MeV"), float))
    if ms.size == 0:
        raise ParameterError("m_phi: the scan range is empty")
    _check_br_grid(br_min, br_max, n_grid)
    meas = neff if isinstance(neff, Measurement) else neff_dataset(neff)
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


def write_csv(rows: list[dict], path) -> Path:
    """Write scan rows to CSV (empty cells for None)."""
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


def check_boltzmann_options(options) -> dict:
    """The solver options as a dict, each a keyword that this version of boltzmann.evolve accepts.

    The options are passed through uninterpreted (e.g. ``qed``, ``chemical_potentials``,
    ``flavour``, ``rtol``); one the installed solver does not know is a ParameterError naming it.
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
    """One map point: boltzmann.evolve(m_phi, g_mu, br_nunu=..., **options) -> {n_eff, t_nu_over_t_gamma_final}.

    A top-level function, so that it pickles to process pools and Dask workers. A non-finite result
    is raised as a RuntimeError (the runner records it in the point's ``error`` cell).
    """
    from . import boltzmann

    r = boltzmann.evolve(m_phi_MeV, g_mu, br_nunu=br_nunu, **(options or {}))
    out = {"n_eff": float(r.n_eff), "t_nu_over_t_gamma_final": float(r.t_nu_over_t_gamma_final)}
    if not all(math.isfinite(v) for v in out.values()):
        raise RuntimeError(f"Boltzmann evolution gave a non-finite result {out}")
    return out


boltzmann_point.outputs = tuple(BOLTZMANN_OUTPUTS)


def boltzmann_points(m_phis, br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97, *,
                     dataset: str = "2021", g_mu=None) -> list[dict]:
    """The map's points, m_phi-major: {m_phi_MeV, br_nunu, g_mu} on m_phis x geomspace(br_min, br_max, n_grid).

    g_mu is the g-2 central value of ``dataset`` at each m_phi (as :func:`scan` does), or ``g_mu``.
    """
    from mevscalar.numeric import pheno

    from . import boltzmann

    ms = np.atleast_1d(np.asarray(positive("m_phi", m_phis, "MeV"), float))
    if ms.size == 0:
        raise ParameterError("m_phi: the scan range is empty")
    rng = getattr(boltzmann, "M_PHI_RANGE", None)
    if rng is not None:
        in_range("m_phi", ms, *rng)
    _check_br_grid(br_min, br_max, n_grid)
    if g_mu is None:
        gm2 = gm2_dataset(dataset)
        gs = [float(pheno.g_mu_for_delta_a_mu(gm2.central, m)) for m in ms]
    else:
        g = float(finite("g_mu", g_mu, allowed="(-inf, 0) U (0, inf)"))
        if g == 0.0:
            raise ParameterError("g_mu must be != 0 (allowed range (-inf, 0) U (0, inf))")
        gs = [g] * ms.size
    brs = np.geomspace(br_min, br_max, int(n_grid))
    return [{"m_phi_MeV": float(m), "br_nunu": float(b), "g_mu": g} for m, g in zip(ms, gs) for b in brs]


def boltzmann_map(m_phis, out, *, br_min: float = 1e-6, br_max: float = 0.5, n_grid: int = 97,
                  dataset: str = "2021", g_mu=None, options: dict | None = None, executor=None,
                  workers: int | None = None, resume: bool = False, force: bool = False,
                  progress: bool | None = None) -> list[dict]:
    """Boltzmann N_eff on (m_phis) x (BR_nunu log grid), one CSV row per point as it finishes.

    Columns :data:`BOLTZMANN_COLUMNS`. ``options`` go to boltzmann.evolve unchanged (checked only
    against its signature); ``executor``: any concurrent.futures.Executor, e.g. a Dask
    ``client.get_executor()``; None: a process pool with ``workers`` (default os.cpu_count())
    processes. ``out`` is checked before any work; an existing ``out`` needs ``resume`` (compute only
    the missing points; refused if it was made with other options or data set) or ``force``. A
    solver failure (RuntimeError) at a point is written in its ``error`` cell; bad input raises
    ParameterError. Returns the rows in grid order (m_phi-major). See docs/scans.md.
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


def boltzmann_intervals(rows, neff: str | Measurement = "planck2018", nsigma: float = 2.0) -> list[dict]:
    """Per m_phi of a Boltzmann map, the BR_nunu intervals where |N_eff - central| <= nsigma sigma.

    N_eff is interpolated linearly in log BR_nunu between the map's grid points (rows with an error
    are left out). Returns, in m_phi order of first appearance, dicts with m_phi_MeV, g_mu,
    n_points, n_errors and intervals = [{br_lo, br_hi, lo_at_scan_edge, hi_at_scan_edge}], an edge
    at the first or last usable grid point being flagged (the band may continue past it).
    """
    positive("nsigma", nsigma)
    meas = neff if isinstance(neff, Measurement) else neff_dataset(neff)
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
