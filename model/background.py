"""The expanding background of the precision Boltzmann evolution: H(rho), rho_gamma(T) and the N_eff normalisation.

Derived here once (SymPy) for ``mevscalar.numeric.cosmology.boltzmann``, which evaluates them through the generated
kernels ``mevscalar.generated.background_np`` (issue 10: before, the solver typed each of them by hand).

1. Friedmann, flat universe, G = 1/m_PL^2: H^2 = 8 pi G rho/3, so H(rho) = sqrt(8 pi rho/3)/m_PL
   (:func:`hubble_of_rho`; ``model.decoupling``'s radiation-era H(T) is this at rho = pi^2 g_* T^4/30). Its
   coefficient is the '1.66' of Eq. 11, sqrt(8 pi^3/90), asserted by :func:`check_radiation_limit`.
2. The photon energy density is the blackbody integral rho_gamma = (2/(2 pi^2)) T^4 Int_0^inf u^3/(e^u - 1) du
   (two helicities). The Bose integral, pi^4/15, is the one ``model.decoupling`` derives for its F_rho
   normalisation (``Decoupling.energy_density_prefactor``): rho_gamma = pi^2 T^4/15 (:func:`rho_photon`). Its T
   derivative at fixed (zero) chemical potential, 4 pi^2 T^3/15, enters the photon-temperature equation
   (:func:`drho_photon_dT`).
3. N_eff is Eq. 7, N_eff = N_nu (11/4)^(4/3) (T_nu/T_gamma)^4 (``model.entropy.neff_from_ratio``, its one
   statement), written with energy densities: N_nu massless FD species of 2 dof at T_nu carry
   rho_nu = N_nu (7/8) (T_nu/T_gamma)^4 rho_gamma, 7/8 being the ratio of the FD to the BE energy integral (the same
   prefactors). So N_eff = (8/7) (11/4)^(4/3) rho_nu/rho_gamma (:func:`n_eff_of_rho`), asserted against the printed
   Eq. 7 by :func:`check_eq7`.
"""
from __future__ import annotations

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.symbols import T, g_star, m_PL, sym

rho = sym("rho", r"\rho", positive=True)
rho_nu = sym("rho_nu", r"\rho_\nu", positive=True)
rho_gamma = sym("rho_gamma", r"\rho_\gamma", positive=True)
_u = sym("u", "u", positive=True)


def hubble_of_rho() -> sp.Expr:
    """H(rho) = sqrt(8 pi rho/3)/m_PL [MeV] (Friedmann, flat, G = 1/m_PL^2)."""
    G = 1 / m_PL**2
    return sp.sqrt(8 * sp.pi * G * rho / 3)


def rho_photon() -> sp.Expr:
    """rho_gamma(T) = 2/(2 pi^2) T^4 Int_0^inf u^3/(e^u - 1) du [MeV^4], the Bose integral from model.decoupling
    (1/Int = Decoupling.energy_density_prefactor(fermion=False) = 15/pi^4)."""
    from mevscalar.model.decoupling import Decoupling

    return sp.simplify(2 / (2 * sp.pi**2) * T**4 / Decoupling.energy_density_prefactor(False))


def drho_photon_dT() -> sp.Expr:
    """d rho_gamma/dT at zero chemical potential [MeV^3]."""
    return sp.diff(rho_photon(), T)


def n_eff_norm() -> sp.Expr:
    """N_eff per unit rho_nu/rho_gamma: Eq. 7 (model.entropy.neff_from_ratio) at the T_nu/T_gamma that gives
    rho_nu = N_nu (rho_FD/rho_BE) (T_nu/T_gamma)^4 rho_gamma; rho_FD/rho_BE = 7/8 is the ratio of the two energy
    integrals (model.decoupling's prefactors). Evaluates to (8/7) (11/4)^(4/3)."""
    from mevscalar.model.decoupling import Decoupling
    from mevscalar.model.entropy import neff_from_ratio
    from mevscalar.model.symbols import N_nu

    fd_over_be = Decoupling.energy_density_prefactor(False) / Decoupling.energy_density_prefactor(True)
    x = sym("x", "x", positive=True)  # rho_nu/rho_gamma
    ratio = (x / (N_nu * fd_over_be)) ** sp.Rational(1, 4)
    return sp.simplify(neff_from_ratio(ratio) / x)


def n_eff_of_rho() -> sp.Expr:
    """N_eff = (8/7) (11/4)^(4/3) rho_nu/rho_gamma (dimensionless)."""
    return n_eff_norm() * rho_nu / rho_gamma


def check_radiation_limit() -> bool:
    """H(rho = pi^2 g_* T^4/30) = 1.66 sqrt(g_*) T^2/m_PL with 1.66 = sqrt(8 pi^3/90), the radiation-era rate of
    Eq. 11 (Kolb and Turner, The Early Universe, 1990). (model.decoupling's H(T) is this expression by construction.)"""
    h = hubble_of_rho().subs(rho, sp.pi**2 * g_star * T**4 / 30)
    coefficient = sp.sqrt(8 * sp.pi**3 / 90)
    return sp.simplify(h - coefficient * sp.sqrt(g_star) * T**2 / m_PL) == 0


def check_eq7() -> bool:
    """N_eff at rho_nu = N_nu (7/8) r^4 rho_gamma is Eq. 7, N_eff = N_nu (11/4)^(4/3) r^4 (r = T_nu/T_gamma)."""
    r, n_nu = sym("r", "r", positive=True), sym("N_nu", "N_\\nu", positive=True)
    got = n_eff_of_rho().subs(rho_nu, n_nu * sp.Rational(7, 8) * r**4 * rho_gamma)
    return sp.simplify(got - n_nu * sp.Rational(11, 4) ** sp.Rational(4, 3) * r**4) == 0


def kernels() -> list[Kernel]:
    dom_PL = Range(1.22e22, 1.2215e22, "lin")
    return [
        Kernel(
            name="hubble_of_rho",
            args=(rho, m_PL),
            expr=hubble_of_rho(),
            domain={"rho": Range(1e-30, 1e12), "m_PL": dom_PL},
            units="MeV",
            equation="derived: Friedmann H^2 = 8 pi rho/(3 m_PL^2), flat universe",
            doc="Hubble rate of a flat universe of total energy density rho [MeV^4].",
        ),
        Kernel(
            name="rho_photon",
            args=(T,),
            expr=rho_photon(),
            domain={"T": Range(1e-6, 1e3)},
            units="MeV^4",
            equation="derived: blackbody, 2 helicities, (2/(2 pi^2)) Int p^3 f_B dp = pi^2 T^4/15",
            doc="Photon energy density at temperature T [MeV], zero chemical potential.",
        ),
        Kernel(
            name="drho_photon_dT",
            args=(T,),
            expr=drho_photon_dT(),
            domain={"T": Range(1e-6, 1e3)},
            units="MeV^3",
            equation="derived: d/dT of rho_photon",
            doc="Temperature derivative of the photon energy density [MeV^3].",
        ),
        Kernel(
            name="n_eff_of_rho",
            args=(rho_nu, rho_gamma),
            expr=n_eff_of_rho(),
            domain={"rho_nu": Range(1e-30, 1e12), "rho_gamma": Range(1e-30, 1e12)},
            units="1",
            equation="derived: Eq. 7 in energy densities, rho_nu = N_nu (7/8) (T_nu/T_gamma)^4 rho_gamma (7/8 = FD/BE)",
            doc="N_eff from the neutrino and photon energy densities after e+- annihilation.",
        ),
    ]
