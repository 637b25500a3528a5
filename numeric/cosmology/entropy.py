"""Entropy function F(y) of the paper's Eq. (12), vectorised (NumPy; no SymPy).

F(y) = 30/(7 pi^4) Int_y^inf dx (4x^2 - y^2) sqrt(x^2 - y^2)/(e^x +- 1), y = m/T (dimensionless): the
entropy density of one degree of freedom of mass m at temperature T, in units of a massless fermion's
(7/8)(2 pi^2/45) T^3. F_fermion(0) = 1, F_boson(0) = 8/7, F -> 0 as y -> inf.

Accuracy (generated kernel ``mevscalar.generated.entropy_np``, see docs/entropy.md): relative error
<= 1e-15 measured against mpmath quadrature of Eq. 12 for y in [0, 700] (the twin tests promise 1e-12);
F > 2e-298 there. For 700 < y <= 708 the relative guarantee still holds (exp(-y) is a normal double);
for 708 < y < 768 F is subnormal and the absolute error is < 1e-315; for y >= 768 (and y = inf) the
result is exactly 0, the correctly rounded value (F(768) ~ 1e-327).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ...generated import entropy_np as _k
from ...validate import ParameterError

__all__ = ["F_fermion", "F_boson", "F"]


def _y_arg(name: str, y: ArrayLike) -> np.ndarray:
    """y >= 0 (float or array); +inf allowed (F = 0 there). NaN or y < 0 raise ParameterError."""
    try:
        arr = np.asarray(y, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"{name} must be a real number >= 0, got {y!r}") from exc
    if not (arr >= 0).all():  # one pass: False for NaN and for negatives
        if np.isnan(arr).any():
            raise ParameterError(f"{name} must not be NaN (allowed range [0, inf])")
        bad = float(arr[arr < 0].ravel()[0])
        raise ParameterError(f"{name} must be >= 0 (allowed range [0, inf]), got {bad!r}")
    return arr


def _out(y: ArrayLike, arr: np.ndarray) -> float | np.ndarray:
    return float(arr) if np.ndim(y) == 0 else arr


def F_fermion(y: ArrayLike) -> float | np.ndarray:
    """F(y) of Eq. 12 with 1/(e^x + 1) (a fermionic degree of freedom); y = m/T >= 0, dimensionless.

    Parameters
    ----------
    y : float or array_like
        y = m/T, dimensionless, [0, inf] (+inf gives 0); any shape.

    Returns
    -------
    float or numpy.ndarray
        F(y), dimensionless, in [0, 1] (decreasing from 1 at y = 0 to 0 as y -> inf): a float for a
        scalar ``y``, else an array of its shape. Relative error <= 1e-15 for y in [0, 700] (measured
        against mpmath quadrature of Eq. 12; the module docstring gives the subnormal tail).

    Raises
    ------
    ParameterError
        If ``y`` is not a real number, is NaN or is < 0.
    """
    return _out(y, _k.F_fermion(_y_arg("y", y)))


def F_boson(y: ArrayLike) -> float | np.ndarray:
    """F(y) of Eq. 12 with 1/(e^x - 1) (a bosonic degree of freedom); y = m/T >= 0, dimensionless.

    Parameters
    ----------
    y : float or array_like
        y = m/T, dimensionless, [0, inf] (+inf gives 0); any shape.

    Returns
    -------
    float or numpy.ndarray
        F(y), dimensionless, in [0, 8/7] (decreasing from 8/7 at y = 0 to 0 as y -> inf): a float for a
        scalar ``y``, else an array of its shape. Relative error <= 1e-15 for y in [0, 700] (measured
        against mpmath quadrature of Eq. 12; the module docstring gives the subnormal tail).

    Raises
    ------
    ParameterError
        If ``y`` is not a real number, is NaN or is < 0.
    """
    return _out(y, _k.F_boson(_y_arg("y", y)))


def F(y: ArrayLike, kind: str = "fermion") -> float | np.ndarray:
    """F_fermion or F_boson of Eq. 12 by name.

    Parameters
    ----------
    y : float or array_like
        y = m/T, dimensionless, [0, inf] (+inf gives 0); any shape.
    kind : {'fermion', 'boson'}
        Which statistics: 1/(e^x + 1) (``'fermion'``, default) or 1/(e^x - 1) (``'boson'``).

    Returns
    -------
    float or numpy.ndarray
        :func:`F_fermion` or :func:`F_boson` of ``y``.

    Raises
    ------
    ParameterError
        If ``y`` is not a real number >= 0, or ``kind`` is neither choice.
    """
    from ...validate import choice

    choice("kind", kind, ("fermion", "boson"))
    return F_fermion(y) if kind == "fermion" else F_boson(y)
