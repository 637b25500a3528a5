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
import sys

from ..validate import ParameterError


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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        rc = args.func(args)
    except ParameterError as exc:
        print(f"mev-scalar {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover
        return 1
    except OSError as exc:  # e.g. an --out folder that cannot be created or written: one line, not a traceback
        print(f"mev-scalar {args.command}: error: {exc}", file=sys.stderr)
        return 1
    return int(rc or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
