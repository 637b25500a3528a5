"""Generated from mevscalar.model.thermo: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: dd9d3bee72273117f13fa2cacb69610f
# codegen-version: 1

import mpmath

__all__ = ['thermo_f_fermion', 'thermo_df_dxi_fermion', 'thermo_f_boson', 'thermo_df_dxi_boson', 'thermo_mu_n', 'thermo_mu_rho', 'thermo_mu_p', 'thermo_mu_drho_dT', 'thermo_fd_L2', 'thermo_fd_P2', 'thermo_fd_L3', 'thermo_fd_P3', 'thermo_fd_L4', 'thermo_fd_P4', 'thermo_m0_p_f', 'thermo_m0_n_f', 'thermo_m0_rho_f', 'thermo_m0_n_df', 'thermo_m0_rho_df', 'thermo_m0_drho_dT_df', 'thermo_e0_p_f', 'thermo_e0_n_f', 'thermo_e0_rho_f', 'thermo_e0_n_df', 'thermo_e0_rho_df', 'thermo_e0_drho_dT_df']


def thermo_f_fermion(a):
    """Occupation number of a fermion at a = E/T - xi (e^-a form: underflows to 0, never inf/inf).
    
    Equation: derived (f = 1/(e^a + s), a = E/T - xi; Escudero 2020, equilibrium-shaped f).  Units: 1.
    Domain (tested against the mpmath twin to rtol=4e-15): a in [-90, 700].
    Twin: mpmath (exact expression).
    """
    a = mpmath.mpmathify(a)
    return 1/(mpmath.exp(a) + 1)


def thermo_df_dxi_fermion(a):
    """d f/d xi of a fermion at a = E/T - xi (equal to -d f/d a).
    
    Equation: derived (d f/d xi = -d f/d a = f (1 - s f), SymPy).  Units: 1.
    Domain (tested against the mpmath twin to rtol=6e-15): a in [-90, 700].
    Twin: mpmath (exact expression).
    """
    a = mpmath.mpmathify(a)
    _x0 = mpmath.exp(a)
    return _x0/(_x0 + 1)**2


def thermo_f_boson(a):
    """Occupation number of a boson at a = E/T - xi (e^-a form: underflows to 0, never inf/inf).
    
    Equation: derived (f = 1/(e^a + s), a = E/T - xi; Escudero 2020, equilibrium-shaped f).  Units: 1.
    Domain (tested against the mpmath twin to rtol=4e-15): a in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    a = mpmath.mpmathify(a)
    return 1/(mpmath.exp(a) - 1)


