"""Generated from mevscalar.model.uv: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 6c8ff6208feb762839159ad39c5a90d9
# codegen-version: 1

import mpmath

__all__ = ['g_mu_uv', 'g_mu_uv_exact', 'g_mu_eq15_relerr', 'm_mu_uv', 'v_p_induced_uv']


def g_mu_uv(y_mu, v, mu_phi, m_Hp):
    """phi-muon coupling g_mu = y_mu v mu_phi / (sqrt2 m_H'^2); basis with m_mu = +y_mu v_p/sqrt2.
    
    Equation: Eq. 15 (derived: H' integrated out at tree level).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08].
    Twin: mpmath (exact expression).
    """
    y_mu = mpmath.mpmathify(y_mu)
    v = mpmath.mpmathify(v)
    mu_phi = mpmath.mpmathify(mu_phi)
    m_Hp = mpmath.mpmathify(m_Hp)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*mu_phi*v*y_mu/m_Hp**2


def g_mu_uv_exact(y_mu, v, mu_phi, m_Hp, m_phi):
    """g_mu = (y_mu/sqrt2) sin(theta), tan(theta) = mu_phi v/(m_H'^2 - m_phi^2), canonical phi.
    
    Equation: derived (exact tree-level phi - Re H'^0 mixing; Eq. 15 is its 1/m_H'^2 limit).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08], m_phi in [0.01, 200].
    Twin: mpmath (exact expression).
    """
    y_mu = mpmath.mpmathify(y_mu)
    v = mpmath.mpmathify(v)
    mu_phi = mpmath.mpmathify(mu_phi)
    m_Hp = mpmath.mpmathify(m_Hp)
    m_phi = mpmath.mpmathify(m_phi)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*mu_phi*v*y_mu/mpmath.sqrt(mu_phi**2*v**2 + (m_Hp**2 - m_phi**2)**2)


def g_mu_eq15_relerr(v, mu_phi, m_Hp, m_phi):
    """Relative error of Eq. 15 against the exact tree-level mixing result, (1 - r) sqrt(1 + t^2) - 1 with r = m_phi^2/m_H'^2, t = tan(theta).
    
    Equation: Eq. 15 error: g_Eq15/g_exact - 1.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08], m_phi in [0.01, 200].
    Twin: mpmath (exact expression).
    """
    v = mpmath.mpmathify(v)
    mu_phi = mpmath.mpmathify(mu_phi)
    m_Hp = mpmath.mpmathify(m_Hp)
    m_phi = mpmath.mpmathify(m_phi)
    _x0 = m_Hp**2
    return -1 + mpmath.sqrt(mu_phi**2*v**2 + (-m_phi**2 + _x0)**2)/_x0


def m_mu_uv(y_mu, v_p):
    """Muon mass m_mu = y_mu v_p / sqrt2 [MeV].
    
    Equation: Sec. IV text (m_mu from <H'^0> = v'/sqrt2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v_p in [1, 100000].
    Twin: mpmath (exact expression).
    """
    y_mu = mpmath.mpmathify(y_mu)
    v_p = mpmath.mpmathify(v_p)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*v_p*y_mu


def v_p_induced_uv(mu_phi, v_phi, m12sq, v, m_Hp):
    """v_p = sqrt2 <H'^0> = (mu_phi v_phi/sqrt2 + m12^2) v / m_H'^2 [MeV], to O(1/m_H'^2).
    
    Equation: derived (H' equation of motion; Sec. IV soft breaking).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): mu_phi in [1, 1e+07], v_phi in [1, 100000], m12sq in [1, 1e+12], v in [1000, 1e+06], m_Hp in [10000, 1e+08].
    Twin: mpmath (exact expression).
    """
    mu_phi = mpmath.mpmathify(mu_phi)
    v_phi = mpmath.mpmathify(v_phi)
    m12sq = mpmath.mpmathify(m12sq)
    v = mpmath.mpmathify(v)
    m_Hp = mpmath.mpmathify(m_Hp)
    return (mpmath.mpf(1)/mpmath.mpf(2))*v*(2*m12sq + mpmath.sqrt(2)*mu_phi*v_phi)/m_Hp**2
