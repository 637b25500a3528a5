"""Collect every area's paper audit into one table: what the paper prints vs what its inputs give."""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path

TITLE = "Paper audit: printed numbers vs what the paper's own inputs give"

#: Modules that may expose ``audit_rows()``; missing ones are skipped (areas land independently).
SOURCES = (
    "mevscalar.model.uv",
    "mevscalar.benchmark",
    "mevscalar.pheno",
    "mevscalar.cosmology.decoupling",
    "mevscalar.cosmology.neff",
    "mevscalar.cosmology.verdict",
    "mevscalar.limits",
)

COLUMNS = ("quantity", "equation", "paper", "ours", "rel_diff", "note")


def collect() -> list[dict]:
    rows = []
    for name in SOURCES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        fn = getattr(mod, "audit_rows", None)
        if fn is None:
            continue
        for row in fn():
            missing = set(COLUMNS) - set(row)
            if missing:
                raise ValueError(f"{name}.audit_rows(): row {row.get('quantity')!r} lacks {sorted(missing)}")
            rows.append({"source": name, **{k: row[k] for k in COLUMNS}})
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
