"""The paper's Sec. IV benchmark point, rebuilt from its stated inputs, and its paper audit.

Inputs (as the paper states them): oscillation splittings (PDG 2020, normal ordering) with m1 = 0 (Eq. 16:
the mass matrix has rank 4), g_nu3 = 2.5e-10 (Eq. 21), lambda_N = O(1) (taken = 1), y_mu = 0.1,
mu_phi = 10 GeV, m_H' = 700 GeV.  Derived here, never tuned:

* v_phi = m3 / g_nu3 (Eq. 20, paper normalisation; sqrt2 m3 / g_nu3 for the canonical real scalar);
* the angle between y_N and y_N' and |y_N||y_N'| v'/lambda_N (the paper's Eq. 22 quantity) by inverting Eq. 17
  (:func:`eq17_inverse`, the generated kernels ``light_m2_eq17``/``light_m3_eq17``): m2/m3 = (1 - cos)/(1 + cos),
  so cos = (m3 - m2)/(m3 + m2), and |y_N||y_N'| v'/lambda_N = (m2 + m3) v_phi / (sqrt2 v);
* y_N,i y_N',j v'/lambda_N for one Eq. 19 element equal to m3 (:func:`eq19_product`, the generated kernel
  ``light_matrix_eq19``): m3 v_phi/(sqrt2 v) for a diagonal element (two equal terms), twice that when one
  product alone makes an off-diagonal element;
* v' = sqrt2 m_mu / y_mu; g_mu = y_mu v mu_phi / (sqrt2 m_H'^2) (Eq. 15) compared with m_mu / v;
* an explicit point (|y_N| = |y_N'|, an arbitrary flavour frame: masses do not depend on it), exactly
  diagonalised (mpmath, 50 digits) as a closure test of the seesaw formulas at this hierarchy.

Units: MeV inside; eV / GeV only in keys that say so.  No SymPy.
"""

from __future__ import annotations

import math

import numpy as np

from . import paper
from .numeric import neutrino as nu
from .constants import M_MU, V_EW
from .data import oscillation_dataset
from .generated import seesaw_np as _ss
from .generated import uv_np as _uv
from .validate import in_range, positive

#: The paper's Sec. IV inputs, declared once in :mod:`mevscalar.paper` (Eq. 21 and the Sec. IV text).
G_NU3_EQ21 = paper.G_NU3
Y_MU = paper.Y_MU
MU_PHI_MEV = paper.MU_PHI_MEV
M_HP_MEV = paper.M_HP_MEV
LAMBDA_N = paper.LAMBDA_N

EV = paper.EV  # MeV per eV
GEV = paper.GEV  # MeV per GeV


#: unit Yukawa directions at which the Eq. 17 / Eq. 19 kernels are evaluated (any orthonormal pair would do)
_E1 = (1.0, 0.0, 0.0)
_E2 = (0.0, 1.0, 0.0)


def _eq17_unit(y_N: tuple, y_Np: tuple, v_phi: float) -> np.ndarray:
    """(m2, m3) of Eq. 17 [MeV] from the generated kernels at v' = lambda_N = 1 (masses per unit v'/lambda_N)."""
    args = (*y_N, *y_Np, V_EW, 1.0, 1.0, v_phi)
    return np.array([float(_ss.light_m2_eq17(*args)), float(_ss.light_m3_eq17(*args))])


