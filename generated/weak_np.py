"""Generated from mevscalar.model.weak: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: f1013324f350212f8fef340754b24fdd
# codegen-version: 1

import numpy

__all__ = ['weak_ann_jac', 'weak_ann_etot', 'weak_ann_e1', 'weak_ann_e3', 'weak_ann_A_q00', 'weak_ann_A_q02', 'weak_ann_A_q20', 'weak_ann_A_q22', 'weak_ann_B_q00', 'weak_sc_jac', 'weak_sc_etot', 'weak_sc_e1', 'weak_sc_A_q00', 'weak_sc_A_q02', 'weak_sc_A_q11', 'weak_sc_A_q20', 'weak_sc_A_q22', 'weak_sc_B_q00', 'weak_sc_B_q11', 'weak_mb0_ann_n_gain', 'weak_mb0_ann_rho_gain', 'weak_mb0_sc_rho', 'weak_mb0_sc_rho_gain', 'weak_mb0_sc_rho_loss']


def weak_ann_jac(w, z, m):
    """Measure J(w, z, m) of the reduced collision integral of nu nubar <-> f fbar (G_F = 1).
    
    Equation: derived (model/weak.py: J = w z Q p_i p_f/(128 pi^5 M^2)).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-13): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    _x1 = z**2
    _x2 = numpy.sqrt(4*m**2 + _x0)
    return 6.382350865338644e-06*_x0*_x1*numpy.sqrt(_x1 + 2*_x2)/_x2


def weak_ann_etot(w, z, m):
    """Plasma-frame energy E = M + z^2 of the pair (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E = M + z^2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-14): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: numpy.
    """
    return z**2 + numpy.sqrt(4*m**2 + w**2)


def weak_ann_e1(w, z, c, m):
    """Plasma-frame energy of the neutrino 1 at CM cosine c (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E_1 = (E E_1* + Q p_i* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: numpy.
    """
    _x0 = z**2
    _x1 = numpy.sqrt(4*m**2 + w**2)
    return (1/2)*c*z*numpy.sqrt(_x0 + 2*_x1) + (1/2)*_x0 + (1/2)*_x1


def weak_ann_e3(w, z, c, m):
    """Plasma-frame energy of the partner f (3) at CM cosine c (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E_3 = (E E_3* + Q p_f* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: numpy.
    """
    _x0 = 4*m**2 + w**2
    _x1 = numpy.sqrt(_x0)
    _x2 = z**2
    return (1/2)*(c*w*z*numpy.sqrt(2*_x1 + _x2) + _x0 + _x1*_x2)/_x1


def weak_ann_A_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    _x1 = m**2
    return 4*(_x0 + 4*_x1)*(3*_x0 + 8*_x1)


def weak_ann_A_q02(w, m):
    """Coefficient of c1^0 c3^2 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    return -4*_x0*(4*m**2 + _x0)


def weak_ann_A_q20(w, m):
    """Coefficient of c1^2 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    return -4*_x0*(4*m**2 + _x0)


