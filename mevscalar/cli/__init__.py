"""The `mev-scalar` command line.

Each submodule of this package that defines ``register(subparsers)`` adds one or more commands
(discovered, sorted by module name). Command modules import heavy dependencies (SymPy,
matplotlib) inside their handlers, so that numeric commands never pay for SymPy.

Bad input (:class:`mevscalar.ParameterError`) prints one line naming the parameter and exits 2,
without a traceback; a file-system error (OSError, e.g. an unwritable --out) prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys

from ..errors import MissingExtra, NoDecoupling, ParameterError, SolverError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mev-scalar",
        description="A light (MeV) scalar coupled to muons and neutrinos: model, kernels, observables, N_eff.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"mev-scalar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    pkg = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "register"):
            mod.register(sub)
    return parser


_NEGATIVE_VALUE = re.compile(r"^-(\d|\.\d)[\d.eE+\-,]*$")


def _join_negative_values(argv: list[str]) -> list[str]:
    """``--flag -1e-7,2e-7`` -> ``--flag=-1e-7,2e-7``: argparse takes a value that starts with '-' for an option
    unless it is a single plain number, and users type negative couplings (and lists of them) that way."""
    out, i = [], 0
    while i < len(argv):
        tok = argv[i]
        if tok.startswith("--") and "=" not in tok and i + 1 < len(argv) and _NEGATIVE_VALUE.match(argv[i + 1]):
            out.append(f"{tok}={argv[i + 1]}")
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = _join_negative_values(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    try:
        rc = args.func(args)
    except (ParameterError, MissingExtra, NoDecoupling) as exc:
        print(f"mev-scalar {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except SolverError as exc:  # a valid point the solver could not finish: one line naming it, not a traceback
        print(f"mev-scalar {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover
        return 1
    except OSError as exc:  # e.g. an --out folder that cannot be created or written: one line, not a traceback
        print(f"mev-scalar {args.command}: error: {exc}", file=sys.stderr)
        return 1
    return int(rc or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
