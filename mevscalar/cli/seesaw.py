"""`mev-scalar seesaw`: light and heavy neutrino masses (seesaw LO/NLO and exact) and g_nu (Eq. 20)."""

from __future__ import annotations


def register(sub):
    p = sub.add_parser(
        "seesaw",
        help="neutrino masses of the UV model: seesaw (Eqs. 16-19, next order) vs exact 5x5 diagonalisation",
        description="Light masses from -m_D M_R^-1 m_D^T (full 2x2 M_R), next order, and exact (mpmath, 50 digits) "
        "diagonalisation of the 5x5 matrix; heavy masses (Eq. 18); g_nu = m/v_phi (Eq. 20). MeV; v from G_F. "
        "Warns (JSON: 'warnings') when the expansion parameter ||m_D M_R^-1|| ('expansion_parameter') exceeds 0.1.",
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


#: Input name (mevscalar.numeric.neutrino) -> flag, for error messages.
FLAGS = {"y_N": "--y-n", "y_Np": "--y-np", "lambda_N": "--lambda-n", "v_phi": "--v-phi-MeV", "v_p": "--v-prime-MeV",
         "m_N": "--m-n-MeV", "m_Np": "--m-np-MeV", "v": "v (from G_F)"}


def run(args) -> int:
    import sys

    from ..numeric import neutrino as nu
    from ._common import emit, float_list

    y_n = float_list("--y-n", args.y_n, 3)
    y_np = float_list("--y-np", args.y_np, 3)
    out = nu.spectrum(y_n, y_np, args.lambda_n, args.v_phi_MeV, args.v_prime_MeV, args.m_n_MeV, args.m_np_MeV,
                      normalisation=args.g_nu_normalisation, names=FLAGS)
    out["hierarchy_theta"] = out["expansion_parameter"]  # old key, kept as an alias
    if not args.json:
        for w in out["warnings"]:
            print(f"warning: {w}", file=sys.stderr)
    emit(out, args.json, title="seesaw spectrum (MeV; ascending; light_MeV = LO seesaw, Eq. 17 for m_N = m_N' = 0)")
    return 0