def weak_ann_A_q22(w, m):
    """Coefficient of c1^2 c3^2 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    return 12*_x0*(4*m**2 + _x0)


def weak_ann_B_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = m**2
    return 64*_x0*(w**2 + 4*_x0)


def weak_sc_jac(w, z, m):
    """Measure J(w, z, m) of the reduced collision integral of nu f -> nu f (G_F = 1).
    
    Equation: derived (model/weak.py: J = w z Q p_i p_f/(128 pi^5 M^2)).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-13): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: numpy.
    """
    _x0 = z**2
    _x1 = m**2 + w**2
    return 6.382350865338644e-06*w**5*_x0*numpy.sqrt(_x0 + 2*numpy.sqrt(_x1))/_x1**2


def weak_sc_etot(w, z, m):
    """Plasma-frame energy E = M + z^2 of the pair (nu f -> nu f).
    
    Equation: derived (model/weak.py: E = M + z^2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-14): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: numpy.
    """
    return z**2 + numpy.sqrt(m**2 + w**2)


def weak_sc_e1(w, z, c, m):
    """Plasma-frame energy of the neutrino 1 at CM cosine c (nu f -> nu f).
    
    Equation: derived (model/weak.py: E_1 = (E E_1* + Q p_i* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**2
    _x1 = m**2 + _x0
    _x2 = z**2
    _x3 = numpy.sqrt(_x1)
    return (1/2)*_x0*(c*z*numpy.sqrt(_x2 + 2*_x3) + _x2 + _x3)/_x1


def weak_sc_A_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = w**4
    _x1 = m**2
    _x2 = w**2
    return 8*_x0*(16*m**4 + 11*_x0 + 24*_x1*_x2)/(_x1 + _x2)**2


def weak_sc_A_q02(w, m):
    """Coefficient of c1^0 c3^2 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    return -8*w**8/(m**2 + w**2)**2


def weak_sc_A_q11(w, m):
    """Coefficient of c1^1 c3^1 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = m**2
    _x1 = w**2
    return 32*w**6*(2*_x0 + _x1)/(_x0 + _x1)**2


def weak_sc_A_q20(w, m):
    """Coefficient of c1^2 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    return -8*w**8/(m**2 + w**2)**2


def weak_sc_A_q22(w, m):
    """Coefficient of c1^2 c3^2 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    return 24*w**8/(m**2 + w**2)**2


def weak_sc_B_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = m**2
    return -128*w**4*_x0/(w**2 + _x0)


def weak_sc_B_q11(w, m):
    """Coefficient of c1^1 c3^1 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: numpy.
    """
    _x0 = m**2
    return 128*w**4*_x0/(w**2 + _x0)


def weak_mb0_ann_n_gain(T, T_f, xi, xi_f):
    """MB massless ann_n_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: numpy.
    """
    return 0.10456843657770834*T_f**8*numpy.exp(2*xi_f)


def weak_mb0_ann_rho_gain(T, T_f, xi, xi_f):
    """MB massless ann_rho_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: numpy.
    """
    return 0.41827374631083336*T_f**9*numpy.exp(2*xi_f)


def weak_mb0_sc_rho(T, T_f, xi, xi_f):
    """MB massless sc_rho per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: numpy.
    """
    return -0.7319790560439583*T**4*T_f**4*(T - T_f)*numpy.exp(xi)*numpy.exp(xi_f)


def weak_mb0_sc_rho_gain(T, T_f, xi, xi_f):
    """MB massless sc_rho_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: numpy.
    """
    return 0.10456843657770834*T**4*T_f**4*(9*T + 7*T_f)*numpy.exp(xi)*numpy.exp(xi_f)


def weak_mb0_sc_rho_loss(T, T_f, xi, xi_f):
    """MB massless sc_rho_loss per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: numpy.
    """
    return 1.6730949852433334*T**5*T_f**4*numpy.exp(xi)*numpy.exp(xi_f)


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'weak_ann_jac': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'm': (0.0, 20.0)},
    'weak_ann_etot': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'm': (0.0, 20.0)},
    'weak_ann_e1': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'c': (-1.0, 1.0), 'm': (0.0, 20.0)},
    'weak_ann_e3': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'c': (-1.0, 1.0), 'm': (0.0, 20.0)},
    'weak_ann_A_q00': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_ann_A_q02': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_ann_A_q20': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_ann_A_q22': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_ann_B_q00': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_jac': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'm': (0.0, 20.0)},
    'weak_sc_etot': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'm': (0.0, 20.0)},
    'weak_sc_e1': {'w': (0.001, 200.0), 'z': (0.001, 20.0), 'c': (-1.0, 1.0), 'm': (0.0, 20.0)},
    'weak_sc_A_q00': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_A_q02': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_A_q11': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_A_q20': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_A_q22': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_B_q00': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_sc_B_q11': {'w': (0.001, 200.0), 'm': (0.0, 20.0)},
    'weak_mb0_ann_n_gain': {'T': (0.001, 30.0), 'T_f': (0.001, 30.0), 'xi': (-4.0, 4.0), 'xi_f': (-4.0, 4.0)},
    'weak_mb0_ann_rho_gain': {'T': (0.001, 30.0), 'T_f': (0.001, 30.0), 'xi': (-4.0, 4.0), 'xi_f': (-4.0, 4.0)},
    'weak_mb0_sc_rho': {'T': (0.001, 30.0), 'T_f': (0.001, 30.0), 'xi': (-4.0, 4.0), 'xi_f': (-4.0, 4.0)},
    'weak_mb0_sc_rho_gain': {'T': (0.001, 30.0), 'T_f': (0.001, 30.0), 'xi': (-4.0, 4.0), 'xi_f': (-4.0, 4.0)},
    'weak_mb0_sc_rho_loss': {'T': (0.001, 30.0), 'T_f': (0.001, 30.0), 'xi': (-4.0, 4.0), 'xi_f': (-4.0, 4.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'weak_ann_jac': (1e-13, 0.0, False),
    'weak_ann_etot': (1e-14, 0.0, False),
    'weak_ann_e1': (1e-12, 1e-13, False),
    'weak_ann_e3': (1e-12, 1e-13, False),
    'weak_ann_A_q00': (1e-12, 1e-12, False),
    'weak_ann_A_q02': (1e-12, 1e-12, False),
    'weak_ann_A_q20': (1e-12, 1e-12, False),
    'weak_ann_A_q22': (1e-12, 1e-12, False),
    'weak_ann_B_q00': (1e-12, 1e-12, False),
    'weak_sc_jac': (1e-13, 0.0, False),
    'weak_sc_etot': (1e-14, 0.0, False),
    'weak_sc_e1': (1e-12, 1e-13, False),
    'weak_sc_A_q00': (1e-12, 1e-12, False),
    'weak_sc_A_q02': (1e-12, 1e-12, False),
    'weak_sc_A_q11': (1e-12, 1e-12, False),
    'weak_sc_A_q20': (1e-12, 1e-12, False),
    'weak_sc_A_q22': (1e-12, 1e-12, False),
    'weak_sc_B_q00': (1e-12, 1e-12, False),
    'weak_sc_B_q11': (1e-12, 1e-12, False),
    'weak_mb0_ann_n_gain': (1e-13, 0.0, False),
    'weak_mb0_ann_rho_gain': (1e-13, 0.0, False),
    'weak_mb0_sc_rho': (1e-12, 0.0, False),
    'weak_mb0_sc_rho_gain': (1e-13, 0.0, False),
    'weak_mb0_sc_rho_loss': (1e-13, 0.0, False),
}
