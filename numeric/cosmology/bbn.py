"""BBN light-element abundances (Y_p, D/H) from the project's own background, through LINX.

The precision Boltzmann evolution (:mod:`mevscalar.numeric.cosmology.boltzmann`) gives the whole thermal history: the
photon temperature, the scale factor and cosmic time, and rho, P of every species. LINX (C. Giovanetti,
M. Lisanti, H. Liu, S. Mishra-Sharma, J. T. Ruderman, arXiv:2408.14538; ``pip install 'mev-scalar[bbn]'``,
MIT licence) solves the nuclear network on a given background: its ``AbundanceModel`` takes arrays of the
photon energy density, ONE neutrino energy density (which sets the neutrino temperature in the n <-> p rates),
the new-physics rho and P, the scale factor a and the time t. No nuclear network is reimplemented here.

Mapping (what each LINX input is, from our background; :func:`linx_inputs`):

* ``rho_g``: the photons alone (rho_gamma). LINX derives T_gamma = (15 rho_g/pi^2)^(1/4) from it; T_gamma is the
  temperature of the baryons and of the e+- plasma in its nuclear rates and n <-> p rates.
* ``a`` and ``t``: ours (every species, phi included, non-thermal neutrino heating, QED), passed explicitly, so
  LINX does NOT rebuild H(t) from its own Standard-Model e+- plasma. a is rescaled so that a = 1 today with
  T_gamma,0 = 2.7255 K and no entropy injection after our last point (T_gamma = 4 keV, phi decayed; checked):
  with eta fixed today by the CMB omega_b (:data:`mevscalar.data.OMEGA_B`) that is the baryon density at BBN.
* ``rho_nu`` (one species): the electron-neutrino energy density, nu_e = sum_i |U_ei|^2 f_i over the evolved
  species (mass states nu_1..3 with flavour="unmixed"; nu_e itself with "mixed" and in the SM). In LINX it
  only sets T_nu = T_nue in the n <-> p rates (with a and t given, it does not enter H).
* ``rho_NP``, ``P_NP``: the rest, rho_tot - rho_EM^LINX(T_gamma) - 3 rho_nu (e+- and QED as we compute them
  minus LINX's own SM plasma, the other neutrinos, phi), so that LINX's own t(rho) and a(rho) integrals
  would give back our H: unused by the abundances when a and t are given, kept for the cross-check.

What LINX cannot represent, and how big it is (docs/bbn.md has the numbers):

* a nu_e pseudo chemical potential xi (the same for nu and nubar, as the solver evolves it): LINX's ``xi_nu``
  is a lepton ASYMMETRY (+xi for nu, -xi for nubar), a different distribution, so xi is not passed (0).
  The nu_e spectrum is mapped to a thermal one with the same energy density (``nu_e="energy"``, default) or
  the same number density (``nu_e="number"``): the two bracket it (:attr:`BBNResult.bracket`).
* the non-thermal mixture sum_i |U_ei|^2 f_i of mass states with different temperatures: same bracket.
* ``nu_e="mean"`` replaces T_nue by the mean temperature of all neutrinos (what LINX's own background
  assumes): it sizes the nu_e-vs-mean difference.
* LINX's thermal and bremsstrahlung corrections to the n <-> p rates are tabulated for standard BBN.

JAX is imported only inside functions here; without the extra every entry point raises
:class:`~mevscalar.errors.MissingExtra` (one line). The persistent compilation cache lives in
``$XDG_CACHE_HOME/mev-scalar/jax`` (default ``~/.cache/mev-scalar/jax``); see :func:`cache_dir`. First call in a
fresh process: ~70 s to compile the default network on this machine (cold cache), ~13 s with the cache (tracing),
then ~0.35 s per abundance evaluation (one jitted function per network, reused).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import io
import math
import os
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from mevscalar import parameters as P
from mevscalar.errors import MissingExtra, ParameterError, SolverError, require_extra

if TYPE_CHECKING:  # type hints only: boltzmann is imported inside the functions
    from mevscalar.data import Measurement

    from .boltzmann import BoltzmannResult

__all__ = [
    "NETWORKS", "DEFAULT_NETWORK", "NU_E_MAPS", "BBNResult", "abundances", "sm", "evolve", "linx_sm",
    "linx_sm_prefetch", "linx_inputs", "add_radiation", "cache_dir", "bbn_point", "bbn_points", "bbn_map", "BBN_OUTPUTS", "MissingExtra",
]

#: LINX's fixed "key" networks (12 key reactions, species up to Be7). The default is the cheapest to compile and the
#: one LINX's own reference values are computed with.
NETWORKS = ("key_PRIMAT_2018", "key_PRIMAT_2023", "key_recommended", "key_YOF", "key_PArthENoPE")
DEFAULT_NETWORK = "key_PRIMAT_2018"
#: How the nu_e spectrum becomes LINX's thermal T_nu: same energy density, same number density, or the mean of all.
NU_E_MAPS = ("energy", "number", "mean")
#: Background grid handed to LINX (fixed, so the jitted function compiles once): points and last T_gamma [MeV]
#: (below LINX's T_end = 6e7 K = 5.17 keV).
N_OUT = 300
T_END = 0.004
#: Boltzmann options the BBN entry points set themselves.
_FIXED = ("background", "n_out", "t_end")


# --------------------------------------------------------------------------- JAX and LINX, lazily
def cache_dir() -> Path:
    """The JAX persistent compilation cache folder: $XDG_CACHE_HOME/mev-scalar/jax (default ~/.cache/...).

    Returns
    -------
    pathlib.Path
        The folder (not created here); it also holds the exported abundance functions and LINX's SM
        backgrounds.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mev-scalar" / "jax"


_JAX = None


