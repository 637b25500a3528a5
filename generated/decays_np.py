"""Generated from mevscalar.model.decays: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 08b1bb45c7fc8a9c20e756ebfe6c61c6
# codegen-version: 1

import numpy

__all__ = ['pair_factor_fermion', 'rate_term_fermion', 'pair_factor_boson', 'rate_term_boson', 'mb_term']


def pair_factor_fermion(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (fermion daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [-30, 30], d in [0.0001, 60].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = d + 2*x_lo
        _x1 = (1/4)*d
        _x2 = abs(_x0)
        _x3 = (1/4)*_x2
        _x4 = _x1 - _x3
        _x5 = _x1 + _x3
        _x6 = abs(_x4)
        return 2*numpy.select([numpy.less(_x5, 40),True], [numpy.log1p(2*numpy.sinh(_x1)*numpy.sinh(_x3)/numpy.cosh(_x4)),_x5 - _x6 - numpy.log1p(numpy.exp(-2*_x6)) + numpy.log1p(numpy.exp(-1/2*d - 1/2*_x2))], default=numpy.nan)*numpy.sign(_x0)


def rate_term_fermion(eta, y_d, xi_d, y_s, r_s, c_s):
    """y_d sinh(eta) h(q, d) e^(c_s) f_B(r_s + y_s (cosh eta - 1)) (fermion daughters): the f_phi part P with (y_s, r_s, c_s) = (y_phi, r0, r0), the f_eq part Q with (y_d, q0, max(q0, 0)).
    
    Equation: derived (model/decays.py step 4): integrand of both parts, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 10], y_s in [0.001, 30], r_s in [0.001, 60], c_s in [0, 60].
    Twin: numpy.
    """
    _x0 = numpy.expm1(eta)
    _x1 = (1/4)*y_d
    _x2 = _x0/(_x0 + 1)
    _x3 = -xi_d + (1/2)*y_d + _x0*_x1*_x2
    _x4 = _x0 + _x2
    _x5 = _x1*_x4
    _x6 = abs(_x3)
    _x7 = -_x5
    _x8 = -abs(_x6 + _x7)
    _x9 = (1/2)*_x5 + (1/2)*_x6 + (1/2)*_x8
    _x10 = _x9 - 300
    _x11 = (1/2)*(_x10 + abs(_x10))
    _x12 = -r_s - 1/2*y_s*_x0*_x2
    return -y_d*_x4*(_x11 + numpy.log1p(numpy.exp(-_x11 + _x9)*numpy.expm1(-_x6)*numpy.expm1(_x7)/(numpy.exp(_x8) + 1)))*numpy.exp(c_s + _x12)*numpy.sign(_x3)/numpy.expm1(_x12)


def pair_factor_boson(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (boson daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [0.0001, 40], d in [0.0001, 60].
    Twin: numpy.
    """
    return d + 2*numpy.log1p(-numpy.expm1(-d)/numpy.expm1(x_lo))


def rate_term_boson(eta, y_d, xi_d, y_s, r_s, c_s):
    """y_d sinh(eta) h(q, d) e^(c_s) f_B(r_s + y_s (cosh eta - 1)) (boson daughters): the f_phi part P with (y_s, r_s, c_s) = (y_phi, r0, r0), the f_eq part Q with (y_d, q0, max(q0, 0)).
    
    Equation: derived (model/decays.py step 4): integrand of both parts, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 0], y_s in [0.001, 30], r_s in [0.001, 60], c_s in [0, 60].
    Twin: numpy.
    """
    _x0 = (1/2)*y_d
    _x1 = numpy.expm1(eta)
    _x2 = _x1/(_x1 + 1)
    _x3 = _x1 + _x2
    _x4 = _x0*_x3
    _x5 = -r_s - 1/2*y_s*_x1*_x2
    return -_x0*_x3*(_x4 + 2*numpy.log1p(-numpy.expm1(-_x4)/numpy.expm1(-xi_d + (1/2)*y_d - _x0*_x2)))*numpy.exp(c_s + _x5)/numpy.expm1(_x5)


def mb_term(eta, y_s, y_d):
    """P_MB = (y_d sinh eta)^2 exp(-y_s (cosh eta - 1)); Int dE p e^(-E/T_s) = T_d^2 e^(-y_s) Int P_MB d eta.
    
    Equation: derived (model/decays.py step 5): Maxwell-Boltzmann limit of the integrands.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): eta in [0.001, 12], y_s in [0.001, 700], y_d in [0.001, 700].
    Twin: numpy.
    """
    return y_d**2*numpy.exp(-2*y_s*numpy.sinh((1/2)*eta)**2)*numpy.sinh(eta)**2


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'pair_factor_fermion': {'x_lo': (-30.0, 30.0), 'd': (0.0001, 60.0)},
    'rate_term_fermion': {'eta': (0.001, 4.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 10.0), 'y_s': (0.001, 30.0), 'r_s': (0.001, 60.0), 'c_s': (0.0, 60.0)},
    'pair_factor_boson': {'x_lo': (0.0001, 40.0), 'd': (0.0001, 60.0)},
    'rate_term_boson': {'eta': (0.001, 4.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 0.0), 'y_s': (0.001, 30.0), 'r_s': (0.001, 60.0), 'c_s': (0.0, 60.0)},
    'mb_term': {'eta': (0.001, 12.0), 'y_s': (0.001, 700.0), 'y_d': (0.001, 700.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'pair_factor_fermion': (1e-12, 0.0, False),
    'rate_term_fermion': (1e-11, 1e-300, False),
    'pair_factor_boson': (1e-12, 0.0, False),
    'rate_term_boson': (1e-11, 1e-300, False),
    'mb_term': (1e-12, 1e-300, False),
}
