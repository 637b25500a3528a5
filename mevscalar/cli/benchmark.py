"""`mev-scalar benchmark`: the paper's Sec. IV benchmark point from its inputs, and its paper audit.

    mev-scalar benchmark [--oscillation pdg2020] [--g-nu-normalisation paper|canonical] [--json]

Flags, help texts, ranges and messages come from :mod:`mevscalar.parameters`. JSON keys follow the registry and
the `seesaw` command (:func:`registry_keys`): g_nu_normalisation, expansion_parameter (theta = ||m_D M_R^-1||),
heavy_lo_MeV, g_nu (Eq. 20 on the LO light masses), g_nu_exact (Hellmann-Feynman on the exact eigenvectors, as in
`seesaw`), g_nu_eq20_exact (Eq. 20 on the exact light masses), and the rest of
:func:`mevscalar.benchmark.benchmark`, then ``audit``. Deprecated duplicates (one release): normalisation,
mixing_theta, g_nu_hellmann_feynman. ``g_nu_exact`` meant Eq. 20 on the exact masses here before (now
``g_nu_eq20_exact``; the two differ by ~3e-8 relative at the benchmark point).
"""

from __future__ import annotations

from .. import parameters as P


def register(sub):
    p = sub.add_parser(
        "benchmark",
        help="Sec. IV benchmark point (oscillation data, g_nu3 = 2.5e-10, y_mu = 0.1, ...) and its paper audit",
    )
    P.add_argument(p, "oscillation")
    P.add_argument(p, "normalisation", help=P.help_text("normalisation") + "; v_phi = f m3/g_nu3 with that f")
    P.add_argument(p, "json", help="print a JSON object {benchmark keys..., audit: [...]}")
    p.set_defaults(func=run)


#: mevscalar.benchmark.benchmark key -> the registry's (one style with `seesaw`); the old key stays as a duplicate.
RENAMED = {"normalisation": "g_nu_normalisation", "mixing_theta": "expansion_parameter",
           "g_nu_hellmann_feynman": "g_nu_exact"}


def registry_keys(b: dict) -> dict:
    """The benchmark dict under the registry's keys, in its order, each old key kept next to its replacement
    (deprecated for one release). ``g_nu_exact`` becomes the Hellmann-Feynman coupling (as in `seesaw`); the
    Eq. 20 couplings of the exact masses, which the benchmark called ``g_nu_exact``, are ``g_nu_eq20_exact``."""
    out = {}
    for k, v in b.items():
        if k == "g_nu_exact":  # Eq. 20 on the exact masses: its own name, no longer the shared key
            out["g_nu_eq20_exact"] = v
            continue
        if k in RENAMED:
            out[RENAMED[k]] = v
        out[k] = v
    return out


def run(args) -> int:
    from .. import benchmark as bm
    from .. import paper
    from ._common import dumps, emit

    oscillation = P.value(args, "oscillation", default=P.get("oscillation").default)
    norm = P.value(args, "normalisation", default=P.get("normalisation").default)
    out = registry_keys(bm.benchmark(oscillation, normalisation=norm))
    rows = paper.benchmark_rows(oscillation)
    if args.json:
        print(dumps({**out, "audit": rows}))
        return 0
    emit({k: v for k, v in out.items() if k != "oscillation_citation"}, False, title="Sec. IV benchmark point")
    print()
    print("paper audit (paper vs what its inputs give; rel = ours/paper - 1)")
    for r in rows:
        rel = "" if r["rel_diff"] is None else f"{r['rel_diff']:+.3g}"
        printed = f"{r['paper']:.4g}" if isinstance(r["paper"], float) else str(r["paper"])
        print(f"  {r['quantity']:<40} {r['equation']:<16} paper {printed:<24} ours {r['ours']:<12.4g} rel {rel}")
    return 0
