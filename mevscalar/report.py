"""One self-contained ``report.html`` from a ``mev-scalar reproduce`` output folder.

The report puts every figure and table the run wrote next to what the paper prints for it, and records
what produced them: the code's version and git commit, the data sets (name, value, citation) and the
versions of the dependencies. It is one file that needs no network to view: the figures are embedded as
base64 PNG ``data:`` URIs, the CSS is inline, there is no script and no link to any other file.

It reads the folder as it finds it (the earlier steps' ``.md``, ``.png`` and ``paper_audit.json``) and
says, per section, which of the files it expected are missing and which step writes them, so
``mev-scalar reproduce --only s99_report`` works on a partial folder. Files it has no section for are
shown at the end, so a new step's outputs are never dropped silently.

The paper's numbers come from :mod:`mevscalar.paper` (declared once there, with where each is printed),
the paper-vs-ours rows from the audit the ``s90_paper_audit`` step wrote. The output is byte-identical for
identical input: no date or time, no absolute path, every listing in a fixed order.

Public API: :func:`build_html` (folder -> HTML text), :func:`write` (folder -> report.html), :data:`SECTIONS`.
No SymPy.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib
import importlib.metadata
import inspect
import json
import math
import platform
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Section", "SECTIONS", "DEPENDENCIES", "REPORT_NAME", "build_html", "write", "missing", "git_info",
           "dependency_versions", "markdown_to_html", "paper_constant_rows", "paper_says", "fmt_value"]

REPORT_NAME = "report.html"

#: distributions whose versions the report lists (importlib.metadata names), in this order
DEPENDENCIES = ("numpy", "scipy", "sympy", "mpmath", "matplotlib", "pillow", "jax", "jaxlib", "linx-bbn",
                "dask", "hypothesis", "pytest")

#: files the report never lists (its own output, the index the CLI rewrites after the steps, sidecars)
_IGNORED = re.compile(r"^(report\.html|index\.md|.*\.meta\.json|.*\.tmp|\..*)$")


@dataclass(frozen=True)
class Section:
    """One section of the report: the files of one reproduce step, beside the paper's printed values.

    Parameters
    ----------
    step : str
        The reproduce step (module name in :mod:`mevscalar.steps`) that writes the files.
    heading : str
        The section's heading in the report.
    files : tuple of str
        The files the step writes, which the report looks for and names when missing: PNG figures are
        embedded, Markdown tables rendered, every file listed with its size and SHA-256.
    paper_constants : tuple of str
        Names of constants of :mod:`mevscalar.paper` that the paper prints for this part.
    audit_sources : tuple of str
        ``source`` values (builder labels of :data:`mevscalar.paper.ROW_BUILDERS`) of the ``paper_audit.json``
        rows shown under the section; a label an older audit file used may stand beside the current one.
    paper_says : str
        A short description of the paper's figure or statement, formatted with the constants (``{NAME}``),
        so that no number is typed twice.
    tables : tuple of str
        The Markdown files rendered; empty: every ``.md`` of ``optional`` and ``files``.
    optional : tuple of str
        Files shown when present but never reported missing (written by some versions or set-ups of the step).
    """

    step: str
    heading: str
    files: tuple[str, ...]
    paper_constants: tuple[str, ...] = ()
    audit_sources: tuple[str, ...] = ()
    paper_says: str = ""
    tables: tuple[str, ...] = field(default=())
    optional: tuple[str, ...] = ()

    def all_files(self) -> tuple[str, ...]:
        """Every file the section shows.

        Returns
        -------
        tuple of str
            ``optional`` then ``files``.
        """
        return self.optional + self.files

    def markdown_files(self) -> tuple[str, ...]:
        """The Markdown tables the section renders.

        Returns
        -------
        tuple of str
            ``tables`` if given, else every ``.md`` file of :meth:`all_files`.
        """
        return self.tables or tuple(f for f in self.all_files() if f.endswith(".md"))

    def figures(self) -> tuple[str, ...]:
        """The PNG figures the section embeds.

        Returns
        -------
        tuple of str
            Every ``.png`` file of :meth:`all_files`.
        """
        return tuple(f for f in self.all_files() if f.endswith(".png"))


SECTIONS: tuple[Section, ...] = (
    Section(
        "s10_benchmark", "Sec. IV: the benchmark point", ("benchmark.md", "benchmark.json"),
        ("M_NU2_EV", "M_NU3_EV", "G_NU3", "V_PHI_MEV", "EQ22_GEV", "V_PRIME_OVER_SQRT2_GEV", "Y_MU", "MU_PHI_MEV",
         "M_HP_MEV", "LAMBDA_N", "EQ17_M_NU_SCALE_EV", "HEAVY_MASS_TEXT"),
        ("UV sector (Eqs. 14-22)", "mevscalar.model.uv", "benchmark (Sec. IV)"),
        "Sec. IV chooses g_nu3 = {G_NU3} (Eq. 21) and quotes m_nu2 ~ {M_NU2_EV} eV, m_nu3 ~ {M_NU3_EV} eV, "
        "v_phi ~ {V_PHI_MEV} MeV, |y_N||y_N'| v'/lambda_N ~ {EQ22_GEV} GeV (Eq. 22) and v'/sqrt2 ~ "
        "{V_PRIME_OVER_SQRT2_GEV} GeV for y_mu = {Y_MU}."),
    Section(
        "s20_approximations", "The seesaw approximations against exact diagonalisation",
        ("seesaw_approximations.md", "seesaw_approximations.json", "seesaw_approximations.png",
         "seesaw_approximations.pdf"),
        ("EQ17_M_NU_SCALE_EV", "HEAVY_MASS_TEXT"), (),
        "The paper uses the seesaw at leading order (Eqs. 17-19; light-mass scale ~{EQ17_M_NU_SCALE_EV} eV, "
        "heavy pair {HEAVY_MASS_TEXT}) without an error estimate."),
    Section(
        "s30_fig1", "Fig. 1: the constraint landscape and the g-2 band",
        ("fig1_g_gg.png", "fig1_g_gg.pdf", "fig1_g_gg.json"),
        ("DELTA_A_MU_EQ1", "HIGGS_LIKE_M_PHI_MAX_MEV", "COSMOLOGY_EXCLUDED_M_PHI_MAX_MEV", "TRIANGLE_MEV"),
        ("mevscalar.limits",),
        "Fig. 1 shows |g_gg| [GeV^-1] against m_phi [MeV] with laboratory and astrophysical limits (from the "
        "paper's ref. [7]), the band that explains Delta a_mu = {DELTA_A_MU_EQ1} (Eq. 1) at 2 sigma, and the "
        "standard-cosmology bound (dashed) excluding m_phi below ~{COSMOLOGY_EXCLUDED_M_PHI_MAX_MEV} MeV; the "
        "window left open at {TRIANGLE_MEV} MeV is the cosmological triangle."),
    Section(
        "s31_pheno_tables", "Sec. II: g-2, the muon-loop g_gg and the widths", ("pheno_tables.md", "pheno_tables.json"),
        ("DELTA_A_MU_EQ1", "HIGGS_LIKE_M_PHI_MAX_MEV"), ("pheno (Secs. I-II)",),
        "Sec. II: Delta a_mu = {DELTA_A_MU_EQ1} (Eq. 1); a Higgs-like g_mu = m_mu/v explains it for m_phi <~ "
        "{HIGGS_LIKE_M_PHI_MAX_MEV} MeV; g_gg = -2 alpha g_mu/(3 pi m_mu) (text below Eq. 3); the widths of "
        "Eq. 4."),
    Section(
        "s40_fig2", "Fig. 2: R against H(T), T_D, and T_nu/T_gamma",
        ("fig2.png", "fig2.pdf", "fig2.md", "fig2.json", "eq11_vs_exact.md", "eq11_vs_exact.json"),
        ("HUBBLE_PREFACTOR", "EQ11_CONSTANT", "G_STAR", "T_D_SM_MEV", "N_EFF_PLANCK", "BR_NUNU_RANGE",
         "TRIANGLE_MEV"),
        ("decoupling (Eqs. 9-11)", "decoupling + N_eff scan (Sec. III)"),
        "Fig. 2 (left) compares R of Eq. 10 with H(T) = {HUBBLE_PREFACTOR} sqrt(g_*) T^2/m_PL, g_* = {G_STAR}, "
        "for BR_nunu of {BR_NUNU_RANGE} with T_D where R = H (Eq. 11, constant {EQ11_CONSTANT}); (right) "
        "T_nu/T_gamma against T_gamma beside LambdaCDM (T_D^SM = {T_D_SM_MEV} MeV) and Planck's 2 sigma band "
        "(N_eff = {N_EFF_PLANCK}), for m_phi = 1 and 2 MeV."),
    Section(
        "s50_fig3", "Fig. 3: the (m_phi, T_D) plane allowed by Planck N_eff",
        ("fig3.png", "fig3.pdf", "fig3_summary.md", "fig3_summary.json"),
        ("T_D_WINDOW_MEV", "TRIANGLE_MEV", "N_EFF_PLANCK", "N_EFF_SM_INSTANTANEOUS"), ("N_eff (Eqs. 6, 7, 12, 13)",),
        "Fig. 3 shades the (m_phi, T_D) plane excluded by Planck's N_eff = {N_EFF_PLANCK} at 1 and 2 sigma and "
        "the BBN bound T_D > 0.3 MeV (ref. [6]); the text concludes that T_D of {T_D_WINDOW_MEV} MeV is needed "
        "for m_phi in the triangle {TRIANGLE_MEV} MeV."),
    Section(
        "s60_neff_map", "N_eff over (m_phi, BR_nunu): precision solver against Eqs. 11 + 12",
        ("neff_map.png", "neff_map.pdf", "neff_map.md", "neff_map.json"),
        ("N_EFF_PLANCK", "BR_NUNU_RANGE", "TRIANGLE_MEV"), (),
        "The paper's claim (Sec. III, Figs. 2-3): BR_nunu of {BR_NUNU_RANGE} brings N_eff within Planck's "
        "2 sigma band (N_eff = {N_EFF_PLANCK}) for m_phi in {TRIANGLE_MEV} MeV. The paper has no such map."),
    Section(
        "s70_boltzmann", "The verdict from the precision Boltzmann solver",
        ("boltzmann.md", "boltzmann.json", "boltzmann.png", "boltzmann.pdf"),
        ("BR_NUNU_RANGE", "TRIANGLE_MEV", "N_EFF_PLANCK", "T_D_WINDOW_MEV"), ("precision solver vs Eqs. 11 + 12 (Sec. III)", "mevscalar.numeric.cosmology.verdict"),
        "The paper's conclusion (Sec. III): BR_nunu of {BR_NUNU_RANGE} with T_D of {T_D_WINDOW_MEV} MeV keeps "
        "N_eff within Planck's 2 sigma (N_eff = {N_EFF_PLANCK}) for m_phi in {TRIANGLE_MEV} MeV."),
    Section(
        "s80_bbn", "BBN: Y_p and D/H, and the T_D > 0.3 MeV proxy",
        ("bbn_map.png", "bbn_map.pdf", "bbn_map.md", "bbn_map.json", "bbn_map.csv"),
        ("T_D_WINDOW_MEV", "TRIANGLE_MEV"), ("BBN (Sec. III proxy vs Y_p, D/H)",),
        "The paper uses the bound T_D > 0.3 MeV (ref. [6]) in place of the abundances, and calls its window "
        "T_D = {T_D_WINDOW_MEV} MeV 'safely above' it. The paper computes no abundances."),
    Section(
        "s90_paper_audit", "Paper audit: every printed number against what its inputs give",
        ("paper_audit.md", "paper_audit.json"), (), (),
        "Every number the paper prints (declared once in mevscalar.paper), one row each.", tables=()),
    Section(
        "s95_approximations", "The paper's approximations against their exact counterparts (one table)",
        ("approximations.md", "approximations.json"),
        ("HUBBLE_PREFACTOR", "EQ11_CONSTANT", "G_STAR"), (),
        "The paper uses its approximations without an error estimate: the seesaw at leading order, the "
        "m_phi << m_mu limit of g_gg, the limits of Eq. 5, the asymptotic K_1 in Eq. 11 (constant "
        "{EQ11_CONSTANT}, H = {HUBBLE_PREFACTOR} sqrt(g_*) T^2/m_PL with g_* = {G_STAR}), Eq. 13 for "
        "BR_nunu << 1, instantaneous decoupling, and T_D > 0.3 MeV in place of the BBN abundances."),
)

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1600px;
padding:0 1.2em 3em;color:#1b1b1b;line-height:1.4;font-size:15px}
h1{font-size:1.6em;margin-top:1em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em}
h3{font-size:1.1em;margin:1.2em 0 .4em}h4{font-size:1em;margin:1em 0 .3em}
.pair{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1.2em;align-items:start}
@media (max-width:1000px){.pair{grid-template-columns:minmax(0,1fr)}}
.ours,.paper{border:1px solid #ddd;border-radius:6px;padding:.2em 1em 1em;min-width:0}
.paper{background:#f7f7fb;position:sticky;top:.5em}
.label{font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:#666;margin:.6em 0}
.tw{overflow-x:auto;margin:.4em 0 .8em}table{border-collapse:collapse;font-size:.85em}
th,td{border:1px solid #ccc;padding:.15em .45em;text-align:left;vertical-align:top}th{background:#eee}
figure{margin:.5em 0 1em}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{font-size:.85em;color:#444}code{font-size:.9em;background:#f0f0f0;padding:0 .2em}
.missing{color:#a00}.note{font-size:.85em;color:#555}nav ol{columns:2}
pre{overflow-x:auto;background:#f5f5f5;padding:.5em}
"""


