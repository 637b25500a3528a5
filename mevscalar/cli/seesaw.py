"""`mev-scalar seesaw`: light and heavy neutrino masses (seesaw LO/NLO and exact) and g_nu (Eq. 20).

    mev-scalar seesaw --y-n Y1,Y2,Y3 --y-np Y1,Y2,Y3 --lambda-n L --v-phi MEV --v-prime MEV [--m-n MEV]
        [--m-np MEV] [--g-nu-normalisation paper|canonical] [--json]
    (deprecated aliases for one release: --v-phi-MeV, --v-prime-MeV, --m-n-MeV, --m-np-MeV)

Flags, help texts, ranges and messages come from :mod:`mevscalar.parameters`; the evaluator
(:func:`mevscalar.numeric.neutrino.spectrum`) checks its inputs through the same registry, so a bad value gives
the same one line from the CLI and from Python.

JSON keys (one style, ``<what>_<order>[_unit]`` with order lo | nlo | exact): the inputs y_N, y_Np, lambda_N,
v_phi_MeV, v_prime_MeV, m_N_MeV, m_Np_MeV, g_nu_normalisation; light_lo_MeV, light_nlo_MeV, light_exact_MeV,
heavy_lo_MeV, heavy_nlo_MeV, heavy_exact_MeV, g_nu (Eq. 20 on light_lo_MeV), g_nu_exact (Hellmann-Feynman on
the exact eigenvectors), v_MeV, expansion_parameter (theta = ||m_D M_R^-1||), warnings. Deprecated duplicates
(one release): light_MeV, heavy_MeV, hierarchy_theta.
"""

from __future__ import annotations

from .. import parameters as P

#: The command's inputs: registry name = keyword of mevscalar.numeric.neutrino.spectrum.
INPUTS = ("y_N", "y_Np", "lambda_N", "v_phi", "v_p", "m_N", "m_Np")


def register(sub):
    p = sub.add_parser(
        "seesaw",
        help="neutrino masses of the UV model: seesaw (Eqs. 16-19, next order) vs exact 5x5 diagonalisation",
        description="Light masses from -m_D M_R^-1 m_D^T (full 2x2 M_R), next order, and exact (mpmath, 50 digits) "
        "diagonalisation of the 5x5 matrix; heavy masses (Eq. 18); g_nu = m/v_phi (Eq. 20). MeV; v from G_F. "
        "Warns (JSON: 'warnings') when the expansion parameter ||m_D M_R^-1|| ('expansion_parameter') exceeds 0.1.",
    )
    for name in INPUTS:
        P.add_argument(p, name, required=name not in ("m_N", "m_Np"))
    P.add_argument(p, "normalisation")
    P.add_argument(p, "json")
    p.set_defaults(func=run)


def run(args) -> int:
    import sys

    from ..numeric import neutrino as nu
    from ._common import emit

    vals = {name: P.value(args, name, default=P.get(name).default) for name in INPUTS}
    norm = P.value(args, "normalisation", default=P.get("normalisation").default)
    spec = nu.spectrum(**vals, normalisation=norm)
    out = {P.key(name): vals[name] for name in INPUTS}
    out.update(spec)  # its deprecated duplicates (light_MeV, heavy_MeV, hierarchy_theta) included
    for k in P.json_keys("normalisation"):
        out[k] = norm
    if not args.json:
        for w in out["warnings"]:
            print(f"warning: {w}", file=sys.stderr)
    emit(out, args.json, title="seesaw spectrum (MeV; ascending; light_lo_MeV = LO seesaw, Eq. 17 for m_N = m_N' = 0)")
    return 0
