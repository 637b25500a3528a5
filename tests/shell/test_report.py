"""report.html (mevscalar.report, the s99_report step): self-contained, valid, byte-identical, complete.

The fixture is a small reproduce folder made here (tiny PNGs, Markdown tables, an audit JSON), so the file
runs in a few seconds. The browser test renders the report in headless Chromium when one is installed
(Debian's ``chromium-headless-shell`` or ``chromium``) and is skipped, saying so, when none is.
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mevscalar import __version__, data, paper, report
from mevscalar.cli import main
from mevscalar.cli.reproduce import steps
from mevscalar.steps import s99_report

PIL = pytest.importorskip("PIL.Image")

SHELL = Path(report.__file__).parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _png(path: Path, size=(12, 8), colour=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    PIL.new("RGB", size, colour).save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


AUDIT = [
    {"source": "decoupling (Eqs. 9-11)", "quantity": "Hubble prefactor 1.66", "equation": "H(T) (Eq. 11)",
     "paper": 1.66, "ours": 1.66015, "rel_diff": 9.1e-05, "note": "sqrt(8 pi^3/90) <derived> & rounded"},
    {"source": "benchmark (Sec. IV)", "quantity": "|y_N| = |y_N'|", "equation": "Sec. IV text",
     "paper": "a few 1e-7", "ours": 1.5e-07, "rel_diff": None, "note": "shown by benchmark.md already"},
    {"source": "benchmark (Sec. IV)", "quantity": "m_nu3 [eV]", "equation": "Sec. IV text",
     "paper": 0.059, "ours": 0.0503, "rel_diff": -0.148, "note": "the sum, not m3"},
]


@pytest.fixture()
def folder(tmp_path) -> Path:
    """A partial reproduce folder: s40 and s10 complete-ish, s90's JSON, one file of an unknown step."""
    d = tmp_path / "results"
    d.mkdir()
    _png(d / "fig2.png")
    (d / "fig2.pdf").write_bytes(b"%PDF-1.4 stand-in\n")
    (d / "fig2.json").write_text("{}\n")
    (d / "fig2.md").write_text(
        "# Fig. 2: decoupling\n\nSome *text* with `code`, **bold** and a [link](fig3_summary.md), a "
        "[web link](https://example.org/x), <b>no tag</b>.\n\n"
        "| m_phi | T_D \\| exact | note |\n| --- | --- | --- |\n| 1 | 0.154 | a & b |\n| 2 | 0.254 |\n\n"
        "- first item\n  continued\n- second\n\n```\nx < y\n```\n", encoding="utf-8")
    (d / "eq11_vs_exact.json").write_text("[]\n")
    (d / "eq11_vs_exact.md").write_text("# T_D: Eq. (11) vs exact\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n")
    (d / "benchmark.md").write_text("# Sec. IV benchmark point\n\n## Paper audit\n\n| quantity | paper |\n"
                                    "| --- | --- |\n"
                                    "| \\|y_N\\| = \\|y_N'\\| | a few 1e-7 |\n", encoding="utf-8")
    (d / "paper_audit.json").write_text(json.dumps(AUDIT, indent=2) + "\n")
    _png(d / "zz_new_step.png", colour=(10, 120, 10))
    (d / "zz_new_step.md").write_text("# A step the report has no section for\n\n| x |\n| --- |\n| 1 |\n")
    (d / "index.md").write_text("# mev-scalar reproduce\n")  # ignored: the CLI rewrites it after the steps
    (d / "bbn_map.csv.meta.json").write_text("{}\n")
    return d


