"""`mev-scalar derive NAME`: print one derivation of the symbolic layer (``model/``).

    mev-scalar derive NAME [--latex | --sympy | --json]
        default: the name, equation and unit, then each part as ``lhs = expression`` (SymPy's str form)
        --latex: each part as LaTeX, ``lhs = rhs`` (sympy.latex)
        --sympy: each part in SymPy's str form (parseable by sympy.sympify with the symbol names)
        --json:  {"name", "equation", "unit", "description", "latex", "sympy", "parts": [{lhs, latex, sympy}]}
                 ("latex" and "sympy" join the parts, one per line)

NAME is a registered name or alias (``mev-scalar list``); an unknown name is one line with the close matches,
exit 2. This is the one command that imports SymPy (inside the handler, after the name is checked); a few
derivations build the UV model first (5-15 s).
"""

from __future__ import annotations

from .. import parameters as P


def register(sub):
    p = sub.add_parser("derive", help="print one derivation from model/ (SymPy): --latex, --sympy or --json")
    p.add_argument("name", metavar="NAME", help="a derivation name or alias (see `mev-scalar list`)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--latex", action="store_true", help="print each part as LaTeX (lhs = rhs)")
    fmt.add_argument("--sympy", action="store_true", help="print each part in SymPy's str form")
    P.add_argument(fmt, "json", help="print a JSON object {name, equation, unit, description, latex, sympy, parts}")
    p.set_defaults(func=run)


def render(name: str) -> dict:
    """The JSON payload of derivation ``name`` (imports SymPy and the model)."""
    from .. import derivations

    d = derivations.get(name)  # ParameterError (close matches) before SymPy is imported
    import sympy as sp

    parts = [{"lhs": lhs, "latex": sp.latex(expr), "sympy": sp.sstr(expr)} for lhs, expr in d.builder()]
    return {"name": d.name, "equation": d.equation, "unit": d.unit, "description": d.description,
            "latex": "\n".join(f"{p['lhs']} = {p['latex']}" for p in parts),
            "sympy": "\n".join(p["sympy"] for p in parts), "parts": parts}


def run(args) -> int:
    from .. import derivations
    from ._common import dumps

    derivations.get(args.name)
    out = render(args.name)
    if args.json:
        print(dumps(out))
    elif args.latex:
        print(out["latex"])
    elif args.sympy:
        print(out["sympy"])
    else:
        print(f"{out['name']} ({out['equation']}) [{out['unit']}]: {out['description']}")
        for p in out["parts"]:
            print(f"  {p['lhs']} = {p['sympy']}")
    return 0
