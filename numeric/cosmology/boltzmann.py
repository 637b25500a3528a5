"""Precision neutrino decoupling with a light scalar: a thermal Boltzmann evolution of every species.

This replaces the paper's instantaneous decoupling (Eqs. 9-13 of Liu, McGinnis, Wagner, Wang,
PRD 105, L051702 (2022)) by an evolution of the whole plasma, in the "thermal" approach of
M. Escudero, JCAP 02 (2019) 007 and JCAP 05 (2020) 048 [arXiv:2001.04466]: every species keeps an
equilibrium-shaped distribution with its own temperature T and pseudo chemical potential xi = mu/T
(the same for a neutrino and its antineutrino), and exchanges number and energy through
momentum-integrated collision terms. Species (units MeV, hbar = c = k_B = 1):

* the electromagnetic plasma at T_gamma: photons, e+- (exact FD thermodynamics, mass kept, mu_e = 0),
  with the finite-temperature QED corrections to its pressure at O(e^2) and O(e^3)
  (:mod:`mevscalar.numeric.cosmology.qed`; ``qed=0`` switches them off);
* neutrinos: per species (T_i, xi_i), FD, 2 dof (nu + nubar). Standard Model: nu_e and nu_mu,tau
  (identical, one species of multiplicity 2); with phi, the flavour treatment is a choice
  (``flavour``): "unmixed" evolves the mass states nu_1, nu_2, nu_3 (weak rates weighted by |U_ei|^2,
  phi coupled to the state it couples to), "mixed" the flavour species with phi's neutrino width shared
  equally among the flavours (complete mixing): the two bracket the truth;
* phi: a real scalar (1 dof, BE) with its own (T_phi, xi_phi), decaying to gamma gamma and to neutrino
  pairs, with inverse decays (:mod:`mevscalar.numeric.cosmology.decays`, exact Bose enhancement and Pauli
  blocking, or MB with ``statistics="mb"``).

Collision terms: SM weak e+- <-> nu and nu <-> nu (:mod:`mevscalar.numeric.cosmology.weak`, FD with Pauli
blocking and m_e), phi decays. Each is derived in model/ and checked against a direct evaluation of its
full collision integral in the tests. Equations, with N = ln a and H = sqrt(8 pi rho_tot/3)/m_PL:

    species (T, xi):  [dn/dT dn/dxi; drho/dT drho/dxi] (dT/dt, dxi/dt) = (-3 H n + C_n, -3 H (rho + p) + C_rho)
    EM plasma:        dT_gamma/dt = (-3 H (rho + p)_EM + C_EM)/(d rho_EM/dT),  C_EM = -(sum of the others)

(with ``chemical_potentials=False`` every xi is held at 0 and only the energy equation is used).
N_eff = (8/7) (11/4)^(4/3) rho_nu/rho_gamma at T_gamma = t_end (Eq. 6 with Eq. 7's normalisation).

Cost (benchmarks/bench_boltzmann.py): the paper's point takes ~250 BDF steps, ~680 fresh right-hand sides and ~30
Jacobians. With ``backend="numba"`` (:mod:`.jit`, the default when Numba is installed) a right-hand side is one
compiled call of ~70 us and a Jacobian another (its dim + 1 states): ~0.2-0.27 s a solve, most of it scipy's BDF.
With ``backend="numpy"`` a fresh right-hand side costs ~0.5-0.7 ms (phi's decays and thermodynamics and the weak
table lookups, all NumPy-call bound) and a Jacobian a column loop over it, with the building blocks a column leaves
unchanged memoised.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from mevscalar.constants import HBAR_MEV_S, M_E, M_PL
from mevscalar.generated import background_np as _bg
from mevscalar.numeric.cosmology.qed import T_MIN as _QED_T_MIN
from mevscalar.errors import SolverError, require_extra
from mevscalar import parameters as P
from mevscalar.validate import ParameterError, choice, in_range

__all__ = [
    "FLAVOURS",
    "QED_ORDERS",
    "STATISTICS",
    "BACKENDS",
    "BoltzmannResult",
    "NuSpecies",
    "SolverError",
    "evolve",
    "sm",
    "sm_n_eff",
    "species_for",
]

STATISTICS = ("quantum", "mb")
#: How the right-hand side is evaluated: "numba" (compiled, :mod:`.jit`; the jit extra), "numpy" (the building
#: blocks of thermo, weak, decays and qed) or "auto" (numba when the compiled module imports). Their right-hand sides agree to
#: rounding, N_eff within the solver's error (<~1e-6). The registry's choices of backend (declared once).
BACKENDS = P.get("backend").choices
FLAVOURS = P.get("flavour").choices  # the registry's choices of flavour (declared once)
QED_ORDERS = (0, 2, 3)
PHI_START = ("auto", "equilibrium", "rates")

#: Allowed ranges (validated).
#: m_phi [MeV] of the solver (the issue's range; outside it T_start/T_end and the species list change): the
#: registry's "boltzmann" domain of m_phi (mevscalar.parameters), the one place it is declared
M_PHI_RANGE = (P.get("m_phi").domains["boltzmann"].interval.lo, P.get("m_phi").domains["boltzmann"].interval.hi)
T_START_RANGE = (3.0, 50.0)  # MeV: below 3 MeV the neutrinos are no longer coupled at the start
T_END_RANGE = (1e-5, 0.05)  # MeV

N_NU = 3
#: Below this T_gamma [MeV] the QED corrections (O(e^-m_e/T) = e^-511) are exactly 0 in double precision:
#: numeric/cosmology/qed.py's domain ends there (its T_MIN, read from it: the compiled backend uses the same one).
QED_T_MIN = _QED_T_MIN
#: (8/7) (11/4)^(4/3): N_eff = NEFF_NORM rho_nu/rho_gamma after e+- annihilation (model/background.py, read off
#: the generated kernel n_eff_of_rho at unit densities).
NEFF_NORM = float(_bg.n_eff_of_rho(1.0, 1.0))

#: The implicit method (see _solver_method): BDF with phi unless phi's width exceeds H by this at T = m_phi.
#: Measured (m_phi = 1 MeV, BR_nunu = 0): BDF takes 1222 RHS calls at Gamma/H = 2.4e7, 4278 at 2.2e8 and 20000
#: at 2.2e9, where the rounding noise of the near-equilibrium collision terms (times Gamma/H) stalls its Newton
#: iteration; LSODA takes 1600-3700 there. With phi at the paper's couplings (Gamma/H ~ 1e3) BDF takes half of
#: LSODA's calls (LSODA spends ~250 calls in explicit Adams steps before it detects stiffness, and refreshes
#: its Jacobian every ~20 steps), with N_eff within 4e-6. Without phi LSODA is faster (475 vs 606 calls) and
#: closer to the converged value (3e-8 vs 5e-6).
BDF_MAX_STIFFNESS = 3e7
#: ... and atol at least this: at atol = 1e-12 BDF did not finish in 300 s at the paper's point (the collision
#: terms' rounding noise is then above the tolerance); at 1e-11 (rtol 1e-9) it takes 1949 calls.
BDF_MIN_ATOL = 1e-11
#: phi counts as gone (no longer evolved) once (rho_phi/rho_gamma) max(1, Gamma_phi/H) < this (_System.phi_active).
PHI_GONE = 1e-12
#: ... or its pseudo chemical potential below this (the thermodynamic kernels' domain starts at -60).
XI_PHI_GONE = -50.0


# SolverError (the ODE integration failed at a valid parameter point; the message names the point) lives in
# the one errors module and is re-exported here.


@dataclass(frozen=True)
class NuSpecies:
    """One neutrino species of the evolution (per flavour or mass state: nu + nubar, 2 dof).

    Parameters
    ----------
    name : str
        Label ("nu_e", "nu_mu,tau", "nu_3", ...).
    multiplicity : int
        How many identical flavours/states it stands for (2 for nu_mu,tau in the SM), >= 1.
    e_fraction : float
        Weight of the electron-flavour weak couplings in [0, 1] (|U_ei|^2 for a mass state; 1 for nu_e, 0 for
        nu_mu,tau): the e+- <-> nu rates are e_fraction * rate(g_L^e) + (1 - e_fraction) * rate(g_L^mu).
    gamma_phi : float
        Partial width of phi into a pair of ONE of its flavours/states [MeV], >= 0 (default 0).
    """

    name: str
    multiplicity: int
    e_fraction: float
    gamma_phi: float = 0.0


def _mixing_e_fractions(oscillation: str = "pdg2020") -> tuple[float, float, float]:
    """|U_e1|^2, |U_e2|^2, |U_e3|^2 from the oscillation data set (normal ordering)."""
    from mevscalar.data import oscillation_dataset

    o = oscillation_dataset(oscillation)
    c13 = 1.0 - o.s13_sq
    return ((1.0 - o.s12_sq) * c13, o.s12_sq * c13, o.s13_sq)


def species_for(flavour: str, gamma_per_state: Sequence[float] = (0.0, 0.0, 0.0), *, common_t_nu: bool = False,
                oscillation: str = "pdg2020") -> tuple[NuSpecies, ...]:
    """The neutrino species of one evolution, for the chosen flavour treatment.

    Parameters
    ----------
    flavour : str
        "unmixed" (each mass state its own species, weak couplings weighted by |U_ei|^2) or "mixed" (flavour
        species nu_e and nu_mu,tau; phi's neutrino width shared equally per flavour, as complete mixing does).
    gamma_per_state : sequence of float
        phi -> nu_i nu_i widths [MeV] of the three mass states, each >= 0 (default all 0: no phi coupling, which
        gives the flavour species of the Standard Model).
    common_t_nu : bool
        One species for all three neutrinos (the old approximation; weak rates averaged over flavours).
    oscillation : str
        Oscillation data set for |U_ei|^2 (``mevscalar.data.oscillation_dataset``; default "pdg2020").

    Returns
    -------
    tuple of NuSpecies
        Three mass states (unmixed with phi coupled), two flavour species (mixed, or no phi width), or one
        (common_t_nu).

    Raises
    ------
    ParameterError
        If ``flavour`` is not one of FLAVOURS.
    """
    choice("flavour", flavour, FLAVOURS)
    g = tuple(float(x) for x in gamma_per_state)
    total = sum(g)
    if common_t_nu:
        return (NuSpecies("nu", 3, 1.0 / 3.0, total / 3.0),)
    if flavour == "mixed" or total == 0.0:
        # flavour species; phi's neutrino width shared equally per flavour (complete mixing)
        return (NuSpecies("nu_e", 1, 1.0, total / 3.0), NuSpecies("nu_mu,tau", 2, 0.0, total / 3.0))
    fe = _mixing_e_fractions(oscillation)
    return tuple(NuSpecies(f"nu_{i + 1}", 1, fe[i], g[i]) for i in range(3))


# --------------------------------------------------------------------------- result
@dataclass(frozen=True)
class BoltzmannResult:
    """Outcome of :func:`evolve` / :func:`sm`. Temperatures in MeV.

    Parameters
    ----------
    method : str
        "boltzmann".
    m_phi : float or None
        Scalar mass [MeV] (None for the Standard Model).
    g_mu : float or None
        Muon Yukawa coupling (None for the Standard Model).
    br_nunu : float or None
        BR(phi -> nu nu) in [0, 1] (None for the Standard Model).
    g_nu : tuple or None
        phi's neutrino couplings per mass state (None for the Standard Model).
    gamma_total_MeV : float or None
        Total width of phi [MeV].
    gamma_gg_MeV : float or None
        Width of phi -> gamma gamma [MeV].
    gamma_nunu_MeV : float or None
        Width of phi -> nu nu, all states [MeV].
    options : dict
        The solver options used (qed, chemical_potentials, statistics, sm_weak, nu_nu, t_start, t_end, rtol, atol,
        and for a scalar flavour, nunu, phi_start).
    n_eff : float
        N_eff = (8/7)(11/4)^(4/3) rho_nu/rho_gamma at t_end (model/background.py).
    t_nu_over_t_gamma_final : float
        (rho_nu/rho_nu,FD(T_gamma, xi=0))^(1/4): the common T_nu/T_gamma that gives the same rho_nu (N_eff =
        3 (11/4)^(4/3) times its 4th power, Eq. 7).
    species : tuple
        The neutrino species' names.
    t_over_t_gamma_final : tuple
        T_i/T_gamma of each species at t_end.
    xi_final : tuple
        xi_i = mu_i/T_i of each species at t_end.
    t_gamma : numpy.ndarray
        T_gamma [MeV] on n_out points of the evolution.
    t_nu_over_t_gamma : numpy.ndarray
        T_i/T_gamma, shape (n_species, n_out).
    xi : numpy.ndarray
        xi_i, shape (n_species, n_out).
    phi_start : str or None
        How phi was started ("equilibrium" or "rates: n/n_eq = ..."; None for the Standard Model).
    rho_phi_over_rho_gamma_final : float
        rho_phi/rho_gamma left at t_end (not counted in N_eff; a note says so above 1e-6).
    n_rhs : int
        Right-hand-side evaluations (Jacobian columns included).
    seconds : float
        Wall time of the integration [s].
    notes : tuple
        Human-readable notes (how phi started, the species, phi left over).
    background : dict or None
        With ``background=True``: the background BBN needs, on the n_out points in time order (T_gamma
        decreasing), see :func:`_background`.
    solver : str
        The implicit method used ("BDF" or "LSODA", see BDF_MAX_STIFFNESS).
    backend : str
        How the right-hand side was evaluated: "numba" (compiled) or "numpy" (see BACKENDS).
    """

    method: str
    m_phi: float | None
    g_mu: float | None
    br_nunu: float | None
    g_nu: tuple | None
    gamma_total_MeV: float | None
    gamma_gg_MeV: float | None
    gamma_nunu_MeV: float | None
    options: dict
    n_eff: float
    t_nu_over_t_gamma_final: float
    species: tuple
    t_over_t_gamma_final: tuple
    xi_final: tuple
    t_gamma: np.ndarray
    t_nu_over_t_gamma: np.ndarray
    xi: np.ndarray
    phi_start: str | None
    rho_phi_over_rho_gamma_final: float
    n_rhs: int
    seconds: float
    notes: tuple = field(default_factory=tuple)
    background: dict | None = None
    solver: str = ""
    backend: str = ""

    def to_dict(self, curves: bool = False) -> dict:
        """JSON-ready summary of the result.

        Parameters
        ----------
        curves : bool
            Also include the evolution arrays (t_gamma_MeV, t_nu_over_t_gamma_curves, xi_curves) as lists.

        Returns
        -------
        dict
            Every field but the arrays and the background (tuples as lists), plus the curves if asked.
        """
        d = {k: v for k, v in asdict(self).items() if k not in ("t_gamma", "t_nu_over_t_gamma", "xi", "background")}
        d["species"] = list(self.species)
        d["t_over_t_gamma_final"] = list(self.t_over_t_gamma_final)
        d["xi_final"] = list(self.xi_final)
        d["notes"] = list(self.notes)
        if self.g_nu is not None:
            d["g_nu"] = list(self.g_nu)
        if curves:
            d["t_gamma_MeV"] = self.t_gamma.tolist()
            d["t_nu_over_t_gamma_curves"] = self.t_nu_over_t_gamma.tolist()
            d["xi_curves"] = self.xi.tolist()
        return d


# --------------------------------------------------------------------------- the right-hand side
def _effective_couplings(e_fraction: float, weak) -> tuple[float, float]:
    """(g_L, g_R) whose e+- <-> nu rates equal e_fraction rate(g_L^e) + (1 - e_fraction) rate(g_L^mu).

    The rates depend on the couplings only through A = g_L^2 + g_R^2 and B = g_L g_R, linearly
    (model/weak.py), so the weighted rate is the rate at A_w, B_w; g_L +- g_R = sqrt(A_w +- 2 B_w) (both
    arguments are convex combinations of squares). One table lookup per species instead of two."""
    w = float(e_fraction)
    a = w * (weak.G_L_E**2 + weak.G_R**2) + (1.0 - w) * (weak.G_L_MU**2 + weak.G_R**2)
    b = w * weak.G_L_E * weak.G_R + (1.0 - w) * weak.G_L_MU * weak.G_R
    if w == 1.0:
        return weak.G_L_E, weak.G_R
    if w == 0.0:
        return weak.G_L_MU, weak.G_R
    p, q = math.sqrt(a + 2.0 * b), math.sqrt(max(a - 2.0 * b, 0.0))
    return 0.5 * (p + q), 0.5 * (p - q)


class _System:
    """Right-hand side of the evolution in N = ln a; state y = [ln T_gamma, (ln(T_i/T_gamma), xi_i)..., (ln(T_phi/
    T_gamma), ln(m/T_phi - xi_phi))] (the xi entries only with chemical potentials; phi's pseudo chemical
    potential through the distance to its Bose-condensation bound xi_phi < m/T_phi)."""

    def __init__(self, species, *, m_phi, gamma_gg, qed, chem, statistics, sm_weak, nu_nu, with_phi,
                 backend="numpy"):
        from . import decays, thermo, weak
        from . import qed as qed_mod

        self.thermo, self.weak, self.decays, self.qedmod = thermo, weak, decays, qed_mod
        self.sp = tuple(species)
        self.ns = len(self.sp)
        self.m = float(m_phi) if with_phi else 0.0
        self.gamma_gg = float(gamma_gg)
        self.qed = int(qed)
        self.chem = bool(chem)
        self.wstat = "fd" if statistics == "quantum" else "mb"
        self.dstat = statistics
        self.sm_weak = bool(sm_weak)
        self.nu_nu = bool(nu_nu) and self.ns > 1
        self.with_phi = bool(with_phi)
        self.k = 2 if self.chem else 1  # variables per species
        self.i_phi = 1 + self.k * self.ns
        self.dim = self.i_phi + (self.k if self.with_phi else 0)
        self.mult = np.array([s.multiplicity for s in self.sp], float)
        self.couplings = tuple(_effective_couplings(sp.e_fraction, weak) for sp in self.sp)
        self.pairs = tuple((i, j) for i in range(self.ns) for j in range(i + 1, self.ns))
        self.n_rhs = 0
        self.gamma_phi_total = self.gamma_gg + sum(sp.multiplicity * sp.gamma_phi for sp in self.sp)
        self.phi_dropped = False  # set by the integrator's phi event (see _integrate), at N = phi_drop_N
        self.phi_drop_N = math.inf
        self.method = ""  # the implicit method, set by _integrate
        self._memo = None  # open only inside jac
        self._recent = {}  # the last few plain rhs results by (N, phi state, y): the Jacobian's f0 (see jac)
        self.force_phi = False  # evaluate phi's terms even when it is (nearly) empty (initial conditions)
        # the compiled backend (quantum statistics only: MB takes the NumPy building blocks)
        self.jit = _jit_module() if backend == "numba" and statistics == "quantum" else None
        self.backend = "numba" if self.jit is not None else "numpy"
        if self.jit is not None:
            self._jit_args = (self.m, self.gamma_gg, np.array([s.gamma_phi for s in self.sp], float), self.mult,
                              np.array([c[0] for c in self.couplings], float),
                              np.array([c[1] for c in self.couplings], float), self.qed, self.chem, self.sm_weak,
                              self.nu_nu, self.with_phi)
            self._jit_tab = self.jit.tables()
        self.n_fallback = 0  # right-hand sides the compiled backend handed back (outside its domain)

    def _jit_phi(self):
        """(phi may be active, xi_phi below which it counts as gone): phi_active's flags for the compiled path."""
        if self.force_phi:
            return True, -math.inf
        return not self.phi_dropped, XI_PHI_GONE

    # unpack the state
    def temps(self, y):
        tg = math.exp(y[0])
        k = self.k
        ts = [tg * math.exp(y[1 + k * i]) for i in range(self.ns)]
        xs = [y[2 + k * i] if self.chem else 0.0 for i in range(self.ns)]
        if self.with_phi:
            tp = tg * math.exp(y[self.i_phi])
            xp = self.m / tp - math.exp(y[self.i_phi + 1]) if self.chem else 0.0
        else:
            tp, xp = tg, 0.0
        return tg, ts, xs, tp, xp

    def eta(self, t_phi, xi_phi):
        """The state variable of phi's chemical potential: ln(m/T_phi - xi_phi)."""
        return math.log(self.m / t_phi - xi_phi)

    def phi_active(self, tg, tp, xp):
        """Is phi still evolved? It is dropped (by an event in _integrate) once the energy it can still exchange
        in a Hubble time, (rho_phi/rho_gamma) max(1, Gamma_phi/H), is below PHI_GONE: then its effect on N_eff
        is < 1e-12, and its nonrelativistic (T, xi) equations, tightly coupled at Gamma/H up to 1e10, are
        needlessly stiff."""
        if not self.with_phi:
            return False
        if self.force_phi:
            return True
        return not self.phi_dropped and xp >= XI_PHI_GONE

    def _memo_call(self, fn, *args, **kw):
        """fn(*args, **kw), looked up in the Jacobian's memo when one is open (see jac): a column that perturbs one
        species' state leaves the other building blocks' arguments bit-identical, so they are not recomputed."""
        memo = self._memo
        if memo is None:
            return fn(*args, **kw)
        key = (fn, args, tuple(kw.items()))
        try:
            return memo[key]
        except KeyError:
            val = memo[key] = fn(*args, **kw)
            return val

    def rhs(self, _N, y, full: bool = False):
        if self.jit is not None and not full:
            dy, st = self.jit.rhs(np.ascontiguousarray(y, dtype=float), *self._jit_args, *self._jit_phi(),
                                  self._jit_tab)
            if st == 0:
                self.n_rhs += 1
                return dy
            self.n_fallback += 1  # outside the compiled domain: the NumPy path falls back or raises as it does
        if not full and self._memo is None:
            dy = self._rhs(_N, y)
            recent = self._recent
            if len(recent) >= 8:
                recent.clear()
            recent[(_N, self.phi_dropped, self.force_phi, y.tobytes())] = dy
            return dy
        return self._rhs(_N, y, full)

    def _rhs(self, _N, y, full: bool = False):
        self.n_rhs += 1
        th_mod, weak, dec = self.thermo, self.weak, self.decays
        call = self._memo_call
        tg, ts, xs, tp, xp = self.temps(y)
        # ---- thermodynamics
        e = call(th_mod.species, M_E, tg, 0.0, 4.0, True)
        rho_g = float(_bg.rho_photon(tg))
        if self.qed and tg >= QED_T_MIN:
            q = call(self.qedmod.correction, tg, order=self.qed)
            q_p, q_rho, q_drho = q.p, q.rho, q.drho_dT
        else:
            q_p = q_rho = q_drho = 0.0
        nus = [call(th_mod.massless_fermion, ts[i], xs[i], 2.0) for i in range(self.ns)]
        phi_on = self.phi_active(tg, tp, xp) if self.with_phi else False
        ph = call(th_mod.species, self.m, tp, xp, 1.0, False) if phi_on else None
        rho_em = rho_g + e.rho + q_rho
        p_em = rho_g / 3.0 + e.p + q_p
        rho_tot = rho_em + sum(self.mult[i] * nus[i].rho for i in range(self.ns)) + (ph.rho if phi_on else 0.0)
        H = float(_bg.hubble_of_rho(rho_tot, M_PL))
        # ---- collision terms (per flavour/state of each species; phi's total)
        cn = [0.0] * self.ns
        cr = [0.0] * self.ns
        c_em = 0.0
        if self.sm_weak:
            if self.wstat == "fd":  # one table lookup per species
                ew = weak.nu_e_transfer_many(tg, ts, xs, self.couplings)
            else:
                ew = [weak.nu_e_transfer(tg, ts[i], xs[i], *self.couplings[i], statistics=self.wstat)
                      for i in range(self.ns)]
            for i in range(self.ns):
                dn, dr = ew[i]
                cn[i] += dn
                cr[i] += dr
                c_em -= self.mult[i] * dr
            if self.nu_nu:
                pairs = self.pairs
                if self.wstat == "fd":
                    nw = weak.nu_nu_transfer_many([(ts[i], xs[i], ts[j], xs[j]) for i, j in pairs])
                else:
                    nw = [weak.nu_nu_transfer(ts[i], xs[i], ts[j], xs[j], statistics=self.wstat) for i, j in pairs]
                for (i, j), (a, b) in zip(pairs, nw):
                    cn[i] += self.mult[j] * a
                    cr[i] += self.mult[j] * b
                    cn[j] -= self.mult[i] * a
                    cr[j] -= self.mult[i] * b
        cn_phi = cr_phi = 0.0
        if phi_on:
            if self.gamma_gg > 0.0:
                a, b = call(dec.transfer, self.m, self.gamma_gg, tp, xp, tg, 0.0, daughter="boson",
                            statistics=self.dstat)
                cn_phi += a
                cr_phi += b
                c_em -= b
            for i, s in enumerate(self.sp):
                if s.gamma_phi > 0.0:
                    a, b = call(dec.transfer, self.m, s.gamma_phi, tp, xp, ts[i], xs[i], daughter="fermion",
                                statistics=self.dstat)
                    cn_phi += self.mult[i] * a
                    cr_phi += self.mult[i] * b
                    cn[i] -= 2.0 * a
                    cr[i] -= b
        # ---- equations of motion
        dy = np.zeros(self.dim)
        dtg = (-3.0 * H * (rho_em + p_em) + c_em) / (float(_bg.drho_photon_dT(tg)) + e.drho_dT + q_drho)
        lg = dtg / (H * tg)
        dy[0] = lg
        k = self.k
        for i in range(self.ns):
            t = nus[i]
            A = -3.0 * H * t.n + cn[i]
            B = -4.0 * H * t.rho + cr[i]
            if self.chem:
                det = t.dn_dT * t.drho_dxi - t.dn_dxi * t.drho_dT
                dT = (t.drho_dxi * A - t.dn_dxi * B) / det
                dx = (t.dn_dT * B - t.drho_dT * A) / det
                dy[2 + k * i] = dx / H
            else:
                dT = B / t.drho_dT
            dy[1 + k * i] = dT / (H * ts[i]) - lg
        if phi_on:
            A = -3.0 * H * ph.n + cn_phi
            B = -3.0 * H * (ph.rho + ph.p) + cr_phi
            if self.chem:
                det = ph.dn_dT * ph.drho_dxi - ph.dn_dxi * ph.drho_dT
                dT = (ph.drho_dxi * A - ph.dn_dxi * B) / det
                dxi = (ph.dn_dT * B - ph.drho_dT * A) / det
                # eta = ln(m/T_phi - xi_phi) keeps xi_phi below m/T_phi (no Bose condensation in trial steps)
                dy[self.i_phi + 1] = (-(self.m / tp) * dT / tp - dxi) / (H * (self.m / tp - xp))
            else:
                dT = B / ph.drho_dT
            dy[self.i_phi] = dT / (H * tp) - lg
        if full:
            return dy, {"H": H, "rho_tot": rho_tot, "rho_g": rho_g, "nus": nus, "phi": ph, "cn": cn, "cr": cr,
                        "cn_phi": cn_phi, "cr_phi": cr_phi, "c_em": c_em, "e": e, "q_rho": q_rho, "q_p": q_p}
        return dy

    def jac(self, N, y):
        """Forward-difference Jacobian with steps 1e-7 max(1, |y_j|): the solvers' own estimates (increments
        scaled by the error weights, ~1e-14 for the xi entries) are dominated by rounding here and made LSODA
        and BDF take explicit-size steps in the stiff regime (12000 vs 800 RHS calls from T_start = 20 MeV).
        Compiled backend: one :func:`.jit.jac` call. NumPy backend: a column loop over :meth:`_rhs`, with a memo of
        the building blocks whose arguments a column leaves bit-identical."""
        y = np.asarray(y, dtype=float)
        hs = 1e-7 * np.maximum(1.0, np.abs(y))
        if self.jit is not None:
            J, st = self.jit.jac(np.ascontiguousarray(y), hs, *self._jit_args, *self._jit_phi(), self._jit_tab)
            if st == 0:
                self.n_rhs += self.dim + 1
                return J
            self.n_fallback += 1
        # BDF asks for the Jacobian at the start of its failed Newton iteration, a point whose right-hand side it
        # has just evaluated
        f0 = self._recent.get((N, self.phi_dropped, self.force_phi, y.tobytes()))
        self._memo = {}  # building blocks whose arguments a column leaves unchanged are computed once
        try:
            if f0 is None:
                f0 = self._rhs(N, y)
            J = np.empty((self.dim, self.dim))
            for j in range(self.dim):
                yp = np.array(y, dtype=float)
                yp[j] += hs[j]
                J[:, j] = (self._rhs(N, yp) - f0) / hs[j]
        finally:
            self._memo = None
        return J


# --------------------------------------------------------------------------- driver
class _Solution:
    """The integration in segments (phi dropped at an event starts a new one): the end state and a dense
    evaluator over the whole span, with the interface _finish uses."""

    def __init__(self, segments, n_end, y_end, nfev):
        self.segments, self.n_end, self.y_end, self.nfev = segments, n_end, y_end, nfev

    def sol(self, N):
        N = np.atleast_1d(np.asarray(N, float))
        out = np.empty((len(self.y_end), N.size))
        for k, n in enumerate(N):
            for t0, t1, seg in self.segments:
                if n <= t1 or seg is self.segments[-1][2]:
                    out[:, k] = seg(min(max(n, t0), t1))
                    break
        return out


#: g_* of the rough H used for decisions (solver choice, phi's drop): photons and SM neutrinos after e+-
#: annihilation, 2 x 1.7 (rho = 1.7 rho_gamma); a factor < 2 in H changes neither decision.
G_STAR_ESTIMATE = 3.4


def _hubble_estimate(t: float) -> float:
    """H [MeV] at temperature t from the generated radiation-era kernel (model/decoupling.py) at G_STAR_ESTIMATE."""
    from mevscalar.generated import decoupling_np

    return float(decoupling_np.hubble_rate(t, G_STAR_ESTIMATE, M_PL))


def _solver_method(sysm: _System, atol: float) -> str:
    """"BDF" with phi at Gamma_phi/H(T = m_phi) <= BDF_MAX_STIFFNESS and atol >= BDF_MIN_ATOL, else "LSODA"
    (measurements at BDF_MAX_STIFFNESS). H is estimated with the photon and SM neutrino densities alone (a
    factor < 2 matters not for the choice)."""
    if not sysm.with_phi or atol < BDF_MIN_ATOL:
        return "LSODA"
    h_est = _hubble_estimate(sysm.m)
    return "BDF" if sysm.gamma_phi_total <= BDF_MAX_STIFFNESS * h_est else "LSODA"


#: Convergence tolerance of BDF's simplified Newton iteration, in units of the error weights atol + rtol |y| (the
#: iteration stops once its estimated remaining error is below this fraction of the per-step tolerance). scipy's
#: default, max(10 eps/rtol, min(0.03, sqrt(rtol))) (Hairer and Wanner's RADAU5 choice), is 3.2e-4 at rtol = 1e-7:
#: iterations far below the local error estimate they feed. Measured at rtol = 1e-7 (7 points: m_phi = 0.5-10 MeV,
#: BR_nunu = 1e-4 to 3e-2, both flavour treatments): 12-24 % fewer right-hand sides, N_eff moves by <= 3.1e-6,
#: inside the solver's own error (default vs rtol = 1e-10: 0.3-4e-6 at the same points). Used up to
#: Gamma_phi/H(T = m_phi) = NEWTON_TOL_MAX_STIFFNESS (the g-2 couplings of the 50 x 50 map: <= 3.4e3); at 4e6
#: (m_phi = 0.03 MeV held in the photon bath) it moved N_eff by 4e-6, twice the solver's own error there, so stiffer
#: points keep scipy's default.
NEWTON_TOL = 0.01
NEWTON_TOL_MAX_STIFFNESS = 1e5


@functools.lru_cache(maxsize=None)
def _bdf(newton_tol: float):
    """scipy's BDF with the Newton tolerance max(newton_tol, scipy's own)."""
    from scipy.integrate import BDF

    class _BDF(BDF):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self.newton_tol = max(self.newton_tol, newton_tol)

    return _BDF


def _method_for(sysm: _System, method: str):
    """The solve_ivp method: BDF with NEWTON_TOL up to NEWTON_TOL_MAX_STIFFNESS, else the named scipy method."""
    if method == "BDF" and NEWTON_TOL > 0.0 and sysm.gamma_phi_total <= NEWTON_TOL_MAX_STIFFNESS * _hubble_estimate(
            sysm.m):
        return _bdf(float(NEWTON_TOL))
    return method


def _integrate(sysm: _System, y0, t_start, t_end, rtol, atol, where: str):
    """Integrate from T_start to T_gamma = t_end. phi is dropped at a terminal event (its exchange capacity
    falls below PHI_GONE, see _System.phi_active) and the integration restarts without it: dropping it inside
    one solve would put a jump into the right-hand side that the implicit method keeps stepping across."""
    from scipy.integrate import solve_ivp

    stop = math.log(t_end)

    def event(_N, y):
        return y[0] - stop

    event.terminal = True
    event.direction = -1

    def phi_event(_N, y):
        tg, _ts, _xs, tp, xp = sysm.temps(y)
        if xp < XI_PHI_GONE:
            return -1.0
        rho_g = float(_bg.rho_photon(tg))
        th = sysm.thermo.species(sysm.m, tp, xp, 1.0, False)
        h_est = _hubble_estimate(tg)
        cap = th.rho / rho_g * max(1.0, sysm.gamma_phi_total / h_est)
        return math.log(max(cap, 1e-300)) - math.log(PHI_GONE)

    phi_event.terminal = True
    phi_event.direction = -1
    # T_gamma a grows by at most (11/4 * (1 + phi))^(1/3) < 2 over the span: 1 e-fold of margin
    n_span = math.log(t_start / t_end) + 1.5
    segments, n0, y, nfev = [], 0.0, np.asarray(y0, float), 0
    method = sysm.method = _solver_method(sysm, atol)
    method_arg = _method_for(sysm, method)
    while True:
        events = [event, phi_event] if sysm.with_phi and not sysm.phi_dropped else [event]
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            try:
                sol = solve_ivp(sysm.rhs, (n0, n_span), y, method=method_arg, rtol=rtol,
                                atol=atol, events=events,
                                dense_output=True, jac=sysm.jac)
            except (FloatingPointError, ZeroDivisionError, OverflowError, ValueError) as exc:  # ValueError: bad input
                # to a kernel (ParameterError) or a non-finite Jacobian in the implicit method's LU
                hint = ""
                if "for a boson" in str(exc):
                    hint = (" (phi's pseudo chemical potential reached its condensation bound xi = m/T: the thermal "
                            "ansatz fails for a light phi produced out of equilibrium, whose spectrum is softer than "
                            "thermal; phi_start='equilibrium' or a stronger coupling keeps it thermal)")
                raise SolverError(f"Boltzmann integration failed at {where}: {exc}{hint}") from exc
        if sol.status < 0:
            raise SolverError(f"Boltzmann integration failed at {where}: {sol.message}")
        if not np.all(np.isfinite(sol.y)):
            raise SolverError(f"Boltzmann integration failed at {where}: non-finite state")
        nfev += sol.nfev
        if sol.t_events[0].size:
            n_end = float(sol.t_events[0][0])
            segments.append((n0, n_end, sol.sol))
            return _Solution(segments, n_end, sol.y_events[0][0], nfev)
        if len(events) > 1 and sol.t_events[1].size:
            n1 = float(sol.t_events[1][0])
            segments.append((n0, n1, sol.sol))
            n0, y = n1, np.array(sol.y_events[1][0], float)
            sysm.phi_dropped = True
            sysm.phi_drop_N = n1
            continue
        raise SolverError(f"Boltzmann integration failed at {where}: T_gamma did not reach t_end")


def _background(sysm: _System, N: np.ndarray, Y: np.ndarray) -> dict:
    """The background on the grid N = ln(a/a_start) (ascending), from the state Y (dim x n).

    t_gamma_MeV; a (= exp N, a = 1 at T_start); t_s, the cosmic time in seconds: t(N) = t_start + the integral of
    dN/H, with t_start = 1/(2 H) (radiation domination before T_start) and the integral done exactly for 1/H
    log-linear between grid points (1/H ~ a^2 in radiation domination: the rule is exact there); H_MeV; energy
    densities and pressures in MeV^4: rho_gamma, p_gamma (photons alone), rho_e, p_e (e+- with m_e), rho_qed,
    p_qed (the finite-T QED correction of the e-gamma plasma, zero when off), rho_nu, p_nu (n_species x n: the
    total of each species, multiplicity included), rho_phi, p_phi (zero once phi is dropped); species, dof (the
    species' multiplicities: 1 for a mass state, 2 for nu_mu,tau, 3 for a common T_nu)."""
    n = N.size
    out = {key: np.zeros(n) for key in ("t_gamma_MeV", "H_MeV", "rho_gamma", "p_gamma", "rho_e", "p_e", "rho_qed",
                                        "p_qed", "rho_phi", "p_phi")}
    rho_nu = np.zeros((sysm.ns, n))
    p_nu = np.zeros((sysm.ns, n))
    dropped = sysm.phi_dropped
    for k in range(n):
        y = Y[:, k]
        # phi is dropped for good after the event: past it, the state's phi entries are frozen, not physical
        sysm.phi_dropped = dropped and k > 0 and N[k] > sysm.phi_drop_N
        _, info = sysm.rhs(N[k], y, full=True)
        tg = math.exp(y[0])
        out["t_gamma_MeV"][k] = tg
        out["H_MeV"][k] = info["H"]
        out["rho_gamma"][k] = info["rho_g"]
        out["p_gamma"][k] = info["rho_g"] / 3.0
        out["rho_e"][k], out["p_e"][k] = info["e"].rho, info["e"].p
        out["rho_qed"][k], out["p_qed"][k] = info["q_rho"], info["q_p"]
        for i, t in enumerate(info["nus"]):
            rho_nu[i, k] = sysm.mult[i] * t.rho
            p_nu[i, k] = sysm.mult[i] * t.p
        if info["phi"] is not None:
            out["rho_phi"][k], out["p_phi"][k] = info["phi"].rho, info["phi"].p
    sysm.phi_dropped = dropped
    inv_h = 1.0 / out["H_MeV"]
    dN = np.diff(N)
    r = np.log(inv_h[1:] / inv_h[:-1])
    # integral of exp(c + r s/dN) over s in [0, dN]: dN (f1 - f0) / r, -> dN f0 as r -> 0
    small = np.abs(r) < 1e-8
    seg = np.where(small, dN * inv_h[:-1] * (1.0 + 0.5 * r), dN * (inv_h[1:] - inv_h[:-1]) / np.where(small, 1.0, r))
    t_mev = 0.5 * inv_h[0] + np.concatenate(([0.0], np.cumsum(seg)))
    out["t_s"] = t_mev * HBAR_MEV_S
    out["a"] = np.exp(N)
    out["rho_nu"], out["p_nu"] = rho_nu, p_nu
    out["species"] = tuple(s.name for s in sysm.sp)
    out["dof"] = tuple(float(x) for x in sysm.mult)
    return out


def _finish(sysm: _System, sol, n_out: int, background: bool = False):
    n_end = sol.n_end
    y_end = sol.y_end
    tg, ts, xs, tp, xp = sysm.temps(y_end)
    nus = [sysm.thermo.massless_fermion(ts[i], xs[i], 2.0) for i in range(sysm.ns)]
    rho_nu = sum(sysm.mult[i] * nus[i].rho for i in range(sysm.ns))
    rho_g = _bg.rho_photon(tg)
    n_eff = _bg.n_eff_of_rho(rho_nu, rho_g)
    ratio = (rho_nu / (N_NU * sysm.thermo.massless_fermion(tg, 0.0, 2.0).rho)) ** 0.25
    rho_phi = 0.0
    if sysm.with_phi and sysm.phi_active(tg, tp, xp):
        rho_phi = sysm.thermo.species(sysm.m, tp, xp, 1.0, False).rho
    N = np.linspace(0.0, n_end, max(2, int(n_out)))
    Y = sol.sol(N)
    k = sysm.k
    t_gamma = np.exp(Y[0])
    rat = np.exp(np.array([Y[1 + k * i] for i in range(sysm.ns)]))
    xi = np.array([Y[2 + k * i] for i in range(sysm.ns)]) if sysm.chem else np.zeros_like(rat)
    extra = {"background": _background(sysm, N, Y)} if background else {}
    return {**extra, "n_eff": float(n_eff), "t_nu_over_t_gamma_final": float(ratio),
                "t_over_t_gamma_final": tuple(float(t / tg) for t in ts), "xi_final": tuple(float(x) for x in xs),
                "t_gamma": t_gamma, "t_nu_over_t_gamma": rat, "xi": xi, "rho_phi_over_rho_gamma_final": float(rho_phi / rho_g)}


def _jit_module():
    """The compiled backend's module (:mod:`.jit`; imports Numba)."""
    from . import jit

    return jit


def _backend(backend: str) -> str:
    """The backend to use: "numba" or "numpy" ("auto": numba when the compiled module imports, e.g. not with a Numba
    that does not support the installed NumPy)."""
    backend = P.check("backend", backend)
    if backend == "numba":
        require_extra("numba", "jit", "backend='numba'")
    elif backend == "auto":
        try:
            _jit_module()
        except ImportError:
            return "numpy"
        return "numba"
    return backend


def _options(qed, chemical_potentials, statistics, sm_weak, nu_nu, t_start, t_end, rtol, atol=1e-9):
    if qed is True:
        qed = 3
    elif qed is False or qed is None:
        qed = 0
    if qed not in QED_ORDERS:
        raise ParameterError(f"qed must be one of {QED_ORDERS} (or True/False), got {qed!r}")
    for name, v in (("chemical_potentials", chemical_potentials), ("sm_weak", sm_weak), ("nu_nu", nu_nu)):
        if not isinstance(v, (bool, np.bool_)):
            raise ParameterError(f"{name} must be True or False, got {v!r}")
    choice("statistics", statistics, STATISTICS)
    ts = float(in_range("t_start", t_start, *T_START_RANGE))
    te = float(in_range("t_end", t_end, *T_END_RANGE))
    r = float(in_range("rtol", rtol, 1e-12, 1e-4))
    a = float(in_range("atol", atol, 1e-15, 1e-6))
    return {"qed": int(qed), "chemical_potentials": bool(chemical_potentials), "statistics": statistics,
                "sm_weak": bool(sm_weak), "nu_nu": bool(nu_nu), "t_start": ts, "t_end": te, "rtol": r, "atol": a}


def sm(*, qed: int | bool = 3, chemical_potentials: bool = True, common_t_nu: bool = False, statistics: str = "quantum",
       sm_weak: bool = True, nu_nu: bool = True, t_start: float = 10.0, t_end: float = 0.005,
       rtol: float = 1e-7, atol: float = 1e-9, n_out: int = 200, background: bool = False,
       backend: str = "auto") -> BoltzmannResult:
    """The Standard Model evolution: photons, e+-, nu_e and nu_mu,tau (or one common T_nu); N_eff at the end.

    Literature: N_eff = 3.0440 +- 0.0002 (Bennett et al., JCAP 04 (2021) 073); this solver gives 3.0435 with QED to O(e^3)
    (README's validation table).

    Parameters
    ----------
    qed : int or bool
        Order of the finite-temperature QED correction to the plasma's equation of state: 0 (off), 2 or 3
        (O(e^2), O(e^3)); True means 3, False 0. Default 3.
    chemical_potentials : bool
        Evolve each neutrino species' (and phi's) chemical potential (default True); False keeps xi = 0.
    common_t_nu : bool
        One species for all three neutrinos (the old approximation) instead of nu_e and nu_mu,tau.
    statistics : str
        "quantum" (FD/BE with Pauli blocking/Bose enhancement in every collision term, default) or "mb".
    sm_weak : bool
        The weak e+- <-> nu and nu <-> nu rates on (default); False decouples the neutrinos at t_start
        (the instantaneous limit).
    nu_nu : bool
        The nu <-> nu rates between species on (default).
    t_start : float
        Start temperature [MeV], in [3, 50] (default 10).
    t_end : float
        T_gamma at which the evolution stops [MeV], in [1e-5, 0.05] (default 0.005).
    rtol : float
        Relative tolerance of the ODE solver, in [1e-12, 1e-4] (default 1e-7: N_eff to a few 1e-6).
    atol : float
        Absolute tolerance of the ODE solver, in [1e-15, 1e-6] (default 1e-9).
    n_out : int
        Number of output points of the evolution arrays (default 200).
    background : bool
        Add the background arrays BBN needs (:attr:`BoltzmannResult.background`).
    backend : str
        "auto" (default: the compiled right-hand side when :mod:`.jit` imports, i.e. Numba is installed and works),
        "numba" (compiled; needs the jit extra) or "numpy": the same equations, right-hand sides equal to rounding,
        N_eff within the solver's error (<~1e-6).

    Returns
    -------
    BoltzmannResult
        N_eff, the final temperatures and chemical potentials, the evolution on n_out points.

    Raises
    ------
    ParameterError
        If an option is outside its range (the message names it).
    SolverError
        If the integration fails (the message names the point).
    MissingExtra
        If ``backend="numba"`` and Numba is not installed (the jit extra).
    """
    be = _backend(backend)
    opts = _options(qed, chemical_potentials, statistics, sm_weak, nu_nu, t_start, t_end, rtol, atol)
    sp = species_for("mixed", common_t_nu=bool(common_t_nu))
    sysm = _System(sp, m_phi=0.0, gamma_gg=0.0, qed=opts["qed"], chem=opts["chemical_potentials"],
                   statistics=opts["statistics"], sm_weak=opts["sm_weak"], nu_nu=opts["nu_nu"], with_phi=False,
                   backend=be)
    y0 = np.zeros(sysm.dim)
    y0[0] = math.log(opts["t_start"])
    t0 = time.perf_counter()
    sol = _integrate(sysm, y0, opts["t_start"], opts["t_end"], opts["rtol"], opts["atol"], "the Standard Model")
    fin = _finish(sysm, sol, n_out, background)
    opts["common_t_nu"] = bool(common_t_nu)
    return BoltzmannResult(
        method="boltzmann", m_phi=None, g_mu=None, br_nunu=None, g_nu=None, gamma_total_MeV=None,
        gamma_gg_MeV=None, gamma_nunu_MeV=None, options=opts, species=tuple(s.name for s in sp), phi_start=None,
        n_rhs=sysm.n_rhs, seconds=time.perf_counter() - t0, solver=sysm.method, backend=sysm.backend,
        notes=("Standard Model: no phi",), **fin,
    )


def sm_n_eff(**kw: Any) -> float:
    """N_eff of the Standard Model evolution (:func:`sm`).

    Parameters
    ----------
    **kw : Any
        The keyword options of :func:`sm`.

    Returns
    -------
    float
        N_eff (dimensionless; 3.0440 in the literature).
    """
    return sm(**kw).n_eff


def _phi_initial(sysm: _System, t_start: float, mode: str):
    """(ln(T_phi/T_gamma), xi_phi, description) at T_start.

    "equilibrium": T_phi = T_gamma, xi = 0. "rates": the freeze-in abundance of the modelled rates
    (inverse decays) from T = infinity, n_phi = P/(4H) with P the production rate at n_phi = 0 (exact for
    P proportional to T, as for m_phi << T), capped at equilibrium, with the spectrum's shape at T_gamma.
    "auto": equilibrium if the rates give at least the equilibrium abundance, else "rates".
    """
    if mode == "equilibrium":
        return 0.0, 0.0, "equilibrium (imposed)"
    th = sysm.thermo.species(sysm.m, t_start, 0.0, 1.0, False)
    y = np.zeros(sysm.dim)
    y[0] = math.log(t_start)
    if sysm.chem:
        y[sysm.i_phi + 1] = sysm.eta(t_start, XI_PHI_GONE + 5.0)  # phi essentially empty: what the rates produce
    sysm.force_phi = True
    try:
        _, info = sysm.rhs(0.0, y, full=True)
    finally:
        sysm.force_phi = False
    prod = info["cn_phi"]
    n_fi = prod / (4.0 * info["H"])
    frac = n_fi / th.n
    if frac >= 1.0:
        return 0.0, 0.0, f"equilibrium (its inverse-decay rates give n/n_eq = {frac:.3g} >= 1 at T_start)"
    if mode == "auto" and not sysm.chem:
        raise ParameterError("phi_start: with chemical potentials off phi cannot start below equilibrium "
                             f"(the rates give n/n_eq = {frac:.3g} at T_start); use phi_start='equilibrium'")
    if not sysm.chem:
        raise ParameterError("phi_start='rates' needs chemical potentials (chemical_potentials=True)")
    # xi with n(T_start, xi) = n_fi (n is increasing in xi): Newton in xi from the MB guess
    xi = max(math.log(frac), XI_PHI_GONE + 1.0)
    for _ in range(30):
        t = sysm.thermo.species(sysm.m, t_start, xi, 1.0, False)
        step = (t.n - n_fi) / t.dn_dxi
        xi -= step
        if abs(step) < 1e-13:
            break
    return 0.0, float(xi), f"rates: inverse decays from T = infinity give n/n_eq = {frac:.3g} at T_start"


def evolve(m_phi: float, g_mu: float, br_nunu: float | None = None, g_nu: float | Sequence[float] | None = None, *,
           nunu: str = "eq4", qed: int | bool = 3, chemical_potentials: bool = True,
           flavour: str = "unmixed", statistics: str = "quantum", phi_start: str = "auto", sm_weak: bool = True,
           nu_nu: bool = True, t_start: float | None = None, t_end: float | None = None, rtol: float = 1e-7,
           atol: float = 1e-9, n_out: int = 200, background: bool = False, backend: str = "auto") -> BoltzmannResult:
    """N_eff from the evolution of the plasma with phi from T_start to T_gamma = t_end.

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], in [0.01, 30] (the registry's "boltzmann" domain of m_phi).
    g_mu : float
        Muon Yukawa coupling (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)]: it sets Gamma_gg through the exact muon
        loop (Eqs. 3-4). 0 is allowed when g_nu is given (BR_nunu = 1).
    br_nunu : float or None
        BR(phi -> nu nu) in [0, 1), phi coupling to nu_3 (give exactly one of br_nunu and g_nu, as in
        :func:`mevscalar.numeric.pheno.phi_widths`).
    g_nu : float or sequence of float or None
        phi's neutrino coupling(s): one number (nu_3) or three (nu_1, nu_2, nu_3 in the mass basis), each in
        [0, sqrt(4 pi)].
    nunu : str
        "eq4" (the paper's Gamma_nunu, default) or "majorana" (twice it).
    qed : int or bool
        Order of the finite-temperature QED correction: 0, 2 or 3 (True = 3, False = 0; default 3).
    chemical_potentials : bool
        Evolve each neutrino species' (and phi's) chemical potential (default True); False keeps xi = 0.
    flavour : str
        "unmixed" (phi-coupled mass states as their own species, default) or "mixed" (phi's energy shared at
        once among the flavours): the two ends of the flavour bracket (module docstring).
    statistics : str
        "quantum" (FD/BE with Pauli blocking/Bose enhancement in every collision term, default) or "mb".
    phi_start : str
        "auto" (equilibrium when phi's inverse-decay rates give n >= n_eq at T_start, else the abundance its
        rates give; default), "equilibrium" or "rates" (:func:`_phi_initial`).
    sm_weak : bool
        The weak e+- <-> nu and nu <-> nu rates on (default); False decouples the neutrinos at t_start
        (the instantaneous limit).
    nu_nu : bool
        The nu <-> nu rates between species on (default).
    t_start : float or None
        Start temperature [MeV], in [3, 50]; default min(10, 900 m_phi) (the decay kernels need m_phi/T >= 1e-3).
    t_end : float or None
        T_gamma at which the evolution stops [MeV], in [1e-5, 0.05]; default min(0.005, m_phi/60).
    rtol : float
        Relative tolerance of the ODE solver, in [1e-12, 1e-4] (default 1e-7: N_eff to a few 1e-6).
    atol : float
        Absolute tolerance of the ODE solver, in [1e-15, 1e-6] (default 1e-9).
    n_out : int
        Number of output points of the evolution arrays (default 200).
    background : bool
        Add the background arrays BBN needs (:attr:`BoltzmannResult.background`).
    backend : str
        "auto" (default: the compiled right-hand side when :mod:`.jit` imports, i.e. Numba is installed and works),
        "numba" (compiled; needs the jit extra) or "numpy": the same equations, right-hand sides equal to rounding,
        N_eff within the solver's error (<~1e-6).

    Returns
    -------
    BoltzmannResult
        N_eff, the final temperatures and chemical potentials, phi's widths, the evolution on n_out points.

    Raises
    ------
    ParameterError
        If a parameter is outside its range (the registry's message, as on the command line).
    SolverError
        If the integration fails (the message names the parameter point).
    MissingExtra
        If ``backend="numba"`` and Numba is not installed (the jit extra).
    """
    from mevscalar.numeric import pheno

    choice("nunu", nunu, ("eq4", "majorana"))
    choice("flavour", flavour, FLAVOURS)
    choice("phi_start", phi_start, PHI_START)
    be = _backend(backend)
    m = float(P.check("m_phi", m_phi, "boltzmann"))
    g = float(P.check("g_mu", g_mu))
    if t_end is None:
        t_end = min(0.005, m / 60.0)
    if t_start is None:
        t_start = min(10.0, 900.0 * m)
    opts = _options(qed, chemical_potentials, statistics, sm_weak, nu_nu, t_start, t_end, rtol, atol)
    w = pheno.phi_widths(m, g, g_nu=g_nu, br_nunu=br_nunu, nunu=nunu)
    per_state = tuple(float(x) for x in w.gamma_nunu_per_flavour)
    sp = species_for(flavour, per_state)
    sysm = _System(sp, m_phi=m, gamma_gg=float(w.gamma_gg), qed=opts["qed"], chem=opts["chemical_potentials"],
                   statistics=opts["statistics"], sm_weak=opts["sm_weak"], nu_nu=opts["nu_nu"], with_phi=True,
                   backend=be)
    where = f"m_phi = {m:g} MeV, g_mu = {g:g}, BR_nunu = {float(w.br_nunu):.6g}"
    d_phi, xi_phi, start = _phi_initial(sysm, opts["t_start"], phi_start)
    y0 = np.zeros(sysm.dim)
    y0[0] = math.log(opts["t_start"])
    y0[sysm.i_phi] = d_phi
    if sysm.chem:
        y0[sysm.i_phi + 1] = sysm.eta(opts["t_start"], xi_phi)
    sysm.n_rhs = 0
    t0 = time.perf_counter()
    sol = _integrate(sysm, y0, opts["t_start"], opts["t_end"], opts["rtol"], opts["atol"], where)
    fin = _finish(sysm, sol, n_out, background)
    opts.update(flavour=flavour, nunu=nunu, phi_start=phi_start)
    notes = [f"phi started in {start}", f"species: {', '.join(s.name for s in sp)} ({flavour})"]
    if fin["rho_phi_over_rho_gamma_final"] > 1e-6:
        notes.append(f"phi has not decayed by t_end: rho_phi/rho_gamma = {fin['rho_phi_over_rho_gamma_final']:.3g} "
                     "(not counted in N_eff)")
    return BoltzmannResult(
        method="boltzmann", m_phi=m, g_mu=g, br_nunu=float(w.br_nunu), g_nu=tuple(float(x) for x in w.g_nu),
        gamma_total_MeV=float(w.gamma_total), gamma_gg_MeV=float(w.gamma_gg), gamma_nunu_MeV=float(w.gamma_nunu),
        options=opts, species=tuple(s.name for s in sp), phi_start=start, n_rhs=sysm.n_rhs,
        seconds=time.perf_counter() - t0, solver=sysm.method, backend=sysm.backend, notes=tuple(notes), **fin,
    )


# --------------------------------------------------------------------------- Eq. 9 from the collision terms
def phi_mediated_relaxation(m_phi, g_mu, br_nunu, t, *, statistics: str = "quantum", nunu: str = "eq4") -> dict:
    """How fast phi, held at T_gamma = t by its photon width, relaxes the neutrino state it couples to (nu_3).

    This is the paper's resonant nu nu <-> phi <-> gamma gamma exchange (Eq. 9) as it appears in this
    solver: phi couples to both baths, and with Gamma_gg/H >> 1 every nu nu -> phi is followed by
    phi -> gamma gamma. Returned rates [MeV], linearised around equilibrium at temperature t:

    gamma_number   -d(dn_3/dt)/dxi_3 / (dn_3/dxi_3): relaxation of nu_3's pseudo chemical potential
    gamma_energy   -d(drho_3/dt)/dT_3 / (drho_3/dT_3) at fixed xi_3: relaxation of its temperature
    rate_eq10      the paper's R = n_nu^eq <sigma v>_res (Eq. 10), rate_db the detailed-balance rate (per
                   neutrino of 3 flavours), both from numeric/cosmology/decoupling.py
    mb_number      the closed form of gamma_number with MB collision terms: (12/pi^2) Gamma_nunu x^2 K_1(x),
                   x = m_phi/t (the MB decay term -(m^2 Gamma/2 pi^2) [T K_1 e^{xi_phi} - T K_1 e^{2 xi}] gives
                   d(dn_3/dt)/dxi = -(2/pi^2) m^2 Gamma T K_1; the FD density has dn_3/dxi = T^3/6)

    With MB collision terms R_eq10/gamma_number = 2 pi^2 BR_gg/(9 zeta(3)) = 1.82 BR_gg, and quantum
    statistics (Pauli blocking) slow the relaxation further: Eq. 10's normalisation is a factor ~2-3 above
    the relaxation rate of the very process it describes, for the number; more for the energy.
    """
    from scipy.special import kv

    from mevscalar.numeric import pheno

    from . import decays, decoupling, thermo

    m = float(P.check("m_phi", m_phi, "boltzmann"))
    T = float(in_range("t", t, 1e-3, 30.0))
    choice("statistics", statistics, STATISTICS)
    P.check("br_nunu", br_nunu, "relaxation")
    w = pheno.phi_widths(m, g_mu, br_nunu=br_nunu, nunu=nunu)
    gnn = float(w.gamma_nunu)

    def cn(xi):
        return -2.0 * decays.transfer(m, gnn, T, 0.0, T, xi, daughter="fermion", statistics=statistics)[0]

    def cr(tn):
        return -decays.transfer(m, gnn, T, 0.0, tn, 0.0, daughter="fermion", statistics=statistics)[1]

    h = 1e-5
    nu = thermo.massless_fermion(T, 0.0, 2.0)
    g_n = -(cn(h) - cn(-h)) / (2 * h) / nu.dn_dxi
    g_e = -(cr(T * (1 + h)) - cr(T * (1 - h))) / (2 * h * T) / nu.drho_dT
    x = m / T
    return {"m_phi_MeV": m, "t_MeV": T, "gamma_nunu_MeV": gnn, "gamma_number": float(g_n),
            "gamma_energy": float(g_e), "mb_number": float(12.0 / math.pi**2 * gnn * x * x * kv(1, x)),
            "rate_eq10": float(decoupling.rate(T, m, float(w.gamma_total), float(w.br_nunu), rate="eq10")),
            "rate_db": float(decoupling.rate(T, m, float(w.gamma_total), float(w.br_nunu),
                                             rate="detailed_balance")),
            "br_gg": float(w.br_gg), "statistics": statistics}