def _jax():
    """Import JAX (MissingExtra without the 'bbn' extra), enable float64 and the persistent compilation cache."""
    global _JAX
    if _JAX is not None:
        return _JAX
    require_extra("linx", "bbn", "BBN abundances")
    jax = require_extra("jax", "bbn", "BBN abundances")
    jax.config.update("jax_enable_x64", True)
    if not jax.config.jax_compilation_cache_dir and not os.environ.get("JAX_COMPILATION_CACHE_DIR"):
        d = cache_dir()
        try:
            d.mkdir(parents=True, exist_ok=True)
            jax.config.update("jax_compilation_cache_dir", str(d))
        except OSError:  # an unwritable home: compile every time, do not fail
            pass
    _JAX = jax
    return jax


_QUIET_LOCK = threading.RLock()


@contextlib.contextmanager
def _quiet():
    """LINX prints a banner and 'Compiling ...' while tracing: keep stdout clean (the CLI prints JSON there).

    sys.stdout is process-wide, so the redirections are serialised (a prefetch thread tracing LINX's background
    must not restore another thread's stdout); hold it only while LINX's Python code runs (tracing), not while XLA
    compiles or runs.
    """
    with _QUIET_LOCK, contextlib.redirect_stdout(io.StringIO()):
        yield


_ENGINES: dict = {}


def _linx_function(network: str):
    """(f, constants): the abundance function of one network, (rho_g, rho_nu, rho_tot, p_tot, a_rel, t, eta_fac)
    -> (yields, rho_NP, P_NP, a), for arrays of N_OUT points (JAX traceable; LINX's model inside)."""
    with _quiet():
        import linx.const as const
        from linx.abundances import AbundanceModel
        from linx.nuclear import NuclearRates
        from linx.thermo import T_g, p_EM_std_v, rho_EM_std_v

        model = AbundanceModel(NuclearRates(nuclear_net=network), throw=False)

    def f(rho_g, rho_nu, rho_tot, p_tot, a_rel, t, eta_fac):
        tg = T_g(rho_g)
        rho_np = rho_tot - rho_EM_std_v(tg) - 3.0 * rho_nu
        p_np = p_tot - p_EM_std_v(tg) - rho_nu
        a = a_rel * (const.T0CMB / tg[-1]) / a_rel[-1]  # a = 1 today, entropy conserved after the last point
        return model(rho_g, rho_nu, rho_np, p_np, a_vec=a, t_vec=t, eta_fac=eta_fac), rho_np, p_np, a

    return f, float(const.Omegabh2)


def _export_path(network: str) -> Path:
    import hashlib
    import importlib.metadata as md
    import inspect

    src = inspect.getsource(_linx_function).encode()
    tag = hashlib.sha256(src + f"{md.version('linx-bbn')}|{md.version('jax')}|{network}|{N_OUT}".encode())
    return cache_dir() / f"bbn-{network}-{N_OUT}-{tag.hexdigest()[:16]}.jaxexport"


def _engine(network: str):
    """One compiled abundance function per network and process.

    Tracing LINX's model costs 10-40 s per process even with the compilation cache warm, so the traced function
    is also stored with ``jax.export`` (needs ``flatbuffers``) beside the cache: a new process deserialises it
    (milliseconds) and XLA's persistent cache supplies the compiled code. Any failure there falls back to jit.
    """
    if network in _ENGINES:
        return _ENGINES[network]
    jax = _jax()
    import jax.numpy as jnp

    fn = omega_fid = None
    path = _export_path(network)
    try:
        from jax import export as jexport

        if path.exists():
            exp = jexport.deserialize(bytearray(path.read_bytes()))
            import linx.const as const

            omega_fid = float(const.Omegabh2)
        else:
            f, omega_fid = _linx_function(network)
            shapes = [jax.ShapeDtypeStruct((N_OUT,), jnp.float64)] * 6 + [jax.ShapeDtypeStruct((), jnp.float64)]
            with _quiet():
                exp = jexport.export(jax.jit(f))(*shapes)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(exp.serialize())
            os.replace(tmp, path)
        fn, traces = jax.jit(exp.call), False  # StableHLO: no LINX Python code runs (nothing printed)
    except Exception:  # noqa: BLE001 -- no flatbuffers, an unwritable cache, a JAX without export: plain jit
        f, omega_fid = _linx_function(network)
        fn, traces = jax.jit(f), True
    eng = {"f": fn, "jnp": jnp, "omega_b_fid": omega_fid, "traces": traces}
    _ENGINES[network] = eng
    return eng


# --------------------------------------------------------------------------- the mapping (NumPy)
def _e_weights(species) -> np.ndarray:
    """Per evolved species, its weight in the electron-neutrino distribution: |U_ei|^2 x multiplicity."""
    from . import boltzmann

    table = {}
    for sp in (boltzmann.species_for("unmixed", (1.0, 1.0, 1.0)) + boltzmann.species_for("mixed")
               + boltzmann.species_for("mixed", common_t_nu=True)):
        table[sp.name] = sp.e_fraction * sp.multiplicity
    try:
        return np.array([table[s] for s in species], float)
    except KeyError as exc:
        raise ParameterError(f"species: no electron-flavour weight known for neutrino species {exc}") from None