def eq17_inverse(m2_MeV: float, m3_MeV: float, v_phi_MeV: float) -> tuple[float, float]:
    """|y_N||y_N'| v'/lambda_N [MeV] and cos(y_N, y_N') for which Eq. 17 gives the light masses m2, m3.

    Eq. 17, m_2,3 = v v'/(sqrt2 lambda_N v_phi) (|y_N||y_N'| -+ |y_N.y_N'|), is linear in
    (|y_N||y_N'|, |y_N.y_N'|) v'/lambda_N. The generated kernels ``light_m2_eq17``, ``light_m3_eq17`` evaluated
    at orthogonal and at parallel unit Yukawa vectors (v' = lambda_N = 1, v = V_EW) give the two columns of that
    linear map; solving the 2x2 system inverts Eq. 17 without retyping it.

    Parameters
    ----------
    m2_MeV : float
        The smaller nonzero light mass [MeV], [0, m3_MeV].
    m3_MeV : float
        The larger light mass [MeV], (0, inf).
    v_phi_MeV : float
        The scalar vev v_phi [MeV] (Eq. 17's normalisation, <phi> = v_phi/sqrt2), (0, inf).

    Returns
    -------
    yy_vp_over_lambda_MeV : float
        |y_N||y_N'| v'/lambda_N [MeV] (the quantity of Eq. 22), = (m2 + m3) v_phi/(sqrt2 v).
    cos : float
        |y_N.y_N'|/(|y_N||y_N'|), dimensionless, in [0, 1], = (m3 - m2)/(m3 + m2).

    Raises
    ------
    ParameterError
        If a mass or v_phi is not a finite number in its range (m3 > 0, 0 <= m2 <= m3, v_phi > 0).
    """
    m3 = float(positive("m3_MeV", m3_MeV, "MeV"))
    m2 = float(in_range("m2_MeV", m2_MeV, 0.0, m3))  # [0, m3]
    vphi = float(positive("v_phi_MeV", v_phi_MeV, "MeV"))
    orth = _eq17_unit(_E1, _E2, vphi)  # |y_N||y_N'| = 1, y_N.y_N' = 0
    par = _eq17_unit(_E1, _E1, vphi)  # |y_N||y_N'| = 1, |y_N.y_N'| = 1
    (a, b), (c, d) = (orth[0], par[0] - orth[0]), (orth[1], par[1] - orth[1])  # rows m2, m3; columns P, Q
    det = a * d - b * c
    prod = (m2 * d - b * m3) / det
    dot = (a * m3 - c * m2) / det
    return prod, dot / prod


def eq19_product(m_MeV: float, v_phi_MeV: float, diagonal: bool = True) -> float:
    """The product y_N,i y_N',j v'/lambda_N [MeV] for which one element of the Eq. 19 matrix equals a mass m.

    Eq. 19, M_ij = (y_N,i y_N',j + y_N,j y_N',i) sqrt2 v v'/(2 lambda_N v_phi), from the generated kernel
    ``light_matrix_eq19`` at unit Yukawa vectors (v' = lambda_N = 1, v = V_EW). A diagonal element holds the same
    product twice, M_ii = sqrt2 y_N,i y_N',i v v'/(lambda_N v_phi), so y_N,i y_N',i v'/lambda_N = m v_phi/(sqrt2 v);
    an off-diagonal element made by one product alone (y_N,j y_N',i = 0) needs twice that, sqrt2 m v_phi/v.

    Parameters
    ----------
    m_MeV : float
        The matrix element [MeV], (0, inf).
    v_phi_MeV : float
        The scalar vev v_phi [MeV] (Eq. 19's normalisation, <phi> = v_phi/sqrt2), (0, inf).
    diagonal : bool
        True (default): a diagonal element M_ii; False: an off-diagonal M_ij carried by one product.

    Returns
    -------
    float
        y_N,i y_N',j v'/lambda_N [MeV].

    Raises
    ------
    ParameterError
        If ``m_MeV`` or ``v_phi_MeV`` is not a finite number > 0.
    """
    m = float(positive("m_MeV", m_MeV, "MeV"))
    vphi = float(positive("v_phi_MeV", v_phi_MeV, "MeV"))
    M = _ss.light_matrix_eq19(*_E1, *(_E1 if diagonal else _E2), V_EW, 1.0, 1.0, vphi)
    return m / float(M[0, 0] if diagonal else M[0, 1])


