"""`mev-scalar neff` (parameters -> T_D -> N_eff); `neff-scan` lives in :mod:`.neff_scan`.

neff:  --m-phi MEV (--t-d MEV [--br-nunu B] | --g-mu G (--br-nunu B | --g-nu G)) [--t-gamma MEV] [--json]
Flags, help texts, ranges and messages come from :mod:`mevscalar.parameters`; a flag with no effect in the
chosen mode is an error (--rate, --g-star, --t-d-method with --t-d or --method boltzmann).
JSON keys: m_phi_MeV, br_nunu, t_d_eq11_MeV and t_d_exact_MeV (absent with --t-d; null when R < H
everywhere), t_recouple_MeV (when it exists), t_d_used_MeV, decoupling ("resonance" | "sm" | "given"),
n_eff (Eq. 7 with Eq. 12), n_eff_eq13, t_nu_over_t_gamma (with --t-gamma), and with --g-mu also
g_mu, g_nu (3 flavours; g_nu3 = g_nu[2] is its deprecated duplicate), gamma_total_MeV, lifetime_s, rate, t_d_method, note (when T_D is the SM value).
"""

from __future__ import annotations

import sys

from .. import parameters as P
from ..errors import ParameterError
from ._common import emit, refuse


def register(sub):
    p = sub.add_parser("neff", help="N_eff (Eq. 7+12, Eq. 13) and T_D (Eq. 11 and exact) for one parameter point")
    P.add_argument(p, "m_phi", help=P.help_text("m_phi") + " (required unless --sm)")
    P.add_argument(p, "method")
    P.add_argument(p, "sm")
    P.add_argument(p, "no_qed")
    P.add_argument(p, "no_chemical_potentials")
    P.add_argument(p, "flavour")
    P.add_argument(p, "statistics")
    P.add_argument(p, "backend")
    P.add_argument(p, "t_d")
    P.add_argument(p, "g_mu")
    P.add_argument(p, "br_nunu")
    P.add_argument(p, "g_nu")
    P.add_argument(p, "t_gamma")
    P.add_argument(p, "rate")
    P.add_argument(p, "g_star")
    P.add_argument(p, "t_d_method")
    P.add_argument(p, "json")
    p.set_defaults(func=run)


_BOLTZMANN_ONLY = ("no_qed", "no_chemical_potentials", "flavour", "statistics", "backend", "sm")
_PAPER_ONLY = ("rate", "g_star", "t_d_method")  # options of the rate -> T_D step: none with --t-d or boltzmann


def _g_nu_arg(args):
    """--g-nu from a namespace (or its text, as cli/bbn.py passes it): one float or the 3 flavour couplings."""
    raw = getattr(args, "g_nu", args)
    if raw is None:
        return None
    vals = P.check("g_nu", raw)
    return vals[0] if len(vals) == 1 else vals


