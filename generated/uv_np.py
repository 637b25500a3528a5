"""Generated from mevscalar.model.uv: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 6c8ff6208feb762839159ad39c5a90d9
# codegen-version: 1

import numpy

__all__ = ['g_mu_uv', 'g_mu_uv_exact', 'g_mu_eq15_relerr', 'm_mu_uv', 'v_p_induced_uv']


def g_mu_uv(y_mu, v, mu_phi, m_Hp):
    """phi-muon coupling g_mu = y_mu v mu_phi / (sqrt2 m_H'^2); basis with m_mu = +y_mu v_p/sqrt2.
    
    Equation: Eq. 15 (derived: H' integrated out at tree level).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*mu_phi*v*y_mu/m_Hp**2


def g_mu_uv_exact(y_mu, v, mu_phi, m_Hp, m_phi):
    """g_mu = (y_mu/sqrt2) sin(theta), tan(theta) = mu_phi v/(m_H'^2 - m_phi^2), canonical phi.
    
    Equation: derived (exact tree-level phi - Re H'^0 mixing; Eq. 15 is its 1/m_H'^2 limit).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08], m_phi in [0.01, 200].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*mu_phi*v*y_mu/numpy.sqrt(mu_phi**2*v**2 + (m_Hp**2 - m_phi**2)**2)


def g_mu_eq15_relerr(v, mu_phi, m_Hp, m_phi):
    """Relative error of Eq. 15 against the exact tree-level mixing result, (1 - r) sqrt(1 + t^2) - 1 with r = m_phi^2/m_H'^2, t = tan(theta).
    
    Equation: Eq. 15 error: g_Eq15/g_exact - 1.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08], m_phi in [0.01, 200].
    Twin: numpy.
    """
    _x0 = m_Hp**2
    _x1 = m_phi**2
    _x2 = -_x1/_x0
    _x3 = mu_phi**2*v**2/(_x0 - _x1)**2
    return _x2 + _x3*(_x2 + 1)/(numpy.sqrt(_x3 + 1) + 1)


def m_mu_uv(y_mu, v_p):
    """Muon mass m_mu = y_mu v_p / sqrt2 [MeV].
    
    Equation: Sec. IV text (m_mu from <H'^0> = v'/sqrt2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v_p in [1, 100000].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*v_p*y_mu


def v_p_induced_uv(mu_phi, v_phi, m12sq, v, m_Hp):
    """v_p = sqrt2 <H'^0> = (mu_phi v_phi/sqrt2 + m12^2) v / m_H'^2 [MeV], to O(1/m_H'^2).
    
    Equation: derived (H' equation of motion; Sec. IV soft breaking).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): mu_phi in [1, 1e+07], v_phi in [1, 100000], m12sq in [1, 1e+12], v in [1000, 1e+06], m_Hp in [10000, 1e+08].
    Twin: numpy.
    """
    return (1/2)*v*(2*m12sq + numpy.sqrt(2)*mu_phi*v_phi)/m_Hp**2


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'g_mu_uv': {'y_mu': (0.001, 12.566370614359172), 'v': (1000.0, 1000000.0), 'mu_phi': (1.0, 10000000.0), 'm_Hp': (10000.0, 100000000.0)},
    'g_mu_uv_exact': {'y_mu': (0.001, 12.566370614359172), 'v': (1000.0, 1000000.0), 'mu_phi': (1.0, 10000000.0), 'm_Hp': (10000.0, 100000000.0), 'm_phi': (0.01, 200.0)},
    'g_mu_eq15_relerr': {'v': (1000.0, 1000000.0), 'mu_phi': (1.0, 10000000.0), 'm_Hp': (10000.0, 100000000.0), 'm_phi': (0.01, 200.0)},
    'm_mu_uv': {'y_mu': (0.001, 12.566370614359172), 'v_p': (1.0, 100000.0)},
    'v_p_induced_uv': {'mu_phi': (1.0, 10000000.0), 'v_phi': (1.0, 100000.0), 'm12sq': (1.0, 1000000000000.0), 'v': (1000.0, 1000000.0), 'm_Hp': (10000.0, 100000000.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'g_mu_uv': (1e-12, 0.0, False),
    'g_mu_uv_exact': (1e-12, 0.0, False),
    'g_mu_eq15_relerr': (1e-12, 1e-18, False),
    'm_mu_uv': (1e-12, 0.0, False),
    'v_p_induced_uv': (1e-12, 0.0, False),
}
