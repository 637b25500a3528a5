"""Emit generated/ from the registry: one NumPy module and one mpmath module per model module.

Determinism: kernels in registry order, CSE with ``order='canonical'`` and numbered symbols, sorted
imports, and a content hash of the source expressions in the header instead of a timestamp. The
output is a pure function of the model: byte-identical across runs and PYTHONHASHSEED values.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

import sympy as sp
from sympy.printing.numpy import SciPyPrinter
from sympy.printing.pycode import MpmathPrinter

from . import tabulate
from .registry import Kernel, collect

CODEGEN_VERSION = "1"
#: The CODATA adjustment generated/ is pinned to. Model modules bake CODATA values (m_mu, alpha) into declared
#: domains and branch edges (model/diphoton.py, model/gm2.py): a tree generated with another release would
#: differ in those digits, and `regenerate --check` would call it stale depending on the installed SciPy. So
#: generation refuses another release (SciPy >= 1.15 ships CODATA 2022) and generated/__init__.py records it.
CODATA_PIN = "CODATA 2022"
GENERATED_DIR = Path(__file__).resolve().parent.parent / "generated"


# --------------------------------------------------------------------------- printers
class NumpyKernelPrinter(SciPyPrinter):
    """SciPy/NumPy printer with the project's numerically safe special functions."""

    def __init__(self, settings=None):
        super().__init__(dict(settings or {}, fully_qualified_modules=True, allow_unknown_functions=False))

    def _print_besselke(self, expr):
        nu, x = expr.args
        return "scipy.special.kve(%s, %s)" % (self._print(nu), self._print(x))

    def _print_besselk(self, expr):
        nu, x = expr.args
        return "scipy.special.kv(%s, %s)" % (self._print(nu), self._print(x))

    def _print_Integral(self, expr):  # pragma: no cover - guarded by Kernel.numeric
        raise TypeError("an Integral cannot be printed for NumPy: give the Kernel a closed `numeric` form")

    def _print_Float(self, expr):
        return repr(float(expr))

    def _print_Pi(self, expr):
        # SciPyPrinter prints scipy.constants.pi, which would need another import; numpy.pi is the
        # same double.
        return "numpy.pi"

    def _print_Exp1(self, expr):
        return "numpy.e"

    def _print_EulerGamma(self, expr):
        return "numpy.euler_gamma"


class MpmathKernelPrinter(MpmathPrinter):
    """mpmath printer: exact rationals, high-precision constants, Integrals as ``mpmath.quad``."""

    def __init__(self, settings=None):
        super().__init__(dict(settings or {}, fully_qualified_modules=True))

    def _print_besselke(self, expr):
        nu, x = expr.args
        return "(mpmath.besselk(%s, %s)*mpmath.exp(%s))" % (self._print(nu), self._print(x), self._print(x))

    def _print_besselk(self, expr):
        nu, x = expr.args
        return "mpmath.besselk(%s, %s)" % (self._print(nu), self._print(x))

    def _print_Integral(self, expr):
        if len(expr.limits) != 1 or len(expr.limits[0]) != 3:
            raise TypeError("only single definite integrals are printed for mpmath")
        var, lo, hi = expr.limits[0]
        return "mpmath.quad(lambda %s: %s, [%s, %s])" % (
            self._print(var),
            self._print(expr.function),
            self._print(lo),
            self._print(hi),
        )

    def _print_Infinity(self, expr):
        return "mpmath.inf"

    def _print_log1p(self, expr):
        return "mpmath.log1p(%s)" % self._print(expr.args[0])

    def _print_expm1(self, expr):
        return "mpmath.expm1(%s)" % self._print(expr.args[0])


