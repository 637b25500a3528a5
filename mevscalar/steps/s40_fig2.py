"""Fig. 2: the exchange rate R against H(T) with T_D marked (left), and T_nu/T_gamma against T_gamma (right).

Rows: m_phi = 1 and 2 MeV. BR_nunu in {1e-2, 5e-3, 1e-3}; g_mu is the 2021 g-2 central value at each
m_phi (pheno.g_mu_for_delta_a_mu), the widths are Eq. (4) with the exact loop g_gg. Defaults that
reproduce the paper: R from Eq. (10), H with g_* = 10.75, T_D from Eq. (11) (dashed verticals and
solid T_nu/T_gamma curves); the exact crossing R = H is overlaid (dotted verticals and curves).
The "LambdaCDM" line (red) is the Standard Model without phi, with T_D^SM = 2.3 MeV (the paper's
value): T_nu/T_gamma = [(2 + 7/2 F(m_e/T_gamma)) / (2 + 7/2 F(m_e/T_D^SM))]^(1/3), Eq. (12) without the
phi terms. The Planck 2 sigma band (hatched) is N_eff = 2.99 +- 2 x 0.17 converted to the late-time
T_nu/T_gamma through Eq. (7) inverted (:func:`mevscalar.numeric.cosmology.neff.tnu_over_tgamma_of_n_eff`).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .. import paper
from . import save_figure

TITLE = "Fig. 2: R vs H(T) with T_D (Eq. 11 and exact), and T_nu/T_gamma vs T_gamma"

MASSES = (1.0, 2.0)
BRS = (1e-2, 5e-3, 1e-3)
COLORS = ("tab:blue", "tab:orange", "tab:green")


def compute() -> dict:
    """All the numbers drawn in the figure (MeV units)."""
    from ..numeric.cosmology import decoupling as dec
    from ..numeric.cosmology import neff
    from ..numeric.cosmology.entropy import F_fermion
    from ..constants import M_E
    from ..data import GM2, NEFF
    from ..generated import entropy_np as _eq12
    from ..numeric import pheno

    gm2 = GM2["2021"]
    planck = NEFF["planck2018"]
    out = {"g_mu_dataset": gm2.name, "g_star": dec.G_STAR_PAPER, "rate": "eq10", "t_d_sm_MeV": dec.T_D_SM_MEV,
           "rows": []}
    T = np.geomspace(0.03, 10.0, 400)
    for m in MASSES:
        g = float(pheno.g_mu_for_delta_a_mu(gm2.central, m))
        row = {"m_phi_MeV": m, "g_mu": g, "T_MeV": T, "H_MeV": dec.hubble(T), "curves": []}
        for b in BRS:
            w = pheno.phi_widths(m, g, br_nunu=b)
            gam = float(w.gamma_total)
            e11 = dec.t_d_eq11(m, gam, b)
            ex = dec.t_d_exact(m, gam, b)
            c = {"br_nunu": b, "gamma_total_MeV": gam, "R_MeV": dec.rate(T, m, gam, b),
                 "t_d_eq11_MeV": e11.t_d_MeV, "t_recouple_eq11_MeV": e11.t_recouple_MeV,
                 "t_d_exact_MeV": ex.t_d_MeV, "t_recouple_exact_MeV": ex.t_recouple_MeV,
                 "t_d_exact_gstar_T_MeV": dec.t_d_exact(m, gam, b, g_star="T").t_d_MeV,
                 "t_d_exact_detailed_balance_MeV": dec.t_d_exact(m, gam, b, rate="detailed_balance").t_d_MeV}
            for key, td in (("eq11", e11.t_d_MeV), ("exact", ex.t_d_MeV)):
                td_used = dec.effective_t_d(td)
                tg = np.geomspace(1e-3, td_used, 200)
                c[f"t_gamma_{key}_MeV"] = tg
                c[f"tnu_tgamma_{key}"] = neff.tnu_over_tgamma(tg, td_used, m, b)
                c[f"n_eff_{key}"] = float(neff.n_eff(td_used, m, b))
            row["curves"].append(c)
        out["rows"].append(row)
    tg = np.geomspace(1e-3, dec.T_D_SM_MEV, 200)
    # Eq. 12 kernel without phi (F_phi = 0, BR_nunu = 0, N_nu = 3)
    out["lcdm"] = {
        "t_gamma_MeV": tg,
        "tnu_tgamma": _eq12.tnu_over_tgamma_eq12(F_fermion(M_E / tg), 0.0, F_fermion(M_E / dec.T_D_SM_MEV), 0.0,
                                                 0.0, 3.0),
    }
    lo, hi = planck.band(2)
    # Eq. 7 inverted (derived in model.decoupling, generated kernel)
    out["planck_2sigma_tnu_tgamma"] = (neff.tnu_over_tgamma_of_n_eff(lo), neff.tnu_over_tgamma_of_n_eff(hi))
    out["planck"] = {"central": planck.central, "sigma": planck.sigma, "citation": planck.citation}
    return out


def _jsonable(o):
    if isinstance(o, dict):
        return {k: _jsonable(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_jsonable(v) for v in o]
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, np.floating):
        return float(o)
    return o


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(11, 8.5))
    for r, row in enumerate(d["rows"]):
        axl, axr = axes[r]
        axl.loglog(row["T_MeV"], row["H_MeV"], "k-", lw=2, label=rf"$H(T)$, $g_*={paper.G_STAR:g}$")
        for c, col in zip(row["curves"], COLORS):
            axl.loglog(row["T_MeV"], c["R_MeV"], color=col, label=rf"$R$, BR$_{{\nu\nu}}$={c['br_nunu']:g}")
            if c["t_d_eq11_MeV"]:
                axl.axvline(c["t_d_eq11_MeV"], color=col, ls="--", lw=1)
            if c["t_d_exact_MeV"]:
                axl.axvline(c["t_d_exact_MeV"], color=col, ls=":", lw=1.5)
            axr.semilogx(c["t_gamma_eq11_MeV"], c["tnu_tgamma_eq11"], color=col,
                         label=rf"BR={c['br_nunu']:g}: $N_{{\rm eff}}$={c['n_eff_eq11']:.2f}")
            axr.semilogx(c["t_gamma_exact_MeV"], c["tnu_tgamma_exact"], color=col, ls=":")
        axl.set_ylim(1e-26, 1e-16)
        axl.set_xlim(row["T_MeV"][0], row["T_MeV"][-1])
        axl.invert_xaxis()
        axl.set_xlabel(r"$T$ [MeV]")
        axl.set_ylabel("rate [MeV]")
        axl.set_title(rf"$m_\phi$ = {row['m_phi_MeV']:g} MeV, $g_\mu$ = {row['g_mu']:.3g} (2021 g-2 central); "
                      "--: Eq. (11), ...: exact", fontsize=9)
        axl.legend(fontsize=8, loc="lower left")
        lc = d["lcdm"]
        axr.semilogx(lc["t_gamma_MeV"], lc["tnu_tgamma"], "r-", lw=2, label=rf"$\Lambda$CDM (SM, $T_D$={paper.T_D_SM_MEV:g} MeV)")
        lo, hi = d["planck_2sigma_tnu_tgamma"]
        axr.fill_between([1e-3, 10.0], lo, hi, facecolor="none", edgecolor="gray", hatch="///", lw=0,
                         label=r"Planck 2$\sigma$")
        axr.set_xlim(10.0, 1e-3)
        axr.set_xlabel(r"$T_\gamma$ [MeV]")
        axr.set_ylabel(r"$T_\nu/T_\gamma$")
        axr.set_title("solid: T_D from Eq. (11); dotted: exact T_D", fontsize=9)
        axr.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    return save_figure(fig, out, "fig2", dpi=130)


def _eq11_table(out: Path):
    """Eq. (11) against the exact crossing over the cosmological triangle (MD + JSON)."""
    from ..numeric.cosmology.decoupling import eq11_error_table

    rows = eq11_error_table(m_phis=(1.0, 1.25, 1.5, 1.75, 2.0), brs=(1e-3, 2e-3, 5e-3, 1e-2))
    (out / "eq11_vs_exact.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")

    def f(v, fmt=".4g"):
        return "none" if v is None else format(v, fmt)

    lines = ["# T_D: Eq. (11) vs the exact crossing R = H", "",
             f"g_mu = 2021 g-2 central value, Eq. (10) rate, g_* = {paper.G_STAR:g}. Temperatures in MeV.", "",
             "| m_phi | BR_nunu | T_D Eq. 11 | T_D exact | rel. diff | T_rec Eq. 11 | T_rec exact | rel. diff |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        lines.append(f"| {r['m_phi_MeV']:g} | {r['br_nunu']:g} | {f(r['t_d_eq11_MeV'])} | {f(r['t_d_exact_MeV'])} | "
                     f"{f(r['rel_diff_t_d'], '+.3%')} | {f(r['t_recouple_eq11_MeV'])} | "
                     f"{f(r['t_recouple_exact_MeV'])} | {f(r['rel_diff_t_recouple'], '+.3%')} |")
    (out / "eq11_vs_exact.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [("eq11_vs_exact.md", "T_D and recoupling: Eq. (11) vs exact over the cosmological triangle"),
            ("eq11_vs_exact.json", "the same (JSON)")]


def run(out: Path):
    out = Path(out)
    d = compute()
    (out / "fig2.json").write_text(json.dumps(_jsonable(d)) + "\n", encoding="utf-8")
    lines = [
        "# Fig. 2: decoupling through the phi resonance",
        "",
        f"g_mu: {d['g_mu_dataset']} g-2 central value; R from Eq. (10); H with g_* = {d['g_star']}; "
        f"LambdaCDM: SM with T_D = {d['t_d_sm_MeV']} MeV. Temperatures in MeV.",
        "",
        "| m_phi | BR_nunu | Gamma_phi [MeV] | T_D Eq. 11 | T_D exact | rel. diff | T_recouple Eq. 11 | "
        "T_recouple exact | N_eff (Eq. 11 T_D) | N_eff (exact T_D) | T_D exact, g_*(T) | T_D exact, detailed balance |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def f(v):
        return "none" if v is None else f"{v:.4g}"

    for row in d["rows"]:
        for c in row["curves"]:
            rel = (None if c["t_d_eq11_MeV"] is None or c["t_d_exact_MeV"] is None
                   else c["t_d_eq11_MeV"] / c["t_d_exact_MeV"] - 1)
            lines.append(
                f"| {row['m_phi_MeV']:g} | {c['br_nunu']:g} | {c['gamma_total_MeV']:.4g} | {f(c['t_d_eq11_MeV'])} | "
                f"{f(c['t_d_exact_MeV'])} | {'' if rel is None else f'{rel:+.3%}'} | {f(c['t_recouple_eq11_MeV'])} | "
                f"{f(c['t_recouple_exact_MeV'])} | {c['n_eff_eq11']:.3f} | {c['n_eff_exact']:.3f} | "
                f"{f(c['t_d_exact_gstar_T_MeV'])} | {f(c['t_d_exact_detailed_balance_MeV'])} |"
            )
    lo, hi = d["planck_2sigma_tnu_tgamma"]
    lines += ["", f"Planck 2 sigma band as late-time T_nu/T_gamma: [{lo:.4f}, {hi:.4f}]. "
              f"'none': R < H at every temperature (T_D^SM = {paper.T_D_SM_MEV:g} MeV applies).", ""]
    (out / "fig2.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = plot(d, out)
    written = _eq11_table(out)
    return written + [
        (names[0], "Fig. 2 (PNG): R vs H with T_D, and T_nu/T_gamma vs T_gamma, m_phi = 1, 2 MeV"),
        (names[1], "Fig. 2 (PDF)"),
        ("fig2.md", "Fig. 2 numbers: T_D (Eq. 11 and exact), recoupling, N_eff"),
        ("fig2.json", "Fig. 2 curves and numbers (JSON)"),
    ]
