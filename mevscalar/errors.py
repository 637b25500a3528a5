"""Every error type the project raises, in one place.

- :class:`ParameterError`  bad input: a parameter outside its allowed range (the CLI prints one line, exit 2)
- :class:`NoDecoupling`    a physics outcome, not bad input: no decoupling temperature exists for the point
- :class:`DerivationError` a symbolic derivation in model/ failed (a model change broke an assumption)
- :class:`SolverError`     a numerical solver failed at a named parameter point (never a NaN instead)
- :class:`MissingExtra`    an optional integration was asked for but its extra is not installed

No SymPy, NumPy or optional dependency is imported here.
"""

from __future__ import annotations

import importlib

__all__ = ["ParameterError", "NoDecoupling", "DerivationError", "SolverError", "MissingExtra", "require_extra"]


class ParameterError(ValueError):
    """A physical parameter outside its allowed range (or not a finite number)."""


class NoDecoupling(ValueError):
    """The point has no decoupling temperature (a physics outcome, not bad input)."""


class DerivationError(RuntimeError):
    """A symbolic derivation failed."""


class SolverError(RuntimeError):
    """A numerical solver failed; the message names the parameter point."""


class MissingExtra(ImportError):
    """An optional extra is needed: the message is one line naming it."""


def require_extra(module: str, extra: str, what: str):
    """Import ``module`` or raise :class:`MissingExtra` with one line: what needs it and how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{what} needs the '{extra}' extra: pip install 'mev-scalar[{extra}]'") from None
