"""Non-instantaneous neutrino decoupling: temperature (energy-transfer) evolution of T_nu and T_gamma.

This is the "more exact statement" behind the paper's instantaneous-decoupling approximation
(Eqs. 11-12 of Liu, McGinnis, Wagner, Wang, PRD 105, L051702 (2022)). It follows the method of
M. Escudero, JCAP 02 (2019) 007 [arXiv:1812.05605] and JCAP 05 (2020) 048 [arXiv:2001.04466]
("NUDEC_BSM"): every species keeps a thermal equilibrium spectrum with zero chemical potential,

* neutrinos: 3 flavours with ONE common temperature T_nu (Fermi-Dirac, massless, 2 helicity states
  each) -- the paper's Eq. 12 uses one T_D for all flavours too;
* the electromagnetic (EM) bath at T_gamma: photons, e+- (massive, exact FD thermodynamics) and phi
  (massive real scalar, Bose-Einstein), phi kept in equilibrium with the photons by phi <-> gamma gamma
  (Gamma_gg/H >> 1, reported in ``notes``);

and the energy exchanged between the two baths enters through collision terms in the
Maxwell-Boltzmann (MB) approximation. Units: MeV (hbar = c = k_B = 1); time in MeV^-1.

Equations (N = ln a is the integration variable, dN = H dt):

    dT_nu/dt    = -(4 H rho_nu - drho_nu/dt) / (d rho_nu/d T_nu)
    dT_gamma/dt = -(4 H rho_gamma + 3 H (rho_e + p_e) + 3 H (rho_phi + p_phi) + drho_nu/dt)
                  / (d rho_gamma/dT + d rho_e/dT + d rho_phi/dT)
    H = sqrt(8 pi rho_total / 3) / m_PL          (m_PL non-reduced, G = 1/m_PL^2)

    drho_nu/dt = SM weak term + phi term:
    SM (Escudero 2019, MB, massless e, common T_nu, summed over the 3 flavours):
        G_F^2/pi^5 [(1 + 4 s_W^2 + 8 s_W^4) + 2 (1 - 4 s_W^2 + 8 s_W^4)]
                   [16 (T_gamma^9 - T_nu^9) + 7 T_gamma^4 T_nu^4 (T_gamma - T_nu)]
    phi (decays and inverse decays phi <-> nu nu, MB, g_phi = 1; derived in docs/boltzmann.md):
        m_phi^3 Gamma_nunu / (2 pi^2) [T_gamma K_2(m_phi/T_gamma) - T_nu K_2(m_phi/T_nu)]

N_eff at the end is Eq. 7, N_eff = 3 (11/4)^(4/3) (T_nu/T_gamma)^4 (rho_nu FD at T_nu).

No SymPy (numeric module). Thermodynamic integrals of the massive species are the Bessel series
(kve), checked against mpmath quadrature in tests/test_boltzmann.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy.special import kve

from mevscalar.constants import G_F, M_E, M_PL
from mevscalar.validate import ParameterError, choice, finite, in_range

__all__ = [
    "SIN2_THETA_W",
    "BoltzmannResult",
    "evolve",
    "sm_n_eff",
    "compare",
    "n_eff_of_br",
    "br_window",
    "br_for_n_eff",
    "thermo",
    "phi_energy_transfer",
    "sm_energy_transfer",
    "audit_rows",
]

#: sin^2 theta_W = 1 - M_W^2/M_Z^2 (on-shell), the value Escudero (2019) uses for the low-energy
#: nu-e couplings; the MSbar value 0.2312 would move the SM N_eff by ~1e-4.
SIN2_THETA_W = 0.223

#: Flavour-summed SM coefficient (common T_nu): nu_e (CC + NC) + 2 x nu_mu,tau (NC only).
C_SM = (1 + 4 * SIN2_THETA_W + 8 * SIN2_THETA_W**2) + 2 * (1 - 4 * SIN2_THETA_W + 8 * SIN2_THETA_W**2)

N_NU = 3
#: rho_nu = N_NU * 2 * (7/8) pi^2/30 T^4 (massless FD, 2 helicity states per flavour).
RHO_NU_COEFF = N_NU * 2 * 7.0 / 8.0 * math.pi**2 / 30.0
RHO_GAMMA_COEFF = 2 * math.pi**2 / 30.0

#: Allowed ranges (validated; they are where the Bessel-series truncation below is checked).
M_PHI_RANGE = (0.1, 100.0)  # MeV
T_START_RANGE = (1.0, 50.0)  # MeV
T_END_RANGE = (1e-4, 0.05)  # MeV

_N_MAX_TERMS = 4000


# --------------------------------------------------------------------------- thermodynamics
def _n_terms(x: float) -> int:
    """Bessel-series terms needed at x = m/T: the n-th term is <~ 24 e^{-n x}/n^4 for n x >~ 1, so stopping
    at n x >= 30 leaves a tail below e^-30 ~ 1e-13 of the leading term."""
    return int(min(_N_MAX_TERMS, max(8, math.ceil(30.0 / x))))


@lru_cache(maxsize=64)
def _terms(n_terms: int, fermion: bool):
    n = np.arange(1, n_terms + 1, dtype=float)
    s = np.where(n % 2 == 1, 1.0, -1.0) if fermion else np.ones_like(n)
    return n, s / n, s / n**2, s


def thermo(m: float, T: float, g: float, fermion: bool):
    """(rho, p, d rho/dT) [MeV^4, MeV^4, MeV^3] of a species with g d.o.f. and mass m in equilibrium at T.

    Bessel series (x = m/T, s_n = (-1)^(n+1) for fermions, 1 for bosons):
        p       = g T^4/(2 pi^2) sum s_n x^2 K_2(n x)/n^2
        rho     = g T^4/(2 pi^2) sum s_n [x^3 K_1(n x)/n + 3 x^2 K_2(n x)/n^2]
        drho/dT = g T^3/(2 pi^2) sum s_n [5 x^3 K_1(n x)/n + 12 x^2 K_2(n x)/n^2 + x^4 K_0(n x)]
    (the last by differentiating the second with K_1' = -K_0 - K_1/z, K_2' = -K_1 - 2 K_2/z).
    Truncated where e^{-n x} < e^{-30}; for x <= 0.01 (T >= 100 m) the series needs >= 4000 terms and
    the tail of sum 1/n^4 limits the relative accuracy to ~1e-11 (bosons, x >= 0.002 in our ranges).
    """
    x = m / T
    n, s1, s2, s0 = _terms(_n_terms(x), bool(fermion))
    z = n * x
    e = np.exp(-z)
    k1, k2 = kve(1, z) * e, kve(2, z) * e
    a1 = x**3 * np.dot(s1, k1)
    a2 = x**2 * np.dot(s2, k2)
    a0 = x**4 * np.dot(s0, kve(0, z) * e)
    pre = g / (2 * math.pi**2)
    p = pre * T**4 * a2
    rho = pre * T**4 * (a1 + 3 * a2)
    drho = pre * T**3 * (5 * a1 + 12 * a2 + a0)
    return rho, p, drho


def _tk2(m: float, T: float) -> float:
    """T K_2(m/T) [MeV] (exponentially small at T << m; K_2 from kve, no overflow)."""
    x = m / T
    if x > 700.0:
        return 0.0
    return T * kve(2, x) * math.exp(-x)


def phi_energy_transfer(m_phi: float, gamma_nunu: float, t_gamma: float, t_nu: float) -> float:
    """drho_nu/dt [MeV^5] from phi <-> nu nu (MB, g_phi = 1; phi in equilibrium at T_gamma).

    Each decay of a phi of energy E hands E to the neutrinos at the rate Gamma m/E, so the decay term is
    Gamma m n_phi^MB(T_gamma) = m^3 Gamma T_gamma K_2(m/T_gamma)/(2 pi^2); the inverse decays of MB
    neutrinos at T_nu (zero chemical potential) are the same expression at T_nu (detailed balance).
    Zero at T_nu = T_gamma; positive (heats the neutrinos) when T_gamma > T_nu.
    """
    return m_phi**3 * gamma_nunu / (2 * math.pi**2) * (_tk2(m_phi, t_gamma) - _tk2(m_phi, t_nu))


def sm_energy_transfer(t_gamma: float, t_nu: float) -> float:
    """SM weak drho_nu/dt [MeV^5] (e+- <-> nu, MB, massless e, 3 flavours at one T_nu; Escudero 2019)."""
    return G_F**2 / math.pi**5 * C_SM * (16 * (t_gamma**9 - t_nu**9) + 7 * t_gamma**4 * t_nu**4 * (t_gamma - t_nu))


def _relax_rate(m_phi, gamma_nunu, t_gamma, t_nu, sm_weak):
    """-d(drho_nu/dt)/dT_nu / (d rho_nu/dT_nu) [MeV]: the rate at which T_nu relaxes to T_gamma."""
    r = 0.0
    if sm_weak:
        r += G_F**2 / math.pi**5 * C_SM * (144 * t_nu**8 + 7 * t_gamma**4 * (5 * t_nu**4 - 4 * t_nu**3 * t_gamma))
    if gamma_nunu > 0:
        x = m_phi / t_nu
        if x < 700:
            # d/dT [T K_2(m/T)] = 3 K_2(x) + x K_1(x)
            r += m_phi**3 * gamma_nunu / (2 * math.pi**2) * (3 * kve(2, x) + x * kve(1, x)) * math.exp(-x)
    return r / (4 * RHO_NU_COEFF * t_nu**3)


# --------------------------------------------------------------------------- result
@dataclass(frozen=True)
class BoltzmannResult:
    """Outcome of :func:`evolve`. Temperatures in MeV.

    t_d_eff_MeV: effective decoupling temperature, the lowest T_gamma at which the relaxation rate of
    T_nu towards T_gamma (SM + phi energy transfer, linearised in T_nu) falls below H (None if it never
    exceeds H on the integration range).
    """

    m_phi: float
    g_mu: float
    br_nunu: float
    gamma_total_MeV: float
    gamma_nunu_MeV: float
    gamma_gg_MeV: float
    nunu: str
    sm_weak: bool
    n_eff: float
    t_nu_over_t_gamma_final: float
    t_gamma: np.ndarray
    t_nu_over_t_gamma: np.ndarray
    relax_over_hubble: np.ndarray
    t_d_eff_MeV: float | None
    gamma_gg_over_hubble_at_m: float
    n_rhs: int
    notes: tuple = field(default_factory=tuple)


def _rhs_factory(m_phi, gamma_nunu, sm_weak, with_phi):
    def rhs(_N, y):
        tg = math.exp(y[0])
        tn = tg * math.exp(y[1])
        rho_e, p_e, drho_e = thermo(M_E, tg, 4.0, True)
        if with_phi:
            rho_p, p_p, drho_p = thermo(m_phi, tg, 1.0, False)
        else:
            rho_p = p_p = drho_p = 0.0
        rho_g = RHO_GAMMA_COEFF * tg**4
        rho_n = RHO_NU_COEFF * tn**4
        H = math.sqrt(8 * math.pi * (rho_g + rho_e + rho_p + rho_n) / 3.0) / M_PL
        q = 0.0
        if sm_weak:
            q += sm_energy_transfer(tg, tn)
        if gamma_nunu > 0:
            q += phi_energy_transfer(m_phi, gamma_nunu, tg, tn)
        dtg = -(4 * rho_g + 3 * (rho_e + p_e) + 3 * (rho_p + p_p) + q / H) / (4 * rho_g / tg + drho_e + drho_p)
        dtn = -tn + q / (H * 4 * RHO_NU_COEFF * tn**3)
        dlg = dtg / tg
        return [dlg, dtn / tn - dlg]

    return rhs


def _hubble(tg, tn, m_phi, with_phi):
    rho = RHO_GAMMA_COEFF * tg**4 + RHO_NU_COEFF * tn**4 + thermo(M_E, tg, 4.0, True)[0]
    if with_phi:
        rho += thermo(m_phi, tg, 1.0, False)[0]
    return math.sqrt(8 * math.pi * rho / 3.0) / M_PL


def _integrate(m_phi, gamma_nunu, sm_weak, with_phi, t_start, t_end, rtol=1e-8):
    from scipy.integrate import solve_ivp

    rhs = _rhs_factory(m_phi, gamma_nunu, sm_weak, with_phi)
    stop = math.log(t_end)

    def event(_N, y):
        return y[0] - stop

    event.terminal = True
    event.direction = -1
    n_span = math.log(t_start / t_end) + 3.0  # T_gamma a grows by <= (11/4 * 1.5)^(1/3) in the span
    sol = solve_ivp(rhs, (0.0, n_span), [math.log(t_start), 0.0], method="LSODA", rtol=rtol, atol=1e-11,
                    events=event, dense_output=True)
    if sol.status < 0 or not sol.t_events[0].size:
        raise RuntimeError(f"Boltzmann integration failed: {sol.message}")
    return sol


def _validate(m_phi, g_mu, t_start, t_end, nunu):
    choice("nunu", nunu, ("eq4", "majorana"))
    m = float(in_range("m_phi", m_phi, *M_PHI_RANGE))
    g = float(finite("g_mu", g_mu, allowed="(-inf, 0) U (0, inf)"))
    if g == 0.0:
        raise ParameterError("g_mu must be != 0 (allowed range (-inf, 0) U (0, inf)): phi must reach the photons")
    ts = float(in_range("t_start", t_start, *T_START_RANGE))
    te = float(in_range("t_end", t_end, *T_END_RANGE))
    return m, g, ts, te


def evolve(m_phi, g_mu, br_nunu=None, g_nu=None, *, nunu: str = "eq4", t_start: float = 20.0,
           t_end: float = 0.005, sm_weak: bool = True, rtol: float = 1e-8, n_out: int = 300) -> BoltzmannResult:
    """Evolve T_gamma and T_nu from T_start (equal temperatures, phi in equilibrium) to T_gamma = t_end.

    m_phi [MeV] in [0.1, 100]; g_mu != 0 (sets Gamma_gg through the exact loop, Eq. 3-4); give exactly
    one of br_nunu in [0, 1) or g_nu (scalar nu_3 coupling or 3 values), as in pheno.phi_widths.
    nunu: "eq4" (the paper's Gamma_nunu, default) or "majorana" (twice). sm_weak: include the SM
    e+- <-> nu energy transfer. Returns a :class:`BoltzmannResult`; N_eff is Eq. 7 at t_end.
    """
    from mevscalar import pheno

    m, g, ts, te = _validate(m_phi, g_mu, t_start, t_end, nunu)
    if ts <= 10 * te:
        raise ParameterError(f"t_start must exceed 10 t_end = {10 * te:g} MeV, got {ts!r}")
    if not isinstance(sm_weak, (bool, np.bool_)):
        raise ParameterError(f"sm_weak must be True or False, got {sm_weak!r}")
    w = pheno.phi_widths(m, g, g_nu=g_nu, br_nunu=br_nunu, nunu=nunu)
    gam, gnn, ggg = float(w.gamma_total), float(w.gamma_nunu), float(w.gamma_gg)
    sol = _integrate(m, gnn, bool(sm_weak), True, ts, te, rtol)
    return _result(sol, m, g, float(w.br_nunu), gam, gnn, ggg, nunu, bool(sm_weak), ts, te, n_out)


def _result(sol, m, g, br, gam, gnn, ggg, nunu, sm_weak, ts, te, n_out):
    n_end = float(sol.t_events[0][0])
    y_end = sol.y_events[0][0]
    ratio_end = math.exp(y_end[1])
    N = np.linspace(0.0, n_end, n_out)
    Y = sol.sol(N)
    tg = np.exp(Y[0])
    ratio = np.exp(Y[1])
    rel = np.array([_relax_rate(m, gnn, a, a * r, sm_weak) / _hubble(a, a * r, m, True) for a, r in zip(tg, ratio)])
    t_d = None
    above = rel >= 1.0
    if above.any():
        i = int(np.nonzero(above)[0][-1])  # last point (lowest T) with rate >= H
        if i + 1 < len(rel):
            la, lb = math.log(rel[i]), math.log(rel[i + 1])
            f = la / (la - lb)
            t_d = float(math.exp(math.log(tg[i]) + f * (math.log(tg[i + 1]) - math.log(tg[i]))))
    # Gamma_gg/H at T = m_phi with the thermal time dilation <m/E> = K_1/K_2 (phi <-> gamma gamma keeps phi
    # in equilibrium with the photons when this is >> 1)
    x = 1.0
    gg_h = ggg * kve(1, x) / kve(2, x) / _hubble(m, m, m, True)
    notes = [
        "3 flavours share one T_nu; MB collision terms; phi (BE) in equilibrium with photons at T_gamma",
        f"Gamma_gg <m/E> / H at T = m_phi: {gg_h:.3g}" + ("" if gg_h > 10 else " (NOT >> 1: phi-photon equilibrium "
                                                            "is an assumption here)"),
        "N_eff = 3 (11/4)^(4/3) (T_nu/T_gamma)^4 (Eq. 7) at T_gamma = t_end",
    ]
    return BoltzmannResult(
        m_phi=m, g_mu=g, br_nunu=br, gamma_total_MeV=gam, gamma_nunu_MeV=gnn, gamma_gg_MeV=ggg, nunu=nunu,
        sm_weak=sm_weak, n_eff=float(N_NU * (11.0 / 4.0) ** (4.0 / 3.0) * ratio_end**4),
        t_nu_over_t_gamma_final=ratio_end, t_gamma=tg, t_nu_over_t_gamma=ratio, relax_over_hubble=rel,
        t_d_eff_MeV=t_d, gamma_gg_over_hubble_at_m=float(gg_h), n_rhs=int(sol.nfev), notes=tuple(notes),
    )


def sm_n_eff(*, t_start: float = 20.0, t_end: float = 0.005, rtol: float = 1e-8) -> float:
    """N_eff of the Standard Model in this approximation (no phi; MB weak rates, no QED corrections)."""
    ts = float(in_range("t_start", t_start, *T_START_RANGE))
    te = float(in_range("t_end", t_end, *T_END_RANGE))
    sol = _integrate(1.0, 0.0, True, False, ts, te, rtol)
    r = math.exp(sol.y_events[0][0][1])
    return float(N_NU * (11.0 / 4.0) ** (4.0 / 3.0) * r**4)


def compare(m_phi, g_mu, br_nunu, *, nunu: str = "eq4", t_start: float = 20.0, t_end: float = 0.005) -> dict:
    """N_eff from the Boltzmann evolution vs the instantaneous chain (Eq. 7 + 12, exact T_D) with both rates.

    Keys: n_eff_boltzmann, t_d_eff_MeV, n_eff_eq10, t_d_eq10_MeV, n_eff_detailed_balance, t_d_db_MeV,
    closer ("eq10" | "detailed_balance"). Chain failures (no decoupling in range) give None.
    """
    from . import chain

    b = evolve(m_phi, g_mu, br_nunu, nunu=nunu, t_start=t_start, t_end=t_end)
    out = {"m_phi_MeV": b.m_phi, "g_mu": b.g_mu, "br_nunu": b.br_nunu, "n_eff_boltzmann": b.n_eff,
           "t_d_eff_MeV": b.t_d_eff_MeV, "gamma_gg_over_hubble_at_m": b.gamma_gg_over_hubble_at_m}
    for rate, key in (("eq10", "eq10"), ("detailed_balance", "db")):
        try:
            c = chain.evaluate(b.m_phi, b.g_mu, br_nunu=b.br_nunu, rate=rate, nunu=nunu)
            out[f"n_eff_{rate}"] = c.n_eff
            out[f"t_d_{key}_MeV"] = c.t_d_used_MeV
        except chain.NoDecouplingError:
            out[f"n_eff_{rate}"] = None
            out[f"t_d_{key}_MeV"] = None
    d10 = out["n_eff_eq10"]
    ddb = out["n_eff_detailed_balance"]
    if d10 is None or ddb is None:
        out["closer"] = None
    else:
        out["closer"] = "eq10" if abs(d10 - b.n_eff) < abs(ddb - b.n_eff) else "detailed_balance"
    return out


def n_eff_of_br(m_phi, g_mu, brs, *, nunu: str = "eq4", rtol: float = 1e-8) -> list[float]:
    """Boltzmann N_eff for each BR_nunu in ``brs`` (fixed m_phi [MeV], g_mu)."""
    return [evolve(m_phi, g_mu, float(b), nunu=nunu, rtol=rtol, n_out=20).n_eff for b in brs]


#: BR_nunu grid on which :func:`br_window` brackets the band edges before polishing them.
BR_GRID = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2)


def br_window(m_phi, g_mu, nsigma: float = 2.0, measurement=None, *, nunu: str = "eq4", grid=BR_GRID,
              neff_grid=None, xtol: float = 2e-3, rtol: float = 1e-7) -> list[tuple]:
    """BR_nunu intervals [(lo, hi)] where the Boltzmann N_eff is within nsigma of ``measurement``.

    measurement: None (Planck 2018, data.NEFF["planck2018"]) or a (central, sigma) pair. N_eff is
    tabulated on ``grid`` (or taken from ``neff_grid``), every crossing of a band edge between grid
    points is polished with brentq in log BR (``xtol``: absolute in ln BR, i.e. relative in BR).
    An end given as None means the band continues past the grid edge.
    """
    from scipy.optimize import brentq

    from mevscalar.data import neff_dataset

    meas = neff_dataset("planck2018") if measurement is None else None
    central, sigma = (meas.central, meas.sigma) if meas is not None else (float(measurement[0]), float(measurement[1]))
    lo_b, hi_b = central - nsigma * sigma, central + nsigma * sigma
    grid = [float(b) for b in grid]
    ns = list(neff_grid) if neff_grid is not None else n_eff_of_br(m_phi, g_mu, grid, nunu=nunu)
    inside = [lo_b <= n <= hi_b for n in ns]

    def edge(i, level):
        f = lambda lb: evolve(m_phi, g_mu, math.exp(lb), nunu=nunu, rtol=rtol, n_out=20).n_eff - level  # noqa: E731
        return math.exp(brentq(f, math.log(grid[i]), math.log(grid[i + 1]), xtol=xtol))

    out, start = [], (None if inside[0] else False)
    for i in range(len(grid) - 1):
        if inside[i] == inside[i + 1]:
            continue
        a, b = ns[i], ns[i + 1]
        level = lo_b if (min(a, b) < lo_b <= max(a, b)) and not (min(a, b) <= hi_b < max(a, b)) else hi_b
        x = edge(i, level)
        if inside[i + 1]:
            start = x
        else:
            out.append((start, x))
            start = False
    if start is not False:
        out.append((start, None))
    return out


def br_for_n_eff(m_phi, g_mu, target: float, *, bracket=(1e-5, 3e-2), nunu: str = "eq4", xtol: float = 1e-3,
                 rtol: float = 1e-7):
    """The BR_nunu at which the Boltzmann N_eff equals ``target`` (brentq in log BR; None if not bracketed)."""
    from scipy.optimize import brentq

    lo, hi = (float(in_range("bracket", b, 1e-8, 0.5)) for b in bracket)
    f = lambda lb: evolve(m_phi, g_mu, math.exp(lb), nunu=nunu, rtol=rtol, n_out=20).n_eff - target  # noqa: E731
    a, b = math.log(lo), math.log(hi)
    fa, fb = f(a), f(b)
    if fa * fb > 0:
        return None
    return math.exp(brentq(f, a, b, xtol=xtol))


# --------------------------------------------------------------------------- paper audit
AUDIT_POINTS = ((1.5, 3e-4), (1.5, 3e-3), (2.0, 1e-3), (2.0, 3e-3))
#: (m_phi, BR bracket) for the "BR_nunu giving Planck's central N_eff" rows
AUDIT_BR_MASSES = ((1.5, (1e-4, 1e-3)), (2.0, (1e-4, 1e-3)))


def audit_rows() -> list[dict]:
    """Instantaneous decoupling (the paper's Eqs. 10-12) vs the Boltzmann evolution (g_mu: 2021 g-2 central).

    About 10 s: 4 N_eff comparisons, 2 BR_nunu solves (brentq), the SM value.
    """
    from mevscalar import pheno
    from mevscalar.data import GM2, neff_dataset

    from . import scan

    rows = []
    for m, br in AUDIT_POINTS:
        g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m))
        c = compare(m, g, br)
        nb, n10, ndb = c["n_eff_boltzmann"], c["n_eff_eq10"], c["n_eff_detailed_balance"]
        rows.append({
            "quantity": f"N_eff at m_phi = {m:g} MeV, BR_nunu = {br:g}: instantaneous (Eq. 10 rate) vs Boltzmann",
            "equation": "Eqs. (7), (10)-(12)",
            "paper": n10,
            "ours": nb,
            "rel_diff": None if n10 is None else nb / n10 - 1.0,
            "note": f"'paper' = Eq. 7+12 with the exact R = H crossing of Eq. 10 (T_D = {c['t_d_eq10_MeV']:.3g} MeV); "
            f"'ours' = T_nu, T_gamma evolution (MB phi <-> nu nu + SM weak rates; T_D^eff = "
            f"{c['t_d_eff_MeV']:.3g} MeV); the detailed-balance rate gives {ndb:.3f} (closer: {c['closer']})",
        })
    planck = neff_dataset("planck2018")
    for m, bracket in AUDIT_BR_MASSES:
        g = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, m))
        ours = br_for_n_eff(m, g, planck.central, bracket=bracket)
        w10 = scan.br_intervals(m, g, planck, 2.0, rate="eq10")
        wdb = scan.br_intervals(m, g, planck, 2.0, rate="detailed_balance")
        ref = None if not w10 else math.sqrt(w10[0][0] * w10[0][1])
        rows.append({
            "quantity": f"BR_nunu giving Planck's N_eff = {planck.central} at m_phi = {m:g} MeV: "
            "instantaneous (Eq. 10) vs Boltzmann",
            "equation": "Eqs. (7), (10)-(12)",
            "paper": ref,
            "ours": ours,
            "rel_diff": None if ref is None or ours is None else ours / ref - 1.0,
            "note": "'paper' = geometric middle of the instantaneous Eq. 10 2-sigma window "
            + ("" if not w10 else f"[{w10[0][0]:.3g}, {w10[0][1]:.3g}]")
            + "; the detailed-balance window is "
            + ("none" if not wdb else f"[{wdb[0][0]:.3g}, {wdb[0][1]:.3g}]")
            + ". The Boltzmann BR lies between the two, a factor ~2 above Eq. 10's and 5-7x below detailed "
            "balance's: closer to the Eq. 10 normalisation, matching neither (no sharp T_D: energy keeps flowing "
            "while R < H). The paper's BR_nunu ~ 1e-3-1e-2 gives N_eff = 3.3-7.7 here (s70 table)",
        })
    sm = sm_n_eff()
    rows.append({
        "quantity": "N_eff in the SM: (T_nu/T_gamma)_SM = (4/11)^(1/3) vs Boltzmann (MB rates, no QED)",
        "equation": "Eqs. (6), (7)",
        "paper": 3.0,
        "ours": sm,
        "rel_diff": sm / 3.0 - 1.0,
        "note": "non-instantaneous decoupling (e+- annihilation heats the still-coupled neutrinos) raises N_eff; "
        "NUDEC_BSM (Escudero 2019), same approximation plus O(e^2) QED: 3.035; full QED + oscillations: 3.044",
    })
    return rows
