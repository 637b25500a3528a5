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
    p.add_argument("--m-phi", type=float, default=None, metavar="MEV", help="scalar mass [MeV] (required unless --sm)")
    p.add_argument("--method", choices=["paper", "boltzmann"], default="paper",
                   help="paper: instantaneous decoupling (Eqs. 7, 10-13; default); boltzmann: the precision evolution "
                   "of every species (cosmology/boltzmann.py)")
    p.add_argument("--sm", action="store_true", help="the Standard Model (no phi; with --method boltzmann)")
    p.add_argument("--no-qed", action="store_true", help="boltzmann: switch off the finite-T QED corrections")
    p.add_argument("--no-chemical-potentials", action="store_true",
                   help="boltzmann: hold every pseudo chemical potential at 0 (temperatures only)")
    p.add_argument("--flavour", choices=["unmixed", "mixed"], default=None,
                   help="boltzmann: unmixed (mass states as species; default) or mixed (phi's width shared by the "
                   "flavours): the two bracket the flavour treatment")
    p.add_argument("--statistics", choices=["quantum", "mb"], default=None,
                   help="boltzmann: quantum statistics (default) or Maxwell-Boltzmann in the collision terms")
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


_BOLTZMANN_ONLY = (("no_qed", "--no-qed"), ("no_chemical_potentials", "--no-chemical-potentials"),
                   ("flavour", "--flavour"), ("statistics", "--statistics"), ("sm", "--sm"))


def _g_nu_arg(text):
    if text is None:
        return None
    vals = float_list("--g-nu", text)
    if len(vals) not in (1, 3):
        raise ParameterError(f"g_nu must have 1 or 3 comma-separated components, got {len(vals)}")
    return vals[0] if len(vals) == 1 else vals


def run(args) -> int:
    if args.method == "boltzmann":
        return run_boltzmann(args)
    for attr, flag in _BOLTZMANN_ONLY:
        if getattr(args, attr) not in (None, False):
            raise ParameterError(f"{flag.lstrip('-').replace('-', '_')}: {flag} needs --method boltzmann")
    if args.m_phi is None:
        raise ParameterError("m_phi: give --m-phi")
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
        g_nu = _g_nu_arg(args.g_nu)
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


def run_boltzmann(args) -> int:
    """`neff --method boltzmann`: the precision evolution (JSON keys: those of the paper method, with n_eff the
    Boltzmann value and n_eff_paper the instantaneous one, plus method, t_nu_over_t_gamma_final, the species'
    final T/T_gamma and xi, the options and the notes)."""
    from ..cosmology import boltzmann, chain

    for attr, flag in (("t_d", "--t-d"), ("t_gamma", "--t-gamma")):
        if getattr(args, attr) is not None:
            raise ParameterError(f"{attr}: {flag} has no effect with --method boltzmann (it evolves T_D away)")
    for attr, flag, default in (("rate", "--rate", "eq10"), ("g_star", "--g-star", "10.75"),
                                ("t_d_method", "--t-d-method", "exact")):
        if getattr(args, attr) != default:
            raise ParameterError(f"{attr}: {flag} has no effect with --method boltzmann (paper method only)")
    qed = 0 if args.no_qed else 3
    chem = not args.no_chemical_potentials
    stats = args.statistics or "quantum"
    if args.sm:
        for attr in ("m_phi", "g_mu", "br_nunu", "g_nu"):
            if getattr(args, attr) is not None:
                raise ParameterError(f"{attr}: --sm takes no phi parameters")
        if args.flavour is not None:
            raise ParameterError("flavour: --flavour has no effect with --sm (nu_e and nu_mu,tau are evolved)")
        r = boltzmann.sm(qed=qed, chemical_potentials=chem, statistics=stats)
        out = {"method": "boltzmann", "model": "sm", "n_eff": r.n_eff,
               "t_nu_over_t_gamma_final": r.t_nu_over_t_gamma_final, "species": list(r.species),
               "t_over_t_gamma_final": list(r.t_over_t_gamma_final), "xi_final": list(r.xi_final),
               "options": r.options, "n_rhs": r.n_rhs}
        emit(out, args.json)
        return 0
    if args.m_phi is None:
        raise ParameterError("m_phi: give --m-phi (or --sm)")
    if args.g_mu is None:
        raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu)")
    if (args.br_nunu is None) == (args.g_nu is None):
        raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
    g_nu = _g_nu_arg(args.g_nu)
    r = boltzmann.evolve(args.m_phi, args.g_mu, br_nunu=args.br_nunu, g_nu=g_nu, qed=qed, chemical_potentials=chem,
                         flavour=args.flavour or "unmixed", statistics=stats)
    out = {"method": "boltzmann", "m_phi_MeV": r.m_phi, "g_mu": r.g_mu, "br_nunu": r.br_nunu, "g_nu3": r.g_nu[2],
           "g_nu": list(r.g_nu), "gamma_total_MeV": r.gamma_total_MeV,
           "lifetime_s": None if not r.gamma_total_MeV else __import__("mevscalar.constants").constants.HBAR_MEV_S
           / r.gamma_total_MeV}
    # the paper method's keys, for comparison (instantaneous decoupling, Eq. 10 rate, exact T_D)
    try:
        c = chain.evaluate(r.m_phi, r.g_mu, br_nunu=r.br_nunu) if r.br_nunu < 1.0 else None
    except chain.NoDecouplingError:
        c = None
    keys = ("t_d_eq11_MeV", "t_d_exact_MeV", "t_d_used_MeV", "decoupling", "t_d_method", "rate")
    for k in keys:
        out[k] = getattr(c, k) if c is not None else None
    if c is not None and c.t_recouple_MeV is not None:
        out["t_recouple_MeV"] = c.t_recouple_MeV
    out["n_eff_paper"] = c.n_eff if c is not None else None
    out["n_eff_eq13"] = c.n_eff_eq13 if c is not None else None
    out.update({"n_eff": r.n_eff, "t_nu_over_t_gamma_final": r.t_nu_over_t_gamma_final,
                "species": list(r.species), "t_over_t_gamma_final": list(r.t_over_t_gamma_final),
                "xi_final": list(r.xi_final), "phi_start": r.phi_start, "options": r.options,
                "note": "; ".join(r.notes)})
    emit(out, args.json)
    return 0
