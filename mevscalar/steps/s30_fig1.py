"""Fig. 1: the |g_gg| band consistent with Delta a_mu, against m_phi (0.1 - 200 MeV), for 2021 and 2025 data.

g_gg is the exact one-loop muon triangle (Eq. 3) with g_mu fixed by Eq. (5) to the g-2 band; the paper's
m_phi << m_mu approximation of g_gg is drawn dashed on the same g_mu edges. Internally MeV^-1; the axis
is in GeV^-1 (x 1e3), converted only at the axis.

Experimental exclusion regions (the paper's gray/blue regions, taken from Depta et al. 2020) are not
reproduced here, because their numbers are not in the paper. A user can overlay them from CSV files:

    MEVSCALAR_FIG1_EXCLUSIONS=/path/a.csv:/path/b.csv  mev-scalar reproduce --only s30_fig1

or ``make_figure(out, exclusions=[...])``. Each CSV has a header with the columns ``m_phi_MeV`` and
``g_gg_per_GeV`` (a curve in the figure's units), optional ``name`` (several curves per file, one per
name; default: the file name) and optional ``side`` (``above``/``below``: shade the excluded side).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import numpy as np

from ..data import GM2
from ..validate import ParameterError

TITLE = "Fig. 1: g_gg band from Delta a_mu (exact muon loop), 2021 and 2025 g-2 data"

ENV_VAR = "MEVSCALAR_FIG1_EXCLUSIONS"
M_RANGE_MEV = (0.1, 200.0)
DATASETS = ("2021", "2025")
MEV_TO_GEV = 1e3  # g [GeV^-1] = 1e3 * g [MeV^-1]


def bands(masses=None) -> dict:
    """{dataset: {nsigma: {...}}}: g_mu and |g_gg| edges [MeV^-1] (exact and the paper's approximation)."""
    from .. import pheno

    m = np.geomspace(*M_RANGE_MEV, 300) if masses is None else np.asarray(masses, float)
    out = {"m_phi_MeV": m}
    for ds in DATASETS:
        out[ds] = {}
        for n in (1, 2):
            lo, hi = pheno.gm2_band(m, ds, n)
            lo, hi = np.broadcast_to(lo, m.shape), np.broadcast_to(hi, m.shape)
            out[ds][n] = {
                "g_mu_low": lo,
                "g_mu_high": hi,
                "g_gg_low_per_MeV": np.abs(pheno.g_gg(lo, m)),
                "g_gg_high_per_MeV": np.abs(pheno.g_gg(hi, m)),
                "g_gg_approx_low_per_MeV": np.abs(pheno.g_gg_approx(lo)),
                "g_gg_approx_high_per_MeV": np.abs(pheno.g_gg_approx(hi)),
                "reaches_zero": bool(np.all(lo == 0.0)),
            }
    return out


def read_exclusions(paths) -> list[dict]:
    """Parse exclusion-curve CSVs (see module doc) into [{name, side, m_phi_MeV, g_gg_per_GeV}]."""
    curves: dict = {}
    for p in paths:
        p = Path(p)
        if not p.is_file():
            raise ParameterError(f"exclusions: no such CSV file {str(p)!r}")
        with p.open(newline="", encoding="utf-8") as fh:
            rd = csv.DictReader(fh)
            cols = set(rd.fieldnames or ())
            need = {"m_phi_MeV", "g_gg_per_GeV"}
            if not need <= cols:
                raise ParameterError(f"exclusions: {p.name} needs columns m_phi_MeV, g_gg_per_GeV; has {sorted(cols)}")
            for i, row in enumerate(rd, start=2):
                name = (row.get("name") or "").strip() or p.stem
                try:
                    mv, gv = float(row["m_phi_MeV"]), float(row["g_gg_per_GeV"])
                except (TypeError, ValueError):
                    raise ParameterError(f"exclusions: {p.name} line {i}: m_phi_MeV and g_gg_per_GeV must be numbers") from None
                if not (mv > 0 and gv > 0 and np.isfinite(mv) and np.isfinite(gv)):
                    raise ParameterError(f"exclusions: {p.name} line {i}: m_phi_MeV and g_gg_per_GeV must be > 0")
                side = (row.get("side") or "").strip().lower()
                if side not in ("", "above", "below"):
                    raise ParameterError(f"exclusions: {p.name} line {i}: side must be above or below, got {side!r}")
                c = curves.setdefault((p.name, name), {"name": name, "side": side, "m_phi_MeV": [], "g_gg_per_GeV": []})
                c["side"] = c["side"] or side
                c["m_phi_MeV"].append(mv)
                c["g_gg_per_GeV"].append(gv)
    return list(curves.values())


def _env_paths() -> list[str]:
    raw = os.environ.get(ENV_VAR, "").strip()
    return [s for s in raw.split(os.pathsep) if s.strip()] if raw else []


def make_figure(out: Path, exclusions=None, stem: str = "fig1_g_gg") -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    b = bands()
    m = b["m_phi_MeV"]
    curves = read_exclusions(exclusions if exclusions is not None else _env_paths())
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.6), sharey=True)
    for ax, ds in zip(axes, DATASETS):
        b1, b2 = b[ds][1], b[ds][2]
        if b2["reaches_zero"]:
            ax.plot(m, MEV_TO_GEV * b2["g_gg_high_per_MeV"], color="tab:green", lw=2,
                    label=r"2$\sigma$ upper edge (band reaches $g_\mu=0$)")
            ax.plot(m, MEV_TO_GEV * b1["g_gg_high_per_MeV"], color="darkgreen", lw=1.2,
                    label=r"1$\sigma$ upper edge (band reaches $g_\mu=0$)")
            ax.plot(m, MEV_TO_GEV * b2["g_gg_approx_high_per_MeV"], "k--", lw=1,
                    label=r"paper's $g_{\gamma\gamma}\approx-2\alpha g_\mu/(3\pi m_\mu)$, 2$\sigma$ edge")
        else:
            ax.fill_between(m, MEV_TO_GEV * b2["g_gg_low_per_MeV"], MEV_TO_GEV * b2["g_gg_high_per_MeV"],
                            color="tab:green", alpha=0.35, lw=0, label=r"$\Delta a_\mu$ within 2$\sigma$ (exact loop)")
            ax.fill_between(m, MEV_TO_GEV * b1["g_gg_low_per_MeV"], MEV_TO_GEV * b1["g_gg_high_per_MeV"],
                            color="darkgreen", alpha=0.45, lw=0, label=r"within 1$\sigma$")
            for key in ("g_gg_approx_low_per_MeV", "g_gg_approx_high_per_MeV"):
                ax.plot(m, MEV_TO_GEV * b2[key], "k--", lw=1,
                        label=r"paper's approximation, 2$\sigma$ edges" if key.endswith("low_per_MeV") else None)
        for i, c in enumerate(curves):
            order = np.argsort(c["m_phi_MeV"])
            xs, ys = np.asarray(c["m_phi_MeV"])[order], np.asarray(c["g_gg_per_GeV"])[order]
            (ln,) = ax.plot(xs, ys, lw=1.2, color=f"C{(i + 3) % 10}", label=c["name"])
            if c["side"] == "above":
                ax.fill_between(xs, ys, 1e3, color=ln.get_color(), alpha=0.15, lw=0)
            elif c["side"] == "below":
                ax.fill_between(xs, 1e-12, ys, color=ln.get_color(), alpha=0.15, lw=0)
        meas = GM2[ds]
        ax.set_title(rf"$\Delta a_\mu = ({meas.central * 1e11:.0f} \pm {meas.sigma * 1e11:.0f})\times10^{{-11}}$ ({ds})")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(*M_RANGE_MEV)
        ax.set_xlabel(r"$m_\phi$ [MeV]")
        ax.grid(True, which="both", alpha=0.2)
        ax.legend(fontsize=7, loc="lower left")
    ylo, yhi = 1e-7, 1e-4
    for c in curves:  # widen the window to show user curves
        ylo, yhi = min(ylo, min(c["g_gg_per_GeV"])), max(yhi, max(c["g_gg_per_GeV"]))
    axes[0].set_ylim(ylo, yhi)
    axes[0].set_ylabel(r"$|g_{\gamma\gamma}|$ [GeV$^{-1}$] (computed in MeV$^{-1}$, $\times10^3$ at the axis)")
    note = "no exclusion regions (supply CSVs via $" + ENV_VAR.replace("_", r"\_") + "$)" if not curves else \
        f"{len(curves)} user-supplied exclusion curve(s)"
    fig.suptitle(r"Fig. 1: $g_{\gamma\gamma}$ from the muon loop with $g_\mu$ fixed by $\Delta a_\mu$; " + note, fontsize=9)
    fig.tight_layout()
    out = Path(out)
    fig.savefig(out / f"{stem}.png", dpi=150)
    fig.savefig(out / f"{stem}.pdf")
    plt.close(fig)
    data = {"m_phi_MeV": m.tolist(), "units": "g_mu dimensionless, g_gg in MeV^-1"}
    for ds in DATASETS:
        data[ds] = {f"{n}sigma": {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in b[ds][n].items()} for n in (1, 2)}
    (out / f"{stem}.json").write_text(json.dumps(data) + "\n", encoding="utf-8")
    return [
        (f"{stem}.png", "Fig. 1: |g_gg| band vs m_phi for 2021 and 2025 g-2 data (PNG)"),
        (f"{stem}.pdf", "Fig. 1 (PDF)"),
        (f"{stem}.json", "Fig. 1 band data: g_mu and |g_gg| edges [MeV^-1] at 1 and 2 sigma"),
    ]


def run(out: Path):
    return make_figure(out)
