"""The CLI reference, docs/cli.md, generated from the argparse parser (so it cannot drift from the code).

    python -m mevscalar.cli.docs            # rewrite docs/cli.md
    python -m mevscalar.cli.docs --check    # exit 1 if docs/cli.md differs from the parser

Every command's ``--help`` at a fixed width (:data:`WIDTH`), in the order ``mev-scalar --help`` lists them.
tests/shell/test_cli_docs.py fails when the file is stale. (No ``register``: this module adds no command.)
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

WIDTH = 100
#: docs/cli.md of a source checkout (the repository root is two levels above this package).
PATH = Path(__file__).resolve().parents[2] / "docs" / "cli.md"

HEADER = """# Command-line reference

Generated from the argparse parser by `python -m mevscalar.cli.docs` (do not edit by hand;
`tests/shell/test_cli_docs.py` fails when this file is stale). Every command prints JSON with `--json`;
bad input gives one line naming the parameter and exits 2. Parameter ranges and units:
[parameters.md](parameters.md).
"""


def _fixed_width(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = functools.partial(argparse.HelpFormatter, width=WIDTH)


def _commands(parser: argparse.ArgumentParser) -> dict:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def markdown() -> str:
    """docs/cli.md's text for this parser."""
    from . import build_parser

    parser = build_parser()
    _fixed_width(parser)
    cmds = _commands(parser)
    lines = [HEADER, "## `mev-scalar`", "", "```text", parser.format_help().rstrip(), "```", ""]
    lines += ["| command | what |", "| --- | --- |"]
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {a.dest: (a.help or "") for a in action._choices_actions}
    lines += [f"| [`{name}`](#mev-scalar-{name}) | {helps.get(name, '').replace('|', chr(92) + '|')} |"
              for name in cmds]
    lines.append("")
    for name, sub in cmds.items():
        _fixed_width(sub)
        lines += [f"## `mev-scalar {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def write(path: Path = PATH) -> bool:
    """Write docs/cli.md; True if it changed."""
    text = markdown()
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mevscalar.cli.docs", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is stale (write nothing)")
    ap.add_argument("--out", type=Path, default=PATH, help="where to write (default: docs/cli.md)")
    args = ap.parse_args(argv)
    if args.check:
        fresh = args.out.exists() and args.out.read_text(encoding="utf-8") == markdown()
        print(f"{args.out}: " + ("up to date" if fresh else "STALE: run `python -m mevscalar.cli.docs`"))
        return 0 if fresh else 1
    print(f"{args.out}: " + ("rewritten" if write(args.out) else "unchanged"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
