"""Generated from mevscalar.model.seesaw: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 6f4c929897bc3bbc4d8211ab6edda1bf
# codegen-version: 1

import numpy

__all__ = ['light_m2_eq17', 'light_m3_eq17', 'light_lo_small', 'light_lo_big', 'light_nlo_small', 'light_nlo_big', 'heavy_lo_plus', 'heavy_lo_minus', 'heavy_block_big', 'heavy_block_small', 'heavy_nlo_big', 'heavy_nlo_small']


def light_m2_eq17(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Smaller nonzero light mass C(|y_N||y_N'| - |y_N.y_N'|), m_N = m_N' = 0.
    
    Equation: Eq. (17), minus sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*v*v_p*((y_N1*y_Np2 - y_N2*y_Np1)**2 + (-y_N1*y_Np3 + y_N3*y_Np1)**2 + (y_N2*y_Np3 - y_N3*y_Np2)**2)/(lambda_N*v_phi*(numpy.sqrt(y_N1**2 + y_N2**2 + y_N3**2)*numpy.sqrt(y_Np1**2 + y_Np2**2 + y_Np3**2) + abs(y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3)))


def light_m3_eq17(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Larger light mass C(|y_N||y_N'| + |y_N.y_N'|), m_N = m_N' = 0.
    
    Equation: Eq. (17), plus sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*v*v_p*(numpy.sqrt(y_N1**2 + y_N2**2 + y_N3**2)*numpy.sqrt(y_Np1**2 + y_Np2**2 + y_Np3**2) + abs(y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3))/(lambda_N*v_phi)


def light_lo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller nonzero leading-order light mass with general m_N, m_N'.
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = v**2
    _x1 = v_p**2
    _x2 = y_N1*y_Np3 - y_N3*y_Np1
    _x3 = (y_N1*y_Np2 - y_N2*y_Np1)**2 + (y_N2*y_Np3 - y_N3*y_Np2)**2
    _x4 = m_N*m_Np
    _x5 = lambda_N**2*v_phi**2
    _x6 = -2*_x4 + _x5
    _x7 = _x6**(-2.0)
    _x8 = y_N1**2 + y_N2**2 + y_N3**2
    _x9 = _x6**(-1.0)
    _x10 = lambda_N*v*v_phi*_x9
    _x11 = numpy.sqrt(2)
    _x12 = y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3
    _x13 = v_p*_x10*_x11*_x12
    _x14 = _x12**2
    _x15 = _x8**(-1.0)
    _x16 = _x1*_x15
    _x17 = m_N*_x9
    _x18 = _x16*(_x2**2 + _x3)
    _x19 = numpy.sqrt(_x8)
    _x20 = (1/2)*_x18
    return (1/4)*_x0*_x1*(_x2**2 + _x3)*abs(4*_x4*_x7 - 2*_x5*_x7)/(numpy.sqrt(_x20*(m_N*v_p*_x11*_x12*_x9/_x19 - _x10*_x19)**2 + ((1/2)*m_N*_x1*_x14*_x15*_x9 + (1/2)*m_Np*_x0*_x8*_x9 - 1/2*_x13 - _x17*_x20)**2) + (1/2)*abs(m_Np*_x0*_x8*_x9 - _x13 + _x14*_x16*_x17 + _x17*_x18))


def light_lo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger leading-order light mass with general m_N, m_N'.
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = v**2
    _x1 = y_N1**2 + y_N2**2 + y_N3**2
    _x2 = (lambda_N**2*v_phi**2 - 2*m_N*m_Np)**(-1.0)
    _x3 = lambda_N*v*v_phi*_x2
    _x4 = numpy.sqrt(2)
    _x5 = y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3
    _x6 = v_p*_x3*_x4*_x5
    _x7 = _x5**2
    _x8 = _x1**(-1.0)
    _x9 = v_p**2
    _x10 = _x8*_x9
    _x11 = m_N*_x2
    _x12 = _x10*((y_N1*y_Np2 - y_N2*y_Np1)**2 + (-y_N1*y_Np3 + y_N3*y_Np1)**2 + (y_N2*y_Np3 - y_N3*y_Np2)**2)
    _x13 = numpy.sqrt(_x1)
    _x14 = (1/2)*_x12
    return numpy.sqrt(_x14*(m_N*v_p*_x2*_x4*_x5/_x13 - _x13*_x3)**2 + ((1/2)*m_N*_x2*_x7*_x8*_x9 + (1/2)*m_Np*_x0*_x1*_x2 - _x11*_x14 - 1/2*_x6)**2) + (1/2)*abs(m_Np*_x0*_x1*_x2 + _x10*_x11*_x7 + _x11*_x12 - _x6)


def light_nlo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller nonzero next-to-leading-order light mass.
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = v**2
    _x1 = 2*m_Np
    _x2 = lambda_N**2*v_phi**2
    _x3 = -m_N*_x1 + _x2
    _x4 = _x3**(-1.0)
    _x5 = _x1*_x4
    _x6 = y_N1**2 + y_N2**2 + y_N3**2
    _x7 = _x0*_x6
    _x8 = _x3**(-2.0)
    _x9 = 4*_x8
    _x10 = 2*_x8
    _x11 = _x10*_x2
    _x12 = (1/2)*m_Np**2*_x9 + (1/2)*_x11
    _x13 = _x12*_x7
    _x14 = numpy.sqrt(2)
    _x15 = lambda_N*v_phi*_x14
    _x16 = m_N*_x10*_x15 + _x1*_x15*_x8
    _x17 = -1/2*_x16
    _x18 = y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3
    _x19 = v_p*_x18
    _x20 = v*_x19
    _x21 = _x17*_x20
    _x22 = _x13 + _x21
    _x23 = m_Np*_x4
    _x24 = _x12*_x20
    _x25 = v_p**2
    _x26 = y_Np1**2 + y_Np2**2 + y_Np3**2
    _x27 = _x25*_x26
    _x28 = _x17*_x27 + _x24
    _x29 = _x15*_x4
    _x30 = (1/2)*_x29
    _x31 = (1/2)*_x20
    _x32 = _x29*_x31
    _x33 = m_Np*_x0*_x4*_x6 - _x32
    _x34 = (1/2)*_x27
    _x35 = m_Np*v*v_p*_x18*_x4 - _x29*_x34
    _x36 = -2*m_Np*_x33*_x4 + _x29*_x35
    _x37 = -_x36
    _x38 = -2*m_N*_x35*_x4 + _x29*_x33
    _x39 = -_x38
    _x40 = _x7*(-_x22*_x23 - _x23*_x37 + _x28*_x30 + _x30*_x39 + _x5)
    _x41 = m_N*_x4
    _x42 = -1/2*lambda_N*v_phi*_x14*_x22*_x4 - 1/2*lambda_N*v_phi*_x14*_x37*_x4 + _x28*_x41 + _x29 + _x39*_x41
    _x43 = -v*_x42
    _x44 = _x19*_x43
    _x45 = 2*_x41
    _x46 = m_N**2*_x9 + _x11
    _x47 = m_N*_x25*_x26*_x4 - _x32
    _x48 = m_N*v*v_p*_x18*_x4 - _x30*_x7
    _x49 = -2*m_N*_x4*_x47 + _x29*_x48
    _x50 = -2*m_Np*_x4*_x48 + _x29*_x47
    _x51 = -_x30*_x50 + _x30*(_x17*_x7 + _x31*_x46) + _x41*_x49 - _x41*(_x21 + _x34*_x46) + _x45
    _x52 = _x6**(-1.0)
    _x53 = _x18**2*_x52
    _x54 = (1/2)*_x25
    _x55 = y_N1*y_Np3 - y_N3*y_Np1
    _x56 = (y_N1*y_Np2 - y_N2*y_Np1)**2 + (y_N2*y_Np3 - y_N3*y_Np2)**2
    _x57 = _x52*(_x55**2 + _x56)
    _x58 = _x54*_x57
    _x59 = numpy.sqrt(_x6)
    _x60 = (1/2)*_x14
    _x61 = (1/4)*_x25
    _x62 = _x51*_x61
    _x63 = (1/2)*_x16
    _x64 = _x20*_x63
    return _x0*_x61*(_x55**2 + _x56)*abs(_x42**2 - (_x23*_x36 - _x23*(_x13 - _x64) - _x30*_x38 + _x30*(-_x16*_x34 + _x24) + _x5)*(-_x30*_x50 + _x30*((1/2)*v*v_p*_x18*_x46 - _x63*_x7) + _x41*_x49 - _x41*((1/2)*_x25*_x26*_x46 - _x64) + _x45))/(numpy.sqrt(_x58*(_x19*_x51*_x60/_x59 + _x43*_x59*_x60)**2 + ((1/4)*_x40 + (1/2)*_x44 + _x53*_x62 - _x57*_x62)**2) + (1/2)*abs((1/2)*_x40 + _x44 + _x51*_x53*_x54 + _x51*_x58))


def light_nlo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger next-to-leading-order light mass.
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = 2*m_Np
    _x1 = lambda_N**2*v_phi**2
    _x2 = -m_N*_x0 + _x1
    _x3 = _x2**(-1.0)
    _x4 = v**2
    _x5 = y_N1**2 + y_N2**2 + y_N3**2
    _x6 = _x4*_x5
    _x7 = _x2**(-2.0)
    _x8 = 4*_x7
    _x9 = 2*_x7
    _x10 = _x1*_x9
    _x11 = (1/2)*m_Np**2*_x8 + (1/2)*_x10
    _x12 = numpy.sqrt(2)
    _x13 = lambda_N*v_phi*_x12
    _x14 = -1/2*m_N*_x13*_x9 - 1/2*_x0*_x13*_x7
    _x15 = y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3
    _x16 = v_p*_x15
    _x17 = v*_x16
    _x18 = _x14*_x17
    _x19 = _x11*_x6 + _x18
    _x20 = m_Np*_x3
    _x21 = v_p**2
    _x22 = y_Np1**2 + y_Np2**2 + y_Np3**2
    _x23 = _x21*_x22
    _x24 = _x11*_x17 + _x14*_x23
    _x25 = _x13*_x3
    _x26 = (1/2)*_x25
    _x27 = _x17*_x26
    _x28 = m_Np*_x3*_x4*_x5 - _x27
    _x29 = m_Np*v*v_p*_x15*_x3 - _x23*_x26
    _x30 = 2*m_Np*_x28*_x3 - _x25*_x29
    _x31 = 2*m_N*_x29*_x3 - _x25*_x28
    _x32 = _x6*(_x0*_x3 - _x19*_x20 - _x20*_x30 + _x24*_x26 + _x26*_x31)
    _x33 = m_N*_x3
    _x34 = v*((1/2)*lambda_N*v_phi*_x12*_x19*_x3 + (1/2)*lambda_N*v_phi*_x12*_x3*_x30 - _x24*_x33 - _x25 - _x31*_x33)
    _x35 = _x16*_x34
    _x36 = (1/2)*m_N**2*_x8 + (1/2)*_x10
    _x37 = m_N*_x21*_x22*_x3 - _x27
    _x38 = m_N*v*v_p*_x15*_x3 - _x26*_x6
    _x39 = _x26*(_x14*_x6 + _x17*_x36) + _x26*(2*m_Np*_x3*_x38 - _x25*_x37) - _x33*(_x18 + _x23*_x36) - _x33*(2*m_N*_x3*_x37 - _x25*_x38) + 2*_x33
    _x40 = _x5**(-1.0)
    _x41 = _x15**2*_x21*_x40
    _x42 = _x21*_x40*((y_N1*y_Np2 - y_N2*y_Np1)**2 + (-y_N1*y_Np3 + y_N3*y_Np1)**2 + (y_N2*y_Np3 - y_N3*y_Np2)**2)
    _x43 = (1/2)*_x42
    _x44 = numpy.sqrt(_x5)
    _x45 = (1/2)*_x12
    _x46 = (1/4)*_x39
    return numpy.sqrt(_x43*(_x16*_x39*_x45/_x44 + _x34*_x44*_x45)**2 + ((1/4)*_x32 + (1/2)*_x35 + _x41*_x46 - _x42*_x46)**2) + (1/2)*abs((1/2)*_x32 + _x35 + (1/2)*_x39*_x41 + _x39*_x43)


def heavy_lo_plus(lambda_N, v_phi, m_N, m_Np):
    """Heavy mass lambda_N v_phi/sqrt2 + (m_N + m_N')/2.
    
    Equation: Eq. (18), + sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*lambda_N*v_phi + (1/2)*m_N + (1/2)*m_Np


def heavy_lo_minus(lambda_N, v_phi, m_N, m_Np):
    """Heavy mass lambda_N v_phi/sqrt2 - (m_N + m_N')/2.
    
    Equation: Eq. (18), - sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    return (1/2)*numpy.sqrt(2)*lambda_N*v_phi - 1/2*m_N - 1/2*m_Np


def heavy_block_big(lambda_N, v_phi, m_N, m_Np):
    """Larger |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    return numpy.sqrt((1/2)*lambda_N**2*v_phi**2 + ((1/2)*m_N - 1/2*m_Np)**2) + (1/2)*abs(m_N + m_Np)


def heavy_block_small(lambda_N, v_phi, m_N, m_Np):
    """Smaller |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = (1/2)*lambda_N**2*v_phi**2
    return abs(m_N*m_Np - _x0)/(numpy.sqrt(_x0 + ((1/2)*m_N - 1/2*m_Np)**2) + (1/2)*abs(m_N + m_Np))


def heavy_nlo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger heavy mass at next order.
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = 4*m_Np
    _x1 = m_N*_x0
    _x2 = lambda_N**2*v_phi**2
    _x3 = 2*_x2
    _x4 = (-_x1 + _x3)**(-1.0)
    _x5 = v**2
    _x6 = y_N1**2*_x5
    _x7 = 2*m_Np
    _x8 = y_N2**2
    _x9 = _x5*_x7
    _x10 = y_N3**2
    _x11 = y_N1*y_Np1
    _x12 = numpy.sqrt(2)
    _x13 = lambda_N*v_phi*_x12
    _x14 = v*v_p
    _x15 = _x13*_x14
    _x16 = y_N2*y_Np2
    _x17 = y_N3*y_Np3
    _x18 = _x11*_x15 + _x15*_x16 + _x15*_x17
    _x19 = _x4*(-m_N**2*_x0 + m_N*_x3 - _x10*_x9 + _x18 - _x6*_x7 - _x8*_x9)
    _x20 = v_p**2
    _x21 = y_Np1**2*_x20
    _x22 = 2*m_N
    _x23 = y_Np2**2
    _x24 = _x20*_x22
    _x25 = y_Np3**2
    _x26 = _x4*(-4*m_N*m_Np**2 + m_Np*_x3 + _x18 - _x21*_x22 - _x23*_x24 - _x24*_x25)
    _x27 = _x14*_x22
    _x28 = _x14*_x7
    _x29 = _x13*_x5
    _x30 = _x13*_x20
    return numpy.sqrt(((1/2)*_x19 - 1/2*_x26)**2 + (2*lambda_N**3*v_phi**3*_x12 - _x1*_x13 + _x10*_x29 - _x11*_x27 - _x11*_x28 + _x13*_x21 + _x13*_x6 - _x16*_x27 - _x16*_x28 - _x17*_x27 - _x17*_x28 + _x23*_x30 + _x25*_x30 + _x29*_x8)**2/(-8*m_N*m_Np + 4*_x2)**2) + (1/2)*abs(_x19 + _x26)


def heavy_nlo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller heavy mass at next order.
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: numpy.
    """
    _x0 = lambda_N**2*v_phi**2
    _x1 = 2*m_N
    _x2 = v*v_p
    _x3 = _x1*_x2
    _x4 = y_N1*y_Np1
    _x5 = y_N2*y_Np2
    _x6 = y_N3*y_Np3
    _x7 = 2*m_Np
    _x8 = _x2*_x7
    _x9 = 4*m_Np
    _x10 = m_N*_x9
    _x11 = numpy.sqrt(2)
    _x12 = lambda_N*v_phi*_x11
    _x13 = v**2
    _x14 = y_N1**2*_x13
    _x15 = y_N2**2
    _x16 = _x12*_x13
    _x17 = y_N3**2
    _x18 = v_p**2
    _x19 = y_Np1**2*_x18
    _x20 = y_Np2**2
    _x21 = _x12*_x18
    _x22 = y_Np3**2
    _x23 = (2*lambda_N**3*v_phi**3*_x11 - _x10*_x12 + _x12*_x14 + _x12*_x19 + _x15*_x16 + _x16*_x17 + _x20*_x21 + _x21*_x22 - _x3*_x4 - _x3*_x5 - _x3*_x6 - _x4*_x8 - _x5*_x8 - _x6*_x8)**2/(-8*m_N*m_Np + 4*_x0)**2
    _x24 = 2*_x0
    _x25 = -_x10 + _x24
    _x26 = _x13*_x7
    _x27 = _x12*_x2
    _x28 = _x27*_x4 + _x27*_x5 + _x27*_x6
    _x29 = -m_N**2*_x9 + m_N*_x24 - _x14*_x7 - _x15*_x26 - _x17*_x26 + _x28
    _x30 = _x1*_x18
    _x31 = -4*m_N*m_Np**2 + m_Np*_x24 - _x1*_x19 - _x20*_x30 - _x22*_x30 + _x28
    _x32 = _x25**(-1.0)
    _x33 = _x29*_x32
    _x34 = _x31*_x32
    return abs(_x23 - _x29*_x31/_x25**2)/(numpy.sqrt(_x23 + ((1/2)*_x33 - 1/2*_x34)**2) + (1/2)*abs(_x33 + _x34))


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'light_m2_eq17': {'y_N1': (-1.0, 1.5), 'y_N2': (-1.3, 1.1), 'y_N3': (-0.7, 1.7), 'y_Np1': (-1.1, 1.4), 'y_Np2': (-0.9, 1.6), 'y_Np3': (-1.2, 1.25), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.001, 10.0), 'v_phi': (1.0, 10000000.0)},
    'light_m3_eq17': {'y_N1': (-1.0, 1.5), 'y_N2': (-1.3, 1.1), 'y_N3': (-0.7, 1.7), 'y_Np1': (-1.1, 1.4), 'y_Np2': (-0.9, 1.6), 'y_Np3': (-1.2, 1.25), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.001, 10.0), 'v_phi': (1.0, 10000000.0)},
    'light_lo_small': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'light_lo_big': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'light_nlo_small': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'light_nlo_big': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_lo_plus': {'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_lo_minus': {'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_block_big': {'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_block_small': {'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_nlo_big': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
    'heavy_nlo_small': {'y_N1': (-1e-06, 1.5e-06), 'y_N2': (-1.3e-06, 1.1e-06), 'y_N3': (-7e-07, 1.6999999999999998e-06), 'y_Np1': (-1.1e-06, 1.4e-06), 'y_Np2': (-9e-07, 1.6e-06), 'y_Np3': (-1.2e-06, 1.2499999999999999e-06), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.1, 10.0), 'v_phi': (100.0, 10000000.0), 'm_N': (-5.0, 5.0), 'm_Np': (-5.0, 5.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'light_m2_eq17': (1e-12, 0.0, False),
    'light_m3_eq17': (1e-12, 0.0, False),
    'light_lo_small': (1e-11, 0.0, False),
    'light_lo_big': (1e-11, 0.0, False),
    'light_nlo_small': (1e-11, 0.0, False),
    'light_nlo_big': (1e-11, 0.0, False),
    'heavy_lo_plus': (1e-12, 0.0, False),
    'heavy_lo_minus': (1e-12, 0.0, False),
    'heavy_block_big': (1e-12, 0.0, False),
    'heavy_block_small': (1e-12, 0.0, False),
    'heavy_nlo_big': (1e-12, 0.0, False),
    'heavy_nlo_small': (1e-11, 0.0, False),
}
