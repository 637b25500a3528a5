"""The last reproduce step: one self-contained ``report.html`` from what the earlier steps wrote.

It reads the output folder as it is (so ``mev-scalar reproduce --only s99_report`` works on an existing,
possibly partial folder), embeds every figure, renders every table beside the paper's printed values, and
notes what is missing. See :mod:`mevscalar.report` and docs/report.md.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "Self-contained report.html: every figure and table beside the paper's printed values, versions, data sets"


def run(out: Path):
    from .. import report

    out = Path(out)
    path = report.write(out)
    gaps = report.missing(out)
    n = sum(len(v) for v in gaps.values())
    note = (f"; {n} expected file(s) missing, from {', '.join(gaps)}" if gaps else "")
    return [(path.name, "one self-contained HTML page (figures embedded, no network needed): every figure and "
                        f"table beside the paper's printed values, code version, data sets, dependencies{note}")]
