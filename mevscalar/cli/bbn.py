"""`mev-scalar bbn`: Y_p and D/H from the precision background through LINX (needs the 'bbn' extra);
`mev-scalar bbn-scan`: the (m_phi, BR_nunu) map through the scan engine (CSV row by row, resumable).

bbn --sm [--no-qed] [--no-chemical-potentials] [--statistics S] [BBN options] [--json]
bbn --m-phi M --g-mu G (--br-nunu B | --g-nu G) [--no-qed] [--no-chemical-potentials] [--flavour F]
    [--statistics S] [BBN options] [--json]
BBN options: --yp-data (aver2021 | pdg2020), --dh-data (cooke2018 | pdg2020), --omega-b (planck2018 or a number),
--theory (primat2021 | none), --network (LINX key network), --nu-e (energy | number | mean), --bracket.
JSON keys: model, y_p, d_over_h, he3_over_h, li7_over_h, n_eff, pulls {y_p, d_over_h}, sigmas {y_p, d_over_h},
yp_data, dh_data, omega_b_h2, theory, network, nu_e, bracket (with --bracket), seconds_bbn, notes, and with phi
m_phi_MeV, g_mu, br_nunu, g_nu.
"""

from __future__ import annotations

from ..errors import ParameterError
from ._common import emit


def register(sub):
    p = sub.add_parser("bbn", help="BBN abundances Y_p and D/H from the precision background through LINX "
                       "(needs the 'bbn' extra)")
    p.add_argument("--sm", action="store_true", help="the Standard Model (no phi)")
    p.add_argument("--m-phi", type=float, default=None, metavar="MEV", help="scalar mass [MeV]")
    p.add_argument("--g-mu", type=float, default=None, help="muon coupling g_mu")
    p.add_argument("--br-nunu", type=float, default=None, metavar="B", help="BR(phi -> nu nu) in [0, 1)")
    p.add_argument("--g-nu", default=None, metavar="G",
                   help="neutrino coupling: one number (nu_3 only) or three comma-separated (mass basis)")
    p.add_argument("--no-qed", action="store_true", help="switch off the finite-T QED corrections")
    p.add_argument("--no-chemical-potentials", action="store_true", help="hold every pseudo chemical potential at 0")
    p.add_argument("--flavour", choices=["unmixed", "mixed"], default=None,
                   help="unmixed (mass states; default) or mixed (flavours): they bracket the flavour treatment")
    p.add_argument("--statistics", choices=["quantum", "mb"], default=None,
                   help="quantum statistics (default) or Maxwell-Boltzmann in the collision terms")
    p.add_argument("--yp-data", default="aver2021", help="Y_p data set: aver2021 (default) or pdg2020")
    p.add_argument("--dh-data", default="cooke2018", help="D/H data set: cooke2018 (default) or pdg2020")
    p.add_argument("--omega-b", default="planck2018",
                   help="baryon density: a data set (planck2018, default) or a number omega_b h^2")
    p.add_argument("--theory", default="primat2021",
                   help="theory (nuclear-rate) uncertainty added to the pulls: primat2021 (default) or none")
    p.add_argument("--network", default=None, help="LINX nuclear network (default key_PRIMAT_2018)")
    p.add_argument("--nu-e", choices=["energy", "number", "mean"], default="energy",
                   help="nu_e spectrum -> LINX's thermal T_nu: same energy density (default), same number "
                   "density, or the mean of all neutrinos")
    p.add_argument("--bracket", action="store_true",
                   help="also run the other nu_e mapping (energy vs number): the bracket of what LINX cannot "
                   "represent")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)

    m = sub.add_parser("bbn-scan", help="Y_p, D/H and N_eff over (m_phi, BR_nunu) through LINX, to CSV (resumable; "
                       "needs the 'bbn' extra)")
    m.add_argument("--m-phi-min", type=float, default=0.5, metavar="MEV")
    m.add_argument("--m-phi-max", type=float, default=5.0, metavar="MEV")
    m.add_argument("--n", type=int, default=30, help="number of m_phi points (log-spaced)")
    m.add_argument("--br-min", type=float, default=1e-5)
    m.add_argument("--br-max", type=float, default=0.1)
    m.add_argument("--n-grid", type=int, default=30, help="BR_nunu points (log-spaced)")
    m.add_argument("--dataset", default="2021", help="g-2 data set fixing g_mu (central value)")
    m.add_argument("--g-mu", type=float, default=None, help="fix g_mu instead")
    m.add_argument("--out", required=True, help="CSV file to write")
    m.add_argument("--workers", type=int, default=None, help="processes of the local pool (default: all cores)")
    m.add_argument("--resume", action="store_true", help="continue an interrupted map in --out")
    m.add_argument("--force", action="store_true", help="overwrite an existing --out")
    m.add_argument("--flavour", choices=["unmixed", "mixed"], default=None, help="solver option flavour")
    for flag in ("--yp-data", "--dh-data", "--omega-b", "--theory", "--network"):
        m.add_argument(flag, default=None)
    m.add_argument("--nu-e", choices=["energy", "number", "mean"], default=None)
    m.add_argument("--json", action="store_true", help="print a summary as JSON")
    m.set_defaults(func=run_scan)


