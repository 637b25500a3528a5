"""Generated from mevscalar.model.seesaw: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 57d2ca80fcbe6d329143014617a6e46e
# codegen-version: 1

import mpmath

__all__ = ['light_m2_eq17', 'light_m3_eq17', 'light_matrix_eq19', 'light_lo_small', 'light_lo_big', 'light_nlo_small', 'light_nlo_big', 'heavy_lo_plus', 'heavy_lo_minus', 'heavy_block_big', 'heavy_block_small', 'heavy_nlo_big', 'heavy_nlo_small']


def light_m2_eq17(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Smaller nonzero light mass C(|y_N||y_N'| - |y_N.y_N'|), m_N = m_N' = 0.
    
    Equation: Eq. (17), minus sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
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
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*v*v_p*(mpmath.sqrt(y_N1**2 + y_N2**2 + y_N3**2)*mpmath.sqrt(y_Np1**2 + y_Np2**2 + y_Np3**2) - abs(y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3))/(lambda_N*v_phi)


def light_m3_eq17(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Larger light mass C(|y_N||y_N'| + |y_N.y_N'|), m_N = m_N' = 0.
    
    Equation: Eq. (17), plus sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
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
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*v*v_p*(mpmath.sqrt(y_N1**2 + y_N2**2 + y_N3**2)*mpmath.sqrt(y_Np1**2 + y_Np2**2 + y_Np3**2) + abs(y_N1*y_Np1 + y_N2*y_Np2 + y_N3*y_Np3))/(lambda_N*v_phi)


def light_matrix_eq19(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi):
    """Active-neutrino mass matrix (3x3) of Eq. 19 as printed, (y_N,i y_N',j + y_N,j y_N',i) sqrt2 v v'/(2 lambda_N v_phi); its nonzero eigenvalues are -+ Eq. 17.
    
    Equation: Eq. (19).  Units: MeV.
    Returns a 3x3 matrix (mpmath.matrix); twin tolerance relative to the largest |entry|.
    Domain (tested against the mpmath twin to rtol=1e-14): y_N1 in [-1, 1.5], y_N2 in [-1.3, 1.1], y_N3 in [-0.7, 1.7], y_Np1 in [-1.1, 1.4], y_Np2 in [-0.9, 1.6], y_Np3 in [-1.2, 1.25], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.001, 10], v_phi in [1, 1e+07].
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
    _x0 = mpmath.sqrt(2)*v*v_p/(lambda_N*v_phi)
    _x1 = (mpmath.mpf(1)/mpmath.mpf(2))*_x0
    _x2 = _x1*(y_N1*y_Np2 + y_N2*y_Np1)
    _x3 = _x1*(y_N1*y_Np3 + y_N3*y_Np1)
    _x4 = _x1*(y_N2*y_Np3 + y_N3*y_Np2)
    return mpmath.matrix([[y_N1*y_Np1*_x0, _x2, _x3], [_x2, y_N2*y_Np2*_x0, _x4], [_x3, _x4, y_N3*y_Np3*_x0]])


