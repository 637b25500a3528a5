"""Generated from mevscalar.model.weak: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: f1013324f350212f8fef340754b24fdd
# codegen-version: 1

import mpmath

__all__ = ['weak_ann_jac', 'weak_ann_etot', 'weak_ann_e1', 'weak_ann_e3', 'weak_ann_A_q00', 'weak_ann_A_q02', 'weak_ann_A_q20', 'weak_ann_A_q22', 'weak_ann_B_q00', 'weak_sc_jac', 'weak_sc_etot', 'weak_sc_e1', 'weak_sc_A_q00', 'weak_sc_A_q02', 'weak_sc_A_q11', 'weak_sc_A_q20', 'weak_sc_A_q22', 'weak_sc_B_q00', 'weak_sc_B_q11', 'weak_mb0_ann_n_gain', 'weak_mb0_ann_rho_gain', 'weak_mb0_sc_rho', 'weak_mb0_sc_rho_gain', 'weak_mb0_sc_rho_loss']


def weak_ann_jac(w, z, m):
    """Measure J(w, z, m) of the reduced collision integral of nu nubar <-> f fbar (G_F = 1).
    
    Equation: derived (model/weak.py: J = w z Q p_i p_f/(128 pi^5 M^2)).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-13): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    _x1 = z**2
    _x2 = mpmath.sqrt(4*m**2 + _x0)
    return (mpmath.mpf(1)/mpmath.mpf(512))*_x0*_x1*mpmath.sqrt(_x1 + 2*_x2)/(mpmath.pi**5*_x2)


