"""`mev-scalar bbn`: Y_p and D/H from the precision background through LINX (needs the 'bbn' extra);
`mev-scalar bbn-scan`: the (m_phi, BR_nunu) map through the scan engine (CSV row by row, resumable).

bbn --sm [--no-qed] [--no-chemical-potentials] [--statistics S] [BBN options] [--json]
bbn --m-phi M --g-mu G (--br-nunu B | --g-nu G) [--no-qed] [--no-chemical-potentials] [--flavour F]
    [--statistics S] [BBN options] [--json]
BBN options: --yp-data (aver2021 | pdg2020), --dh-data (cooke2018 | pdg2020), --omega-b (planck2018 or a number),
--theory (primat2021 | none), --network (LINX key network), --nu-e (energy | number | mean), --bracket.
Flags, help texts, ranges and messages come from :mod:`mevscalar.parameters` (bbn-scan: --n-m-phi, old --n;
--gm2-dataset, old --dataset); the evaluator (numeric/cosmology/bbn.py) checks the same options through it.
m_phi lies in the Boltzmann solver's domain (the registry's "boltzmann" domain of m_phi).
JSON keys: model, y_p, d_over_h, he3_over_h, li7_over_h, n_eff, pulls {y_p, d_over_h}, sigmas {y_p, d_over_h},
yp_data, dh_data, omega_b_h2, theory, network, nu_e, bracket (with --bracket), seconds_bbn, notes, and with phi
m_phi_MeV, g_mu, br_nunu, g_nu.
"""

from __future__ import annotations

from .. import parameters as P
from ..errors import ParameterError
from ._common import emit, refuse

#: The BBN options (registry names = keywords of numeric/cosmology/bbn.abundances) both commands take.
BBN_OPTIONS = ("yp_data", "dh_data", "omega_b", "theory", "network", "nu_e")
_PHI = ("m_phi", "g_mu", "br_nunu", "g_nu")


def register(sub):
    p = sub.add_parser("bbn", help="BBN abundances Y_p and D/H from the precision background through LINX "
                       "(needs the 'bbn' extra)")
    P.add_argument(p, "sm")
    P.add_argument(p, "m_phi", help=P.help_text("m_phi") + "; the Boltzmann solver's domain "
                   + P.get("m_phi").range_text("boltzmann") + " (required unless --sm)")
    P.add_argument(p, "g_mu")
    P.add_argument(p, "br_nunu")
    P.add_argument(p, "g_nu")
    P.add_argument(p, "no_qed")
    P.add_argument(p, "no_chemical_potentials")
    P.add_argument(p, "flavour")
    P.add_argument(p, "statistics")
    for name in BBN_OPTIONS:
        P.add_argument(p, name)
    P.add_argument(p, "bracket")
    P.add_argument(p, "json")
    p.set_defaults(func=run)

    m = sub.add_parser("bbn-scan", help="Y_p, D/H and N_eff over (m_phi, BR_nunu) through LINX, to CSV (resumable; "
                       "needs the 'bbn' extra)")
    P.add_argument(m, "m_phi_min", default=0.5)
    P.add_argument(m, "m_phi_max", default=5.0)
    P.add_argument(m, "n_m_phi", default=30)
    P.add_argument(m, "br_min", default=1e-5)
    P.add_argument(m, "br_max", default=0.1)
    P.add_argument(m, "n_grid", default=30)
    P.add_argument(m, "gm2_dataset", help=P.help_text("gm2_dataset") + "; fixes g_mu at its central value unless "
                   "--g-mu")
    P.add_argument(m, "g_mu", help=P.help_text("g_mu") + "; fixes g_mu instead of the g-2 data set")
    m.add_argument("--out", required=True, help="CSV file to write")
    P.add_argument(m, "workers")
    m.add_argument("--resume", action="store_true", help="continue an interrupted map in --out")
    m.add_argument("--force", action="store_true", help="overwrite an existing --out")
    P.add_argument(m, "flavour")
    for name in BBN_OPTIONS:
        P.add_argument(m, name)
    P.add_argument(m, "json", help="print a summary as JSON")
    m.set_defaults(func=run_scan)


def _bbn_options(args, every: bool) -> dict:
    """The BBN options from the namespace, checked by the registry: all of them (defaults filled in) or only
    those given."""
    out = {}
    for name in BBN_OPTIONS:
        v = P.value(args, name, default=P.get(name).default if every else None)
        if v is not None:
            out[name] = v
    return out


