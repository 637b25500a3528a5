"""The registry of named derivations that ``mev-scalar derive NAME`` prints and ``mev-scalar list`` lists.

A :class:`Derivation` names one result of the symbolic layer (``model/``): its equation in the paper, its unit, a
one-line description and a builder that returns the SymPy expression(s), derived by the model modules (nothing is
re-typed here; a builder only calls ``model/`` and, where the paper's form needs it, substitutes a limit the model
module states, e.g. m_N = m_N' = 0 for Eq. 17).

Importing this module imports no SymPy (``mev-scalar list`` and ``--help`` stay fast): the builders import
``mevscalar.model`` inside their bodies. :func:`build` returns a list of ``(lhs, expr)`` parts, ``lhs`` a LaTeX
left-hand side. Some builders derive the UV model first (``model.uv.model()``, about 5-15 s).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ParameterError

__all__ = ["DERIVATIONS", "Derivation", "build", "close_matches", "get", "names"]


@dataclass(frozen=True)
class Derivation:
    """One registered derivation (SymPy-free metadata; ``builder`` imports the model when called).

    Parameters
    ----------
    name : str
        The registered name (``mev-scalar derive NAME``), a Python identifier (e.g. ``"g_mu"``, ``"F"``).
    equation : str
        The paper's equation (or "derived ..." with a pointer) the result belongs to.
    unit : str
        The unit of the result (MeV powers; ``"1"`` when dimensionless).
    description : str
        One line saying what the result is.
    builder : Callable[[], list]
        A function of no arguments returning the parts ``[(lhs LaTeX, SymPy expression), ...]``; it imports
        ``mevscalar.model`` when called (some derive the UV model first, about 5-15 s).
    aliases : tuple of str
        Other names :func:`get` accepts (case-insensitive); default none.
    source : str
        The ``model/`` function(s) the result comes from (e.g. ``"model.seesaw.light_lo_masses"``); default "".
    """

    name: str
    equation: str
    unit: str
    description: str
    builder: Callable[[], list] = field(repr=False, compare=False)
    aliases: tuple = ()
    source: str = ""  # the model function(s) it comes from


# --------------------------------------------------------------------------- builders (SymPy inside only)
def _uv():
    from .model import uv

    return uv.model()


def _seesaw_light_matrix():
    from .model import seesaw

    s = seesaw.Seesaw(seesaw.uv_mass_matrix())
    return [(r"\mathcal{M}_{\nu}", s.light_lo)]


def _m_nu_light():
    """Eq. 17: the LO light masses of the UV blocks, in the paper's limit m_N = m_N' = 0 (stable form)."""
    import sympy as sp

    from .model import seesaw
    from .model import symbols as S

    D, R = seesaw.uv_blocks()
    _, (big, small) = seesaw.light_lo_masses(D, R)
    lim = {S.m_N: 0, S.m_Np: 0}
    return [(r"\tilde{m}_{\nu_1}", sp.Integer(0)),
            (r"\tilde{m}_{\nu_2}", sp.simplify(small.subs(lim))),
            (r"\tilde{m}_{\nu_3}", sp.simplify(big.subs(lim)))]


def _seesaw_light_matrix_nlo():
    """The light block at next order, m0 - {Theta Theta^T, m0}/2, for generic blocks D (3x2), R (2x2)."""
    from .model import seesaw

    D, R = seesaw.generic_blocks()
    return [(r"\mathcal{M}_{\nu}^{\rm NLO}", seesaw.light_nlo_matrix(D, R))]


def _heavy_masses():
    from .model import seesaw

    plus, minus = seesaw.heavy_lo_masses()
    return [(r"\lambda_{N}^{+}", plus), (r"\lambda_{N}^{-}", minus)]


def _mass_matrix():
    return [(r"\mathcal{M}", _uv().neutral_mass_matrix)]


def _g_mu():
    return [(r"g_{\mu}", _uv().g_mu)]


def _g_mu_exact():
    return [(r"g_{\mu}^{\rm exact}", _uv().g_mu_exact)]


def _g_nu():
    m = _uv()
    return [(r"g_{\nu}", m.g_nu_leading)]


def _g_nu_factor():
    import sympy as sp

    from .model import uv

    out = []
    for norm in ("paper", "canonical"):
        out.append((rf"f_{{\rm {norm}}}", sp.sympify(uv.model(norm).g_nu_factor)))
    return out


def _delta_a_mu():
    import sympy as sp

    from .model import gm2
    from .model import symbols as S

    return [(r"\Delta a_{\mu}", S.g_mu**2 / (8 * sp.pi**2) * gm2.loop_integral(S.m_phi / S.m_mu)),
            (r"I(r)", gm2.closed_form(S.r))]


def _delta_a_mu_limits():
    from .model import gm2

    return [(r"I(r \to 0)", gm2.small_series()), (r"I(r \to 0)|_{\rm leading}", gm2.small_or_large_leading("small")),
            (r"I(r \to \infty)|_{\rm leading}", gm2.small_or_large_leading("large"))]


def _g_gg():
    from .model import diphoton as dp

    return [(r"g_{\gamma\gamma}", dp.prefactor() * dp.amplitude(dp.f_closed())), (r"f(\tau)", dp.f_closed())]


def _g_gg_limit():
    from .model import diphoton as dp

    return [(r"g_{\gamma\gamma}|_{m_\phi \ll m_\mu}", dp.paper_limit())]


def _widths():
    from .model import widths as w

    return [(r"\Gamma_{\gamma\gamma}", w.gamma_gg_derived()),
            (r"\Gamma_{\nu_a\nu_a}", w.gamma_nunu_majorana_derived(True)),
            (r"\Gamma_{\mu\mu}", w.gamma_mumu_derived())]


def _sigma_v():
    from .model.decoupling import D

    return [(r"\langle\sigma v\rangle_{\rm res}", D.sigma_v_eq10), (r"R", D.rate_eq10),
            (r"R_{\rm DB}", D.rate_db)]


def _hubble():
    from .model.decoupling import D

    return [(r"H", D.hubble)]


def _x_d():
    from .model import decoupling as dec

    D = dec.D
    return [(r"L", D.eq11_log_argument(D.c_eq11)), (r"x_{D}", dec.Decoupling.eq11_root(-1)),
            (r"x_{\rm rec}", dec.Decoupling.eq11_root(0))]


def _eq11_correction():
    from .model.decoupling import D

    return [(r"\ln(R/H) - \ln(R/H)_{\rm Eq. 11}", D.eq11_correction)]


def _F():
    from .model import entropy as e

    return [(r"F_{\rm fermion}(y)", e.F_eq12("fermion")), (r"F_{\rm boson}(y)", e.F_eq12("boson"))]


def _F_high_T():
    from .model import entropy as e

    return [(r"F_{\rm fermion}(y \to 0)", e.high_temperature_series("fermion")),
            (r"F_{\rm boson}(y \to 0)", e.high_temperature_series("boson"))]


def _tnu():
    from .model import entropy as e

    return [(r"T_\nu/T_\gamma", e.tnu_over_tgamma_expr())]


def _neff():
    from .model import entropy as e

    return [(r"N_{\rm eff}", e.neff_closed())]


def _eq13():
    import sympy as sp

    from .model import entropy as e
    from .model import symbols as S

    lead = sp.powsimp(e.neff_closed().subs(S.BR_nunu, 0), force=True)
    return [(r"N_{\rm eff}|_{{\rm BR}_{\nu\nu} \to 0}", lead),
            (r"\partial \ln N_{\rm eff}/\partial {\rm BR}_{\nu\nu}|_0", e.eq13_first_order_coefficient())]


def _weak_msq():
    import sympy as sp

    from .model import weak

    return [(r"|\mathcal{M}|^2/G_F^2\ [" + proc.replace("_", r"\_") + "]", sp.sympify(expr))
            for proc, expr in weak.table_msq().items()]


def _weak_mb():
    from .model import weak

    return [(name.replace("_", r"\_"), expr) for name, expr in weak.mb_closed_forms().items()]


def _decay_terms():
    from .model import decays

    return [(rf"\mathcal{{C}}_{{\rm {k}}}", decays.rate_term_exact(k)) for k in decays.KINDS] + [
        (r"h_{\rm fermion}(q, d)", decays.h_fermion_cosh())]


# --------------------------------------------------------------------------- the registry
DERIVATIONS: tuple[Derivation, ...] = (
    Derivation("neutral_mass_matrix", "Eqs. 14, 16", "MeV",
               "5x5 neutral-fermion mass matrix: the Hessian of the Eq. 14 Lagrangian at the vacuum",
               _mass_matrix, ("mass_matrix",), "model.uv.UVModel.neutral_mass_matrix"),
    Derivation("m_nu_light", "Eqs. 16, 17", "MeV",
               "light neutrino masses from the seesaw (leading order, m_N = m_N' = 0, cancellation-free form)",
               _m_nu_light, ("seesaw", "light_masses", "m_nu", "eq17"), "model.seesaw.light_lo_masses"),
    Derivation("seesaw_light_matrix_nlo", "Eq. 19 + next order", "MeV",
               "light-neutrino mass matrix at next order in m_D/M, m0 - {Theta Theta^T, m0}/2 (generic blocks D, R)",
               _seesaw_light_matrix_nlo, ("seesaw_nlo", "eq19_nlo"), "model.seesaw.light_nlo_matrix"),
    Derivation("seesaw_light_matrix", "Eq. 19", "MeV",
               "light-neutrino mass matrix -m_D M_R^-1 m_D^T of the UV blocks (block diagonalisation)",
               _seesaw_light_matrix, ("eq19",), "model.seesaw.Seesaw.light_lo"),
    Derivation("heavy_masses", "Eq. 18", "MeV",
               "signed heavy eigenvalues of M_R to first order in its diagonal (Eq. 18, derived by series)",
               _heavy_masses, ("eq18", "m_heavy"), "model.seesaw.heavy_lo_masses"),
    Derivation("g_mu", "Eq. 15", "1", "phi-muon coupling with H' integrated out at tree level",
               _g_mu, ("eq15",), "model.uv.UVModel.g_mu"),
    Derivation("g_mu_exact", "Eq. 15 (exact)", "1", "phi-muon coupling from the exact tree-level phi-H' mixing",
               _g_mu_exact, (), "model.uv.UVModel.g_mu_exact"),
    Derivation("g_nu", "Eq. 20", "1",
               "phi-neutrino coupling matrix d(light mass matrix)/d varphi at varphi = 0 (paper phi normalisation)",
               _g_nu, ("eq20",), "model.uv.UVModel.g_nu_leading"),
    Derivation("g_nu_factor", "Eq. 20", "1", "f in g_nu = f m_nu/v_phi, derived for both phi normalisations",
               _g_nu_factor, (), "model.uv.UVModel.g_nu_factor"),
    Derivation("delta_a_mu", "Eq. 5", "1", "one-loop Delta a_mu: the Eq. 5 integral and its closed form I(r)",
               _delta_a_mu, ("eq5", "gm2"), "model.gm2.loop_integral, closed_form"),
    Derivation("delta_a_mu_limits", "Eq. 5 limits", "1",
               "I(r) for m_phi << m_mu (series and leading term) and the leading m_phi >> m_mu term",
               _delta_a_mu_limits, ("eq5_limits",), "model.gm2.small_series, small_or_large_leading"),
    Derivation("g_gg", "Eq. 3", "MeV^-1", "exact one-loop muon-triangle diphoton coupling (complex above 2 m_mu)",
               _g_gg, ("eq3", "diphoton"), "model.diphoton.prefactor, amplitude, f_closed"),
    Derivation("g_gg_limit", "Eq. 3 (Sec. II)", "MeV^-1", "g_gg for m_phi << m_mu, derived as the tau -> 0 limit",
               _g_gg_limit, ("g_gg_approx",), "model.diphoton.paper_limit"),
    Derivation("widths", "Eq. 4", "MeV",
               "two-body widths phi -> gamma gamma, nu_a nu_a (Majorana, massive) and mu mu from explicit spin sums",
               _widths, ("eq4", "gamma"), "model.widths"),
    Derivation("sigma_v", "Eq. 10", "MeV^-2, MeV",
               "resonant <sigma v> (Eq. 10), the paper's rate R and the detailed-balance rate R_DB",
               _sigma_v, ("eq10", "rate"), "model.decoupling.Decoupling"),
    Derivation("hubble", "Eq. 11 (H)", "MeV", "radiation-era Hubble rate from Friedmann's equation (the 1.66)",
               _hubble, (), "model.decoupling.Decoupling.hubble"),
    Derivation("x_d", "Eq. 11", "1",
               "x_D = m_phi/T_D: Eq. 11's log argument L and its two roots through Lambert W (decoupling, recoupling)",
               _x_d, ("eq11", "t_d"), "model.decoupling.Decoupling.eq11_root"),
    Derivation("eq11_correction", "Eq. 11 (exact K_1)", "1",
               "exact ln(R/H) minus the Eq. 11 (asymptotic K_1) form", _eq11_correction, (),
               "model.decoupling.Decoupling.eq11_correction"),
    Derivation("F", "Eq. 12", "1", "entropy function F(y) of one degree of freedom (fermion, boson)",
               _F, ("F_y", "entropy_function"), "model.entropy.F_eq12"),
    Derivation("F_high_T", "Eq. 12 (y -> 0)", "1", "high-temperature expansion of F(y) to O(y^4)",
               _F_high_T, (), "model.entropy.high_temperature_series"),
    Derivation("tnu_over_tgamma", "Eq. 12", "1", "T_nu/T_gamma below T_D from entropy conservation",
               _tnu, ("eq12",), "model.entropy.tnu_over_tgamma_expr"),
    Derivation("n_eff", "Eqs. 7, 12", "1", "N_eff at T_gamma -> 0 from Eq. 7 with Eq. 12",
               _neff, ("eq7", "neff"), "model.entropy.neff_closed"),
    Derivation("eq13", "Eq. 13", "1",
               "N_eff for BR_nunu << 1: the BR_nunu^0 term of Eq. 7 + 12, and the first-order coefficient",
               _eq13, ("n_eff_eq13", "neff_eq13"), "model.entropy.neff_closed, eq13_first_order_coefficient"),
    Derivation("weak_matrix_elements", "Boltzmann (DHS 1997 Table 1)", "1",
               "SM weak |M|^2/G_F^2 of every nu-e and nu-nu process entering the collision terms",
               _weak_msq, ("weak", "collision_weak"), "model.weak.table_msq"),
    Derivation("weak_mb_rates", "Boltzmann (massless MB)", "MeV^4, MeV^5",
               "momentum-integrated weak number and energy collision terms, Maxwell-Boltzmann, massless, closed form",
               _weak_mb, ("weak_rates",), "model.weak.mb_closed_forms"),
    Derivation("decay_collision_terms", "Boltzmann (phi <-> a a)", "1",
               "integrands of the momentum-integrated phi <-> a a collision terms with quantum statistics",
               _decay_terms, ("decays", "collision_decays", "collision_terms"), "model.decays.rate_term_exact"),
)

_BY_NAME = {d.name: d for d in DERIVATIONS}


def names() -> list[str]:
    """The registered derivation names, in registry order (what ``mev-scalar list`` lists).

    Returns
    -------
    list of str
        The ``name`` of every entry of :data:`DERIVATIONS`.
    """
    return [d.name for d in DERIVATIONS]


def _lookup() -> dict:
    """{lower-case name or alias: registered name}."""
    table = {a.lower(): d.name for d in DERIVATIONS for a in d.aliases}
    table.update({d.name.lower(): d.name for d in DERIVATIONS})
    return table


def close_matches(name: str, n: int = 5) -> list[str]:
    """Registered names close to ``name``: those containing it, then difflib's matches on names and aliases.

    Parameters
    ----------
    name : str
        A (possibly misspelt) derivation name or alias; case and surrounding blanks are ignored.
    n : int
        The most names returned, >= 0 (default 5).

    Returns
    -------
    list of str
        Up to ``n`` registered names, without repeats: those whose name or alias contains ``name`` first, then
        difflib's close matches (cutoff 0.6).
    """
    low = str(name).strip().lower()
    table = _lookup()
    out = [v for k, v in table.items() if low and low in k]
    out += [table[k] for k in difflib.get_close_matches(low, list(table), n=n, cutoff=0.6)]
    return list(dict.fromkeys(out))[:n]


def get(name: str) -> Derivation:
    """The derivation called ``name`` (or one of its aliases; case-insensitive).

    Parameters
    ----------
    name : str
        A registered name or alias (:func:`names`); case and surrounding blanks are ignored.

    Returns
    -------
    Derivation
        The registry entry.

    Raises
    ------
    ParameterError
        If no derivation has that name or alias; the one-line message names the close matches.
    """
    key = str(name).strip()
    hit = _lookup().get(key.lower())
    if hit is not None:
        return _BY_NAME[hit]
    near = close_matches(key)
    hint = f"close matches: {', '.join(near)}" if near else "no close match"
    raise ParameterError(f"name: no derivation {key!r} ({hint}; `mev-scalar list` shows all {len(DERIVATIONS)})")


def build(name: str) -> list:
    """The parts [(lhs LaTeX, SymPy expression), ...] of derivation ``name`` (imports SymPy and the model).

    Parameters
    ----------
    name : str
        A registered name or alias (:func:`names`; case-insensitive).

    Returns
    -------
    list of tuple of (str, sympy.Expr)
        The builder's parts: a LaTeX left-hand side and the derived SymPy expression (or matrix) for each.

    Raises
    ------
    ParameterError
        If no derivation has that name or alias (see :func:`get`).
    """
    return list(get(name).builder())
