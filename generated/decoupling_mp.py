"""Generated from mevscalar.model.decoupling: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 6832c3fc7b6f7bb410280c2dd60fb04f
# codegen-version: 1

import mpmath

__all__ = ['hubble_rate', 'n_nu_eq_paper', 'reaction_density', 'sigma_v_eq10', 'rate_eq10', 'rate_detailed_balance', 'log_rate_over_hubble_eq10', 'log_rate_over_hubble_db', 'eq11_log_argument', 'eq11_log_argument_db', 'eq11_existence_gap', 'x_d_eq11', 'x_recouple_eq11', 'eq11_correction', 'F_rho_fermion', 'F_rho_boson', 'g_star_of_F', 'rate_peak_x', 'hubble_prefactor', 'eq11_constant_eq10', 'eq11_constant_db', 'tnu_over_tgamma_of_neff']


def hubble_rate(T, g_star, m_PL):
    """Hubble rate in radiation domination with g_* relativistic degrees of freedom.
    
    Equation: H(T) = sqrt(8 pi^3 g_*/90) T^2/m_PL (the 1.66 of Eq. 11), derived from Friedmann.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 100], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    g_star = mpmath.mpmathify(g_star)
    m_PL = mpmath.mpmathify(m_PL)
    return (mpmath.mpf(2)/mpmath.mpf(15))*mpmath.sqrt(5)*mpmath.pi**(mpmath.mpf(3)/mpmath.mpf(2))*T**2*mpmath.sqrt(g_star)/m_PL


def n_nu_eq_paper(T):
    """Equilibrium neutrino density used with Eq. (10): two fermionic d.o.f. (one flavour).
    
    Equation: n_nu^eq = 3 zeta(3) T^3/(2 pi^2): the density under R = n_nu^eq <sigma v> (Eq. 10, 11).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 100].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    return (mpmath.mpf(3)/mpmath.mpf(2))*T**3*mpmath.zeta(3)/mpmath.pi**2


def reaction_density(T, m_phi, Gamma_phi, BR_nunu):
    """Reaction density of nu nu -> phi -> gamma gamma in equilibrium.
    
    Equation: derived: gamma_R = n_phi^eq Gamma K_1/K_2 BR_nunu BR_gg (narrow width, detailed balance).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    return (mpmath.mpf(1)/mpmath.mpf(2))*BR_nunu*Gamma_phi*T*m_phi**2*(1 - BR_nunu)*mpmath.besselk(1, m_phi/T)/mpmath.pi**2


