"""A figure the paper lacks: N_eff over the (m_phi, BR_nunu) plane, with the exact T_D.

g_mu is the 2021 g-2 central value at each m_phi; widths from Eq. (4) with the exact loop g_gg; T_D is
the exact crossing R = H (Eq. 10 rate, g_* = 10.75), replaced by T_D^SM = 2.3 MeV where the
resonance never brings R above H (below the dashed threshold line) or decouples above T_D^SM;
N_eff from Eq. (7) with Eq. (12). Contours: Planck 2018 N_eff at 1 and 2 sigma; the BBN bound
T_D = 0.3 MeV (Sabti et al. 2020; below it, T_D < 0.3 MeV is excluded). The whole grid is solved at
once (cosmology.decoupling.t_d_exact_grid is vectorised), in a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import save_figure

TITLE = "N_eff map over (m_phi, BR_nunu) with the exact T_D, Planck contours and the BBN T_D line"

M_RANGE = (0.5, 5.0)
BR_RANGE = (1e-6, 0.3)
N_M, N_BR = 90, 120


def compute(n_m: int | None = None, n_br: int | None = None) -> dict:
    """The grid (N_M x N_BR by default): N_eff, T_D used, threshold per m_phi."""
    from .. import pheno
    from ..cosmology import decoupling as dec
    from ..cosmology import neff
    from ..cosmology.scan import resonance_threshold_br
    from ..data import BBN_TD, GM2, NEFF

    m = np.geomspace(*M_RANGE, N_M if n_m is None else n_m)
    br = np.geomspace(*BR_RANGE, N_BR if n_br is None else n_br)
    g = np.asarray(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m), float)
    M, B = np.meshgrid(m, br, indexing="ij")
    G = np.broadcast_to(g[:, None], M.shape)
    w = pheno.phi_widths(M, G, br_nunu=B)
    res = dec.t_d_exact_grid(M, np.asarray(w.gamma_total, float), B)
    t_d = dec.effective_t_d(res["t_d"])
    n = np.asarray(neff.n_eff(t_d, M, B), float)
    thr = np.array([np.nan if (t := resonance_threshold_br(mi, gi)) is None else t for mi, gi in zip(m, g)])
    planck = NEFF["planck2018"]
    return {"m_phi_MeV": m, "br_nunu": br, "g_mu": g, "t_d_MeV": t_d, "n_eff": n, "status": res["status"],
            "br_threshold": thr, "planck": {"central": planck.central, "sigma": planck.sigma},
            "bbn_t_d_MeV": BBN_TD.value}


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import LogNorm

    m, br, n = d["m_phi_MeV"], d["br_nunu"], d["n_eff"]
    c, s = d["planck"]["central"], d["planck"]["sigma"]
    fig, ax = plt.subplots(figsize=(8, 6))
    pc = ax.pcolormesh(m, br, n.T, shading="nearest", cmap="viridis", norm=LogNorm(vmin=2.0, vmax=12.0))
    fig.colorbar(pc, ax=ax, label=r"$N_{\rm eff}$ (Eq. 7 + 12, exact $T_D$)")
    for k, ls in ((1, "-"), (2, "--")):
        cs = ax.contour(m, br, n.T, levels=[c - k * s, c + k * s], colors="white", linestyles=ls, linewidths=1.3)
        ax.clabel(cs, fmt={c - k * s: f"-{k}σ", c + k * s: f"+{k}σ"}, fontsize=7)
    cs = ax.contour(m, br, d["t_d_MeV"].T, levels=[d["bbn_t_d_MeV"]], colors="cyan", linewidths=1.5)
    ax.clabel(cs, fmt={d["bbn_t_d_MeV"]: r"$T_D$ = 0.3 MeV (BBN)"}, fontsize=7)
    ax.plot(m, d["br_threshold"], "r:", lw=1.5, label="resonance threshold (max R/H = 1)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(r"$m_\phi$ [MeV]")
    ax.set_ylabel(r"BR$_{\nu\nu}$")
    ax.set_title(r"$g_\mu$: 2021 g-2 central; Planck 2018 $N_{\rm eff}$ = %.2f $\pm$ %.2f (white: 1σ solid, 2σ dashed)"
                 % (c, s), fontsize=9)
    ax.legend(fontsize=8, loc="upper right")
    fig.tight_layout()
    return save_figure(fig, out, "neff_map", dpi=130)


def run(out: Path):
    out = Path(out)
    d = compute()
    js = {k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in d.items()}
    js["n_eff"] = [[None if not np.isfinite(x) else float(x) for x in row] for row in d["n_eff"]]
    js["br_threshold"] = [None if not np.isfinite(x) else float(x) for x in d["br_threshold"]]
    (out / "neff_map.json").write_text(json.dumps(js) + "\n", encoding="utf-8")
    c, s = d["planck"]["central"], d["planck"]["sigma"]
    lines = ["# N_eff over (m_phi, BR_nunu), exact T_D", "",
             "Per m_phi: the resonance threshold BR_nunu, N_eff just above it, and the BR_nunu grid range where "
             f"N_eff is within 2 sigma of Planck ({c} +- {s}).", "",
             "| m_phi [MeV] | g_mu | BR threshold | N_eff min / max over BR | BR range within 2 sigma (grid) |",
             "| --- | --- | --- | --- | --- |"]
    for i in range(0, len(d["m_phi_MeV"]), max(1, len(d["m_phi_MeV"]) // 15)):
        row = d["n_eff"][i]
        ok = np.abs(row - c) <= 2 * s
        rng = f"{d['br_nunu'][ok].min():.3g} - {d['br_nunu'][ok].max():.3g}" if ok.any() else "none"
        thr = d["br_threshold"][i]
        lines.append(f"| {d['m_phi_MeV'][i]:.3g} | {d['g_mu'][i]:.3g} | {'none' if np.isnan(thr) else f'{thr:.3g}'} "
                     f"| {row.min():.3f} / {row.max():.3f} | {rng} |")
    (out / "neff_map.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = plot(d, out)
    return [
        (names[0], "N_eff over (m_phi, BR_nunu) with Planck 1/2 sigma contours and the BBN T_D line (PNG)"),
        (names[1], "the same (PDF)"),
        ("neff_map.md", "N_eff map summary per m_phi"),
        ("neff_map.json", "N_eff map grid (JSON)"),
    ]
