"""Generated from mevscalar.model.decoupling: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 44b3605e78bfd730fb297ffa8eef1371
# codegen-version: 1

import numpy
import scipy  # scipy.special loads lazily on first use

__all__ = ['hubble_rate', 'n_nu_eq_paper', 'reaction_density', 'sigma_v_eq10', 'rate_eq10', 'rate_detailed_balance', 'log_rate_over_hubble_eq10', 'log_rate_over_hubble_db', 'eq11_log_argument', 'eq11_log_argument_db', 'eq11_existence_gap', 'x_d_eq11', 'x_recouple_eq11', 'eq11_correction']


def hubble_rate(T, g_star, m_PL):
    """Hubble rate in radiation domination with g_* relativistic degrees of freedom.
    
    Equation: H(T) = sqrt(8 pi^3 g_*/90) T^2/m_PL (the 1.66 of Eq. 11), derived from Friedmann.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 100], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: numpy.
    """
    return (2/15)*numpy.sqrt(5)*numpy.pi**(3/2)*T**2*numpy.sqrt(g_star)/m_PL


def n_nu_eq_paper(T):
    """Equilibrium neutrino density used with Eq. (10): two fermionic d.o.f. (one flavour).
    
    Equation: n_nu^eq = 3 zeta(3) T^3/(2 pi^2): the density under R = n_nu^eq <sigma v> (Eq. 10, 11).  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [0.001, 100].
    Twin: numpy.
    """
    return (3/2)*T**3*1.2020569031595942/numpy.pi**2


def reaction_density(T, m_phi, Gamma_phi, BR_nunu):
    """Reaction density of nu nu -> phi -> gamma gamma in equilibrium.
    
    Equation: derived: gamma_R = n_phi^eq Gamma K_1/K_2 BR_nunu BR_gg (narrow width, detailed balance).  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = m_phi**2
        _x1 = m_phi/T
        return (1/2)*BR_nunu*Gamma_phi*T*_x0*(1 - BR_nunu)*numpy.select([numpy.less(_x1, 1000),True], [scipy.special.kve(1, _x1),(1/2)*numpy.sqrt(2)*numpy.sqrt(numpy.pi)*numpy.sqrt(T)*((468131288625/17179869184)*T**9/m_phi**9 - 14783093325/2147483648*T**8/m_phi**8 + (66891825/33554432)*T**7/m_phi**7 - 2837835/4194304*T**6/m_phi**6 + (72765/262144)*T**5/m_phi**5 - 4725/32768*T**4/m_phi**4 + (105/1024)*T**3/m_phi**3 - 15/128*T**2/_x0 + (3/8)*T/m_phi + 1)/numpy.sqrt(m_phi)], default=numpy.nan)*numpy.exp(-_x1)/numpy.pi**2


