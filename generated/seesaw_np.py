"""Generated from mevscalar.model.seesaw: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 57d2ca80fcbe6d329143014617a6e46e
# codegen-version: 1

import numpy

__all__ = ['light_m2_eq17', 'light_m3_eq17', 'light_matrix_eq19', 'light_lo_small', 'light_lo_big', 'light_nlo_small', 'light_nlo_big', 'heavy_lo_plus', 'heavy_lo_minus', 'heavy_block_big', 'heavy_block_small', 'heavy_nlo_big', 'heavy_nlo_small']


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


def light_matrix_eq19(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Active-neutrino mass matrix (3x3) of Eq. 19 as printed, (y_N,i y_N',j + y_N,j y_N',i) sqrt2 v v'/(2 lambda_N v_phi); its nonzero eigenvalues are -+ Eq. 17.
    
    Equation: Eq. (19).  Units: MeV.
    Returns a 3x3 matrix (NumPy: shape broadcast(args) + matrix shape); twin tolerance relative to the largest |entry|.
    Domain (tested against the mpmath twin to rtol=1e-14): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
    Twin: numpy.
    """
    _x0 = numpy.sqrt(2)*v*v_p/(lambda_N*v_phi)
    _x1 = (1/2)*_x0
    _x2 = _x1*(y_N1*y_Np2 + y_N2*y_Np1)
    _x3 = _x1*(y_N1*y_Np3 + y_N3*y_Np1)
    _x4 = _x1*(y_N2*y_Np3 + y_N3*y_Np2)
    _e = numpy.broadcast_arrays(*[numpy.asarray(_v, dtype=float) for _v in (y_N1*y_Np1*_x0, _x2, _x3, _x2, y_N2*y_Np2*_x0, _x4, _x3, _x4, y_N3*y_Np3*_x0,)])
    return numpy.stack(_e, axis=-1).reshape(_e[0].shape + (3, 3))


def light_lo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller nonzero leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = D_11*D_32 - D_12*D_31
    _x1 = (D_11*D_22 - D_12*D_21)**2 + (D_21*D_32 - D_22*D_31)**2
    _x2 = _x0**2 + _x1
    _x3 = R_11*R_22
    _x4 = R_12**2
    _x5 = _x3 - _x4
    _x6 = _x5**(-2.0)
    _x7 = D_11**2 + D_21**2 + D_31**2
    _x8 = _x5**(-1.0)
    _x9 = R_22*_x7*_x8
    _x10 = D_11*D_12
    _x11 = D_21*D_22
    _x12 = D_31*D_32
    _x13 = 2*_x10 + 2*_x11 + 2*_x12
    _x14 = _x10 + _x11 + _x12
    _x15 = _x7**(-1.0)
    _x16 = R_11*_x8
    _x17 = _x15*_x16
    _x18 = _x14**2*_x17
    _x19 = numpy.sqrt(_x7)
    _x20 = _x0**2 + _x1
    return _x2*abs(_x3*_x6 - _x4*_x6)/(numpy.sqrt(_x15*_x20*(R_12*_x19*_x8 - _x14*_x16/_x19)**2 + ((1/2)*R_11*_x15*_x20*_x8 + (1/2)*R_12*_x13*_x8 - 1/2*_x18 - 1/2*_x9)**2) + (1/2)*abs(-R_12*_x13*_x8 + _x17*_x2 + _x18 + _x9))


