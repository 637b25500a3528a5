"""Generated from mevscalar.model.qed: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 4857c63438b22b0fcfd1949b07372979
# codegen-version: 1

import numpy

__all__ = ['qed_j0', 'qed_j1', 'qed_j2', 'qed_d0', 'qed_d1', 'qed_d2', 'qed_k0', 'qed_k1', 'qed_k2', 'qed_p2_scaled', 'qed_rho2_scaled', 'qed_drho2_scaled', 'qed_p3_scaled', 'qed_rho3_scaled', 'qed_drho3_scaled']


def qed_j0(x_q, y):
    """e^{1y} d^0/dy^0 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = numpy.sqrt(y**2 + _x0)
    return _x0*numpy.exp(-_x0/(y + _x1))/(_x1*(1 + numpy.exp(-_x1)))


def qed_j1(x_q, y):
    """e^{1y} d^1/dy^1 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2 + _x0
    _x2 = numpy.sqrt(_x1)
    _x3 = 1 + numpy.exp(-_x2)
    _x4 = y*_x0*numpy.exp(-_x0/(y + _x2))
    return -_x4/(_x1*_x3**2) - _x4/(_x1**(3/2)*_x3)


def qed_j2(x_q, y):
    """e^{1y} d^2/dy^2 of the integrand x^2/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = numpy.sqrt(_x2)
    _x4 = 1 + numpy.exp(-_x3)
    _x5 = _x0*numpy.exp(-_x0/(y + _x3))
    _x6 = _x5/_x4**2
    _x7 = _x2**(-3/2)
    _x8 = _x4**(-1.0)
    _x9 = _x5*_x8
    _x10 = 3*_x1
    return _x1*_x6*_x7*(2*_x8 - 1) + _x10*_x6/_x2**2 + _x10*_x9/_x2**(5/2) - _x7*_x9 - _x6/_x2


def qed_d0(x_q, y):
    """e^{1y} d^0/dy^0 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2
    _x2 = numpy.sqrt(_x0 + _x1)
    return (2*_x0 + _x1)*numpy.exp(-_x0/(y + _x2))/(_x2*(1 + numpy.exp(-_x2)))


def qed_d1(x_q, y):
    """e^{1y} d^1/dy^1 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = numpy.sqrt(_x2)
    _x4 = 1 + numpy.exp(-_x3)
    _x5 = _x4**(-1.0)
    _x6 = numpy.exp(-_x0/(y + _x3))
    _x7 = 2*_x0 + _x1
    _x8 = y*_x6
    return 2*y*_x5*_x6/_x3 - _x7*_x8/(_x2*_x4**2) - _x5*_x7*_x8/_x2**(3/2)


