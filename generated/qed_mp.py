"""Generated from mevscalar.model.qed: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 4857c63438b22b0fcfd1949b07372979
# codegen-version: 1

import mpmath

__all__ = ['qed_j0', 'qed_j1', 'qed_j2', 'qed_d0', 'qed_d1', 'qed_d2', 'qed_k0', 'qed_k1', 'qed_k2', 'qed_p2_scaled', 'qed_rho2_scaled', 'qed_drho2_scaled', 'qed_p3_scaled', 'qed_rho3_scaled', 'qed_drho3_scaled']


def qed_j0(x_q, y):
    """e^{1y} d^0/dy^0 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = mpmath.sqrt(y**2 + _x0)
    return _x0*mpmath.exp(y)/(_x1*(mpmath.exp(_x1) + 1))


def qed_j1(x_q, y):
    """e^{1y} d^1/dy^1 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2 + _x0
    _x2 = mpmath.exp(mpmath.sqrt(_x1))
    _x3 = _x2 + 1
    _x4 = y*_x0
    return (-_x2*_x4/(_x1*_x3**2) - _x4/(_x1**(mpmath.mpf(3)/mpmath.mpf(2))*_x3))*mpmath.exp(y)


def qed_j2(x_q, y):
    """e^{1y} d^2/dy^2 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = _x2**(mpmath.mpf(-3)/mpmath.mpf(2))
    _x4 = mpmath.exp(mpmath.sqrt(_x2))
    _x5 = _x4 + 1
    _x6 = 1/_x5
    _x7 = _x0*_x6
    _x8 = 3*_x1
    _x9 = _x0*_x4/_x5**2
    return (_x1*_x3*_x9*(2*_x4*_x6 - 1) - _x3*_x7 - _x9/_x2 + _x8*_x9/_x2**2 + _x7*_x8/_x2**(mpmath.mpf(5)/mpmath.mpf(2)))*mpmath.exp(y)


def qed_d0(x_q, y):
    """e^{1y} d^0/dy^0 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2
    _x2 = mpmath.sqrt(_x0 + _x1)
    return (2*_x0 + _x1)*mpmath.exp(y)/(_x2*(mpmath.exp(_x2) + 1))


def qed_d1(x_q, y):
    """e^{1y} d^1/dy^1 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = mpmath.sqrt(_x2)
    _x4 = mpmath.exp(_x3)
    _x5 = _x4 + 1
    _x6 = 1/_x5
    _x7 = 2*_x0 + _x1
    return (2*y*_x6/_x3 - y*_x4*_x7/(_x2*_x5**2) - y*_x6*_x7/_x2**(mpmath.mpf(3)/mpmath.mpf(2)))*mpmath.exp(y)


def qed_d2(x_q, y):
    """e^{1y} d^2/dy^2 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = mpmath.sqrt(_x2)
    _x4 = 1/_x3
    _x5 = mpmath.exp(_x3)
    _x6 = _x5 + 1
    _x7 = 1/_x6
    _x8 = _x2**(mpmath.mpf(-3)/mpmath.mpf(2))
    _x9 = 2*_x0 + _x1
    _x10 = _x8*_x9
    _x11 = _x6**(-2)
    _x12 = _x11/_x2
    return (-y*_x11*_x4*_x5*(-y*_x10 + 2*y*_x4) + _x1*_x11*_x5*_x8*_x9*(2*_x5*_x7 - 1) + 2*_x1*_x11*_x5*_x9/_x2**2 - 2*_x1*_x12*_x5 - 4*_x1*_x7*_x8 + 3*_x1*_x7*_x9/_x2**(mpmath.mpf(5)/mpmath.mpf(2)) - _x10*_x7 - _x12*_x5*_x9 + 2*_x4*_x7)*mpmath.exp(y)


def qed_k0(x_q, t_q, y):
    """e^{2y} d^0/dy^0 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    t_q = mpmath.mpmathify(t_q)
    y = mpmath.mpmathify(y)
    _x0 = x_q**2
    _x1 = y**2
    _x2 = mpmath.sqrt(_x0 + _x1)
    _x3 = mpmath.sqrt(t_q**2*_x0 + _x1)
    return 2*t_q*x_q**3*(-mpmath.log1p(-t_q) + mpmath.log1p(t_q))*mpmath.exp(2*y)/(_x2*_x3*(mpmath.exp(_x2) + 1)*(mpmath.exp(_x3) + 1))


