"""Generated from mevscalar.model.uv: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 5e595860d4d7def3f620ce4289f5123f
# codegen-version: 1

import mpmath

__all__ = ['neutral_mass_matrix', 'neutral_mass_matrix_dphi', 'g_nu_eq20', 'neutral_mass_matrix_dphi_canonical', 'g_nu_eq20_canonical', 'v_phi_eq20', 'v_phi_eq20_canonical', 'g_mu_uv', 'g_mu_uv_fluctuation', 'g_mu_uv_exact', 'g_mu_eq15_relerr', 'm_mu_uv', 'v_p_induced_uv']


def neutral_mass_matrix(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """5x5 neutral mass matrix, basis (nu_e, nu_mu, nu_tau, N, N'), L > -(1/2) Psi^T M Psi + h.c.
    
    Equation: derived: Hessian of Eq. 14 at the vacuum (Eqs. 16-19 act on it).  Units: MeV.
    Returns a 5x5 matrix (mpmath.matrix); twin tolerance relative to the largest |entry|.
    Domain (tested against the mpmath twin to rtol=1e-15): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    y_N1 = mpmath.mpmathify(y_N1)
    y_N2 = mpmath.mpmathify(y_N2)
    y_N3 = mpmath.mpmathify(y_N3)
    y_Np1 = mpmath.mpmathify(y_Np1)
    y_Np2 = mpmath.mpmathify(y_Np2)
    y_Np3 = mpmath.mpmathify(y_Np3)
    v = mpmath.mpmathify(v)
    v_p = mpmath.mpmathify(v_p)
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    _x0 = (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)
    _x1 = v*_x0
    _x2 = y_N1*_x1
    _x3 = v_p*_x0
    _x4 = y_Np1*_x3
    _x5 = y_N2*_x1
    _x6 = y_Np2*_x3
    _x7 = y_N3*_x1
    _x8 = y_Np3*_x3
    _x9 = lambda_N*v_phi*_x0
    return mpmath.matrix([[0, 0, 0, _x2, _x4], [0, 0, 0, _x5, _x6], [0, 0, 0, _x7, _x8], [_x2, _x5, _x7, m_N, _x9], [_x4, _x6, _x8, _x9, m_Np]])


def neutral_mass_matrix_dphi(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """d M / d varphi at the vacuum (5x5): g_a = u_a^T (dM/dvarphi) u_a on exact eigenvectors u_a.
    
    Equation: derived: dM/dvarphi of the Hessian of Eq. 14 (paper phi normalisation).  Units: 1.
    Returns a 5x5 matrix (mpmath.matrix); twin tolerance relative to the largest |entry|.
    Domain (tested against the mpmath twin to rtol=1e-15): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    y_N1 = mpmath.mpmathify(y_N1)
    y_N2 = mpmath.mpmathify(y_N2)
    y_N3 = mpmath.mpmathify(y_N3)
    y_Np1 = mpmath.mpmathify(y_Np1)
    y_Np2 = mpmath.mpmathify(y_Np2)
    y_Np3 = mpmath.mpmathify(y_Np3)
    v = mpmath.mpmathify(v)
    v_p = mpmath.mpmathify(v_p)
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    _x0 = (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*lambda_N
    return mpmath.matrix([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, _x0], [0, 0, 0, _x0, 0]])


def g_nu_eq20(m_nu, v_phi):
    """phi-nu coupling from a light mass: g = f m_nu / v_phi, f derived from dM/dvarphi.
    
    Equation: Eq. 20 (paper normalisation; factor 1 derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): m_nu in [1e-12, 1], v_phi in [1, 1e+07].
    Twin: mpmath (exact expression).
    """
    m_nu = mpmath.mpmathify(m_nu)
    v_phi = mpmath.mpmathify(v_phi)
    return m_nu/v_phi


def neutral_mass_matrix_dphi_canonical(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """d M / d varphi at the vacuum (5x5): g_a = u_a^T (dM/dvarphi) u_a on exact eigenvectors u_a.
    
    Equation: derived: dM/dvarphi of the Hessian of Eq. 14 (canonical phi normalisation).  Units: 1.
    Returns a 5x5 matrix (mpmath.matrix); twin tolerance relative to the largest |entry|.
    Domain (tested against the mpmath twin to rtol=1e-15): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    y_N1 = mpmath.mpmathify(y_N1)
    y_N2 = mpmath.mpmathify(y_N2)
    y_N3 = mpmath.mpmathify(y_N3)
    y_Np1 = mpmath.mpmathify(y_Np1)
    y_Np2 = mpmath.mpmathify(y_Np2)
    y_Np3 = mpmath.mpmathify(y_Np3)
    v = mpmath.mpmathify(v)
    v_p = mpmath.mpmathify(v_p)
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    return mpmath.matrix([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, lambda_N], [0, 0, 0, lambda_N, 0]])


def g_nu_eq20_canonical(m_nu, v_phi):
    """phi-nu coupling from a light mass: g = f m_nu / v_phi, f derived from dM/dvarphi.
    
    Equation: Eq. 20 (canonical normalisation; factor sqrt(2) derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): m_nu in [1e-12, 1], v_phi in [1, 1e+07].
    Twin: mpmath (exact expression).
    """
    m_nu = mpmath.mpmathify(m_nu)
    v_phi = mpmath.mpmathify(v_phi)
    return mpmath.sqrt(2)*m_nu/v_phi


def v_phi_eq20(m_nu, g_nu_a):
    """v_phi from a light mass m_nu [MeV] and its coupling g: v_phi = f m_nu / g.
    
    Equation: Eq. 20 solved for v_phi (paper normalisation, sp.solve).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-15): m_nu in [1e-12, 1], g_nu_a in [1e-15, 1].
    Twin: mpmath (exact expression).
    """
    m_nu = mpmath.mpmathify(m_nu)
    g_nu_a = mpmath.mpmathify(g_nu_a)
    return m_nu/g_nu_a


def v_phi_eq20_canonical(m_nu, g_nu_a):
    """v_phi from a light mass m_nu [MeV] and its coupling g: v_phi = f m_nu / g.
    
    Equation: Eq. 20 solved for v_phi (canonical normalisation, sp.solve).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-15): m_nu in [1e-12, 1], g_nu_a in [1e-15, 1].
    Twin: mpmath (exact expression).
    """
    m_nu = mpmath.mpmathify(m_nu)
    g_nu_a = mpmath.mpmathify(g_nu_a)
    return mpmath.sqrt(2)*m_nu/g_nu_a


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


def g_mu_uv_fluctuation(y_mu, v, mu_phi, m_Hp):
    """muon coupling of the fluctuation varphi in phi = (v_phi + varphi)/sqrt2, the normalisation Eq. 20 holds in (Eq. 15's g_mu is the coupling of the canonical one).
    
    Equation: Eq. 15 per unit of the Eq. 20 fluctuation (derived: phi = (v_phi + varphi)/sqrt2).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y_mu in [0.001, 12.5664], v in [1000, 1e+06], mu_phi in [1, 1e+07], m_Hp in [10000, 1e+08].
    Twin: mpmath (exact expression).
    """
    y_mu = mpmath.mpmathify(y_mu)
    v = mpmath.mpmathify(v)
    mu_phi = mpmath.mpmathify(mu_phi)
    m_Hp = mpmath.mpmathify(m_Hp)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mu_phi*v*y_mu/m_Hp**2


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