# ------------------------------------------------------------------------------------------ provenance
@lru_cache(maxsize=None)
def git_info() -> dict:
    """The git commit of the source tree this package is imported from.

    Cached for the process: two reports built by one process carry the same provenance even if the tree
    changes in between.

    Returns
    -------
    dict
        ``{"commit": hash or None, "modified": bool or None}``; None where git or the checkout is missing,
        ``modified`` whether tracked files have uncommitted changes.
    """
    root = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                                timeout=10)
        if commit.returncode != 0:
            return {"commit": None, "modified": None}
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=10)
        modified = bool(status.stdout.strip()) if status.returncode == 0 else None
        return {"commit": commit.stdout.strip(), "modified": modified}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "modified": None}


def dependency_versions() -> list[tuple[str, str]]:
    """The installed versions of :data:`DEPENDENCIES`.

    Returns
    -------
    list of tuple of str
        ``(distribution, version or 'not installed')``, in the order of :data:`DEPENDENCIES`.
    """
    rows = []
    for name in DEPENDENCIES:
        try:
            rows.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows


# ------------------------------------------------------------------------------------------ formatting
def _e(text) -> str:
    return html.escape(str(text), quote=True)


def fmt_value(v: object) -> str:
    """A printed value as text: floats to 6 significant digits, tuples and lists as '(a, b)'.

    Parameters
    ----------
    v : object
        A number, a sequence of them, text or None.

    Returns
    -------
    str
        The text ('' for None).
    """
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        return f"{v:.6g}"
    if isinstance(v, (tuple, list)):
        return "(" + ", ".join(fmt_value(x) for x in v) + ")"
    return str(v)