def sigma_v_eq10(T, m_phi, Gamma_phi, BR_nunu):
    """Thermally averaged resonant cross section <sigma v>_res of Eq. (10).
    
    Equation: Eq. (10), derived as 2 gamma_R / n_1^2.  Units: MeV^-2.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    return (mpmath.mpf(16)/mpmath.mpf(9))*mpmath.pi**2*BR_nunu*Gamma_phi*m_phi**2*(1 - BR_nunu)*mpmath.besselk(1, m_phi/T)/(T**5*mpmath.zeta(3)**2)


def rate_eq10(T, m_phi, Gamma_phi, BR_nunu):
    """The paper's exchange rate R = n_nu^eq <sigma v>_res.
    
    Equation: R = n_nu^eq <sigma v>_res with Eq. (10) (the paper's R of Fig. 2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    return (mpmath.mpf(8)/mpmath.mpf(3))*BR_nunu*Gamma_phi*m_phi**2*(1 - BR_nunu)*mpmath.besselk(1, m_phi/T)/(T**2*mpmath.zeta(3))


def rate_detailed_balance(T, m_phi, Gamma_phi, BR_nunu, N_nu):
    """Per-neutrino conversion rate from detailed balance with phi decays and inverse decays.
    
    Equation: derived: R_DB = 2 gamma_R / n_eq, n_eq over N_nu flavours and both helicities (= R_10/(4 N_nu)).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999], N_nu in [1, 3].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(2)/mpmath.mpf(3))*BR_nunu*Gamma_phi*m_phi**2*(1 - BR_nunu)*mpmath.besselk(1, m_phi/T)/(N_nu*T**2*mpmath.zeta(3))


def log_rate_over_hubble_eq10(x, m_phi, Gamma_phi, BR_nunu, g_star, m_PL):
    """Logarithm of the exchange rate over the Hubble rate at T = m_phi/x (root: R = H).
    
    Equation: log(R/H), R from Eq. (10), exact K_1.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x in [0.001, 1e+13], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: mpmath (exact expression).
    """
    x = mpmath.mpmathify(x)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    g_star = mpmath.mpmathify(g_star)
    m_PL = mpmath.mpmathify(m_PL)
    return mpmath.log(BR_nunu) + mpmath.log(Gamma_phi) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log(g_star) + mpmath.log(m_PL) - 2*mpmath.log(m_phi) + 4*mpmath.log(x) + mpmath.log(1 - BR_nunu) + mpmath.log(mpmath.besselk(1, x)) - mpmath.mpf(3)/mpmath.mpf(2)*mpmath.log(mpmath.pi) - mpmath.log(3) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log(5) - mpmath.log(mpmath.zeta(3)) + 2*mpmath.log(2) + mpmath.log(15)


def log_rate_over_hubble_db(x, m_phi, Gamma_phi, BR_nunu, g_star, m_PL, N_nu):
    """Logarithm of the exchange rate over the Hubble rate at T = m_phi/x (root: R = H).
    
    Equation: log(R_DB/H), exact K_1 (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x in [0.001, 1e+13], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22], N_nu in [1, 3].
    Twin: mpmath (exact expression).
    """
    x = mpmath.mpmathify(x)
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    g_star = mpmath.mpmathify(g_star)
    m_PL = mpmath.mpmathify(m_PL)
    N_nu = mpmath.mpmathify(N_nu)
    return mpmath.log(BR_nunu) + mpmath.log(Gamma_phi) - mpmath.log(N_nu) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log(g_star) + mpmath.log(m_PL) - 2*mpmath.log(m_phi) + 4*mpmath.log(x) + mpmath.log(1 - BR_nunu) + mpmath.log(mpmath.besselk(1, x)) - mpmath.mpf(3)/mpmath.mpf(2)*mpmath.log(mpmath.pi) - mpmath.log(3) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log(5) - mpmath.log(mpmath.zeta(3)) + mpmath.log(15)


def eq11_log_argument(m_phi, Gamma_phi, BR_nunu, g_star, m_PL):
    """The logarithm L on the right-hand side of Eq. (11).
    
    Equation: Eq. (11): L = log(1.67 m_PL Gamma BR BR/(g^(1/2) m^2)), 1.67 derived.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: mpmath (exact expression).
    """
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    g_star = mpmath.mpmathify(g_star)
    m_PL = mpmath.mpmathify(m_PL)
    return mpmath.log(2*mpmath.sqrt(10)*BR_nunu*Gamma_phi*m_PL*(1 - BR_nunu)/(mpmath.pi*mpmath.sqrt(g_star)*m_phi**2*mpmath.zeta(3)))


def eq11_log_argument_db(m_phi, Gamma_phi, BR_nunu, g_star, m_PL, N_nu):
    """The logarithm L on the right-hand side of Eq. (11).
    
    Equation: Eq. (11) with the detailed-balance rate (constant / 4 N_nu).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22], N_nu in [1, 3].
    Twin: mpmath (exact expression).
    """
    m_phi = mpmath.mpmathify(m_phi)
    Gamma_phi = mpmath.mpmathify(Gamma_phi)
    BR_nunu = mpmath.mpmathify(BR_nunu)
    g_star = mpmath.mpmathify(g_star)
    m_PL = mpmath.mpmathify(m_PL)
    N_nu = mpmath.mpmathify(N_nu)
    return mpmath.log((mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(10)*BR_nunu*Gamma_phi*m_PL*(1 - BR_nunu)/(mpmath.pi*N_nu*mpmath.sqrt(g_star)*m_phi**2*mpmath.zeta(3)))


def eq11_existence_gap(L):
    """How far L lies above the existence bound of Eq. (11) (negative: no real root).
    
    Equation: derived: L - L_min, L_min = (7/2)(1 - log(7/2)) the smallest L with a real root of Eq. (11).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): L in [-20, 300].
    Twin: mpmath (exact expression).
    """
    L = mpmath.mpmathify(L)
    return L + mpmath.mpf(-7)/mpmath.mpf(2) + (mpmath.mpf(7)/mpmath.mpf(2))*mpmath.log(mpmath.mpf(7)/mpmath.mpf(2))


def x_d_eq11(L):
    """Closed-form solution of x = L + (7/2) log x: the decoupling root (larger x = m_phi/T_D).
    
    Equation: Eq. (11) solved exactly: x = -(7/2) W_-1(-(2/7) e^(-2L/7)), the decoupling root (larger x = m_phi/T_D); its series at the branch point where L - L_min <= 7/64.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): L in [-0.88467, 300].
    Twin: mpmath (exact expression).
    """
    L = mpmath.mpmathify(L)
    return -mpmath.mpf(7)/mpmath.mpf(2)*mpmath.re(mpmath.lambertw(-mpmath.mpf(2)/mpmath.mpf(7)*mpmath.exp(-mpmath.mpf(2)/mpmath.mpf(7)*L), -1))


def x_recouple_eq11(L):
    """Closed-form solution of x = L + (7/2) log x: the recoupling root (smaller x).
    
    Equation: Eq. (11) solved exactly: x = -(7/2) W_0(-(2/7) e^(-2L/7)), the recoupling root (smaller x); its series at the branch point where L - L_min <= 7/64.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): L in [-0.88467, 300].
    Twin: mpmath (exact expression).
    """
    L = mpmath.mpmathify(L)
    return -mpmath.mpf(7)/mpmath.mpf(2)*mpmath.re(mpmath.lambertw(-mpmath.mpf(2)/mpmath.mpf(7)*mpmath.exp(-mpmath.mpf(2)/mpmath.mpf(7)*L), 0))


def eq11_correction(x):
    """What Eq. (11) drops: the log of K_1 over its leading asymptotic.
    
    Equation: derived: exact log(R/H) minus the Eq. (11) form, log(K_1(x) e^x sqrt(2x/pi)) = 3/(8x) + ....  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x in [0.05, 1e+13].
    Twin: mpmath (exact expression).
    """
    x = mpmath.mpmathify(x)
    return mpmath.log(mpmath.sqrt(2)*mpmath.sqrt(x)*mpmath.exp(x)*mpmath.besselk(1, x)/mpmath.sqrt(mpmath.pi))


def F_rho_fermion(y):
    """Energy-density fraction F_rho of one fermion d.o.f. of mass y T (F_rho(0) = 1).
    
    Equation: derived: F_rho = rho(m = y T)/rho(0), fermion, shifted u = y + t (enters g_*(T)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return (mpmath.mpf(120)/mpmath.mpf(7))*mpmath.exp(-y)*mpmath.quad(lambda t_int: mpmath.sqrt(t_int)*(t_int + y)**2*mpmath.sqrt(t_int + 2*y)*mpmath.exp(-t_int)/(mpmath.exp(-t_int - y) + 1), [0, mpmath.inf])/mpmath.pi**4


def F_rho_boson(y):
    """Energy-density fraction F_rho of one boson d.o.f. of mass y T (F_rho(0) = 1).
    
    Equation: derived: F_rho = rho(m = y T)/rho(0), boson, shifted u = y + t (enters g_*(T)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): y in [1e-06, 700].
    Twin: mpmath (exact expression).
    """
    y = mpmath.mpmathify(y)
    return 15*mpmath.exp(-y)*mpmath.quad(lambda t_int: -mpmath.sqrt(t_int)*(t_int + y)**2*mpmath.sqrt(t_int + 2*y)*mpmath.exp(-t_int)/mpmath.expm1(-t_int - y), [0, mpmath.inf])/mpmath.pi**4


def g_star_of_F(F_rho_e, F_rho_phi, N_nu):
    """Energy-density degrees of freedom g_*(T) from the F_rho values (phi left out with F_rho_phi = 0).
    
    Equation: derived: g_* = 2 + (7/8) 4 F_rho(m_e/T) + (7/8) 2 N_nu + F_rho^B(m_phi/T) (10.75 when massless).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): F_rho_e in [0, 1], F_rho_phi in [0, 1], N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    F_rho_e = mpmath.mpmathify(F_rho_e)
    F_rho_phi = mpmath.mpmathify(F_rho_phi)
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(7)/mpmath.mpf(2))*F_rho_e + F_rho_phi + (mpmath.mpf(7)/mpmath.mpf(4))*N_nu + 2


def rate_peak_x():
    """x = m_phi/T at the maximum of R/H at constant g_* (3.41387; Eq. 11's asymptotic K_1 puts it at 7/2).
    
    Equation: derived: the maximum of R/H ~ x^4 K_1(x), root of 3 K_1(x) = x K_0(x) (sp.nsolve, 30 digits).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): .
    Twin: mpmath (exact expression).
    """
    return mpmath.mpf((0, 4327590085904430703642411884453, -100, 102))


def hubble_prefactor():
    """Prefactor of the radiation-era Hubble rate in units of sqrt(g_*) T^2/m_PL.
    
    Equation: the '1.66' of H = 1.66 sqrt(g_*) T^2/m_PL (Eq. 11), derived: sqrt(8 pi^3/90).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): .
    Twin: mpmath (exact expression).
    """
    return (mpmath.mpf(2)/mpmath.mpf(15))*mpmath.sqrt(5)*mpmath.pi**(mpmath.mpf(3)/mpmath.mpf(2))


def eq11_constant_eq10():
    """The constant C in Eq. (11)'s L = log(C m_PL Gamma BR_gg BR_nunu/(g_*^(1/2) m_phi^2)).
    
    Equation: the '1.67' of Eq. (11), derived with the Eq. (10) rate: 2 sqrt(10)/(pi zeta(3)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): .
    Twin: mpmath (exact expression).
    """
    return 2*mpmath.sqrt(10)/(mpmath.pi*mpmath.zeta(3))


def eq11_constant_db(N_nu):
    """The constant C in Eq. (11)'s L for rate='detailed_balance'.
    
    Equation: Eq. (11)'s constant with the detailed-balance rate (derived: the Eq. 10 constant / (4 N_nu)).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(10)/(mpmath.pi*N_nu*mpmath.zeta(3))


def tnu_over_tgamma_of_neff(N_eff, N_nu):
    """Late-time T_nu/T_gamma that gives N_eff through Eq. (7) (e.g. the Planck band in Fig. 2).
    
    Equation: Eq. (7) solved for T_nu/T_gamma (sp.solve): (N_eff/N_nu)^(1/4) (4/11)^(1/3).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-14): N_eff in [0.001, 30], N_nu in [1, 5].
    Twin: mpmath (exact expression).
    """
    N_eff = mpmath.mpmathify(N_eff)
    N_nu = mpmath.mpmathify(N_nu)
    return (mpmath.mpf(1)/mpmath.mpf(11))*22**(mpmath.mpf(2)/mpmath.mpf(3))*N_eff**(mpmath.mpf(1)/mpmath.mpf(4))/N_nu**(mpmath.mpf(1)/mpmath.mpf(4))
