"""`mev-scalar limits`: the shipped limit curves (the paper's Fig. 1 constraints) with their provenance.

    mev-scalar limits [--status robust,disputed,cosmology,not_applied] [--json]
        JSON: {"curves": [{key, name, plane, status, status_meaning, style, reinterpreted, citation, arxiv,
        source {repository, path, commit, url, sha256, bytes}, file, licence, shape, vertices, m_MeV_range,
        paper_says, caveats, also_drawn_in}], "not_shipped": [{name, plane, citation, why}],
        "reinterpretation": ..., "units": ...}

Every curve is a pseudoscalar (ALP) limit on g_agamma from the AxionLimits compilation, read as a
limit on the scalar's |g_gg| (factor 1, paper Sec. II) and drawn in the (m_phi, g_mu) plane through
the exact muon loop. Limits published only as figures are listed under "not_shipped".
"""

from __future__ import annotations

from .. import parameters as P
from ._common import dumps


def register(sub):
    p = sub.add_parser("limits", help="list the shipped limit curves (Fig. 1) with source, citation and status")
    P.add_argument(p, "status")
    P.add_argument(p, "json")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import limits

    statuses = P.value(args, "status")  # the registry's choices are limits.STATUSES without "user"
    cl = limits.curves(statuses)
    out = {
        "curves": [c.describe() for c in cl],
        "not_shipped": limits.not_shipped(),
        "reinterpretation": "pseudoscalar g_agamma -> scalar |g_gg| with factor 1 (same Gamma = g^2 m^3/(64 pi)); "
                            "g_mu plane via the exact one-loop muon triangle",
        "units": "files: m_a [eV], g [GeV^-1]; everything else here: MeV",
    }
    if args.json:
        print(dumps(out))
        return 0
    print(f"{len(cl)} shipped limit curve(s) (source: AxionLimits, MIT; reinterpreted pseudoscalar -> scalar)")
    for c in out["curves"]:
        lo, hi = c["m_MeV_range"]
        src = c["source"]
        print(f"- {c['key']}: {c['name']}  [plane {c['plane']}, {c['status']}, {c['style']}, "
              f"reinterpreted={'yes' if c['reinterpreted'] else 'no'}]")
        print(f"    citation: {c['citation']}" + (f" (arXiv:{c['arxiv']})" if c["arxiv"] else ""))
        print(f"    source:   {src.get('repository', '')}/{src.get('path', '')} @ {src.get('commit', '')[:12]}"
              f" sha256 {src.get('sha256', '')[:12]}; masses {lo:.3g}-{hi:.3g} MeV")
    print("not shipped (published only as figures):")
    for e in out["not_shipped"]:
        print(f"- {e['name']} [{e['plane']}]: {e['citation']}")
    return 0