def sigma_v_eq10(T, m_phi, Gamma_phi, BR_nunu):
    """Thermally averaged resonant cross section <sigma v>_res of Eq. (10).
    
    Equation: Eq. (10), derived as 2 gamma_R / n_1^2.  Units: MeV^-2.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = T**5
        _x1 = m_phi**2
        _x2 = m_phi/T
        return (16/9)*numpy.pi**2*BR_nunu*Gamma_phi*_x1*(1 - BR_nunu)*numpy.select([numpy.less(_x2, 1000),True], [scipy.special.kve(1, _x2),(1/2)*numpy.sqrt(2)*numpy.sqrt(numpy.pi)*numpy.sqrt(T)*((468131288625/17179869184)*T**9/m_phi**9 - 14783093325/2147483648*T**8/m_phi**8 + (66891825/33554432)*T**7/m_phi**7 - 2837835/4194304*T**6/m_phi**6 - 4725/32768*T**4/m_phi**4 + (105/1024)*T**3/m_phi**3 - 15/128*T**2/_x1 + (3/8)*T/m_phi + 1 + (72765/262144)*_x0/m_phi**5)/numpy.sqrt(m_phi)], default=numpy.nan)*numpy.exp(-_x2)/(_x0*1.2020569031595942**2)


def rate_eq10(T, m_phi, Gamma_phi, BR_nunu):
    """The paper's exchange rate R = n_nu^eq <sigma v>_res.
    
    Equation: R = n_nu^eq <sigma v>_res with Eq. (10) (the paper's R of Fig. 2).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = T**2
        _x1 = m_phi**2
        _x2 = m_phi/T
        return (8/3)*BR_nunu*Gamma_phi*_x1*(1 - BR_nunu)*numpy.select([numpy.less(_x2, 1000),True], [scipy.special.kve(1, _x2),(1/2)*numpy.sqrt(2)*numpy.sqrt(numpy.pi)*numpy.sqrt(T)*((468131288625/17179869184)*T**9/m_phi**9 - 14783093325/2147483648*T**8/m_phi**8 + (66891825/33554432)*T**7/m_phi**7 - 2837835/4194304*T**6/m_phi**6 + (72765/262144)*T**5/m_phi**5 - 4725/32768*T**4/m_phi**4 + (105/1024)*T**3/m_phi**3 + (3/8)*T/m_phi - 15/128*_x0/_x1 + 1)/numpy.sqrt(m_phi)], default=numpy.nan)*numpy.exp(-_x2)/(_x0*1.2020569031595942)


def rate_detailed_balance(T, m_phi, Gamma_phi, BR_nunu, N_nu):
    """Per-neutrino conversion rate from detailed balance with phi decays and inverse decays.
    
    Equation: derived: R_DB = 2 gamma_R / n_eq, n_eq over N_nu flavours and both helicities (= R_10/(4 N_nu)).  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-12, 100], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [0, 0.999], N_nu in [1, 3].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = T**2
        _x1 = m_phi**2
        _x2 = m_phi/T
        return (2/3)*BR_nunu*Gamma_phi*_x1*(1 - BR_nunu)*numpy.select([numpy.less(_x2, 1000),True], [scipy.special.kve(1, _x2),(1/2)*numpy.sqrt(2)*numpy.sqrt(numpy.pi)*numpy.sqrt(T)*((468131288625/17179869184)*T**9/m_phi**9 - 14783093325/2147483648*T**8/m_phi**8 + (66891825/33554432)*T**7/m_phi**7 - 2837835/4194304*T**6/m_phi**6 + (72765/262144)*T**5/m_phi**5 - 4725/32768*T**4/m_phi**4 + (105/1024)*T**3/m_phi**3 + (3/8)*T/m_phi - 15/128*_x0/_x1 + 1)/numpy.sqrt(m_phi)], default=numpy.nan)*numpy.exp(-_x2)/(N_nu*_x0*1.2020569031595942)


def log_rate_over_hubble_eq10(x, m_phi, Gamma_phi, BR_nunu, g_star, m_PL):
    """Logarithm of the exchange rate over the Hubble rate at T = m_phi/x (root: R = H).
    
    Equation: log(R/H), R from Eq. (10), exact K_1.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x in [0.001, 1e+13], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = numpy.log(x)
        return -x + 4*_x0 + numpy.select([numpy.less(x, 1000),True], [numpy.log(scipy.special.kve(1, x)),-1/2*_x0 + numpy.log1p((3/8)/x - (15/128)/x**2 + (105/1024)/x**3 - (4725/32768)/x**4 + (72765/262144)/x**5 - (2837835/4194304)/x**6 + (66891825/33554432)/x**7 - (14783093325/2147483648)/x**8 + (468131288625/17179869184)/x**9) + (1/2)*numpy.log((1/2)*numpy.pi)], default=numpy.nan) + numpy.log(BR_nunu) + numpy.log(Gamma_phi) - 1/2*numpy.log(g_star) + numpy.log(m_PL) - 2*numpy.log(m_phi) + numpy.log(1 - BR_nunu) - 3/2*numpy.log(numpy.pi) - numpy.log(3) - 1/2*numpy.log(5) - numpy.log(1.2020569031595942) + 2*numpy.log(2) + numpy.log(15)


def log_rate_over_hubble_db(x, m_phi, Gamma_phi, BR_nunu, g_star, m_PL, N_nu):
    """Logarithm of the exchange rate over the Hubble rate at T = m_phi/x (root: R = H).
    
    Equation: log(R_DB/H), exact K_1 (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): x in [0.001, 1e+13], m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22], N_nu in [1, 3].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = numpy.log(x)
        return -x + 4*_x0 + numpy.select([numpy.less(x, 1000),True], [numpy.log(scipy.special.kve(1, x)),-1/2*_x0 + numpy.log1p((3/8)/x - (15/128)/x**2 + (105/1024)/x**3 - (4725/32768)/x**4 + (72765/262144)/x**5 - (2837835/4194304)/x**6 + (66891825/33554432)/x**7 - (14783093325/2147483648)/x**8 + (468131288625/17179869184)/x**9) + (1/2)*numpy.log((1/2)*numpy.pi)], default=numpy.nan) + numpy.log(BR_nunu) + numpy.log(Gamma_phi) - numpy.log(N_nu) - 1/2*numpy.log(g_star) + numpy.log(m_PL) - 2*numpy.log(m_phi) + numpy.log(1 - BR_nunu) - 3/2*numpy.log(numpy.pi) - numpy.log(3) - 1/2*numpy.log(5) - numpy.log(1.2020569031595942) + numpy.log(15)


def eq11_log_argument(m_phi, Gamma_phi, BR_nunu, g_star, m_PL):
    """The logarithm L on the right-hand side of Eq. (11).
    
    Equation: Eq. (11): L = log(1.67 m_PL Gamma BR BR/(g^(1/2) m^2)), 1.67 derived.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22].
    Twin: numpy.
    """
    return numpy.log(BR_nunu) + numpy.log(Gamma_phi) - 1/2*numpy.log(g_star) + numpy.log(m_PL) - 2*numpy.log(m_phi) + numpy.log(1 - BR_nunu) - numpy.log(numpy.pi) - numpy.log(1.2020569031595942) + numpy.log(2) + (1/2)*numpy.log(10)


def eq11_log_argument_db(m_phi, Gamma_phi, BR_nunu, g_star, m_PL, N_nu):
    """The logarithm L on the right-hand side of Eq. (11).
    
    Equation: Eq. (11) with the detailed-balance rate (constant / 4 N_nu).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): m_phi in [0.1, 10], Gamma_phi in [1e-25, 1e-10], BR_nunu in [1e-09, 0.999], g_star in [1, 110], m_PL in [1.22e+22, 1.2215e+22], N_nu in [1, 3].
    Twin: numpy.
    """
    return numpy.log(BR_nunu) + numpy.log(Gamma_phi) - numpy.log(N_nu) - 1/2*numpy.log(g_star) + numpy.log(m_PL) - 2*numpy.log(m_phi) + numpy.log(1 - BR_nunu) - numpy.log(numpy.pi) - numpy.log(2) - numpy.log(1.2020569031595942) + (1/2)*numpy.log(10)


def eq11_existence_gap(L):
    """How far L lies above the existence bound of Eq. (11) (negative: no real root).
    
    Equation: derived: L - L_min, L_min = (7/2)(1 - log(7/2)) the smallest L with a real root of Eq. (11).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-15): L in [-20, 300].
    Twin: numpy.
    """
    return ((L - (-0.884670389733788)) - (-8.625425098277788e-18))


def x_d_eq11(L):
    """Closed-form solution of x = L + (7/2) log x: the decoupling root (larger x = m_phi/T_D).
    
    Equation: Eq. (11) solved exactly: x = -(7/2) W_-1(-(2/7) e^(-2L/7)), the decoupling root (larger x = m_phi/T_D); its series at the branch point where L - L_min <= 7/64.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): L in [-0.88467, 300].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = ((L - (-0.884670389733788)) - (-8.625425098277788e-18))
        _x1 = numpy.sqrt(7)
        return numpy.select([numpy.less_equal(_x0, 7/64),True], [-534703531/92001457795477230000*_x0**(15/2)*_x1 + (5246819/292068119985642000)*_x0**(13/2)*_x1 + (163879/35661553111800)*_x0**(11/2)*_x1 - 571/22054145400*_x0**(9/2)*_x1 - 139/29172150*_x0**(7/2)*_x1 + (1/13230)*_x0**(5/2)*_x1 + (1/63)*_x0**(3/2)*_x1 + numpy.sqrt(_x0)*_x1 + (23349012224/10263912635307928471875)*_x0**8 + (2795008/54762772497307875)*_x0**7 - 668288/372535867328625*_x0**6 - 17984/454866748875*_x0**5 + (16/8751645)*_x0**4 + (16/416745)*_x0**3 - 4/945*_x0**2 + (2/3)*_x0 + 7/2,-7/2*numpy.real(scipy.special.lambertw(-2/7*numpy.exp(-2/7*L), -1))], default=numpy.nan)


