"""Input validation for the numeric side: every error names the parameter and its allowed range.

No SymPy here. Functions accept scalars or array-likes and return float NumPy arrays (or floats
when given scalars) after checking every element.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, TypeVar

import numpy as np
from numpy.typing import ArrayLike

from .errors import ParameterError  # noqa: F401  (one errors module; re-exported for existing imports)


def _as_array(name: str, value: ArrayLike, allowed: str) -> np.ndarray:
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"{name} must be a real number (allowed range {allowed}), got {value!r}") from exc
    if np.isnan(arr).any():
        raise ParameterError(f"{name} must not be NaN (allowed range {allowed})")
    return arr


def _ret(value: ArrayLike, arr: np.ndarray) -> float | np.ndarray:
    return float(arr) if np.ndim(value) == 0 and arr.ndim == 0 else arr


_T = TypeVar("_T")


def finite(name: str, value: ArrayLike, *, allowed: str = "(-inf, inf)") -> float | np.ndarray:
    """Check that every element of ``value`` is a finite real number.

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : float or array_like
        The value to check, any shape.
    allowed : str
        The allowed range the error messages quote, e.g. ``"(0, inf)"`` (default ``"(-inf, inf)"``).

    Returns
    -------
    float or numpy.ndarray
        The value as a float (a scalar given) or a float array of the same shape (an array given).

    Raises
    ------
    ParameterError
        If ``value`` is not a real number, or an element is NaN or infinite.
    """
    arr = _as_array(name, value, allowed)
    if not np.isfinite(arr).all():
        bad = float(arr[~np.isfinite(arr)].ravel()[0])
        raise ParameterError(f"{name} must be finite (allowed range {allowed}), got {bad!r}")
    return _ret(value, arr)


def positive(name: str, value: ArrayLike, unit: str = "") -> float | np.ndarray:
    """Check that every element of ``value`` is a finite number > 0 (masses, vevs, widths, temperatures).

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : float or array_like
        The value to check, any shape; allowed range (0, inf).
    unit : str
        Its unit, quoted in the error message (e.g. ``"MeV"``; default none).

    Returns
    -------
    float or numpy.ndarray
        The value as a float (a scalar given) or a float array of the same shape (an array given).

    Raises
    ------
    ParameterError
        If an element is not a finite real number or is <= 0.
    """
    arr = finite(name, value, allowed="(0, inf)")
    if (np.asarray(arr) <= 0).any():
        u = f" {unit}" if unit else ""
        bad = float(np.asarray(arr)[np.asarray(arr) <= 0].ravel()[0])
        raise ParameterError(f"{name} must be > 0{u} (allowed range (0, inf)), got {bad!r}")
    return arr


def nonnegative(name: str, value: ArrayLike, unit: str = "") -> float | np.ndarray:
    """Check that every element of ``value`` is a finite number >= 0.

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : float or array_like
        The value to check, any shape; allowed range [0, inf).
    unit : str
        Its unit, quoted in the error message (e.g. ``"MeV"``; default none).

    Returns
    -------
    float or numpy.ndarray
        The value as a float (a scalar given) or a float array of the same shape (an array given).

    Raises
    ------
    ParameterError
        If an element is not a finite real number or is < 0.
    """
    arr = finite(name, value, allowed="[0, inf)")
    if (np.asarray(arr) < 0).any():
        u = f" {unit}" if unit else ""
        bad = float(np.asarray(arr)[np.asarray(arr) < 0].ravel()[0])
        raise ParameterError(f"{name} must be >= 0{u} (allowed range [0, inf)), got {bad!r}")
    return arr


def in_range(name: str, value: ArrayLike, lo: float, hi: float, *, lo_closed: bool = True,
             hi_closed: bool = True) -> float | np.ndarray:
    """Check that every element of ``value`` is a finite number in an interval; the message spells it out.

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : float or array_like
        The value to check, any shape.
    lo : float
        The lower end of the interval.
    hi : float
        The upper end of the interval.
    lo_closed : bool
        Whether ``lo`` itself is allowed (default True: ``[lo, ...``).
    hi_closed : bool
        Whether ``hi`` itself is allowed (default True: ``..., hi]``).

    Returns
    -------
    float or numpy.ndarray
        The value as a float (a scalar given) or a float array of the same shape (an array given).

    Raises
    ------
    ParameterError
        If an element is not a finite real number or lies outside the interval.
    """
    interval = f"{'[' if lo_closed else '('}{lo:g}, {hi:g}{']' if hi_closed else ')'}"
    arr = finite(name, value, allowed=interval)
    a = np.asarray(arr)
    ok_lo = (a >= lo) if lo_closed else (a > lo)
    ok_hi = (a <= hi) if hi_closed else (a < hi)
    if not (ok_lo & ok_hi).all():
        bad = float(a[~(ok_lo & ok_hi)].ravel()[0])
        raise ParameterError(f"{name} must be in {interval}, got {bad!r}")
    return arr


def vector(name: str, value: ArrayLike, length: int) -> np.ndarray:
    """Check a finite real vector of a given length (e.g. Yukawa couplings in flavour space).

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : array_like
        The vector to check (a scalar counts as one component).
    length : int
        The number of components it must have.

    Returns
    -------
    numpy.ndarray
        The vector as a 1-D float array of shape ``(length,)``.

    Raises
    ------
    ParameterError
        If a component is not a finite real number, or the shape is not ``(length,)``.
    """
    arr = finite(name, value)
    a = np.atleast_1d(np.asarray(arr, dtype=float))
    if a.ndim != 1 or a.shape[0] != length:
        raise ParameterError(f"{name} must have exactly {length} components, got {a.size}")
    return a


def choice(name: str, value: _T, allowed: Iterable[Any]) -> _T:
    """Check that ``value`` is one of the ``allowed`` choices.

    Parameters
    ----------
    name : str
        The parameter's name, quoted in the error message.
    value : object
        The value to check (compared with ``in``; no conversion).
    allowed : iterable
        The allowed choices (a dict's keys when a dict is given); the message lists them.

    Returns
    -------
    object
        ``value`` itself.

    Raises
    ------
    ParameterError
        If ``value`` is not among ``allowed``.
    """
    allowed = list(allowed)
    if value not in allowed:
        raise ParameterError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")
    return value


def is_close(a: float, b: float, rel: float) -> bool:
    """Whether ``a`` and ``b`` agree to a relative tolerance (:func:`math.isclose`).

    Parameters
    ----------
    a : float
        One number.
    b : float
        The other.
    rel : float
        The relative tolerance, >= 0.

    Returns
    -------
    bool
        ``math.isclose(a, b, rel_tol=rel)``.
    """
    return math.isclose(a, b, rel_tol=rel)


def parameter(name: str, value: Any, domain: str | None = None) -> Any:
    """Check ``value`` of a registered parameter (:mod:`mevscalar.parameters`): its one range and message.

    Parameters
    ----------
    name : str
        The registered parameter's name, e.g. ``"m_phi"``.
    value : object
        Its value: a number, an array, text from the command line, or a choice.
    domain : str, optional
        A named evaluator domain of the parameter, narrower than its physical range (default: the range).

    Returns
    -------
    object
        The checked value, as :func:`mevscalar.parameters.check` returns it (float, int, float array, list
        of floats, or the chosen string).

    Raises
    ------
    ParameterError
        If ``value`` lies outside the parameter's range (or ``domain``).
    KeyError
        If ``name`` is not registered or has no such ``domain``.
    """
    from . import parameters

    return parameters.check(name, value, domain)