# --------------------------------------------------------------------------- emission
def _cse(expr: sp.Expr):
    if expr.atoms(sp.Integral):
        if isinstance(expr, sp.MatrixBase):
            raise TypeError("a matrix-valued kernel cannot contain an Integral")
        return [], expr  # keep the integrand intact for mpmath.quad
    if isinstance(expr, sp.MatrixBase):  # CSE over all entries at once, row-major
        replacements, reduced = sp.cse(list(expr), symbols=sp.numbered_symbols("_x"), order="canonical")
        return replacements, reduced
    replacements, (reduced,) = sp.cse([expr], symbols=sp.numbered_symbols("_x"), order="canonical")
    return replacements, reduced


def _matrix_return(k: Kernel, printer, entries: list, twin: str, ind: str) -> str:
    """Return statement of a matrix-valued kernel: entries row-major, shape k.shape."""
    rows, cols = k.shape
    if twin == "numpy":
        dtype = "complex" if k.complex_valued else "float"
        vals = ", ".join(printer.doprint(e) for e in entries)
        return (f"{ind}_e = numpy.broadcast_arrays(*[numpy.asarray(_v, dtype={dtype}) for _v in ({vals},)])\n"
                f"{ind}return numpy.stack(_e, axis=-1).reshape(_e[0].shape + ({rows}, {cols}))\n")
    body = ", ".join("[" + ", ".join(printer.doprint(entries[i * cols + j]) for j in range(cols)) + "]"
                     for i in range(rows))
    return f"{ind}return mpmath.matrix([{body}])\n"


def _docstring(k: Kernel, twin: str) -> str:
    dom = ", ".join(
        f"{n} in [{k.domain[n].lo:g}, {k.domain[n].hi:g}]" for n in k.arg_names
    )
    lines = [
        k.doc.strip().splitlines()[0] if k.doc.strip() else k.name,
        "",
        f"Equation: {k.equation}.  Units: {k.units}.",
        f"Domain (tested against the mpmath twin to rtol={k.rtol:g}): {dom}.",
        f"Twin: {twin}.",
    ]
    if k.shape:
        lines.insert(3, f"Returns a {k.shape[0]}x{k.shape[1]} matrix"
                        + (" (NumPy: shape broadcast(args) + matrix shape)" if twin == "numpy" else " (mpmath.matrix)")
                        + "; twin tolerance relative to the largest |entry|.")
    text = "\n    ".join(lines)
    return '    """' + text.replace('"""', "'''").replace("\\", "\\\\") + '\n    """\n'


def _function(k: Kernel, printer, expr: sp.Expr, twin: str, prologue: str = "") -> str:
    replacements, reduced = _cse(expr)
    out = [f"def {k.name}({', '.join(k.arg_names)}):\n", _docstring(k, twin), prologue]
    ind = "    "
    if twin == "numpy" and expr.has(sp.Piecewise):
        # numpy.select evaluates every branch on every element; the branch not selected may overflow
        # or divide by zero harmlessly. Silence that inside the kernel only (tests check finiteness).
        out.append("    with numpy.errstate(all='ignore'):\n")
        ind = "        "
    for sym, sub in replacements:
        out.append(f"{ind}{sym} = {printer.doprint(sub)}\n")
    if k.shape:
        out.append(_matrix_return(k, printer, reduced, twin if twin == "numpy" else "mpmath", ind))
    else:
        out.append(f"{ind}return {printer.doprint(reduced)}\n")
    return "".join(out)


def _source_hash(kernels: list[Kernel]) -> str:
    h = hashlib.sha256()
    h.update(CODEGEN_VERSION.encode())
    for k in kernels:
        for part in (k.name, ",".join(k.arg_names), sp.srepr(k.expr), sp.srepr(k.numeric_expr)):
            h.update(part.encode())
            h.update(b"\0")
    return h.hexdigest()[:32]


#: module prefix used in printed code -> import statement. ``scipy.special`` is reached through
#: SciPy's lazy submodule loading (``import scipy`` costs ~80 ms, ``import scipy.special`` ~240 ms),
#: so importing a kernel module stays cheap and the first call pays for scipy.special.
_IMPORTS = {
    "mpmath": "import mpmath",
    "numpy": "import numpy",
    "scipy.special": "import scipy  # scipy.special loads lazily on first use",
    # pi prints as scipy.constants.pi: the same `import scipy` line (lazy submodule), so modules
    # that use both keep one import line
    "scipy.constants": "import scipy  # scipy.special loads lazily on first use",
}


