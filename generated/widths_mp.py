"""Generated from mevscalar.model.widths: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 5cc5559b272b37beaa3e1061cca4ec6b
# codegen-version: 1

import mpmath

__all__ = ['gamma_mumu', 'gamma_gg', 'gamma_nunu_eq4', 'gamma_nunu_majorana', 'gamma_nunu_majorana_massive']


def gamma_mumu(g_mu, m_phi, m_mu):
    """Gamma(phi -> mu+ mu-) = g_mu^2 m_phi beta^3/(8 pi) above 2 m_mu, 0 below [MeV].
    
    Equation: not in the paper: tree-level phi -> mu mu above 2 m_mu (derived from Eq. 2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 10000], m_mu in [105.658, 105.658].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    _x0 = 2*m_mu
    return ((0) if (m_phi <= _x0) else ((mpmath.mpf(1)/mpmath.mpf(8))*g_mu**2*(m_phi - _x0)**(mpmath.mpf(3)/mpmath.mpf(2))*(m_phi + _x0)**(mpmath.mpf(3)/mpmath.mpf(2))/(mpmath.pi*m_phi**2)))


def gamma_gg(g_gg, m_phi):
    """Gamma(phi -> gamma gamma) = |g_gg|^2 m_phi^3/(64 pi) [MeV]; pass |g_gg| in MeV^-1.
    
    Equation: Eq. (4), first part (derived from Eq. 3).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_gg in [1e-15, 0.01], m_phi in [0.001, 10000].
    Twin: mpmath (exact expression).
    """
    g_gg = mpmath.mpmathify(g_gg)
    m_phi = mpmath.mpmathify(m_phi)
    return (mpmath.mpf(1)/mpmath.mpf(64))*g_gg**2*m_phi**3/mpmath.pi


def gamma_nunu_eq4(g_nu, m_phi):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(32 pi) [MeV], the paper's Eq. (4) per flavour.
    
    Equation: Eq. (4), second part, one flavour (as printed).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000].
    Twin: mpmath (exact expression).
    """
    g_nu = mpmath.mpmathify(g_nu)
    m_phi = mpmath.mpmathify(m_phi)
    return (mpmath.mpf(1)/mpmath.mpf(32))*g_nu**2*m_phi/mpmath.pi


def gamma_nunu_majorana(g_nu, m_phi):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(16 pi) [MeV], derived for Majorana neutrinos.
    
    Equation: Eq. (4) re-derived from Eq. (2) (Majorana, massless).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000].
    Twin: mpmath (exact expression).
    """
    g_nu = mpmath.mpmathify(g_nu)
    m_phi = mpmath.mpmathify(m_phi)
    return (mpmath.mpf(1)/mpmath.mpf(16))*g_nu**2*m_phi/mpmath.pi


def gamma_nunu_majorana_massive(g_nu, m_phi, m_nu):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi beta^3/(16 pi), beta = sqrt(1 - 4 m_nu^2/m_phi^2) [MeV].
    
    Equation: Eq. (4) re-derived with a neutrino mass (beta^3).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000], m_nu in [1e-12, 0.0001].
    Twin: mpmath (exact expression).
    """
    g_nu = mpmath.mpmathify(g_nu)
    m_phi = mpmath.mpmathify(m_phi)
    m_nu = mpmath.mpmathify(m_nu)
    _x0 = 2*m_nu
    return (mpmath.mpf(1)/mpmath.mpf(16))*g_nu**2*(m_phi - _x0)**(mpmath.mpf(3)/mpmath.mpf(2))*(m_phi + _x0)**(mpmath.mpf(3)/mpmath.mpf(2))/(mpmath.pi*m_phi**2)
