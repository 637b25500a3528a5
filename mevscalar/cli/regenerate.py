"""`mev-scalar regenerate [--check]`: rewrite generated/ from the model registry."""

from __future__ import annotations

import sys


def register(sub):
    p = sub.add_parser("regenerate", help="rewrite generated/ from the model registry (or --check it)")
    p.add_argument("--check", action="store_true", help="exit non-zero, naming stale kernels, if generated/ differs")
    p.add_argument("--out", default=None, help="target folder (default: the package's generated/)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..codegen import emit  # SymPy is imported here, not at CLI start-up

    try:
        return _run(emit, args)
    except RuntimeError as exc:  # e.g. the CODATA pin (codegen.emit.CODATA_PIN): one line, not a traceback
        print(f"mev-scalar regenerate: error: {exc}", file=sys.stderr)
        return 2


def _run(emit, args) -> int:
    if args.check:
        problems = emit.check(args.out)
        if problems:
            print("generated/ is stale; run `mev-scalar regenerate`:", file=sys.stderr)
            for msg in problems:
                print(f"  {msg}", file=sys.stderr)
            return 1
        print("generated/ is up to date")
        return 0
    changed = emit.write(args.out)
    print("wrote: " + ", ".join(changed) if changed else "generated/ already up to date")
    return 0