def _imports(body: str, candidates: list[str]) -> str:
    used = {_IMPORTS[m] for m in candidates if re.search(r"\b" + re.escape(m) + r"\.", body)}
    return "".join(f"{line}\n" for line in sorted(used))


def _module(model_name: str, kernels: list[Kernel], twin: str) -> str:
    if twin == "numpy":
        printer = NumpyKernelPrinter()
        funcs = [_function(k, printer, k.numeric_expr, "numpy") for k in kernels]
        candidates = ["numpy", "scipy.special", "scipy.constants"]
        what = "vectorised NumPy/SciPy kernels (broadcast over array arguments)"
    else:
        printer = MpmathKernelPrinter()
        funcs = []
        for k in kernels:
            pro = "".join(f"    {a} = mpmath.mpmathify({a})\n" for a in k.arg_names)
            funcs.append(_function(k, printer, k.expr, "mpmath (exact expression)", pro))
        candidates = ["mpmath"]
        what = "mpmath reference twins (evaluate at the caller's mpmath.mp.dps)"
    body = "\n\n".join(funcs)
    if twin == "numpy":  # data + evaluators of tabulated functions (codegen/tabulate.py), if any
        body += tabulate.support_source([k.numeric_expr for k in kernels])
    header = (
        f'"""Generated from mevscalar.model.{model_name}: {what}.\n\n'
        "DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.\n"
        '"""\n'
        f"# source-hash: {_source_hash(kernels)}\n"
        f"# codegen-version: {CODEGEN_VERSION}\n\n"
    )
    names = ", ".join(repr(k.name) for k in kernels)
    all_line = f"__all__ = [{names}]\n"
    domains = "".join(
        f"    {k.name!r}: {{{', '.join(f'{n!r}: ({k.domain[n].lo!r}, {k.domain[n].hi!r})' for n in k.arg_names)}}},\n"
        for k in kernels
    )
    tol = "".join(f"    {k.name!r}: ({k.rtol!r}, {k.atol!r}, {bool(k.complex_valued)!r}),\n" for k in kernels)
    meta = (
        f"\n\n#: Declared domain of each kernel's arguments.\nDOMAINS = {{\n{domains}}}\n"
        f"\n#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.\n"
        f"TOLERANCES = {{\n{tol}}}\n"
        if twin == "numpy"
        else ""
    )
    matrices = [k for k in kernels if k.shape]
    if twin == "numpy" and matrices:
        meta += ("\n#: Matrix-valued kernels: the arguments each entry depends on, row-major (for error messages\n"
                 "#: that name the inputs behind an entry that overflows or underflows).\nENTRY_ARGS = {\n"
                 + "".join(f"    {k.name!r}: {_entry_args(k)!r},\n" for k in matrices) + "}\n")
    imports = _imports(body, candidates)
    return header + imports + ("\n" if imports else "") + all_line + "\n\n" + body + meta


def _entry_args(k: Kernel) -> tuple:
    """For each entry (row-major) the kernel arguments it depends on, in argument order."""
    return tuple(tuple(a.name for a in k.args if a in e.free_symbols) for e in k.expr)


