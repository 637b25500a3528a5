"""Brute-force reference for the 2 -> 2 weak collision integrals (independent of model/weak.py).

This module is a TEST utility: it evaluates the momentum-integrated collision terms of one
neutrino species (nu_alpha + nubar_alpha, one helicity state each) by direct quadrature of the full
12-dimensional collision integral, with only the four-momentum delta function done analytically.
Nothing here is taken from the project's own derivation (model/weak.py, numeric/cosmology/weak.py); the
matrix elements are typed from the literature (below) and every kinematic quantity is computed by
boosting explicit centre-of-mass (CM) momenta back to the plasma frame.

Collision term of species A (particles 1 and 3 in the tables below)
--------------------------------------------------------------------
For a process 1 + 2 <-> 3 + 4 with |M|^2 summed over the spins of ALL external particles,

    dn_A/dt   = sum_processes  dN_A   * int dPi_1..4 (2 pi)^4 delta^4(p1+p2-p3-p4) |M|^2 [B - F]
    drho_A/dt = sum_processes  int dPi_1..4 (2 pi)^4 delta^4 |M|^2 [E_A^gained - ...]

with dPi = d^3p / ((2 pi)^3 2E), F = f1 f2 (1 - f3)(1 - f4) (forward, "loss") and
B = f3 f4 (1 - f1)(1 - f2) (backward, "gain"); "mb" statistics drop the (1 - f) factors and use
f = exp(xi - E/T). Concretely:

* annihilation  nu nubar <-> X Xbar (X = e- or nu_b): each event removes one nu and one nubar, so
  dn_A = 2 (gain events - loss events) and drho_A = int (E1 + E2) [B - F];
* scattering  nu X <-> nu X: dn_A = 0 and drho_A = int E1 [B - F] (collision term of f1 weighted
  with E1; the gain term is evaluated with B, not by relabelling, so detailed balance is a check).

No symmetry factors are needed: no process here has identical particles in its initial or final
state (processes within ONE species, nu_a nu_a -> nu_a nu_a and nu_a nubar_a -> nu_a nubar_a, leave
n_A and rho_A unchanged and are omitted on purpose).

Matrix elements (|M|^2 summed over all spins; neutrinos have one helicity each)
--------------------------------------------------------------------------------
A. D. Dolgov, S. H. Hansen, D. V. Semikoz, Nucl. Phys. B 503 (1997) 426 [hep-ph/9703315], Table 1
(the matrix elements M. Escudero, JCAP 02 (2019) 007 [arXiv:1812.05605] also uses), for one neutrino
flavour with effective couplings g_L, g_R to electrons (g_L = 1/2 + s_W^2 for nu_e, with the charged
current Fierzed in; -1/2 + s_W^2 for nu_mu, nu_tau; g_R = s_W^2), with (ij) = p_i . p_j:

    nu(1)    e-(2)    -> nu(3)    e-(4)     32 G_F^2 * 4 [g_L^2 (12)(34) + g_R^2 (14)(23) - g_L g_R m^2 (13)]
    nu(1)    e+(2)    -> nu(3)    e+(4)     32 G_F^2 * 4 [g_R^2 (12)(34) + g_L^2 (14)(23) - g_L g_R m^2 (13)]
    nubar(1) e-(2)    -> nubar(3) e-(4)     as nu e+  (CP conjugate)
    nubar(1) e+(2)    -> nubar(3) e+(4)     as nu e-
    nu(1)    nubar(2) -> e-(3)    e+(4)     32 G_F^2 * 4 [g_L^2 (14)(23) + g_R^2 (13)(24) + g_L g_R m^2 (12)]
    nu_a(1)  nu_b(2)  -> nu_a(3)  nu_b(4)   32 G_F^2 (12)(34)      (a != b)
    nu_a(1)  nubar_b(2) -> nu_a(3) nubar_b(4)  32 G_F^2 (14)(23)
    nu_a(1)  nubar_a(2) -> nu_b(3) nubar_b(4)  32 G_F^2 (14)(23)
    (and the CP conjugates of the nu_a nu_b lines)

Conventions, each checked in tests/numeric/cosmology/test_weak_reference.py: the electron entries (2^7 G_F^2 [...]) are
summed over both electron spins; with the initial electron spin averaged they give the 't Hooft recoil
spectrum dsigma/dT = (2 G_F^2 m/pi)[g_L^2 + g_R^2 (1 - T/E)^2 - g_L g_R m T/E^2] (so also
sigma = G_F^2 s (g_L^2 + g_R^2/3)/pi at m_e -> 0); the annihilation entries are the crossings
(p2 -> -p4, p3 -> -p2, p4 -> p3; two fermion lines: no sign) of the scattering entries. The same test
file checks the massless Maxwell-Boltzmann limits against closed forms derived there from these |M|^2,
and the FD rates against detailed balance.

Quadrature (all deterministic, NumPy vectorised)
------------------------------------------------
* annihilation: d^3p1/2E1 d^3p2/2E2 = d^4P (p*/4 sqrt s) dOmega_1^*, likewise for 3,4: variables
  P0 (Gauss-Laguerre, scale = the temperature of the pair whose occupation numbers dominate), s in
  [4m^2, P0^2] (Gauss-Jacobi, the weight sqrt(P0^2 - s) sqrt(s - 4m^2) of |P| and of p_f^* taken out
  exactly, so the pair threshold costs no accuracy), the CM polar angles of p1^* and p3^* about the
  boost axis (Gauss-Legendre) and their relative azimuth (periodic trapezoid: exact, |M|^2 is a
  trigonometric polynomial of degree 2 in it and the occupation numbers do not depend on it);
* scattering: plasma-frame E1 (Gauss-Laguerre), kinetic energy of particle 2 (Gauss-Laguerre), the
  angle between p1 and p2 (Gauss-Legendre), and the CM solid angle of p3^* (Legendre x trapezoid).
  p1^*, p3^* are placed in the CM frame, energies boosted back to the plasma frame; E4 = P0 - E3.
``Rules.doubled()`` doubles every node count for the convergence check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from scipy.special import roots_genlaguerre, roots_jacobi, roots_laguerre, roots_legendre

from mevscalar.constants import G_F, M_E

__all__ = ["Rules", "Dist", "annihilation", "scattering", "nu_e_reference", "nu_nu_reference", "Rates",
           "msq_nu_e", "msq_nu_eplus", "msq_ann_nu_ee", "msq_nu_nu", "msq_nu_nubar", "msq_ann_nu_nu"]


# ----------------------------------------------------------------------------------------------
# Matrix elements (Dolgov, Hansen, Semikoz 1997, Table 1), arguments are the invariants (ij) = p_i.p_j
# ----------------------------------------------------------------------------------------------

def msq_nu_e(d, g_l, g_r, m):
    """nu(1) e-(2) -> nu(3) e-(4), summed over electron spins."""
    return 128.0 * G_F**2 * (g_l**2 * d[12] * d[34] + g_r**2 * d[14] * d[23] - g_l * g_r * m**2 * d[13])


def msq_nu_eplus(d, g_l, g_r, m):
    """nu(1) e+(2) -> nu(3) e+(4) (also nubar e- -> nubar e-): g_L <-> g_R of nu e-."""
    return msq_nu_e(d, g_r, g_l, m)


def msq_ann_nu_ee(d, g_l, g_r, m):
    """nu(1) nubar(2) -> e-(3) e+(4), summed over electron spins."""
    return 128.0 * G_F**2 * (g_l**2 * d[14] * d[23] + g_r**2 * d[13] * d[24] + g_l * g_r * m**2 * d[12])


def msq_nu_nu(d):
    """nu_a(1) nu_b(2) -> nu_a(3) nu_b(4), a != b (also nubar_a nubar_b)."""
    return 32.0 * G_F**2 * d[12] * d[34]


def msq_nu_nubar(d):
    """nu_a(1) nubar_b(2) -> nu_a(3) nubar_b(4), a != b (also nubar_a nu_b)."""
    return 32.0 * G_F**2 * d[14] * d[23]


def msq_ann_nu_nu(d):
    """nu_a(1) nubar_a(2) -> nu_b(3) nubar_b(4), a != b."""
    return 32.0 * G_F**2 * d[14] * d[23]


# ----------------------------------------------------------------------------------------------
# Distributions and quadrature rules
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dist:
    """Equilibrium-shaped occupation numbers: temperature t [MeV], xi = mu/T, statistics fd|mb."""

    t: float
    xi: float = 0.0
    statistics: str = "fd"

    def logs(self, e):
        """(log f, log(1 - f)) at energy e (for mb: log(1 - f) = 0, no blocking)."""
        x = e / self.t - self.xi
        if self.statistics == "mb":
            return -x, np.zeros_like(x)
        return -np.logaddexp(0.0, x), -np.logaddexp(0.0, -x)


@dataclass(frozen=True)
class Rules:
    """Node counts: Laguerre (energies), Jacobi (s), Legendre (angles), trapezoid (azimuth)."""

    n_lag: int = 24
    n_s: int = 12
    n_ang: int = 12
    n_phi: int = 3   # exact for the degree-2 trigonometric polynomial in the azimuth

    def doubled(self) -> "Rules":
        return Rules(2 * self.n_lag, 2 * self.n_s, 2 * self.n_ang, 2 * self.n_phi)


def _phi_nodes(n):
    phi = 2.0 * math.pi * (np.arange(n) + 0.5) / n
    return np.cos(phi), np.full(n, 2.0 * math.pi / n)


def _invariants_equal_mass_final(s, kf, cos13, m):
    """(ij) for 1 2 -> 3 4 with p1, p2 massless and m3 = m4 = m, in terms of CM quantities."""
    rs = np.sqrt(s)
    a = s / 4.0
    b = 0.5 * rs * kf * cos13
    return {12: s / 2.0, 34: (s - 2.0 * m**2) / 2.0, 13: a - b, 24: a - b, 14: a + b, 23: a + b}


# ----------------------------------------------------------------------------------------------
# Annihilation-type: 1 + 2 <-> 3 + 4, p1, p2 massless (species A pair), m3 = m4 = m
# ----------------------------------------------------------------------------------------------

def annihilation(msq, m, d12: Dist, d34: Dist, rules: Rules = Rules()):
    """Event and energy rates [MeV^4, MeV^5] of 1 + 2 -> 3 + 4 (loss) and 3 + 4 -> 1 + 2 (gain).

    msq(d) takes the invariants dict. Returns dict loss_n, gain_n (events per volume per time) and
    loss_e, gain_e (the same weighted with E1 + E2). Particles 1, 2 share ``d12``; 3, 4 share ``d34``.
    """
    out = {}
    for which, tw in (("loss", d12.t), ("gain", d34.t)):
        n, e = _annihilation_term(msq, m, d12, d34, rules, which, tw)
        out[which + "_n"], out[which + "_e"] = n, e
    return out


def _annihilation_term(msq, m, d12, d34, rules, which, tw):
    s0 = 4.0 * m**2
    massive = m > 0.0
    x, wx = roots_laguerre(rules.n_lag)
    # s = s0 + (P0^2 - s0)(1 + y)/2; weight (1 - y)^(1/2) [from |P|] (1 + y)^(1/2) [from p_f*, m > 0]
    y, wy = roots_jacobi(rules.n_s, 0.5, 0.5 if massive else 0.0)
    c, wc = roots_legendre(rules.n_ang)
    cph, wph = _phi_nodes(rules.n_phi)
    # shapes: P0 (a), y (b), c1 (c), c3 (d), phi (e)
    p0 = (math.sqrt(s0) + tw * x)[:, None, None, None, None]
    yb = y[None, :, None, None, None]
    c1 = c[None, None, :, None, None]
    c3 = c[None, None, None, :, None]
    cp = cph[None, None, None, None, :]
    span = p0**2 - s0
    s = s0 + span * (1.0 + yb) / 2.0
    ptot = np.sqrt(span / 2.0)  # |P| = ptot * (1 - y)^(1/2)
    p_abs = ptot * np.sqrt(1.0 - yb)
    if massive:
        kf_red = np.sqrt(span / 8.0)  # p_f* = kf_red * (1 + y)^(1/2)
        kf = kf_red * np.sqrt(1.0 + yb)
    else:
        kf = np.sqrt(s) / 2.0
    rs = np.sqrt(s)
    cos13 = c1 * c3 + np.sqrt(1.0 - c1**2) * np.sqrt(1.0 - c3**2) * cp
    inv = _invariants_equal_mass_final(s, kf, cos13, m)
    amp = msq(inv)
    e1 = 0.5 * (p0 + p_abs * c1)
    e2 = p0 - e1
    e3 = 0.5 * p0 + p_abs * kf * c3 / rs
    e4 = p0 - e3
    lf1, lb1 = d12.logs(e1)
    lf2, lb2 = d12.logs(e2)
    lf3, lb3 = d34.logs(e3)
    lf4, lb4 = d34.logs(e4)
    if which == "loss":
        logocc = lf1 + lf2 + lb3 + lb4
    else:
        logocc = lf3 + lf4 + lb1 + lb2
    # Laguerre weight exp(-x) = exp(-(P0 - sqrt(s0))/tw) is divided out
    occ = np.exp(logocc + (p0 - math.sqrt(s0)) / tw)
    # measure: (2pi)^-8 * 4 pi |P|^2 d|P| dP0 * (1/8) dOmega1* * (p_f*/(4 sqrt s)) dOmega3*
    #   4 pi |P|^2 d|P| = pi |P| (P0^2 - s0) dy ;  dOmega1* -> 2 pi dc1 ; dOmega3* -> dc3 dphi
    jac = math.pi * ptot * span * tw * 2.0 * math.pi / 8.0 / (2.0 * math.pi) ** 8
    jac = jac * ((kf_red / (4.0 * rs)) if massive else (1.0 / 8.0))
    w = (wx[:, None, None, None, None] * wy[None, :, None, None, None] * wc[None, None, :, None, None]
         * wc[None, None, None, :, None] * wph[None, None, None, None, :])
    integrand = w * jac * amp * occ
    return float(integrand.sum()), float((integrand * p0).sum())


# ----------------------------------------------------------------------------------------------
# Scattering-type: 1 + 2 <-> 3 + 4, p1, p3 massless (species A), m2 = m4 = m (species B)
# ----------------------------------------------------------------------------------------------

def scattering(msq, m, d1: Dist, d2: Dist, rules: Rules = Rules()):
    """Energy rates [MeV^5] of particle 1 in 1 + 2 <-> 3 + 4 (3 same species as 1, 4 as 2).

    Returns dict loss_e = int E1 F, gain_e = int E1 B, gain_e_swap = int E3 F (the gain term after
    relabelling 1<->3, 2<->4: equal to gain_e when |M|^2 is symmetric), and loss_n, gain_n (equal
    for an exact quadrature: scattering conserves the number of species A).
    """
    out = {}
    tmax = max(d1.t, d2.t)
    for which, (ta, tb) in (("loss", (d1.t, d2.t)), ("gain", (tmax, tmax))):
        r = _scattering_term(msq, m, d1, d2, rules, which, ta, tb)
        out[which + "_n"], out[which + "_e"] = r[0], r[1]
        if which == "loss":
            out["gain_e_swap"] = r[2]
    return out


def _scattering_term(msq, m, d1, d2, rules, which, ta, tb):
    x, wx = roots_laguerre(rules.n_lag)
    # kinetic energy K2 = tb * x2 of particle 2; for m > 0, |p2| = sqrt(K2 (K2 + 2m)) has a square-root
    # endpoint, taken out exactly by the generalised Laguerre weight x2^(1/2) exp(-x2)
    x2, wx2 = roots_genlaguerre(rules.n_lag, 0.5) if m > 0.0 else (x, wx)
    c, wc = roots_legendre(rules.n_ang)
    cph, wph = _phi_nodes(rules.n_phi)
    e2k = (tb * x2)[:, None, None, None]  # kinetic energy of 2 (axis b); E1 looped (axis a)
    c12 = c[None, :, None, None]
    c3 = c[None, None, :, None]
    cp = cph[None, None, None, :]
    wb = (wx2[:, None, None, None] * wc[None, :, None, None] * wc[None, None, :, None]
          * wph[None, None, None, :])
    e2 = e2k + m
    p2 = np.sqrt(e2k * (e2k + 2.0 * m))
    # |p2| as it enters the measure, with the x2^(1/2) of the weight divided out
    p2_meas = np.sqrt(tb * (e2k + 2.0 * m)) if m > 0.0 else p2
    tot = np.zeros(3)
    for e1_node, w1 in zip(ta * x, wx):
        e1 = e1_node
        s = m**2 + 2.0 * e1 * (e2 - p2 * c12)
        p0 = e1 + e2
        p_abs = np.sqrt(np.maximum(e1**2 + p2**2 + 2.0 * e1 * p2 * c12, 0.0))
        rs = np.sqrt(s)
        pst = (s - m**2) / (2.0 * rs)
        with np.errstate(divide="ignore", invalid="ignore"):
            cos1 = np.where(p_abs > 0.0, (e1 * rs / pst - p0) / np.where(p_abs > 0, p_abs, 1.0), 1.0)
        cos1 = np.clip(cos1, -1.0, 1.0)
        cos13 = cos1 * c3 + np.sqrt(1.0 - cos1**2) * np.sqrt(1.0 - c3**2) * cp
        d13 = pst**2 * (1.0 - cos13)
        d12 = (s - m**2) / 2.0
        d14 = d12 - d13
        inv = {12: d12, 34: d12, 13: d13, 14: d14, 23: d14, 24: m**2 + d13}
        amp = msq(inv)
        e3 = (p0 + p_abs * c3) * pst / rs
        e4 = p0 - e3
        lf1, lb1 = d1.logs(e1)
        lf2, lb2 = d2.logs(e2)
        lf3, lb3 = d1.logs(e3)
        lf4, lb4 = d2.logs(e4)
        logocc = (lf1 + lf2 + lb3 + lb4) if which == "loss" else (lf3 + lf4 + lb1 + lb2)
        occ = np.exp(logocc + e1 / ta + e2k / tb)
        # measure: E1 dE1 p2 dE2 (4 pi)(2 pi) dc12 / (4 (2pi)^6) * (2pi)^-2 p*/(4 sqrt s) dc3 dphi
        jac = e1 * p2_meas * 8.0 * math.pi**2 / (4.0 * (2.0 * math.pi) ** 8) * pst / (4.0 * rs) * ta * tb
        integrand = w1 * wb * jac * amp * occ
        tot += (float(integrand.sum()), float((integrand * e1).sum()), float((integrand * e3).sum()))
    return tot


# ----------------------------------------------------------------------------------------------
# Species rates
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rates:
    """Net rates of one species and the terms they are made of."""

    dn: float            # MeV^4
    drho: float          # MeV^5
    ann: dict            # annihilation terms (see ``annihilation``)
    scat: dict           # scattering terms (see ``scattering``), all target processes summed
    forward_n: float     # the larger of the gain/loss number terms
    forward_rho: float   # |gain| + |loss| scale: max(gain, loss) of annihilation + of scattering

    def scaled(self, f):
        return replace(self, dn=self.dn * f, drho=self.drho * f)


def _combine(ann, scat):
    dn = 2.0 * (ann["gain_n"] - ann["loss_n"])
    drho = (ann["gain_e"] - ann["loss_e"]) + (scat["gain_e"] - scat["loss_e"])
    fwd_n = 2.0 * max(ann["gain_n"], ann["loss_n"])
    fwd_rho = max(ann["gain_e"], ann["loss_e"]) + max(scat["gain_e"], scat["loss_e"])
    return Rates(dn, drho, ann, scat, fwd_n, fwd_rho)


def nu_e_reference(t_gamma, t_nu, xi_nu, g_l, g_r, *, statistics="fd", m_e=M_E, rules: Rules = Rules()):
    """Collision terms of one neutrino species (nu + nubar) with e+- in equilibrium at t_gamma, mu = 0.

    Processes: nu nubar <-> e- e+, and nu e-, nu e+, nubar e-, nubar e+ elastic scattering. The four
    scattering processes share the occupation numbers (nu, nubar both at (t_nu, xi); e+- both at
    (t_gamma, 0)), so their |M|^2 are summed before integrating.
    """
    dnu = Dist(t_nu, xi_nu, statistics)
    de = Dist(t_gamma, 0.0, statistics)
    ann = annihilation(lambda d: msq_ann_nu_ee(d, g_l, g_r, m_e), m_e, dnu, de, rules)

    def msq_scat(d):
        return (msq_nu_e(d, g_l, g_r, m_e) + msq_nu_eplus(d, g_l, g_r, m_e)        # nu e-, nu e+
                + msq_nu_eplus(d, g_l, g_r, m_e) + msq_nu_e(d, g_l, g_r, m_e))     # nubar e-, nubar e+

    scat = scattering(msq_scat, m_e, dnu, de, rules)
    return _combine(ann, scat)


def nu_nu_reference(t_a, xi_a, t_b, xi_b, *, statistics="fd", rules: Rules = Rules()):
    """Collision terms of species a from ONE other flavour species b (massless, both nu + nubar).

    Processes: nu_a nubar_a <-> nu_b nubar_b; nu_a nu_b, nu_a nubar_b, nubar_a nu_b, nubar_a nubar_b
    elastic scattering (summed at the integrand level, shared occupation numbers).
    """
    da = Dist(t_a, xi_a, statistics)
    db = Dist(t_b, xi_b, statistics)
    ann = annihilation(msq_ann_nu_nu, 0.0, da, db, rules)

    def msq_scat(d):
        return 2.0 * msq_nu_nu(d) + 2.0 * msq_nu_nubar(d)   # (nu_a nu_b + nubar_a nubar_b) + (nu_a nubar_b + nubar_a nu_b)

    scat = scattering(msq_scat, 0.0, da, db, rules)
    return _combine(ann, scat)