def weak_ann_etot(w, z, m):
    """Plasma-frame energy E = M + z^2 of the pair (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E = M + z^2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-14): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    m = mpmath.mpmathify(m)
    return z**2 + mpmath.sqrt(4*m**2 + w**2)


def weak_ann_e1(w, z, c, m):
    """Plasma-frame energy of the neutrino 1 at CM cosine c (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E_1 = (E E_1* + Q p_i* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    c = mpmath.mpmathify(c)
    m = mpmath.mpmathify(m)
    _x0 = z**2
    _x1 = mpmath.sqrt(4*m**2 + w**2)
    return (mpmath.mpf(1)/mpmath.mpf(2))*c*z*mpmath.sqrt(_x0 + 2*_x1) + (mpmath.mpf(1)/mpmath.mpf(2))*_x0 + (mpmath.mpf(1)/mpmath.mpf(2))*_x1


def weak_ann_e3(w, z, c, m):
    """Plasma-frame energy of the partner f (3) at CM cosine c (nu nubar <-> f fbar).
    
    Equation: derived (model/weak.py: E_3 = (E E_3* + Q p_f* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    c = mpmath.mpmathify(c)
    m = mpmath.mpmathify(m)
    _x0 = 4*m**2 + w**2
    _x1 = mpmath.sqrt(_x0)
    _x2 = z**2
    return (mpmath.mpf(1)/mpmath.mpf(2))*(c*w*z*mpmath.sqrt(2*_x1 + _x2) + _x0 + _x1*_x2)/_x1


def weak_ann_A_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    _x1 = m**2
    return 4*(_x0 + 4*_x1)*(3*_x0 + 8*_x1)


def weak_ann_A_q02(w, m):
    """Coefficient of c1^0 c3^2 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    return -4*_x0*(4*m**2 + _x0)


def weak_ann_A_q20(w, m):
    """Coefficient of c1^2 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    return -4*_x0*(4*m**2 + _x0)


def weak_ann_A_q22(w, m):
    """Coefficient of c1^2 c3^2 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    return 12*_x0*(4*m**2 + _x0)


def weak_ann_B_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu nubar <-> f fbar, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = m**2
    return 64*_x0*(w**2 + 4*_x0)


def weak_sc_jac(w, z, m):
    """Measure J(w, z, m) of the reduced collision integral of nu f -> nu f (G_F = 1).
    
    Equation: derived (model/weak.py: J = w z Q p_i p_f/(128 pi^5 M^2)).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-13): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    m = mpmath.mpmathify(m)
    _x0 = z**2
    _x1 = m**2 + w**2
    return (mpmath.mpf(1)/mpmath.mpf(512))*w**5*_x0*mpmath.sqrt(_x0 + 2*mpmath.sqrt(_x1))/(mpmath.pi**5*_x1**2)


def weak_sc_etot(w, z, m):
    """Plasma-frame energy E = M + z^2 of the pair (nu f -> nu f).
    
    Equation: derived (model/weak.py: E = M + z^2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-14): w in [0.001, 200], z in [0.001, 20], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    m = mpmath.mpmathify(m)
    return z**2 + mpmath.sqrt(m**2 + w**2)


def weak_sc_e1(w, z, c, m):
    """Plasma-frame energy of the neutrino 1 at CM cosine c (nu f -> nu f).
    
    Equation: derived (model/weak.py: E_1 = (E E_1* + Q p_i* c)/M).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], z in [0.001, 20], c in [-1, 1], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    z = mpmath.mpmathify(z)
    c = mpmath.mpmathify(c)
    m = mpmath.mpmathify(m)
    _x0 = w**2
    _x1 = m**2 + _x0
    _x2 = z**2
    _x3 = mpmath.sqrt(_x1)
    return (mpmath.mpf(1)/mpmath.mpf(2))*_x0*(c*z*mpmath.sqrt(_x2 + 2*_x3) + _x2 + _x3)/_x1


def weak_sc_A_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = w**4
    _x1 = m**2
    _x2 = w**2
    return 8*_x0*(16*m**4 + 11*_x0 + 24*_x1*_x2)/(_x1 + _x2)**2


def weak_sc_A_q02(w, m):
    """Coefficient of c1^0 c3^2 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    return -8*w**8/(m**2 + w**2)**2


def weak_sc_A_q11(w, m):
    """Coefficient of c1^1 c3^1 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = m**2
    _x1 = w**2
    return 32*w**6*(2*_x0 + _x1)/(_x0 + _x1)**2


def weak_sc_A_q20(w, m):
    """Coefficient of c1^2 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    return -8*w**8/(m**2 + w**2)**2


def weak_sc_A_q22(w, m):
    """Coefficient of c1^2 c3^2 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure A.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure A).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    return 24*w**8/(m**2 + w**2)**2


def weak_sc_B_q00(w, m):
    """Coefficient of c1^0 c3^0 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = m**2
    return -128*w**4*_x0/(w**2 + _x0)


def weak_sc_B_q11(w, m):
    """Coefficient of c1^1 c3^1 in <|M|^2>_phi/G_F^2 of nu f -> nu f, structure B.
    
    Equation: derived from DHS 1997 Table 1 (model/weak.py, structure B).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): w in [0.001, 200], m in [0, 20].
    Twin: mpmath (exact expression).
    """
    w = mpmath.mpmathify(w)
    m = mpmath.mpmathify(m)
    _x0 = m**2
    return 128*w**4*_x0/(w**2 + _x0)


def weak_mb0_ann_n_gain(T, T_f, xi, xi_f):
    """MB massless ann_n_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    T_f = mpmath.mpmathify(T_f)
    xi = mpmath.mpmathify(xi)
    xi_f = mpmath.mpmathify(xi_f)
    return 32*T_f**8*mpmath.exp(2*xi_f)/mpmath.pi**5


def weak_mb0_ann_rho_gain(T, T_f, xi, xi_f):
    """MB massless ann_rho_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    T_f = mpmath.mpmathify(T_f)
    xi = mpmath.mpmathify(xi)
    xi_f = mpmath.mpmathify(xi_f)
    return 128*T_f**9*mpmath.exp(2*xi_f)/mpmath.pi**5


def weak_mb0_sc_rho(T, T_f, xi, xi_f):
    """MB massless sc_rho per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    T_f = mpmath.mpmathify(T_f)
    xi = mpmath.mpmathify(xi)
    xi_f = mpmath.mpmathify(xi_f)
    return -224*T**4*T_f**4*(T - T_f)*mpmath.exp(xi)*mpmath.exp(xi_f)/mpmath.pi**5


def weak_mb0_sc_rho_gain(T, T_f, xi, xi_f):
    """MB massless sc_rho_gain per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    T_f = mpmath.mpmathify(T_f)
    xi = mpmath.mpmathify(xi)
    xi_f = mpmath.mpmathify(xi_f)
    return 32*T**4*T_f**4*(9*T + 7*T_f)*mpmath.exp(xi)*mpmath.exp(xi_f)/mpmath.pi**5


def weak_mb0_sc_rho_loss(T, T_f, xi, xi_f):
    """MB massless sc_rho_loss per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.
    
    Equation: derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum).  Units: MeV^5.
    Domain (tested against the mpmath twin to rtol=1e-13): T in [0.001, 30], T_f in [0.001, 30], xi in [-4, 4], xi_f in [-4, 4].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    T_f = mpmath.mpmathify(T_f)
    xi = mpmath.mpmathify(xi)
    xi_f = mpmath.mpmathify(xi_f)
    return 512*T**5*T_f**4*mpmath.exp(xi)*mpmath.exp(xi_f)/mpmath.pi**5