def benchmark(
    oscillation: str = "pdg2020",
    g_nu3: float = G_NU3_EQ21,
    lambda_N: float = LAMBDA_N,
    y_mu: float = Y_MU,
    mu_phi_MeV: float = MU_PHI_MEV,
    m_Hp_MeV: float = M_HP_MEV,
    normalisation: str = "paper",
) -> dict:
    """The Sec. IV benchmark point rebuilt from its inputs: spectrum, v_phi, Eq. 22, v', g_mu and their checks.

    Nothing is tuned: the derivation steps are listed in the module docstring. The explicit Yukawa point
    (|y_N| = |y_N'|, one flavour frame) is diagonalised exactly (mpmath, 50 digits) as a closure test of the
    seesaw formulas, and with a small m_N' or m_N added to probe the validity of Eq. 17.

    Parameters
    ----------
    oscillation : str
        The oscillation data set, a key of :data:`mevscalar.data.OSCILLATION` (``"pdg2020"``, the default: PDG
        2020 splittings, normal ordering, m1 = 0).
    g_nu3 : float
        The phi-nu_3 coupling, dimensionless, (0, inf); default Eq. 21's 2.5e-10.
    lambda_N : float
        The N N' phi Yukawa coupling of Eq. 14, dimensionless, (0, inf); default 1 (the paper's "O(1)").
    y_mu : float
        The muon Yukawa coupling to H' of Eq. 14, dimensionless, (0, inf); default 0.1 (Sec. IV).
    mu_phi_MeV : float
        The trilinear H'^dagger H phi coupling mu_phi of Eq. 14 [MeV], (0, inf); default 1e4 (10 GeV, Sec. IV).
    m_Hp_MeV : float
        The H' mass [MeV], (0, inf); default 7e5 (700 GeV, Sec. IV).
    normalisation : {'paper', 'canonical'}
        The g_nu normalisation of Eq. 20: ``'paper'`` (g = m/v_phi, default) or ``'canonical'`` (the
        canonically normalised real scalar, g = sqrt2 m/v_phi); v_phi = f m3/g_nu3 with that factor f.

    Returns
    -------
    dict
        A flat dict (JSON-ready: floats, strings and lists), among its keys: ``m_nu_eV`` (m1, m2, m3 [eV]),
        ``v_phi_MeV``, ``cos_yN_yNp`` and ``angle_yN_yNp_deg`` (the angle between y_N and y_N'),
        ``yN_yNp_vp_over_lambda_GeV`` (Eq. 22's |y_N||y_N'| v'/lambda_N [GeV]),
        ``eq19_element_vp_over_lambda_GeV`` (the same for a diagonal Eq. 19 element = m3 [GeV]),
        ``v_prime_MeV``, ``y_N``/``y_Np`` (the explicit point), ``light_exact_eV`` and ``light_closure_rel``
        (exact 5x5 light masses and their relative difference to m2, m3), ``heavy_exact_MeV``, ``g_nu`` (Eq. 20
        on the LO masses), ``g_nu_exact`` (Eq. 20 on the exact masses), ``g_nu_hellmann_feynman``,
        ``g_mu_eq15``, ``heavy_dirac_MeV`` (lambda_N v_phi/sqrt2), ``eq17_mNp_scale_MeV`` (M v'/v, the m_N'
        below which Eq. 17 holds) and ``m3_shift_at_mNp_probe``/``m3_shift_at_mN_probe`` (relative shift of
        the exact m3 with m_N' or m_N = 0.1 of that scale).

    Raises
    ------
    ParameterError
        If ``oscillation`` or ``normalisation`` is not one of its choices, or a coupling or mass is not a
        finite number > 0.
    """
    osc = oscillation_dataset(oscillation)
    g3 = float(positive("g_nu3", g_nu3))
    lam = float(positive("lambda_N", lambda_N))
    ymu = float(positive("y_mu", y_mu))
    muphi = float(positive("mu_phi_MeV", mu_phi_MeV, "MeV"))
    mhp = float(positive("m_Hp_MeV", m_Hp_MeV, "MeV"))
    m1_eV, m2_eV, m3_eV = osc.masses_eV(0.0)
    m2, m3 = m2_eV * EV, m3_eV * EV
    nu.g_nu_factor(normalisation)  # checks the normalisation's name (ParameterError)
    v_phi = float((_uv.v_phi_eq20 if normalisation == "paper" else _uv.v_phi_eq20_canonical)(m3, g3))  # Eq. 20 solved
    prod, cos = eq17_inverse(m2, m3, v_phi)  # |y_N||y_N'| v'/lambda_N [MeV] and the angle, Eq. 17 inverted
    v_p = M_MU / float(_uv.m_mu_uv(ymu, 1.0))  # m_mu = y_mu v'/sqrt2 (kernel), linear in v'
    y_abs = math.sqrt(prod * lam / v_p)  # |y_N| = |y_N'| (assumption)
    ang = math.acos(cos)
    y_N = y_abs * np.array([1.0, 0.0, 0.0])
    y_Np = y_abs * np.array([math.cos(ang), math.sin(ang), 0.0])
    spec = nu.spectrum(y_N, y_Np, lam, v_phi, v_p, normalisation=normalisation)
    exact = spec["light_exact_MeV"]
    g_mu = float(_uv.g_mu_uv(ymu, V_EW, muphi, mhp))  # Eq. 15 (model.uv kernel)
    # Eq. 17 drops m_N' a a^T / M^2 (a = y_N v/sqrt2) against the Dirac term a b^T / M (b = y_N' v'/sqrt2):
    # it needs m_N' << M |b|/|a| = M (v'/v)(|y_N'|/|y_N|), far below M itself since v' << v.
    Mh = nu.mass_matrix(y_N, y_Np, lam, v_phi, v_p)[3, 4]  # the N-N' entry, lambda_N v_phi/sqrt2 (Eq. 14)
    mnp_scale = Mh * v_p * np.linalg.norm(y_Np) / (V_EW * np.linalg.norm(y_N))
    probe = 0.1 * mnp_scale
    ex_np = nu.exact_masses(y_N, y_Np, lam, v_phi, v_p, 0.0, probe)
    ex_n = nu.exact_masses(y_N, y_Np, lam, v_phi, v_p, probe, 0.0)
    return {
        "oscillation": osc.name,
        "oscillation_citation": osc.citation,
        "normalisation": normalisation,
        "m_nu_eV": [m1_eV, m2_eV, m3_eV],
        "sum_m_nu_eV": m1_eV + m2_eV + m3_eV,
        "g_nu3": g3,
        "v_phi_MeV": v_phi,
        "cos_yN_yNp": cos,
        "angle_yN_yNp_deg": math.degrees(ang),
        "yN_yNp_vp_over_lambda_GeV": prod / GEV,
        "eq19_element_vp_over_lambda_GeV": eq19_product(m3, v_phi) / GEV,
        "lambda_N": lam,
        "v_prime_MeV": v_p,
        "v_prime_over_sqrt2_GeV": v_p / math.sqrt(2.0) / GEV,
        "y_abs_equal": y_abs,
        "y_N": y_N.tolist(),
        "y_Np": y_Np.tolist(),
        "mixing_theta": nu.hierarchy(y_N, y_Np, lam, v_phi, v_p),
        "light_exact_eV": [m / EV for m in exact],
        "light_closure_rel": [exact[1] / m2 - 1, exact[2] / m3 - 1],
        "heavy_exact_MeV": spec["heavy_exact_MeV"],
        "heavy_lo_MeV": spec["heavy_MeV"],
        "g_nu": spec["g_nu"],
        "g_nu_exact": nu.g_nu(exact, v_phi, normalisation).tolist(),
        "g_nu_hellmann_feynman": spec["g_nu_exact"],
        "y_mu": ymu,
        "mu_phi_MeV": muphi,
        "m_Hp_MeV": mhp,
        "g_mu_eq15": g_mu,
        "m_mu_over_v": M_MU / V_EW,
        "g_mu_over_m_mu_over_v": g_mu / (M_MU / V_EW),
        "v_MeV": V_EW,
        "heavy_dirac_MeV": float(Mh),
        "eq17_mNp_scale_MeV": mnp_scale,
        "mNp_probe_MeV": probe,
        "m3_shift_at_mNp_probe": ex_np[2] / exact[2] - 1,
        "m3_shift_at_mN_probe": ex_n[2] / exact[2] - 1,
    }


def audit_rows(oscillation: str = "pdg2020") -> list[dict]:
    """Deprecated alias (one release) of :func:`mevscalar.paper.benchmark_rows`, where the audit rows are built.

    Parameters
    ----------
    oscillation : str
        The oscillation data set, a key of :data:`mevscalar.data.OSCILLATION` (default ``"pdg2020"``).

    Returns
    -------
    list of dict
        :func:`mevscalar.paper.benchmark_rows` of ``oscillation``: rows {"quantity", "equation", "paper",
        "ours", "rel_diff", "note"}.
    """
    return paper.benchmark_rows(oscillation)