def thermo_df_dxi_boson(a):
    """d f/d xi of a boson at a = E/T - xi (equal to -d f/d a).
    
    Equation: derived (d f/d xi = -d f/d a = f (1 - s f), SymPy).  Units: 1.
    Domain (tested against the mpmath twin to rtol=6e-15): a in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    a = mpmath.mpmathify(a)
    _x0 = mpmath.exp(a)
    return _x0/(_x0 - 1)**2


def thermo_mu_n(q2, eps):
    """q^2/(2 pi^2): measure of n (with f) and dn/dxi (with df/dxi), per g T^3. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: mpmath (exact expression).
    """
    q2 = mpmath.mpmathify(q2)
    eps = mpmath.mpmathify(eps)
    return (mpmath.mpf(1)/mpmath.mpf(2))*q2/mpmath.pi**2


def thermo_mu_rho(q2, eps):
    """q^2 eps/(2 pi^2): measure of rho (f), drho/dxi (df/dxi, per g T^4) and dn/dT (per g T^2). Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: mpmath (exact expression).
    """
    q2 = mpmath.mpmathify(q2)
    eps = mpmath.mpmathify(eps)
    return (mpmath.mpf(1)/mpmath.mpf(2))*eps*q2/mpmath.pi**2


def thermo_mu_p(q2, eps):
    """q^4/(6 pi^2 eps): measure of the pressure (with f), per g T^4. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: mpmath (exact expression).
    """
    q2 = mpmath.mpmathify(q2)
    eps = mpmath.mpmathify(eps)
    return (mpmath.mpf(1)/mpmath.mpf(6))*q2**2/(mpmath.pi**2*eps)


def thermo_mu_drho_dT(q2, eps):
    """q^2 eps^2/(2 pi^2): measure of drho/dT (with df/dxi), per g T^3. Argument q2 = q^2.
    
    Equation: derived from n, rho, P = g/(2 pi^2) Int (p^2, p^2 E, p^4/(3E)) f dp (SymPy, at fixed p).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-15): q2 in [1e-16, 1e+12], eps in [1e-08, 1e+06].
    Twin: mpmath (exact expression).
    """
    q2 = mpmath.mpmathify(q2)
    eps = mpmath.mpmathify(eps)
    return (mpmath.mpf(1)/mpmath.mpf(2))*eps**2*q2/mpmath.pi**2


def thermo_fd_L2(xi_fd):
    """L_2(xi) = -Li_2(-e^xi) from the table fd_h2 (both signs of xi; model/thermo.py).
    
    Equation: derived (L_s = -Li_s(-e^xi) = Int u^(s-1)/(e^(u-xi) + 1) du/Gamma(s); inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-14): xi_fd in [-60, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (-mpmath.polylog(2, -mpmath.exp(xi_fd)))


def thermo_fd_P2(xi_fd):
    """P_2(xi): the polynomial part of L_2(xi) = P_2(xi) - (-1)^2 L_2(-xi).
    
    Equation: derived ((2 pi i)^s/s! B_s(1/2 + xi/(2 pi i)), the polylog inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): xi_fd in [0, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (mpmath.mpf(1)/mpmath.mpf(2))*xi_fd**2 + (mpmath.mpf(1)/mpmath.mpf(6))*mpmath.pi**2


def thermo_fd_L3(xi_fd):
    """L_3(xi) = -Li_3(-e^xi) from the table fd_h3 (both signs of xi; model/thermo.py).
    
    Equation: derived (L_s = -Li_s(-e^xi) = Int u^(s-1)/(e^(u-xi) + 1) du/Gamma(s); inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-14): xi_fd in [-60, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (-mpmath.polylog(3, -mpmath.exp(xi_fd)))


def thermo_fd_P3(xi_fd):
    """P_3(xi): the polynomial part of L_3(xi) = P_3(xi) - (-1)^3 L_3(-xi).
    
    Equation: derived ((2 pi i)^s/s! B_s(1/2 + xi/(2 pi i)), the polylog inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): xi_fd in [0, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (mpmath.mpf(1)/mpmath.mpf(6))*xi_fd**3 + (mpmath.mpf(1)/mpmath.mpf(6))*mpmath.pi**2*xi_fd


def thermo_fd_L4(xi_fd):
    """L_4(xi) = -Li_4(-e^xi) from the table fd_h4 (both signs of xi; model/thermo.py).
    
    Equation: derived (L_s = -Li_s(-e^xi) = Int u^(s-1)/(e^(u-xi) + 1) du/Gamma(s); inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-14): xi_fd in [-60, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (-mpmath.polylog(4, -mpmath.exp(xi_fd)))


def thermo_fd_P4(xi_fd):
    """P_4(xi): the polynomial part of L_4(xi) = P_4(xi) - (-1)^4 L_4(-xi).
    
    Equation: derived ((2 pi i)^s/s! B_s(1/2 + xi/(2 pi i)), the polylog inversion formula).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): xi_fd in [0, 30].
    Twin: mpmath (exact expression).
    """
    xi_fd = mpmath.mpmathify(xi_fd)
    return (mpmath.mpf(1)/mpmath.mpf(24))*xi_fd**4 + (mpmath.mpf(1)/mpmath.mpf(12))*mpmath.pi**2*xi_fd**2 + (mpmath.mpf(7)/mpmath.mpf(360))*mpmath.pi**4


def thermo_m0_p_f(L2, L3, L4):
    """Int_0^inf thermo_mu_p(q, q) F_0(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return L4/mpmath.pi**2


def thermo_m0_n_f(L2, L3, L4):
    """Int_0^inf thermo_mu_n(q, q) F_0(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return L3/mpmath.pi**2


def thermo_m0_rho_f(L2, L3, L4):
    """Int_0^inf thermo_mu_rho(q, q) F_0(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return 3*L4/mpmath.pi**2


def thermo_m0_n_df(L2, L3, L4):
    """Int_0^inf thermo_mu_n(q, q) F_1(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return L2/mpmath.pi**2


def thermo_m0_rho_df(L2, L3, L4):
    """Int_0^inf thermo_mu_rho(q, q) F_1(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return 3*L3/mpmath.pi**2


def thermo_m0_drho_dT_df(L2, L3, L4):
    """Int_0^inf thermo_mu_drho_dT(q, q) F_1(q - xi) dq at m = 0 in terms of L_s(xi) = -Li_s(-e^xi).
    
    Equation: derived (m = 0: measure c q^k at eps = q; Int q^k f dq = k! L_(k+1)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=5e-16): L2 in [1e-27, 500], L3 in [1e-27, 5000], L4 in [1e-27, 40000].
    Twin: mpmath (exact expression).
    """
    L2 = mpmath.mpmathify(L2)
    L3 = mpmath.mpmathify(L3)
    L4 = mpmath.mpmathify(L4)
    return 12*L4/mpmath.pi**2


def thermo_e0_p_f(x_e):
    """Int_0^inf thermo_mu_p F_0 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_p_f.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(6))*u_e**(mpmath.mpf(3)/mpmath.mpf(2))*(u_e + 2*x_e)**(mpmath.mpf(3)/mpmath.mpf(2))*mpmath.exp(x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)), [0, mpmath.inf])


def thermo_e0_n_f(x_e):
    """Int_0^inf thermo_mu_n F_0 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_n_f.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(u_e)*(u_e + x_e)*mpmath.sqrt(u_e + 2*x_e)*mpmath.exp(x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)), [0, mpmath.inf])


def thermo_e0_rho_f(x_e):
    """Int_0^inf thermo_mu_rho F_0 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_rho_f.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(u_e)*(u_e + x_e)**2*mpmath.sqrt(u_e + 2*x_e)*mpmath.exp(x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)), [0, mpmath.inf])


