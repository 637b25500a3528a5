"""A stand-in for verdict.timed_point shared by the verdict and step tests: N_eff linear in log10 BR_nunu (so the
Planck-band windows are known in closed form), mixed flavours 0.25 lower; CALLS records every point asked for."""

from __future__ import annotations

import math

CALLS: list = []


def stub_point(m_phi_MeV, br_nunu, g_mu, options=None, timeout=None):
    CALLS.append((m_phi_MeV, br_nunu, options["flavour"]))
    shift = 0.0 if options["flavour"] == "unmixed" else 0.25
    return {"n_eff": 3.0 + 0.5 * math.log10(br_nunu / 1e-3) - shift, "t_nu_over_t_gamma_final": 0.7}