def light_lo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = D_11**2 + D_21**2 + D_31**2
    _x1 = (R_11*R_22 - R_12**2)**(-1.0)
    _x2 = R_22*_x0*_x1
    _x3 = D_11*D_12
    _x4 = D_21*D_22
    _x5 = D_31*D_32
    _x6 = 2*_x3 + 2*_x4 + 2*_x5
    _x7 = _x3 + _x4 + _x5
    _x8 = _x0**(-1.0)
    _x9 = R_11*_x1
    _x10 = _x8*_x9
    _x11 = _x10*_x7**2
    _x12 = D_11*D_32 - D_12*D_31
    _x13 = (D_11*D_22 - D_12*D_21)**2 + (D_21*D_32 - D_22*D_31)**2
    _x14 = numpy.sqrt(_x0)
    _x15 = _x12**2 + _x13
    return numpy.sqrt(_x15*_x8*(R_12*_x1*_x14 - _x7*_x9/_x14)**2 + ((1/2)*R_11*_x1*_x15*_x8 + (1/2)*R_12*_x1*_x6 - 1/2*_x11 - 1/2*_x2)**2) + (1/2)*abs(-R_12*_x1*_x6 + _x10*(_x12**2 + _x13) + _x11 + _x2)


def light_nlo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller nonzero next-to-leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = D_11*D_32 - D_12*D_31
    _x1 = (D_11*D_22 - D_12*D_21)**2 + (D_21*D_32 - D_22*D_31)**2
    _x2 = _x0**2 + _x1
    _x3 = R_12**2
    _x4 = R_11*R_22 - _x3
    _x5 = _x4**(-1.0)
    _x6 = R_12*_x5
    _x7 = D_12**2 + D_22**2 + D_32**2
    _x8 = _x4**(-2.0)
    _x9 = R_12*_x8
    _x10 = R_11*_x9 + R_22*_x9
    _x11 = D_11*D_12
    _x12 = D_21*D_22
    _x13 = D_31*D_32
    _x14 = _x11 + _x12 + _x13
    _x15 = _x3*_x8
    _x16 = R_22**2*_x8 + _x15
    _x17 = _x14*_x16
    _x18 = -_x10*_x7 + _x17
    _x19 = R_11*_x5
    _x20 = (1/2)*_x19
    _x21 = -_x10*_x14
    _x22 = D_11**2 + D_21**2 + D_31**2
    _x23 = _x16*_x22
    _x24 = _x21 + _x23
    _x25 = (1/2)*_x6
    _x26 = R_22*_x5
    _x27 = -_x14*_x26 + _x6*_x7
    _x28 = _x14*_x6 - _x22*_x26
    _x29 = -R_12*_x28*_x5 + _x19*_x27
    _x30 = -_x26*_x28 + _x27*_x6
    _x31 = _x25*_x30
    _x32 = -_x18*_x20 + _x20*_x29 + _x24*_x25 + _x31 - _x6
    _x33 = -R_12*_x14*_x5 + _x19*_x7
    _x34 = -R_12*_x22*_x5 + _x14*_x19
    _x35 = -_x26*_x34 + _x33*_x6
    _x36 = -_x33
    _x37 = -_x34
    _x38 = -R_12*_x37*_x5 + _x19*_x36
    _x39 = R_11**2*_x8 + _x15
    _x40 = _x14*_x39
    _x41 = _x39*_x7
    _x42 = _x19 - _x20*(_x21 + _x41) + _x25*(-_x10*_x22 + _x40)
    _x43 = (1/2)*_x26
    _x44 = _x30*_x43
    _x45 = -_x18*_x25 + _x24*_x43 + _x25*_x29 - _x26 + _x44
    _x46 = 2*_x11 + 2*_x12 + 2*_x13
    _x47 = _x14**2
    _x48 = _x22**(-1.0)
    _x49 = _x48*(_x20*(R_12*_x34*_x5 - _x19*_x33) - _x25*_x35 + _x42)
    _x50 = numpy.sqrt(_x22)
    _x51 = -_x10
    _x52 = _x17 + _x51*_x7
    _x53 = _x14*_x51
    _x54 = _x23 + _x53
    _x55 = -_x29
    _x56 = _x20*_x52 + _x20*_x55 - _x25*_x54 - _x31 + _x6
    _x57 = -1/2*R_11*_x38*_x5 + (1/2)*R_11*_x5*(_x41 + _x53) - _x19 - _x25*(_x22*_x51 + _x40) - _x25*(-_x26*_x37 + _x36*_x6)
    _x58 = _x48*(_x0**2 + _x1)
    _x59 = (1/2)*_x57
    return _x2*abs(_x32**2 + _x45*(_x20*_x38 - _x25*_x35 + _x42))/(numpy.sqrt(_x58*(_x14*_x57/_x50 + _x50*_x56)**2 + ((1/2)*_x22*((1/2)*R_22*_x5*_x54 - _x25*_x52 - _x25*_x55 - _x26 + _x44) + (1/2)*_x46*_x56 + _x47*_x48*_x59 - _x58*_x59)**2) + (1/2)*abs(_x2*_x49 - _x22*_x45 + _x32*_x46 + _x47*_x49))


