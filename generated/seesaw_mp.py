"""Generated from mevscalar.model.seesaw: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 6f4c929897bc3bbc4d8211ab6edda1bf
# codegen-version: 1

import mpmath

__all__ = ['light_m2_eq17', 'light_m3_eq17', 'light_lo_small', 'light_lo_big', 'light_nlo_small', 'light_nlo_big', 'heavy_lo_plus', 'heavy_lo_minus', 'heavy_block_big', 'heavy_block_small', 'heavy_nlo_big', 'heavy_nlo_small']


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


def light_lo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller nonzero leading-order light mass with general m_N, m_N'.
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = 1/(lambda_N**2*v_phi**2 - 2*m_N*m_Np)
    _x1 = y_Np1*_x0
    _x2 = lambda_N*v_phi
    _x3 = v_p*_x2
    _x4 = v*_x0
    _x5 = y_N1*_x4
    _x6 = mpmath.sqrt(2)
    _x7 = m_Np*_x6
    _x8 = (mpmath.mpf(1)/mpmath.mpf(2))*v*_x6
    _x9 = _x8*(_x1*_x3 - _x5*_x7)
    _x10 = v_p*_x6
    _x11 = m_N*_x10
    _x12 = (mpmath.mpf(1)/mpmath.mpf(2))*_x10
    _x13 = _x12*(-_x1*_x11 + _x2*_x5)
    _x14 = y_N1*_x9 + y_Np1*_x13
    _x15 = y_Np2*_x0
    _x16 = y_N2*_x4
    _x17 = _x8*(_x15*_x3 - _x16*_x7)
    _x18 = _x12*(-_x11*_x15 + _x16*_x2)
    _x19 = y_N2*_x17 + y_Np2*_x18
    _x20 = y_Np3*_x0
    _x21 = y_N3*_x4
    _x22 = y_N3*_x8*(_x20*_x3 - _x21*_x7) + y_Np3*_x12*(-_x11*_x20 + _x2*_x21)
    _x23 = _x14 + _x19 + _x22
    return abs(mpmath.sqrt(-_x14*_x19 - _x14*_x22 - _x19*_x22 + (mpmath.mpf(1)/mpmath.mpf(4))*_x23**2 + (y_N2*_x9 + y_Np2*_x13)**2 + (y_N3*_x17 + y_Np3*_x18)**2 + (y_N3*_x9 + y_Np3*_x13)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(_x23))


def light_lo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger leading-order light mass with general m_N, m_N'.
    
    Equation: derived: eig of -D R^-1 D^T (Eq. 19 generalised).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = 1/(lambda_N**2*v_phi**2 - 2*m_N*m_Np)
    _x1 = lambda_N*v_phi
    _x2 = v_p*_x1
    _x3 = mpmath.sqrt(2)
    _x4 = -m_Np*v*y_N1*_x0*_x3 + y_Np1*_x0*_x2
    _x5 = (mpmath.mpf(1)/mpmath.mpf(2))*v*_x3
    _x6 = -m_Np*v*y_N2*_x0*_x3 + y_Np2*_x0*_x2
    _x7 = -m_Np*v*y_N3*_x0*_x3 + y_Np3*_x0*_x2
    _x8 = y_N3*_x5
    _x9 = v*_x0
    _x10 = -m_N*v_p*y_Np1*_x0*_x3 + y_N1*_x1*_x9
    _x11 = (mpmath.mpf(1)/mpmath.mpf(2))*v_p*_x3
    _x12 = -m_N*v_p*y_Np2*_x0*_x3 + y_N2*_x1*_x9
    _x13 = -m_N*v_p*y_Np3*_x0*_x3 + y_N3*_x1*_x9
    _x14 = y_Np3*_x11
    _x15 = -_x4*_x5
    _x16 = -_x10*_x11
    _x17 = -_x5*_x6
    _x18 = -_x11*_x12
    _x19 = y_N1*_x15 + y_Np1*_x16
    _x20 = y_N2*_x17 + y_Np2*_x18
    _x21 = -_x13*_x14 - _x7*_x8
    return mpmath.sqrt(-_x19*_x20 - _x19*_x21 - _x20*_x21 + (y_N2*_x15 + y_Np2*_x16)**2 + (y_N3*_x15 + y_Np3*_x16)**2 + (y_N3*_x17 + y_Np3*_x18)**2 + (mpmath.mpf(1)/mpmath.mpf(4))*(_x19 + _x20 + _x21)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(y_N1*_x4*_x5 + y_N2*_x5*_x6 + y_Np1*_x10*_x11 + y_Np2*_x11*_x12 + _x13*_x14 + _x7*_x8)


def light_nlo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller nonzero next-to-leading-order light mass.
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = v_p*y_Np1
    _x1 = 2*m_N
    _x2 = 1/(lambda_N**2*v_phi**2 - m_Np*_x1)
    _x3 = lambda_N*v_phi
    _x4 = _x2*_x3
    _x5 = mpmath.sqrt(2)
    _x6 = -m_Np*v*y_N1*_x2*_x5 + _x0*_x4
    _x7 = v*y_N1
    _x8 = (mpmath.mpf(1)/mpmath.mpf(2))*_x5*_x7
    _x9 = _x6*_x8
    _x10 = v_p*y_Np2
    _x11 = v*y_N2
    _x12 = m_Np*_x2
    _x13 = _x12*_x5
    _x14 = _x10*_x4 - _x11*_x13
    _x15 = (mpmath.mpf(1)/mpmath.mpf(2))*_x5
    _x16 = _x11*_x15
    _x17 = _x14*_x16
    _x18 = v_p*y_Np3
    _x19 = v*y_N3
    _x20 = -_x13*_x19 + _x18*_x4
    _x21 = _x15*_x19
    _x22 = _x20*_x21
    _x23 = -m_N*v_p*y_Np1*_x2*_x5 + _x4*_x7
    _x24 = _x15*_x23
    _x25 = _x0*_x24
    _x26 = _x2*_x5
    _x27 = m_N*_x26
    _x28 = -_x10*_x27 + _x11*_x4
    _x29 = _x10*_x15
    _x30 = _x28*_x29
    _x31 = -_x18*_x27 + _x19*_x4
    _x32 = _x15*_x18
    _x33 = _x31*_x32
    _x34 = _x25 + _x9
    _x35 = 2*_x12
    _x36 = _x26*_x3
    _x37 = _x23*_x36 - _x35*_x6
    _x38 = _x1*_x2
    _x39 = -_x23*_x38 + _x36*_x6
    _x40 = _x0*_x15
    _x41 = _x10*_x24 + _x16*_x6
    _x42 = -_x14*_x35 + _x28*_x36
    _x43 = _x14*_x36 - _x28*_x38
    _x44 = _x18*_x24 + _x21*_x6
    _x45 = -_x20*_x35 + _x31*_x36
    _x46 = _x20*_x36 - _x31*_x38
    _x47 = _x14*_x8 + _x28*_x40
    _x48 = _x20*_x8 + _x31*_x40
    _x49 = _x17 + _x30
    _x50 = _x14*_x21 + _x28*_x32
    _x51 = _x16*_x20 + _x29*_x31
    _x52 = _x22 + _x33
    _x53 = -_x6
    _x54 = -_x23
    _x55 = -_x35*_x53 + _x36*_x54
    _x56 = _x15*(_x36*_x53 - _x38*_x54)
    _x57 = _x0*_x56 + _x55*_x8
    _x58 = (mpmath.mpf(1)/mpmath.mpf(2))*_x41
    _x59 = _x10*_x56 + _x16*_x55
    _x60 = (mpmath.mpf(1)/mpmath.mpf(2))*_x59
    _x61 = _x18*_x56 + _x21*_x55
    _x62 = (mpmath.mpf(1)/mpmath.mpf(2))*_x61
    _x63 = -_x14
    _x64 = -_x28
    _x65 = -_x35*_x63 + _x36*_x64
    _x66 = _x36*_x63 - _x38*_x64
    _x67 = _x16*_x65 + _x29*_x66
    _x68 = -_x20
    _x69 = -_x31
    _x70 = -_x35*_x68 + _x36*_x69
    _x71 = _x36*_x68 - _x38*_x69
    _x72 = _x16*_x70 + _x29*_x71
    _x73 = (mpmath.mpf(1)/mpmath.mpf(2))*_x44
    _x74 = _x21*_x65 + _x32*_x66
    _x75 = _x21*_x70 + _x32*_x71
    _x76 = _x40*_x66 + _x65*_x8
    _x77 = (mpmath.mpf(1)/mpmath.mpf(2))*_x50
    _x78 = (mpmath.mpf(1)/mpmath.mpf(2))*_x74
    _x79 = _x47*_x59
    _x80 = _x48*_x61
    _x81 = _x41*_x76
    _x82 = _x51*_x74
    _x83 = _x44*(_x40*_x71 + _x70*_x8)
    _x84 = _x50*_x72
    _x85 = _x34*_x57 + _x34
    _x86 = _x49*_x67 + _x49
    _x87 = _x52*_x75 + _x52
    _x88 = (mpmath.mpf(1)/mpmath.mpf(2))*_x79 + (mpmath.mpf(1)/mpmath.mpf(2))*_x81
    _x89 = (mpmath.mpf(1)/mpmath.mpf(2))*_x80 + (mpmath.mpf(1)/mpmath.mpf(2))*_x83
    _x90 = _x85 + _x88 + _x89
    _x91 = (mpmath.mpf(1)/mpmath.mpf(2))*_x82 + (mpmath.mpf(1)/mpmath.mpf(2))*_x84
    _x92 = _x86 + _x88 + _x91
    _x93 = _x87 + _x89 + _x91
    return abs(mpmath.sqrt(-_x90*_x92 - _x90*_x93 - _x92*_x93 + (_x34*_x60 + _x41 + _x49*_x60 + _x51*_x62 + _x57*_x58 + _x58*_x67 + _x72*_x73)**2 + (_x34*_x62 + _x44 + _x50*_x60 + _x52*_x62 + _x57*_x73 + _x58*_x74 + _x73*_x75)**2 + (_x47*_x62 + _x49*_x78 + _x50 + _x52*_x78 + _x67*_x77 + _x73*_x76 + _x75*_x77)**2 + (mpmath.mpf(1)/mpmath.mpf(4))*(_x79 + _x80 + _x81 + _x82 + _x83 + _x84 + _x85 + _x86 + _x87)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(-_x17 - _x22 - _x25 - _x30 - _x33 + _x34*(_x37*_x8 + _x39*_x40) + _x41*(_x40*_x43 + _x42*_x8) + _x44*(_x40*_x46 + _x45*_x8) + _x47*(_x16*_x37 + _x29*_x39) + _x48*(_x21*_x37 + _x32*_x39) + _x49*(_x16*_x42 + _x29*_x43) + _x50*(_x16*_x45 + _x29*_x46) + _x51*(_x21*_x42 + _x32*_x43) + _x52*(_x21*_x45 + _x32*_x46) - _x9))


def light_nlo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger next-to-leading-order light mass.
    
    Equation: derived: eig of m0 - {Theta Theta^T, m0}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = v_p*y_Np1
    _x1 = 1/(lambda_N**2*v_phi**2 - 2*m_N*m_Np)
    _x2 = lambda_N*v_phi
    _x3 = _x1*_x2
    _x4 = mpmath.sqrt(2)
    _x5 = -m_Np*v*y_N1*_x1*_x4 + _x0*_x3
    _x6 = v*y_N1
    _x7 = (mpmath.mpf(1)/mpmath.mpf(2))*_x4*_x6
    _x8 = -m_N*v_p*y_Np1*_x1*_x4 + _x3*_x6
    _x9 = (mpmath.mpf(1)/mpmath.mpf(2))*_x4
    _x10 = _x0*_x9
    _x11 = _x10*_x8 + _x5*_x7
    _x12 = _x1*_x2*_x4
    _x13 = 2*m_Np*_x1*_x5 - _x12*_x8
    _x14 = 2*m_N*_x1*_x8 - _x12*_x5
    _x15 = v_p*y_Np2
    _x16 = -m_Np*v*y_N2*_x1*_x4 + _x15*_x3
    _x17 = v*y_N2
    _x18 = -m_N*v_p*y_Np2*_x1*_x4 + _x17*_x3
    _x19 = _x17*_x9
    _x20 = _x15*_x9
    _x21 = v_p*y_Np3
    _x22 = -m_Np*v*y_N3*_x1*_x4 + _x21*_x3
    _x23 = v*y_N3
    _x24 = -m_N*v_p*y_Np3*_x1*_x4 + _x23*_x3
    _x25 = _x23*_x9
    _x26 = _x21*_x9
    _x27 = 2*m_Np*_x1*_x16 - _x12*_x18
    _x28 = 2*m_N*_x1*_x18 - _x12*_x16
    _x29 = _x16*_x19 + _x18*_x20
    _x30 = 2*m_Np*_x1*_x22 - _x12*_x24
    _x31 = 2*m_N*_x1*_x24 - _x12*_x22
    _x32 = _x22*_x25 + _x24*_x26
    _x33 = -_x5
    _x34 = -_x8
    _x35 = 2*m_Np*_x1*_x33 - _x12*_x34
    _x36 = _x9*(2*m_N*_x1*_x34 - _x12*_x33)
    _x37 = _x0*_x36 + _x35*_x7
    _x38 = _x34*_x9
    _x39 = _x15*_x38 + _x19*_x33
    _x40 = (mpmath.mpf(1)/mpmath.mpf(2))*_x39
    _x41 = _x0*_x38 + _x33*_x7
    _x42 = _x15*_x36 + _x19*_x35
    _x43 = (mpmath.mpf(1)/mpmath.mpf(2))*_x42
    _x44 = -_x16
    _x45 = -_x18
    _x46 = _x19*_x44 + _x20*_x45
    _x47 = 2*m_Np*_x1*_x44 - _x12*_x45
    _x48 = 2*m_N*_x1*_x45 - _x12*_x44
    _x49 = _x19*_x47 + _x20*_x48
    _x50 = -_x22
    _x51 = -_x24
    _x52 = 2*m_Np*_x1*_x50 - _x12*_x51
    _x53 = 2*m_N*_x1*_x51 - _x12*_x50
    _x54 = _x19*_x52 + _x20*_x53
    _x55 = _x21*_x38 + _x25*_x33
    _x56 = (mpmath.mpf(1)/mpmath.mpf(2))*_x55
    _x57 = _x19*_x50 + _x20*_x51
    _x58 = _x21*_x36 + _x25*_x35
    _x59 = (mpmath.mpf(1)/mpmath.mpf(2))*_x58
    _x60 = _x25*_x44 + _x26*_x45
    _x61 = _x25*_x47 + _x26*_x48
    _x62 = _x25*_x50 + _x26*_x51
    _x63 = _x25*_x52 + _x26*_x53
    _x64 = _x10*_x48 + _x47*_x7
    _x65 = _x10*_x45 + _x44*_x7
    _x66 = (mpmath.mpf(1)/mpmath.mpf(2))*_x60
    _x67 = (mpmath.mpf(1)/mpmath.mpf(2))*_x61
    _x68 = _x42*_x65
    _x69 = _x58*(_x10*_x51 + _x50*_x7)
    _x70 = _x39*_x64
    _x71 = _x57*_x61
    _x72 = _x55*(_x10*_x53 + _x52*_x7)
    _x73 = _x54*_x60
    _x74 = -mpmath.mpf(1)/mpmath.mpf(2)*v*y_N1*_x33*_x4 - mpmath.mpf(1)/mpmath.mpf(2)*v_p*y_Np1*_x34*_x4 + _x37*_x41
    _x75 = -mpmath.mpf(1)/mpmath.mpf(2)*v*y_N2*_x4*_x44 - mpmath.mpf(1)/mpmath.mpf(2)*v_p*y_Np2*_x4*_x45 + _x46*_x49
    _x76 = -mpmath.mpf(1)/mpmath.mpf(2)*v*y_N3*_x4*_x50 - mpmath.mpf(1)/mpmath.mpf(2)*v_p*y_Np3*_x4*_x51 + _x62*_x63
    _x77 = (mpmath.mpf(1)/mpmath.mpf(2))*_x68 + (mpmath.mpf(1)/mpmath.mpf(2))*_x70
    _x78 = (mpmath.mpf(1)/mpmath.mpf(2))*_x69 + (mpmath.mpf(1)/mpmath.mpf(2))*_x72
    _x79 = -_x74 - _x77 - _x78
    _x80 = (mpmath.mpf(1)/mpmath.mpf(2))*_x71 + (mpmath.mpf(1)/mpmath.mpf(2))*_x73
    _x81 = -_x75 - _x77 - _x80
    _x82 = -_x76 - _x78 - _x80
    return mpmath.sqrt(-_x79*_x81 - _x79*_x82 - _x81*_x82 + ((mpmath.mpf(1)/mpmath.mpf(2))*v*y_N2*_x33*_x4 + (mpmath.mpf(1)/mpmath.mpf(2))*v_p*y_Np2*_x34*_x4 - _x37*_x40 - _x40*_x49 - _x41*_x43 - _x43*_x46 - _x54*_x56 - _x57*_x59)**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*v*y_N3*_x33*_x4 + (mpmath.mpf(1)/mpmath.mpf(2))*v_p*y_Np3*_x34*_x4 - _x37*_x56 - _x40*_x61 - _x41*_x59 - _x43*_x60 - _x56*_x63 - _x59*_x62)**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*v*y_N3*_x4*_x44 + (mpmath.mpf(1)/mpmath.mpf(2))*v_p*y_Np3*_x4*_x45 - _x46*_x67 - _x49*_x66 - _x56*_x64 - _x59*_x65 - _x62*_x67 - _x63*_x66)**2 + (mpmath.mpf(1)/mpmath.mpf(4))*(-_x68 - _x69 - _x70 - _x71 - _x72 - _x73 - _x74 - _x75 - _x76)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(_x11*(_x10*_x14 + _x13*_x7) + _x11 + _x29*(_x19*_x27 + _x20*_x28) + _x29 + _x32*(_x25*_x30 + _x26*_x31) + _x32 + (_x10*_x18 + _x16*_x7)*(_x13*_x19 + _x14*_x20) + (_x10*_x24 + _x22*_x7)*(_x13*_x25 + _x14*_x26) + (_x10*_x28 + _x27*_x7)*(_x19*_x5 + _x20*_x8) + (_x10*_x31 + _x30*_x7)*(_x25*_x5 + _x26*_x8) + (_x16*_x25 + _x18*_x26)*(_x19*_x30 + _x20*_x31) + (_x19*_x22 + _x20*_x24)*(_x25*_x27 + _x26*_x28))


def heavy_lo_plus(lambda_N, v_phi, m_N, m_Np):
    """Heavy mass lambda_N v_phi/sqrt2 + (m_N + m_N')/2.
    
    Equation: Eq. (18), + sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*lambda_N*v_phi + (mpmath.mpf(1)/mpmath.mpf(2))*m_N + (mpmath.mpf(1)/mpmath.mpf(2))*m_Np


def heavy_lo_minus(lambda_N, v_phi, m_N, m_Np):
    """Heavy mass lambda_N v_phi/sqrt2 - (m_N + m_N')/2.
    
    Equation: Eq. (18), - sign.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*lambda_N*v_phi - mpmath.mpf(1)/mpmath.mpf(2)*m_N - mpmath.mpf(1)/mpmath.mpf(2)*m_Np


def heavy_block_big(lambda_N, v_phi, m_N, m_Np):
    """Larger |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    return mpmath.sqrt((mpmath.mpf(1)/mpmath.mpf(2))*lambda_N**2*v_phi**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*m_N - mpmath.mpf(1)/mpmath.mpf(2)*m_Np)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(m_N + m_Np)


def heavy_block_small(lambda_N, v_phi, m_N, m_Np):
    """Smaller |eigenvalue| of the heavy block R.
    
    Equation: derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
    Twin: mpmath (exact expression).
    """
    lambda_N = mpmath.mpmathify(lambda_N)
    v_phi = mpmath.mpmathify(v_phi)
    m_N = mpmath.mpmathify(m_N)
    m_Np = mpmath.mpmathify(m_Np)
    return abs(mpmath.sqrt((mpmath.mpf(1)/mpmath.mpf(2))*lambda_N**2*v_phi**2 + ((mpmath.mpf(1)/mpmath.mpf(2))*m_N - mpmath.mpf(1)/mpmath.mpf(2)*m_Np)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(m_N + m_Np))


def heavy_nlo_big(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Larger heavy mass at next order.
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = 4*m_Np
    _x1 = m_N*_x0
    _x2 = lambda_N**2*v_phi**2
    _x3 = 2*_x2
    _x4 = 1/(-_x1 + _x3)
    _x5 = v**2
    _x6 = y_N1**2*_x5
    _x7 = 2*m_Np
    _x8 = y_N2**2
    _x9 = _x5*_x7
    _x10 = y_N3**2
    _x11 = y_N1*y_Np1
    _x12 = mpmath.sqrt(2)
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
    return mpmath.sqrt(((mpmath.mpf(1)/mpmath.mpf(2))*_x19 - mpmath.mpf(1)/mpmath.mpf(2)*_x26)**2 + (2*lambda_N**3*v_phi**3*_x12 - _x1*_x13 + _x10*_x29 - _x11*_x27 - _x11*_x28 + _x13*_x21 + _x13*_x6 - _x16*_x27 - _x16*_x28 - _x17*_x27 - _x17*_x28 + _x23*_x30 + _x25*_x30 + _x29*_x8)**2/(-8*m_N*m_Np + 4*_x2)**2) + (mpmath.mpf(1)/mpmath.mpf(2))*abs(_x19 + _x26)


def heavy_nlo_small(y_N1, y_N2, y_N3, y_Np1, y_Np2, y_Np3, v, v_p, lambda_N, v_phi, m_N, m_Np):
    """Smaller heavy mass at next order.
    
    Equation: derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-11): y_N1 in [-1e-06, 1.5e-06], y_N2 in [-1.3e-06, 1.1e-06], y_N3 in [-7e-07, 1.7e-06], y_Np1 in [-1.1e-06, 1.4e-06], y_Np2 in [-9e-07, 1.6e-06], y_Np3 in [-1.2e-06, 1.25e-06], v in [1000, 1e+06], v_p in [1, 1e+06], lambda_N in [0.1, 10], v_phi in [100, 1e+07], m_N in [-5, 5], m_Np in [-5, 5].
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
    _x0 = 4*m_Np
    _x1 = m_N*_x0
    _x2 = lambda_N**2*v_phi**2
    _x3 = 2*_x2
    _x4 = 1/(-_x1 + _x3)
    _x5 = v**2
    _x6 = y_N1**2*_x5
    _x7 = 2*m_Np
    _x8 = y_N2**2
    _x9 = _x5*_x7
    _x10 = y_N3**2
    _x11 = y_N1*y_Np1
    _x12 = mpmath.sqrt(2)
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
    return abs(mpmath.sqrt(((mpmath.mpf(1)/mpmath.mpf(2))*_x19 - mpmath.mpf(1)/mpmath.mpf(2)*_x26)**2 + (2*lambda_N**3*v_phi**3*_x12 - _x1*_x13 + _x10*_x29 - _x11*_x27 - _x11*_x28 + _x13*_x21 + _x13*_x6 - _x16*_x27 - _x16*_x28 - _x17*_x27 - _x17*_x28 + _x23*_x30 + _x25*_x30 + _x29*_x8)**2/(-8*m_N*m_Np + 4*_x2)**2) - mpmath.mpf(1)/mpmath.mpf(2)*abs(_x19 + _x26))
