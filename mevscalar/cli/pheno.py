"""`mev-scalar pheno` and `mev-scalar gm2-band`: g-2, the diphoton coupling, widths (Eqs. 3-5).

    mev-scalar pheno --m-phi MEV --g-mu G (--g-nu G | --g-nu G1,G2,G3 | --br-nunu B) [--nunu eq4|majorana] [--json]
        keys: delta_a_mu, g_gg_per_MeV (exact; signed real part), g_gg_imag_per_MeV (0 below 2 m_mu),
        g_gg_approx_per_MeV (the paper's limit), gamma_gg_MeV, gamma_nunu_MeV, gamma_mumu_MeV,
        gamma_total_MeV, br_nunu, br_gg, lifetime_s, g_nu (per flavour; implied nu_3 coupling with --br-nunu),
        nunu
    mev-scalar gm2-band --m-phi MEV [--gm2-dataset 2021|2025] [--json]   (--dataset: deprecated alias)
        keys: m_phi_MeV, gm2_dataset (and "dataset", its deprecated duplicate), g_mu_1sigma [low, high], g_mu_2sigma [low, high] (low = 0 where the band
        reaches Delta a_mu = 0), g_gg_1sigma_per_MeV, g_gg_2sigma_per_MeV (|g_gg|, exact loop),
        excluded_by (keys of the shipped limit curves, `mev-scalar limits`, that exclude the whole 2 sigma band at
        this mass), excluded_in_part_by ({key: fraction of the 2 sigma band, in log g_mu, it excludes}),
        band_open (some g_mu of the 2 sigma band is excluded by no shipped curve)

g_mu may be negative (only g_mu^2 enters g-2 and the widths; the sign of g_gg follows it); g_nu are
magnitudes (>= 0). Flags, help texts, ranges and error messages come from :mod:`mevscalar.parameters`.
"""

from __future__ import annotations

from .. import parameters as P
from ._common import emit


def register(sub):
    p = sub.add_parser("pheno", help="Delta a_mu, g_gg, widths, branching ratios and lifetime of phi")
    P.add_argument(p, "m_phi", required=True)
    P.add_argument(p, "g_mu", required=True)
    grp = p.add_mutually_exclusive_group(required=True)
    P.add_argument(grp, "g_nu")
    P.add_argument(grp, "br_nunu")
    P.add_argument(p, "nunu")
    P.add_argument(p, "json")
    p.set_defaults(func=run_pheno)

    q = sub.add_parser("gm2-band", help="g_mu (and |g_gg|) bands explaining Delta a_mu at 1 and 2 sigma")
    P.add_argument(q, "m_phi", required=True)
    P.add_argument(q, "gm2_dataset")
    P.add_argument(q, "json")
    q.set_defaults(func=run_band)


def run_pheno(args) -> int:
    from ..numeric import pheno

    m = P.value(args, "m_phi")
    g = P.value(args, "g_mu")
    kw = {"nunu": P.value(args, "nunu", default="eq4")}
    if args.g_nu is not None:
        vals = P.value(args, "g_nu")
        kw["g_nu"] = vals[0] if len(vals) == 1 else vals
    else:
        kw["br_nunu"] = P.value(args, "br_nunu")
    w = pheno.phi_widths(m, g, **kw)
    gg = complex(w.g_gg)
    out = {
        P.key("m_phi"): m,
        P.key("g_mu"): g,
        "delta_a_mu": float(pheno.delta_a_mu(g, m)),
        "g_gg_per_MeV": gg.real,
        "g_gg_imag_per_MeV": gg.imag,
        "g_gg_approx_per_MeV": float(pheno.g_gg_approx(g)),
        "gamma_gg_MeV": float(w.gamma_gg),
        "gamma_nunu_MeV": float(w.gamma_nunu),
        "gamma_mumu_MeV": float(w.gamma_mumu),
        "gamma_total_MeV": float(w.gamma_total),
        P.key("br_nunu"): float(w.br_nunu),
        "br_gg": float(w.br_gg),
        "lifetime_s": float(w.lifetime_s),
        P.key("g_nu"): [float(x) for x in w.g_nu],
        P.key("nunu"): w.nunu,
    }
    emit(out, args.json, title="phi observables (MeV units)")
    return 0


def run_band(args) -> int:
    from ..numeric import pheno

    m = P.value(args, "m_phi")
    dataset = P.value(args, "gm2_dataset", default="2021")
    out = {P.key("m_phi"): m}
    for key in P.json_keys("gm2_dataset"):  # "dataset": deprecated duplicate of "gm2_dataset"
        out[key] = dataset
    for n in (1, 2):
        lo, hi = pheno.gm2_band(m, dataset, n)
        out[f"g_mu_{n}sigma"] = [float(lo), float(hi)]
    for n in (1, 2):
        lo, hi = pheno.g_gg_band(m, dataset, n)
        out[f"g_gg_{n}sigma_per_MeV"] = [float(lo), float(hi)]
    from .. import limits

    ex = limits.excluded_by(m, dataset, 2)
    out["excluded_by"] = ex["whole"]
    out["excluded_in_part_by"] = ex["part"]
    out["band_open"] = ex["band_open"]
    emit(out, args.json, title=f"g-2 bands at m_phi = {m:g} MeV ({dataset})")
    return 0
