"""docs/cli.md is generated from the argparse parser (issue 11: the README's CLI reference cannot drift)."""

from __future__ import annotations

from mevscalar.cli import docs


def test_docs_cli_md_is_fresh():
    assert docs.PATH.exists(), "docs/cli.md missing: run `python -m mevscalar.cli.docs`"
    assert docs.PATH.read_text(encoding="utf-8") == docs.markdown(), \
        "docs/cli.md is stale: run `python -m mevscalar.cli.docs` and commit it"


def test_every_command_has_a_section_and_its_usage_line():
    text = docs.markdown()
    from mevscalar.cli import build_parser

    for name in docs._commands(build_parser()):
        assert f"## `mev-scalar {name}`" in text
        assert f"usage: mev-scalar {name}" in text


def test_check_mode_reports_a_stale_file(tmp_path, capsys):
    out = tmp_path / "cli.md"
    assert docs.main(["--check", "--out", str(out)]) == 1  # missing counts as stale
    assert docs.main(["--out", str(out)]) == 0 and out.read_text() == docs.markdown()
    assert docs.main(["--check", "--out", str(out)]) == 0
    capsys.readouterr()