def light_lo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller nonzero leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = 1/(R_11*R_22 - R_12**2)
    _x1 = D_11*_x0
    _x2 = D_12*_x0
    _x3 = -R_12*_x2 + R_22*_x1
    _x4 = -R_11*_x2 + R_12*_x1
    _x5 = D_11*_x3 - D_12*_x4
    _x6 = D_21*_x0
    _x7 = D_22*_x0
    _x8 = -R_12*_x7 + R_22*_x6
    _x9 = -R_11*_x7 + R_12*_x6
    _x10 = D_21*_x8 - D_22*_x9
    _x11 = D_31*_x0
    _x12 = D_32*_x0
    _x13 = D_31*(-R_12*_x12 + R_22*_x11) - D_32*(-R_11*_x12 + R_12*_x11)
    _x14 = _x10 + _x13 + _x5
    return abs(mpmath.sqrt(-_x10*_x13 - _x10*_x5 - _x13*_x5 + (mpmath.mpf(1)/mpmath.mpf(4))*_x14**2 + (D_21*_x3 - D_22*_x4)**2 + (D_31*_x3 - D_32*_x4)**2 + (D_31*_x8 - D_32*_x9)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(_x14))


def light_lo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = 1/(R_11*R_22 - R_12**2)
    _x1 = R_22*_x0
    _x2 = D_11*_x1 - D_12*R_12*_x0
    _x3 = D_21*_x1 - D_22*R_12*_x0
    _x4 = D_31*_x1 - D_32*R_12*_x0
    _x5 = R_12*_x0
    _x6 = R_11*_x0
    _x7 = D_11*_x5 - D_12*_x6
    _x8 = D_12*_x7
    _x9 = D_21*_x5 - D_22*_x6
    _x10 = D_22*_x9
    _x11 = D_32*(D_31*_x5 - D_32*_x6)
    _x12 = -_x2
    _x13 = -_x3
    _x14 = D_11*_x12 + _x8
    _x15 = D_21*_x13 + _x10
    _x16 = -D_31*_x4 + _x11
    return mpmath.sqrt(-_x14*_x15 - _x14*_x16 - _x15*_x16 + (D_21*_x12 + D_22*_x7)**2 + (D_31*_x12 + D_32*_x7)**2 + (D_31*_x13 + D_32*_x9)**2 + (mpmath.mpf(1)/mpmath.mpf(4))*(_x14 + _x15 + _x16)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(D_11*_x2 + D_21*_x3 + D_31*_x4 - _x10 - _x11 - _x8)


def light_nlo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller nonzero next-to-leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = 1/(R_11*R_22 - R_12**2)
    _x1 = D_11*_x0
    _x2 = D_12*_x0
    _x3 = -R_11*_x2 + R_12*_x1
    _x4 = -R_12*_x2 + R_22*_x1
    _x5 = _x3**2 + _x4**2
    _x6 = D_11*_x4
    _x7 = D_12*_x3
    _x8 = _x6 - _x7
    _x9 = D_21*_x0
    _x10 = D_22*_x0
    _x11 = -R_11*_x10 + R_12*_x9
    _x12 = -R_12*_x10 + R_22*_x9
    _x13 = _x11**2 + _x12**2
    _x14 = D_21*_x12
    _x15 = D_22*_x11
    _x16 = _x14 - _x15
    _x17 = D_31*_x0
    _x18 = D_32*_x0
    _x19 = -R_11*_x18 + R_12*_x17
    _x20 = -R_12*_x18 + R_22*_x17
    _x21 = _x19**2 + _x20**2
    _x22 = D_31*_x20
    _x23 = D_32*_x19
    _x24 = _x22 - _x23
    _x25 = D_21*_x4
    _x26 = D_22*_x3
    _x27 = _x25 - _x26
    _x28 = _x11*_x3 + _x12*_x4
    _x29 = D_11*_x12 - D_12*_x11
    _x30 = D_31*_x4
    _x31 = D_32*_x3
    _x32 = _x30 - _x31
    _x33 = _x19*_x3 + _x20*_x4
    _x34 = D_11*_x20 - D_12*_x19
    _x35 = D_31*_x12
    _x36 = D_32*_x11
    _x37 = _x35 - _x36
    _x38 = _x11*_x19 + _x12*_x20
    _x39 = D_21*_x20 - D_22*_x19
    _x40 = (mpmath.mpf(1)/mpmath.mpf(2))*_x27
    _x41 = (mpmath.mpf(1)/mpmath.mpf(2))*_x28
    _x42 = (mpmath.mpf(1)/mpmath.mpf(2))*_x33
    _x43 = (mpmath.mpf(1)/mpmath.mpf(2))*_x32
    _x44 = (mpmath.mpf(1)/mpmath.mpf(2))*_x37
    _x45 = (mpmath.mpf(1)/mpmath.mpf(2))*_x38
    _x46 = _x27*_x28
    _x47 = _x28*_x29
    _x48 = _x32*_x33
    _x49 = _x33*_x34
    _x50 = _x37*_x38
    _x51 = _x38*_x39
    _x52 = _x5*_x8 - _x6 + _x7
    _x53 = _x13*_x16 - _x14 + _x15
    _x54 = _x21*_x24 - _x22 + _x23
    _x55 = (mpmath.mpf(1)/mpmath.mpf(2))*_x46 + (mpmath.mpf(1)/mpmath.mpf(2))*_x47
    _x56 = (mpmath.mpf(1)/mpmath.mpf(2))*_x48 + (mpmath.mpf(1)/mpmath.mpf(2))*_x49
    _x57 = -_x52 - _x55 - _x56
    _x58 = (mpmath.mpf(1)/mpmath.mpf(2))*_x50 + (mpmath.mpf(1)/mpmath.mpf(2))*_x51
    _x59 = -_x53 - _x55 - _x58
    _x60 = -_x54 - _x56 - _x58
    return abs(mpmath.sqrt(-_x57*_x59 - _x57*_x60 - _x59*_x60 + (-_x13*_x40 - _x16*_x41 + _x25 - _x26 - _x38*_x43 - _x39*_x42 - _x40*_x5 - _x41*_x8)**2 + (-_x13*_x44 - _x16*_x45 - _x21*_x44 - _x24*_x45 - _x29*_x42 - _x32*_x41 + _x35 - _x36)**2 + (-_x21*_x43 - _x24*_x42 + _x30 - _x31 - _x37*_x41 - _x38*_x40 - _x42*_x8 - _x43*_x5)**2 + (mpmath.mpf(1)/mpmath.mpf(4))*(-_x46 - _x47 - _x48 - _x49 - _x50 - _x51 - _x52 - _x53 - _x54)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(_x13*_x16 - _x16 + _x21*_x24 - _x24 + _x27*_x28 + _x28*_x29 + _x32*_x33 + _x33*_x34 + _x37*_x38 + _x38*_x39 + _x5*_x8 - _x8))


def light_nlo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger next-to-leading-order light mass; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = 1/(R_11*R_22 - R_12**2)
    _x1 = R_22*_x0
    _x2 = D_11*_x1 - D_12*R_12*_x0
    _x3 = -_x2
    _x4 = R_12*_x0
    _x5 = D_11*_x4 - D_12*R_11*_x0
    _x6 = D_21*_x3 + D_22*_x5
    _x7 = -_x5
    _x8 = D_21*_x4 - D_22*R_11*_x0
    _x9 = -_x8
    _x10 = D_21*_x1 - D_22*_x4
    _x11 = _x10*_x2 + _x7*_x9
    _x12 = _x11*_x6
    _x13 = D_31*_x3 + D_32*_x5
    _x14 = D_31*_x4 - D_32*R_11*_x0
    _x15 = -_x14
    _x16 = D_31*_x1 - D_32*_x4
    _x17 = _x15*_x7 + _x16*_x2
    _x18 = _x13*_x17
    _x19 = -_x10
    _x20 = D_11*_x19 + D_12*_x8
    _x21 = _x11*_x20
    _x22 = -_x16
    _x23 = _x17*(D_11*_x22 + D_12*_x14)
    _x24 = D_31*_x19 + D_32*_x8
    _x25 = _x10*_x16 + _x15*_x9
    _x26 = _x24*_x25
    _x27 = D_21*_x22 + D_22*_x14
    _x28 = _x25*_x27
    _x29 = D_11*_x3 + D_12*_x5
    _x30 = _x2**2 + _x7**2
    _x31 = -D_11*_x3 - D_12*_x5 + _x29*_x30
    _x32 = D_21*_x19 + D_22*_x8
    _x33 = _x10**2 + _x9**2
    _x34 = -D_21*_x19 - D_22*_x8 + _x32*_x33
    _x35 = D_31*_x22 + D_32*_x14
    _x36 = _x15**2 + _x16**2
    _x37 = -D_31*_x22 - D_32*_x14 + _x35*_x36
    _x38 = -_x12 - _x18 - _x21 - _x23 - _x26 - _x28 - _x31 - _x34 - _x37
    _x39 = (mpmath.mpf(1)/mpmath.mpf(2))*_x6
    _x40 = (mpmath.mpf(1)/mpmath.mpf(2))*_x11
    _x41 = (mpmath.mpf(1)/mpmath.mpf(2))*_x17
    _x42 = (mpmath.mpf(1)/mpmath.mpf(2))*_x13
    _x43 = (mpmath.mpf(1)/mpmath.mpf(2))*_x24
    _x44 = (mpmath.mpf(1)/mpmath.mpf(2))*_x25
    _x45 = (mpmath.mpf(1)/mpmath.mpf(2))*_x12 + (mpmath.mpf(1)/mpmath.mpf(2))*_x21
    _x46 = (mpmath.mpf(1)/mpmath.mpf(2))*_x18 + (mpmath.mpf(1)/mpmath.mpf(2))*_x23
    _x47 = -_x31 - _x45 - _x46
    _x48 = (mpmath.mpf(1)/mpmath.mpf(2))*_x26 + (mpmath.mpf(1)/mpmath.mpf(2))*_x28
    _x49 = -_x34 - _x45 - _x48
    _x50 = -_x37 - _x46 - _x48
    return mpmath.sqrt((mpmath.mpf(1)/mpmath.mpf(4))*_x38**2 - _x47*_x49 - _x47*_x50 - _x49*_x50 + (D_21*_x3 + D_22*_x5 - _x25*_x42 - _x27*_x41 - _x29*_x40 - _x30*_x39 - _x32*_x40 - _x33*_x39)**2 + (D_31*_x19 + D_32*_x8 - _x13*_x40 - _x20*_x41 - _x32*_x44 - _x33*_x43 - _x35*_x44 - _x36*_x43)**2 + (D_31*_x3 + D_32*_x5 - _x24*_x40 - _x25*_x39 - _x29*_x41 - _x30*_x42 - _x35*_x41 - _x36*_x42)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(_x38)


def heavy_lo_plus(R_11, R_12, R_22):
    """Signed heavy eigenvalue |R_12| + (R_11 + R_22)/2 (Eq. 18: lambda_N v_phi/sqrt2 + (m_N + m_N')/2).
    
    Equation: Eq. (18), + sign (derived: eig R to first order in diag R).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    return (mpmath.mpf(1)/mpmath.mpf(2))*R_11 + (mpmath.mpf(1)/mpmath.mpf(2))*R_22 + abs(R_12)


def heavy_lo_minus(R_11, R_12, R_22):
    """Signed heavy eigenvalue -|R_12| + (R_11 + R_22)/2 (Eq. 18: mass lambda_N v_phi/sqrt2 - (m_N + m_N')/2).
    
    Equation: Eq. (18), - sign (derived: eig R to first order in diag R).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    return (mpmath.mpf(1)/mpmath.mpf(2))*R_11 + (mpmath.mpf(1)/mpmath.mpf(2))*R_22 - abs(R_12)


def heavy_block_big(R_11, R_12, R_22):
    """Larger |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    return mpmath.sqrt(R_12**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*R_11 - mpmath.mpf(1)/mpmath.mpf(2)*R_22)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(R_11 + R_22)


def heavy_block_small(R_11, R_12, R_22):
    """Smaller |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    return abs(mpmath.sqrt(R_12**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*R_11 - mpmath.mpf(1)/mpmath.mpf(2)*R_22)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(R_11 + R_22))


def heavy_nlo_big(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Larger heavy mass at next order; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = R_11*R_22
    _x1 = R_12**2
    _x2 = 1/(_x0 - _x1)
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
    return mpmath.sqrt((-mpmath.mpf(1)/mpmath.mpf(2)*_x13 + (mpmath.mpf(1)/mpmath.mpf(2))*_x9)**2 + (D_11*D_12*R_11 + D_11*D_12*R_22 + D_21*D_22*R_11 + D_21*D_22*R_22 + D_31*D_32*R_11 + D_31*D_32*R_22 + 2*R_11*R_12*R_22 - 2*R_12**3 - R_12*_x10 - R_12*_x11 - R_12*_x12 - R_12*_x3 - R_12*_x4 - R_12*_x5)**2/(2*_x0 - 2*_x1)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(_x13 + _x9)


def heavy_nlo_small(D_11, D_21, D_31, D_12, D_22, D_32, R_11, R_12, R_22):
    """Smaller heavy mass at next order; arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix).
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): D_11 in [-1, 1.5], D_21 in [-1.3, 1.1], D_31 in [-0.7, 1.7], D_12 in [-1.1, 1.4], D_22 in [-0.9, 1.6], D_32 in [-1.2, 1.25], R_11 in [-5, 5], R_12 in [7, 7e+07], R_22 in [-5, 5].
    Twin: mpmath (exact expression).
    """
    D_11 = mpmath.mpmathify(D_11)
    D_21 = mpmath.mpmathify(D_21)
    D_31 = mpmath.mpmathify(D_31)
    D_12 = mpmath.mpmathify(D_12)
    D_22 = mpmath.mpmathify(D_22)
    D_32 = mpmath.mpmathify(D_32)
    R_11 = mpmath.mpmathify(R_11)
    R_12 = mpmath.mpmathify(R_12)
    R_22 = mpmath.mpmathify(R_22)
    _x0 = R_11*R_22
    _x1 = R_12**2
    _x2 = 1/(_x0 - _x1)
    _x3 = D_11**2
    _x4 = D_21**2
    _x5 = D_31**2
    _x6 = D_11*D_12
    _x7 = R_12*_x6
    _x8 = D_21*D_22
    _x9 = R_12*_x8
    _x10 = D_31*D_32
    _x11 = R_12*_x10
    _x12 = _x2*(R_11**2*R_22 - R_11*_x1 + R_22*_x3 + R_22*_x4 + R_22*_x5 - _x11 - _x7 - _x9)
    _x13 = D_12**2
    _x14 = D_22**2
    _x15 = D_32**2
    _x16 = _x2*(-R_11*R_22**2 - R_11*_x13 - R_11*_x14 - R_11*_x15 + R_22*_x1 + _x11 + _x7 + _x9)
    _x17 = 2*_x0
    return abs(mpmath.sqrt(((mpmath.mpf(1)/mpmath.mpf(2))*_x12 + (mpmath.mpf(1)/mpmath.mpf(2))*_x16)**2 + (-R_11*_x10 - R_11*_x6 - R_11*_x8 + 2*R_12**3 + R_12*_x13 + R_12*_x14 + R_12*_x15 - R_12*_x17 + R_12*_x3 + R_12*_x4 + R_12*_x5 - R_22*_x10 - R_22*_x6 - R_22*_x8)**2/(-2*_x1 + _x17)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(_x12 - _x16))
