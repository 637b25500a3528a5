"""Generated from mevscalar.model.background: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 7de8501fe465163056976ab0ac5460f0
# codegen-version: 1

import mpmath

__all__ = ['hubble_of_rho', 'rho_photon', 'drho_photon_dT', 'n_eff_of_rho']


def hubble_of_rho(rho, m_PL):
    """Hubble rate of a flat universe of total energy density rho [MeV^4].
    
    Equation: derived: Friedmann H^2 = 8 pi rho/(3 m_PL^2), flat universe.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): rho in [1e-30, 1e+12], m_PL in [1.22e+22, 1.2215e+22].
    Twin: mpmath (exact expression).
    """
    rho = mpmath.mpmathify(rho)
    m_PL = mpmath.mpmathify(m_PL)
    return (mpmath.mpf(2)/mpmath.mpf(3))*mpmath.sqrt(6)*mpmath.sqrt(mpmath.pi)*mpmath.sqrt(rho)/m_PL


def rho_photon(T):
    """Photon energy density at temperature T [MeV], zero chemical potential.
    
    Equation: derived: blackbody, 2 helicities, (2/(2 pi^2)) Int p^3 f_B dp = pi^2 T^4/15.  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-06, 1000].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    return (mpmath.mpf(1)/mpmath.mpf(15))*mpmath.pi**2*T**4


def drho_photon_dT(T):
    """Temperature derivative of the photon energy density [MeV^3].
    
    Equation: derived: d/dT of rho_photon.  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-06, 1000].
    Twin: mpmath (exact expression).
    """
    T = mpmath.mpmathify(T)
    return (mpmath.mpf(4)/mpmath.mpf(15))*mpmath.pi**2*T**3


def n_eff_of_rho(rho_nu, rho_gamma):
    """N_eff from the neutrino and photon energy densities after e+- annihilation.
    
    Equation: derived: Eq. 7 in energy densities, rho_nu = N_nu (7/8) (T_nu/T_gamma)^4 rho_gamma (7/8 = FD/BE).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): rho_nu in [1e-30, 1e+12], rho_gamma in [1e-30, 1e+12].
    Twin: mpmath (exact expression).
    """
    rho_nu = mpmath.mpmathify(rho_nu)
    rho_gamma = mpmath.mpmathify(rho_gamma)
    return (mpmath.mpf(11)/mpmath.mpf(7))*22**(mpmath.mpf(1)/mpmath.mpf(3))*rho_nu/rho_gamma
