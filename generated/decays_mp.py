"""Generated from mevscalar.model.decays: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: dadf048dc065d954898ee0476e5e16ba
# codegen-version: 1

import mpmath

__all__ = ['pair_factor_fermion', 'phi_term_fermion', 'eq_term_fermion', 'pair_factor_boson', 'phi_term_boson', 'eq_term_boson', 'mb_term']


def pair_factor_fermion(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (fermion daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [-30, 30], d in [0.0001, 60].
    Twin: mpmath (exact expression).
    """
    x_lo = mpmath.mpmathify(x_lo)
    d = mpmath.mpmathify(d)
    return (1 - mpmath.exp(-d - 2*x_lo))*(2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [(mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo, min(d + x_lo, max(0, d + 2*x_lo))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 2), min(d + x_lo, max(0, d + 2*x_lo) + 8)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 8), min(d + x_lo, max(0, d + 2*x_lo) + 32)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 32), d + x_lo]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo)), min(d + x_lo, max(0, d + 2*x_lo) + 2)]))


def phi_term_fermion(eta, y_phi, r0, y_d, xi_d):
    """P(eta) = y_d sinh(eta) h(q, d) e^(r0) f_phi(E) (fermion daughters); Int dE T_d h f_phi = T_d^2 e^(-r0) Int P d eta.
    
    Equation: derived (model/decays.py step 4): integrand of the f_phi part, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_phi in [0.001, 30], r0 in [0.001, 60], y_d in [0.001, 30], xi_d in [-30, 10].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_phi = mpmath.mpmathify(y_phi)
    r0 = mpmath.mpmathify(r0)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    return y_d*(1 - mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta)))*(2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]))*mpmath.exp(r0)*mpmath.sinh(eta)/(mpmath.exp(r0 + y_phi*(mpmath.cosh(eta) - 1)) - 1)


def eq_term_fermion(eta, y_d, xi_d):
    """Q(eta) = y_d sinh(eta) h(q, d) e^c f_eq(E) = y_d sinh(eta) e^c Int f_1 f_2 dx (fermion daughters), c = max(y_d - 2 xi_d, 0).
    
    Equation: derived (model/decays.py step 4): integrand of the f_eq (inverse-decay) part.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-10): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 10].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    return y_d*(2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]))*mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta) + max(0, -2*xi_d + y_d))*mpmath.sinh(eta)


def pair_factor_boson(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (boson daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [0.0001, 40], d in [0.0001, 60].
    Twin: mpmath (exact expression).
    """
    x_lo = mpmath.mpmathify(x_lo)
    d = mpmath.mpmathify(d)
    return (1 - mpmath.exp(-d - 2*x_lo))*(2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [(mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo, min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 2)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 2), min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 8)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 8), min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 32)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 32), d + x_lo]))


def phi_term_boson(eta, y_phi, r0, y_d, xi_d):
    """P(eta) = y_d sinh(eta) h(q, d) e^(r0) f_phi(E) (boson daughters); Int dE T_d h f_phi = T_d^2 e^(-r0) Int P d eta.
    
    Equation: derived (model/decays.py step 4): integrand of the f_phi part, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_phi in [0.001, 30], r0 in [0.001, 60], y_d in [0.001, 30], xi_d in [-30, 0].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_phi = mpmath.mpmathify(y_phi)
    r0 = mpmath.mpmathify(r0)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    return y_d*(1 - mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta)))*(2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]))*mpmath.exp(r0)*mpmath.sinh(eta)/(mpmath.exp(r0 + y_phi*(mpmath.cosh(eta) - 1)) - 1)


def eq_term_boson(eta, y_d, xi_d):
    """Q(eta) = y_d sinh(eta) h(q, d) e^c f_eq(E) = y_d sinh(eta) e^c Int f_1 f_2 dx (boson daughters), c = max(y_d - 2 xi_d, 0).
    
    Equation: derived (model/decays.py step 4): integrand of the f_eq (inverse-decay) part.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-10): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 0].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    return y_d*(2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]))*mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta) + max(0, -2*xi_d + y_d))*mpmath.sinh(eta)


def mb_term(eta, y_s, y_d):
    """P_MB = (y_d sinh eta)^2 exp(-y_s (cosh eta - 1)); Int dE p e^(-E/T_s) = T_d^2 e^(-y_s) Int P_MB d eta.
    
    Equation: derived (model/decays.py step 5): Maxwell-Boltzmann limit of the integrands.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): eta in [0.001, 12], y_s in [0.001, 700], y_d in [0.001, 700].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_s = mpmath.mpmathify(y_s)
    y_d = mpmath.mpmathify(y_d)
    return y_d**2*mpmath.exp(-y_s*(mpmath.cosh(eta) - 1))*mpmath.sinh(eta)**2
