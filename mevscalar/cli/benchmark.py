"""`mev-scalar benchmark`: the paper's Sec. IV benchmark point from its inputs, and its paper audit."""

from __future__ import annotations


def register(sub):
    p = sub.add_parser(
        "benchmark",
        help="Sec. IV benchmark point (oscillation data, g_nu3 = 2.5e-10, y_mu = 0.1, ...) and its paper audit",
    )
    p.add_argument("--oscillation", default="pdg2020", help="oscillation data set (mevscalar.data.OSCILLATION)")
    p.add_argument(
        "--g-nu-normalisation", choices=("paper", "canonical"), default="paper",
        help="v_phi = m3/g_nu3 (paper, Eq. 20) or sqrt2 m3/g_nu3 (canonically normalised real scalar)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON object {benchmark keys..., audit: [...]}")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import benchmark as bm
    from ..data import OSCILLATION
    from ..validate import choice
    from ._common import dumps, emit

    choice("--oscillation", args.oscillation, OSCILLATION)

    out = bm.benchmark(args.oscillation, normalisation=args.g_nu_normalisation)
    rows = bm.audit_rows(args.oscillation)
    if args.json:
        print(dumps({**out, "audit": rows}))
        return 0
    emit({k: v for k, v in out.items() if k != "oscillation_citation"}, False, title="Sec. IV benchmark point")
    print()
    print("paper audit (paper vs what its inputs give; rel = ours/paper - 1)")
    for r in rows:
        rel = "" if r["rel_diff"] is None else f"{r['rel_diff']:+.3g}"
        paper = f"{r['paper']:.4g}" if isinstance(r["paper"], float) else str(r["paper"])
        print(f"  {r['quantity']:<40} {r['equation']:<16} paper {paper:<24} ours {r['ours']:<12.4g} rel {rel}")
    return 0
