"""Generated from mevscalar.model.thermo: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 659935f6547475737d3f0360685f58fe
# codegen-version: 1

import mpmath

__all__ = ['thermo_f_fermion', 'thermo_df_dxi_fermion', 'thermo_f_boson', 'thermo_df_dxi_boson', 'thermo_mu_n', 'thermo_mu_rho', 'thermo_mu_p', 'thermo_mu_drho_dT', 'thermo_fd_L2', 'thermo_fd_P2', 'thermo_fd_L3', 'thermo_fd_P3', 'thermo_fd_L4', 'thermo_fd_P4', 'thermo_m0_p_f', 'thermo_m0_n_f', 'thermo_m0_rho_f', 'thermo_m0_n_df', 'thermo_m0_rho_df', 'thermo_m0_drho_dT_df', 'thermo_e0_p_f', 'thermo_e0_n_f', 'thermo_e0_rho_f', 'thermo_e0_n_df', 'thermo_e0_rho_df', 'thermo_e0_drho_dT_df', 'thermo_bose_pole_B', 'thermo_bose_pole_Dm', 'thermo_bose_pole_H_series', 'thermo_bose_pole_H_direct', 'thermo_bose_pole_G_series', 'thermo_bose_pole_G_direct', 'thermo_bose_pole_p_f', 'thermo_bose_pole_n_f', 'thermo_bose_pole_rho_f', 'thermo_bose_pole_n_df', 'thermo_bose_pole_rho_df', 'thermo_bose_pole_drho_dT_df']


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


def thermo_bose_pole_B(theta_p, c_p):
    """B = 1/(e^{c theta} - 1): the trapezoid's response to a pole at t = i theta (c = 2 pi/h).
    
    Equation: derived (trapezoidal-rule pole correction; model/thermo.py pole_corrections).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-13): theta_p in [1e-07, 1.5708], c_p in [1, 100000].
    Twin: mpmath (exact expression).
    """
    theta_p = mpmath.mpmathify(theta_p)
    c_p = mpmath.mpmathify(c_p)
    return 1/(mpmath.exp(c_p*theta_p) - 1)


def thermo_bose_pole_Dm(theta_p, c_p, B_p, H_p, G_p):
    """Dm = -(dB/dtheta + B cot theta) = (B/theta)(H + G + c theta/2), H = H(theta), G = G(c theta/2).
    
    Equation: derived (Dm = -(dB/dtheta + B cot theta), cancellation-free; model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=4e-15): theta_p in [1e-07, 1.5708], c_p in [1, 100000], B_p in [1e-300, 1e+07], H_p in [1e-15, 1], G_p in [1e-15, 100000].
    Twin: mpmath (exact expression).
    """
    theta_p = mpmath.mpmathify(theta_p)
    c_p = mpmath.mpmathify(c_p)
    B_p = mpmath.mpmathify(B_p)
    H_p = mpmath.mpmathify(H_p)
    G_p = mpmath.mpmathify(G_p)
    return B_p*(G_p + H_p + (mpmath.mpf(1)/mpmath.mpf(2))*c_p*theta_p)/theta_p


def thermo_bose_pole_H_series(y_p):
    """H(y) = 1 - y cot y from its Taylor polynomial (y < 0.5).
    
    Equation: derived (Taylor series, SymPy; 1 - y cot y and y coth y - 1).  Units: 1.
    Domain (tested against the mpmath twin to rtol=3e-15): y_p in [1e-08, 0.5].
    Twin: mpmath (exact expression).
    """
    y_p = mpmath.mpmathify(y_p)
    return -y_p*(1/mpmath.tan(y_p)) + 1


def thermo_bose_pole_H_direct(y_p):
    """H(y) = 1 - y cot y directly (y >= 0.5; loses <= 4 bits).
    
    Equation: derived (1 - y cot y and y coth y - 1).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-14): y_p in [0.5, 1.5708].
    Twin: mpmath (exact expression).
    """
    y_p = mpmath.mpmathify(y_p)
    return -y_p*(1/mpmath.tan(y_p)) + 1


def thermo_bose_pole_G_series(y_p):
    """G(y) = y coth y - 1 from its Taylor polynomial (y < 0.5).
    
    Equation: derived (Taylor series, SymPy; 1 - y cot y and y coth y - 1).  Units: 1.
    Domain (tested against the mpmath twin to rtol=3e-15): y_p in [1e-08, 0.5].
    Twin: mpmath (exact expression).
    """
    y_p = mpmath.mpmathify(y_p)
    return y_p/mpmath.tanh(y_p) - 1


def thermo_bose_pole_G_direct(y_p):
    """G(y) = y coth y - 1 directly (y >= 0.5; loses <= 4 bits).
    
    Equation: derived (1 - y cot y and y coth y - 1).  Units: 1.
    Domain (tested against the mpmath twin to rtol=2e-14): y_p in [0.5, 100000].
    Twin: mpmath (exact expression).
    """
    y_p = mpmath.mpmathify(y_p)
    return y_p/mpmath.tanh(y_p) - 1


def thermo_bose_pole_p_f(x_p, st_p, B_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_p F_0 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], B_p in [1e-250, 1e+07].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    B_p = mpmath.mpmathify(B_p)
    return (mpmath.mpf(1)/mpmath.mpf(3))*B_p*st_p**3*x_p**3/mpmath.pi


def thermo_bose_pole_n_f(x_p, st_p, ct_p, B_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_n F_0 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], ct_p in [0.001, 1], B_p in [1e-250, 1e+07].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    ct_p = mpmath.mpmathify(ct_p)
    B_p = mpmath.mpmathify(B_p)
    return -B_p*ct_p*st_p*x_p**2/mpmath.pi


def thermo_bose_pole_rho_f(x_p, st_p, ct_p, B_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_rho F_0 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], ct_p in [0.001, 1], B_p in [1e-250, 1e+07].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    ct_p = mpmath.mpmathify(ct_p)
    B_p = mpmath.mpmathify(B_p)
    return -B_p*ct_p**2*st_p*x_p**3/mpmath.pi


def thermo_bose_pole_n_df(x_p, st_p, ct_p, B_p, Dm_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_n F_1 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], ct_p in [0.001, 1], B_p in [1e-250, 1e+07], Dm_p in [1e-250, 1e+14].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    ct_p = mpmath.mpmathify(ct_p)
    B_p = mpmath.mpmathify(B_p)
    Dm_p = mpmath.mpmathify(Dm_p)
    _x0 = x_p/mpmath.pi
    return -B_p*st_p*_x0 - Dm_p*ct_p*_x0


def thermo_bose_pole_rho_df(x_p, st_p, ct_p, B_p, Dm_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_rho F_1 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], ct_p in [0.001, 1], B_p in [1e-250, 1e+07], Dm_p in [1e-250, 1e+14].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    ct_p = mpmath.mpmathify(ct_p)
    B_p = mpmath.mpmathify(B_p)
    Dm_p = mpmath.mpmathify(Dm_p)
    _x0 = x_p**2/mpmath.pi
    return -2*B_p*ct_p*st_p*_x0 - Dm_p*ct_p**2*_x0


def thermo_bose_pole_drho_dT_df(x_p, st_p, ct_p, B_p, Dm_p):
    """Boson, 0 < xi < x: (half-line trapezoid) - (integral) of thermo_mu_drho_dT F_1 from the pole at eps = xi.
    
    Equation: derived (residue of mu eps F_0 at eps = xi; trapezoidal pole correction, model/thermo.py).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): x_p in [1e-05, 10000], st_p in [1e-07, 1], ct_p in [0.001, 1], B_p in [1e-250, 1e+07], Dm_p in [1e-250, 1e+14].
    Twin: mpmath (exact expression).
    """
    x_p = mpmath.mpmathify(x_p)
    st_p = mpmath.mpmathify(st_p)
    ct_p = mpmath.mpmathify(ct_p)
    B_p = mpmath.mpmathify(B_p)
    Dm_p = mpmath.mpmathify(Dm_p)
    _x0 = x_p**3/mpmath.pi
    return -3*B_p*ct_p**2*st_p*_x0 - Dm_p*ct_p**3*_x0