def run(args) -> int:
    method = P.value(args, "method", default="paper")
    if method == "boltzmann":
        return run_boltzmann(args)
    refuse(args, _BOLTZMANN_ONLY, "without --method boltzmann (an option of --method boltzmann only)")
    if args.m_phi is None:
        raise ParameterError("m_phi: give --m-phi")
    m_phi = P.value(args, "m_phi")
    t_gamma = P.value(args, "t_gamma")
    from ..numeric.cosmology import chain

    if args.t_d is not None:
        if args.g_mu is not None or args.g_nu is not None:
            raise ParameterError("t_d: give either --t-d [--br-nunu] or --g-mu with --br-nunu/--g-nu, not both")
        refuse(args, _PAPER_ONLY, "with --t-d (T_D is given, not computed from the rate)")
        br = P.value(args, "br_nunu", default=0.0)
        r = chain.from_t_d(m_phi, P.value(args, "t_d"), br, t_gamma=t_gamma)
        out = {P.key("m_phi"): r.m_phi, P.key("br_nunu"): r.br_nunu, "t_d_used_MeV": r.t_d_used_MeV,
               "decoupling": "given", "n_eff": r.n_eff, "n_eff_eq13": r.n_eff_eq13}
    else:
        if args.g_mu is None:
            raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu) or --t-d")
        if (args.br_nunu is None) == (args.g_nu is None):
            raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
        g_nu = _g_nu_arg(args)
        r = chain.evaluate(m_phi, P.value(args, "g_mu"), br_nunu=P.value(args, "br_nunu"), g_nu=g_nu,
                           rate=P.value(args, "rate", default="eq10"),
                           g_star=P.value(args, "g_star", default=float(P.get("g_star").default)), t_gamma=t_gamma,
                           t_d_method=P.value(args, "t_d_method", default="exact"))
        out = {P.key("m_phi"): r.m_phi, P.key("g_mu"): r.g_mu, P.key("br_nunu"): r.br_nunu, P.key("g_nu"): [float(x) for x in r.g_nu],
               "g_nu3": r.g_nu[2],  # deprecated duplicate of g_nu[2] (parameters.DEPRECATED_JSON_KEYS)
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
        out[P.key("t_gamma")] = r.t_gamma_MeV
        out["t_nu_over_t_gamma"] = r.t_nu_over_t_gamma
    emit(out, args.json)
    return 0


def run_boltzmann(args) -> int:
    """`neff --method boltzmann`: the precision evolution (JSON keys: those of the paper method, with n_eff the
    Boltzmann value and n_eff_paper the instantaneous one, plus method, t_nu_over_t_gamma_final, the species'
    final T/T_gamma and xi, the options and the notes)."""
    from ..numeric.cosmology import boltzmann, chain

    refuse(args, ("t_d", "t_gamma"), "with --method boltzmann (it evolves T_D away)")
    refuse(args, _PAPER_ONLY, "with --method boltzmann (an option of --method paper only)")
    qed = 0 if args.no_qed else 3
    chem = not args.no_chemical_potentials
    stats = P.value(args, "statistics", default="quantum")
    flavour = P.value(args, "flavour")
    backend = P.value(args, "backend", default="auto")
    if args.sm:
        for attr in ("m_phi", "g_mu", "br_nunu", "g_nu"):
            if getattr(args, attr) is not None:
                raise ParameterError(f"{attr}: --sm takes no phi parameters")
        if flavour is not None:
            raise ParameterError("flavour: --flavour has no effect with --sm (nu_e and nu_mu,tau are evolved)")
        r = boltzmann.sm(qed=qed, chemical_potentials=chem, statistics=stats, backend=backend)
        out = {"method": "boltzmann", "model": "sm", "n_eff": r.n_eff,
               "t_nu_over_t_gamma_final": r.t_nu_over_t_gamma_final, "species": list(r.species),
               "t_over_t_gamma_final": list(r.t_over_t_gamma_final), "xi_final": list(r.xi_final),
               "options": r.options, "n_rhs": r.n_rhs, "backend": r.backend}
        emit(out, args.json)
        return 0
    if args.m_phi is None:
        raise ParameterError("m_phi: give --m-phi (or --sm)")
    if args.g_mu is None:
        raise ParameterError("g_mu: give --g-mu (with --br-nunu or --g-nu)")
    if (args.br_nunu is None) == (args.g_nu is None):
        raise ParameterError("br_nunu: with --g-mu give exactly one of --br-nunu and --g-nu")
    g_nu = _g_nu_arg(args)
    r = boltzmann.evolve(P.value(args, "m_phi", "boltzmann"), P.value(args, "g_mu"),
                         br_nunu=P.value(args, "br_nunu"), g_nu=g_nu, qed=qed, chemical_potentials=chem,
                         flavour=flavour or "unmixed", statistics=stats, backend=backend)
    out = {"method": "boltzmann", P.key("m_phi"): r.m_phi, P.key("g_mu"): r.g_mu, P.key("br_nunu"): r.br_nunu, "g_nu3": r.g_nu[2],
           P.key("g_nu"): list(r.g_nu), "gamma_total_MeV": r.gamma_total_MeV,
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
                "backend": r.backend, "note": "; ".join(r.notes)})
    emit(out, args.json)
    return 0
