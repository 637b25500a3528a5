"""`mev-scalar reproduce`: bad --only, index.md kept across --only runs, byte-identical output (issue 10)."""

from __future__ import annotations

import pytest

from mevscalar.cli import main

FAST = "s50_fig3"  # a step with a figure (PNG + PDF) that runs in well under a second
FAST2 = "s31_pheno_tables"


@pytest.mark.parametrize("only", [",", " , ,", ""])
def test_only_naming_no_step_is_one_line_exit_2(only, tmp_path, capsys):
    """`--only ,` used to run nothing and exit 0."""
    assert main(["reproduce", "--out", str(tmp_path / "r"), "--only", only]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mev-scalar reproduce: error: only") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r").exists()


def test_only_into_a_full_folder_keeps_the_other_steps_in_the_index(tmp_path):
    out = tmp_path / "r"
    assert main(["reproduce", "--out", str(out), "--only", f"{FAST},{FAST2}"]) == 0
    first = (out / "index.md").read_text()
    assert f"(`{FAST}`)" in first and f"(`{FAST2}`)" in first
    assert main(["reproduce", "--out", str(out), "--only", FAST2]) == 0
    assert (out / "index.md").read_text() == first  # same sections, same (run) order, no timings


def test_repeated_runs_are_byte_identical(tmp_path, monkeypatch):
    """PDFs used to carry their creation date, index.md the step timings."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        assert main(["reproduce", "--out", str(d), "--only", FAST]) == 0
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir()) and "fig3.pdf" in names
    for n in names:
        assert (a / n).read_bytes() == (b / n).read_bytes(), n
    assert b"CreationDate" not in (a / "fig3.pdf").read_bytes() or b"D:1970" in (a / "fig3.pdf").read_bytes()
    assert " s)" not in (a / "index.md").read_text()
