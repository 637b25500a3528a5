"""Generated from mevscalar.model.thermo: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 84dab62d1389e22c54b7d1c8450fa601
# codegen-version: 1

import numpy

__all__ = ['thermo_f_fermion', 'thermo_df_dxi_fermion', 'thermo_f_boson', 'thermo_df_dxi_boson', 'thermo_mu_n', 'thermo_mu_rho', 'thermo_mu_p', 'thermo_mu_drho_dT']


def thermo_f_fermion(a):
    """Occupation number of a fermion at a = E/T - xi (e^-a form: underflows to 0, never inf/inf).
    
    Equation: derived (f = 1/(e^a + s), a = E/T - xi; Escudero 2020, equilibrium-shaped f).  Units: 1.
    Domain (tested against the mpmath twin to rtol=4e-15): a in [-90, 700].
    Twin: numpy.
    """
    _x0 = numpy.exp(-a)
    return _x0/(_x0 + 1)


def thermo_df_dxi_fermion(a):
    """d f/d xi of a fermion at a = E/T - xi (equal to -d f/d a).
    
    Equation: derived (d f/d xi = -d f/d a = f (1 - s f), SymPy).  Units: 1.
    Domain (tested against the mpmath twin to rtol=6e-15): a in [-90, 700].
    Twin: numpy.
    """
    _x0 = numpy.exp(-a)
    return _x0/(_x0 + 1)**2


def thermo_f_boson(a):
    """Occupation number of a boson at a = E/T - xi (e^-a form: underflows to 0, never inf/inf).
    
    Equation: derived (f = 1/(e^a + s), a = E/T - xi; Escudero 2020, equilibrium-shaped f).  Units: 1.
    Domain (tested against the mpmath twin to rtol=4e-15): a in [1e-06, 700].
    Twin: numpy.
    """
    _x0 = -a
    return -numpy.exp(_x0)/numpy.expm1(_x0)


def thermo_df_dxi_boson(a):
    """d f/d xi of a boson at a = E/T - xi (equal to -d f/d a).
    
    Equation: derived (d f/d xi = -d f/d a = f (1 - s f), SymPy).  Units: 1.
    Domain (tested against the mpmath twin to rtol=6e-15): a in [1e-06, 700].
    Twin: numpy.
    """
    _x0 = -a
    return numpy.exp(_x0)/numpy.expm1(_x0)**2


def thermo_mu_n(q2, eps):
    """q^2/(2 pi^2): measure of n (with f) and dn/dxi (with df/dxi), per g T^3. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: numpy.
    """
    return 0.05066059182116889*q2


def thermo_mu_rho(q2, eps):
    """q^2 eps/(2 pi^2): measure of rho (f), drho/dxi (df/dxi, per g T^4) and dn/dT (per g T^2). Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: numpy.
    """
    return 0.05066059182116889*eps*q2


def thermo_mu_p(q2, eps):
    """q^4/(6 pi^2 eps): measure of the pressure (with f), per g T^4. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: numpy.
    """
    return 0.01688686394038963*q2**2/eps


def thermo_mu_drho_dT(q2, eps):
    """q^2 eps^2/(2 pi^2): measure of drho/dT (with df/dxi), per g T^3. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: numpy.
    """
    return 0.05066059182116889*eps**2*q2


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'thermo_f_fermion': {'a': (-90.0, 700.0)},
    'thermo_df_dxi_fermion': {'a': (-90.0, 700.0)},
    'thermo_f_boson': {'a': (1e-06, 700.0)},
    'thermo_df_dxi_boson': {'a': (1e-06, 700.0)},
    'thermo_mu_n': {'q2': (1e-16, 1000000000000.0), 'eps': (1e-08, 1000000.0)},
    'thermo_mu_rho': {'q2': (1e-16, 1000000000000.0), 'eps': (1e-08, 1000000.0)},
    'thermo_mu_p': {'q2': (1e-16, 1000000000000.0), 'eps': (1e-08, 1000000.0)},
    'thermo_mu_drho_dT': {'q2': (1e-16, 1000000000000.0), 'eps': (1e-08, 1000000.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'thermo_f_fermion': (4e-15, 0.0, False),
    'thermo_df_dxi_fermion': (6e-15, 0.0, False),
    'thermo_f_boson': (4e-15, 0.0, False),
    'thermo_df_dxi_boson': (6e-15, 0.0, False),
    'thermo_mu_n': (2e-15, 0.0, False),
    'thermo_mu_rho': (2e-15, 0.0, False),
    'thermo_mu_p': (2e-15, 0.0, False),
    'thermo_mu_drho_dT': (2e-15, 0.0, False),
}