class Checker(HTMLParser):
    """Well-formedness (every non-void element closed in order) and every reference the page makes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.refs, self.ids, self.imgs, self.styles = [], [], [], [], [], []
        self.doctype = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("src", "href", "action", "poster", "srcset", "data", "background"):
            if k in a:
                self.refs.append((tag, k, a[k]))
        if "id" in a:
            self.ids.append(a["id"])
        if "style" in a:
            self.styles.append(a["style"])
        if tag == "img":
            self.imgs.append(a)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"self-closed <{tag}/> at {self.getpos()}")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, d):
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(d)


def check(text: str) -> Checker:
    c = Checker()
    c.feed(text)
    c.close()
    assert c.doctype and c.doctype.lower() == "doctype html"
    assert not c.errors, c.errors[:5]
    assert not c.stack, f"unclosed: {c.stack[:5]}"
    assert len(c.ids) == len(set(c.ids)), "duplicate ids"
    for tag, attr, value in c.refs:
        if tag == "img" and attr == "src":
            assert value.startswith("data:image/png;base64,"), value[:60]
        else:
            assert attr == "href" and value.startswith("#") and value[1:] in c.ids, (tag, attr, value)
    for css in c.styles:  # no stylesheet, font or image loaded from anywhere
        assert "url(" not in css and "@import" not in css
    assert "<script" not in text.lower() and "<link" not in text.lower() and "<iframe" not in text.lower()
    return c


def decoded_images(c: Checker) -> list[bytes]:
    out = []
    for a in c.imgs:
        raw = base64.b64decode(a["src"].split(",", 1)[1], validate=True)
        assert raw.startswith(b"\x89PNG\r\n\x1a\n")
        im = PIL.open(io.BytesIO(raw))
        im.verify()
        out.append(raw)
    return out


def section(text: str, sid: str) -> str:
    m = re.search(rf'<section id="{sid}">(.*?)</section>', text, re.DOTALL)
    assert m, sid
    return m.group(1)


# ------------------------------------------------------------------------------------------ tests
def test_step_twice_gives_identical_bytes_in_any_folder(folder, tmp_path):
    written = s99_report.run(folder)
    assert [w[0] for w in written] == ["report.html"]
    first = (folder / "report.html").read_bytes()
    s99_report.run(folder)  # now report.html itself is in the folder: ignored, same bytes
    assert (folder / "report.html").read_bytes() == first
    other = tmp_path / "elsewhere" / "deeper"
    shutil.copytree(folder, other)
    (other / "report.html").unlink()
    s99_report.run(other)
    assert (other / "report.html").read_bytes() == first  # no absolute path, date or order of listing in it
    assert str(tmp_path) not in first.decode("utf-8")


def test_html_valid_self_contained_images_decode(folder):
    report.write(folder)
    text = (folder / "report.html").read_text(encoding="utf-8")
    c = check(text)
    imgs = decoded_images(c)
    # exactly the folder's PNGs, byte for byte: fig2.png in its section, the unknown step's under 'other'
    assert sorted(imgs) == sorted([(folder / "fig2.png").read_bytes(), (folder / "zz_new_step.png").read_bytes()])
    assert "fig2.png" in section(text, "s40_fig2") and "zz_new_step.png" in section(text, "other")


def test_html5lib_parses_without_errors(folder):
    html5lib = pytest.importorskip("html5lib")
    report.write(folder)
    parser = html5lib.HTMLParser(strict=True)
    parser.parse((folder / "report.html").read_bytes())
    assert not parser.errors


def test_every_section_sits_beside_the_papers_values(folder):
    text = report.build_html(folder)
    for s in report.SECTIONS:
        body = section(text, s.step)
        for name in s.paper_constants:  # the constant, its printed value and where it is printed
            assert f"<code>{name}</code>" in body
            assert html.escape(report.fmt_value(getattr(paper, name))) in body
            assert html.escape(paper.SOURCES.get(name, "")) in body
        if s.paper_says:
            assert html.escape(report.paper_says(s)) in body
    # the paper's prose is formatted from mevscalar.paper, never typed: e.g. Fig. 3's T_D window
    lo, hi = paper.T_D_WINDOW_MEV
    assert f"T_D of {lo:g}-{hi:g} MeV" in section(text, "s50_fig3")
    # the audit rows sit in the section of their builder; the row benchmark.md already shows is not repeated
    s40 = section(text, "s40_fig2")
    assert "Hubble prefactor 1.66" in s40 and html.escape("<derived> & rounded") in s40
    s10 = section(text, "s10_benchmark")
    assert "m_nu3 [eV]" in s10 and "shown by benchmark.md already" not in s10
    assert "1 of the 2 rows are in the step" in s10
    # the s90 section shows every row, grouped by builder
    s90 = section(text, "s90_paper_audit")
    assert all(html.escape(r["quantity"]) in s90 for r in AUDIT)


def test_missing_files_are_named_with_the_step_that_writes_them(folder, tmp_path):
    gaps = report.missing(folder)
    assert "fig3.png" in gaps["s50_fig3"] and "s40_fig2" not in gaps and "paper_audit.md" in gaps["s90_paper_audit"]
    text = report.build_html(folder)
    assert "mev-scalar reproduce --only s50_fig3" in section(text, "s50_fig3")
    empty = tmp_path / "empty"
    empty.mkdir()
    s99_report.run(empty)
    t = (empty / "report.html").read_text(encoding="utf-8")
    check(t)
    assert set(report.missing(empty)) == {s.step for s in report.SECTIONS}
    assert "paper_audit.json is missing" in t  # sections with audit rows say where they would come from
    assert 'id="other"' not in t


def test_optional_files_shown_when_present_never_missing(folder, monkeypatch):
    import dataclasses

    sections = tuple(dataclasses.replace(s, optional=("seesaw_extra.md",)) if s.step == "s20_approximations" else s
                     for s in report.SECTIONS)
    monkeypatch.setattr(report, "SECTIONS", sections)
    s20 = next(s for s in report.SECTIONS if s.step == "s20_approximations")
    assert s20.optional and not set(s20.optional) & set(report.missing(folder).get("s20_approximations", []))
    (folder / s20.optional[0]).write_text("# Approximations\n\n| approximation | worst |\n| --- | --- |\n"
                                          "| Eq. 13 | 5.7e-3 |\n")
    body = section(report.build_html(folder), "s20_approximations")
    assert "<td>Eq. 13</td><td>5.7e-3</td>" in body and "<h3>Approximations</h3>" in body


def test_unreadable_inputs_do_not_break_the_report(folder):
    (folder / "fig3.png").write_bytes(b"not a png")
    (folder / "paper_audit.json").write_text("{not json")
    (folder / "fig3_summary.md").write_bytes(b"# bad \xff bytes\n")
    text = report.build_html(folder)
    check(text)
    assert "fig3.png: not a PNG file, not embedded" in text
    assert "paper_audit.json is missing or unreadable" in text


def test_provenance_code_data_sets_dependencies(folder):
    text = report.build_html(folder)
    prov = text[text.index('id="provenance"'):]
    assert f"<code>{__version__}</code>" in prov
    git = shutil.which("git")
    head = subprocess.run([git, "-C", str(Path(report.__file__).parent), "rev-parse", "HEAD"], capture_output=True,
                          text=True) if git else None
    if head is not None and head.returncode == 0:
        assert head.stdout.strip() in prov
    for name, version in report.dependency_versions():
        assert f"<td>{html.escape(name)}</td><td>{html.escape(version)}</td>" in prov
    for sets in (data.GM2, data.NEFF, data.OSCILLATION, data.YP, data.DH, data.OMEGA_B):
        for key, m in sets.items():
            assert f"<code>{key}</code>" in prov and html.escape(m.citation) in prov
    assert html.escape(data.BBN_TD.citation) in prov
    assert "numpy" in dict(report.dependency_versions()) and dict(report.dependency_versions())["numpy"][0].isdigit()


def test_markdown_subset():
    h = report.markdown_to_html(
        "# T\n\npara `a<b` **b** [f](fig2.md) [w](http://x.org) [n](nowhere.md)\n\n"
        "| a \\| b | c |\n|---|:---:|\n| 1 \\| 2 | 3 |\n\n- i\n- j\n", {"fig2.md": "s40_fig2"})
    assert "<h3>T</h3>" in h
    assert "<code>a&lt;b</code>" in h and "<strong>b</strong>" in h
    assert '<a href="#s40_fig2">f</a>' in h and "w (<code>http://x.org</code>)" in h and "href=\"http" not in h
    assert "<th>a | b</th>" in h and "<td>1 | 2</td>" in h and "<ul><li>i</li><li>j</li></ul>" in h
    assert "</code>) n</p>" in h and "nowhere.md" not in h  # a link to no file of the run: its label only


def test_sections_match_the_steps():
    names = steps()
    assert names[-1] == "s99_report"  # runs after every step whose files it reads
    builders = {src for src, _ in paper.ROW_BUILDERS}
    for s in report.SECTIONS:
        assert s.step in names, s.step
        src = Path(__import__(f"mevscalar.steps.{s.step}", fromlist=["x"]).__file__).read_text(encoding="utf-8")
        # the step, or a shell module it imports, names each file (or its stem) as a literal
        here = [src] + [(SHELL / f"{m}.py").read_text(encoding="utf-8")
                        for m in re.findall(r"from \.\. import (\w+)", src) if (SHELL / f"{m}.py").exists()]
        for f in s.files:
            stem = f.rsplit(".", 1)[0]
            assert any(f'"{f}"' in t or f'"{stem}"' in t or f'"{stem}.' in t for t in here), (s.step, f)
        for f in s.optional:
            if any(f.rsplit(".", 1)[0] + "." in t for t in here[1:]):
                assert any(f'"{f}"' in t for t in here), (s.step, f)
        for n in s.paper_constants:
            assert n in paper.__all__ and hasattr(paper, n), n
        if s.audit_sources:  # current labels, perhaps beside one an older paper_audit.json carries
            assert set(s.audit_sources) & builders, s.audit_sources
    # every builder's rows have a section beside their figure or table (a new or renamed label shows up here)
    claimed = {a for s in report.SECTIONS for a in s.audit_sources}
    assert builders <= claimed, builders - claimed
    # every step but the report itself has a section
    assert {s.step for s in report.SECTIONS} == set(names) - {"s99_report"}


def test_cli_only_s99_report_over_an_existing_folder(folder, capsys):
    (folder / "index.md").write_text("# mev-scalar reproduce\n\n## Fig. 2 (`s40_fig2`)\n\n"
                                     "- [`fig2.png`](fig2.png): x\n")
    assert main(["reproduce", "--only", "s99_report", "--out", str(folder)]) == 0
    assert (folder / "report.html").exists()
    index = (folder / "index.md").read_text(encoding="utf-8")
    assert "(`s99_report`)" in index and "(`s40_fig2`)" in index  # the other step's entry is kept
    assert "missing" in index  # the step's index line says what is missing
    first = (folder / "report.html").read_bytes()
    assert main(["reproduce", "--only", "s99_report", "--out", str(folder)]) == 0
    assert (folder / "report.html").read_bytes() == first


# ------------------------------------------------------------------------------------------ a real browser
_PROBE = ('<script>window.addEventListener("load",function(){var im=document.images,ok=0;'
          'for(var i=0;i<im.length;i++){if(im[i].complete&&im[i].naturalWidth>0)ok++}'
          'var r=performance.getEntriesByType("resource").map(function(e){return e.name});'
          'var d=document.createElement("pre");d.id="probe";d.textContent=JSON.stringify({images:im.length,'
          'decoded:ok,resources:r,sections:document.querySelectorAll("section").length,'
          'tables:document.querySelectorAll("table").length,height:document.documentElement.scrollHeight});'
          'document.body.appendChild(d)});</script>')


def _browser():
    for name in ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_renders_in_headless_chromium(folder, tmp_path):
    exe = _browser()
    if exe is None:
        pytest.skip("no headless browser: install Debian's chromium-headless-shell (apt-get install "
                    "chromium-headless-shell); playwright's and pyppeteer's browser downloads cannot be reached here")
    report.write(folder)
    text = (folder / "report.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"  # the report plus a script that reports what the browser made of it
    probe.write_text(text.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000"]
    dom = subprocess.run(base + ["--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=90)
    m = re.search(r'<pre id="probe">(.*?)</pre>', dom.stdout, re.DOTALL)
    assert m, dom.stderr[-2000:]
    got = json.loads(html.unescape(m.group(1)))
    assert got["images"] == 2 and got["decoded"] == 2  # both figures decoded by the browser
    assert got["resources"] == []  # nothing fetched: no stylesheet, font, script or image from anywhere
    assert got["sections"] == len(report.SECTIONS) + 1 and got["tables"] > 10 and got["height"] > 2000
    subprocess.run(base + ["--window-size=1200,900", f"--screenshot={shot}", (folder / "report.html").as_uri()],
                   capture_output=True, timeout=90)
    im = PIL.open(shot)
    assert im.size == (1200, 900)
    assert len(im.convert("L").resize((60, 45)).getcolors(4096) or []) > 5  # not a blank page
