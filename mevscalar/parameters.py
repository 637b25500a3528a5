"""The parameter registry: one table of every physical parameter (and option) the CLI and the evaluators take.

Each :class:`Parameter` has a name (the Python keyword and the name every error message starts with), a symbol,
a unit, ONE allowed range (an :class:`Interval` with open or closed ends), a description, its CLI flag, its JSON
key and its old (deprecated) flag and key names. A parameter whose evaluator accepts only part of the range
declares that part as a named :class:`Domain` with its reason, e.g. ``m_phi``'s ``"boltzmann"`` domain
[0.01, 30] MeV (``cosmology.boltzmann.M_PHI_RANGE``), or ``br_nunu``'s ``"log_rate"`` domain (0, 1)
(``cosmology.decoupling.log_rate_over_hubble``: R = 0 at BR_nunu = 0).

From the table come:

- validation: :func:`check` (one message style: ``"m_phi (--m-phi) must be a number in the allowed range (0, 1e6] MeV,
  got 0.0"``), used by the CLI handlers AND by the evaluators (numeric/pheno.py, numeric/neutrino.py,
  numeric/cosmology/chain.py, numeric/cosmology/decoupling.py, numeric/cosmology/neff.py,
  numeric/cosmology/bbn.py), so Python and the command line say the same thing;
  arrays are checked elementwise;
- argparse arguments: :func:`add_argument` (flag, deprecated aliases, metavar, choices and the help text with
  unit and range); the handlers read them back, checked, with :func:`value`;
- JSON keys: :func:`json_keys` (the key and its deprecated duplicates).

Nothing here imports NumPy, SciPy or SymPy at import time (the CLI's ``--help`` stays fast); NumPy is imported
only when :func:`check` is given an array.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ParameterError

if TYPE_CHECKING:  # annotations only (never imported at run time: the CLI's --help stays fast)
    import argparse

    import numpy as np

__all__ = [
    "DEPRECATED_JSON_KEYS",
    "PARAMETERS",
    "Domain",
    "Interval",
    "Parameter",
    "add_argument",
    "check",
    "fmt_number",
    "get",
    "given",
    "help_text",
    "json_keys",
    "key",
    "value",
]

INF = math.inf


def fmt_number(x: float) -> str:
    """A range end as people write it: 1e6, 0.01, 106.75, inf.

    Parameters
    ----------
    x : float
        The number, any float (+-inf too).

    Returns
    -------
    str
        ``"inf"``/``"-inf"`` for the infinities, else ``f"{x:g}"`` with the exponent's leading zeros and plus sign
        dropped (``1e+06`` -> ``1e6``, ``1e-05`` -> ``1e-5``).
    """
    if x == INF:
        return "inf"
    if x == -INF:
        return "-inf"
    s = f"{x:g}"
    if "e" in s:
        mant, exp = s.split("e")
        s = f"{mant}e{int(exp)}"
    return s


@dataclass(frozen=True)
class Interval:
    """A real interval; ``lo_closed``/``hi_closed`` say whether the ends belong to it (infinite ends never do).

    Parameters
    ----------
    lo : float
        The lower end, in the parameter's unit (may be -inf).
    hi : float
        The upper end, in the parameter's unit (may be inf).
    lo_closed : bool
        Whether ``lo`` belongs to the interval (default True; ignored for an infinite end).
    hi_closed : bool
        Whether ``hi`` belongs to the interval (default True; ignored for an infinite end).
    label : str
        How the interval is written when its ends are not plain numbers, e.g. ``"[0, sqrt(4 pi)]"`` (default
        empty: written from the numbers).
    """

    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True
    label: str = ""  # how the interval is written when its ends are not plain numbers, e.g. "[0, sqrt(4 pi)]"

    def __contains__(self, x: float) -> bool:
        if not isinstance(x, (int, float)) or isinstance(x, bool) or math.isnan(x):
            return False
        if math.isinf(x):
            return False
        ok_lo = x >= self.lo if self.lo_closed else x > self.lo
        ok_hi = x <= self.hi if self.hi_closed else x < self.hi
        return ok_lo and ok_hi

    def __str__(self) -> str:
        if self.label:
            return self.label
        left = "[" if self.lo_closed and math.isfinite(self.lo) else "("
        right = "]" if self.hi_closed and math.isfinite(self.hi) else ")"
        return f"{left}{fmt_number(self.lo)}, {fmt_number(self.hi)}{right}"

    def mask(self, arr: np.ndarray) -> np.ndarray:
        """Elementwise membership of a NumPy array (NaN and +-inf never belong).

        Parameters
        ----------
        arr : numpy.ndarray
            Float values, any shape.

        Returns
        -------
        numpy.ndarray
            A bool array of ``arr``'s shape: True where the element lies in the interval.
        """
        import numpy as np

        ok = np.isfinite(arr)
        with np.errstate(invalid="ignore"):
            ok &= (arr >= self.lo) if self.lo_closed else (arr > self.lo)
            ok &= (arr <= self.hi) if self.hi_closed else (arr < self.hi)
        return ok

    def within(self, other: Interval) -> bool:
        """Whether this interval lies inside ``other`` (open and closed ends compared).

        Parameters
        ----------
        other : Interval
            The enclosing interval to test against.

        Returns
        -------
        bool
            True when every point of this interval belongs to ``other``.
        """
        lo_ok = self.lo > other.lo or (self.lo == other.lo and (other.lo_closed or not self.lo_closed))
        hi_ok = self.hi < other.hi or (self.hi == other.hi and (other.hi_closed or not self.hi_closed))
        return lo_ok and hi_ok


@dataclass(frozen=True)
class Domain:
    """A narrower range of one parameter where one evaluator works, and why.

    Parameters
    ----------
    interval : Interval
        The narrower range, inside the parameter's own (tested).
    reason : str
        Why the evaluator needs it; quoted in the error message.
    flag_hint : str
        The mode that selects it on the command line, e.g. ``"--method boltzmann"`` (default empty: no CLI mode).
    """

    interval: Interval
    reason: str
    flag_hint: str = ""  # the mode that selects it on the command line, e.g. "--method boltzmann"


@dataclass(frozen=True)
class Parameter:
    """One row of the registry: a parameter's name, unit, allowed range, documentation, flag and JSON key.

    Parameters
    ----------
    name : str
        The Python keyword and the name every error message starts with (e.g. ``"m_phi"``).
    symbol : str
        The physics symbol (e.g. ``"m_phi"``, ``"g_*"``; empty for options).
    unit : str
        The unit (``"MeV"``; empty when dimensionless).
    description : str
        What it is, the start of the CLI help.
    kind : str
        ``"float"`` (default), ``"int"``, ``"floats"`` (comma-separated, ``lengths`` components), ``"float_or"`` (a
        number or one of ``choices``, e.g. g_* = 10.75 or ``T``), ``"choice"``, ``"choices"`` (comma-separated
        subset) or ``"switch"`` (a store_true flag).
    interval : Interval or None
        The one allowed range of a numeric kind (None for the others).
    choices : tuple
        The allowed strings of ``"choice"``, ``"choices"`` and ``"float_or"`` (default none).
    lengths : tuple
        The allowed numbers of components of ``"floats"`` (default: any).
    flag : str
        The CLI flag (default ``--`` + the name with hyphens).
    aliases : tuple
        Old flags, deprecated for one release (default none).
    json_key : str or None
        The JSON key (default None: the name, with ``_`` + the unit appended when there is one).
    json_aliases : tuple
        Old JSON keys written next to ``json_key``, deprecated for one release (default none).
    metavar : str or None
        The CLI metavar (default None: the name in capitals, or the choices).
    default : object
        The registry's default, quoted in the help (default None).
    domains : dict
        Named narrower ranges ``{name: Domain}`` where one evaluator works (default none).
    """

    name: str
    symbol: str
    unit: str
    description: str
    kind: str = "float"
    interval: Interval | None = None
    choices: tuple = ()
    lengths: tuple = ()
    flag: str = ""
    aliases: tuple = ()  # old flags, deprecated for one release
    json_key: str | None = None
    json_aliases: tuple = ()  # old JSON keys written next to json_key, deprecated for one release
    metavar: str | None = None
    default: Any = None
    domains: dict = field(default_factory=dict)

    def __post_init__(self):
        if not self.flag:
            object.__setattr__(self, "flag", "--" + self.name.replace("_", "-"))
        if self.json_key is None:
            object.__setattr__(self, "json_key", self.name + (f"_{self.unit}" if self.unit else ""))

    @property
    def numeric(self) -> bool:
        """Whether the parameter takes numbers (kinds float, int, floats, float_or) and so has an interval."""
        return self.kind in ("float", "int", "floats", "float_or")

    def range_text(self, domain: str | None = None) -> str:
        """The allowed range as text: ``(0, 1e6] MeV``, or for a choice ``one of eq10, detailed_balance``.

        Parameters
        ----------
        domain : str or None
            A key of ``domains``: that domain's range instead of the physical one (default None).

        Returns
        -------
        str
            The interval with its unit (``" or T"`` appended for a float_or), or the list of choices.
        """
        if self.kind in ("choice", "choices"):
            return "one of " + ", ".join(map(str, self.choices))
        iv = self.interval if domain is None else self.domains[domain].interval
        text = str(iv) + (f" {self.unit}" if self.unit else "")
        if self.kind == "float_or":
            text += " or " + " or ".join(map(str, self.choices))
        return text

    def _what(self) -> str:
        if self.kind == "int":
            return "an integer"
        if self.kind == "floats":
            n = " or ".join(map(str, self.lengths)) if self.lengths else "any number of"
            return f"{n} numbers (comma-separated), each"
        return "a number"

    def message(self, got: Any, domain: str | None = None) -> str:
        """The one error message of this parameter: name, flag, what it must be, unit and range, the value.

        Parameters
        ----------
        got : object
            The rejected value, quoted with ``repr``.
        domain : str or None
            A key of ``domains``: the message of that domain, with its reason and the physical range (default None:
            the physical range's message).

        Returns
        -------
        str
            E.g. ``"m_phi (--m-phi) must be a number in the allowed range (0, 1e6] MeV, got 0.0"``.
        """
        head = f"{self.name} ({self.flag})"
        if self.kind in ("choice", "choices"):
            return f"{head} must be {self.range_text()}, got {got!r}"
        if domain is not None:
            d = self.domains[domain]
            where = f" with {d.flag_hint}" if d.flag_hint else ""
            return (f"{head} must be {self._what()} in the allowed range {self.range_text(domain)}{where} "
                    f"({d.reason}; physical range {self.range_text()}), got {got!r}")
        return f"{head} must be {self._what()} in the allowed range {self.range_text()}, got {got!r}"

    def help_head(self) -> str:
        """Description, unit and allowed range: the start of every help text of this parameter.

        Returns
        -------
        str
            ``"description [unit]; range ..."`` (a switch: its description only).
        """
        if self.kind == "switch":
            return self.description
        unit = f" [{self.unit}]" if self.unit else ""
        rng = self.range_text() if self.kind in ("choice", "choices") else "range " + self.range_text()
        return f"{self.description}{unit}; {rng}"

    def help(self, default: Any = None) -> str:
        """The argparse help: description, unit and allowed range, the default and the deprecated aliases.

        Parameters
        ----------
        default : object
            This command's default when it differs from the registry's (default None: the registry's).

        Returns
        -------
        str
            :meth:`help_head`, then ``" (default ...)"`` (not for a switch) and the deprecated aliases.
        """
        text = self.help_head()
        default = self.default if default is None else default
        if self.kind != "switch" and default is not None:
            text += f" (default {default})"
        if self.aliases:
            text += f" [deprecated alias: {', '.join(self.aliases)}, removed after the next release]"
        return text


def _iv(lo, hi, lo_closed=True, hi_closed=True, label="") -> Interval:
    return Interval(float(lo), float(hi), lo_closed, hi_closed, label)


_M_PHI = _iv(0, 1e6, lo_closed=False)  # (0, 1 TeV]: mevscalar.numeric.pheno.M_PHI_MAX_MEV (m_phi^4 overflows far above)
_BOLTZMANN_M = Domain(_iv(0.01, 30.0), "the Boltzmann solver's domain, cosmology.boltzmann.M_PHI_RANGE: outside "
                      "it the start and end temperatures and the species list change", "--method boltzmann")
_PERTURBATIVE = math.sqrt(4 * math.pi)  # |g| <= sqrt(4 pi): tree-level perturbative unitarity of a Yukawa coupling
_BR = _iv(0, 1, hi_closed=False)
_BR_OPEN = _iv(0, 1, lo_closed=False, hi_closed=False)

_ROWS = [
    Parameter("m_phi", "m_phi", "MeV", "scalar mass", interval=_M_PHI, metavar="MEV",
              domains={"boltzmann": _BOLTZMANN_M}),
    Parameter("m_phi_min", "m_phi,min", "MeV", "smallest scalar mass of the scan", interval=_M_PHI, metavar="MEV",
              domains={"boltzmann": _BOLTZMANN_M}),
    Parameter("m_phi_max", "m_phi,max", "MeV", "largest scalar mass of the scan", interval=_M_PHI, metavar="MEV",
              domains={"boltzmann": _BOLTZMANN_M}),
    Parameter("n_m_phi", "N_m", "", "number of m_phi points of the scan (log-spaced)", kind="int",
              interval=_iv(1, INF), flag="--n-m-phi", aliases=("--n",), metavar="N", default=11),
    Parameter("g_mu", "g_mu", "", "muon Yukawa coupling of phi (Eq. 2; may be negative, only g_mu^2 enters the "
              "widths)", interval=_iv(-_PERTURBATIVE, _PERTURBATIVE, label="[-sqrt(4 pi), sqrt(4 pi)]"), metavar="G"),
    Parameter("g_nu", "g_nu", "", "neutrino coupling(s) of phi: one number (nu_3 only) or three (per flavour)",
              kind="floats", lengths=(1, 3), interval=_iv(0, _PERTURBATIVE, label="[0, sqrt(4 pi)]"),
              metavar="G[,G2,G3]"),
    Parameter("br_nunu", "BR(phi->nu nu)", "", "branching ratio of phi into neutrinos", interval=_BR, metavar="B",
              domains={"log_rate": Domain(_BR_OPEN, "log(R/H) needs R > 0 and R = 0 at BR_nunu = 0, "
                                          "cosmology.decoupling.log_rate_over_hubble"),
                       "log_grid": Domain(_BR_OPEN, "a map grid: its BR_nunu windows are interpolated in log BR_nunu, "
                                          "cosmology.verdict"),
                       "relaxation": Domain(_BR_OPEN, "without phi -> nu nu nothing relaxes, "
                                            "cosmology.boltzmann.phi_mediated_relaxation")}),
    Parameter("t_d", "T_D", "MeV", "neutrino-phi decoupling temperature, given directly", interval=_iv(0, INF, False),
              metavar="MEV", json_key="t_d_used_MeV"),
    Parameter("t_gamma", "T_gamma", "MeV", "photon temperature at which T_nu/T_gamma is also reported",
              interval=_iv(0, INF, False), metavar="MEV"),
    # g_* in H(T): photons alone (2) up to the whole Standard Model above the electroweak scale (106.75)
    Parameter("g_star", "g_*", "", "relativistic degrees of freedom in H(T) (T: the temperature-dependent g_*(T))",
              kind="float_or", choices=("T",), interval=_iv(2, 106.75), default="10.75", metavar="G"),
    Parameter("rate", "Gamma", "", "nu nu <-> phi exchange rate: the paper's Eq. 10 or detailed balance",
              kind="choice", choices=("eq10", "detailed_balance"), default="eq10"),
    Parameter("t_d_method", "", "", "which T_D feeds N_eff: the exact crossing R = H or Eq. 11", kind="choice",
              choices=("exact", "eq11"), default="exact"),
    Parameter("method", "", "", "paper: instantaneous decoupling (Eqs. 7, 10-13); boltzmann: the precision "
              "evolution of every species (numeric/cosmology/boltzmann.py)", kind="choice", choices=("paper", "boltzmann"),
              default="paper", json_key="method"),
    Parameter("sm", "", "", "the Standard Model (no phi; with --method boltzmann)", kind="switch"),
    Parameter("no_qed", "", "", "boltzmann: switch off the finite-T QED corrections", kind="switch"),
    Parameter("no_chemical_potentials", "", "", "boltzmann: hold every pseudo chemical potential at 0 (temperatures "
              "only)", kind="switch"),
    Parameter("flavour", "", "", "boltzmann: unmixed (mass states as species; default) or mixed (phi's width "
              "shared by the flavours): the two bracket the flavour treatment", kind="choice",
              choices=("unmixed", "mixed")),
    Parameter("statistics", "", "", "boltzmann: quantum statistics (default) or Maxwell-Boltzmann in the "
              "collision terms", kind="choice", choices=("quantum", "mb")),
    Parameter("backend", "", "", "boltzmann: how the right-hand side is evaluated: auto (compiled when Numba is "
              "installed and works; default), numba (compiled, the jit extra) or numpy; N_eff agrees within the solver's error",
              kind="choice", choices=("auto", "numba", "numpy"), default="auto"),
    Parameter("nunu", "", "", "neutrino width: eq4 (the paper's Eq. 4) or majorana (derived, 2x)", kind="choice",
              choices=("eq4", "majorana"), default="eq4"),
    Parameter("gm2_dataset", "", "", "muon g-2 data set fixing Delta a_mu (2021: the paper's Eq. 1)",
              kind="choice", choices=("2021", "2025"), default="2021", flag="--gm2-dataset",
              aliases=("--dataset",), json_key="gm2_dataset", json_aliases=("dataset",)),
    Parameter("neff_dataset", "", "", "N_eff measurement (mevscalar.data.NEFF)", kind="choice",
              choices=("planck2018", "planck2018_paper"), default="planck2018", flag="--neff-dataset",
              aliases=("--neff",), json_key="neff"),
    Parameter("neff_central", "N_eff", "", "user N_eff central value (with --neff-sigma)", interval=_iv(0, 10),
              metavar="N"),
    Parameter("neff_sigma", "sigma(N_eff)", "", "user N_eff 1 sigma (with --neff-central)",
              interval=_iv(0, 10, lo_closed=False), metavar="S"),
    Parameter("br_min", "BR_min", "", "smallest BR_nunu of the scan grid", interval=_BR_OPEN, default=1e-6,
              metavar="B"),
    Parameter("br_max", "BR_max", "", "largest BR_nunu of the scan grid", interval=_BR_OPEN, default=0.5,
              metavar="B"),
    Parameter("n_grid", "", "", "BR_nunu grid points per m_phi", kind="int", interval=_iv(2, 100_000), default=97,
              metavar="N"),  # cosmology.scan.N_GRID_MAX
    Parameter("workers", "", "", "boltzmann: processes of the local pool (default: all cores)", kind="int",
              interval=_iv(1, INF), metavar="N"),
    Parameter("points", "", "", "random points per kernel", kind="int", interval=_iv(1, INF), default=12,
              metavar="N"),
    Parameter("seed", "", "", "seed of the random points (numpy.random.default_rng)", kind="int",
              interval=_iv(0, INF), default=20220314, metavar="N"),
    Parameter("status", "", "", "only curves with these statuses (comma-separated)", kind="choices",
              choices=("robust", "disputed", "cosmology", "not_applied"), metavar="S[,S2]"),
    Parameter("json", "", "", "print a JSON object", kind="switch"),
    Parameter("approximations", "", "", "instead: every approximation the paper makes vs its exact counterpart "
              "(1 percent range, worst error in the paper's range; ~30 s)", kind="switch"),
    # --- the UV model's neutral-lepton sector (seesaw; numeric/neutrino.py, Eq. 14): the Python keywords of
    # mevscalar.numeric.neutrino; Yukawas and lambda_N obey the same perturbative bound as g_mu and g_nu
    Parameter("y_N", "y_N", "", "Yukawa vector y_N (couples L.H N, Eq. 14), 3 flavour components",
              kind="floats", lengths=(3,), interval=_iv(-_PERTURBATIVE, _PERTURBATIVE,
                                                       label="[-sqrt(4 pi), sqrt(4 pi)]"),
              flag="--y-n", json_key="y_N", metavar="Y1,Y2,Y3"),
    Parameter("y_Np", "y_N'", "", "Yukawa vector y_N' (couples L.H' N', Eq. 14), 3 flavour components",
              kind="floats", lengths=(3,), interval=_iv(-_PERTURBATIVE, _PERTURBATIVE,
                                                       label="[-sqrt(4 pi), sqrt(4 pi)]"),
              flag="--y-np", json_key="y_Np", metavar="Y1,Y2,Y3"),
    Parameter("lambda_N", "lambda_N", "", "N N' phi coupling lambda_N (Eq. 14; M_NN' = lambda_N v_phi/sqrt2)",
              interval=_iv(0, _PERTURBATIVE, lo_closed=False, label="(0, sqrt(4 pi)]"), flag="--lambda-n",
              json_key="lambda_N", metavar="L"),
    Parameter("v_phi", "v_phi", "MeV", "vev of phi, <phi> = v_phi/sqrt2", interval=_iv(0, INF, False),
              flag="--v-phi", aliases=("--v-phi-MeV",), metavar="MEV"),
    Parameter("v_p", "v'", "MeV", "vev of H', <H'^0> = v'/sqrt2", interval=_iv(0, INF, False), flag="--v-prime",
              aliases=("--v-prime-MeV",), json_key="v_prime_MeV", metavar="MEV"),
    Parameter("m_N", "m_N", "MeV", "Majorana mass m_N of N (any sign)", interval=_iv(-INF, INF, False, False),
              flag="--m-n", aliases=("--m-n-MeV",), default=0.0, metavar="MEV"),
    Parameter("m_Np", "m_N'", "MeV", "Majorana mass m_N' of N' (any sign)", interval=_iv(-INF, INF, False, False),
              flag="--m-np", aliases=("--m-np-MeV",), default=0.0, metavar="MEV"),
    Parameter("normalisation", "", "", "g_nu normalisation: paper (Eq. 20, g = m/v_phi) or canonical (the "
              "canonically normalised real scalar, g = sqrt2 m/v_phi)", kind="choice", choices=("paper", "canonical"),
              default="paper", flag="--g-nu-normalisation", json_key="g_nu_normalisation",
              json_aliases=("normalisation",)),
    Parameter("oscillation", "", "", "oscillation data set (mevscalar.data.OSCILLATION)", kind="choice",
              choices=("pdg2020",), default="pdg2020", json_key="oscillation"),
    # --- BBN through LINX (numeric/cosmology/bbn.py): the Python keywords of bbn.abundances
    Parameter("yp_data", "", "", "Y_p measurement (mevscalar.data.YP)", kind="choice", choices=("aver2021", "pdg2020"),
              default="aver2021", json_key="yp_data"),
    Parameter("dh_data", "", "", "D/H measurement (mevscalar.data.DH)", kind="choice",
              choices=("cooke2018", "pdg2020"), default="cooke2018", json_key="dh_data"),
    Parameter("omega_b", "omega_b h^2", "", "baryon density: a data set (mevscalar.data.OMEGA_B) or a number "
              "omega_b h^2", kind="float_or", choices=("planck2018",), interval=_iv(0.005, 0.05),
              default="planck2018", json_key="omega_b_h2", metavar="OMEGA"),
    Parameter("theory", "", "", "theory (nuclear-rate) uncertainty added to the BBN pulls "
              "(mevscalar.data.BBN_THEORY_YP)", kind="choice", choices=("primat2021", "none"), default="primat2021",
              json_key="theory"),
    Parameter("network", "", "", "LINX nuclear network (numeric/cosmology/bbn.NETWORKS)", kind="choice",
              choices=("key_PRIMAT_2018", "key_PRIMAT_2023", "key_recommended", "key_YOF", "key_PArthENoPE"),
              default="key_PRIMAT_2018", json_key="network"),
    Parameter("nu_e", "", "", "nu_e spectrum -> LINX's thermal T_nu: same energy density, same number density, or "
              "the mean of all neutrinos", kind="choice", choices=("energy", "number", "mean"), default="energy",
              json_key="nu_e"),
    Parameter("bracket", "", "", "also run the other nu_e mapping (energy vs number): the bracket of what LINX "
              "cannot represent", kind="switch"),
]

#: Every registered parameter, by name.
PARAMETERS: dict[str, Parameter] = {p.name: p for p in _ROWS}

#: Old JSON keys still written (deprecated for one release) -> what replaces them.
DEPRECATED_JSON_KEYS = {
    "g_nu3": "g_nu[2]",  # neff, benchmark
    "dataset": "gm2_dataset",  # gm2-band
    "normalisation": "g_nu_normalisation",  # benchmark
    "hierarchy_theta": "expansion_parameter",  # seesaw
    "mixing_theta": "expansion_parameter",  # benchmark
    "light_MeV": "light_lo_MeV",  # seesaw
    "heavy_MeV": "heavy_lo_MeV",  # seesaw
    "g_nu_hellmann_feynman": "g_nu_exact",  # benchmark (g_nu_exact is the Hellmann-Feynman coupling everywhere)
}



def get(name: str) -> Parameter:
    """The registry row of parameter ``name``.

    Parameters
    ----------
    name : str
        A key of :data:`PARAMETERS` (e.g. ``"m_phi"``).

    Returns
    -------
    Parameter
        Its row.

    Raises
    ------
    KeyError
        If no parameter of that name is registered.
    """
    try:
        return PARAMETERS[name]
    except KeyError:
        raise KeyError(f"no parameter {name!r} in the registry (mevscalar.parameters)") from None


def _number(p: Parameter, raw, domain: str | None):
    """One number of parameter p (from a string or a number), checked against its range (or a domain's)."""
    iv = p.interval if domain is None else p.domains[domain].interval
    if isinstance(raw, bool):  # not a number at all: the physical range's message, whatever the domain
        raise ParameterError(p.message(raw))
    try:
        x = float(raw.strip()) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise ParameterError(p.message(raw)) from None
    if p.kind == "int":
        if not math.isfinite(x) or x != int(x):
            raise ParameterError(p.message(raw))
        x = int(x)
    if x not in p.interval:  # the physical range first: a domain's message is for physical values only
        raise ParameterError(p.message(x))
    if x not in iv:
        raise ParameterError(p.message(x, domain))
    return x


def _is_scalar(x) -> bool:
    return isinstance(x, (str, bytes, int, float, bool)) or x is None


def _array(p: Parameter, raw, domain: str | None):
    """An array-like of numbers checked elementwise (NumPy imported here only): a float ndarray, or for a 0-d
    input a float. The message quotes the first element outside the range, as the scalar check would."""
    import numpy as np

    try:
        arr = np.asarray(raw, dtype=float)
    except (TypeError, ValueError):
        raise ParameterError(p.message(raw)) from None
    if arr.ndim == 0:
        return _number(p, float(arr), domain)
    for iv in (p.interval,) + ((p.domains[domain].interval,) if domain is not None else ()):
        ok = iv.mask(arr)
        if not ok.all():
            _number(p, float(arr[~ok].ravel()[0]), domain)  # raises the one message of that element
    return arr


def _components(p: Parameter, value, domain: str | None):
    """A ``"floats"`` value: text 'a,b,c', a number, a sequence of numbers (-> list of floats) or an array whose
    first axis runs over the components (-> float ndarray, each component may itself be an array)."""
    if isinstance(value, str):
        items = [t for t in value.split(",") if t.strip()]
        try:
            got = [float(t) for t in items]
        except ValueError:
            raise ParameterError(p.message(value)) from None
    elif _is_scalar(value):
        got = [value]
    elif isinstance(value, (list, tuple)) and all(_is_scalar(v) for v in value):
        got = list(value)
    else:  # an array (of arrays): the first axis holds the components
        import numpy as np

        try:
            arr = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            raise ParameterError(p.message(value)) from None
        if arr.ndim == 0:
            return _components(p, float(arr), domain)
        if p.lengths and arr.shape[0] not in p.lengths:
            raise ParameterError(p.message(arr.tolist() if arr.size <= 10 else f"an array of shape {arr.shape}"))
        return _array(p, arr, domain)
    if p.lengths and len(got) not in p.lengths:
        raise ParameterError(p.message([float(v) if isinstance(v, (int, float)) else v for v in got]))
    return [_number(p, v, domain) for v in got]


def check(name: str, value: Any, domain: str | None = None) -> Any:
    """``value`` of parameter ``name``, converted, if it lies in the registered range (or in the named ``domain``).

    The same text comes from the CLI (which passes the flag's text) and from the Python evaluators (which pass
    numbers). The physical range is checked first, then the domain.

    Parameters
    ----------
    name : str
        A registered parameter (a key of :data:`PARAMETERS`).
    value : object
        A number or its text, an array-like of numbers (NumPy array, nested sequence; any shape), a comma-separated
        text or sequence for ``"floats"``, a string for the choice kinds, anything for a switch.
    domain : str or None
        A key of the parameter's ``domains``: check against that narrower range (default None: the physical range).

    Returns
    -------
    object
        Numbers as float (int for integer parameters); arrays (also for ``"float_or"``) as float NumPy arrays
        checked elementwise (NumPy is imported only then; a 0-d array gives a float); ``"floats"`` as a list of
        floats (for array input an array whose first axis runs over the components); a ``"float_or"`` choice or a
        ``"choice"`` as the chosen string, ``"choices"`` as a list of strings; a switch as bool.

    Raises
    ------
    ParameterError
        If the value is not a number (of the right kind) or lies outside the range or the domain (for an array: the
        message of its first such element), or is not among the choices: the parameter's one message
        (:meth:`Parameter.message`).
    KeyError
        If ``name`` is not registered or has no domain ``domain``.
    """
    p = get(name)
    if domain is not None and domain not in p.domains:
        raise KeyError(f"parameter {name!r} has no domain {domain!r} (it has: {', '.join(p.domains) or 'none'})")
    if p.kind == "switch":
        return bool(value)
    if p.kind == "choice":
        v = value if isinstance(value, str) else str(value)
        if v not in p.choices:
            raise ParameterError(p.message(value))
        return v
    if p.kind == "choices":
        items = [s.strip() for s in str(value).split(",") if s.strip()] if isinstance(value, str) else list(value)
        if not items or any(s not in p.choices for s in items):
            raise ParameterError(p.message(value))
        return items
    if p.kind == "float_or":
        if isinstance(value, str) and value.strip() in p.choices:
            return value.strip()
        return _number(p, value, domain) if _is_scalar(value) else _array(p, value, domain)
    if p.kind == "floats":
        return _components(p, value, domain)
    if not _is_scalar(value):
        return _array(p, value, domain)
    return _number(p, value, domain)


def value(args: argparse.Namespace, name: str, domain: str | None = None, *, default: Any = None) -> Any:
    """The checked value of parameter ``name`` from an argparse namespace.

    Parameters
    ----------
    args : argparse.Namespace
        The parsed command line (flags added with :func:`add_argument`).
    name : str
        A registered parameter.
    domain : str or None
        A key of the parameter's ``domains`` to check against (default None: the physical range).
    default : object
        Returned, unchecked, when the flag was not given (default None).

    Returns
    -------
    object
        :func:`check` of the flag's text; when the flag was not given, ``default``, else the command's own default
        (``add_argument(..., default=)``, checked), else None.

    Raises
    ------
    ParameterError
        If the given (or the command's default) value fails :func:`check`.
    """
    raw = getattr(args, name)
    if raw is None:
        if default is not None:
            return default
        own = getattr(args, _DEFAULT_PREFIX + name, None)
        return None if own is None else check(name, own, domain)
    return check(name, raw, domain)


_DEFAULT_PREFIX = "_default_of_"


def given(args: argparse.Namespace, name: str) -> bool:
    """Whether the flag of parameter ``name`` was given on the command line (its arguments default to None).

    Parameters
    ----------
    args : argparse.Namespace
        The parsed command line.
    name : str
        A registered parameter (its argparse ``dest``).

    Returns
    -------
    bool
        False when the attribute is missing, None or False (a switch not given), else True.
    """
    raw = getattr(args, name, None)
    return raw not in (None, False)


def help_text(name: str, default: Any = None) -> str:
    """The argparse help of parameter ``name`` (:meth:`Parameter.help`).

    Parameters
    ----------
    name : str
        A registered parameter.
    default : object
        A command's own default to quote instead of the registry's (default None).

    Returns
    -------
    str
        Description, unit, allowed range, default and deprecated aliases.
    """
    return get(name).help(default)


def add_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup, name: str, *, default: Any = None,
                 **overrides: Any) -> argparse.Action:
    """Add parameter ``name``'s flag (and its deprecated aliases) to an argparse parser or group.

    The value stays text (the handler checks it with :func:`value`, so bad input is one
    :class:`ParameterError` line, exit 2, never argparse's usage dump); it defaults to None, so a handler can tell
    a flag that was given from one that was not.

    Parameters
    ----------
    parser : argparse.ArgumentParser or argparse argument group
        Where the flag goes.
    name : str
        A registered parameter; its flag, aliases, metavar and help come from the registry.
    default : object
        This command's default when it differs from the registry's: quoted in the help and returned (checked) by
        :func:`value` when the flag is not given (default None).
    **overrides : object
        Passed on to ``parser.add_argument`` (e.g. ``required=True``, ``help=...``).

    Returns
    -------
    argparse.Action
        The action ``parser.add_argument`` created.
    """
    p = get(name)
    kw: dict[str, Any] = {"dest": p.name, "help": p.help(default)}
    if p.kind == "switch":
        kw["action"] = "store_true"
    else:
        kw["default"] = None
        kw["metavar"] = p.metavar or (p.name.upper() if p.kind != "choice" else "{" + ",".join(p.choices) + "}")
        if default is not None:
            parser.set_defaults(**{_DEFAULT_PREFIX + p.name: default})
    kw.update(overrides)
    return parser.add_argument(p.flag, *p.aliases, **kw)


def key(name: str) -> str:
    """The JSON key of parameter ``name`` (e.g. ``m_phi`` -> ``m_phi_MeV``).

    Parameters
    ----------
    name : str
        A registered parameter.

    Returns
    -------
    str
        Its ``json_key``.
    """
    return get(name).json_key


def json_keys(name: str) -> tuple:
    """The JSON key of parameter ``name`` and the deprecated keys written next to it.

    Parameters
    ----------
    name : str
        A registered parameter.

    Returns
    -------
    tuple of str
        ``json_key`` first, then the ``json_aliases``.
    """
    p = get(name)
    return (p.json_key,) + tuple(p.json_aliases)
