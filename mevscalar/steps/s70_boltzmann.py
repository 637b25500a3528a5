"""The verdict: BR_nunu windows per m_phi with the flavour bracket, N_eff at the paper's points, T_nu/T_gamma.

From the precision decoupling solver (:mod:`mevscalar.numeric.cosmology.boltzmann`, unmixed and mixed neutrinos)
and from the paper's Eqs. 11 + 12, for the 2021 and 2025 g-2 data sets (g_mu at the central value):
the BR_nunu windows inside Planck 2018's 2 sigma band per m_phi (solver: read off the s60 map grid, which
is shared through the in-process memo of :mod:`mevscalar.numeric.cosmology.verdict`; Eqs. 11+12: solved
exactly), N_eff at m_phi = 1.5, 2 MeV and BR_nunu = 1e-3, 3e-3, 1e-2, the Standard-Model N_eff against
Bennett et al. 2021, T_nu/T_gamma per neutrino species vs T_gamma for a few points, and the verdict
on the paper's conclusion in plain words (:func:`mevscalar.numeric.cosmology.verdict.verdict`).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

TITLE = "The verdict from the precision solver: BR_nunu windows with the flavour bracket, N_eff at the paper's points"

#: (m_phi [MeV], BR_nunu) whose T_nu/T_gamma curves per species are drawn (both flavour treatments, 2021 g-2).
CURVE_POINTS = ((1.5, 1e-3), (2.0, 1e-2))
CURVE_N_OUT = 200
#: the paper's points (N_eff table); tests shrink them.
PAPER_MASSES = (1.5, 2.0)
PAPER_BRS = (1e-3, 3e-3, 1e-2)


def compute() -> dict:
    from ..numeric.cosmology import boltzmann as bz
    from ..numeric.cosmology import verdict as v
    from . import s60_neff_map as s60

    ex = s60._executor()
    try:
        maps = s60._MAPS if s60._MAPS else s60.compute(ex)
        win = v.windows(maps["solver"], maps["chain"])
        pts = v.paper_points(v.GM2_DATASETS, PAPER_MASSES, PAPER_BRS, executor=ex)
    finally:
        ex.shutdown()
    ver = v.verdict(win, pts)
    sm = bz.sm(qed=3)
    curves = []
    for m, b in CURVE_POINTS:
        g = v._g_mu("2021", m)
        for fl in v.FLAVOURS:
            try:
                r = bz.evolve(m, g, br_nunu=b, flavour=fl, n_out=CURVE_N_OUT, **v.SOLVER_OPTIONS)
            except RuntimeError as exc:  # a solver failure is reported, not fatal
                curves.append({"m_phi_MeV": m, "br_nunu": b, "flavour": fl, "error": str(exc)})
                continue
            curves.append({"m_phi_MeV": m, "br_nunu": b, "flavour": fl, "g_mu": g, "n_eff": r.n_eff,
                           "species": list(r.species), "t_gamma_MeV": np.asarray(r.t_gamma),
                           "t_nu_over_t_gamma": np.asarray(r.t_nu_over_t_gamma)})
    return {"windows": win, "paper_points": pts, "verdict": ver, "sm_n_eff": sm.n_eff,
            "sm_n_eff_literature": v.SM_N_EFF_LITERATURE, "curves": curves,
            "planck": maps["planck"], "solver_options": v.SOLVER_OPTIONS}


from ..cli._common import _jsonable  # noqa: E402  (one JSON conversion for the CLI and the steps)


def _n(x) -> str:
    return "n/a" if x is None or not np.isfinite(x) else f"{x:.3f}"


def markdown(d: dict) -> str:
    from ..numeric.cosmology.verdict import format_bracket, format_windows

    p = d["planck"]
    lines = ["# The verdict from the precision decoupling solver", "", "## Verdict", "", d["verdict"]["headline"], "",
             f"Planck 2018 N_eff = {p['central']} +- {p['sigma']} (2 sigma: "
             f"[{d['verdict']['planck_2sigma'][0]:.2f}, {d['verdict']['planck_2sigma'][1]:.2f}]). "
             "Per g-2 data set and method, does the 2 sigma window overlap BR_nunu = 1e-3 - 1e-2 at every paper "
             "mass in 1-2 MeV?", "", "| data set / method | survives |", "| --- | --- |"]
    lines += [f"| {k} | {s} |" for k, s in d["verdict"]["survives"].items()]
    lines += ["", "## BR_nunu windows inside Planck 2 sigma (flavour bracket = union of unmixed and mixed)", "",
              "Solver windows are read off the s60 map grid (linear in log BR_nunu between points; '<=' / '>=' "
              "mark an edge at the grid's end); Eqs. 11+12 windows are solved exactly.", "",
              "| g-2 | m_phi [MeV] | g_mu | solver unmixed | solver mixed | bracket | Eqs. 11+12 |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for e in d["windows"]:
        lines.append(f"| {e['dataset']} | {e['m_phi_MeV']:.3g} | {e['g_mu']:.3g} | {format_windows(e.get('unmixed', []))} | "
                     f"{format_windows(e.get('mixed', []))} | {format_bracket(e['bracket'])} | {format_windows(e.get('chain', []))} |")
    lines += ["", "## N_eff at the paper's points", "",
              "| g-2 | m_phi [MeV] | BR_nunu | Eqs. 11+12 | T_D [MeV] | solver unmixed | solver mixed |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in d["paper_points"]:
        lines.append(f"| {r['dataset']} | {r['m_phi_MeV']:g} | {r['br_nunu']:g} | {_n(r['n_eff_chain'])} | "
                     f"{_n(r['t_d_chain_MeV'])} | {_n(r['n_eff_unmixed'])} | {_n(r['n_eff_mixed'])} |")
    lines += ["", f"Standard Model (no phi): solver N_eff = {d['sm_n_eff']:.4f}; Bennett et al., JCAP 04 (2021) 073: "
              f"{d['sm_n_eff_literature']:.4f}.", "",
              f"Solver options: {d['solver_options']} (otherwise `boltzmann.evolve` defaults: QED to O(e^3), "
              "chemical potentials, quantum statistics).", "", "## Details", "", "```", d["verdict"]["text"], "```", ""]
    fails = [c for c in d["curves"] if "error" in c]
    if fails:
        lines += ["Curve points the solver failed on: " + "; ".join(
            f"m = {c['m_phi_MeV']:g}, BR = {c['br_nunu']:g}, {c['flavour']}: {c['error']}" for c in fails), ""]
    return "\n".join(lines)


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import save_figure

    good = [c for c in d["curves"] if "error" not in c]
    pts = sorted({(c["m_phi_MeV"], c["br_nunu"]) for c in d["curves"]})
    fig, axes = plt.subplots(1, max(1, len(pts)), figsize=(6.2 * max(1, len(pts)), 4.8), sharey=True, squeeze=False)
    p = d["planck"]
    conv = lambda n: (n / 3.0) ** 0.25 * (4.0 / 11.0) ** (1.0 / 3.0)
    lo, hi = conv(p["central"] - 2 * p["sigma"]), conv(p["central"] + 2 * p["sigma"])
    for ax, (m, b) in zip(axes[0], pts):
        for c in [c for c in good if (c["m_phi_MeV"], c["br_nunu"]) == (m, b)]:
            ls = "-" if c["flavour"] == "unmixed" else "--"
            for k, name in enumerate(c["species"]):
                ax.semilogx(c["t_gamma_MeV"], c["t_nu_over_t_gamma"][k], ls=ls, lw=1.6,
                            color=f"C{k if c['flavour'] == 'unmixed' else k + 3}",
                            label=f"{c['flavour']}: {name} (N_eff = {c['n_eff']:.2f})" if k == 0 else
                            f"{c['flavour']}: {name}")
        ax.axhline((4 / 11) ** (1 / 3), color="k", lw=0.8, ls=":", label=r"$(4/11)^{1/3}$")
        ax.fill_between([1e-3, 30.0], lo, hi, facecolor="none", edgecolor="gray", hatch="///", lw=0,
                        label=r"Planck 2$\sigma$ (as a common $T_\nu/T_\gamma$)")
        ax.set_xlim(12.0, 0.02)
        ax.set_xlabel(r"$T_\gamma$ [MeV]")
        ax.set_title(rf"$m_\phi$ = {m:g} MeV, BR$_{{\nu\nu}}$ = {b:g}, $g_\mu$: 2021 g-2 central", fontsize=10)
        ax.legend(fontsize=7, loc="upper left")
    axes[0][0].set_ylabel(r"$T_\nu/T_\gamma$ per species")
    fig.tight_layout()
    return save_figure(fig, out, "boltzmann")


def run(out: Path):
    out = Path(out)
    d = compute()
    (out / "boltzmann.json").write_text(json.dumps(_jsonable(d)) + "\n", encoding="utf-8")
    (out / "boltzmann.md").write_text(markdown(d), encoding="utf-8")
    names = plot(d, out)
    return [
        ("boltzmann.md", "the verdict on the paper's conclusion; BR_nunu windows per m_phi (flavour bracket, "
                         "2021/2025 g-2) from the solver and Eqs. 11+12; N_eff at the paper's points"),
        ("boltzmann.json", "the same with the T_nu/T_gamma curves (JSON)"),
        (names[0], "T_nu/T_gamma per neutrino species vs T_gamma, unmixed and mixed (PNG)"),
        (names[1], "the same (PDF)"),
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys
    import time

    t = time.time()
    print(run(Path(sys.argv[1] if len(sys.argv) > 1 else ".")), f"{time.time() - t:.1f} s")
