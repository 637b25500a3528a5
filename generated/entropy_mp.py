"""Generated from mevscalar.model.entropy: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 83faa366add2a198bb7b607781c6490b
# codegen-version: 1

import mpmath

__all__ = ['F_fermion', 'F_fermion_high_T', 'F_boson', 'F_boson_high_T', 'tnu_over_tgamma_eq12', 'neff_eq7', 'neff_eq13', 'neff_instantaneous_qed']


def F_fermion(y):
    """Entropy function F_fermion(y) of Eq. 12 (entropy of one dof of mass y T / massless fermion's).
    
    Equation: Eq. 12 (F, + fermion / - boson), shifted x = y + u.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return (mpmath.mpf(30)/mpmath.mpf(7))*mpmath.exp(-y)*mpmath.quad(lambda u_int: mpmath.sqrt(u_int)*mpmath.sqrt(u_int + 2*y)*(-y**2 + 4*(u_int + y)**2)*mpmath.exp(-u_int)/(mpmath.exp(-u_int - y) + 1), [0, mpmath.inf])/mpmath.pi**4


def F_fermion_high_T(y):
    """High-temperature series of F_fermion(y) (an approximation; its error is measured in tests).
    
    Equation: Eq. 12, high-temperature (y -> 0) expansion to O(y^4); error O(y^6).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 3].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return (mpmath.mpf(45)/mpmath.mpf(56))*y**4/mpmath.pi**4 - mpmath.mpf(15)/mpmath.mpf(14)*y**2/mpmath.pi**2 + 1


def F_boson(y):
    """Entropy function F_boson(y) of Eq. 12 (entropy of one dof of mass y T / massless fermion's).
    
    Equation: Eq. 12 (F, + fermion / - boson), shifted x = y + u.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return (mpmath.mpf(30)/mpmath.mpf(7))*mpmath.exp(-y)*mpmath.quad(lambda u_int: -mpmath.sqrt(u_int)*mpmath.sqrt(u_int + 2*y)*(-y**2 + 4*(u_int + y)**2)*mpmath.exp(-u_int)/mpmath.expm1(-u_int - y), [0, mpmath.inf])/mpmath.pi**4


def F_boson_high_T(y):
    """High-temperature series of F_boson(y) (an approximation; its error is measured in tests).
    
    Equation: Eq. 12, high-temperature (y -> 0) expansion to O(y^4); error O(y^6).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 3].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return -mpmath.mpf(45)/mpmath.mpf(56)*y**4/mpmath.pi**4 + (mpmath.mpf(15)/mpmath.mpf(7))*y**3/mpmath.pi**3 - mpmath.mpf(15)/mpmath.mpf(7)*y**2/mpmath.pi**2 + mpmath.mpf(8)/mpmath.mpf(7)


def tnu_over_tgamma_eq12(F_e_g, F_phi_g, F_e_D, F_phi_D, BR_nunu, N_nu):
    """T_nu/T_gamma (Eq. 12) from the F values at T_gamma and at T_D.
    
    Equation: Eq. 12.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): F_e_g in [0, 1], F_phi_g in [0, 1.14286], F_e_D in [0, 1], F_phi_D in [0, 1.14286], BR_nunu in [0, 0.999], N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    F_e_g = mpmath.mpmathify(F_e_g)
    F_phi_g = mpmath.mpmathify(F_phi_g)
    F_e_D = mpmath.mpmathify(F_e_D)
    F_phi_D = mpmath.mpmathify(F_phi_D)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    N_nu = mpmath.mpmathify(N_nu)
    _x0 = (mpmath.mpf(1)/mpmath.mpf(2))*BR_nunu
    _x1 = mpmath.mpf(7)/mpmath.mpf(8) - mpmath.mpf(7)/mpmath.mpf(8)*BR_nunu
    return (((mpmath.mpf(7)/mpmath.mpf(2))*F_e_g + F_phi_g*_x1 + 2)/((mpmath.mpf(7)/mpmath.mpf(2))*F_e_D + F_phi_D*_x1 + 2))**(mpmath.mpf(1)/mpmath.mpf(3))*(F_phi_D*_x0 + N_nu)**(mpmath.mpf(1)/mpmath.mpf(3))/(F_phi_g*_x0 + N_nu)**(mpmath.mpf(1)/mpmath.mpf(3))


def neff_eq7(F_e_D, F_phi_D, BR_nunu, N_nu):
    """N_eff after e+e- annihilation and phi decay (Eq. 7 + Eq. 12, F(m/T_gamma) -> 0).
    
    Equation: Eq. 7 with Eq. 12 at T_gamma -> 0.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): F_e_D in [0, 1], F_phi_D in [0, 1.14286], BR_nunu in [0, 0.999], N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    F_e_D = mpmath.mpmathify(F_e_D)
    F_phi_D = mpmath.mpmathify(F_phi_D)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(11)/mpmath.mpf(4))*44**(mpmath.mpf(1)/mpmath.mpf(3))*((mpmath.mpf(1)/mpmath.mpf(2))*BR_nunu*F_phi_D + N_nu)**(mpmath.mpf(4)/mpmath.mpf(3))*(1/((mpmath.mpf(7)/mpmath.mpf(2))*F_e_D + F_phi_D*(mpmath.mpf(7)/mpmath.mpf(8) - mpmath.mpf(7)/mpmath.mpf(8)*BR_nunu) + 2))**(mpmath.mpf(4)/mpmath.mpf(3))/N_nu**(mpmath.mpf(1)/mpmath.mpf(3))


def neff_eq13(F_e_D, F_phi_D, N_nu):
    """N_eff in the paper's BR_nunu << 1 approximation (Eq. 13).
    
    Equation: Eq. 13 (BR_nunu << 1 limit of Eq. 7 + 12).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): F_e_D in [0, 1], F_phi_D in [0, 1.14286], N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    F_e_D = mpmath.mpmathify(F_e_D)
    F_phi_D = mpmath.mpmathify(F_phi_D)
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(11)/mpmath.mpf(8))*22**(mpmath.mpf(1)/mpmath.mpf(3))*N_nu/((mpmath.mpf(7)/mpmath.mpf(4))*F_e_D + (mpmath.mpf(7)/mpmath.mpf(16))*F_phi_D + 1)**(mpmath.mpf(4)/mpmath.mpf(3))


def neff_instantaneous_qed(F_e_D, sigma_int):
    """N_eff after instantaneous decoupling at T_D: F = F(m_e/T_D) of Eq. 12, sigma_int = s_int/T_D^3.
    
    Equation: Eq. 12 (BR_nunu = 0) + Eq. 7 with the plasma's QED interaction entropy (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): F_e_D in [0, 1], sigma_int in [-0.05, 0.01].
    Twin: mpmath (exact expression).
    """
    F_e_D = mpmath.mpmathify(F_e_D)
    sigma_int = mpmath.mpmathify(sigma_int)
    return (mpmath.mpf(33)/mpmath.mpf(4))*44**(mpmath.mpf(1)/mpmath.mpf(3))/((mpmath.mpf(7)/mpmath.mpf(2))*F_e_D + (mpmath.mpf(45)/mpmath.mpf(2))*sigma_int/mpmath.pi**2 + 2)**(mpmath.mpf(4)/mpmath.mpf(3))