def qed_d2(x_q, y):
    """e^{1y} d^2/dy^2 of the integrand (2x^2 + y^2)/E f(E) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 300], y in [0.001, 600].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2
    _x2 = _x0 + _x1
    _x3 = numpy.sqrt(_x2)
    _x4 = _x3**(-1.0)
    _x5 = 1 + numpy.exp(-_x3)
    _x6 = _x5**(-1.0)
    _x7 = numpy.exp(-_x0/(y + _x3))
    _x8 = _x5**(-2.0)
    _x9 = _x7*_x8
    _x10 = _x9/_x2
    _x11 = _x2**(-3/2)
    _x12 = _x6*_x7
    _x13 = 2*_x0 + _x1
    _x14 = _x11*_x13
    _x15 = y*_x4
    return -2*_x1*_x10 - 4*_x1*_x11*_x12 + _x1*_x11*_x13*_x7*_x8*(2*_x6 - 1) + 2*_x1*_x13*_x7*_x8/_x2**2 + 3*_x1*_x13*_x6*_x7/_x2**(5/2) - _x10*_x13 - _x12*_x14 - _x15*_x9*(-y*_x14 + 2*_x15) + 2*_x4*_x6*_x7


def qed_k0(x_q, t_q, y):
    """e^{2y} d^0/dy^0 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: numpy.
    """
    _x0 = x_q**2
    _x1 = y**2
    _x2 = numpy.sqrt(_x0 + _x1)
    _x3 = t_q**2*_x0
    _x4 = numpy.sqrt(_x1 + _x3)
    return 2*t_q*x_q**3*(-numpy.log1p(-t_q) + numpy.log1p(t_q))*numpy.exp(-_x0/(y + _x2))*numpy.exp(-_x3/(y + _x4))/(_x2*_x4*(1 + numpy.exp(-_x2))*(1 + numpy.exp(-_x4)))


def qed_k1(x_q, t_q, y):
    """e^{2y} d^1/dy^1 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: numpy.
    """
    _x0 = x_q**3
    _x1 = x_q**2
    _x2 = y**2
    _x3 = _x1 + _x2
    _x4 = -numpy.log1p(-t_q) + numpy.log1p(t_q)
    _x5 = t_q**2*_x1
    _x6 = _x2 + _x5
    _x7 = numpy.sqrt(_x6)
    _x8 = _x7**(-1.0)
    _x9 = numpy.sqrt(_x3)
    _x10 = 1 + numpy.exp(-_x9)
    _x11 = numpy.exp(-_x1/(y + _x9))
    _x12 = 1 + numpy.exp(-_x7)
    _x13 = _x12**(-1.0)
    _x14 = numpy.exp(-_x5/(y + _x7))
    _x15 = _x9**(-1.0)
    _x16 = 2*t_q*y*_x0*_x11*_x14*_x4/_x10
    _x17 = _x13*_x16
    return -2*t_q*y*_x0*_x11*_x13*_x14*_x4*_x8/(_x10**2*_x3) - _x15*_x17/_x6**(3/2) - _x17*_x8/_x3**(3/2) - _x15*_x16/(_x12**2*_x6)


def qed_k2(x_q, t_q, y):
    """e^{2y} d^2/dy^2 of the integrand 2 x^3 t/(E_x E_xt) ln((1+t)/(1-t)) f(E_x) f(E_xt) (x = p/T, y = m_e/T).
    
    Equation: derived (model/qed.py docstring; Bennett et al. 2020 [1911.04504] P^(2), P^(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x_q in [0.0001, 120], t_q in [1e-06, 0.999999], y in [0.001, 40].
    Twin: numpy.
    """
    _x0 = y**2
    _x1 = x_q**2
    _x2 = t_q**2*_x1
    _x3 = _x0 + _x2
    _x4 = numpy.sqrt(_x3)
    _x5 = _x4**(-1.0)
    _x6 = numpy.exp(-_x2/(y + _x4))
    _x7 = 1 + numpy.exp(-_x4)
    _x8 = _x7**(-1.0)
    _x9 = 2*_x6*_x8
    _x10 = _x5*_x9
    _x11 = t_q*x_q**3*(-numpy.log1p(-t_q) + numpy.log1p(t_q))
    _x12 = _x0 + _x1
    _x13 = numpy.sqrt(_x12)
    _x14 = 1 + numpy.exp(-_x13)
    _x15 = numpy.exp(-_x1/(y + _x13))
    _x16 = _x15/_x14**2
    _x17 = _x16/_x12
    _x18 = _x11*_x17
    _x19 = _x13**(-1.0)
    _x20 = _x11*_x19
    _x21 = _x6/_x7**2
    _x22 = _x21/_x3
    _x23 = _x14**(-1.0)
    _x24 = 2*_x15*_x23
    _x25 = _x22*_x24
    _x26 = _x12**(-3/2)
    _x27 = _x11*_x26
    _x28 = _x15*_x23
    _x29 = _x27*_x28
    _x30 = _x3**(-3/2)
    _x31 = _x30*_x9
    _x32 = _x20*_x28
    _x33 = 4*_x0
    _x34 = _x6*_x8
    _x35 = _x33*_x34
    _x36 = _x11*_x5
    _x37 = _x0*_x27
    _x38 = 6*_x0*_x34
    _x39 = y*_x5
    _x40 = _x11*_x39
    _x41 = _x26*_x40
    _x42 = y*_x19
    _x43 = _x11*_x42
    _x44 = _x30*_x43
    return _x0*_x18*_x31 + _x0*_x20*_x21*_x24*_x30*(2*_x8 - 1) + _x10*_x16*_x37*(2*_x23 - 1) - _x10*_x18 - _x10*_x29 - _x16*_x42*(-2*_x22*_x43 - _x41*_x9 - _x44*_x9) - _x20*_x25 - _x21*_x39*(-2*_x17*_x40 - _x24*_x41 - _x24*_x44) + _x21*_x32*_x33/_x3**2 + _x25*_x37 + _x29*_x30*_x35 - _x31*_x32 + _x32*_x38/_x3**(5/2) + _x16*_x35*_x36/_x12**2 + _x28*_x36*_x38/_x12**(5/2)


def qed_p2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} P/T^4 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) P/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    _x0 = e_q**2
    _x1 = numpy.pi**(-4.0)
    return -1/6*J_s*_x0/numpy.pi**2 + (-1/2*J_s**2*_x0*_x1 + (1/4)*K_s*y**2*_x0*_x1)*numpy.exp(-y)


def qed_rho2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} rho/T^4 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) rho/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    _x0 = e_q**2
    _x1 = _x0/numpy.pi**2
    _x2 = J1_s*y
    _x3 = _x0/numpy.pi**4
    _x4 = (1/4)*_x3
    return -1/2*J_s*_x1 + (1/6)*_x1*_x2 + (-3/2*J_s**2*_x3 + J_s*_x2*_x3 - K1_s*y**3*_x4 + K_s*y**2*_x4)*numpy.exp(-y)


def qed_drho2_scaled(J_s, J1_s, J2_s, K_s, K1_s, K2_s, y, e_q):
    """e^{y} (d rho/dT)/T^3 of the O(e^2) correction from the scaled integrals.
    
    Equation: derived: O(e^2) (d rho/dT)/T^3 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): J_s in [0.001, 50], J1_s in [-50, 50], J2_s in [-50, 50], K_s in [0.001, 50], K1_s in [-50, 50], K2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    _x0 = e_q**2
    _x1 = _x0/numpy.pi**2
    _x2 = y**2
    _x3 = numpy.pi**(-4.0)
    _x4 = _x0*_x3
    _x5 = _x2*_x4
    return J1_s*y*_x1 - 1/6*J2_s*_x1*_x2 - 2*J_s*_x1 + (-J1_s**2*_x5 + 6*J1_s*J_s*y*_x0*_x3 - J2_s*J_s*_x5 - 6*J_s**2*_x4 - 1/2*K1_s*y**3*_x4 + (1/4)*K2_s*y**4*_x0*_x3 + (1/2)*K_s*_x0*_x2*_x3)*numpy.exp(-y)


def qed_p3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} P/T^4 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) P/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    return (1/6)*numpy.sqrt(2)*D_s**(3/2)*e_q**3/numpy.pi**4