def generate(modules: list[str] | None = None, registry: dict | None = None) -> dict[str, str]:
    """{relative file name: source} for the whole generated/ tree, in memory.

    ``registry`` ({module name: [Kernel]}) overrides discovery (used by the codegen tests).
    """
    if registry is None:
        _require_codata_pin()
    registry = collect(modules) if registry is None else registry
    files = {}
    for model_name, kernels in registry.items():
        files[f"{model_name}_np.py"] = _module(model_name, kernels, "numpy")
        files[f"{model_name}_mp.py"] = _module(model_name, kernels, "mpmath")
    listing = "".join(f"    {m!r},\n" for m in registry)
    files["__init__.py"] = (
        '"""Generated kernels. DO NOT EDIT: run `mev-scalar regenerate`.\n\n'
        "For each model module M there is M_np (NumPy/SciPy, vectorised) and M_mp (mpmath twin).\n"
        "Importing this package imports neither SymPy nor the kernels themselves.\n"
        '"""\n\n'
        f"MODULES = (\n{listing})\n"
        f"\n#: CODATA adjustment of the constants baked into declared domains (codegen.emit.CODATA_PIN).\n"
        f"CODATA_RELEASE = {CODATA_PIN!r}\n"
    )
    return files


def _require_codata_pin() -> None:
    from mevscalar.constants import CODATA_RELEASE

    if CODATA_RELEASE != CODATA_PIN:
        raise RuntimeError(
            f"generated/ is pinned to {CODATA_PIN} (constants baked into declared domains), but the installed SciPy "
            f"ships {CODATA_RELEASE}: install scipy>=1.15 to regenerate or check generated/"
        )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic_write(path: Path, text: str) -> None:
    """Write ``text`` (LF line endings, UTF-8) to ``path`` atomically.

    The file gets the mode ``open()`` would give a new file (0666 minus the umask), plus any further bits an
    existing file had (``mkstemp`` creates its temporary file 0600, which ``os.replace`` would otherwise
    carry over: regenerated files used to end up 0600).
    """
    mode = 0o666 & ~_umask()
    try:
        mode |= path.stat().st_mode & 0o7777
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _read(path: Path) -> str | None:
    """The file's exact text (no newline translation: a CRLF file is stale), or None if unreadable."""
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _is_generated(path: Path) -> bool:
    try:
        return "DO NOT EDIT" in path.read_text(encoding="utf-8")[:400]
    except OSError:
        return False


def write(out: Path | None = None) -> list[str]:
    """Write generated/ atomically, touching only files whose content changes; remove orphans.

    Returns the names of the files written or removed.
    """
    out = Path(out) if out is not None else GENERATED_DIR
    out.mkdir(parents=True, exist_ok=True)
    files = generate()
    changed = []
    for name, text in files.items():
        p = out / name
        if _read(p) != text:
            _atomic_write(p, text)
            changed.append(name)
    for p in sorted(out.glob("*.py")):
        if p.name not in files and _is_generated(p):
            p.unlink()
            changed.append(f"{p.name} (removed)")
    return changed


_DEF = re.compile(r"^def (\w+)\(", re.M)


def _functions(text: str) -> dict[str, str]:
    parts = _DEF.split(text)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def check(out: Path | None = None, files: dict[str, str] | None = None) -> list[str]:
    """Regenerate in memory (or take ``files``, a :func:`generate` result) and compare with disk; return one
    message per stale kernel or file."""
    out = Path(out) if out is not None else GENERATED_DIR
    files = generate() if files is None else files
    problems = []
    for name, text in files.items():
        p = out / name
        if not p.exists():
            problems.append(f"{name}: missing")
            continue
        disk = _read(p)
        if disk == text:
            continue
        if disk is None:
            problems.append(f"{name}: unreadable (not UTF-8)")
            continue
        if disk.replace("\r\n", "\n") == text:
            problems.append(f"{name}: CRLF line endings (generated files use LF)")
            continue
        want, have = _functions(text), _functions(disk)
        stale = sorted(n for n in set(want) | set(have) if want.get(n) != have.get(n))
        if stale:
            problems.extend(f"{name}: kernel {n} is stale" for n in stale)
        else:
            problems.append(f"{name}: stale (header or module-level code differs)")
    for p in sorted(out.glob("*.py")):
        if p.name not in files and _is_generated(p):
            problems.append(f"{p.name}: orphan (no model module generates it)")
    return problems