def light_nlo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger next-to-leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = D_11**2 + D_21**2 + D_31**2
    _x1 = R_12**2
    _x2 = R_11*R_22 - _x1
    _x3 = _x2**(-1.0)
    _x4 = R_22*_x3
    _x5 = D_12**2 + D_22**2 + D_32**2
    _x6 = _x2**(-2.0)
    _x7 = R_12*_x6
    _x8 = R_11*_x7 + R_22*_x7
    _x9 = D_11*D_12
    _x10 = D_21*D_22
    _x11 = D_31*D_32
    _x12 = _x10 + _x11 + _x9
    _x13 = _x1*_x6
    _x14 = R_22**2*_x6 + _x13
    _x15 = _x12*_x14
    _x16 = _x15 - _x5*_x8
    _x17 = R_12*_x3
    _x18 = (1/2)*_x17
    _x19 = -_x12*_x8
    _x20 = _x0*_x14
    _x21 = _x19 + _x20
    _x22 = (1/2)*_x4
    _x23 = -_x12*_x4 + _x17*_x5
    _x24 = R_11*_x3
    _x25 = -_x0*_x4 + _x12*_x17
    _x26 = -R_12*_x25*_x3 + _x23*_x24
    _x27 = _x17*_x23 - _x25*_x4
    _x28 = 2*_x10 + 2*_x11 + 2*_x9
    _x29 = (1/2)*_x24
    _x30 = _x18*_x27
    _x31 = _x12**2
    _x32 = _x0**(-1.0)
    _x33 = R_11**2*_x6 + _x13
    _x34 = _x33*_x5
    _x35 = _x12*_x33
    _x36 = -R_12*_x12*_x3 + _x24*_x5
    _x37 = -R_12*_x0*_x3 + _x12*_x24
    _x38 = _x32*(_x18*(-_x0*_x8 + _x35) - _x18*(_x17*_x36 - _x37*_x4) + _x24 - _x29*(_x19 + _x34) + _x29*(R_12*_x3*_x37 - _x24*_x36))
    _x39 = D_11*D_32 - D_12*D_31
    _x40 = (D_11*D_22 - D_12*D_21)**2 + (D_21*D_32 - D_22*D_31)**2
    _x41 = numpy.sqrt(_x0)
    _x42 = -_x8
    _x43 = _x15 + _x42*_x5
    _x44 = _x12*_x42
    _x45 = _x20 + _x44
    _x46 = -_x26
    _x47 = _x17 - _x18*_x45 + _x29*_x43 + _x29*_x46 - _x30
    _x48 = -_x36
    _x49 = -_x37
    _x50 = (1/2)*R_11*_x3*(_x34 + _x44) + (1/2)*R_11*_x3*(R_12*_x3*_x49 - _x24*_x48) - _x18*(_x0*_x42 + _x35) - _x18*(_x17*_x48 - _x4*_x49) - _x24
    _x51 = _x32*(_x39**2 + _x40)
    _x52 = (1/2)*_x50
    return numpy.sqrt(_x51*(_x12*_x50/_x41 + _x41*_x47)**2 + ((1/2)*_x0*((1/2)*R_22*_x27*_x3 + (1/2)*R_22*_x3*_x45 - _x18*_x43 - _x18*_x46 - _x4) + (1/2)*_x28*_x47 + _x31*_x32*_x52 - _x51*_x52)**2) + (1/2)*abs(-_x0*(-_x16*_x18 + _x18*_x26 + _x21*_x22 + _x22*_x27 - _x4) + _x28*(-_x16*_x29 - _x17 + _x18*_x21 + _x26*_x29 + _x30) + _x31*_x38 + _x38*(_x39**2 + _x40))


