"""The paper's Sec. IV benchmark point, rebuilt from its stated inputs, and its paper audit.

Inputs (as the paper states them): oscillation splittings (PDG 2020, normal ordering) with m1 = 0 (Eq. 16:
the mass matrix has rank 4), g_nu3 = 2.5e-10 (Eq. 21), lambda_N = O(1) (taken = 1), y_mu = 0.1,
mu_phi = 10 GeV, m_H' = 700 GeV.  Derived here, never tuned:

* v_phi = m3 / g_nu3 (Eq. 20, paper normalisation; sqrt2 m3 / g_nu3 for the canonical real scalar);
* the angle between y_N and y_N' from Eq. 17: m2/m3 = (1 - cos)/(1 + cos), so cos = (m3 - m2)/(m3 + m2);
* |y_N||y_N'| v'/lambda_N = (m2 + m3) v_phi / (sqrt2 v) (Eq. 17 summed; the paper's Eq. 22 quantity);
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
from .generated import uv_np as _uv
from .validate import positive

#: The paper's Sec. IV inputs, declared once in :mod:`mevscalar.paper` (Eq. 21 and the Sec. IV text).
G_NU3_EQ21 = paper.G_NU3
Y_MU = paper.Y_MU
MU_PHI_MEV = paper.MU_PHI_MEV
M_HP_MEV = paper.M_HP_MEV
LAMBDA_N = paper.LAMBDA_N

EV = paper.EV  # MeV per eV
GEV = paper.GEV  # MeV per GeV


def benchmark(
    oscillation: str = "pdg2020",
    g_nu3: float = G_NU3_EQ21,
    lambda_N: float = LAMBDA_N,
    y_mu: float = Y_MU,
    mu_phi_MeV: float = MU_PHI_MEV,
    m_Hp_MeV: float = M_HP_MEV,
    normalisation: str = "paper",
) -> dict:
    """The Sec. IV benchmark point from its inputs (see module docstring). Returns a flat dict."""
    osc = oscillation_dataset(oscillation)
    g3 = float(positive("g_nu3", g_nu3))
    lam = float(positive("lambda_N", lambda_N))
    ymu = float(positive("y_mu", y_mu))
    muphi = float(positive("mu_phi_MeV", mu_phi_MeV, "MeV"))
    mhp = float(positive("m_Hp_MeV", m_Hp_MeV, "MeV"))
    m1_eV, m2_eV, m3_eV = osc.masses_eV(0.0)
    m2, m3 = m2_eV * EV, m3_eV * EV
    norm = nu.g_nu_factor(normalisation)
    v_phi = norm * m3 / g3
    cos = (m3 - m2) / (m3 + m2)
    v_p = M_MU / float(_uv.m_mu_uv(ymu, 1.0))  # m_mu = y_mu v'/sqrt2 (kernel), linear in v'
    prod = (m2 + m3) * v_phi / (math.sqrt(2.0) * V_EW)  # |y_N||y_N'| v'/lambda_N [MeV]
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
        "eq19_element_vp_over_lambda_GeV": m3 * v_phi / (math.sqrt(2.0) * V_EW) / GEV,
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
    """Deprecated alias (one release) of :func:`mevscalar.paper.benchmark_rows`, where the audit rows are built."""
    return paper.benchmark_rows(oscillation)