def linx_inputs(result: BoltzmannResult, nu_e: str = "energy") -> dict:
    """LINX's inputs from a BoltzmannResult made with ``background=True`` (NumPy arrays, in time order).

    Parameters
    ----------
    result : BoltzmannResult
        A solve made with ``background=True`` (:func:`boltzmann.sm` or :func:`boltzmann.evolve`).
    nu_e : str
        How the nu_e spectrum becomes one thermal T_nu: ``"energy"`` (same energy density, default),
        ``"number"`` (same number density) or ``"mean"`` (the mean temperature of all neutrinos).

    Returns
    -------
    dict
        rho_g, rho_nu (one species: nu_e mapped by ``nu_e``), rho_tot, p_tot (every species) in the solver's
        units (MeV^4), a_rel (a = 1 at T_start), t [s], t_gamma_MeV, t_nue_MeV (the thermal T LINX sees) and
        t_nue_energy_MeV, t_nue_number_MeV, t_nue_mean_MeV [MeV].

    Raises
    ------
    ParameterError
        If ``nu_e`` is not a registered choice, ``result`` has no background, or a neutrino species has no known
        electron-flavour weight.
    """
    from . import thermo

    P.check("nu_e", nu_e)
    b = getattr(result, "background", None)
    if b is None:
        raise ParameterError("result: needs a BoltzmannResult made with background=True")
    tg = np.asarray(b["t_gamma_MeV"], float)
    w = _e_weights(b["species"])
    dof = np.asarray(b["dof"], float)
    rho_nu = np.asarray(b["rho_nu"], float)
    p_nu = np.asarray(b["p_nu"], float)
    ratio = np.asarray(result.t_nu_over_t_gamma, float)
    xi = np.asarray(result.xi, float)
    rho1 = thermo.massless_fermion(1.0, 0.0, 2.0)  # one species, T = 1, xi = 0
    # energy: rho_nue = sum_i w_i rho_i / dof_i
    rho_e = (w[:, None] * rho_nu / dof[:, None]).sum(axis=0)
    t_energy = (rho_e / rho1.rho) ** 0.25
    # number: n_nue = sum_i w_i n_i(T_i, xi_i) per state
    n_e = np.zeros_like(tg)
    for i in range(len(w)):
        if w[i] == 0.0:
            continue
        ti = ratio[i] * tg
        n_i = np.array([thermo.massless_fermion(float(t), float(x), 2.0).n for t, x in zip(ti, xi[i])])
        n_e += w[i] * n_i
    t_number = (n_e / rho1.n) ** (1.0 / 3.0)
    t_mean = (rho_nu.sum(axis=0) / dof.sum() / rho1.rho) ** 0.25
    t_used = {"energy": t_energy, "number": t_number, "mean": t_mean}[nu_e]
    rho_tot = b["rho_gamma"] + b["rho_e"] + b["rho_qed"] + rho_nu.sum(axis=0) + b["rho_phi"] + b.get("rho_x", 0.0)
    p_tot = b["p_gamma"] + b["p_e"] + b["p_qed"] + p_nu.sum(axis=0) + b["p_phi"] + b.get("p_x", 0.0)
    return {"rho_g": np.asarray(b["rho_gamma"], float), "rho_nu": rho1.rho * t_used**4, "rho_tot": rho_tot,
            "p_tot": p_tot, "a_rel": np.asarray(b["a"], float), "t": np.asarray(b["t_s"], float),
            "t_gamma_MeV": tg, "t_nue_MeV": t_used, "t_nue_energy_MeV": t_energy, "t_nue_number_MeV": t_number,
            "t_nue_mean_MeV": t_mean}


def add_radiation(result: BoltzmannResult, delta_n_eff: float) -> BoltzmannResult:
    """A copy of a BoltzmannResult with a decoupled massless species adding ``delta_n_eff`` to the late N_eff.

    rho_x = delta_n_eff (7/8) (4/11)^(4/3) rho_gamma(a_end) (a_end/a)^4, P_x = rho_x/3.

    H is rescaled by sqrt(1 + rho_x/rho_tot) and the time recomputed as t = 1/(2H) at the start plus the integral
    of dN/H (exact for 1/H log-linear between grid points, as boltzmann's background does). The plasma's own
    history (T_gamma(a), the neutrino temperatures) is kept: the feedback of the faster expansion on neutrino
    decoupling is neglected (O(1e-3) in N_eff per unit Delta N_eff).

    LINX's own input (:func:`linx_sm`) is normalised at T_start, where T_nu = T_gamma, with the late-time factor
    (4/11)^(4/3): its late Delta N_eff is 0.26 times its input (0.131 for an input of 0.5), as its N_eff shows.

    Parameters
    ----------
    result : BoltzmannResult
        A solve made with ``background=True``.
    delta_n_eff : float
        The late-time N_eff the species adds, in [0, 3].

    Returns
    -------
    BoltzmannResult
        A copy with the species in its background (rho_x, p_x, H_MeV, t_s) and ``n_eff`` raised by
        ``delta_n_eff``.

    Raises
    ------
    ParameterError
        If ``delta_n_eff`` is outside [0, 3] (or not finite), or ``result`` has no background.
    """
    from dataclasses import replace

    from mevscalar.constants import HBAR_MEV_S, M_PL
    from mevscalar.generated import background_np as _bg

    from .boltzmann import NEFF_NORM  # (8/7)(11/4)^(4/3), read off the generated background kernel

    d = float(delta_n_eff)
    if not (math.isfinite(d) and 0.0 <= d <= 3.0):
        raise ParameterError(f"delta_n_eff must be in [0, 3], got {delta_n_eff!r}")
    b = getattr(result, "background", None)
    if b is None:
        raise ParameterError("result: needs a BoltzmannResult made with background=True")
    a = np.asarray(b["a"], float)
    # free-streaming radiation whose N_eff is d at the end (model/background.py: N_eff = n_eff_of_rho(rho_x,
    # rho_gamma)), redshifting as a^-4; H from the total density through Friedmann
    rho_x = d / NEFF_NORM * float(b["rho_gamma"][-1]) * (a[-1] / a) ** 4
    rho_tot = (b["rho_gamma"] + b["rho_e"] + b["rho_qed"] + np.asarray(b["rho_nu"]).sum(axis=0) + b["rho_phi"]
               + b.get("rho_x", 0.0))
    h = _bg.hubble_of_rho(rho_tot + rho_x, M_PL)
    N = np.log(a / a[0])
    inv_h = 1.0 / h
    dN = np.diff(N)
    r = np.log(inv_h[1:] / inv_h[:-1])
    small = np.abs(r) < 1e-8
    seg = np.where(small, dN * inv_h[:-1] * (1.0 + 0.5 * r), dN * (inv_h[1:] - inv_h[:-1]) / np.where(small, 1.0, r))
    t = (0.5 * inv_h[0] + np.concatenate(([0.0], np.cumsum(seg)))) * HBAR_MEV_S
    nb = dict(b)
    nb.update(H_MeV=h, t_s=t, rho_x=b.get("rho_x", 0.0) + rho_x, p_x=b.get("p_x", 0.0) + rho_x / 3.0)
    return replace(result, background=nb, n_eff=float(result.n_eff) + d)