def _range_text(v) -> str:
    """A constant for prose: a (central, sigma) measurement as 'c +- s', a range as 'a-b'."""
    if isinstance(v, tuple) and len(v) == 2:
        a, b = v
        if isinstance(a, float) and isinstance(b, float) and b < a:  # (central, sigma)
            return f"{fmt_value(a)} +- {fmt_value(b)}"
        return f"{fmt_value(a)}-{fmt_value(b)}"
    return fmt_value(v)


@lru_cache(maxsize=None)
def _constant_docs() -> dict:
    """{NAME: its ``#:`` comment} of mevscalar.paper (the comment each constant is declared with)."""
    from . import paper

    docs = {}
    for m in re.finditer(r"^#: ?(.*)\n(?P<name>[A-Z][A-Z0-9_]*) = ", inspect.getsource(paper), re.M):
        docs[m.group("name")] = m.group(1).strip()
    return docs


def paper_constant_rows(names: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """The table rows of constants of :mod:`mevscalar.paper`.

    Parameters
    ----------
    names : iterable of str
        Constant names of :mod:`mevscalar.paper`.

    Returns
    -------
    list of tuple of str
        ``(name, printed value, where printed, its declaration comment)`` per name, in the given order.
    """
    from . import paper

    docs = _constant_docs()
    return [(n, fmt_value(getattr(paper, n)), paper.SOURCES.get(n, ""), docs.get(n, "")) for n in names]


def paper_says(section: Section) -> str:
    """The section's description of the paper's figure or statement, with the constants filled in.

    Parameters
    ----------
    section : Section
        A report section; ``{NAME}`` in its ``paper_says`` becomes the value of ``mevscalar.paper.NAME``
        (a (central, sigma) pair as 'c +- s', another pair as 'a-b').

    Returns
    -------
    str
        The formatted text.
    """
    from . import paper

    names = set(re.findall(r"\{([A-Z][A-Z0-9_]*)\}", section.paper_says))
    return section.paper_says.format(**{n: _range_text(getattr(paper, n)) for n in names})


def _table(header, rows, cls: str = "") -> str:
    out = [f'<div class="tw"><table{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}><thead><tr>']
    out += [f"<th>{_e(h)}</th>" for h in header]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


# ------------------------------------------------------------------------------------------ Markdown subset
_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)")