def heavy_lo_plus(R_11, R_12, R_22):
    """Signed heavy eigenvalue |R_12| + (R_11 + R_22)/2 (Eq. 18: lambda_N v_phi/sqrt2 + (m_N + m_N')/2).
    
    Equation: Eq. (18), + sign (derived: eig R to first order in diag R).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    return (1/2)*R_11 + (1/2)*R_22 + abs(R_12)


def heavy_lo_minus(R_11, R_12, R_22):
    """Signed heavy eigenvalue -|R_12| + (R_11 + R_22)/2 (Eq. 18: mass lambda_N v_phi/sqrt2 - (m_N + m_N')/2).
    
    Equation: Eq. (18), - sign (derived: eig R to first order in diag R).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    return (1/2)*R_11 + (1/2)*R_22 - abs(R_12)


def heavy_block_big(R_11, R_12, R_22):
    """Larger |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    return numpy.sqrt(R_12**2 + ((1/2)*R_11 - 1/2*R_22)**2) + (1/2)*abs(R_11 + R_22)


def heavy_block_small(R_11, R_12, R_22):
    """Smaller |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = R_12**2
    return abs(R_11*R_22 - _x0)/(numpy.sqrt(_x0 + ((1/2)*R_11 - 1/2*R_22)**2) + (1/2)*abs(R_11 + R_22))


def heavy_nlo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger heavy mass at next order; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = R_11*R_22
    _x1 = R_12**2
    _x2 = (_x0 - _x1)**(-1.0)
    _x3 = D_11**2
    _x4 = D_21**2
    _x5 = D_31**2
    _x6 = D_11*D_12*R_12
    _x7 = D_21*D_22*R_12
    _x8 = D_31*D_32*R_12
    _x9 = _x2*(R_11**2*R_22 - R_11*_x1 + R_22*_x3 + R_22*_x4 + R_22*_x5 - _x6 - _x7 - _x8)
    _x10 = D_12**2
    _x11 = D_22**2
    _x12 = D_32**2
    _x13 = _x2*(R_11*R_22**2 + R_11*_x10 + R_11*_x11 + R_11*_x12 - R_22*_x1 - _x6 - _x7 - _x8)
    return numpy.sqrt((-1/2*_x13 + (1/2)*_x9)**2 + (D_11*D_12*R_11 + D_11*D_12*R_22 + D_21*D_22*R_11 + D_21*D_22*R_22 + D_31*D_32*R_11 + D_31*D_32*R_22 + 2*R_11*R_12*R_22 - 2*R_12**3 - R_12*_x10 - R_12*_x11 - R_12*_x12 - R_12*_x3 - R_12*_x4 - R_12*_x5)**2/(2*_x0 - 2*_x1)**2) + (1/2)*abs(_x13 + _x9)


def heavy_nlo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller heavy mass at next order; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: numpy.
    """
    _x0 = R_11*R_22
    _x1 = R_12**2
    _x2 = (2*_x0 - 2*_x1)**(-2.0)
    _x3 = D_11**2
    _x4 = D_12**2
    _x5 = D_21**2
    _x6 = D_22**2
    _x7 = D_31**2
    _x8 = D_32**2
    _x9 = -D_11*D_12*R_11 - D_11*D_12*R_22 - D_21*D_22*R_11 - D_21*D_22*R_22 - D_31*D_32*R_11 - D_31*D_32*R_22 - 2*R_11*R_12*R_22 + 2*R_12**3 + R_12*_x3 + R_12*_x4 + R_12*_x5 + R_12*_x6 + R_12*_x7 + R_12*_x8
    _x10 = _x0 - _x1
    _x11 = D_11*D_12*R_12
    _x12 = D_21*D_22*R_12
    _x13 = D_31*D_32*R_12
    _x14 = R_11**2*R_22 - R_11*_x1 + R_22*_x3 + R_22*_x5 + R_22*_x7 - _x11 - _x12 - _x13
    _x15 = -R_11*R_22**2 - R_11*_x4 - R_11*_x6 - R_11*_x8 + R_22*_x1 + _x11 + _x12 + _x13
    _x16 = _x10**(-1.0)
    _x17 = _x14*_x16
    _x18 = -_x15*_x16
    return abs(_x2*_x9**2 + _x14*_x15/_x10**2)/(numpy.sqrt(_x2*_x9**2 + ((1/2)*_x17 - 1/2*_x18)**2) + (1/2)*abs(_x17 + _x18))


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'light_m2_eq17': {'y_N1': (-1.0, 1.5), 'y_N2': (-1.3, 1.1), 'y_N3': (-0.7, 1.7), 'y_Np1': (-1.1, 1.4), 'y_Np2': (-0.9, 1.6), 'y_Np3': (-1.2, 1.25), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.001, 10.0), 'v_phi': (1.0, 10000000.0)},
    'light_m3_eq17': {'y_N1': (-1.0, 1.5), 'y_N2': (-1.3, 1.1), 'y_N3': (-0.7, 1.7), 'y_Np1': (-1.1, 1.4), 'y_Np2': (-0.9, 1.6), 'y_Np3': (-1.2, 1.25), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.001, 10.0), 'v_phi': (1.0, 10000000.0)},
    'light_matrix_eq19': {'y_N1': (-1.0, 1.5), 'y_N2': (-1.3, 1.1), 'y_N3': (-0.7, 1.7), 'y_Np1': (-1.1, 1.4), 'y_Np2': (-0.9, 1.6), 'y_Np3': (-1.2, 1.25), 'v': (1000.0, 1000000.0), 'v_p': (1.0, 1000000.0), 'lambda_N': (0.001, 10.0), 'v_phi': (1.0, 10000000.0)},
    'light_lo_small': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'light_lo_big': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'light_nlo_small': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'light_nlo_big': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_lo_plus': {'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_lo_minus': {'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_block_big': {'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_block_small': {'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_nlo_big': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
    'heavy_nlo_small': {'D_11': (-1.0, 1.5), 'D_21': (-1.3, 1.1), 'D_31': (-0.7, 1.7), 'D_12': (-1.1, 1.4), 'D_22': (-0.9, 1.6), 'D_32': (-1.2, 1.25), 'R_11': (-5.0, 5.0), 'R_12': (7.0, 70000000.0), 'R_22': (-5.0, 5.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'light_m2_eq17': (1e-12, 0.0, False),
    'light_m3_eq17': (1e-12, 0.0, False),
    'light_matrix_eq19': (1e-14, 0.0, False),
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

#: Matrix-valued kernels: the arguments each entry depends on, row-major (for error messages
#: that name the inputs behind an entry that overflows or underflows).
ENTRY_ARGS = {
    'light_matrix_eq19': (('y_N1', 'y_Np1', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N1', 'y_N2', 'y_Np1', 'y_Np2', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N1', 'y_N3', 'y_Np1', 'y_Np3', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N1', 'y_N2', 'y_Np1', 'y_Np2', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N2', 'y_Np2', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N2', 'y_N3', 'y_Np2', 'y_Np3', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N1', 'y_N3', 'y_Np1', 'y_Np3', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N2', 'y_N3', 'y_Np2', 'y_Np3', 'v', 'v_p', 'lambda_N', 'v_phi'), ('y_N3', 'y_Np3', 'v', 'v_p', 'lambda_N', 'v_phi')),
}