# --------------------------------------------------------------------------- result
@dataclass(frozen=True)
class BBNResult:
    """Abundances for one background. y_p = 4 Y(He4) (LINX's convention), ratios are number ratios to H.

    pulls: (prediction - measurement)/sigma with sigma = sqrt(sigma_meas^2 + sigma_theory^2). bracket (with
    ``bracket=True``): {nu_e map: {"y_p", "d_over_h"}} for the energy- and number-matched nu_e (see the module).

    Parameters
    ----------
    y_p : float
        Helium-4 mass fraction Y_p = 4 Y(He4).
    d_over_h : float
        D/H (number ratio).
    he3_over_h : float
        (He3 + H3)/H (number ratio; LINX's yields 3 and 4 over the proton yield).
    li7_over_h : float
        (Li7 + Be7)/H (number ratio; LINX's yields 6 and 7 over the proton yield).
    n_eff : float
        N_eff of the background (the Boltzmann solve's).
    omega_b_h2 : float
        The baryon density omega_b h^2 used.
    network : str
        LINX nuclear network, one of :data:`NETWORKS`.
    nu_e : str
        The nu_e -> thermal T_nu map, one of :data:`NU_E_MAPS`.
    yp_data : str
        Name of the Y_p measurement.
    dh_data : str
        Name of the D/H measurement.
    theory : str
        Name of the theory (nuclear-rate) uncertainty.
    y_p_pull : float
        (y_p - measured)/y_p_sigma.
    d_over_h_pull : float
        (d_over_h - measured)/d_over_h_sigma.
    y_p_sigma : float
        sqrt(sigma_meas^2 + sigma_theory^2) of Y_p.
    d_over_h_sigma : float
        sqrt(sigma_meas^2 + sigma_theory^2) of D/H.
    model : str
        ``"sm"`` (no phi) or ``"phi"``.
    seconds_bbn : float
        Wall-clock time of the LINX part [s].
    bracket : dict, optional
        With ``bracket=True``: {"energy": {"y_p", "d_over_h"}, "number": {...}}; None otherwise.
    notes : tuple
        Plain-text caveats (e.g. phi not decayed by the last point).
    boltzmann : object
        The BoltzmannResult the abundances were computed from (not in :meth:`to_dict`).
    """

    y_p: float
    d_over_h: float
    he3_over_h: float
    li7_over_h: float
    n_eff: float
    omega_b_h2: float
    network: str
    nu_e: str
    yp_data: str
    dh_data: str
    theory: str
    y_p_pull: float
    d_over_h_pull: float
    y_p_sigma: float
    d_over_h_sigma: float
    model: str
    seconds_bbn: float
    bracket: dict | None = None
    notes: tuple = field(default_factory=tuple)
    boltzmann: object = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        """The result as a plain dict (field -> value) for JSON, without the Boltzmann result.

        Returns
        -------
        dict
            Every field except ``boltzmann``; ``notes`` as a list.
        """
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "boltzmann"}
        d["notes"] = list(self.notes)
        return d


def _datasets(omega_b, yp_data, dh_data, theory):
    """The data sets by name (or Measurement objects), each name checked by :mod:`mevscalar.parameters`:
    omega_b a data-set name or a number omega_b h^2 in the registry's range."""
    from mevscalar import data

    ob = P.check("omega_b", omega_b)
    omega = data.omega_b_dataset(ob).central if isinstance(ob, str) else ob
    yp = data.yp_dataset(P.check("yp_data", yp_data)) if isinstance(yp_data, str) else yp_data
    dh = data.dh_dataset(P.check("dh_data", dh_data)) if isinstance(dh_data, str) else dh_data
    th_yp, th_dh = data.bbn_theory(P.check("theory", theory))
    return omega, yp, dh, th_yp, th_dh


def _run_linx(inp: dict, network: str, omega: float):
    eng = _engine(network)
    jnp = eng["jnp"]
    args = [jnp.asarray(inp[k]) for k in ("rho_g", "rho_nu", "rho_tot", "p_tot", "a_rel", "t")]
    with _quiet() if eng["traces"] else contextlib.nullcontext():
        y, _, _, _ = eng["f"](*args, jnp.asarray(omega / eng["omega_b_fid"]))
        y = np.asarray(y.block_until_ready(), float)
    if y.shape[0] < 8 or not np.all(np.isfinite(y)) or y[1] <= 0:
        raise SolverError(f"LINX abundance solve failed (network {network}): yields {y[:8]}")
    return {"y_p": float(4.0 * y[5]), "d_over_h": float(y[2] / y[1]), "he3_over_h": float((y[3] + y[4]) / y[1]),
            "li7_over_h": float((y[6] + y[7]) / y[1])}


