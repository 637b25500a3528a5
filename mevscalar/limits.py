"""Published limit curves on the diphoton coupling (the paper's Fig. 1), loaded from shipped, cited data.

The curves live in ``mevscalar/data/limits/``: verbatim copies of two-column text files of the
AxionLimits compilation (github.com/cajohare/AxionLimits, MIT), mass m_a [eV] and g_agamma
[GeV^-1], with ``manifest.json`` recording for each its source file, commit and SHA-256, the
original publication, the licence, whether it is reinterpreted (pseudoscalar -> scalar) and
what the paper calls it (robust, disputed, ...). ``mevscalar/data/README.md`` lists them.

Reinterpretation (paper, Sec. II): the limits constrain the lifetime and mass, so a pseudoscalar
limit on g_agamma carries over to the scalar's |g_gg| with factor 1 (same
Gamma = g^2 m^3/(64 pi), ``mevscalar.model.widths``). In the (m_phi, g_mu) plane a curve is mapped
with the exact one-loop muon triangle, |g_gg| = |g_gg(g_mu = 1, m_phi)| |g_mu|
(``mevscalar.numeric.pheno.g_gg``, linear in g_mu): a point (m_phi, g_mu) is excluded by a curve iff
(m_phi, |g_gg(g_mu, m_phi)|) is.

Geometry: a curve is a closed polygon in (log10 m, log10 g), the space its log-log plot draws
straight edges in. ``shape = "polygon"``: the vertices as listed, first joined to last (what
``matplotlib.pyplot.fill`` shades). ``shape = "upper_limit"``: excluded above the curve, over the
masses it covers, up to ``ceiling_per_GeV``. Inside-ness is the even-odd rule.

Units: MeV and MeV^-1 inside (g [MeV^-1] = 1e-3 g [GeV^-1]; m [MeV] = 1e-6 m [eV]); the file
units are converted once, at loading. No SymPy here.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike

from . import paper
from .validate import ParameterError, choice, finite, positive

__all__ = [
    "LimitCurve",
    "curves",
    "curve",
    "manifest",
    "not_shipped",
    "read_curve_file",
    "excludes",
    "excluded_by",
    "band_exclusion",
    "open_windows",
    "mass_ev_to_mev",
    "mass_mev_to_ev",
    "per_gev_to_per_mev",
    "per_mev_to_per_gev",
    "STATUSES",
    "PAPER_SETS",
    "audit_rows",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "limits"
MANIFEST = DATA_DIR / "manifest.json"

#: What the paper calls each curve (manifest ``status``).
STATUSES = {
    "robust": "robust (paper Sec. II; solid boundary)",
    "disputed": "disputed (paper Sec. II: SN1987A 'received critical skepticism'; dashed boundary)",
    "cosmology": "standard cosmology (paper Fig. 1: dashed line; relaxed by extra d.o.f. or a nu chemical potential)",
    "not_applied": "published, but of a kind the paper declines to apply (SN explosion energy; dotted)",
    "user": "user supplied",
}

#: The sets of curves whose union defines the open windows reported (keys are statuses).
PAPER_SETS = {
    "robust": ("robust",),
    "robust+cosmology": ("robust", "cosmology"),
    "robust+cosmology+disputed": ("robust", "cosmology", "disputed"),
    "all shipped": ("robust", "cosmology", "disputed", "not_applied"),
}

_EV_PER_MEV = 1e6
_MEV_PER_GEV = 1e3
_FLOOR_PER_GEV = 1e-30  # floor of a user 'below' curve (lower limit), far beneath any shipped curve


# --------------------------------------------------------------------------------------------- units
def mass_ev_to_mev(m_eV: ArrayLike) -> np.ndarray:
    """Mass m [MeV] from m [eV].

    Parameters
    ----------
    m_eV : float or array_like
        A mass [eV], any shape.

    Returns
    -------
    numpy.ndarray
        The same quantity [MeV], a float array of the same shape (0-d for a scalar).
    """
    return np.asarray(m_eV, dtype=float) / _EV_PER_MEV


def mass_mev_to_ev(m_MeV: ArrayLike) -> np.ndarray:
    """Mass m [eV] from m [MeV].

    Parameters
    ----------
    m_MeV : float or array_like
        A mass [MeV], any shape.

    Returns
    -------
    numpy.ndarray
        The same quantity [eV], a float array of the same shape (0-d for a scalar).
    """
    return np.asarray(m_MeV, dtype=float) * _EV_PER_MEV


def per_gev_to_per_mev(g_per_GeV: ArrayLike) -> np.ndarray:
    """A coupling [MeV^-1] from [GeV^-1] (1 GeV^-1 = 1e-3 MeV^-1).

    Parameters
    ----------
    g_per_GeV : float or array_like
        A coupling [GeV^-1], any shape.

    Returns
    -------
    numpy.ndarray
        The same quantity [MeV^-1], a float array of the same shape (0-d for a scalar).
    """
    return np.asarray(g_per_GeV, dtype=float) / _MEV_PER_GEV


def per_mev_to_per_gev(g_per_MeV: ArrayLike) -> np.ndarray:
    """A coupling [GeV^-1] from [MeV^-1].

    Parameters
    ----------
    g_per_MeV : float or array_like
        A coupling [MeV^-1], any shape.

    Returns
    -------
    numpy.ndarray
        The same quantity [GeV^-1], a float array of the same shape (0-d for a scalar).
    """
    return np.asarray(g_per_MeV, dtype=float) * _MEV_PER_GEV


# --------------------------------------------------------------------------------------------- geometry
def _inside(px, py, vx, vy, chunk: int = 4096) -> np.ndarray:
    """Even-odd point-in-polygon for points (px, py) and the closed polygon (vx, vy) (all 1-D)."""
    px, py = np.asarray(px, float).ravel(), np.asarray(py, float).ravel()
    x1, y1 = np.asarray(vx, float), np.asarray(vy, float)
    x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
    dy = y2 - y1
    safe_dy = np.where(dy == 0.0, 1.0, dy)
    slope = (x2 - x1) / safe_dy
    out = np.empty(px.shape, bool)
    for s in range(0, px.size, chunk):
        X, Y = px[s:s + chunk, None], py[s:s + chunk, None]
        straddles = (y1 > Y) != (y2 > Y)  # never true for a horizontal edge
        xcross = x1 + (Y - y1) * slope
        out[s:s + chunk] = (np.count_nonzero(straddles & (X < xcross), axis=1) % 2) == 1
    return out


@dataclass(frozen=True)
class LimitCurve:
    """One limit curve: metadata (from the manifest) and vertices in MeV, MeV^-1.

    Parameters
    ----------
    key : str
        The curve's key (the manifest's ``key``; a user file's stem).
    name : str
        Its name in plots and tables.
    status : str
        What the paper calls it, a key of ``STATUSES`` (robust, disputed, cosmology, not_applied, user).
    style : str
        Its line style in Fig. 1 (solid, dashed, dotted).
    shape : {'polygon', 'upper_limit', 'lower_limit', 'line'}
        The geometry (module docstring): a closed polygon, excluded above (up to ``ceiling_per_GeV``),
        excluded below, or a line that excludes nothing.
    m_MeV : numpy.ndarray
        The vertices' masses [MeV], > 0.
    g_per_MeV : numpy.ndarray
        The vertices' couplings |g| [MeV^-1], > 0 (same length as ``m_MeV``).
    plane : str
        The plane the curve is drawn in (``"g_gg"``: the diphoton coupling).
    citation : str
        The original publication.
    arxiv : str or None
        Its arXiv number.
    reinterpreted : bool
        Whether a pseudoscalar limit on g_agamma is carried over to the scalar's |g_gg| (factor 1,
        module docstring).
    licence : str
        The data file's licence.
    source : dict
        Where the file comes from (repository, path, commit, SHA-256).
    file : str
        The file's name in ``data/limits/``.
    paper_says : str
        What the paper says about the bound.
    caveats : str
        Known caveats.
    ceiling_per_GeV : float
        The upper edge [GeV^-1] of an ``upper_limit`` region (default 1).
    """

    key: str
    name: str
    status: str
    style: str
    shape: str
    m_MeV: np.ndarray = field(repr=False)
    g_per_MeV: np.ndarray = field(repr=False)
    plane: str = "g_gg"
    citation: str = ""
    arxiv: str | None = None
    reinterpreted: bool = False
    licence: str = ""
    source: dict = field(default_factory=dict)
    file: str = ""
    paper_says: str = ""
    caveats: str = ""
    ceiling_per_GeV: float = 1.0

    def polygon(self) -> tuple[np.ndarray, np.ndarray]:
        """Closed polygon (log10 m [MeV], log10 g [MeV^-1]); the last vertex joins the first.

        Returns
        -------
        tuple of numpy.ndarray
            (log10 m [MeV], log10 g [MeV^-1]) of the vertices; an ``upper_limit`` (``lower_limit``) curve is
            closed by two vertices at the ceiling (floor) above its last and first mass.
        """
        lx, ly = np.log10(self.m_MeV), np.log10(self.g_per_MeV)
        if self.shape == "polygon":
            return lx, ly
        cap = math.log10(float(per_gev_to_per_mev(self.ceiling_per_GeV)))
        if self.shape == "lower_limit":
            cap = math.log10(float(per_gev_to_per_mev(_FLOOR_PER_GEV)))
        order = np.argsort(lx, kind="stable")
        lx, ly = lx[order], ly[order]
        return np.concatenate([lx, [lx[-1], lx[0]]]), np.concatenate([ly, [cap, cap]])

    def excludes(self, m_phi: ArrayLike, g_gg_per_MeV: ArrayLike) -> np.ndarray:
        """True where (m_phi [MeV], |g_gg| [MeV^-1]) lies inside the excluded region (broadcasts).

        Parameters
        ----------
        m_phi : float or array_like
            Scalar mass [MeV]; a point with m_phi <= 0 is never excluded.
        g_gg_per_MeV : float or array_like
            Diphoton coupling g_gg [MeV^-1] (its modulus is used; Eq. 3); broadcasts with ``m_phi``.

        Returns
        -------
        numpy.ndarray of bool
            Inside the region (even-odd rule in log-log), of the broadcast shape; all False for a ``line``.
        """
        if self.shape == "line":
            return np.zeros(np.broadcast(np.asarray(m_phi), np.asarray(g_gg_per_MeV)).shape, bool)
        m, g = np.broadcast_arrays(np.asarray(m_phi, float), np.abs(np.asarray(g_gg_per_MeV, float)))
        ok = (m > 0) & (g > 0)
        out = np.zeros(m.shape, bool)
        if ok.any():
            vx, vy = self.polygon()
            out[ok] = _inside(np.log10(m[ok]), np.log10(g[ok]), vx, vy)
        return out

    def mass_range_MeV(self) -> tuple[float, float]:
        """The masses the curve covers.

        Returns
        -------
        tuple of float
            (smallest, largest) vertex mass [MeV].
        """
        return float(np.min(self.m_MeV)), float(np.max(self.m_MeV))

    def describe(self) -> dict:
        """JSON-ready metadata (no vertices).

        Returns
        -------
        dict
            Key, name, plane, status and its meaning, style, citation, source, licence, shape, the number of
            vertices, the mass range [MeV], what the paper says and the caveats.
        """
        lo, hi = self.mass_range_MeV()
        return {
            "key": self.key,
            "name": self.name,
            "plane": self.plane,
            "also_drawn_in": ["g_mu (mapped with the exact muon loop)"] if self.plane == "g_gg" else [],
            "status": self.status,
            "status_meaning": STATUSES.get(self.status, ""),
            "style": self.style,
            "reinterpreted": self.reinterpreted,
            "citation": self.citation,
            "arxiv": self.arxiv,
            "source": dict(self.source),
            "file": self.file,
            "licence": self.licence,
            "shape": self.shape,
            "vertices": int(self.m_MeV.size),
            "m_MeV_range": [lo, hi],
            "paper_says": self.paper_says,
            "caveats": self.caveats,
        }


# --------------------------------------------------------------------------------------------- loading
def _parse_two_columns(text: str, where: str) -> tuple[np.ndarray, np.ndarray, dict]:
    """Rows 'mass_eV  g_per_GeV' (whitespace separated); '#' lines are comments ('# shape: ...' honoured)."""
    ms, gs, meta = [], [], {}
    for i, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s:
            continue
        if s.startswith("#"):
            body = s.lstrip("#").strip()
            if ":" in body and body.split(":", 1)[0].strip().lower() in ("shape", "name"):
                k, v = body.split(":", 1)
                meta[k.strip().lower()] = v.strip()
            continue
        parts = s.replace(",", " ").split()
        if len(parts) < 2:
            raise ParameterError(f"limits: {where} line {i}: expected two columns (m_a [eV], g [GeV^-1]), got {s!r}")
        try:
            mv, gv = float(parts[0]), float(parts[1])
        except ValueError:
            raise ParameterError(f"limits: {where} line {i}: m_a [eV] and g [GeV^-1] must be numbers, got {s!r}") from None
        if not (math.isfinite(mv) and math.isfinite(gv) and mv > 0 and gv > 0):
            raise ParameterError(f"limits: {where} line {i}: m_a [eV] and g [GeV^-1] must be finite and > 0, got {s!r}")
        ms.append(mv)
        gs.append(gv)
    if len(ms) < 2:
        raise ParameterError(f"limits: {where} has {len(ms)} data rows; a curve needs at least 2")
    return np.asarray(ms), np.asarray(gs), meta


def read_curve_file(path: str | os.PathLike, *, key: str | None = None, name: str | None = None,
                    shape: str | None = None) -> LimitCurve:
    """A user curve in the shipped format: two columns, m_a [eV] and g [GeV^-1] ('#' comments).

    A ``# shape: ...`` or ``# name: ...`` comment line in the file sets the shape and name when not given here.

    Parameters
    ----------
    path : str or os.PathLike
        The text file: rows of m_a [eV] and g [GeV^-1], both finite and > 0, whitespace or comma separated;
        at least two rows.
    key : str, optional
        The curve's key (default: the file's stem).
    name : str, optional
        Its name (default: the file's ``# name:`` line, else the stem).
    shape : {'polygon', 'upper_limit', 'lower_limit'}, optional
        ``polygon`` (default; a closed contour, as the shipped files), ``upper_limit`` (excluded above, up to
        1 GeV^-1) or ``lower_limit`` (excluded below); default: the file's ``# shape:`` line, else polygon.

    Returns
    -------
    LimitCurve
        The curve in MeV, MeV^-1, status ``"user"``.

    Raises
    ------
    ParameterError
        If the file does not exist, a row is not two positive finite numbers, it has fewer than two rows, or
        the shape is unknown.
    """
    p = Path(path)
    if not p.is_file():
        raise ParameterError(f"limits: no such curve file {str(p)!r}")
    m_eV, g_GeV, meta = _parse_two_columns(p.read_text(encoding="utf-8"), p.name)
    shp = choice("shape", (shape or meta.get("shape") or "polygon").strip().lower(),
                 ("polygon", "upper_limit", "lower_limit"))
    return LimitCurve(
        key=key or p.stem, name=name or meta.get("name") or p.stem, status="user", style="solid", shape=shp,
        m_MeV=mass_ev_to_mev(m_eV), g_per_MeV=per_gev_to_per_mev(g_GeV), citation="user supplied",
        source={"path": str(p)}, file=p.name,
    )


@lru_cache(maxsize=1)
def manifest() -> dict:
    """The shipped manifest (``data/limits/manifest.json``).

    Returns
    -------
    dict
        The parsed manifest: ``"curves"`` (one entry per shipped file: key, source, commit, SHA-256, citation,
        licence, status, ...) and ``"not_shipped"``. Cached: the same object on every call.
    """
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def sha256_of(filename: str) -> str:
    return hashlib.sha256((DATA_DIR / filename).read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def _shipped() -> tuple[LimitCurve, ...]:
    out = []
    for e in manifest()["curves"]:
        m_eV, g_GeV, _ = _parse_two_columns((DATA_DIR / e["file"]).read_text(encoding="utf-8"), e["file"])
        out.append(LimitCurve(
            key=e["key"], name=e["name"], status=e["status"], style=e["style"], shape=e["shape"],
            m_MeV=mass_ev_to_mev(m_eV), g_per_MeV=per_gev_to_per_mev(g_GeV), plane=e["plane"],
            citation=e["citation"], arxiv=e.get("arxiv"), reinterpreted=bool(e["reinterpreted"]),
            licence=e["licence"], source=e["source"], file=e["file"], paper_says=e.get("paper_says", ""),
            caveats=e.get("caveats", ""), ceiling_per_GeV=float(e.get("ceiling_per_GeV", 1.0)),
        ))
    return tuple(out)


def curves(statuses: Iterable[str] | None = None) -> list[LimitCurve]:
    """The shipped curves, optionally only those whose status is in ``statuses``.

    Parameters
    ----------
    statuses : iterable of str, optional
        Keys of ``STATUSES`` (e.g. ``("robust", "cosmology")``); default: every shipped curve.

    Returns
    -------
    list of LimitCurve
        The curves, in the manifest's order.

    Raises
    ------
    ParameterError
        If a status is not a key of ``STATUSES``.
    """
    if statuses is None:
        return list(_shipped())
    for s in statuses:
        choice("status", s, STATUSES)
    return [c for c in _shipped() if c.status in statuses]


def curve(key: str) -> LimitCurve:
    """The shipped curve with that key.

    Parameters
    ----------
    key : str
        A shipped curve's key (``[c.key for c in curves()]``).

    Returns
    -------
    LimitCurve
        The curve.

    Raises
    ------
    ParameterError
        If no shipped curve has that key; the message lists the keys.
    """
    by_key = {c.key: c for c in _shipped()}
    return by_key[choice("curve", key, by_key)]


def not_shipped() -> list[dict]:
    """Limits the issue asks for that exist only as figures (with citations): listed, not shipped.

    Returns
    -------
    list of dict
        One entry per limit (name, citation, why it is not shipped), from the manifest.
    """
    return list(manifest()["not_shipped"])


# --------------------------------------------------------------------------------------------- queries
def _m(m_phi):
    return positive("m_phi", m_phi, "MeV")


def _g_gg_of(g_mu, m_phi):
    from .numeric import pheno

    return np.abs(np.asarray(pheno.g_gg(g_mu, m_phi)))


def excludes(m_phi: ArrayLike, *, g_gg_per_MeV: ArrayLike | None = None, g_mu: ArrayLike | None = None,
             curve_list: Iterable[LimitCurve] | None = None) -> dict[str, np.ndarray]:
    """{key: bool array}: which curves exclude (m_phi [MeV], |g_gg| [MeV^-1]) or (m_phi, g_mu).

    Give exactly one of ``g_gg_per_MeV`` and ``g_mu`` (g_mu is mapped with the exact muon loop).

    Parameters
    ----------
    m_phi : float or array_like
        Scalar mass [MeV], (0, inf).
    g_gg_per_MeV : float or array_like, optional
        Diphoton coupling g_gg [MeV^-1], finite (its modulus is used); broadcasts with ``m_phi``.
    g_mu : float or array_like, optional
        Muon Yukawa coupling g_mu (dimensionless), finite; mapped to |g_gg| with the exact one-loop muon
        triangle (Eq. 3, :func:`mevscalar.numeric.pheno.g_gg`).
    curve_list : iterable of LimitCurve, optional
        The curves to test (default: every shipped curve).

    Returns
    -------
    dict of str to numpy.ndarray
        For each curve's key, a bool array of the broadcast shape: True where the point is excluded.

    Raises
    ------
    ParameterError
        If ``m_phi`` is not > 0, a coupling is not finite, or not exactly one coupling is given.
    """
    m = _m(m_phi)
    if (g_gg_per_MeV is None) == (g_mu is None):
        raise ParameterError("excludes: give exactly one of g_gg_per_MeV and g_mu")
    if g_mu is not None:
        g = _g_gg_of(finite("g_mu", g_mu), m)
    else:
        g = np.abs(np.asarray(finite("g_gg_per_MeV", g_gg_per_MeV, allowed="(-inf, inf) MeV^-1")))
    return {c.key: c.excludes(m, g) for c in (curves() if curve_list is None else curve_list)}


#: Sampling of the g-2 band in g_mu: points per band, and where the band reaches g_mu = 0 (the 2025 data at
#: 2 sigma) the lowest g_mu sampled, as a fraction of the upper edge, and the points then used.
BAND_SAMPLES = 97
ZERO_BAND_FLOOR = 1e-9
ZERO_BAND_SAMPLES = 241


def _band_masks(masses, dataset, nsigma, cl):
    """(g_mu samples (n_m, n_g), {key: bool (n_m, n_g)}, lo, hi, reaches_zero) for the band at each mass."""
    from .numeric import pheno

    m = np.atleast_1d(np.asarray(_m(masses), float))
    lo, hi = (np.broadcast_to(np.asarray(x, float), m.shape) for x in pheno.gm2_band(m, dataset, nsigma))
    reaches_zero = bool(np.all(lo == 0.0))
    t = np.linspace(0.0, 1.0, ZERO_BAND_SAMPLES if reaches_zero else BAND_SAMPLES)
    a = np.log(hi * ZERO_BAND_FLOOR) if reaches_zero else np.log(lo)
    g = np.exp(a[:, None] + (np.log(hi) - a)[:, None] * t[None, :])
    mm = np.broadcast_to(m[:, None], g.shape)
    gg = _g_gg_of(g.ravel(), mm.ravel()).reshape(g.shape)
    masks = {c.key: c.excludes(mm, gg) for c in cl}
    return g, masks, lo, hi, reaches_zero


def band_exclusion(m_phi: float, dataset: str = "2021", nsigma: float = 2,
                   curve_list: Iterable[LimitCurve] | None = None) -> dict:
    """For the g-2 band at one mass: the fraction of the band (in log g_mu) each curve excludes.

    The band [low, high] of ``pheno.gm2_band`` (Eq. 5 matched to Delta a_mu) is sampled at BAND_SAMPLES
    log-spaced g_mu. Where it reaches g_mu = 0 (low = 0) it is sampled at ZERO_BAND_SAMPLES points from
    ZERO_BAND_FLOOR * high up (``reaches_zero``).

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], (0, inf).
    dataset : str
        The Delta a_mu data set, a key of ``mevscalar.data.GM2`` (default ``"2021"``, the paper's Eq. 1).
    nsigma : float
        The band's half-width in sigma, > 0 (default 2).
    curve_list : iterable of LimitCurve, optional
        The curves (default: every shipped curve).

    Returns
    -------
    dict
        {"low", "high": the band's edges in g_mu, "reaches_zero": bool, "fraction": {key: f},
        "union_fraction": f, "open": bool}; f is the fraction of the samples excluded, "open": some sampled
        g_mu is excluded by none of the curves.

    Raises
    ------
    ParameterError
        If ``m_phi`` is not > 0, or ``dataset`` or ``nsigma`` is out of range.
    """
    cl = curves() if curve_list is None else list(curve_list)
    _, masks, lo, hi, rz = _band_masks(float(np.asarray(_m(m_phi))), dataset, nsigma, cl)
    union = np.zeros(next(iter(masks.values())).shape if masks else (1, 1), bool)
    for v in masks.values():
        union |= v
    return {
        "low": float(lo[0]),
        "high": float(hi[0]),
        "reaches_zero": rz,
        "fraction": {k: float(v.mean()) for k, v in masks.items()},
        "union_fraction": float(union.mean()),
        "open": bool(not union.all()),
    }


def _open(masses, dataset, nsigma, cl, mode: str = "any") -> np.ndarray:
    """Per mass: is some g_mu of the band (mode "any") or all of it (mode "all") excluded by none of ``cl``?"""
    g, masks, *_ = _band_masks(masses, dataset, nsigma, cl)
    union = np.zeros(g.shape, bool)
    for v in masks.values():
        union |= v
    return ~union.all(axis=1) if mode == "any" else ~union.any(axis=1)


def excluded_by(m_phi: float, dataset: str = "2021", nsigma: float = 2,
                curve_list: Iterable[LimitCurve] | None = None) -> dict:
    """{"whole": [keys excluding the whole band], "part": {key: fraction}} at m_phi (see band_exclusion).

    Parameters
    ----------
    m_phi : float
        Scalar mass [MeV], (0, inf).
    dataset : str
        The Delta a_mu data set, a key of ``mevscalar.data.GM2`` (default ``"2021"``).
    nsigma : float
        The band's half-width in sigma, > 0 (default 2).
    curve_list : iterable of LimitCurve, optional
        The curves (default: every shipped curve).

    Returns
    -------
    dict
        {"whole": keys of the curves excluding every sampled g_mu, "part": {key: fraction} of those excluding
        a part, "band_open": bool, "reaches_zero": bool} (as in :func:`band_exclusion`).

    Raises
    ------
    ParameterError
        If ``m_phi`` is not > 0, or ``dataset`` or ``nsigma`` is out of range.
    """
    b = band_exclusion(m_phi, dataset, nsigma, curve_list)
    whole = [k for k, f in b["fraction"].items() if f == 1.0]
    part = {k: f for k, f in b["fraction"].items() if 0.0 < f < 1.0}
    return {"whole": whole, "part": part, "band_open": b["open"], "reaches_zero": b["reaches_zero"]}


def open_windows(dataset: str = "2021", nsigma: float = 2, statuses: Iterable[str] = ("robust", "cosmology"),
                 m_range: tuple[float, float] = (0.1, 200.0), n_grid: int = 241, rel_tol: float = 1e-4,
                 curve_list: Iterable[LimitCurve] | None = None, mode: str = "any") -> list[tuple[float, float]]:
    """Mass intervals [MeV] where the nsigma g-2 band is not wholly excluded by the curves of ``statuses``.

    A log grid of ``n_grid`` masses locates the changes of "open"; each edge is then bisected in log m
    to ``rel_tol``. Edges at the ends of ``m_range`` mean "open up to the end of the range searched"
    (paper Sec. II, Fig. 1: the open windows).

    Parameters
    ----------
    dataset : str
        The Delta a_mu data set, a key of ``mevscalar.data.GM2`` (default ``"2021"``).
    nsigma : float
        The band's half-width in sigma, > 0 (default 2).
    statuses : iterable of str
        The curves applied, by status (keys of ``STATUSES``; default robust and cosmology).
    m_range : tuple of float
        (lo, hi) masses searched [MeV], 0 < lo < hi (default (0.1, 200)).
    n_grid : int
        Points of the log grid (default 241); a window narrower than a grid step can be missed.
    rel_tol : float
        Relative tolerance of each bisected edge in m, > 0 (default 1e-4).
    curve_list : iterable of LimitCurve, optional
        Replaces the ``statuses`` selection (e.g. with user curves).
    mode : {'any', 'all'}
        ``"any"`` (default): some g_mu of the band escapes every curve (the band survives in part);
        ``"all"``: the whole band escapes every curve.

    Returns
    -------
    list of tuple of float
        The open windows (lo, hi) [MeV], increasing.

    Raises
    ------
    ParameterError
        If ``m_range`` is not positive and increasing, or ``mode``, ``statuses``, ``dataset`` or ``nsigma`` is
        out of range.
    """
    cl = curves(statuses) if curve_list is None else list(curve_list)
    mode = choice("mode", mode, ("any", "all"))
    lo_m, hi_m = (float(x) for x in m_range)
    positive("m_range", [lo_m, hi_m], "MeV")
    if not lo_m < hi_m:
        raise ParameterError(f"m_range must be increasing (lo < hi), got {m_range!r}")
    grid = np.geomspace(lo_m, hi_m, int(n_grid))
    state = _open(grid, dataset, nsigma, cl, mode)

    def edge(a, b, sa):  # open(a) = sa != open(b): bisect in log m
        while b / a - 1.0 > rel_tol:
            c = math.sqrt(a * b)
            if bool(_open(c, dataset, nsigma, cl, mode)[0]) == sa:
                a = c
            else:
                b = c
        return math.sqrt(a * b)

    windows, start = [], (lo_m if state[0] else None)
    for i in range(1, grid.size):
        if state[i] != state[i - 1]:
            e = edge(grid[i - 1], grid[i], bool(state[i - 1]))
            if state[i]:
                start = e
            else:
                windows.append((start, e))
                start = None
    if start is not None:
        windows.append((start, hi_m))
    return windows


# --------------------------------------------------------------------------------------------- audit
def audit_rows() -> list[dict]:
    """Deprecated alias (one release; removed in mev-scalar 0.2) of :func:`mevscalar.paper.limits_rows`.

    The paper-audit rows of the limit curves are built in :mod:`mevscalar.paper` with the other audit rows;
    this alias warns and forwards.

    Returns
    -------
    list of dict
        :func:`mevscalar.paper.limits_rows`: rows {"quantity", "equation", "paper", "ours", "rel_diff",
        "note"}.
    """
    import warnings

    warnings.warn("mevscalar.limits.audit_rows is deprecated: use mevscalar.paper.limits_rows (removed in "
                  "mev-scalar 0.2)", DeprecationWarning, stacklevel=2)
    return paper.limits_rows()
