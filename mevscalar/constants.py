"""Every physical constant the numeric side uses, from one source each.

CODATA values come from `scipy.constants` (CODATA 2022 in SciPy >= 1.15); the release is recorded in
`CODATA_RELEASE`. Units: MeV (hbar = c = k_B = 1) unless the name says otherwise.
No SymPy here: the symbolic side substitutes these numbers only at the edges.
"""

from __future__ import annotations

import math

from scipy.constants import physical_constants as _pc


def _codata_release() -> str:
    """The CODATA adjustment SciPy ships, read from the value of alpha (stable public API)."""
    alpha = _pc["fine-structure constant"][0]
    known = {7.2973525643e-3: "CODATA 2022", 7.2973525693e-3: "CODATA 2018"}
    return known.get(alpha, "CODATA (as shipped by SciPy)")


#: The CODATA adjustment in use, e.g. "CODATA 2022".
CODATA_RELEASE: str = _codata_release()

M_MU: float = _pc["muon mass energy equivalent in MeV"][0]
"""Muon mass [MeV], CODATA."""

M_E: float = _pc["electron mass energy equivalent in MeV"][0]
"""Electron mass [MeV], CODATA."""

ALPHA: float = _pc["fine-structure constant"][0]
"""Fine-structure constant at q^2 = 0 (Thomson limit), CODATA. The paper's g_gg uses alpha(0)."""

G_F: float = _pc["Fermi coupling constant"][0] * 1e-6
"""Fermi constant [MeV^-2], CODATA (G_F/(hbar c)^3 in GeV^-2 converted)."""

V_EW: float = (math.sqrt(2.0) * G_F) ** -0.5
"""Electroweak vev v = (sqrt(2) G_F)^(-1/2) [MeV] = 246219.65 MeV."""

M_PL: float = _pc["Planck mass energy equivalent in GeV"][0] * 1e3
"""Planck mass m_PL = sqrt(hbar c / G) [MeV] (not the reduced one), as in the paper's Eq. (11)."""

HBAR_MEV_S: float = _pc["reduced Planck constant in eV s"][0] * 1e-6
"""hbar [MeV s]: lifetime tau = hbar / Gamma."""

ZETA3: float = 1.2020569031595942853997381615114499907649862923405
"""Riemann zeta(3)."""
