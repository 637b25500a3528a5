"""Input validation for the numeric side: every error names the parameter and its allowed range.

No SymPy here. Functions accept scalars or array-likes and return float NumPy arrays (or floats
when given scalars) after checking every element.
"""

from __future__ import annotations

import math

import numpy as np


from .errors import ParameterError  # noqa: F401  (one errors module; re-exported for existing imports)


def _as_array(name: str, value, allowed: str):
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"{name} must be a real number (allowed range {allowed}), got {value!r}") from exc
    if np.isnan(arr).any():
        raise ParameterError(f"{name} must not be NaN (allowed range {allowed})")
    return arr


def _ret(value, arr):
    return float(arr) if np.ndim(value) == 0 and arr.ndim == 0 else arr


def finite(name: str, value, *, allowed: str = "(-inf, inf)"):
    """Any finite real number (``allowed``: the range the error messages quote)."""
    arr = _as_array(name, value, allowed)
    if not np.isfinite(arr).all():
        bad = float(arr[~np.isfinite(arr)].ravel()[0])
        raise ParameterError(f"{name} must be finite (allowed range {allowed}), got {bad!r}")
    return _ret(value, arr)


def positive(name: str, value, unit: str = ""):
    """A finite number > 0 (masses, vevs, widths, temperatures)."""
    arr = finite(name, value, allowed="(0, inf)")
    if (np.asarray(arr) <= 0).any():
        u = f" {unit}" if unit else ""
        bad = float(np.asarray(arr)[np.asarray(arr) <= 0].ravel()[0])
        raise ParameterError(f"{name} must be > 0{u} (allowed range (0, inf)), got {bad!r}")
    return arr


def nonnegative(name: str, value, unit: str = ""):
    """A finite number >= 0."""
    arr = finite(name, value, allowed="[0, inf)")
    if (np.asarray(arr) < 0).any():
        u = f" {unit}" if unit else ""
        bad = float(np.asarray(arr)[np.asarray(arr) < 0].ravel()[0])
        raise ParameterError(f"{name} must be >= 0{u} (allowed range [0, inf)), got {bad!r}")
    return arr


def in_range(name: str, value, lo: float, hi: float, *, lo_closed=True, hi_closed=True):
    """A finite number in an interval; the message spells the interval out."""
    interval = f"{'[' if lo_closed else '('}{lo:g}, {hi:g}{']' if hi_closed else ')'}"
    arr = finite(name, value, allowed=interval)
    a = np.asarray(arr)
    ok_lo = (a >= lo) if lo_closed else (a > lo)
    ok_hi = (a <= hi) if hi_closed else (a < hi)
    if not (ok_lo & ok_hi).all():
        bad = float(a[~(ok_lo & ok_hi)].ravel()[0])
        raise ParameterError(f"{name} must be in {interval}, got {bad!r}")
    return arr


def vector(name: str, value, length: int):
    """A finite real vector of a given length (e.g. Yukawa couplings in flavour space)."""
    arr = finite(name, value)
    a = np.atleast_1d(np.asarray(arr, dtype=float))
    if a.ndim != 1 or a.shape[0] != length:
        raise ParameterError(f"{name} must have exactly {length} components, got {a.size}")
    return a


def choice(name: str, value, allowed):
    allowed = list(allowed)
    if value not in allowed:
        raise ParameterError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")
    return value


def is_close(a: float, b: float, rel: float) -> bool:
    return math.isclose(a, b, rel_tol=rel)


def parameter(name: str, value, domain: str | None = None):
    """Check ``value`` of a registered parameter (:mod:`mevscalar.parameters`): its one range and message."""
    from . import parameters

    return parameters.check(name, value, domain)