def thermo_e0_n_df(x_e):
    """Int_0^inf thermo_mu_n F_1 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_n_df.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(u_e)*(u_e + x_e)*mpmath.sqrt(u_e + 2*x_e)*mpmath.exp(x_e)*mpmath.exp(u_e + x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)**2), [0, mpmath.inf])


def thermo_e0_rho_df(x_e):
    """Int_0^inf thermo_mu_rho F_1 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_rho_df.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(u_e)*(u_e + x_e)**2*mpmath.sqrt(u_e + 2*x_e)*mpmath.exp(x_e)*mpmath.exp(u_e + x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)**2), [0, mpmath.inf])


def thermo_e0_drho_dT_df(x_e):
    """Int_0^inf thermo_mu_drho_dT F_1 dq at xi = 0 for a fermion of x = m/T (the e+-), from table e0_drho_dT_df.
    
    Equation: derived (n, rho, P integrals with u = eps - x at xi = 0; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_e in [0.0001, 700].
    Twin: mpmath (exact expression).
    """
    x_e = mpmath.mpmathify(x_e)
    return mpmath.exp(-x_e)*mpmath.quad(lambda u_e: (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(u_e)*(u_e + x_e)**3*mpmath.sqrt(u_e + 2*x_e)*mpmath.exp(x_e)*mpmath.exp(u_e + x_e)/(mpmath.pi**2*(mpmath.exp(u_e + x_e) + 1)**2), [0, mpmath.inf])
