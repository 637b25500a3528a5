"""The paper's scenario on the (m_phi, BR_nunu) plane: N_eff from the precision solver and from Eqs. 11 + 12.

g_mu is the g-2 central value at each m_phi (2021 and 2025 data sets); widths from Eq. (4) with the exact
loop g_gg. Per data set: N_eff from the paper's method (Eq. 7 + 12 at the exact R = H crossing, Eq. 10
rate, g_* = 10.75; :func:`mevscalar.numeric.cosmology.verdict.chain_map`), from the precision Boltzmann solver with
unmixed and with mixed neutrinos (:func:`mevscalar.numeric.cosmology.verdict.scenario_map`, through the scan
engine on a 2-process pool), and the difference solver (unmixed) - Eqs. 11+12. Contours: Planck 2018
N_eff at 1 sigma (solid) and 2 sigma (dashed). The grid is ``verdict.default_masses(N_M)`` x
``verdict.default_brs(N_BR)`` (module constants: the cost is N_M x N_BR x 4 solver runs).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .. import paper
from . import band_contours, mass_br_axes, save_figure

TITLE = "N_eff over (m_phi, BR_nunu): precision Boltzmann solver vs Eqs. 11 + 12, Planck contours, both g-2 data sets"

#: grid knobs (tests set them small): log-spaced masses (plus the paper's 1, 1.5, 2 MeV) and BR_nunu points;
#: None = verdict.N_M / verdict.N_BR (the audit rows read the same grid, so they reuse the solved points).
N_M = None
N_BR = None
#: processes of the pool the solver points run on.
WORKERS = 2
#: None: a process pool of WORKERS; "thread": a thread pool (tests, stubbed solver).
EXECUTOR = None

_MAPS: dict = {}


def grid():
    from ..numeric.cosmology import verdict as v

    return v.default_masses(N_M), v.default_brs(N_BR)


def _executor():
    import concurrent.futures as cf

    from ..numeric.cosmology import runner

    if EXECUTOR == "thread":
        return cf.ThreadPoolExecutor(max_workers=WORKERS)
    # the runner's pool: its start-method rule (fork only a single-threaded process without JAX), workers that
    # ignore Ctrl-C and die with this process
    return runner.process_pool(WORKERS)


def compute(executor=None) -> dict:
    """{"chain": {ds: chain_map}, "solver": {(ds, flavour): scenario_map}, "planck": {...}} on :func:`grid`."""
    from ..numeric.cosmology import verdict as v
    from ..data import neff_dataset

    ms, bs = grid()
    own = executor is None
    ex = _executor() if own else executor
    try:
        solver = {(ds, fl): v.scenario_map(ms, bs, ds, fl, ex) for ds in v.GM2_DATASETS for fl in v.FLAVOURS}
    finally:
        if own:
            ex.shutdown()
    chain = {ds: v.chain_map(ms, bs, ds) for ds in v.GM2_DATASETS}
    p = neff_dataset(v.NEFF_DATASET)
    return {"chain": chain, "solver": solver, "planck": {"name": p.name, "central": p.central, "sigma": p.sigma}}


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import LogNorm, TwoSlopeNorm

    from ..numeric.cosmology import verdict as v

    c, s = d["planck"]["central"], d["planck"]["sigma"]
    dss = list(v.GM2_DATASETS)
    fig, axes = plt.subplots(len(dss), 4, figsize=(17, 4.2 * len(dss)), squeeze=False)
    for r, ds in enumerate(dss):
        cm = d["chain"][ds]
        m, br = cm["m_phi_MeV"], cm["br_nunu"]
        panels = [("Eqs. 11 + 12 (exact $T_D$)", cm["n_eff"]),
                  ("solver, unmixed", d["solver"][(ds, "unmixed")]["n_eff"]),
                  ("solver, mixed", d["solver"][(ds, "mixed")]["n_eff"])]
        for k, (lab, n) in enumerate(panels):
            ax = axes[r, k]
            z = np.ma.masked_invalid(n)
            pc = ax.pcolormesh(m, br, z.T, shading="nearest", cmap="viridis", norm=LogNorm(vmin=2.0, vmax=12.0))
            band_contours(ax, m, br, n, c, s, "white")
            fig.colorbar(pc, ax=ax, label=r"$N_{\rm eff}$")
            ax.set_title(f"g-2 {ds}: {lab}", fontsize=9)
        ax = axes[r, 3]
        diff = d["solver"][(ds, "unmixed")]["n_eff"] - cm["n_eff"]
        lim = max(0.05, float(np.nanmax(np.abs(diff))) if np.isfinite(diff).any() else 1.0)
        pc = ax.pcolormesh(m, br, np.ma.masked_invalid(diff).T, shading="nearest", cmap="RdBu_r",
                           norm=TwoSlopeNorm(0.0, -lim, lim))
        fig.colorbar(pc, ax=ax, label=r"$\Delta N_{\rm eff}$")
        band_contours(ax, m, br, cm["n_eff"], c, s, "black")
        band_contours(ax, m, br, d["solver"][(ds, "unmixed")]["n_eff"], c, s, "tab:green")
        ax.set_title(f"g-2 {ds}: solver (unmixed) - Eqs. 11+12\nPlanck contours: black Eqs. 11+12, green solver",
                     fontsize=9)
        for ax in axes[r]:
            mass_br_axes(ax)
            ax.axhspan(*v.PAPER_BR_RANGE, xmin=0, xmax=1, facecolor="none", edgecolor="red", hatch="..", lw=0)
    fig.suptitle(f"$g_\\mu$ from g-2 central values; Planck 2018 $N_{{\\rm eff}}$ = {c} $\\pm$ {s} (1σ solid, 2σ "
                 f"dashed); red dots: the paper's BR range {paper.BR_RANGE_TEXT}", fontsize=10)
    fig.tight_layout()
    return save_figure(fig, out, "neff_map", dpi=110)


def _js(a):
    a = np.asarray(a, float)
    return [[None if not np.isfinite(x) else float(x) for x in row] for row in a] if a.ndim == 2 else \
        [None if not np.isfinite(x) else float(x) for x in a]


def to_json(d: dict) -> dict:
    out = {"planck": d["planck"], "maps": []}
    for ds, cm in d["chain"].items():
        out["maps"].append({"dataset": ds, "method": "chain", "m_phi_MeV": _js(cm["m_phi_MeV"]),
                            "br_nunu": _js(cm["br_nunu"]), "g_mu": _js(cm["g_mu"]), "n_eff": _js(cm["n_eff"]),
                            "t_d_MeV": _js(cm["t_d_MeV"])})
    for (ds, fl), sm in d["solver"].items():
        out["maps"].append({"dataset": ds, "method": f"boltzmann_{fl}", "m_phi_MeV": _js(sm["m_phi_MeV"]),
                            "br_nunu": _js(sm["br_nunu"]), "g_mu": _js(sm["g_mu"]), "n_eff": _js(sm["n_eff"]),
                            "errors": [list(e) for e in sm["errors"]]})
    return out


def markdown(d: dict) -> str:
    from ..numeric.cosmology import verdict as v

    c, s = d["planck"]["central"], d["planck"]["sigma"]
    lines = ["# N_eff over (m_phi, BR_nunu): precision solver vs Eqs. 11 + 12", "",
             f"g_mu: g-2 central value per data set. Planck 2018: {c} +- {s}. Solver: `numeric/cosmology/boltzmann.py` "
             f"(options {v.SOLVER_OPTIONS}), both flavour treatments; Eqs. 11+12: Eq. 7 + 12 at the exact R = H "
             "crossing. Cells: N_eff chain / unmixed / mixed ('n/a': no decoupling or solver failure).", ""]
    for ds in v.GM2_DATASETS:
        cm = d["chain"][ds]
        su, sx = d["solver"][(ds, "unmixed")], d["solver"][(ds, "mixed")]
        lines += [f"## g-2 {ds}", "", "| m_phi [MeV] | g_mu | " + " | ".join(f"{b:.2g}" for b in cm["br_nunu"]) + " |",
                  "| --- | --- | " + " | ".join("---" for _ in cm["br_nunu"]) + " |"]
        for i, m in enumerate(cm["m_phi_MeV"]):
            cells = [f"{_n(cm['n_eff'][i, j])} / {_n(su['n_eff'][i, j])} / {_n(sx['n_eff'][i, j])}"
                     for j in range(len(cm["br_nunu"]))]
            lines.append(f"| {m:.3g} | {cm['g_mu'][i]:.3g} | " + " | ".join(cells) + " |")
        errs = su["errors"] + sx["errors"]
        if errs:
            lines += ["", f"Solver failures ({len(errs)}): " + "; ".join(f"m = {m:g}, BR = {b:g}: {e}"
                                                                         for m, b, e in errs[:8])]
        lines.append("")
    return "\n".join(lines)


def _n(x) -> str:
    return "n/a" if not np.isfinite(x) else f"{x:.3f}"


def run(out: Path):
    out = Path(out)
    d = compute()
    _MAPS.clear()
    _MAPS.update(d)
    (out / "neff_map.json").write_text(json.dumps(to_json(d)) + "\n", encoding="utf-8")
    (out / "neff_map.md").write_text(markdown(d), encoding="utf-8")
    names = plot(d, out)
    return [
        (names[0], "N_eff maps (solver unmixed/mixed, Eqs. 11+12, difference) with Planck 1/2 sigma, g-2 2021 and "
                   "2025 (PNG)"),
        (names[1], "the same (PDF)"),
        ("neff_map.md", "N_eff map tables per g-2 data set: Eqs. 11+12 / solver unmixed / solver mixed"),
        ("neff_map.json", "N_eff map grids (JSON)"),
    ]
