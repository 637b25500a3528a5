"""Reproduce step: how good are the seesaw approximations? Errors vs exact diagonalisation and fitted slopes.

The one table of every approximation against its exact counterpart is step s95_approximations (it runs after
the Boltzmann and BBN steps).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

TITLE = "Seesaw approximations vs exact 5x5 diagonalisation (error scaling fits)"

KEYS = (
    ("light_lo", "light LO, -m_D M_R^-1 m_D^T (Eq. 19 generalised)", 2),
    ("light_nlo", "light NLO, m0 - {Theta Theta^T, m0}/2", 4),
    ("heavy_block", "heavy |eig M_R| (Eq. 18 resummed)", 2),
    ("heavy_nlo", "heavy NLO, |eig(M_R + {M_R^-1, m_D^T m_D}/2)|", 4),
    ("heavy_lo", "heavy Eq. 18 as printed (M +- (m_N+m_N')/2)", None),
)


def run(out: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..numeric import neutrino as nu

    study = nu.scaling_study(seed=2022, n_points=4, dps=60)
    mscan = nu.majorana_scan(seed=7, n_points=3, dps=60)
    thetas = study["thetas"]
    table = []
    for th in thetas:
        rows = [r for r in study["rows"] if r["theta"] == th]
        table.append({"theta": th, **{k: max(r[k] for r in rows) for k, _, _ in KEYS}})
    slopes = {k: [s[k] for s in study["slopes"]] for k, _, e in KEYS if e is not None}
    mslopes = {k: [s[k] for s in mscan["slopes"]] for k in ("eq17", "eq18")}
    payload = {
        "description": "max over random points of |approx/exact - 1| (light: m2, m3; heavy: both), exact = mpmath "
        "Takagi/eigsy at 60 digits; theta = ||m_D M_R^-1||_2; |m_N|, |m_N'| <= 0.3 M",
        "seed": study["seed"],
        "n_points": len(study["slopes"]),
        "table": table,
        "fitted_slopes": slopes,
        "expected_slopes": {k: e for k, _, e in KEYS if e is not None},
        "majorana_scan": {"theta": mscan["theta"], "rows": mscan["rows"], "fitted_slopes": mslopes,
                          "expected_slopes": {"eq17": 1, "eq18": 2}},
    }
    (out / "seesaw_approximations.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")

    md = ["# Seesaw approximations vs exact diagonalisation", "",
          payload["description"] + ".", "",
          "| theta | " + " | ".join(k for k, _, _ in KEYS) + " |",
          "| --- |" + " --- |" * len(KEYS)]
    for row in table:
        md.append(f"| {row['theta']:.2e} | " + " | ".join(f"{row[k]:.2e}" for k, _, _ in KEYS) + " |")
    md += ["", "Fitted log-log slopes (one per random point):", "",
           "| approximation | expected | fitted |", "| --- | --- | --- |"]
    for k, label, e in KEYS:
        if e is not None:
            md.append(f"| {label.replace('|', chr(92) + '|')} | {e} | " + ", ".join(f"{s:.4f}" for s in slopes[k]) + " |")
    md.append("| Eq. 18 as printed | none: floor (m_N - m_N')^2/(8 M^2), independent of theta | - |")
    md += ["", f"Majorana masses switched on (theta = {mscan['theta']:.0e}): error of the paper's m_N = m_N' = 0",
           "formulas vs r = m_N/M (m_N = r c1 M, m_N' = r c2 M):", "",
           "| formula | expected slope in r | fitted |", "| --- | --- | --- |",
           "| Eq. 17 (light) | 1 | " + ", ".join(f"{s:.3f}" for s in mslopes["eq17"]) + " |",
           "| Eq. 18 (heavy) | 2 | " + ", ".join(f"{s:.3f}" for s in mslopes["eq18"]) + " |", ""]
    (out / "seesaw_approximations.md").write_text("\n".join(md) + "\n", encoding="utf-8")

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    ax = axes[0]
    th = np.asarray(thetas)
    for (k, label, e), mk in zip(KEYS, "osD^v"):
        ax.loglog(th, [row[k] for row in table], mk + "-", label=label, ms=5)
    for p_, ls in ((2, ":"), (4, "--")):
        ax.loglog(th, th**p_, "k" + ls, lw=0.8, label=f"theta^{p_}")
    ax.set_xlabel(r"$\theta = \|m_D M_R^{-1}\|$")
    ax.set_ylabel("max relative error vs exact")
    ax.set_title("seesaw expansion")
    ax.legend(fontsize=7)
    ax = axes[1]
    r = np.asarray(mscan["ratios"])
    for k, label, mk in (("eq17", "Eq. 17 (m_N = 0 inserted)", "o"), ("eq18", "Eq. 18", "s")):
        for ip in range(len(mscan["slopes"])):
            vals = [row[k] for row in mscan["rows"] if row["point"] == ip]
            ax.loglog(r, vals, mk + "-", ms=4, label=label if ip == 0 else None, color="C0" if k == "eq17" else "C1")
    ax.set_xlabel(r"$m_N / M$")
    ax.set_ylabel("relative error vs exact")
    ax.set_title(f"Majorana masses on (theta = {mscan['theta']:.0e})")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "seesaw_approximations.png", dpi=130)
    fig.savefig(out / "seesaw_approximations.pdf", metadata={"CreationDate": None})
    plt.close(fig)
    return [
        ("seesaw_approximations.md", "seesaw LO/NLO/heavy errors vs exact on a hierarchy grid, fitted slopes (Markdown)"),
        ("seesaw_approximations.json", "same, with every point (JSON)"),
        ("seesaw_approximations.png", "log-log error vs theta and vs m_N/M (PNG)"),
        ("seesaw_approximations.pdf", "same figure (PDF)"),
    ]
