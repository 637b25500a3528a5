"""Beyond instantaneous decoupling: the T_nu, T_gamma energy-transfer evolution vs Eq. 12.

For m_phi = 1, 1.5, 2 MeV and BR_nunu in {1e-4, 3e-4, 1e-3, 3e-3, 1e-2} (g_mu = 2021 g-2 central value,
Gamma_nunu from Eq. 4), N_eff from :mod:`mevscalar.cosmology.boltzmann` (Escudero-style evolution, MB
collision terms: SM weak + phi <-> nu nu) against the instantaneous chain (Eq. 7 + 12 with the exact
R = H crossing, rate="eq10" and rate="detailed_balance"). Also the BR_nunu window where each gives
N_eff within Planck 2018's 2 sigma band. Figure: T_nu/T_gamma vs T_gamma for m_phi = 1 and 2 MeV.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

TITLE = "Boltzmann T_nu/T_gamma evolution vs instantaneous decoupling (Eq. 12): N_eff and the BR_nunu window"

MASSES = (1.0, 1.5, 2.0)
BRS = (1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
#: extra grid points used only to bracket the Planck-band edges (below/above the table's BR range)
BR_EXTRA = (1e-5, 3e-2)
FIG_MASSES = (1.0, 2.0)
FIG_BRS = (3e-4, 1e-3, 1e-2)
COLORS = ("tab:blue", "tab:orange", "tab:green")


def compute() -> dict:
    from .. import pheno
    from ..cosmology import boltzmann as bz
    from ..cosmology import chain, neff, scan
    from ..data import GM2, neff_dataset

    gm2 = GM2["2021"]
    planck = neff_dataset("planck2018")
    out = {"g_mu_dataset": gm2.name, "planck": {"central": planck.central, "sigma": planck.sigma},
           "sm_n_eff_boltzmann": bz.sm_n_eff(), "rows": [], "windows": [], "curves": []}
    for m in MASSES:
        g = float(pheno.g_mu_for_delta_a_mu(gm2.central, m))
        grid = sorted(set(BRS) | set(BR_EXTRA))
        res = {b: bz.evolve(m, g, b, n_out=200) for b in grid}
        for b in BRS:
            r = res[b]
            row = {"m_phi_MeV": m, "g_mu": g, "br_nunu": b, "n_eff_boltzmann": r.n_eff, "t_d_eff_MeV": r.t_d_eff_MeV,
                   "gamma_gg_over_hubble_at_m": r.gamma_gg_over_hubble_at_m}
            for rate, key in (("eq10", "eq10"), ("detailed_balance", "db")):
                try:
                    c = chain.evaluate(m, g, br_nunu=b, rate=rate)
                    row[f"n_eff_{key}"], row[f"t_d_{key}_MeV"] = c.n_eff, c.t_d_used_MeV
                except chain.NoDecouplingError:
                    row[f"n_eff_{key}"], row[f"t_d_{key}_MeV"] = None, None
            out["rows"].append(row)
            if m in FIG_MASSES and b in FIG_BRS:
                tg = r.t_gamma
                cur = {"m_phi_MeV": m, "br_nunu": b, "t_gamma_MeV": tg, "boltzmann": r.t_nu_over_t_gamma}
                for key in ("eq10", "db"):
                    td = row[f"t_d_{key}_MeV"]
                    if td is None:
                        cur[key] = None
                        continue
                    below = tg <= td
                    ratio = np.ones_like(tg)
                    ratio[below] = neff.tnu_over_tgamma(tg[below], td, m, b)
                    cur[key] = ratio
                out["curves"].append(cur)
        win = bz.br_window(m, g, 2.0, grid=grid, neff_grid=[res[b].n_eff for b in grid], rtol=1e-6)
        w = {"m_phi_MeV": m, "g_mu": g, "boltzmann": win}
        for rate, key in (("eq10", "eq10"), ("detailed_balance", "db")):
            w[key] = [(lo, hi) for lo, hi, *_ in scan.br_intervals(m, g, planck, 2.0, rate=rate)]
        out["windows"].append(w)
    return out


def _jsonable(o):
    if isinstance(o, dict):
        return {k: _jsonable(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_jsonable(v) for v in o]
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, (np.floating, np.integer)):
        return o.item()
    return o


def _f(v, fmt=".3f"):
    return "none" if v is None else format(v, fmt)


def _win(ws):
    if not ws:
        return "none"
    return ", ".join(f"[{_f(lo, '.2e') if lo is not None else '<grid'}, {_f(hi, '.2e') if hi is not None else '>grid'}]"
                     for lo, hi in ws)


def markdown(d: dict) -> str:
    lines = [
        "# Boltzmann evolution of T_nu and T_gamma vs instantaneous decoupling",
        "",
        f"g_mu: {d['g_mu_dataset']} g-2 central value; Gamma_nunu = Eq. 4; Boltzmann: 3 flavours at one T_nu, MB "
        "collision terms (SM weak + phi <-> nu nu), phi in equilibrium with photons "
        "(`cosmology/boltzmann.py`, docs/boltzmann.md). Instantaneous: Eq. 7 + 12 with T_D from the exact R = H "
        "crossing (T_D^SM = 2.3 MeV when R < H everywhere). Temperatures in MeV.",
        "",
        f"SM (no phi) in this approximation: N_eff = {d['sm_n_eff_boltzmann']:.4f} (instantaneous at 2.3 MeV: 3.014).",
        "",
        "| m_phi | BR_nunu | N_eff Boltzmann | T_D^eff | N_eff inst. Eq. 10 | T_D Eq. 10 | N_eff inst. det. bal. | "
        "T_D det. bal. | closer |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in d["rows"]:
        nb, n10, ndb = r["n_eff_boltzmann"], r["n_eff_eq10"], r["n_eff_db"]
        closer = "" if n10 is None or ndb is None else ("Eq. 10" if abs(n10 - nb) < abs(ndb - nb) else "det. bal.")
        lines.append(f"| {r['m_phi_MeV']:g} | {r['br_nunu']:g} | {nb:.3f} | {_f(r['t_d_eff_MeV'], '.3g')} | "
                     f"{_f(n10)} | {_f(r['t_d_eq10_MeV'], '.3g')} | {_f(ndb)} | {_f(r['t_d_db_MeV'], '.3g')} | {closer} |")
    p = d["planck"]
    lines += [
        "",
        f"## BR_nunu window for N_eff within Planck 2018 2 sigma ({p['central']} +- {2 * p['sigma']:.2f})",
        "",
        "| m_phi | Boltzmann | instantaneous, Eq. 10 | instantaneous, detailed balance |",
        "| --- | --- | --- | --- |",
    ]
    for w in d["windows"]:
        lines.append(f"| {w['m_phi_MeV']:g} | {_win(w['boltzmann'])} | {_win(w['eq10'])} | {_win(w['db'])} |")
    lines += [
        "",
        "T_D^eff: lowest T_gamma where the relaxation rate of T_nu to T_gamma (SM + phi, linearised) equals H. "
        "It stays at the SM value (~2.4 MeV) until the phi channel alone out-paces H; below that the phi "
        "channel still transfers energy (partial recoupling), which the instantaneous picture ignores.",
        "",
    ]
    return "\n".join(lines)


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from . import save_figure

    fig, axes = plt.subplots(1, len(FIG_MASSES), figsize=(12, 4.8), sharey=True)
    p = d["planck"]
    conv = lambda n: (n / 3.0) ** 0.25 * (4.0 / 11.0) ** (1.0 / 3.0)  # noqa: E731  (Eq. 7 inverted)
    lo, hi = conv(p["central"] - 2 * p["sigma"]), conv(p["central"] + 2 * p["sigma"])
    for ax, m in zip(axes, FIG_MASSES):
        for c, col in zip([c for c in d["curves"] if c["m_phi_MeV"] == m], COLORS):
            tg = np.asarray(c["t_gamma_MeV"])
            ax.semilogx(tg, c["boltzmann"], color=col, lw=2, label=f"BR={c['br_nunu']:g}: Boltzmann")
            if c["eq10"] is not None:
                ax.semilogx(tg, c["eq10"], color=col, ls="--", lw=1, label="Eq. 12, T_D from Eq. 10 rate")
            if c["db"] is not None:
                ax.semilogx(tg, c["db"], color=col, ls=":", lw=1.5, label="Eq. 12, T_D detailed balance")
        ax.fill_between([1e-3, 30.0], lo, hi, facecolor="none", edgecolor="gray", hatch="///", lw=0,
                        label=r"Planck 2$\sigma$ (late time)")
        ax.set_xlim(20.0, 0.005)
        ax.set_xlabel(r"$T_\gamma$ [MeV]")
        ax.set_title(rf"$m_\phi$ = {m:g} MeV, $g_\mu$: 2021 g-2 central", fontsize=10)
        ax.legend(fontsize=7, loc="upper left", ncol=1)
    axes[0].set_ylabel(r"$T_\nu/T_\gamma$")
    fig.tight_layout()
    return save_figure(fig, out, "boltzmann")


def run(out: Path):
    out = Path(out)
    d = compute()
    (out / "boltzmann.json").write_text(json.dumps(_jsonable(d)) + "\n", encoding="utf-8")
    (out / "boltzmann.md").write_text(markdown(d), encoding="utf-8")
    names = plot(d, out)
    return [
        ("boltzmann.md", "N_eff: Boltzmann T_nu/T_gamma evolution vs instantaneous decoupling (Eq. 10 and "
                         "detailed-balance T_D); BR_nunu windows for Planck"),
        ("boltzmann.json", "the same with the T_nu/T_gamma curves (JSON)"),
        (names[0], "T_nu/T_gamma vs T_gamma: Boltzmann vs Eq. 12 (PNG)"),
        (names[1], "the same (PDF)"),
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys
    import time

    t = time.time()
    print(run(Path(sys.argv[1] if len(sys.argv) > 1 else ".")), f"{time.time() - t:.1f} s")
