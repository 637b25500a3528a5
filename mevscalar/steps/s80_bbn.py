"""BBN abundances over the paper's plane, and the audit of the T_D > 0.3 MeV proxy (issue 9; the 'bbn' extra).

Grid: m_phi in [0.5, 5] MeV x BR_nunu in [1e-5, 1e-1] (log-spaced, ``N_M`` x ``N_BR``, coarse in ``reproduce``;
the 30 x 30 map is ``benchmarks/bench_bbn.py`` or the Python API :func:`mevscalar.numeric.cosmology.bbn.bbn_map`), g_mu the
2021 g-2 central value at each m_phi (the paper's data). Per point: the precision background (unmixed mass states,
all physics on), Y_p and D/H through LINX (default network, nu_e energy-matched), N_eff, and the paper's T_D (exact
R = H crossing, Eq. 10). Figure: Y_p, D/H and N_eff maps; the 2 sigma exclusion contour of each abundance
(|pull| = 2, measurement and PRIMAT theory error in quadrature), Planck's N_eff 1/2 sigma contours, and the paper's
proxy T_D = 0.3 MeV. Audit: which grid cells each criterion excludes (:func:`last_audit`; the paper-audit row is
:func:`mevscalar.paper.bbn_rows`). Without the extra the step writes a note.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import band_contours, level_contour, mass_br_axes, save_figure

TITLE = "BBN: Y_p and D/H maps through LINX beside Planck N_eff, and the T_D > 0.3 MeV proxy audited"

N_M = 5
N_BR = 5
WORKERS = 2
DATASET = "2021"
M_RANGE = (0.5, 5.0)
BR_RANGE = (1e-5, 1e-1)
NSIGMA = 2.0
#: None: a process pool of WORKERS; "thread": a thread pool (tests: reuses the process's compiled LINX).
EXECUTOR = None

_LAST: dict = {}


def grid():
    return np.geomspace(*M_RANGE, N_M), np.geomspace(*BR_RANGE, N_BR)


def _sm_row():
    from ..numeric.cosmology import bbn

    r = bbn.sm()
    return {"y_p": r.y_p, "d_over_h": r.d_over_h, "n_eff": r.n_eff, "y_p_pull": r.y_p_pull,
            "d_over_h_pull": r.d_over_h_pull}


def compute(out: Path, executor=None) -> dict:
    import concurrent.futures as cf

    from ..numeric.cosmology import bbn, runner
    from ..data import BBN_TD, dh_dataset, neff_dataset, yp_dataset

    ms, bs = grid()
    # a cold cache: compile once here (the exported model and XLA's cache then serve the workers), not in each
    sm = _sm_row() if not bbn._export_path(bbn.DEFAULT_NETWORK).exists() else None
    own = executor is None
    if own:
        # spawn, not fork: with a cold cache this process has just run JAX (its compile), and forking a process
        # with JAX's threads alive deadlocks the workers (seen: the 5 x 5 grid hung with both workers asleep)
        ex = (cf.ThreadPoolExecutor(max_workers=1) if EXECUTOR == "thread"
              else runner.process_pool(WORKERS, method="spawn"))
    else:
        ex = executor
    try:
        fut = ex.submit(_sm_row) if sm is None else None
        rows = bbn.bbn_map(ms, out / "bbn_map.csv", br_min=BR_RANGE[0], br_max=BR_RANGE[1], n_grid=N_BR,
                           dataset=DATASET, executor=ex, force=True, progress=False)
        sm = fut.result() if fut is not None else sm
    finally:
        if own:
            ex.shutdown()
    _sort_csv(out / "bbn_map.csv")

    def arr(key):
        return np.array([np.nan if r.get(key) is None else float(r[key]) for r in rows]).reshape(ms.size, bs.size)

    p = neff_dataset("planck2018")
    d = {"m_phi_MeV": ms, "br_nunu": bs, "g_mu": arr("g_mu")[:, 0], "sm": sm,
         "errors": [(r["m_phi_MeV"], r["br_nunu"], r["error"]) for r in rows if r.get("error")],
         "planck": {"name": p.name, "central": p.central, "sigma": p.sigma}, "td_bound": BBN_TD.value,
         "yp_data": yp_dataset("aver2021").name, "dh_data": dh_dataset("cooke2018").name}
    for k in bbn.BBN_OUTPUTS:
        d[k] = arr(k)
    d["audit"] = audit(d)
    return d


def audit(d: dict) -> dict:
    """Cells excluded by the proxy (T_D < 0.3 MeV) vs by the abundances (|pull| > 2 in Y_p or D/H)."""
    ok = np.isfinite(d["y_p_pull"]) & np.isfinite(d["d_over_h_pull"]) & np.isfinite(d["t_d_MeV"])
    proxy = d["t_d_MeV"] < d["td_bound"]
    abund = (np.abs(d["y_p_pull"]) > NSIGMA) | (np.abs(d["d_over_h_pull"]) > NSIGMA)
    cells = lambda mask: [(float(d["m_phi_MeV"][i]), float(d["br_nunu"][j]))  # noqa: E731
                          for i, j in zip(*np.nonzero(mask & ok))]
    both, p_only, a_only = cells(proxy & abund), cells(proxy & ~abund), cells(~proxy & abund)
    neither = cells(~proxy & ~abund)
    if not p_only and not a_only:
        verdict = "equivalent on this grid"
    elif p_only and not a_only:
        verdict = "the proxy is stronger (it excludes points the abundances allow)"
    elif a_only and not p_only:
        verdict = "the proxy is weaker (the abundances exclude points it allows)"
    else:
        verdict = "neither: each excludes points the other allows"
    return {"verdict": verdict, "n_cells": int(ok.sum()), "both": both, "proxy_only": p_only,
            "abundances_only": a_only, "neither": neither}


def _sort_csv(path: Path) -> None:
    """Rewrite the scan engine's CSV (rows in completion order) in grid order, (m_phi, BR) ascending, so that
    identical input gives a byte-identical file."""
    lines = path.read_text().splitlines(keepends=True)
    head, body = lines[:1], lines[1:]
    body.sort(key=lambda ln: tuple(float(x) for x in ln.split(",", 2)[:2]))
    path.write_text("".join(head + body))


def cells_text(cells) -> str:
    """Grid cells (m_phi, BR_nunu) as text, grouped by mass: "m = 0.5: BR 1.0e-05-1.0e-04; ..." or "none"."""
    if not cells:
        return "none"
    by_m: dict = {}
    for m, b in cells:
        by_m.setdefault(m, []).append(b)
    return "; ".join(f"m = {m:.2g}: BR {min(v):.1e}-{max(v):.1e}" for m, v in sorted(by_m.items()))


def last_audit() -> dict | None:
    """The cell classification (:func:`audit`) of the last :func:`run` in this process, or None before it.

    :func:`mevscalar.paper.bbn_rows` builds the paper-audit row from it.
    """
    return _LAST.get("audit")


def audit_rows() -> list[dict]:
    """Deprecated alias (one release; removed in mev-scalar 0.2) of :func:`mevscalar.paper.bbn_rows`."""
    import warnings

    from .. import paper

    warnings.warn("mevscalar.steps.s80_bbn.audit_rows is deprecated: use mevscalar.paper.bbn_rows (removed in "
                  "mev-scalar 0.2)", DeprecationWarning, stacklevel=2)
    return paper.bbn_rows()


def plot(d: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    m, br = d["m_phi_MeV"], d["br_nunu"]
    c, s = d["planck"]["central"], d["planck"]["sigma"]
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.6))
    panels = [(r"$Y_p$", d["y_p"], d["y_p_pull"], "viridis"), (r"D/H $\times 10^5$", d["d_over_h"] * 1e5,
              d["d_over_h_pull"], "magma"), (r"$N_{\rm eff}$", d["n_eff"], None, "cividis")]
    for ax, (lab, z, pull, cmap) in zip(axes, panels):
        pc = ax.pcolormesh(m, br, np.ma.masked_invalid(z).T, shading="nearest", cmap=cmap)
        fig.colorbar(pc, ax=ax, label=lab)
        if pull is not None:
            level_contour(ax, m, br, np.abs(pull), NSIGMA, colors="white", linewidths=1.8)
        band_contours(ax, m, br, d["n_eff"], c, s, "tab:cyan", linewidth=1.0)
        level_contour(ax, m, br, d["t_d_MeV"], d["td_bound"], colors="red", linestyles=":", linewidths=1.5)
        mass_br_axes(ax)
        ax.set_title(lab, fontsize=10)
    fig.suptitle(f"g-2 {DATASET} central $g_\\mu$; white: 2σ exclusion of the abundance ({d['yp_data']}, "
                 f"{d['dh_data']}, PRIMAT theory error); cyan: Planck N_eff {c} ± {s} (1σ solid, 2σ dashed); red "
                 f"dotted: the paper's proxy T_D = {d['td_bound']} MeV", fontsize=9)
    fig.tight_layout()
    return save_figure(fig, out, "bbn_map", dpi=110)


def _js(a):
    a = np.asarray(a, float)
    if a.ndim == 2:
        return [_js(row) for row in a]
    return [None if not np.isfinite(x) else float(x) for x in a]


def markdown(d: dict) -> str:
    a = d["audit"]
    sm = d["sm"]
    lines = ["# BBN abundances over (m_phi, BR_nunu) through LINX", "",
             f"g_mu: g-2 {DATASET} central value. Standard Model on the same pipeline: Y_p = {sm['y_p']:.5f}, "
             f"D/H = {sm['d_over_h']:.4e}, N_eff = {sm['n_eff']:.4f} (pulls {sm['y_p_pull']:+.2f}, "
             f"{sm['d_over_h_pull']:+.2f}). Data: Y_p {d['yp_data']}, D/H {d['dh_data']}, PRIMAT theory error in "
             "quadrature; Planck 2018 omega_b. See docs/bbn.md for the mapping onto LINX and its limits.", "",
             f"**Audit: the proxy T_D > {d['td_bound']} MeV vs the abundances at 2 sigma: {a['verdict']}** "
             f"({a['n_cells']} cells; both exclude {len(a['both'])}, proxy only {len(a['proxy_only'])}, abundances "
             f"only {len(a['abundances_only'])}, neither {len(a['neither'])}).", "",
             f"- proxy only: {cells_text(a['proxy_only'])}",
             f"- abundances only: {cells_text(a['abundances_only'])}", "",
             "Cells: Y_p / D/H x 1e5 / N_eff / T_D [MeV] ('n/a': solver failure).", "",
             "| m_phi [MeV] | g_mu | " + " | ".join(f"{b:.2g}" for b in d["br_nunu"]) + " |",
             "| --- | --- | " + " | ".join("---" for _ in d["br_nunu"]) + " |"]
    f = lambda x, fmt: "n/a" if not np.isfinite(x) else format(x, fmt)  # noqa: E731
    for i, m in enumerate(d["m_phi_MeV"]):
        cells = [f"{f(d['y_p'][i, j], '.4f')} / {f(d['d_over_h'][i, j] * 1e5, '.3f')} / {f(d['n_eff'][i, j], '.2f')}"
                 f" / {f(d['t_d_MeV'][i, j], '.2f')}" for j in range(len(d["br_nunu"]))]
        lines.append(f"| {m:.3g} | {d['g_mu'][i]:.3g} | " + " | ".join(cells) + " |")
    if d["errors"]:
        lines += ["", f"Failures ({len(d['errors'])}): " + "; ".join(f"m = {m:g}, BR = {b:g}: {e}"
                                                                      for m, b, e in d["errors"][:8])]
    return "\n".join(lines) + "\n"


def run(out: Path):
    out = Path(out)
    from ..errors import MissingExtra

    try:
        from ..numeric.cosmology import bbn

        bbn._precheck({})
    except MissingExtra as exc:
        (out / "bbn_map.md").write_text(f"# BBN abundances\n\nSkipped: {exc}\n", encoding="utf-8")
        return [("bbn_map.md", f"BBN maps skipped: {exc}")]
    d = compute(out)
    _LAST.clear()
    _LAST.update(d)
    js = {k: _js(d[k]) for k in ("m_phi_MeV", "br_nunu", "g_mu", *bbn.BBN_OUTPUTS)}
    js.update({"sm": d["sm"], "planck": d["planck"], "td_bound_MeV": d["td_bound"], "audit": d["audit"],
               "errors": [list(e) for e in d["errors"]], "yp_data": d["yp_data"], "dh_data": d["dh_data"]})
    (out / "bbn_map.json").write_text(json.dumps(js) + "\n", encoding="utf-8")
    (out / "bbn_map.md").write_text(markdown(d), encoding="utf-8")
    names = plot(d, out)
    return [
        (names[0], "Y_p, D/H and N_eff maps with the 2 sigma abundance exclusions, Planck N_eff and the T_D = 0.3 MeV "
                   "proxy (PNG)"),
        (names[1], "the same (PDF)"),
        ("bbn_map.md", "BBN map table and the audit of the T_D > 0.3 MeV proxy"),
        ("bbn_map.json", "BBN map grids and the audit (JSON)"),
        ("bbn_map.csv", "BBN map rows (the scan engine's CSV)"),
    ]