def abundances(result: BoltzmannResult, *, network: str = DEFAULT_NETWORK, nu_e: str = "energy",
               omega_b: str | float = "planck2018", yp_data: str | Measurement = "aver2021",
               dh_data: str | Measurement = "cooke2018", theory: str = "primat2021",
               bracket: bool = False) -> BBNResult:
    """Y_p, D/H (and He3/H, Li7/H) for a BoltzmannResult made with ``background=True`` (see the module).

    The options are checked by :mod:`mevscalar.parameters` (one range and one message, as on the command line).

    Parameters
    ----------
    result : BoltzmannResult
        A solve with ``background=True``, ``n_out`` = :data:`N_OUT` and ``t_end`` <= 0.00517 MeV (LINX's T_end);
        :func:`sm` and :func:`evolve` make it.
    network : str
        LINX nuclear network, one of :data:`NETWORKS` (default ``"key_PRIMAT_2018"``).
    nu_e : str
        The nu_e -> thermal T_nu map, one of :data:`NU_E_MAPS` (default ``"energy"``).
    omega_b : str or float
        Baryon density: a data-set name (``"planck2018"``, default) or a number omega_b h^2 in [0.005, 0.05].
    yp_data : str or Measurement
        Y_p measurement: ``"aver2021"`` (default), ``"pdg2020"`` or a Measurement.
    dh_data : str or Measurement
        D/H measurement: ``"cooke2018"`` (default), ``"pdg2020"`` or a Measurement.
    theory : str
        Theory (nuclear-rate) uncertainty added to the pulls: ``"primat2021"`` (default) or ``"none"``.
    bracket : bool
        Also run the other nu_e map (energy vs number): the bracket of what LINX cannot represent (default
        False).

    Returns
    -------
    BBNResult
        The abundances, their pulls and the inputs used.

    Raises
    ------
    ParameterError
        If an option is outside its registered choices or range, or ``result`` lacks the background grid LINX
        needs; :class:`~mevscalar.errors.SolverError` if LINX's solve fails; :class:`MissingExtra` without the
        'bbn' extra.
    """
    network = P.check("network", network)
    nu_e = P.check("nu_e", nu_e)
    omega, yp, dh, th_yp, th_dh = _datasets(omega_b, yp_data, dh_data, theory)
    notes = []
    b = result.background
    if b is not None and float(b["rho_phi"][-1]) > 1e-6 * float(b["rho_gamma"][-1]):
        notes.append(f"phi has not decayed by T_gamma = {float(b['t_gamma_MeV'][-1]):g} MeV: the baryon density "
                     "from today's omega_b assumes no later entropy injection")
    if b is None or len(b["t_gamma_MeV"]) != N_OUT or float(b["t_gamma_MeV"][-1]) > 0.00517:
        raise ParameterError(f"result: needs a BoltzmannResult made with background=True, n_out={N_OUT} and "
                             f"t_end <= 0.00517 MeV (LINX's T_end); bbn.sm / bbn.evolve make it")
    t0 = time.perf_counter()
    inp = linx_inputs(result, nu_e)
    out = _run_linx(inp, network, omega)
    br = None
    if bracket:
        br = {nu_e: {"y_p": out["y_p"], "d_over_h": out["d_over_h"]}}
        for m in ("energy", "number"):
            if m not in br:
                o = _run_linx(linx_inputs(result, m), network, omega)
                br[m] = {"y_p": o["y_p"], "d_over_h": o["d_over_h"]}
    sec = time.perf_counter() - t0
    s_yp = math.hypot(yp.sigma, th_yp.sigma)
    s_dh = math.hypot(dh.sigma, th_dh.sigma)
    return BBNResult(
        y_p=out["y_p"], d_over_h=out["d_over_h"], he3_over_h=out["he3_over_h"], li7_over_h=out["li7_over_h"],
        n_eff=float(result.n_eff), omega_b_h2=omega, network=network, nu_e=nu_e, yp_data=yp.name,
        dh_data=dh.name, theory=th_yp.name, y_p_pull=(out["y_p"] - yp.central) / s_yp,
        d_over_h_pull=(out["d_over_h"] - dh.central) / s_dh, y_p_sigma=s_yp, d_over_h_sigma=s_dh,
        model="sm" if result.m_phi is None else "phi", seconds_bbn=sec, bracket=br, notes=tuple(notes),
        boltzmann=result)


def _bbn_kw(kw: dict) -> tuple[dict, dict]:
    names = ("network", "nu_e", "omega_b", "yp_data", "dh_data", "theory", "bracket")
    bbn = {k: kw.pop(k) for k in names if k in kw}
    for k in _FIXED:
        if k in kw:
            raise ParameterError(f"{k}: the BBN entry points set {k} themselves (background grid of {N_OUT} "
                                 f"points down to {T_END} MeV)")
    return bbn, kw


def _precheck(bbn: dict) -> None:
    """Validate the BBN choices (and the extra) before spending a Boltzmann solve."""
    P.check("network", bbn.get("network", DEFAULT_NETWORK))
    P.check("nu_e", bbn.get("nu_e", "energy"))
    _datasets(bbn.get("omega_b", "planck2018"), bbn.get("yp_data", "aver2021"), bbn.get("dh_data", "cooke2018"),
              bbn.get("theory", "primat2021"))
    require_extra("linx", "bbn", "BBN abundances")
    require_extra("jax", "bbn", "BBN abundances")


