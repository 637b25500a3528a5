"""Generated from mevscalar.model.decays: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: dadf048dc065d954898ee0476e5e16ba
# codegen-version: 1

import numpy

__all__ = ['pair_factor_fermion', 'phi_term_fermion', 'eq_term_fermion', 'pair_factor_boson', 'phi_term_boson', 'eq_term_boson', 'mb_term']


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


def phi_term_fermion(eta, y_phi, r0, y_d, xi_d):
    """P(eta) = y_d sinh(eta) h(q, d) e^(r0) f_phi(E) (fermion daughters); Int dE T_d h f_phi = T_d^2 e^(-r0) Int P d eta.
    
    Equation: derived (model/decays.py step 4): integrand of the f_phi part, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_phi in [0.001, 30], r0 in [0.001, 60], y_d in [0.001, 30], xi_d in [-30, 10].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = 2*numpy.sinh((1/2)*eta)**2
        _x1 = y_phi*_x0
        _x2 = y_d*numpy.sinh(eta)
        _x3 = (1/4)*_x2
        _x4 = -2*xi_d + y_d*_x0 + y_d
        _x5 = abs(_x4)
        _x6 = (1/4)*_x5
        _x7 = _x3 - _x6
        _x8 = _x3 + _x6
        _x9 = abs(_x7)
        return -2*_x2*numpy.select([numpy.less(_x8, 40),True], [numpy.log1p(2*numpy.sinh(_x3)*numpy.sinh(_x6)/numpy.cosh(_x7)),_x8 - _x9 - numpy.log1p(numpy.exp(-2*_x9)) + numpy.log1p(numpy.exp(-1/2*_x2 - 1/2*_x5))], default=numpy.nan)*numpy.exp(-_x1)*numpy.sign(_x4)/numpy.expm1(-r0 - _x1)


def eq_term_fermion(eta, y_d, xi_d):
    """Q(eta) = y_d sinh(eta) h(q, d) e^c f_eq(E) = y_d sinh(eta) e^c Int f_1 f_2 dx (fermion daughters), c = max(y_d - 2 xi_d, 0).
    
    Equation: derived (model/decays.py step 4): integrand of the f_eq (inverse-decay) part.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-10): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 10].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = numpy.sinh(eta)
        _x1 = 2*y_d
        _x2 = _x1*numpy.sinh((1/2)*eta)**2
        _x3 = -2*xi_d + y_d + _x2
        _x4 = (1/4)*y_d*_x0
        _x5 = abs(_x3)
        _x6 = (1/4)*_x5
        _x7 = _x4 - _x6
        _x8 = _x4 + _x6
        _x9 = abs(_x7)
        _x10 = (1/2)*y_d
        return -_x0*_x1*numpy.select([numpy.less(_x8, 40),True], [numpy.log1p(2*numpy.sinh(_x4)*numpy.sinh(_x6)/numpy.cosh(_x7)),_x8 - _x9 - numpy.log1p(numpy.exp(-2*_x9)) + numpy.log1p(numpy.exp(-_x0*_x10 - 1/2*_x5))], default=numpy.nan)*numpy.exp(xi_d - _x10 - _x2 + (1/2)*abs(2*xi_d - y_d))*numpy.sign(_x3)/numpy.expm1(-_x3)


def pair_factor_boson(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (boson daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [0.0001, 40], d in [0.0001, 60].
    Twin: numpy.
    """
    return d + 2*numpy.log1p(-numpy.expm1(-d)/numpy.expm1(x_lo))


def phi_term_boson(eta, y_phi, r0, y_d, xi_d):
    """P(eta) = y_d sinh(eta) h(q, d) e^(r0) f_phi(E) (boson daughters); Int dE T_d h f_phi = T_d^2 e^(-r0) Int P d eta.
    
    Equation: derived (model/decays.py step 4): integrand of the f_phi part, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_phi in [0.001, 30], r0 in [0.001, 60], y_d in [0.001, 30], xi_d in [-30, 0].
    Twin: numpy.
    """
    _x0 = 2*y_phi*numpy.sinh((1/2)*eta)**2
    _x1 = y_d*numpy.sinh(eta)
    return -_x1*(_x1 + 2*numpy.log1p(-numpy.expm1(-_x1)/numpy.expm1(-xi_d + (1/2)*y_d*numpy.exp(-eta))))*numpy.exp(-_x0)/numpy.expm1(-r0 - _x0)


def eq_term_boson(eta, y_d, xi_d):
    """Q(eta) = y_d sinh(eta) h(q, d) e^c f_eq(E) = y_d sinh(eta) e^c Int f_1 f_2 dx (boson daughters), c = max(y_d - 2 xi_d, 0).
    
    Equation: derived (model/decays.py step 4): integrand of the f_eq (inverse-decay) part.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-10): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 0].
    Twin: numpy.
    """
    _x0 = 2*y_d*numpy.sinh((1/2)*eta)**2
    _x1 = y_d*numpy.sinh(eta)
    return -_x1*(_x1 + 2*numpy.log1p(-numpy.expm1(-_x1)/numpy.expm1(-xi_d + (1/2)*y_d*numpy.exp(-eta))))*numpy.exp(xi_d - 1/2*y_d - _x0 + (1/2)*abs(2*xi_d - y_d))/numpy.expm1(2*xi_d - y_d - _x0)


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
    'phi_term_fermion': {'eta': (0.001, 4.0), 'y_phi': (0.001, 30.0), 'r0': (0.001, 60.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 10.0)},
    'eq_term_fermion': {'eta': (0.001, 4.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 10.0)},
    'pair_factor_boson': {'x_lo': (0.0001, 40.0), 'd': (0.0001, 60.0)},
    'phi_term_boson': {'eta': (0.001, 4.0), 'y_phi': (0.001, 30.0), 'r0': (0.001, 60.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 0.0)},
    'eq_term_boson': {'eta': (0.001, 4.0), 'y_d': (0.001, 30.0), 'xi_d': (-30.0, 0.0)},
    'mb_term': {'eta': (0.001, 12.0), 'y_s': (0.001, 700.0), 'y_d': (0.001, 700.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'pair_factor_fermion': (1e-12, 0.0, False),
    'phi_term_fermion': (1e-11, 0.0, False),
    'eq_term_fermion': (1e-10, 0.0, False),
    'pair_factor_boson': (1e-12, 0.0, False),
    'phi_term_boson': (1e-11, 0.0, False),
    'eq_term_boson': (1e-10, 0.0, False),
    'mb_term': (1e-12, 1e-300, False),
}
