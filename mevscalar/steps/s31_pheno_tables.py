"""Tables for Sec. II: g_gg exact vs the paper's limit, g-2 bands, the g_mu = m_mu/v claim, widths, audit."""

from __future__ import annotations

import json
import math
from pathlib import Path

TITLE = "Sec. II tables: g_gg exact vs limit, g-2 bands, g_mu = m_mu/v range, nu nu width conventions"

BAND_MASSES_MEV = (0.1, 1.0, 10.0, 100.0, 200.0)
APPROX_MASSES_MEV = (0.01, 0.1, 1.0, 10.0, 100.0, 1e3, 1e4)
WIDTH_BENCHMARK = {"m_phi_MeV": 1.0, "g_nu3": 1e-10, "br_nunu": 1e-2}


def tables() -> dict:
    """All tables as JSON-ready dicts (numbers in MeV units unless a key says otherwise)."""
    from .. import paper
    from ..numeric import pheno
    from ..constants import M_MU
    from ..generated import gm2_np

    out = {"g_gg_exact_vs_limit": pheno.g_gg_exact_vs_limit()}

    bands = []
    for ds in ("2021", "2025"):
        for m in BAND_MASSES_MEV:
            row = {"dataset": ds, "m_phi_MeV": m}
            for n in (1, 2):
                lo, hi = pheno.gm2_band(m, ds, n)
                glo, ghi = pheno.g_gg_band(m, ds, n)
                row[f"g_mu_{n}sigma"] = [float(lo), float(hi)]
                row[f"g_gg_{n}sigma_per_GeV"] = [1e3 * float(glo), 1e3 * float(ghi)]
            bands.append(row)
    out["gm2_bands"] = bands

    higgs = []
    for ds in ("2021", "2025"):
        for n in (1, 2):
            lo, hi = pheno.higgs_like_range(ds, n)
            higgs.append({"dataset": ds, "nsigma": n, "g_mu": pheno.G_MU_HIGGS,
                          "m_phi_min_MeV": lo, "m_phi_max_MeV": hi,
                          "meaning": "None = no bound inside [1e-3, 1e4] MeV"})
    out["higgs_like_range"] = higgs

    b = WIDTH_BENCHMARK
    widths = []
    for mode in ("eq4", "majorana"):
        w = pheno.phi_widths(b["m_phi_MeV"], pheno.G_MU_HIGGS, g_nu=b["g_nu3"], nunu=mode)
        wb = pheno.phi_widths(b["m_phi_MeV"], pheno.G_MU_HIGGS, br_nunu=b["br_nunu"], nunu=mode)
        widths.append({
            "nunu": mode, "m_phi_MeV": b["m_phi_MeV"], "g_mu": pheno.G_MU_HIGGS, "g_nu3": b["g_nu3"],
            "gamma_gg_MeV": float(w.gamma_gg), "gamma_gg_paper_g_gg_MeV": float(w.gamma_gg_approx),
            "gamma_nunu_MeV": float(w.gamma_nunu), "br_nunu": float(w.br_nunu), "lifetime_s": float(w.lifetime_s),
            "g_nu3_for_br_1e-2": float(wb.g_nu[2]),
        })
    out["widths_eq4_vs_majorana"] = widths

    approx = []
    for m in APPROX_MASSES_MEV:
        rr = m / M_MU
        exact = float(gm2_np.gm2_loop(rr))
        approx.append({
            "m_phi_MeV": m,
            "I_exact": exact,
            "leading_small_3/2_rel_err": 1.5 / exact - 1,
            "series_small_rel_err": float(gm2_np.gm2_loop_small(rr)) / exact - 1,
            "leading_large_rel_err": ((math.log(rr**2) - 7 / 6) / rr**2) / exact - 1,
            "series_large_rel_err": float(gm2_np.gm2_loop_large(rr)) / exact - 1,
        })
    out["delta_a_mu_approximations"] = approx
    out["audit_rows"] = paper.pheno_rows()
    return out


def _f(v, fmt=".4g"):
    if v is None:
        return "-"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_f(x, fmt) for x in v) + "]"
    if isinstance(v, float):
        return "inf" if math.isinf(v) else format(v, fmt)
    return str(v)