def sm(**kw: Any) -> BBNResult:
    """The Standard Model's abundances: :func:`boltzmann.sm` (its keywords) then :func:`abundances` (its keywords).

    The BBN options and the extra are checked before the solve.

    Parameters
    ----------
    **kw : dict
        Keywords of :func:`boltzmann.sm` (e.g. ``qed``, ``common_t_nu``) and of :func:`abundances` (``network``,
        ``nu_e``, ``omega_b``, ``yp_data``, ``dh_data``, ``theory``, ``bracket``); not ``background``, ``n_out``
        or ``t_end`` (set here: :data:`N_OUT` points down to :data:`T_END` MeV).

    Returns
    -------
    BBNResult
        The abundances on the SM background (``model = "sm"``).

    Raises
    ------
    ParameterError
        If a keyword is one set here or an option is outside its registered choices or range;
        :class:`MissingExtra` without the 'bbn' extra.
    """
    from . import boltzmann

    bbn, kw = _bbn_kw(dict(kw))
    _precheck(bbn)
    r = boltzmann.sm(background=True, n_out=N_OUT, t_end=T_END, **kw)
    return abundances(r, **bbn)


def evolve(m_phi: float, g_mu: float, br_nunu: float | None = None, g_nu: float | Sequence[float] | None = None,
           **kw: Any) -> BBNResult:
    """The scenario's abundances: :func:`boltzmann.evolve` (its keywords) then :func:`abundances` (its keywords).

    m_phi, g_mu, br_nunu or g_nu (and flavour, statistics) are checked by :mod:`mevscalar.parameters` first: the
    messages of the `bbn` command, before any solve.

    Parameters
    ----------
    m_phi : float
        Scalar mass m_phi [MeV], in the registry's ``"boltzmann"`` domain of m_phi, [0.01, 30].
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)].
    br_nunu : float, optional
        BR(phi -> nu nu), in [0, 1); give it or ``g_nu`` (as :func:`boltzmann.evolve`).
    g_nu : float or sequence of float, optional
        Neutrino coupling(s), each in [0, sqrt(4 pi)]: one number (nu_3 only) or three.
    **kw : dict
        Keywords of :func:`boltzmann.evolve` (e.g. ``flavour``, ``statistics``, ``qed``) and of
        :func:`abundances`; not ``background``, ``n_out`` or ``t_end`` (set here).

    Returns
    -------
    BBNResult
        The abundances on the scenario's background (``model = "phi"``).

    Raises
    ------
    ParameterError
        If an input is outside its registered range or choices (the `bbn` command's message) or a keyword is one
        set here; :class:`MissingExtra` without the 'bbn' extra.
    """
    from . import boltzmann

    m_phi = P.check("m_phi", m_phi, "boltzmann")
    g_mu = P.check("g_mu", g_mu)
    if br_nunu is not None:
        br_nunu = P.check("br_nunu", br_nunu)
    if g_nu is not None:
        P.check("g_nu", g_nu)
    for name in ("flavour", "statistics"):
        if kw.get(name) is not None:
            P.check(name, kw[name])
    bbn, kw = _bbn_kw(dict(kw))
    _precheck(bbn)
    r = boltzmann.evolve(m_phi, g_mu, br_nunu=br_nunu, g_nu=g_nu, background=True, n_out=N_OUT, t_end=T_END, **kw)
    return abundances(r, **bbn)


_LINX_BG: dict = {}
_LINX_BG_LOCK = threading.Lock()
_LINX_BG_EXE_LOCK = threading.Lock()


def _linx_background(d: float) -> dict:
    """LINX's own SM background (its BackgroundModel, N_OUT points) for Delt_Neff_init = d, as NumPy arrays.

    Kept in memory and in the cache folder (keyed by the LINX and JAX versions). Thread-safe: a second caller for
    the same d waits for the first instead of compiling again, so a thread may compute it ahead of time
    (:func:`linx_sm_prefetch`) while the abundance model compiles in another.
    """
    import importlib.metadata as md

    jax = _jax()
    with _LINX_BG_LOCK:
        lock = _LINX_BG.setdefault(("lock", d), threading.Lock())
    with lock:
        if d in _LINX_BG:
            return _LINX_BG[d]
        path = cache_dir() / f"linx-sm-{md.version('linx-bbn')}-{md.version('jax')}-{N_OUT}-{d!r}.npz"
        names = ("t", "a", "rho_g", "rho_nu", "rho_x", "p_x", "neff")
        try:
            with np.load(path) as z:
                arr = {k: np.asarray(z[k]) for k in names}
        except (OSError, KeyError, ValueError):
            import jax.numpy as jnp

            with _LINX_BG_EXE_LOCK:  # one compile per process, shared by every d
                exe = _LINX_BG.get("exe")
                if exe is None:
                    with _quiet():  # LINX prints while tracing; XLA's compile (minutes) runs outside the lock
                        from linx.background import BackgroundModel

                        model = BackgroundModel(throw=False, n_out=N_OUT)
                        lowered = jax.jit(lambda x: model(x)).trace(jnp.asarray(d)).lower()
                    exe = _LINX_BG["exe"] = lowered.compile()
            out = exe(jnp.asarray(d))
            jax.block_until_ready(out)
            arr = {k: np.asarray(v, float) for k, v in zip(names, out)}
            if all(np.all(np.isfinite(v)) for v in arr.values()):
                try:
                    tmp = path.with_suffix(f".tmp{os.getpid()}{threading.get_ident()}.npz")
                    np.savez(tmp, **arr)
                    os.replace(tmp, path)
                except OSError:
                    pass
        _LINX_BG[d] = arr
        return arr


