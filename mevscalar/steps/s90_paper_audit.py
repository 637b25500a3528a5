"""The paper audit: every number the paper prints vs what its own inputs give, in one table.

The rows are built by the functions that :data:`mevscalar.paper.ROW_BUILDERS` lists explicitly (the
paper's numbers are declared once, in :mod:`mevscalar.paper`).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

TITLE = "Paper audit: printed numbers vs what the paper's own inputs give"

COLUMNS = ("quantity", "equation", "paper", "ours", "rel_diff", "note")


def collect() -> list[dict]:
    """Every audit row, from the builders :data:`mevscalar.paper.ROW_BUILDERS` lists, in that order."""
    from .. import paper

    rows = []
    for source, build in paper.ROW_BUILDERS:
        for row in build():
            missing = set(COLUMNS) - set(row)
            if missing:
                raise ValueError(f"{source}: audit row {row.get('quantity')!r} lacks {sorted(missing)}")
            rows.append({"source": source, **{k: row[k] for k in COLUMNS}})
    return rows


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        return f"{v:.4g}"
    return str(v).replace("|", "\\|").replace("\n", " ")


def run(out: Path):
    rows = collect()
    (out / "paper_audit.json").write_text(json.dumps(rows, indent=2, default=str) + "\n", encoding="utf-8")
    lines = [
        "# Paper audit",
        "",
        "Each number the paper prints, the value its own stated inputs give in this code, and the relative",
        "difference (ours/paper - 1). Nothing here was tuned to agree; the note says why they differ.",
        "",
        "| quantity | eq. | paper | ours | rel. diff | note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        rd = r["rel_diff"]
        rd_s = "" if rd is None else (f"{rd:+.3g}" if isinstance(rd, (int, float)) else str(rd))
        lines.append(
            f"| {_fmt(r['quantity'])} | {_fmt(r['equation'])} | {_fmt(r['paper'])} | {_fmt(r['ours'])} "
            f"| {rd_s} | {_fmt(r['note'])} |"
        )
    (out / "paper_audit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [
        ("paper_audit.md", f"paper audit, {len(rows)} rows (Markdown)"),
        ("paper_audit.json", "paper audit (JSON)"),
    ]