def qed_rho3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} rho/T^4 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) rho/T^4 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    _x0 = numpy.sqrt(2)
    _x1 = numpy.pi**(-4.0)
    _x2 = e_q**3
    return -1/4*D1_s*numpy.sqrt(D_s)*y*_x0*_x1*_x2 + (1/2)*D_s**(3/2)*_x0*_x1*_x2


def qed_drho3_scaled(D_s, D1_s, D2_s, y, e_q):
    """e^{3y/2} (d rho/dT)/T^3 of the O(e^3) correction from the scaled integrals.
    
    Equation: derived: O(e^3) (d rho/dT)/T^3 from P = T^4 p(m/T) (model/qed.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-09): D_s in [0.001, 50], D1_s in [-50, 50], D2_s in [-50, 50], y in [0.001, 600], e_q in [0.25, 0.35].
    Twin: numpy.
    """
    _x0 = numpy.sqrt(2)*e_q**3/numpy.pi**4
    _x1 = numpy.sqrt(D_s)
    _x2 = _x0*_x1
    _x3 = y**2
    return (1/8)*D1_s**2*_x0*_x3/_x1 - 3/2*D1_s*y*_x2 + (1/4)*D2_s*_x2*_x3 + 2*D_s**(3/2)*_x0


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'qed_j0': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_j1': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_j2': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_d0': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_d1': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_d2': {'x_q': (0.0001, 300.0), 'y': (0.001, 600.0)},
    'qed_k0': {'x_q': (0.0001, 120.0), 't_q': (1e-06, 0.999999), 'y': (0.001, 40.0)},
    'qed_k1': {'x_q': (0.0001, 120.0), 't_q': (1e-06, 0.999999), 'y': (0.001, 40.0)},
    'qed_k2': {'x_q': (0.0001, 120.0), 't_q': (1e-06, 0.999999), 'y': (0.001, 40.0)},
    'qed_p2_scaled': {'J_s': (0.001, 50.0), 'J1_s': (-50.0, 50.0), 'J2_s': (-50.0, 50.0), 'K_s': (0.001, 50.0), 'K1_s': (-50.0, 50.0), 'K2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
    'qed_rho2_scaled': {'J_s': (0.001, 50.0), 'J1_s': (-50.0, 50.0), 'J2_s': (-50.0, 50.0), 'K_s': (0.001, 50.0), 'K1_s': (-50.0, 50.0), 'K2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
    'qed_drho2_scaled': {'J_s': (0.001, 50.0), 'J1_s': (-50.0, 50.0), 'J2_s': (-50.0, 50.0), 'K_s': (0.001, 50.0), 'K1_s': (-50.0, 50.0), 'K2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
    'qed_p3_scaled': {'D_s': (0.001, 50.0), 'D1_s': (-50.0, 50.0), 'D2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
    'qed_rho3_scaled': {'D_s': (0.001, 50.0), 'D1_s': (-50.0, 50.0), 'D2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
    'qed_drho3_scaled': {'D_s': (0.001, 50.0), 'D1_s': (-50.0, 50.0), 'D2_s': (-50.0, 50.0), 'y': (0.001, 600.0), 'e_q': (0.25, 0.35)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'qed_j0': (1e-11, 1e-13, False),
    'qed_j1': (1e-11, 1e-13, False),
    'qed_j2': (1e-11, 1e-13, False),
    'qed_d0': (1e-11, 1e-13, False),
    'qed_d1': (1e-11, 1e-13, False),
    'qed_d2': (1e-11, 1e-13, False),
    'qed_k0': (1e-11, 1e-13, False),
    'qed_k1': (1e-11, 1e-13, False),
    'qed_k2': (1e-11, 1e-13, False),
    'qed_p2_scaled': (1e-09, 1e-12, False),
    'qed_rho2_scaled': (1e-09, 1e-12, False),
    'qed_drho2_scaled': (1e-09, 1e-12, False),
    'qed_p3_scaled': (1e-09, 1e-12, False),
    'qed_rho3_scaled': (1e-09, 1e-12, False),
    'qed_drho3_scaled': (1e-09, 1e-12, False),
}