def linx_sm_prefetch(deltas: Iterable[float] = (0.0,)) -> threading.Thread:
    """A started daemon thread computing LINX's own background(s) ahead of :func:`linx_sm`, which waits for it.

    Its model compiles for minutes with a cold cache; XLA compiles without the GIL, so this overlaps other work.
    An error in the thread is kept; :func:`linx_sm` retries and raises it in its own thread.

    Parameters
    ----------
    deltas : iterable of float
        The ``delta_n_eff`` values of :func:`linx_sm` to prepare (default ``(0.0,)``).

    Returns
    -------
    threading.Thread
        The running thread (``join`` it to wait).

    Raises
    ------
    MissingExtra
        Without the 'bbn' extra.
    """
    _jax()  # configure JAX (x64, cache) in the calling thread first
    ds = [float(x) for x in deltas]

    def work():
        for d in ds:
            try:
                _linx_background(d)
            except Exception as exc:  # noqa: BLE001 -- kept for the record; linx_sm retries and raises in its thread
                _LINX_BG[("prefetch error", d)] = exc

    th = threading.Thread(target=work, name="linx-sm-prefetch", daemon=True)
    th.start()
    return th


def linx_sm(delta_n_eff: float = 0.0, *, network: str = DEFAULT_NETWORK, omega_b: str | float = "planck2018") -> dict:
    """Abundances from LINX's own pipeline: its BackgroundModel then its AbundanceModel (the cross-check).

    The background: SM, one common T_nu for all flavours, plus a decoupled massless species with LINX's
    ``Delt_Neff_init`` = ``delta_n_eff`` (late-time Delta N_eff = 0.26 x that, see :func:`add_radiation`), on
    N_OUT points. The background arrays are kept in the cache folder (keyed by the LINX and JAX versions):
    LINX's background model takes minutes to compile (:func:`linx_sm_prefetch` starts it in a thread).

    Parameters
    ----------
    delta_n_eff : float
        LINX's ``Delt_Neff_init``, in [-1, 3] (default 0).
    network : str
        LINX nuclear network, one of :data:`NETWORKS` (default ``"key_PRIMAT_2018"``).
    omega_b : str or float
        Baryon density: a data-set name (``"planck2018"``, default) or a number omega_b h^2 in [0.005, 0.05].

    Returns
    -------
    dict
        y_p, d_over_h, he3_over_h, li7_over_h (as in :class:`BBNResult`) and n_eff (LINX's late-time N_eff).

    Raises
    ------
    ParameterError
        If ``delta_n_eff`` is outside [-1, 3] or an option is outside its registered choices or range;
        :class:`MissingExtra` without the 'bbn' extra.
    """
    from .boltzmann import NEFF_NORM  # (8/7)(11/4)^(4/3), read off the generated background kernel

    P.check("network", network)
    d = float(delta_n_eff)
    if not (math.isfinite(d) and -1.0 <= d <= 3.0):
        raise ParameterError(f"delta_n_eff must be in [-1, 3], got {delta_n_eff!r}")
    omega = _datasets(omega_b, "aver2021", "cooke2018", "none")[0]
    arr = _linx_background(d)
    # LINX's total density from its N_eff = (8/7)(11/4)^(4/3) (rho_tot - rho_g)/rho_g; its pressure is not
    # returned: rho_tot/3 stands in (neither enters the abundances when a and t are given)
    rho_tot = arr["rho_g"] * (1.0 + arr["neff"] / NEFF_NORM)
    inp = {"rho_g": arr["rho_g"], "rho_nu": arr["rho_nu"], "rho_tot": rho_tot, "p_tot": rho_tot / 3.0,
           "a_rel": arr["a"], "t": arr["t"]}
    out = _run_linx(inp, network, omega)
    out["n_eff"] = float(arr["neff"][-1])
    return out


# --------------------------------------------------------------------------- maps (the runner's Executor engine)
#: Output columns of a BBN map row.
BBN_OUTPUTS = ("n_eff", "y_p", "d_over_h", "y_p_pull", "d_over_h_pull", "t_d_MeV")


def bbn_point(m_phi_MeV: float, br_nunu: float, g_mu: float, options: dict | None = None,
              bbn_options: dict | None = None) -> dict:
    """N_eff, Y_p, D/H, their pulls and the paper's T_D at one map point (:func:`evolve`, :func:`chain.evaluate`).

    A top-level function (pickles to process pools and Dask). A solver failure is a RuntimeError (recorded in
    the row's error cell by the runner).

    Parameters
    ----------
    m_phi_MeV : float
        Scalar mass m_phi [MeV], in m_phi's ``"boltzmann"`` domain [0.01, 30].
    br_nunu : float
        BR(phi -> nu nu), in [0, 1).
    g_mu : float
        Muon Yukawa coupling g_mu (Eq. 2), in [-sqrt(4 pi), sqrt(4 pi)].
    options : dict, optional
        Keywords of :func:`boltzmann.evolve` (default none).
    bbn_options : dict, optional
        Keywords of :func:`abundances` (default none).

    Returns
    -------
    dict
        {n_eff, y_p, d_over_h, y_p_pull, d_over_h_pull, t_d_MeV}, all finite; t_d_MeV [MeV] is the paper's
        decoupling temperature (exact R = H crossing, Eq. 10 rate), 0.0 where R > H down to the lowest
        temperature searched (no decoupling: below any proxy bound).

    Raises
    ------
    RuntimeError
        If the Boltzmann solve or LINX fails (:class:`~mevscalar.errors.SolverError` is one) or a result is
        not finite.
    """
    from . import chain

    r = evolve(m_phi_MeV, g_mu, br_nunu=br_nunu, **dict(options or {}), **dict(bbn_options or {}))
    try:
        td = float(chain.evaluate(m_phi_MeV, g_mu, br_nunu=br_nunu).t_d_used_MeV)
    except chain.NoDecouplingError:  # R > H down to the lowest T searched: below any proxy bound
        td = 0.0
    out = {"n_eff": r.n_eff, "y_p": r.y_p, "d_over_h": r.d_over_h, "y_p_pull": r.y_p_pull,
           "d_over_h_pull": r.d_over_h_pull, "t_d_MeV": td}
    if not all(math.isfinite(v) for v in out.values()):
        raise RuntimeError(f"BBN point gave a non-finite result {out}")
    return out


