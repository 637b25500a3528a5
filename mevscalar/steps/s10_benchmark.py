"""Reproduce step: the paper's Sec. IV benchmark point from its inputs, and its paper audit."""

from __future__ import annotations

import json
from pathlib import Path

TITLE = "Sec. IV benchmark point and its paper audit"


def _fmt(v):
    if isinstance(v, float):
        return f"{v:.6g}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(x) for x in v) + "]"
    return str(v).replace("|", "\\|")


def run(out: Path):
    from .. import benchmark as bm
    from .. import paper

    b = bm.benchmark()
    c = bm.benchmark(normalisation="canonical")
    rows = paper.benchmark_rows()
    (out / "benchmark.json").write_text(
        json.dumps({"paper_normalisation": b, "canonical_normalisation": c, "audit": rows}, indent=2) + "\n",
        encoding="utf-8",
    )
    md = ["# Sec. IV benchmark point", "",
          "Inputs: oscillation splittings (" + b["oscillation_citation"] + f"), m1 = 0, g_nu3 = {paper.G_NU3:g} "
          f"(Eq. 21), lambda_N = {paper.LAMBDA_N:g}, y_mu = {paper.Y_MU:g}, mu_phi = {paper.MU_PHI_MEV / 1e3:g} GeV, "
          f"m_H' = {paper.M_HP_MEV / 1e3:g} GeV; |y_N| = |y_N'| assumed, angle from Eq. 17.", "",
          "| quantity | paper normalisation (g = m/v_phi) | canonical (g = sqrt2 m/v_phi) |", "| --- | --- | --- |"]
    for k, v in b.items():
        if k == "oscillation_citation":
            continue
        md.append(f"| {k} | {_fmt(v)} | {_fmt(c[k])} |")
    md += ["", "## Paper audit", "", "| quantity | eq. | paper | ours | rel. diff | note |", "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        rd = "" if r["rel_diff"] is None else f"{r['rel_diff']:+.3g}"
        md.append(f"| {r['quantity']} | {r['equation']} | {_fmt(r['paper'])} | {_fmt(r['ours'])} | {rd} | {_fmt(r['note'])} |")
    (out / "benchmark.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return [
        ("benchmark.md", "Sec. IV benchmark point (both g_nu normalisations) and its paper audit (Markdown)"),
        ("benchmark.json", "same (JSON)"),
    ]
