"""Fig. 3 of the paper: the (m_phi, T_D) plane excluded by Planck's N_eff, and the BBN bound on T_D.

N_eff from Eq. 7 with Eq. 12 at T_gamma -> 0 and BR_nunu -> 0 (which is Eq. 13 exactly: Eq. 13 is the
BR_nunu^0 term, mevscalar.model.entropy.eq13_from_series); dashed: the 2 sigma edges at BR_nunu = 1e-2
and 1e-1, to show what the BR_nunu << 1 approximation leaves out. Planck 2018 N_eff = 2.99 +- 0.17
(data.NEFF["planck2018"], the paper's), BBN: T_D > 0.3 MeV (data.BBN_TD). The summary checks the
paper's statement that T_D in 0.4-0.8 MeV is needed for m_phi in the cosmological triangle (1-2 MeV).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from . import save_figure

TITLE = "Fig. 3: (m_phi, T_D) region allowed by Planck N_eff (Eq. 7 + 12 / Eq. 13) and the BBN T_D bound"

M_RANGE = (0.1, 10.0)  # MeV, log
TD_RANGE = (0.1, 3.0)  # MeV, log
N_M, N_TD = 400, 400
BR_DASHED = (1e-2, 1e-1)
#: (m_phi, T_D, BR) range over which the error of Eq. 13 is reported.
ERR_M, ERR_TD, ERR_BR = (0.1, 10.0), (0.1, 10.0), (1e-4, 1e-3, 1e-2, 0.1, 0.3, 0.5)


def compute(measurement=None) -> dict:
    from .. import paper
    from ..numeric.cosmology import neff
    from ..data import BBN_TD

    meas = neff._measurement(measurement)
    m = np.geomspace(*M_RANGE, N_M)
    td = np.geomspace(*TD_RANGE, N_TD)
    M, TD = np.meshgrid(m, td, indexing="ij")
    n0 = np.asarray(neff.n_eff(TD, M, 0.0))
    n13 = np.asarray(neff.n_eff_eq13(TD, M))
    dashed = {br: np.asarray(neff.n_eff(TD, M, br)) for br in BR_DASHED}
    intervals = {}
    for mm in paper.TRIANGLE_SAMPLES_MEV:
        intervals[mm] = {ns: neff.allowed_td_interval(mm, ns, 0.0, meas) for ns in (1.0, 2.0)}
    # error of Eq. 13 against Eq. 7 + 12 over the range of interest
    em = np.geomspace(*ERR_M, 120)[:, None]
    et = np.geomspace(*ERR_TD, 120)[None, :]
    eq13_err = {}
    for br in ERR_BR:
        rel = np.asarray(neff.eq13_relative_error(et, em, br))
        i = np.unravel_index(np.argmax(np.abs(rel)), rel.shape)
        eq13_err[br] = {"max_abs_rel": float(np.abs(rel).max()), "at_m_phi_MeV": float(em[i[0], 0]),
                        "at_t_d_MeV": float(et[0, i[1]]), "median_abs_rel": float(np.median(np.abs(rel)))}
    return {
        "m_phi_MeV": m, "t_d_MeV": td, "n_eff_br0": n0, "n_eff_eq13": n13, "n_eff_dashed": dashed,
        "eq13_vs_eq7_at_br0_max_rel": float(np.max(np.abs(n13 / n0 - 1))),
        "measurement": {"name": meas.name, "central": meas.central, "sigma": meas.sigma},
        "bbn_t_d_MeV": BBN_TD.value, "intervals": intervals, "eq13_error": eq13_err,
        "paper_window_MeV": paper.T_D_WINDOW_MEV,
    }


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    m, td, n = d["m_phi_MeV"], d["t_d_MeV"], d["n_eff_br0"]
    c, s = d["measurement"]["central"], d["measurement"]["sigma"]
    pull = np.abs(n - c) / s
    fig, ax = plt.subplots(figsize=(7, 5.2))
    ax.contourf(m, td, pull.T, levels=[1.0, 2.0], colors=["#f6b26b"], alpha=0.85)
    ax.contourf(m, td, pull.T, levels=[2.0, np.inf], colors=["#cc4125"], alpha=0.85)
    ax.contour(m, td, (d["n_eff_eq13"] - c).T / s, levels=[-2, 2], colors="k", linewidths=0.8)
    styles = {1e-2: ("--", "#1155cc"), 1e-1: (":", "#6aa84f")}
    for br, grid in d["n_eff_dashed"].items():
        ls, col = styles.get(br, ("--", "gray"))
        ax.contour(m, td, (grid - c).T / s, levels=[-2, 2], colors=col, linestyles=ls, linewidths=1.2)
    ax.axhspan(td[0], d["bbn_t_d_MeV"], color="cyan", alpha=0.35, lw=0)
    ax.axvspan(1.0, 2.0, color="gray", alpha=0.08, lw=0)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(r"$m_\phi$ [MeV]")
    ax.set_ylabel(r"$T_D$ [MeV]")
    ax.set_title(rf"Planck $N_{{\rm eff}} = {c:g} \pm {s:g}$: excluded regions (Eq. 7+12, BR$_{{\nu\nu}}\to 0$)",
                 fontsize=10)
    handles = [
        Patch(color="#f6b26b", label=r"excluded at 1$\sigma$"),
        Patch(color="#cc4125", label=r"excluded at 2$\sigma$"),
        Patch(color="cyan", alpha=0.35, label=r"BBN: $T_D < 0.3$ MeV"),
        Line2D([], [], color="k", lw=0.8, label=r"Eq. 13, 2$\sigma$ edges (identical at BR$\to$0)"),
        Line2D([], [], color="#1155cc", ls="--", label=r"Eq. 7+12, BR$_{\nu\nu}=10^{-2}$, 2$\sigma$"),
        Line2D([], [], color="#6aa84f", ls=":", label=r"Eq. 7+12, BR$_{\nu\nu}=10^{-1}$, 2$\sigma$"),
    ]
    ax.legend(handles=handles, fontsize=7.5, loc="upper left")
    fig.tight_layout()
    return save_figure(fig, out, "fig3", dpi=150)


def _summary(d: dict) -> tuple[dict, str]:
    lo_w, hi_w = d["paper_window_MeV"]
    rows = []
    for mm, by in d["intervals"].items():
        lo1, hi1 = by[1.0]
        lo2, hi2 = by[2.0]
        rows.append({"m_phi_MeV": mm, "t_d_min_1sigma": lo1, "t_d_max_1sigma": hi1,
                     "t_d_min_2sigma": lo2, "t_d_max_2sigma": hi2})
    lo_all = min(r["t_d_min_2sigma"] for r in rows)
    hi_all = max(r["t_d_max_2sigma"] for r in rows)
    common = (max(r["t_d_min_2sigma"] for r in rows), min(r["t_d_max_2sigma"] for r in rows))
    js = {
        "measurement": d["measurement"], "bbn_t_d_MeV": d["bbn_t_d_MeV"], "br_nunu": 0.0,
        "allowed_t_d_MeV": rows,
        "union_2sigma_MeV": [lo_all, hi_all], "common_2sigma_MeV": list(common),
        "paper_window_MeV": [lo_w, hi_w],
        "eq13_equals_eq7_12_at_br0_max_rel": d["eq13_vs_eq7_at_br0_max_rel"],
        "eq13_relative_error": [{"br_nunu": br, **v} for br, v in d["eq13_error"].items()],
        "grid": {"m_phi_MeV": [M_RANGE[0], M_RANGE[1], N_M], "t_d_MeV": [TD_RANGE[0], TD_RANGE[1], N_TD]},
    }
    md = [
        "# Fig. 3: T_D and m_phi allowed by Planck N_eff",
        "",
        f"N_eff from Eq. 7 + Eq. 12 at T_gamma -> 0 with BR_nunu -> 0 (= Eq. 13 exactly; max relative "
        f"difference on the grid {d['eq13_vs_eq7_at_br0_max_rel']:.1e}); measurement "
        f"{d['measurement']['name']}: N_eff = {d['measurement']['central']} +- {d['measurement']['sigma']}; "
        f"BBN: T_D > {d['bbn_t_d_MeV']} MeV.",
        "",
        "## Allowed T_D [MeV] in the cosmological triangle",
        "",
        "| m_phi [MeV] | 1 sigma: T_D min | T_D max | 2 sigma: T_D min | T_D max |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        md.append(f"| {r['m_phi_MeV']:g} | {r['t_d_min_1sigma']:.3f} | {r['t_d_max_1sigma']:.3f} | "
                  f"{r['t_d_min_2sigma']:.3f} | {r['t_d_max_2sigma']:.3f} |")
    md += [
        "",
        f"Paper (text below Eq. 13): T_D between {lo_w} and {hi_w} MeV for m_phi in the cosmological triangle. "
        f"Ours at 2 sigma: the union over m_phi = 1-2 MeV is [{lo_all:.2f}, {hi_all:.2f}] MeV and the T_D "
        f"allowed for every m_phi in 1-2 MeV is [{common[0]:.2f}, {common[1]:.2f}] MeV. The window moves up "
        f"with m_phi (a heavier phi has less entropy left at T_D to heat the photons): at {rows[0]['m_phi_MeV']:g} "
        f"MeV T_D must lie below {rows[0]['t_d_max_2sigma']:.2f} MeV, at {rows[-1]['m_phi_MeV']:g} MeV above "
        f"{rows[-1]['t_d_min_2sigma']:.2f} MeV, so the paper's {lo_w}-{hi_w} MeV is a fair summary of the "
        "1-2 MeV band, not a bound at each mass. Every 2 sigma window lies above the BBN bound "
        f"T_D > {d['bbn_t_d_MeV']} MeV (the paper: 'safely above'), but at m_phi = 1 MeV only just: it starts at "
        f"{rows[0]['t_d_min_2sigma']:.3f} MeV.",
        "",
        "## Error of Eq. 13 (BR_nunu << 1) against Eq. 7 + 12",
        "",
        f"Over m_phi in {list(ERR_M)} MeV, T_D in {list(ERR_TD)} MeV (120 x 120 log grid):",
        "",
        "| BR_nunu | max abs rel. error | at m_phi [MeV] | at T_D [MeV] | median |",
        "| --- | --- | --- | --- | --- |",
    ]
    for br, v in d["eq13_error"].items():
        md.append(f"| {br:g} | {v['max_abs_rel']:.2e} | {v['at_m_phi_MeV']:.3g} | {v['at_t_d_MeV']:.3g} | "
                  f"{v['median_abs_rel']:.2e} |")
    md += ["", "The error is first order in BR_nunu (d ln N_eff/d BR_nunu, model.entropy."
           "eq13_first_order_coefficient): Eq. 13 is good to < 1% only for BR_nunu <~ 1e-2.", ""]
    return js, "\n".join(md)


def _jsonable(v):
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, float) and not math.isfinite(v):
        return None if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def run(out: Path):
    out = Path(out)
    d = compute()
    figs = plot(d, out)
    js, md = _summary(d)
    (out / "fig3_summary.json").write_text(json.dumps(_jsonable(js), indent=2) + "\n", encoding="utf-8")
    (out / "fig3_summary.md").write_text(md, encoding="utf-8")
    return [
        (figs[0], "Fig. 3: (m_phi, T_D) excluded by Planck N_eff at 1/2 sigma, BBN T_D bound (PNG)"),
        (figs[1], "Fig. 3 (PDF)"),
        ("fig3_summary.md", "allowed T_D windows for m_phi = 1, 1.5, 2 MeV; error of Eq. 13 (Markdown)"),
        ("fig3_summary.json", "the same numbers (JSON)"),
    ]
