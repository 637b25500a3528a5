"""`mev-scalar neff` (parameters -> T_D -> N_eff); `neff-scan` lives in :mod:`.neff_scan`.

neff:  --m-phi MEV (--t-d MEV [--br-nunu B] | --g-mu G (--br-nunu B | --g-nu G)) [--t-gamma MEV] [--json]
JSON keys: m_phi_MeV, br_nunu, t_d_eq11_MeV and t_d_exact_MeV (absent with --t-d; null when R < H
everywhere), t_recouple_MeV (when it exists), t_d_used_MeV, decoupling ("resonance" | "sm" | "given"),
n_eff (Eq. 7 with Eq. 12), n_eff_eq13, t_nu_over_t_gamma (with --t-gamma), and with --g-mu also
g_mu, g_nu3, gamma_total_MeV, lifetime_s, rate, t_d_method, note (when T_D is the SM value).
"""

from __future__ import annotations

import sys

from ..validate import ParameterError
from ._common import emit, float_list


def register(sub):
    p = sub.add_parser("neff", help="N_eff (Eq. 7+12, Eq. 13) and T_D (Eq. 11 and exact) for one parameter point")
    p.add_argument("--m-phi", type=float, required=True, metavar="MEV", help="scalar mass [MeV]")
    p.add_argument("--t-d", type=float, default=None, metavar="MEV", help="give T_D directly [MeV]")
    p.add_argument("--g-mu", type=float, default=None, help="muon coupling g_mu")
    p.add_argument("--br-nunu", type=float, default=None, metavar="B", help="BR(phi -> nu nu) in [0, 1)")
    p.add_argument("--g-nu", default=None, metavar="G",
                   help="neutrino coupling: one number (nu_3 only) or three comma-separated (per flavour)")
    p.add_argument("--t-gamma", type=float, default=None, metavar="MEV", help="also report T_nu/T_gamma here")
    p.add_argument("--rate", choices=["eq10", "detailed_balance"], default="eq10",
                   help="exchange rate: the paper's Eq. (10) (default) or the detailed-balance rate")
    p.add_argument("--g-star", default="10.75", help="g_* in H(T): a number (default 10.75) or T for g_*(T)")
    p.add_argument("--t-d-method", choices=["exact", "eq11"], default="exact",
                   help="which T_D feeds N_eff (default: the exact crossing R = H)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def _g_star(text):
    if str(text).strip() == "T":
        return "T"
    try:
        return float(text)
    except ValueError:
        raise ParameterError(f"g_star must be a positive number or T, got {text!r}") from None


def run(args) -> int:
    from ..cosmology import chain

    if args.t_d is not None:
        if args.g_mu is not None or args.g_nu is not None:
            raise ParameterError("t_d: give either --t-d [--br-nunu] or --g-mu with --br-nunu/--g-nu, not both")
        br = 0.0 if args.br_nunu is None else args.br_nunu
        r = chain.from_t_d(args.m_phi, args.t_d, br, t_gamma=args.t_gamma)
        out = {"m_phi_MeV": r.m_phi, "br_nunu": r.br_nunu, "t_d_used_MeV": r.t_d_used_MeV,
               "decoupling": "given", "n_eff": r.n_eff, "n_eff_eq13": r.n_eff_eq13}
    else:
        if args.g_mu is None:
            raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu) or --t-d")
        if (args.br_nunu is None) == (args.g_nu is None):
            raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
        g_nu = None
        if args.g_nu is not None:
            vals = float_list("--g-nu", args.g_nu)
            if len(vals) not in (1, 3):
                raise ParameterError(f"g_nu must have 1 or 3 comma-separated components, got {len(vals)}")
            g_nu = vals[0] if len(vals) == 1 else vals
        r = chain.evaluate(args.m_phi, args.g_mu, br_nunu=args.br_nunu, g_nu=g_nu, rate=args.rate,
                           g_star=_g_star(args.g_star), t_gamma=args.t_gamma, t_d_method=args.t_d_method)
        out = {"m_phi_MeV": r.m_phi, "g_mu": r.g_mu, "br_nunu": r.br_nunu, "g_nu3": r.g_nu[2],
               "gamma_total_MeV": r.gamma_total_MeV, "lifetime_s": r.lifetime_s,
               "t_d_eq11_MeV": r.t_d_eq11_MeV, "t_d_exact_MeV": r.t_d_exact_MeV}
        if r.t_recouple_MeV is not None:
            out["t_recouple_MeV"] = r.t_recouple_MeV
        out.update({"t_d_used_MeV": r.t_d_used_MeV, "decoupling": r.decoupling, "t_d_method": r.t_d_method,
                    "rate": r.rate, "n_eff": r.n_eff, "n_eff_eq13": r.n_eff_eq13})
        if r.notes:
            out["note"] = "; ".join(r.notes)
            print(f"mev-scalar neff: {out['note']}", file=sys.stderr)
    if r.t_nu_over_t_gamma is not None:
        out["t_gamma_MeV"] = r.t_gamma_MeV
        out["t_nu_over_t_gamma"] = r.t_nu_over_t_gamma
    emit(out, args.json)
    return 0