bbn_point.outputs = BBN_OUTPUTS


def bbn_points(m_phis: ArrayLike, br_min: float = 1e-5, br_max: float = 0.1, n_grid: int = 30, *,
               dataset: str = "2021", g_mu: float | None = None) -> list[dict]:
    """The map's points (m_phi-major), as :func:`scan.boltzmann_points`: g_mu from the g-2 data set's central value.

    Parameters
    ----------
    m_phis : float or array_like
        Scalar masses m_phi [MeV], each in m_phi's ``"boltzmann"`` domain [0.01, 30]; at least one.
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-5).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.1).
    n_grid : int
        BR_nunu grid points per m_phi (log-spaced), in [2, 100000] (default 30).
    dataset : str
        g-2 data set fixing g_mu (registry ``gm2_dataset``): ``"2021"`` (default) or ``"2025"``.
    g_mu : float, optional
        Muon Yukawa coupling g_mu, in [-sqrt(4 pi), sqrt(4 pi)] and != 0, instead of the g-2 value.

    Returns
    -------
    list of dict
        ``len(m_phis) * n_grid`` dicts {m_phi_MeV [MeV], br_nunu, g_mu}, m_phi-major.

    Raises
    ------
    ParameterError
        If an input is outside its range (see :func:`scan.boltzmann_points`).
    """
    from . import scan

    return scan.boltzmann_points(m_phis, br_min, br_max, n_grid, dataset=dataset, g_mu=g_mu)


def bbn_map(m_phis: ArrayLike, out: str | os.PathLike, *, br_min: float = 1e-5, br_max: float = 0.1,
            n_grid: int = 30, dataset: str = "2021", g_mu: float | None = None, options: dict | None = None,
            bbn_options: dict | None = None, executor: cf.Executor | None = None, workers: int | None = None,
            resume: bool = False, force: bool = False, progress: bool | None = None) -> list[dict]:
    """Y_p, D/H, N_eff and the pulls on (m_phis) x (BR_nunu log grid), one CSV row per point as it finishes.

    The runner's engine (:func:`mevscalar.numeric.cosmology.runner.run`): any Executor, resumable (``resume``), refused
    over a file made with other options (``force``). Columns: m_phi_MeV, br_nunu, g_mu, :data:`BBN_OUTPUTS`, error.

    Parameters
    ----------
    m_phis : float or array_like
        Scalar masses m_phi [MeV], each in m_phi's ``"boltzmann"`` domain [0.01, 30]; at least one.
    out : str or os.PathLike
        The CSV file (checked by :func:`runner.check_out` before any work).
    br_min : float
        Smallest BR_nunu of the grid, in (0, 1) and < ``br_max`` (default 1e-5).
    br_max : float
        Largest BR_nunu of the grid, in (0, 1) (default 0.1).
    n_grid : int
        BR_nunu grid points per m_phi (log-spaced), in [2, 100000] (default 30).
    dataset : str
        g-2 data set fixing g_mu (registry ``gm2_dataset``): ``"2021"`` (default) or ``"2025"``.
    g_mu : float, optional
        Muon Yukawa coupling g_mu, in [-sqrt(4 pi), sqrt(4 pi)] and != 0, instead of the g-2 value.
    options : dict, optional
        Keywords of :func:`boltzmann.evolve` (checked against its signature); not ``background``, ``n_out`` or
        ``t_end``.
    bbn_options : dict, optional
        Keywords of :func:`abundances` (``network``, ``nu_e``, ``omega_b``, ``yp_data``, ``dh_data``,
        ``theory``, ``bracket``).
    executor : concurrent.futures.Executor, optional
        Any executor, e.g. a Dask ``client.get_executor()``; None: a process pool with ``workers`` processes.
    workers : int, optional
        Processes of the default pool, >= 1 (default ``os.cpu_count()``); only without ``executor``.
    resume : bool
        Continue an existing ``out``, computing only the missing points (default False).
    force : bool
        Overwrite an existing ``out`` (default False).
    progress : bool, optional
        Draw a progress bar on stderr; None (default): if it is a terminal.

    Returns
    -------
    list of dict
        The rows (m_phi_MeV, br_nunu, g_mu, :data:`BBN_OUTPUTS`, error) in grid order (m_phi-major).

    Raises
    ------
    ParameterError
        If an input is outside its range, an option is unknown or set by the map, or ``out`` cannot be used;
        :class:`MissingExtra` without the 'bbn' extra.
    """
    from functools import partial

    from . import runner, scan

    runner.check_out(out, resume=resume, force=force)
    opts = scan.check_boltzmann_options(options)
    bbn, rest = _bbn_kw(dict(bbn_options or {}))
    if rest:
        raise ParameterError(f"bbn_options: unknown keys {sorted(rest)}")
    _precheck(bbn)
    for k in _FIXED:
        if k in opts:
            raise ParameterError(f"options: {k} is set by the BBN map")
    points = bbn_points(m_phis, br_min, br_max, n_grid, dataset=dataset, g_mu=g_mu)
    meta = {"kind": "bbn map", "options": opts, "bbn_options": bbn,
            "g_mu": "given" if g_mu is not None else f"g-2 {dataset} central value"}
    return runner.run(partial(bbn_point, options=opts, bbn_options=bbn), points, out, executor=executor,
                      resume=resume, force=force, progress=progress, workers=workers, meta=meta, label="bbn map")