def x_recouple_eq11(L):
    """Closed-form solution of x = L + (7/2) log x: the recoupling root (smaller x).
    
    Equation: Eq. (11) solved exactly: x = -(7/2) W_0(-(2/7) e^(-2L/7)), the recoupling root (smaller x); its series at the branch point where L - L_min <= 7/64.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-13): L in [-0.88467, 300].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = ((L - (-0.884670389733788)) - (-8.625425098277788e-18))
        _x1 = numpy.sqrt(7)
        return numpy.select([numpy.less_equal(_x0, 7/64),True], [(534703531/92001457795477230000)*_x0**(15/2)*_x1 - 5246819/292068119985642000*_x0**(13/2)*_x1 - 163879/35661553111800*_x0**(11/2)*_x1 + (571/22054145400)*_x0**(9/2)*_x1 + (139/29172150)*_x0**(7/2)*_x1 - 1/13230*_x0**(5/2)*_x1 - 1/63*_x0**(3/2)*_x1 - numpy.sqrt(_x0)*_x1 + (23349012224/10263912635307928471875)*_x0**8 + (2795008/54762772497307875)*_x0**7 - 668288/372535867328625*_x0**6 - 17984/454866748875*_x0**5 + (16/8751645)*_x0**4 + (16/416745)*_x0**3 - 4/945*_x0**2 + (2/3)*_x0 + 7/2,-7/2*numpy.real(scipy.special.lambertw(-2/7*numpy.exp(-2/7*L), 0))], default=numpy.nan)


def eq11_correction(x):
    """What Eq. (11) drops: the log of K_1 over its leading asymptotic.
    
    Equation: derived: exact log(R/H) minus the Eq. (11) form, log(K_1(x) e^x sqrt(2x/pi)) = 3/(8x) + ....  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-11): x in [0.05, 1e+13].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        return numpy.select([numpy.less(x, 1000),True], [numpy.log(numpy.sqrt(2)*numpy.sqrt(x)*scipy.special.kve(1, x)/numpy.sqrt(numpy.pi)),numpy.log1p((3/8)/x - (15/128)/x**2 + (105/1024)/x**3 - (4725/32768)/x**4 + (72765/262144)/x**5 - (2837835/4194304)/x**6 + (66891825/33554432)/x**7 - (14783093325/2147483648)/x**8 + (468131288625/17179869184)/x**9)], default=numpy.nan)


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'hubble_rate': {'T': (0.001, 100.0), 'g_star': (1.0, 110.0), 'm_PL': (1.22e+22, 1.2215e+22)},
    'n_nu_eq_paper': {'T': (0.001, 100.0)},
    'reaction_density': {'T': (1e-12, 100.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (0.0, 0.999)},
    'sigma_v_eq10': {'T': (1e-12, 100.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (0.0, 0.999)},
    'rate_eq10': {'T': (1e-12, 100.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (0.0, 0.999)},
    'rate_detailed_balance': {'T': (1e-12, 100.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (0.0, 0.999), 'N_nu': (1.0, 3.0)},
    'log_rate_over_hubble_eq10': {'x': (0.001, 10000000000000.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (1e-09, 0.999), 'g_star': (1.0, 110.0), 'm_PL': (1.22e+22, 1.2215e+22)},
    'log_rate_over_hubble_db': {'x': (0.001, 10000000000000.0), 'm_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (1e-09, 0.999), 'g_star': (1.0, 110.0), 'm_PL': (1.22e+22, 1.2215e+22), 'N_nu': (1.0, 3.0)},
    'eq11_log_argument': {'m_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (1e-09, 0.999), 'g_star': (1.0, 110.0), 'm_PL': (1.22e+22, 1.2215e+22)},
    'eq11_log_argument_db': {'m_phi': (0.1, 10.0), 'Gamma_phi': (1e-25, 1e-10), 'BR_nunu': (1e-09, 0.999), 'g_star': (1.0, 110.0), 'm_PL': (1.22e+22, 1.2215e+22), 'N_nu': (1.0, 3.0)},
    'eq11_existence_gap': {'L': (-20.0, 300.0)},
    'x_d_eq11': {'L': (-0.8846703897337879, 300.0)},
    'x_recouple_eq11': {'L': (-0.8846703897337879, 300.0)},
    'eq11_correction': {'x': (0.05, 10000000000000.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'hubble_rate': (1e-12, 0.0, False),
    'n_nu_eq_paper': (1e-12, 0.0, False),
    'reaction_density': (1e-12, 1e-290, False),
    'sigma_v_eq10': (1e-12, 1e-290, False),
    'rate_eq10': (1e-12, 1e-290, False),
    'rate_detailed_balance': (1e-12, 1e-290, False),
    'log_rate_over_hubble_eq10': (1e-12, 1e-11, False),
    'log_rate_over_hubble_db': (1e-12, 1e-11, False),
    'eq11_log_argument': (1e-13, 1e-13, False),
    'eq11_log_argument_db': (1e-13, 1e-13, False),
    'eq11_existence_gap': (1e-15, 1e-30, False),
    'x_d_eq11': (1e-13, 0.0, False),
    'x_recouple_eq11': (1e-13, 0.0, False),
    'eq11_correction': (1e-11, 1e-14, False),
}