def markdown(t: dict) -> str:
    L = ["# Sec. II: muon g-2, the muon-loop g_gg and widths", ""]
    L += ["## g_gg: exact one loop vs the paper's m_phi << m_mu limit (per unit g_mu, MeV^-1)", "",
          "| m_phi [MeV] | exact Re g_gg | paper -2 alpha/(3 pi m_mu) | exact/limit - 1 |", "| --- | --- | --- | --- |"]
    for r in t["g_gg_exact_vs_limit"]:
        L.append(f"| {_f(r['m_phi_MeV'])} | {_f(r['g_gg_exact_per_MeV_per_gmu'], '.6e')} | "
                 f"{_f(r['g_gg_paper_limit_per_MeV_per_gmu'], '.6e')} | {_f(r['ratio_minus_1'], '.3e')} |")
    L += ["", "## g-2 bands (exact Eq. 5; low edge 0 where the band reaches Delta a_mu = 0)", "",
          "| data | m_phi [MeV] | g_mu 1 sigma | g_mu 2 sigma | abs g_gg 2 sigma [GeV^-1] |", "| --- | --- | --- | --- | --- |"]
    for r in t["gm2_bands"]:
        L.append(f"| {r['dataset']} | {_f(r['m_phi_MeV'])} | {_f(r['g_mu_1sigma'])} | {_f(r['g_mu_2sigma'])} | "
                 f"{_f(r['g_gg_2sigma_per_GeV'])} |")
    L += ["", "## Where g_mu = m_mu/v explains Delta a_mu (paper: 'at 2 sigma for m_phi <~ 1 MeV')", "",
          "| data | n sigma | m_phi min [MeV] | m_phi max [MeV] |", "| --- | --- | --- | --- |"]
    for r in t["higgs_like_range"]:
        L.append(f"| {r['dataset']} | {r['nsigma']} | {_f(r['m_phi_min_MeV']) if r['m_phi_min_MeV'] else '0 (no bound)'} | "
                 f"{_f(r['m_phi_max_MeV']) if r['m_phi_max_MeV'] else 'none below 1e4'} |")
    b = WIDTH_BENCHMARK
    L += ["", f"## nu nu width: Eq. (4) as printed vs derived (Majorana); m_phi = {b['m_phi_MeV']} MeV, g_mu = m_mu/v", "",
          "| convention | Gamma_gg [MeV] | Gamma_nunu (g_nu3 = 1e-10) [MeV] | BR_nunu | lifetime [s] | g_nu3 for BR = 1e-2 |",
          "| --- | --- | --- | --- | --- | --- |"]
    for r in t["widths_eq4_vs_majorana"]:
        L.append(f"| {r['nunu']} | {_f(r['gamma_gg_MeV'])} | {_f(r['gamma_nunu_MeV'])} | {_f(r['br_nunu'])} | "
                 f"{_f(r['lifetime_s'])} | {_f(r['g_nu3_for_br_1e-2'])} |")
    L += ["", "## Eq. (5) approximations: relative error against the exact integral", "",
          "| m_phi [MeV] | I exact | 3/2 (leading) | 3/2 - pi r - 3 r^2 ln r | (ln r^2 - 7/6)/r^2 | 3-term large-r |",
          "| --- | --- | --- | --- | --- | --- |"]
    for r in t["delta_a_mu_approximations"]:
        L.append(f"| {_f(r['m_phi_MeV'])} | {_f(r['I_exact'], '.6g')} | {_f(r['leading_small_3/2_rel_err'], '.2e')} | "
                 f"{_f(r['series_small_rel_err'], '.2e')} | {_f(r['leading_large_rel_err'], '.2e')} | "
                 f"{_f(r['series_large_rel_err'], '.2e')} |")
    L += ["", "## Paper audit (this area)", "", "| quantity | eq. | paper | ours | rel. diff | note |", "| --- | --- | --- | --- | --- | --- |"]
    for r in t["audit_rows"]:
        L.append(f"| {r['quantity']} | {r['equation']} | {_f(r['paper'])} | {_f(r['ours'])} | {_f(r['rel_diff'], '+.3g')} | {r['note']} |")
    return "\n".join(L) + "\n"


def run(out: Path):
    from ..cli._common import dumps

    t = tables()
    out = Path(out)
    (out / "pheno_tables.json").write_text(dumps(t) + "\n", encoding="utf-8")
    (out / "pheno_tables.md").write_text(markdown(t), encoding="utf-8")
    return [
        ("pheno_tables.md", "Sec. II tables: g_gg exact vs limit, g-2 bands, m_mu/v range, widths, audit (Markdown)"),
        ("pheno_tables.json", "the same tables (JSON)"),
    ]
