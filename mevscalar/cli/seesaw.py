"""`mev-scalar seesaw`: light and heavy neutrino masses (seesaw LO/NLO and exact) and g_nu (Eq. 20)."""

from __future__ import annotations


def register(sub):
    p = sub.add_parser(
        "seesaw",
        help="neutrino masses of the UV model: seesaw (Eqs. 16-19, next order) vs exact 5x5 diagonalisation",
        description="Light masses from -m_D M_R^-1 m_D^T (full 2x2 M_R), next order, and exact (mpmath, 50 digits) "
        "diagonalisation of the 5x5 matrix; heavy masses (Eq. 18); g_nu = m/v_phi (Eq. 20). MeV; v from G_F.",
    )
    p.add_argument("--y-n", required=True, metavar="Y1,Y2,Y3", help="Yukawa vector y_N (couples L.H N)")
    p.add_argument("--y-np", required=True, metavar="Y1,Y2,Y3", help="Yukawa vector y_N' (couples L.H' N')")
    p.add_argument("--lambda-n", required=True, type=float, help="lambda_N (N N' phi coupling), > 0")
    p.add_argument("--v-phi-MeV", required=True, type=float, help="v_phi [MeV], <phi> = v_phi/sqrt2, > 0")
    p.add_argument("--v-prime-MeV", required=True, type=float, help="v' [MeV], <H'^0> = v'/sqrt2, > 0")
    p.add_argument("--m-n-MeV", type=float, default=0.0, help="Majorana mass m_N [MeV] (default 0)")
    p.add_argument("--m-np-MeV", type=float, default=0.0, help="Majorana mass m_N' [MeV] (default 0)")
    p.add_argument(
        "--g-nu-normalisation", choices=("paper", "canonical"), default="paper",
        help="g_nu = m/v_phi (paper, Eq. 20) or sqrt2 m/v_phi (canonically normalised real scalar)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import neutrino as nu
    from ..validate import ParameterError, finite, positive
    from ._common import emit, float_list

    y_n = finite("--y-n", float_list("--y-n", args.y_n, 3))
    y_np = finite("--y-np", float_list("--y-np", args.y_np, 3))
    lam = positive("--lambda-n", args.lambda_n)
    vphi = positive("--v-phi-MeV", args.v_phi_MeV, "MeV")
    vp = positive("--v-prime-MeV", args.v_prime_MeV, "MeV")
    mn = finite("--m-n-MeV", args.m_n_MeV)
    mnp = finite("--m-np-MeV", args.m_np_MeV)
    if not (lam * vphi) ** 2 / 2 < float("inf"):
        raise ParameterError(
            "--lambda-n, --v-phi-MeV: (lambda_N v_phi)^2 overflows double precision (allowed: lambda_N v_phi < 1e154 MeV), "
            f"got lambda_N = {lam!r}, v_phi = {vphi!r} MeV"
        )
    if abs(mn * mnp - (lam * vphi) ** 2 / 2) <= 1e-12 * max(abs(mn * mnp), (lam * vphi) ** 2 / 2):
        raise ParameterError(
            "--m-n-MeV, --m-np-MeV: M_R must be invertible (allowed: m_N m_N' != (lambda_N v_phi)^2/2), "
            f"got m_N m_N' = {mn * mnp!r} MeV^2"
        )
    out = nu.spectrum(y_n, y_np, lam, vphi, vp, mn, mnp, normalisation=args.g_nu_normalisation)
    out["hierarchy_theta"] = nu.hierarchy(y_n, y_np, lam, vphi, vp, mn, mnp)
    emit(out, args.json, title="seesaw spectrum (MeV; ascending; light_MeV = LO seesaw, Eq. 17 for m_N = m_N' = 0)")
    return 0
