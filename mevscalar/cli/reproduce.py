"""`mev-scalar reproduce --out DIR`: the paper's results, tables and figures, into one folder.

The output is byte-identical for identical input: no timings or dates in any file (the time each step
took is printed, not written), PDFs without a creation date. ``--only STEP[,STEP]`` reruns some steps
into an existing folder and keeps the other steps' entries in ``index.md``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import time
from pathlib import Path

INDEX_HEADER = ["# mev-scalar reproduce", "", "Liu, McGinnis, Wagner, Wang, PRD 105, L051702 (2022).", ""]
_SECTION = re.compile(r"^## .*\(`(?P<name>[A-Za-z0-9_]+)`[^)]*\)\s*$")


def register(sub):
    p = sub.add_parser("reproduce", help="reproduce the paper's results and figures into a folder")
    p.add_argument("--out", default="results", help="output folder (created)")
    p.add_argument("--only", default=None, help="comma-separated step names (default: all)")
    p.set_defaults(func=run)


def steps():
    from .. import steps as pkg

    return [i.name for i in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name) if not i.name.startswith("_")]


def wanted_steps(only: str | None) -> list[str]:
    """The steps ``--only`` selects, in run order (all when None); a list naming no step is bad input."""
    from ..validate import ParameterError, choice

    names = steps()
    if only is None:
        return names
    wanted = {s.strip() for s in only.split(",") if s.strip()}
    if not wanted:  # "--only ," (or "--only ''") used to run nothing and exit 0
        raise ParameterError(f"only must name at least one step (allowed: {', '.join(names)}), got {only!r}")
    for name in sorted(wanted):
        choice("only", name, names)
    return [n for n in names if n in wanted]


def read_index(path: Path) -> dict[str, list[str]]:
    """{step name: its section lines} of an existing index.md (empty if there is none)."""
    if not path.exists():
        return {}
    sections, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _SECTION.match(line)
        if m:
            current = m.group("name")
            sections[current] = [line]
        elif current is not None:
            sections[current].append(line)
    return {k: v[:-1] if v and v[-1] == "" else v for k, v in sections.items()}


def index_text(sections: dict[str, list[str]]) -> str:
    lines = list(INDEX_HEADER)
    for name in steps():  # run order; sections of steps that no longer exist are dropped
        if name in sections:
            lines += sections[name] + [""]
    return "\n".join(lines) + "\n"


def run(args) -> int:
    names = wanted_steps(args.only)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sections = read_index(out / "index.md") if args.only is not None else {}
    # matplotlib writes this date into PDFs instead of the current time: identical files on every run
    # (the steps also save with metadata {"CreationDate": None}, which omits the date altogether)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    for name in names:
        mod = importlib.import_module(f"mevscalar.steps.{name}")
        t0 = time.perf_counter()
        print(f"[{name}] {mod.TITLE} ...", flush=True)
        written = mod.run(out)
        sec = [f"## {mod.TITLE} (`{name}`)", ""] + [f"- [`{rel}`]({rel}): {desc}" for rel, desc in written]
        sections[name] = sec
        for rel, _ in written:
            print(f"    wrote {out / rel}")
        print(f"    ({time.perf_counter() - t0:.1f} s)", flush=True)
    (out / "index.md").write_text(index_text(sections), encoding="utf-8")
    print(f"index: {out / 'index.md'}")
    return 0
