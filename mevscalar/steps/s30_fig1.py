"""Fig. 1 as the paper draws it: the constraint landscape and the g-2 band, for 2021 and 2025 data.

Top row, (m_phi, |g_gg|): the |g_gg| band consistent with Delta a_mu (exact one-loop muon triangle,
Eq. 3, with g_mu fixed by Eq. 5; the paper's m_phi << m_mu approximation dashed on the same g_mu
edges) over the shipped limit curves of ``mevscalar.limits`` (AxionLimits, pseudoscalar limits read
as scalar ones, paper Sec. II): beam dumps and HB stars (robust, gray, solid boundary), SN1987A
(disputed, gray, dashed boundary), BBN + N_eff of standard cosmology (Depta et al. 2020, blue,
dashed) and the SN explosion-energy bound the paper declines to apply (dotted, unfilled).
Bottom row, (m_phi, g_mu): the g-2 band and the same curves mapped with the exact loop (a point is
excluded iff its |g_gg(g_mu, m_phi)| is). The mass window(s) where the 2 sigma band survives the
robust bounds and standard cosmology are shaded: yellow where some of the band survives, orange
where all of it does. Limits on g_mu published only as figures
(BaBar, Belle II, NA64mu, BESIII, the SN bounds of Caputo, Raffelt, Vitagliano) are named on the
figure and not drawn. Internally MeV, MeV^-1; the axis is in GeV^-1 (x 1e3), converted only there.

User curves overlay the shipped ones:

    MEVSCALAR_FIG1_EXCLUSIONS=/path/a.csv:/path/b.txt  mev-scalar reproduce --only s30_fig1

or ``make_figure(out, exclusions=[...])``. A ``.csv`` file has a header with the columns ``m_phi_MeV``
and ``g_gg_per_GeV`` (a curve in the figure's units), optional ``name`` (several curves per file, one
per name; default: the file name) and optional ``side`` (``above``/``below``: shade the excluded side).
Any other file is read in the format of the shipped curves: two columns, m_a [eV] and g [GeV^-1],
``#`` comments, a closed contour unless a ``# shape: upper_limit`` / ``lower_limit`` line says otherwise
(``mevscalar.limits.read_curve_file``).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import numpy as np

from ..data import GM2
from ..validate import ParameterError

TITLE = "Fig. 1: constraint landscape and the g-2 band (|g_gg| and g_mu planes), 2021 and 2025 g-2 data"

ENV_VAR = "MEVSCALAR_FIG1_EXCLUSIONS"
M_RANGE_MEV = (0.1, 200.0)
DATASETS = ("2021", "2025")
MEV_TO_GEV = 1e3  # g [GeV^-1] = 1e3 * g [MeV^-1]
G_GG_YLIM_PER_GEV = (1e-10, 1e-2)
G_MU_YLIM = (1e-7, 1e-1)
#: The bounds whose union defines the shaded open window (paper Sec. II: robust bounds + standard cosmology).
WINDOW_SET = "robust+cosmology"

_FACE = {"robust": "0.55", "disputed": "0.75", "cosmology": "tab:blue", "not_applied": "none", "user": None}
_ALPHA = {"robust": 0.55, "disputed": 0.45, "cosmology": 0.25, "not_applied": 0.0}
_LS = {"solid": "-", "dashed": "--", "dotted": ":", "dashdot": "-."}


def bands(masses=None) -> dict:
    """{dataset: {nsigma: {...}}}: g_mu and |g_gg| edges [MeV^-1] (exact and the paper's approximation)."""
    from ..numeric import pheno

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


def _read_csv(p: Path, curves: dict) -> None:
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


def read_exclusions(paths) -> list[dict]:
    """Parse user curves (see module doc) into [{name, side, shape, m_phi_MeV, g_gg_per_GeV}] (figure units).

    ``shape``: ``upper_limit`` (side above), ``lower_limit`` (side below), ``line`` (a CSV curve with no
    side: drawn, shading nothing) or ``polygon`` (a closed contour in the shipped two-column format).
    """
    from .. import limits

    curves: dict = {}
    for p in paths:
        p = Path(p)
        if not p.is_file():
            raise ParameterError(f"exclusions: no such CSV file {str(p)!r}" if p.suffix.lower() == ".csv"
                                 else f"exclusions: no such curve file {str(p)!r}")
        if p.suffix.lower() == ".csv":
            _read_csv(p, curves)
        else:
            c = limits.read_curve_file(p)
            curves[(p.name, c.name)] = {"name": c.name, "side": "", "shape": c.shape,
                                        "m_phi_MeV": c.m_MeV.tolist(),
                                        "g_gg_per_GeV": limits.per_mev_to_per_gev(c.g_per_MeV).tolist()}
    out = list(curves.values())
    for c in out:
        c.setdefault("shape", {"above": "upper_limit", "below": "lower_limit"}.get(c["side"], "line"))
    return out


def _env_paths() -> list[str]:
    raw = os.environ.get(ENV_VAR, "").strip()
    return [s for s in raw.split(os.pathsep) if s.strip()] if raw else []


def _user_limit_curve(c: dict):
    """A user curve dict as a mevscalar.limits.LimitCurve (for drawing and exclusion in both planes)."""
    from .. import limits

    m = np.asarray(c["m_phi_MeV"], float)
    g = limits.per_gev_to_per_mev(np.asarray(c["g_gg_per_GeV"], float))
    return limits.LimitCurve(key=c["name"], name=c["name"], status="user", style="solid", shape=c["shape"],
                             m_MeV=m, g_per_MeV=g, citation="user supplied")


def _draw_g_gg_curve(ax, lc, color, label):
    from matplotlib.patches import Polygon

    ls = _LS.get(lc.style, "-")
    if lc.shape == "line":
        order = np.argsort(lc.m_MeV)
        ax.plot(lc.m_MeV[order], MEV_TO_GEV * lc.g_per_MeV[order], color=color, lw=1.2, ls=ls, label=label)
        return
    lx, ly = lc.polygon()
    xy = np.column_stack([10.0 ** lx, MEV_TO_GEV * 10.0 ** ly])
    face = _FACE.get(lc.status) or color
    alpha = _ALPHA.get(lc.status, 0.18)
    if face != "none" and alpha > 0:
        ax.add_patch(Polygon(xy, closed=True, facecolor=face, edgecolor="none", alpha=alpha, zorder=1))
    edge = "k" if lc.status in ("robust", "disputed") else color
    ax.add_patch(Polygon(xy, closed=True, facecolor="none", edgecolor=edge, lw=1.1, ls=ls, zorder=2, label=label))


def _g_mu_grid():
    m = np.geomspace(*M_RANGE_MEV, 220)
    g = np.geomspace(*G_MU_YLIM, 200)
    return m, g


def _mapped_mask(lc, m, g, gg_unit):
    """Mask on the (m, g_mu) grid: |g_gg| = gg_unit(m) * g_mu excluded by lc."""
    M, G = np.meshgrid(m, g)
    return lc.excludes(M, G * gg_unit[None, :])


def make_figure(out: Path, exclusions=None, stem: str = "fig1_g_gg") -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .. import limits
    from ..numeric import pheno

    b = bands()
    m = b["m_phi_MeV"]
    user = read_exclusions(exclusions if exclusions is not None else _env_paths())
    user_lc = [_user_limit_curve(c) for c in user]
    shipped = limits.curves()
    windows = {ds: {lab: limits.open_windows(ds, 2, sts, M_RANGE_MEV, n_grid=121, rel_tol=1e-3)
                    for lab, sts in limits.PAPER_SETS.items()} for ds in DATASETS}
    whole = {ds: limits.open_windows(ds, 2, limits.PAPER_SETS[WINDOW_SET], M_RANGE_MEV, n_grid=121, rel_tol=1e-3,
                                     mode="all") for ds in DATASETS}
    mg, gg_grid = _g_mu_grid()
    gg_unit = np.abs(np.asarray(pheno.g_gg(1.0, mg)))
    masks = {lc.key: _mapped_mask(lc, mg, gg_grid, gg_unit) for lc in shipped + user_lc}

    fig, axes = plt.subplots(2, 2, figsize=(12.5, 10), sharex=True)
    for j, ds in enumerate(DATASETS):
        ax, axm = axes[0, j], axes[1, j]
        b1, b2 = b[ds][1], b[ds][2]
        for a in (ax, axm):
            for k, (w0, w1) in enumerate(windows[ds][WINDOW_SET]):
                a.axvspan(w0, w1, color="gold", alpha=0.18, lw=0, zorder=0,
                          label="2$\\sigma$ band open in part (robust + standard cosmology)" if k == 0 else None)
            for k, (w0, w1) in enumerate(whole[ds]):
                a.axvspan(w0, w1, color="orange", alpha=0.22, lw=0, zorder=0,
                          label="whole 2$\\sigma$ band open" if k == 0 else None)
        # --- (m, |g_gg|) ----------------------------------------------------------------------------
        for lc in shipped:
            _draw_g_gg_curve(ax, lc, "tab:blue" if lc.status == "cosmology" else "k", f"{lc.name} [{lc.status}]")
        for i, lc in enumerate(user_lc):
            _draw_g_gg_curve(ax, lc, f"C{(i + 3) % 10}", f"{lc.name} [user]")
        if b2["reaches_zero"]:
            ax.plot(m, MEV_TO_GEV * b2["g_gg_high_per_MeV"], color="tab:green", lw=2, zorder=4,
                    label=r"2$\sigma$ upper edge (band reaches $g_\mu=0$)")
            ax.plot(m, MEV_TO_GEV * b1["g_gg_high_per_MeV"], color="darkgreen", lw=1.2, zorder=4,
                    label=r"1$\sigma$ upper edge")
            ax.plot(m, MEV_TO_GEV * b2["g_gg_approx_high_per_MeV"], "k--", lw=0.8, zorder=4,
                    label=r"paper's $g_{\gamma\gamma}\approx-2\alpha g_\mu/(3\pi m_\mu)$, 2$\sigma$ edge")
        else:
            ax.fill_between(m, MEV_TO_GEV * b2["g_gg_low_per_MeV"], MEV_TO_GEV * b2["g_gg_high_per_MeV"],
                            color="tab:green", alpha=0.6, lw=0, zorder=4, label=r"$\Delta a_\mu$ within 2$\sigma$ (exact loop)")
            ax.fill_between(m, MEV_TO_GEV * b1["g_gg_low_per_MeV"], MEV_TO_GEV * b1["g_gg_high_per_MeV"],
                            color="darkgreen", alpha=0.7, lw=0, zorder=4, label=r"within 1$\sigma$")
            for key in ("g_gg_approx_low_per_MeV", "g_gg_approx_high_per_MeV"):
                ax.plot(m, MEV_TO_GEV * b2[key], "k--", lw=0.8, zorder=4,
                        label=r"paper's approximation, 2$\sigma$ edges" if key.endswith("low_per_MeV") else None)
        meas = GM2[ds]
        ax.set_title(rf"$\Delta a_\mu = ({meas.central * 1e11:.0f} \pm {meas.sigma * 1e11:.0f})\times10^{{-11}}$ ({ds})",
                     fontsize=10)
        # --- (m, g_mu) -------------------------------------------------------------------------------
        for lc in shipped + user_lc:
            mk = masks[lc.key]
            if not mk.any():
                continue
            ls = _LS.get(lc.style, "-")
            color = "tab:blue" if lc.status == "cosmology" else ("k" if lc.status != "user" else "C3")
            face, alpha = _FACE.get(lc.status) or color, _ALPHA.get(lc.status, 0.18)
            if face != "none" and alpha > 0:
                axm.contourf(mg, gg_grid, mk.astype(float), levels=[0.5, 1.5], colors=[face], alpha=alpha, zorder=1)
            axm.contour(mg, gg_grid, mk.astype(float), levels=[0.5], colors=[color], linewidths=1.0,
                        linestyles=[ls], zorder=2)
        if b2["reaches_zero"]:
            axm.plot(m, b2["g_mu_high"], color="tab:green", lw=2, zorder=4, label=r"2$\sigma$ upper edge of $g_\mu$")
            axm.plot(m, b1["g_mu_high"], color="darkgreen", lw=1.2, zorder=4, label=r"1$\sigma$ upper edge")
        else:
            axm.fill_between(m, b2["g_mu_low"], b2["g_mu_high"], color="tab:green", alpha=0.6, lw=0, zorder=4,
                             label=r"$g_\mu$ for $\Delta a_\mu$ within 2$\sigma$")
            axm.fill_between(m, b1["g_mu_low"], b1["g_mu_high"], color="darkgreen", alpha=0.7, lw=0, zorder=4,
                             label=r"within 1$\sigma$")
        axm.text(0.02, 0.98, "$g_\\mu$ limits published only as figures, not drawn:\nBaBar 2020, Belle II 2024, "
                 "NA64$\\mu$ 2024,\nBESIII, SN (Caputo, Raffelt, Vitagliano 2022)",
                 transform=axm.transAxes, va="top", ha="left", fontsize=7,
                 bbox={"boxstyle": "round", "fc": "white", "alpha": 0.8})
        for a in (ax, axm):
            a.set_xscale("log")
            a.set_yscale("log")
            a.set_xlim(*M_RANGE_MEV)
            a.grid(True, which="major", alpha=0.2)
        axm.set_xlabel(r"$m_\phi$ [MeV]")
        axm.set_ylim(*G_MU_YLIM)
        ax.legend(fontsize=6, loc="lower right", ncol=1, framealpha=0.85)
        axm.legend(fontsize=6.5, loc="lower right", framealpha=0.85)
    ylo, yhi = G_GG_YLIM_PER_GEV
    for c in user:  # widen the window to show user curves
        ylo, yhi = min(ylo, min(c["g_gg_per_GeV"])), max(yhi, max(c["g_gg_per_GeV"]))
    for j in range(2):
        axes[0, j].set_ylim(ylo, yhi)
    axes[0, 0].set_ylabel(r"$|g_{\gamma\gamma}|$ [GeV$^{-1}$] (computed in MeV$^{-1}$, $\times10^3$ at the axis)")
    axes[1, 0].set_ylabel(r"$g_\mu$ (curves mapped with the exact muon loop)")
    note = "shipped limits: AxionLimits (MIT), pseudoscalar limits read as scalar ones (paper Sec. II)"
    if user:
        note += f"; {len(user)} user-supplied curve(s)"
    fig.suptitle(r"Fig. 1: constraints and the $g_\mu$ fixed by $\Delta a_\mu$ (gray solid: robust; gray dashed: "
                 r"disputed; blue dashed: standard cosmology; dotted: not applied by the paper)" + "\n" + note, fontsize=9)
    fig.tight_layout()
    out = Path(out)
    fig.savefig(out / f"{stem}.png", dpi=150)
    fig.savefig(out / f"{stem}.pdf", metadata={"CreationDate": None})
    plt.close(fig)
    data = {"m_phi_MeV": m.tolist(), "units": "g_mu dimensionless, g_gg in MeV^-1"}
    for ds in DATASETS:
        data[ds] = {f"{n}sigma": {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in b[ds][n].items()} for n in (1, 2)}
        data[ds]["open_windows_2sigma_MeV"] = {lab: [list(w) for w in ws] for lab, ws in windows[ds].items()}
        data[ds]["whole_band_open_2sigma_MeV"] = {WINDOW_SET: [list(w) for w in whole[ds]]}
    data["limits"] = [lc.describe() for lc in shipped]
    data["user_curves"] = [c["name"] for c in user]
    data["not_shipped"] = limits.not_shipped()
    (out / f"{stem}.json").write_text(json.dumps(data) + "\n", encoding="utf-8")
    return [
        (f"{stem}.png", "Fig. 1: limits and the g-2 band in the |g_gg| and g_mu planes, 2021 and 2025 g-2 data (PNG)"),
        (f"{stem}.pdf", "Fig. 1 (PDF)"),
        (f"{stem}.json", "Fig. 1 data: g_mu and |g_gg| band edges [MeV^-1] at 1 and 2 sigma, open mass windows, "
                         "the shipped curves' provenance"),
    ]


def run(out: Path):
    return make_figure(out)
