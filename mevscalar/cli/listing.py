"""`mev-scalar list`: every registered derivation and every generated kernel, with equation and unit.

    mev-scalar list [--json]
        JSON: {"derivations": [{name, equation, unit, description, aliases, source}],
               "kernels": [{name, module, kernel, equation, unit, description, args}]}

Derivations come from :mod:`mevscalar.derivations` (print one with ``mev-scalar derive NAME``); kernels are read
from the generated modules' metadata (their declared domains and the ``Equation: ...  Units: ...`` line codegen
writes into every docstring), so the command imports neither SymPy nor the model.
(The module is called ``listing`` so that it does not shadow the builtin ``list``.)
"""

from __future__ import annotations

import importlib

from .. import parameters as P

COMMAND = "list"


def register(sub):
    p = sub.add_parser(COMMAND, help="list every registered derivation and generated kernel (name, equation, unit)")
    P.add_argument(p, "json", help="print a JSON object {derivations: [...], kernels: [...]}")
    p.set_defaults(func=run)


def _parse_doc(doc: str) -> tuple[str, str, str]:
    """(description, equation, unit) from a generated kernel's docstring (codegen.emit._docstring's layout)."""
    lines = [ln.strip() for ln in (doc or "").splitlines()]
    desc = lines[0] if lines else ""
    eq, unit = "", ""
    for ln in lines:
        if ln.startswith("Equation: ") and ".  Units: " in ln:
            eq, _, unit = ln[len("Equation: "):].rpartition(".  Units: ")
            unit = unit.removesuffix(".")
            break
    return desc, eq, unit


def kernel_rows() -> list[dict]:
    """One row per generated NumPy kernel, in the generated modules' order."""
    import mevscalar.generated as g

    rows = []
    for mod in g.MODULES:
        m = importlib.import_module(f"mevscalar.generated.{mod}_np")
        for name, dom in m.DOMAINS.items():
            desc, eq, unit = _parse_doc(getattr(m, name).__doc__)
            rows.append({"name": f"{mod}.{name}", "module": mod, "kernel": name, "equation": eq, "unit": unit,
                         "description": desc, "args": list(dom)})
    return rows


def derivation_rows() -> list[dict]:
    from .. import derivations

    return [{"name": d.name, "equation": d.equation, "unit": d.unit, "description": d.description,
             "aliases": list(d.aliases), "source": d.source} for d in derivations.DERIVATIONS]


def run(args) -> int:
    from ._common import dumps

    out = {"derivations": derivation_rows(), "kernels": kernel_rows()}
    if args.json:
        print(dumps(out))
        return 0
    for title, rows, hint in (("derivations", out["derivations"], "(mev-scalar derive NAME)"),
                              ("kernels", out["kernels"], "(generated/; mev-scalar check)")):
        print(f"{title} {hint}: {len(rows)}")
        w1 = max(len(r["name"]) for r in rows)
        w2 = min(max(len(r["equation"]) for r in rows), 48)
        for r in rows:
            eq = r["equation"] if len(r["equation"]) <= w2 else r["equation"][: w2 - 3] + "..."
            print(f"  {r['name'].ljust(w1)}  {eq.ljust(w2)}  [{r['unit']}]")
        print()
    return 0