def qed_k1(x_q, t_q, y):
    """e^{2y} d^1/dy^1 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    t_q = mpmath.mpmathify(t_q)
    y = mpmath.mpmathify(y)
    _x0 = 2*y
    _x1 = x_q**2
    _x2 = y**2
    _x3 = _x1 + _x2
    _x4 = t_q**2*_x1 + _x2
    _x5 = mpmath.sqrt(_x4)
    _x6 = 1/_x5
    _x7 = mpmath.exp(_x5)
    _x8 = _x7 + 1
    _x9 = 1/_x8
    _x10 = mpmath.sqrt(_x3)
    _x11 = mpmath.exp(_x10)
    _x12 = _x11 + 1
    _x13 = x_q**3
    _x14 = -mpmath.log1p(-t_q) + mpmath.log1p(t_q)
    _x15 = t_q*_x0*_x13*_x14/_x12
    _x16 = _x15*_x9
    _x17 = 1/_x10
    return (-t_q*_x0*_x11*_x13*_x14*_x6*_x9/(_x12**2*_x3) - _x15*_x17*_x7/(_x4*_x8**2) - _x16*_x17/_x4**(mpmath.mpf(3)/mpmath.mpf(2)) - _x16*_x6/_x3**(mpmath.mpf(3)/mpmath.mpf(2)))*mpmath.exp(_x0)


def qed_k2(x_q, t_q, y):
    """e^{2y} d^2/dy^2 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: mpmath (exact expression).
    """
    x_q = mpmath.mpmathify(x_q)
    t_q = mpmath.mpmathify(t_q)
    y = mpmath.mpmathify(y)
    _x0 = 2*y
    _x1 = y**2
    _x2 = x_q**2
    _x3 = t_q**2*_x2 + _x1
    _x4 = mpmath.sqrt(_x3)
    _x5 = 1/_x4
    _x6 = _x1 + _x2
    _x7 = _x6**(mpmath.mpf(-3)/mpmath.mpf(2))
    _x8 = _x5*_x7
    _x9 = mpmath.sqrt(_x6)
    _x10 = mpmath.exp(_x9)
    _x11 = _x10 + 1
    _x12 = 1/_x11
    _x13 = mpmath.exp(_x4)
    _x14 = _x13 + 1
    _x15 = 1/_x14
    _x16 = t_q*x_q**3*(-mpmath.log1p(-t_q) + mpmath.log1p(t_q))
    _x17 = 2*_x15*_x16
    _x18 = _x12*_x17
    _x19 = 1/_x9
    _x20 = _x3**(mpmath.mpf(-3)/mpmath.mpf(2))
    _x21 = _x19*_x20
    _x22 = _x1*_x5
    _x23 = _x12*_x15*_x16
    _x24 = 6*_x23
    _x25 = _x1*_x7
    _x26 = _x1*_x19
    _x27 = _x10/_x11**2
    _x28 = _x27/_x6
    _x29 = _x28*_x5
    _x30 = 4*_x16
    _x31 = _x1*_x17
    _x32 = _x13/_x14**2
    _x33 = _x32/_x3
    _x34 = _x19*_x33
    _x35 = 2*_x12*_x16
    _x36 = _x0*_x16
    _x37 = _x12*_x36
    _x38 = _x15*_x36
    return (-y*_x19*_x27*(-_x21*_x38 - _x34*_x36 - _x38*_x8) - y*_x32*_x5*(-_x21*_x37 - _x29*_x36 - _x37*_x8) + _x1*_x21*_x32*_x35*(2*_x13*_x15 - 1) + _x12*_x26*_x30*_x32/_x3**2 + _x15*_x22*_x27*_x30/_x6**2 - _x17*_x29 - _x18*_x21 - _x18*_x8 + 4*_x20*_x23*_x25 + _x20*_x28*_x31 + _x22*_x24/_x6**(mpmath.mpf(5)/mpmath.mpf(2)) + _x24*_x26/_x3**(mpmath.mpf(5)/mpmath.mpf(2)) + _x25*_x33*_x35 + _x27*_x31*_x8*(2*_x10*_x12 - 1) - _x34*_x35)*mpmath.exp(_x0)


def qed_p2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} P/T^4 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) P/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    J_s = mpmath.mpmathify(J_s)
    J1_s = mpmath.mpmathify(J1_s)
    J2_s = mpmath.mpmathify(J2_s)
    K_s = mpmath.mpmathify(K_s)
    K1_s = mpmath.mpmathify(K1_s)
    K2_s = mpmath.mpmathify(K2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    _x0 = e_q**2
    _x1 = mpmath.pi**(-4)
    return -mpmath.mpf(1)/mpmath.mpf(6)*J_s*_x0/mpmath.pi**2 + (-mpmath.mpf(1)/mpmath.mpf(2)*J_s**2*_x0*_x1 + (mpmath.mpf(1)/mpmath.mpf(4))*K_s*y**2*_x0*_x1)*mpmath.exp(-y)


def qed_rho2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} rho/T^4 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) rho/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    J_s = mpmath.mpmathify(J_s)
    J1_s = mpmath.mpmathify(J1_s)
    J2_s = mpmath.mpmathify(J2_s)
    K_s = mpmath.mpmathify(K_s)
    K1_s = mpmath.mpmathify(K1_s)
    K2_s = mpmath.mpmathify(K2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    _x0 = e_q**2
    _x1 = _x0/mpmath.pi**2
    _x2 = J1_s*y
    _x3 = _x0/mpmath.pi**4
    _x4 = (mpmath.mpf(1)/mpmath.mpf(4))*_x3
    return -mpmath.mpf(1)/mpmath.mpf(2)*J_s*_x1 + (mpmath.mpf(1)/mpmath.mpf(6))*_x1*_x2 + (-mpmath.mpf(3)/mpmath.mpf(2)*J_s**2*_x3 + J_s*_x2*_x3 - K1_s*y**3*_x4 + K_s*y**2*_x4)*mpmath.exp(-y)


def qed_drho2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} (d rho/dT)/T^3 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) (d rho/dT)/T^3 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    J_s = mpmath.mpmathify(J_s)
    J1_s = mpmath.mpmathify(J1_s)
    J2_s = mpmath.mpmathify(J2_s)
    K_s = mpmath.mpmathify(K_s)
    K1_s = mpmath.mpmathify(K1_s)
    K2_s = mpmath.mpmathify(K2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    _x0 = e_q**2
    _x1 = _x0/mpmath.pi**2
    _x2 = y**2
    _x3 = mpmath.pi**(-4)
    _x4 = _x0*_x3
    _x5 = _x2*_x4
    return J1_s*y*_x1 - mpmath.mpf(1)/mpmath.mpf(6)*J2_s*_x1*_x2 - 2*J_s*_x1 + (-J1_s**2*_x5 + 6*J1_s*J_s*y*_x0*_x3 - J2_s*J_s*_x5 - 6*J_s**2*_x4 - mpmath.mpf(1)/mpmath.mpf(2)*K1_s*y**3*_x4 + (mpmath.mpf(1)/mpmath.mpf(4))*K2_s*y**4*_x0*_x3 + (mpmath.mpf(1)/mpmath.mpf(2))*K_s*_x0*_x2*_x3)*mpmath.exp(-y)


def qed_p3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} P/T^4 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) P/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    D_s = mpmath.mpmathify(D_s)
    D1_s = mpmath.mpmathify(D1_s)
    D2_s = mpmath.mpmathify(D2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    return (mpmath.mpf(1)/mpmath.mpf(6))*mpmath.sqrt(2)*D_s**(mpmath.mpf(3)/mpmath.mpf(2))*e_q**3/mpmath.pi**4


def qed_rho3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} rho/T^4 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) rho/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    D_s = mpmath.mpmathify(D_s)
    D1_s = mpmath.mpmathify(D1_s)
    D2_s = mpmath.mpmathify(D2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    _x0 = mpmath.sqrt(2)
    _x1 = mpmath.pi**(-4)
    _x2 = e_q**3
    return -mpmath.mpf(1)/mpmath.mpf(4)*D1_s*mpmath.sqrt(D_s)*y*_x0*_x1*_x2 + (mpmath.mpf(1)/mpmath.mpf(2))*D_s**(mpmath.mpf(3)/mpmath.mpf(2))*_x0*_x1*_x2


def qed_drho3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} (d rho/dT)/T^3 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) (d rho/dT)/T^3 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: mpmath (exact expression).
    """
    D_s = mpmath.mpmathify(D_s)
    D1_s = mpmath.mpmathify(D1_s)
    D2_s = mpmath.mpmathify(D2_s)
    y = mpmath.mpmathify(y)
    e_q = mpmath.mpmathify(e_q)
    _x0 = mpmath.sqrt(2)*e_q**3/mpmath.pi**4
    _x1 = mpmath.sqrt(D_s)
    _x2 = _x0*_x1
    _x3 = y**2
    return (mpmath.mpf(1)/mpmath.mpf(8))*D1_s**2*_x0*_x3/_x1 - mpmath.mpf(3)/mpmath.mpf(2)*D1_s*y*_x2 + (mpmath.mpf(1)/mpmath.mpf(4))*D2_s*_x2*_x3 + 2*D_s**(mpmath.mpf(3)/mpmath.mpf(2))*_x0
