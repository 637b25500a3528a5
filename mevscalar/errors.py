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
from types import ModuleType

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


def require_extra(module: str, extra: str, what: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtra` with one line: what needs it and how to install it.

    Parameters
    ----------
    module : str
        The dotted name of the module to import, e.g. ``"linx"``.
    extra : str
        The name of the package extra that installs it, e.g. ``"bbn"`` (``pip install 'mev-scalar[bbn]'``).
    what : str
        What needs the module, for the message, e.g. ``"BBN abundances"``.

    Returns
    -------
    types.ModuleType
        The imported module.

    Raises
    ------
    MissingExtra
        If the import fails; the message is one line naming ``what``, the extra and the pip command.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{what} needs the '{extra}' extra: pip install 'mev-scalar[{extra}]'") from None