def run_scan(args) -> int:
    import sys

    import numpy as np

    from ..numeric.cosmology import bbn
    from ..validate import positive

    lo = positive("m_phi_min", args.m_phi_min, "MeV")
    hi = positive("m_phi_max", args.m_phi_max, "MeV")
    if args.n < 1 or lo > hi or (args.n > 1 and lo == hi):
        raise ParameterError(f"m_phi range: empty scan range (m_phi_min={lo!r}, m_phi_max={hi!r}, n={args.n!r})")
    if args.workers is not None and args.workers < 1:
        raise ParameterError(f"workers must be an integer >= 1, got {args.workers!r}")
    bopts = {k: v for k, v in (("yp_data", args.yp_data), ("dh_data", args.dh_data), ("theory", args.theory),
                                ("network", args.network), ("nu_e", args.nu_e)) if v is not None}
    if args.omega_b is not None:
        bopts["omega_b"] = _omega_b(args.omega_b)
    opts = {"flavour": args.flavour} if args.flavour else {}
    try:
        rows = bbn.bbn_map(np.geomspace(lo, hi, args.n), args.out, br_min=args.br_min, br_max=args.br_max,
                           n_grid=args.n_grid, dataset=args.dataset, g_mu=args.g_mu, options=opts,
                           bbn_options=bopts, workers=args.workers, resume=args.resume, force=args.force)
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


def _omega_b(text):
    try:
        return float(text)
    except ValueError:
        return str(text)


def run(args) -> int:
    from ..numeric.cosmology import bbn
    from .neff import _g_nu_arg

    bopts = {"yp_data": args.yp_data, "dh_data": args.dh_data, "omega_b": _omega_b(args.omega_b),
             "theory": args.theory, "nu_e": args.nu_e, "bracket": bool(args.bracket),
             "network": args.network or bbn.DEFAULT_NETWORK}
    kw = {"qed": 0 if args.no_qed else 3, "chemical_potentials": not args.no_chemical_potentials,
          "statistics": args.statistics or "quantum"}
    if args.sm:
        for attr in ("m_phi", "g_mu", "br_nunu", "g_nu"):
            if getattr(args, attr) is not None:
                raise ParameterError(f"{attr}: --sm takes no phi parameters")
        if args.flavour is not None:
            raise ParameterError("flavour: --flavour has no effect with --sm (nu_e and nu_mu,tau are evolved)")
        r = bbn.sm(**kw, **bopts)
        out = {"model": "sm"}
    else:
        if args.m_phi is None:
            raise ParameterError("m_phi: give --m-phi (or --sm)")
        if args.g_mu is None:
            raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu)")
        if (args.br_nunu is None) == (args.g_nu is None):
            raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
        r = bbn.evolve(args.m_phi, args.g_mu, br_nunu=args.br_nunu, g_nu=_g_nu_arg(args.g_nu),
                       flavour=args.flavour or "unmixed", **kw, **bopts)
        b = r.boltzmann
        out = {"model": "phi", "m_phi_MeV": b.m_phi, "g_mu": b.g_mu, "br_nunu": b.br_nunu, "g_nu": list(b.g_nu)}
    out.update({"y_p": r.y_p, "d_over_h": r.d_over_h, "he3_over_h": r.he3_over_h, "li7_over_h": r.li7_over_h,
                "n_eff": r.n_eff, "pulls": {"y_p": r.y_p_pull, "d_over_h": r.d_over_h_pull},
                "sigmas": {"y_p": r.y_p_sigma, "d_over_h": r.d_over_h_sigma}, "yp_data": r.yp_data,
                "dh_data": r.dh_data, "omega_b_h2": r.omega_b_h2, "theory": r.theory, "network": r.network,
                "nu_e": r.nu_e})
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
