"""Generated from mevscalar.model.background: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 7de8501fe465163056976ab0ac5460f0
# codegen-version: 1

import numpy

__all__ = ['hubble_of_rho', 'rho_photon', 'drho_photon_dT', 'n_eff_of_rho']


def hubble_of_rho(rho, m_PL):
    """Hubble rate of a flat universe of total energy density rho [MeV^4].
    
    Equation: derived: Friedmann H^2 = 8 pi rho/(3 m_PL^2), flat universe.  Units: MeV.
    Domain (tested against the mpmath twin to rtol=1e-12): rho in [1e-30, 1e+12], m_PL in [1.22e+22, 1.2215e+22].
    Twin: numpy.
    """
    return (2/3)*numpy.sqrt(6)*numpy.sqrt(numpy.pi)*numpy.sqrt(rho)/m_PL


def rho_photon(T):
    """Photon energy density at temperature T [MeV], zero chemical potential.
    
    Equation: derived: blackbody, 2 helicities, (2/(2 pi^2)) Int p^3 f_B dp = pi^2 T^4/15.  Units: MeV^4.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-06, 1000].
    Twin: numpy.
    """
    return (1/15)*numpy.pi**2*T**4


def drho_photon_dT(T):
    """Temperature derivative of the photon energy density [MeV^3].
    
    Equation: derived: d/dT of rho_photon.  Units: MeV^3.
    Domain (tested against the mpmath twin to rtol=1e-12): T in [1e-06, 1000].
    Twin: numpy.
    """
    return (4/15)*numpy.pi**2*T**3


def n_eff_of_rho(rho_nu, rho_gamma):
    """N_eff from the neutrino and photon energy densities after e+- annihilation.
    
    Equation: derived: Eq. 7 in energy densities, rho_nu = N_nu (7/8) (T_nu/T_gamma)^4 rho_gamma (7/8 = FD/BE).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): rho_nu in [1e-30, 1e+12], rho_gamma in [1e-30, 1e+12].
    Twin: numpy.
    """
    return (11/7)*22**(1/3)*rho_nu/rho_gamma


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'hubble_of_rho': {'rho': (1e-30, 1000000000000.0), 'm_PL': (1.22e+22, 1.2215e+22)},
    'rho_photon': {'T': (1e-06, 1000.0)},
    'drho_photon_dT': {'T': (1e-06, 1000.0)},
    'n_eff_of_rho': {'rho_nu': (1e-30, 1000000000000.0), 'rho_gamma': (1e-30, 1000000000000.0)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'hubble_of_rho': (1e-12, 0.0, False),
    'rho_photon': (1e-12, 0.0, False),
    'drho_photon_dT': (1e-12, 0.0, False),
    'n_eff_of_rho': (1e-12, 0.0, False),
}
