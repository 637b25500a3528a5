"""Generated from mevscalar.model.widths: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 5cc5559b272b37beaa3e1061cca4ec6b
# codegen-version: 1

import numpy

__all__ = ['gamma_mumu', 'gamma_gg', 'gamma_nunu_eq4', 'gamma_nunu_majorana', 'gamma_nunu_majorana_massive']


def gamma_mumu(g_mu, m_phi, m_mu):
    """Gamma(phi -> mu+ mu-) = g_mu^2 m_phi beta^3/(8 pi) above 2 m_mu, 0 below [MeV].
    
    Equation: not in the paper: tree-level phi -> mu mu above 2 m_mu (derived from Eq. 2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 10000], m_mu in [105.658, 105.658].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = 2*m_mu
        return numpy.select([numpy.less_equal(m_phi, _x0),True], [0,0.039788735772973836*g_mu**2*(m_phi - _x0)**(3/2)*(m_phi + _x0)**(3/2)/m_phi**2], default=numpy.nan)


def gamma_gg(g_gg, m_phi):
    """Gamma(phi -> gamma gamma) = |g_gg|^2 m_phi^3/(64 pi) [MeV]; pass |g_gg| in MeV^-1.
    
    Equation: Eq. (4), first part (derived from Eq. 3).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_gg in [1e-15, 0.01], m_phi in [0.001, 10000].
    Twin: numpy.
    """
    return 0.0049735919716217296*g_gg**2*m_phi**3


def gamma_nunu_eq4(g_nu, m_phi):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(32 pi) [MeV], the paper's Eq. (4) per flavour.
    
    Equation: Eq. (4), second part, one flavour (as printed).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000].
    Twin: numpy.
    """
    return 0.009947183943243459*g_nu**2*m_phi


def gamma_nunu_majorana(g_nu, m_phi):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi/(16 pi) [MeV], derived for Majorana neutrinos.
    
    Equation: Eq. (4) re-derived from Eq. (2) (Majorana, massless).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000].
    Twin: numpy.
    """
    return 0.019894367886486918*g_nu**2*m_phi


def gamma_nunu_majorana_massive(g_nu, m_phi, m_nu):
    """Gamma(phi -> nu_a nu_a) = g_a^2 m_phi beta^3/(16 pi), beta = sqrt(1 - 4 m_nu^2/m_phi^2) [MeV].
    
    Equation: Eq. (4) re-derived with a neutrino mass (beta^3).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): g_nu in [1e-15, 1], m_phi in [0.001, 10000], m_nu in [1e-12, 0.0001].
    Twin: numpy.
    """
    _x0 = 2*m_nu
    return 0.019894367886486918*g_nu**2*(m_phi - _x0)**(3/2)*(m_phi + _x0)**(3/2)/m_phi**2


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'gamma_mumu': {'g_mu': (1e-06, 1.0), 'm_phi': (0.001, 10000.0), 'm_mu': (105.6583755, 105.6583755)},
    'gamma_gg': {'g_gg': (1e-15, 0.01), 'm_phi': (0.001, 10000.0)},
    'gamma_nunu_eq4': {'g_nu': (1e-15, 1.0), 'm_phi': (0.001, 10000.0)},
    'gamma_nunu_majorana': {'g_nu': (1e-15, 1.0), 'm_phi': (0.001, 10000.0)},
    'gamma_nunu_majorana_massive': {'g_nu': (1e-15, 1.0), 'm_phi': (0.001, 10000.0), 'm_nu': (1e-12, 0.0001)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'gamma_mumu': (1e-12, 0.0, False),
    'gamma_gg': (1e-12, 0.0, False),
    'gamma_nunu_eq4': (1e-12, 0.0, False),
    'gamma_nunu_majorana': (1e-12, 0.0, False),
    'gamma_nunu_majorana_massive': (1e-12, 0.0, False),
}