def _inline(text: str, anchors: dict) -> str:
    """Inline Markdown (code spans, bold, links) to HTML, everything else escaped.

    Links never point outside the report: a link to a file of the run becomes a link to the section that
    shows it (or plain text), a web address is printed as text after its label.
    """
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(_e(text[pos:m.start()]))
        code, bold, label, target = m.groups()
        if code is not None:
            out.append(f"<code>{_e(code)}</code>")
        elif bold is not None:
            out.append(f"<strong>{_inline(bold, anchors)}</strong>")
        else:
            inner = _inline(label, anchors)
            name = target.split("#", 1)[0]
            if name in anchors:
                out.append(f'<a href="#{_e(anchors[name])}">{inner}</a>')
            elif re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                out.append(f"{inner} (<code>{_e(target)}</code>)")
            else:
                out.append(inner)
        pos = m.end()
    out.append(_e(text[pos:]))
    return "".join(out)


def _cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", s)]


_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_to_html(text: str, anchors: dict | None = None, shift: int = 2) -> str:
    """The Markdown the steps write as HTML.

    Handles headings, paragraphs, pipe tables (with escaped ``\\|``), '-' lists, fenced code, inline code,
    bold and links; everything else is escaped, so no tag of the input reaches the page.

    Parameters
    ----------
    text : str
        The Markdown.
    anchors : dict, optional
        ``{file name: section id}``: a link to such a file becomes a link to its section; a link to any other
        file keeps only its label, a web address is printed as text.
    shift : int
        Levels each heading moves down (2: a step's '#' title becomes an h3).

    Returns
    -------
    str
        The HTML fragment.
    """
    anchors = anchors or {}
    lines = text.splitlines()
    out, para, i = [], [], 0

    def flush():
        if para:
            out.append("<p>" + _inline(" ".join(para), anchors) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if s.startswith("```"):
            flush()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            out.append("<pre>" + _e("\n".join(lines[i + 1:j])) + "</pre>")
            i = j + 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if m:
            flush()
            level = min(6, len(m.group(1)) + shift)
            out.append(f"<h{level}>{_inline(m.group(2), anchors)}</h{level}>")
            i += 1
            continue
        if s.startswith("|") and i + 1 < len(lines) and _SEP.match(lines[i + 1]):
            flush()
            header = _cells(s)
            rows = []
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            width = len(header)
            rows = [(r + [""] * width)[:width] if len(r) != width else r for r in rows]
            out.append(_table(header, [[_inline(c, anchors) for c in r] for r in rows]))
            continue
        if re.match(r"^[-*]\s+", s):
            flush()
            items = []
            while i < len(lines) and re.match(r"^\s*[-*]\s+", lines[i]):
                item = re.sub(r"^\s*[-*]\s+", "", lines[i])
                i += 1
                while i < len(lines) and lines[i].startswith("  ") and lines[i].strip() \
                        and not re.match(r"^\s*[-*]\s+", lines[i]):
                    item += " " + lines[i].strip()
                    i += 1
                items.append(f"<li>{_inline(item, anchors)}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if not s:
            flush()
        else:
            para.append(s)
        i += 1
    flush()
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ the folder
def _step_titles() -> dict:
    """{step name: TITLE} of every reproduce step (the step's own one-line title)."""
    from .cli.reproduce import steps

    titles = {}
    for name in steps():
        try:
            titles[name] = str(importlib.import_module(f"mevscalar.steps.{name}").TITLE)
        except Exception as exc:  # a step that cannot be imported is named, not fatal to the report
            titles[name] = f"({name}: not importable: {type(exc).__name__})"
    return titles


def _listed(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.is_file() and not _IGNORED.match(p.name))


def missing(out: str | Path) -> dict:
    """The expected files a reproduce folder lacks.

    Parameters
    ----------
    out : str or Path
        The reproduce output folder (need not exist).

    Returns
    -------
    dict
        ``{step: [expected files not in out]}`` for the sections with something missing, in run order.
    """
    out = Path(out)
    present = set(_listed(out)) if out.is_dir() else set()
    return {s.step: [f for f in s.files if f not in present] for s in SECTIONS
            if any(f not in present for f in s.files)}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _png_uri(path: Path) -> str | None:
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def _read_audit(out: Path) -> list[dict] | None:
    p = out / "paper_audit.json"
    if not p.exists():
        return None
    try:
        rows = json.loads(p.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return rows if isinstance(rows, list) else None


def _audit_value(v) -> str:
    if isinstance(v, float):
        return _e(fmt_value(v))
    if isinstance(v, (list, tuple)):
        return _e(fmt_value(list(v)))
    return _e("" if v is None else v)


def _rel(v) -> str:
    return _e(f"{v:+.3g}") if isinstance(v, (int, float)) and not isinstance(v, bool) else _e("" if v is None else v)


def _audit_table(rows: list[dict], with_source: bool = False) -> str:
    header = (["source"] if with_source else []) + ["quantity", "where printed", "paper", "ours", "ours/paper - 1",
                                                     "note"]
    body = []
    for r in rows:
        cells = [_e(r.get("source", ""))] if with_source else []
        cells += [_e(r.get("quantity", "")), _e(r.get("equation", "")), _audit_value(r.get("paper")),
                  _audit_value(r.get("ours")), _rel(r.get("rel_diff")), _e(r.get("note", ""))]
        body.append(cells)
    return _table(header, body, "audit")


def _file_list(out: Path, names) -> str:
    rows = []
    for n in names:
        p = out / n
        rows.append([f"<code>{_e(n)}</code>", _e(f"{p.stat().st_size:,}"), f"<code>{_sha(p)[:16]}</code>"])
    return _table(["file", "bytes", "SHA-256 (first 16 hex)"], rows, "files")


def _figure(out: Path, name: str, caption: str) -> str:
    uri = _png_uri(out / name)
    if uri is None:
        return f'<p class="missing">{_e(name)}: not a PNG file, not embedded</p>'
    return (f'<figure><img src="{uri}" alt="{_e(caption)}"><figcaption><code>{_e(name)}</code>: '
            f"{_e(caption)}</figcaption></figure>")


def _ours_html(out: Path, section: Section, title: str, present: set, anchors: dict,
               tables: bool = True) -> list[str]:
    parts = ['<div class="ours"><p class="label">this run</p>']
    for f in section.figures():
        if f in present:
            parts.append(_figure(out, f, title))
    for f in section.markdown_files() if tables else ():
        if f in present:
            parts.append(f'<div class="md" data-file="{_e(f)}">'
                         + markdown_to_html((out / f).read_text(encoding="utf-8", errors="replace"), anchors)
                         + "</div>")
    gone = [f for f in section.files if f not in present]
    if gone:
        parts.append(f'<p class="missing">Missing from this folder: {", ".join(f"<code>{_e(f)}</code>" for f in gone)}'
                     f" (written by <code>mev-scalar reproduce --only {_e(section.step)}</code>).</p>")
    have = [f for f in section.all_files() if f in present]
    if have:
        parts.append('<h4>Files</h4>' + _file_list(out, have))
    parts.append("</div>")
    return parts


def _paper_html(section: Section) -> list[str]:
    from . import paper

    parts = ['<div class="paper"><p class="label">the paper prints</p>']
    if section.paper_says:
        parts.append(f"<p>{_e(paper_says(section))}</p>")
    if section.paper_constants:
        parts.append(_table(["mevscalar.paper", "printed", "where", "what"],
                            [[f"<code>{_e(n)}</code>", _e(v), _e(w), _e(d)]
                             for n, v, w, d in paper_constant_rows(section.paper_constants)]))
    parts.append(f'<p class="note">{_e(paper.CITATION)}</p></div>')
    return parts


def _audit_html(section: Section, audit: list[dict] | None, shown: str = "") -> list[str]:
    """The audit rows of this section's builders: each printed number against what the inputs give.

    Rows whose quantity a table of the section already shows (``shown``: its Markdown) are not repeated.
    """
    parts = []
    if section.audit_sources:
        parts.append("<h3>The paper's printed numbers against this code (rows of <code>paper_audit.json</code>)</h3>")
        if audit is None:
            parts.append('<p class="missing">paper_audit.json is missing or unreadable (written by '
                         "<code>mev-scalar reproduce --only s90_paper_audit</code>).</p>")
        else:
            rows = [r for r in audit if isinstance(r, dict) and r.get("source") in section.audit_sources]
            fresh = [r for r in rows if f"| {str(r.get('quantity', '')).replace('|', chr(92) + '|')} |" not in shown]
            if fresh:
                parts.append(_audit_table(fresh))
            if len(fresh) < len(rows):
                parts.append(f'<p class="note">{len(rows) - len(fresh)} of the {len(rows)} rows are in the step\'s '
                             "own table above.</p>")
            if not rows:
                parts.append(f'<p class="note">no audit rows from {_e(", ".join(section.audit_sources))}</p>')
    return parts


def _md_text(out: Path, section: Section, present: set) -> str:
    return "\n".join((out / f).read_text(encoding="utf-8", errors="replace") for f in section.markdown_files()
                     if f in present)


def _audit_section(audit: list[dict] | None) -> list[str]:
    if audit is None:
        return []
    order, groups = [], {}
    for r in audit:
        if not isinstance(r, dict):
            continue
        src = str(r.get("source", ""))
        if src not in groups:
            order.append(src)
            groups[src] = []
        groups[src].append(r)
    parts = [f'<p>{len(audit)} rows from <code>paper_audit.json</code>, grouped by the builder that made them.</p>']
    for src in order:
        parts.append(f"<h3>{_e(src)} ({len(groups[src])} rows)</h3>" + _audit_table(groups[src]))
    return parts


def _provenance(out: Path) -> list[str]:
    from . import __version__, data, limits, paper

    g = git_info()
    commit = g["commit"] or "not available (not a git checkout)"
    if g["commit"] and g["modified"]:
        commit += " with uncommitted changes to tracked files"
    parts = ['<h2 id="provenance">Code, data sets and dependencies</h2>',
             '<p class="note">The code that wrote this report. With <code>--only</code> the other files of the '
             "folder may come from an earlier run: their SHA-256 are listed in each section.</p>",
             _table(["what", "version"], [["mevscalar", f"<code>{_e(__version__)}</code>"],
                               ["git commit", f"<code>{_e(commit)}</code>"],
                               ["Python", _e(f"{platform.python_implementation()} {platform.python_version()}")],
                               ["paper", _e(paper.CITATION)]])]
    rows = []
    groups = (("g-2 (Delta a_mu)", data.GM2), ("N_eff", data.NEFF), ("oscillations", data.OSCILLATION),
              ("Y_p", data.YP), ("D/H", data.DH), ("omega_b", data.OMEGA_B), ("BBN theory Y_p", data.BBN_THEORY_YP),
              ("BBN theory D/H", data.BBN_THEORY_DH))
    for what, sets in groups:
        for key, m in sets.items():
            if isinstance(m, data.Measurement):
                value = f"{fmt_value(m.central)} +- {fmt_value(m.sigma)}"
            elif isinstance(m, data.Oscillation):
                value = (f"dm21^2 = {fmt_value(m.dm21_sq_eV2)} eV^2, dm32^2 = {fmt_value(m.dm32_sq_eV2)} eV^2, "
                         f"sin^2 theta_12 = {fmt_value(m.s12_sq)}, sin^2 theta_13 = {fmt_value(m.s13_sq)}")
            else:
                value = repr(m)
            rows.append([_e(what), f"<code>{_e(key)}</code>", _e(value), _e(m.year or ""), _e(m.citation),
                         _e(getattr(m, "note", ""))])
    b = data.BBN_TD
    rows.append([_e("BBN T_D bound"), f"<code>{_e(b.name)}</code>", _e(f"T_D > {fmt_value(b.value)} {b.unit}"),
                 _e(b.year), _e(b.citation), _e(b.note)])
    parts.append("<h3>Data sets (<code>mevscalar.data</code>)</h3>"
                 + _table(["quantity", "name", "value", "year", "citation", "note"], rows))
    try:
        curves = limits.curves()
        crow = [[f"<code>{_e(c.key)}</code>", _e(c.name), _e(c.status), _e(c.citation), _e(c.licence)]
                for c in curves]
        parts.append("<h3>Limit curves of Fig. 1 (<code>mevscalar.limits</code>, shipped in "
                     "<code>mevscalar/data/limits</code>)</h3>"
                     + _table(["key", "curve", "status", "citation", "licence"], crow))
    except Exception as exc:  # the shipped curves unreadable: say so, keep the report
        parts.append(f'<p class="missing">limit curves not readable: {_e(type(exc).__name__)}: {_e(exc)}</p>')
    parts.append("<h3>Dependencies (installed distributions)</h3>"
                 + _table(["distribution", "version"], [[_e(n), _e(v)] for n, v in dependency_versions()]))
    return parts


# ------------------------------------------------------------------------------------------ the report
def build_html(out: str | Path) -> str:
    """The report of a reproduce folder as HTML text (reads the folder, writes nothing).

    Parameters
    ----------
    out : str or Path
        The reproduce output folder, complete, partial or empty.

    Returns
    -------
    str
        One self-contained HTML document.
    """
    from . import paper

    out = Path(out)
    present = set(_listed(out)) if out.is_dir() else set()
    titles = _step_titles()
    audit = _read_audit(out) if out.is_dir() else None
    anchors = {f: s.step for s in SECTIONS for f in s.all_files()}
    claimed = set(anchors)
    others = sorted(present - claimed)
    gaps = missing(out)

    body = [f"<h1>mev-scalar reproduce: report</h1><p>{_e(paper.CITATION)}. Every figure and table this run "
            "wrote (left) beside what the paper prints for it (right): the paper's numbers as declared in "
            "<code>mevscalar.paper</code>, and the audit rows that put each printed number next to what the "
            "paper's own inputs give. The paper's figures themselves are not reproduced here: hold this report "
            "beside the paper.</p>"]
    if gaps:
        items = "".join(f"<li><code>{_e(step)}</code>: {', '.join(f'<code>{_e(f)}</code>' for f in files)}</li>"
                        for step, files in gaps.items())
        body.append(f'<div class="missing"><p>Missing from this folder ({sum(map(len, gaps.values()))} files; '
                    f"rerun the step with <code>mev-scalar reproduce --only STEP</code>):</p><ul>{items}</ul></div>")
    nav = [f'<li><a href="#{_e(s.step)}">{_e(s.heading)}</a>{"" if s.step not in gaps else " (incomplete)"}</li>'
           for s in SECTIONS]
    if others:
        nav.append('<li><a href="#other">Other files of the run</a></li>')
    nav.append('<li><a href="#provenance">Code, data sets and dependencies</a></li>')
    body.append("<nav><h2>Contents</h2><ol>" + "".join(nav) + "</ol></nav>")

    for s in SECTIONS:
        title = titles.get(s.step, f"(step {s.step} not found in mevscalar.steps)")
        body.append(f'<section id="{_e(s.step)}"><h2>{_e(s.heading)}</h2>'
                    f'<p class="note">step <code>{_e(s.step)}</code>: {_e(title)}</p>')
        if s.step == "s90_paper_audit":
            body.append(f"<p>{_e(paper_says(s))}</p>")
            body += _audit_section(audit)
            # the audit's JSON grouped by builder; its Markdown twin only when the JSON cannot be read
            body += _ours_html(out, s, title, present, anchors, tables=audit is None)
        else:
            body.append('<div class="pair">')
            body += _ours_html(out, s, title, present, anchors)
            body += _paper_html(s)
            body.append("</div>")
            body += _audit_html(s, audit, _md_text(out, s, present))
        body.append("</section>")

    if others:
        body.append('<section id="other"><h2>Other files of the run</h2><p class="note">Files this report has no '
                    "section for (a step added after it was written): figures and Markdown tables shown, the rest "
                    "listed.</p>")
        for f in others:
            if f.endswith(".png"):
                body.append(_figure(out, f, f))
            elif f.endswith(".md"):
                body.append(f'<div class="md" data-file="{_e(f)}"><p class="note"><code>{_e(f)}</code></p>'
                            + markdown_to_html((out / f).read_text(encoding="utf-8", errors="replace"), anchors)
                            + "</div>")
        body.append(_file_list(out, others) + "</section>")

    body += _provenance(out)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>mev-scalar reproduce: report</title><style>{_CSS.strip()}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write(out: str | Path) -> Path:
    """Write ``report.html`` (see :func:`build_html`) into a reproduce folder, atomically.

    Parameters
    ----------
    out : str or Path
        The reproduce output folder (must exist).

    Returns
    -------
    Path
        The path of the report written.
    """
    out = Path(out)
    text = build_html(out)
    path = out / REPORT_NAME
    tmp = out / (REPORT_NAME + ".tmp")
    tmp.write_bytes(text.encode("utf-8"))
    tmp.replace(path)
    return path