def run_scan(args) -> int:
    import sys

    import numpy as np

    from ..numeric.cosmology import bbn

    lo = P.value(args, "m_phi_min", "boltzmann")
    hi = P.value(args, "m_phi_max", "boltzmann")
    n = P.value(args, "n_m_phi")
    if lo > hi or (n > 1 and lo == hi):
        raise ParameterError(
            f"m_phi range: the scan range is empty (m_phi_min={lo!r}, m_phi_max={hi!r}, n_m_phi={n!r}); need "
            "m_phi_min < m_phi_max (or n_m_phi = 1 with equal ends)")
    if args.g_mu is not None:
        refuse(args, ("gm2_dataset",), "with --g-mu (g_mu is given, not fixed by g-2); old flag --dataset")
    bopts = _bbn_options(args, every=False)
    flavour = P.value(args, "flavour")
    opts = {"flavour": flavour} if flavour else {}
    try:
        rows = bbn.bbn_map(np.geomspace(lo, hi, n), args.out, br_min=P.value(args, "br_min"),
                           br_max=P.value(args, "br_max"), n_grid=P.value(args, "n_grid"),
                           dataset=P.value(args, "gm2_dataset", default=P.get("gm2_dataset").default),
                           g_mu=P.value(args, "g_mu"), options=opts, bbn_options=bopts,
                           workers=P.value(args, "workers"), resume=args.resume, force=args.force)
    except KeyboardInterrupt:
        print(f"mev-scalar bbn-scan: interrupted: the finished points are in {args.out}; rerun with --resume",
              file=sys.stderr)
        return 130
    n_err = sum(1 for r in rows if r.get("error"))
    if args.json:
        emit({"out": str(args.out), "n_points": len(rows), "n_errors": n_err, "options": opts,
              "bbn_options": bopts}, True)
    else:
        print(f"wrote {args.out} ({len(rows)} rows, {n_err} with an error)")
    return 0


def run(args) -> int:
    from ..numeric.cosmology import bbn
    from .neff import _g_nu_arg

    bopts = _bbn_options(args, every=True)
    bopts["bracket"] = bool(args.bracket)
    kw = {"qed": 0 if args.no_qed else 3, "chemical_potentials": not args.no_chemical_potentials,
          "statistics": P.value(args, "statistics", default="quantum")}
    if args.sm:
        refuse(args, _PHI, "with --sm (the Standard Model has no phi)")
        refuse(args, ("flavour",), "with --sm (nu_e and nu_mu,tau are evolved)")
        r = bbn.sm(**kw, **bopts)
        out = {"model": "sm"}
    else:
        if args.m_phi is None:
            raise ParameterError("m_phi: give --m-phi (or --sm)")
        if args.g_mu is None:
            raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu)")
        if (args.br_nunu is None) == (args.g_nu is None):
            raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
        r = bbn.evolve(P.value(args, "m_phi", "boltzmann"), P.value(args, "g_mu"), br_nunu=P.value(args, "br_nunu"),
                       g_nu=_g_nu_arg(args.g_nu), flavour=P.value(args, "flavour", default="unmixed"), **kw, **bopts)
        b = r.boltzmann
        out = {"model": "phi", P.key("m_phi"): b.m_phi, P.key("g_mu"): b.g_mu, P.key("br_nunu"): b.br_nunu,
               P.key("g_nu"): list(b.g_nu)}
    out.update({"y_p": r.y_p, "d_over_h": r.d_over_h, "he3_over_h": r.he3_over_h, "li7_over_h": r.li7_over_h,
                "n_eff": r.n_eff, "pulls": {"y_p": r.y_p_pull, "d_over_h": r.d_over_h_pull},
                "sigmas": {"y_p": r.y_p_sigma, "d_over_h": r.d_over_h_sigma}, P.key("yp_data"): r.yp_data,
                P.key("dh_data"): r.dh_data, P.key("omega_b"): r.omega_b_h2, P.key("theory"): r.theory,
                P.key("network"): r.network, P.key("nu_e"): r.nu_e})
    if r.bracket is not None:
        out["bracket"] = r.bracket
    out.update({"seconds_bbn": r.seconds_bbn, "notes": list(r.notes)})
    if args.json:
        emit(out, True)
    else:
        flat = {k: v for k, v in out.items() if not isinstance(v, dict)}
        flat.update({"y_p_pull": r.y_p_pull, "d_over_h_pull": r.d_over_h_pull})
        emit(flat, False, title="BBN (LINX) on the precision background")
    return 0
