"""model/background.py: H(rho), rho_gamma(T) and the N_eff normalisation the Boltzmann solver uses (issue 10).

Each derivation is checked against an independent statement: the radiation-era H = 1.66 sqrt(g_*) T^2/m_PL
(1.66 = sqrt(8 pi^3/90)), Eq. 7 of the paper as printed, a direct mpmath quadrature of the blackbody integral, and
the instantaneous-decoupling value N_eff = 3 at T_nu/T_gamma = (4/11)^(1/3).
"""

from __future__ import annotations

import math

import mpmath as mp
import pytest

from mevscalar.constants import M_PL
from mevscalar.generated import background_np as bg
from mevscalar.generated import decoupling_np
from mevscalar.model import background


def test_friedmann_reduces_to_the_radiation_era_hubble_rate():
    assert background.check_radiation_limit()
    # model.decoupling's H(T) is Friedmann's H(rho) by construction; numerically through both generated kernels
    # (the two code paths of one expression), g_* = 10.75
    for t in (0.01, 1.0, 10.0):
        rho = math.pi**2 * 10.75 * t**4 / 30.0
        assert bg.hubble_of_rho(rho, M_PL) == pytest.approx(decoupling_np.hubble_rate(t, 10.75, M_PL), rel=1e-14)


def test_n_eff_normalisation_is_eq7():
    assert background.check_eq7()
    # three neutrinos at the instantaneous-decoupling temperature (4/11)^(1/3) T_gamma: N_eff = 3
    rho_g = 1.0
    rho_nu = 3 * 7.0 / 8.0 * (4.0 / 11.0) ** (4.0 / 3.0) * rho_g
    assert bg.n_eff_of_rho(rho_nu, rho_g) == pytest.approx(3.0, rel=1e-15)


@pytest.mark.parametrize("t", [1e-3, 0.5, 2.0, 30.0])
def test_rho_photon_is_the_blackbody_integral(t):
    """rho_gamma = 2/(2 pi^2) Int p^3/(e^(p/T) - 1) dp by mpmath quadrature, and its T derivative by mpmath.diff."""
    with mp.workdps(30):  # local precision: a global mp.dps would leak into later tests of this worker
        f = lambda T: 2 / (2 * mp.pi**2) * mp.quad(lambda p: p**3 / mp.expm1(p / T), [0, T, 10 * T, mp.inf])
        ref, dref = float(f(mp.mpf(t))), float(mp.diff(f, mp.mpf(t)))
    assert bg.rho_photon(t) == pytest.approx(ref, rel=1e-14)
    assert bg.drho_photon_dT(t) == pytest.approx(dref, rel=1e-12)


def test_the_solver_uses_these_kernels():
    """No hand-typed copy left in the Boltzmann module (the normalisation is read off the kernel)."""
    from mevscalar.numeric.cosmology import boltzmann

    src = open(boltzmann.__file__).read()
    assert "math.pi**2 / 15" not in src and "8.0 * math.pi" not in src and "(11.0 / 4.0)" not in src
    assert boltzmann.NEFF_NORM == bg.n_eff_of_rho(1.0, 1.0)


@pytest.mark.parametrize("fermion", [True, False])
def test_f_rho_shift_to_t_is_exact(fermion):
    """model/decoupling.py's tabulated F_rho uses u = y + t: the integrand at u = y + t is e^-y times the shifted
    integrand (du = dt), symbolically, and the F_rho integral keeps F_rho(0) = 1 (its normalisation)."""
    import sympy as sp

    from mevscalar.model.decoupling import Decoupling

    assert Decoupling.energy_density_shift_check(fermion)
    integral = Decoupling.energy_density_function(sp.Integer(0), fermion)
    assert abs(float(integral.evalf(30)) - 1.0) < 1e-25
