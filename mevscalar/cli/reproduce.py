"""`mev-scalar reproduce --out DIR`: the paper's results, tables and figures, into one folder."""

from __future__ import annotations

import importlib
import pkgutil
import time
from pathlib import Path


def register(sub):
    p = sub.add_parser("reproduce", help="reproduce the paper's results and figures into a folder")
    p.add_argument("--out", default="results", help="output folder (created)")
    p.add_argument("--only", default=None, help="comma-separated step names (default: all)")
    p.set_defaults(func=run)


def steps():
    from .. import steps as pkg

    return [i.name for i in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name) if not i.name.startswith("_")]


def run(args) -> int:
    from ..validate import choice

    wanted = None if not args.only else {s.strip() for s in args.only.split(",") if s.strip()}
    for name in sorted(wanted or ()):  # an unknown name used to run nothing and still write index.md
        choice("only", name, steps())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    index = ["# mev-scalar reproduce", "", "Liu, McGinnis, Wagner, Wang, PRD 105, L051702 (2022).", ""]
    for name in steps():
        if wanted is not None and name not in wanted:
            continue
        mod = importlib.import_module(f"mevscalar.steps.{name}")
        t0 = time.perf_counter()
        print(f"[{name}] {mod.TITLE} ...", flush=True)
        written = mod.run(out)
        dt = time.perf_counter() - t0
        index.append(f"## {mod.TITLE} (`{name}`, {dt:.1f} s)")
        index.append("")
        for rel, desc in written:
            index.append(f"- [`{rel}`]({rel}): {desc}")
            print(f"    wrote {out / rel}")
        index.append("")
    (out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"index: {out / 'index.md'}")
    return 0
