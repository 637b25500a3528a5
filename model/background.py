"""The expanding background of the precision Boltzmann evolution: H(rho), rho_gamma(T) and the N_eff normalisation.

Derived here once (SymPy) for ``mevscalar.numeric.cosmology.boltzmann``, which evaluates them through the generated
kernels ``mevscalar.generated.background_np`` (issue 10: before, the solver typed each of them by hand).

1. Friedmann, flat universe, G = 1/m_PL^2: H^2 = 8 pi G rho/3, so H(rho) = sqrt(8 pi rho/3)/m_PL
   (:func:`hubble_of_rho`). At rho = pi^2 g_* T^4/30 it is the radiation-era H(T) of ``model.decoupling``
   (the '1.66' of Eq. 11), asserted by :func:`check_radiation_limit`.
2. The photon energy density is the blackbody integral rho_gamma = (2/(2 pi^2)) Int_0^inf p^3/(e^(p/T) - 1) dp
   (two helicities), evaluated by SymPy: pi^2 T^4/15 (:func:`rho_photon`); its T derivative at fixed (zero)
   chemical potential, 4 pi^2 T^3/15, enters the photon-temperature equation (:func:`drho_photon_dT`).
3. N_eff is defined by rho_rad = rho_gamma [1 + (7/8) (4/11)^(4/3) N_eff] after e+- annihilation (the paper's
   Eq. 7 written with energy densities: each of N_nu species contributes (7/8) (T_nu/T_gamma)^4 rho_gamma and
   instantaneous decoupling gives T_nu/T_gamma = (4/11)^(1/3)). So N_eff = (8/7) (11/4)^(4/3) rho_nu/rho_gamma
   (:func:`n_eff_of_rho`); at rho_nu = N_nu (7/8) (T_nu/T_gamma)^4 rho_gamma it is Eq. 7, asserted by
   :func:`check_eq7`.
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
    """rho_gamma(T) = 2/(2 pi^2) Int_0^inf p^3/(e^(p/T) - 1) dp [MeV^4], by SymPy: p = T u and the geometric
    series 1/(e^u - 1) = sum_k e^(-k u) give T^4/pi^2 sum_k Int u^3 e^(-k u) du = T^4/pi^2 sum_k 6/k^4."""
    k = sym("k", "k", integer=True, positive=True)
    term = sp.integrate(_u**3 * sp.exp(-k * _u), (_u, 0, sp.oo), conds="none")
    return sp.simplify(2 / (2 * sp.pi**2) * T**4 * sp.summation(term, (k, 1, sp.oo)))


def drho_photon_dT() -> sp.Expr:
    """d rho_gamma/dT at zero chemical potential [MeV^3]."""
    return sp.diff(rho_photon(), T)


def n_eff_norm() -> sp.Expr:
    """(8/7) (11/4)^(4/3): solve rho_rad = rho_gamma [1 + (7/8)(4/11)^(4/3) N_eff] for N_eff per unit rho_nu/rho_gamma."""
    n = sym("N_eff", "N_{\\rm eff}")
    sol = sp.solve(sp.Eq(rho_gamma + rho_nu, rho_gamma * (1 + sp.Rational(7, 8) * sp.Rational(4, 11) ** sp.Rational(4, 3) * n)), n)
    return sp.simplify(sol[0] / (rho_nu / rho_gamma))


def n_eff_of_rho() -> sp.Expr:
    """N_eff = (8/7) (11/4)^(4/3) rho_nu/rho_gamma (dimensionless)."""
    return n_eff_norm() * rho_nu / rho_gamma


def check_radiation_limit() -> bool:
    """H(rho = pi^2 g_* T^4/30) equals model.decoupling's radiation-era H(T)."""
    from mevscalar.model.decoupling import Decoupling

    h = hubble_of_rho().subs(rho, sp.pi**2 * g_star * T**4 / 30)
    return sp.simplify(h - Decoupling().hubble) == 0


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
            equation="derived: blackbody, 2 helicities, Int p^3 f_B = pi^2 T^4/15",
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
            equation="derived: rho_rad = rho_gamma [1 + (7/8)(4/11)^(4/3) N_eff] (Eq. 7 in energy densities)",
            doc="N_eff from the neutrino and photon energy densities after e+- annihilation.",
        ),
    ]
