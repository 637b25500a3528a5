"""Generated from mevscalar.model.decays: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 08b1bb45c7fc8a9c20e756ebfe6c61c6
# codegen-version: 1

import mpmath

__all__ = ['pair_factor_fermion', 'rate_term_fermion', 'pair_factor_boson', 'rate_term_boson', 'mb_term']


def pair_factor_fermion(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (fermion daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [-30, 30], d in [0.0001, 60].
    Twin: mpmath (exact expression).
    """
    x_lo = mpmath.mpmathify(x_lo)
    d = mpmath.mpmathify(d)
    return (1 - mpmath.exp(-d - 2*x_lo))*(2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [(mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo, min(d + x_lo, max(0, d + 2*x_lo))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 2), min(d + x_lo, max(0, d + 2*x_lo) + 8)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 8), min(d + x_lo, max(0, d + 2*x_lo) + 32)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo) + 32), d + x_lo]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(-d + x_int - 2*x_lo) + 1)), [min(d + x_lo, max(0, d + 2*x_lo)), min(d + x_lo, max(0, d + 2*x_lo) + 2)]))


def rate_term_fermion(eta, y_d, xi_d, y_s, r_s, c_s):
    """y_d sinh(eta) h(q, d) e^(c_s) f_B(r_s + y_s (cosh eta - 1)) (fermion daughters): the f_phi part P with (y_s, r_s, c_s) = (y_phi, r0, r0), the f_eq part Q with (y_d, q0, max(q0, 0)).
    
    Equation: derived (model/decays.py step 4): integrand of both parts, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 10], y_s in [0.001, 30], r_s in [0.001, 60], c_s in [0, 60].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    y_s = mpmath.mpmathify(y_s)
    r_s = mpmath.mpmathify(r_s)
    c_s = mpmath.mpmathify(c_s)
    return y_d*(1 - mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta)))*(2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]) + 2*mpmath.quad(lambda x_int: 1/((1 + mpmath.exp(-x_int))*(mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)) + 1)), [min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(max(0, -2*xi_d + y_d*mpmath.cosh(eta)) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]))*mpmath.exp(c_s)*mpmath.sinh(eta)/(mpmath.exp(r_s + y_s*(mpmath.cosh(eta) - 1)) - 1)


def pair_factor_boson(x_lo, d):
    """h = (e^q - 1) Int f_1 f_2 dx over the daughter energy (boson daughters), as a function of x_- = E_-/T_d - xi_d and d = p/T_d (q = 2 x_- + d).
    
    Equation: derived (model/decays.py step 3): E_1 integral of the statistical factors.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x_lo in [0.0001, 40], d in [0.0001, 60].
    Twin: mpmath (exact expression).
    """
    x_lo = mpmath.mpmathify(x_lo)
    d = mpmath.mpmathify(d)
    return (1 - mpmath.exp(-d - 2*x_lo))*(2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [(mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo, min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 2)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 2), min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 8)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 8), min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 32)]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(-d + x_int - 2*x_lo))), [min(d + x_lo, (mpmath.mpf(1)/mpmath.mpf(2))*d + x_lo + 32), d + x_lo]))


def rate_term_boson(eta, y_d, xi_d, y_s, r_s, c_s):
    """y_d sinh(eta) h(q, d) e^(c_s) f_B(r_s + y_s (cosh eta - 1)) (boson daughters): the f_phi part P with (y_s, r_s, c_s) = (y_phi, r0, r0), the f_eq part Q with (y_d, q0, max(q0, 0)).
    
    Equation: derived (model/decays.py step 4): integrand of both parts, E = m cosh eta.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): eta in [0.001, 4], y_d in [0.001, 30], xi_d in [-30, 0], y_s in [0.001, 30], r_s in [0.001, 60], c_s in [0, 60].
    Twin: mpmath (exact expression).
    """
    eta = mpmath.mpmathify(eta)
    y_d = mpmath.mpmathify(y_d)
    xi_d = mpmath.mpmathify(xi_d)
    y_s = mpmath.mpmathify(y_s)
    r_s = mpmath.mpmathify(r_s)
    c_s = mpmath.mpmathify(c_s)
    return y_d*(1 - mpmath.exp(2*xi_d - y_d*mpmath.cosh(eta)))*(2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 2, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 8, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta))]) + 2*mpmath.quad(lambda x_int: 1/((1 - mpmath.exp(-x_int))*(1 - mpmath.exp(x_int + 2*xi_d - y_d*mpmath.cosh(eta)))), [min(-xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta) + 32, -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)), -xi_d + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.sinh(eta) + (mpmath.mpf(1)/mpmath.mpf(2))*y_d*mpmath.cosh(eta)]))*mpmath.exp(c_s)*mpmath.sinh(eta)/(mpmath.exp(r_s + y_s*(mpmath.cosh(eta) - 1)) - 1)


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
