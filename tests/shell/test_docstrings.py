"""Public API documentation (issue 10): numpydoc docstrings and type hints on every public function and class.

What is walked: every module under :mod:`mevscalar.numeric` and the shell (``mevscalar.*``), except the
layers and front ends that are not library API (``mevscalar.cli``, ``mevscalar.steps``, ``mevscalar.model``,
``mevscalar.codegen``, ``mevscalar.generated``), private modules (``_name``) and ``mevscalar.__main__``
(importing it runs the CLI). In each module the public objects are the functions and classes named in
``__all__`` (if the module has one) or, without ``__all__``, every name not starting with ``_``; in both
cases only objects *defined* in that module (a re-export is checked where it is defined). Of a public class,
its public methods, class/static methods and properties defined in its own body are public too.

(a) numpydoc structure. ``numpydoc.validate`` reports many codes; the test asserts the structural ones
(``CODES``), the ones that make a docstring machine-readable and complete:

- GL08 no docstring; GL06 unknown section (a misspelt heading silently drops its content); GL07 sections
  out of order; GL09/GL10 deprecation note placement and reST directives (rendering breaks otherwise);
- SS01-SS03 a one-sentence summary that starts with a capital and ends with a period;
- PR01/PR02 every parameter documented and no unknown (stale, renamed) one; PR03 in the signature's order;
  PR04 each with a type (the numpydoc "name : type" line, where the unit and the range go as well);
  PR10 "name : type" spelt with the space (without it the type is silently read as part of the name);
  PR07 each parameter described;
- RT01 a Returns section for a function that returns something (numpydoc decides by the AST: a bare
  ``return`` or ``return None`` is not "something"), RT03 with a description; YD01 Yields for a generator.

Not asserted, on purpose: ES01 (extended summary), SA01 (See Also) and EX01 (Examples): content, not
structure, and a one-line helper needs none of them; SS05 (infinitive verb): the evaluators' summaries name
the quantity they return ("F(y) of Eq. 12 ...", the project's style); SS06 (summary on one line) and
GL01-GL03 (blank lines around the text): layout only; PR05/PR06/PR08/PR09 and RT04/RT05 (capital letter,
final period, "integer" vs "int" in descriptions): a description often starts with a symbol or a unit
("m_phi", "[MeV]") that must keep its case; RT02 (first Returns line only a type): named returns ("T_D :
float") are valid numpydoc.

One check is ours, not numpydoc's: RS01, a function whose own body raises
:class:`~mevscalar.validate.ParameterError` names it in a Raises section (the documented contract of bad
input).

(b) type hints: every parameter (``self``/``cls`` excepted, ``*args``/``**kwargs`` included) and the return
carry an annotation (``-> None`` too); of a class, its own ``__init__`` (a dataclass's generated one
included); of a property, its getter's return.

Every walked module passes (the allowlist of modules not yet converted, issue 10, is gone: it emptied).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import warnings

import numpydoc.validate as npv
import pytest

import mevscalar
import mevscalar.numeric

CODES = frozenset({
    "GL06", "GL07", "GL08", "GL09", "GL10",
    "SS01", "SS02", "SS03",
    "PR01", "PR02", "PR03", "PR04", "PR07", "PR10",
    "RT01", "RT03", "YD01",
})

EXCLUDED = ("mevscalar.cli", "mevscalar.steps", "mevscalar.model", "mevscalar.codegen", "mevscalar.generated",
            "mevscalar.__main__")



# --------------------------------------------------------------------------------------------- the walk
def _excluded(name: str) -> bool:
    if any(name == e or name.startswith(e + ".") for e in EXCLUDED):
        return True
    return any(part.startswith("_") for part in name.split(".")[1:])


def module_names() -> list[str]:
    """Every walked module: the shell package and its modules, and everything under mevscalar.numeric."""
    names = {"mevscalar", "mevscalar.numeric"}
    for pkg in (mevscalar, mevscalar.numeric):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if not _excluded(info.name):
                names.add(info.name)
    return sorted(n for n in names if not _excluded(n))


def _unwrap(obj):
    return inspect.unwrap(obj) if callable(obj) and not inspect.isclass(obj) else obj


def public_objects(modname: str) -> list[tuple[str, object]]:
    """(qualified name, object) of every public function, class and public class member defined in the module."""
    mod = importlib.import_module(modname)
    names = getattr(mod, "__all__", None)
    if names is None:
        names = [n for n in vars(mod) if not n.startswith("_")]
    out = []
    for n in names:
        obj = getattr(mod, n)
        target = _unwrap(obj)
        if not (inspect.isclass(target) or inspect.isfunction(target)):
            continue
        if getattr(target, "__module__", None) != modname:
            continue
        out.append((f"{modname}.{n}", target))
        if inspect.isclass(target):
            for m, member in vars(target).items():
                if m.startswith("_"):
                    continue
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                if isinstance(member, property) or inspect.isfunction(_unwrap(member)):
                    out.append((f"{modname}.{n}.{m}", member if isinstance(member, property) else _unwrap(member)))
    return out


# --------------------------------------------------------------------------------------------- the checks
def _numpydoc_errors(obj) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # docscrape warns on unknown sections; GL06 reports them
        result = npv.validate(npv.get_doc_object(obj))
    errs = [f"{code} {msg}" for code, msg in result["errors"] if code in CODES]
    if inspect.isfunction(obj) and _raises_parameter_error(obj):
        raises = npv.get_doc_object(obj)["Raises"]
        if not any("ParameterError" in (p.name + " " + p.type) for p in raises):
            errs.append("RS01 raises ParameterError but has no Raises section naming it")
    return errs


def _raises_parameter_error(func) -> bool:
    try:
        src = inspect.getsource(func)
    except (OSError, TypeError):
        return False
    body = re.sub(r'(?s)("""|\'\'\').*?\1', "", src)  # the docstring may name it without raising it
    return re.search(r"\braise\s+ParameterError\b", body) is not None


def _annotation_errors(obj) -> list[str]:
    if isinstance(obj, property):
        fget = obj.fget
        ok = fget is None or inspect.signature(fget).return_annotation is not inspect.Signature.empty
        return [] if ok else ["TH02 the property's getter has no return annotation"]
    if inspect.isclass(obj):
        init = vars(obj).get("__init__")
        if init is None or not inspect.isfunction(init):
            return []  # inherited constructor (e.g. an exception's): nothing of this class to annotate
        func, first_is_self = init, True
    else:
        func = obj
        first_is_self = "." in obj.__qualname__ and not isinstance(
            inspect.getattr_static(_owner(obj), obj.__name__, None), staticmethod)
    sig = inspect.signature(func)
    params = list(sig.parameters.values())
    if first_is_self and params and params[0].name in ("self", "cls"):
        params = params[1:]
    errs = [f"TH01 parameter {p.name!r} has no type annotation" for p in params if p.annotation is p.empty]
    if sig.return_annotation is inspect.Signature.empty:
        errs.append("TH02 no return annotation" + (" (-> None on __init__)" if func is not obj else ""))
    return errs


def _owner(func):
    mod = inspect.getmodule(func)
    obj = mod
    for part in func.__qualname__.split(".")[:-1]:
        obj = getattr(obj, part, None)
    return obj


def problems(modname: str) -> list[str]:
    """Every failing check of a module's public API, one line each: 'name: CODE message'."""
    out = []
    for name, obj in public_objects(modname):
        out += [f"{name}: {e}" for e in _numpydoc_errors(obj) + _annotation_errors(obj)]
    return out


MODULES = module_names()


def test_the_walk_finds_the_layers():
    assert "mevscalar.validate" in MODULES and "mevscalar.numeric.cosmology.runner" in MODULES
    assert "mevscalar.numeric.cosmology.boltzmann" in MODULES and "mevscalar.paper" in MODULES
    assert not [m for m in MODULES if m.startswith(("mevscalar.cli", "mevscalar.steps", "mevscalar.model"))]


@pytest.mark.parametrize("modname", MODULES)
def test_public_api_has_numpydoc_docstrings_and_type_hints(modname):
    found = problems(modname)
    assert not found, f"{modname}: {len(found)} problem(s):\n" + "\n".join(found)


def test_the_checks_catch_what_they_promise():
    """The checker itself, on small functions with a known defect each (a test that cannot fail is no test)."""
    from mevscalar.validate import ParameterError

    def good(x: float, *, unit: str = "MeV") -> float:
        """Return x.

        Parameters
        ----------
        x : float
            A mass [MeV], (0, inf).
        unit : str
            Its unit.

        Returns
        -------
        float
            The same mass.

        Raises
        ------
        ParameterError
            If x <= 0.
        """
        if x <= 0:
            raise ParameterError("x must be > 0")
        return x

    def undocumented(x, y: float) -> float:
        """Return x + y.

        Parameters
        ----------
        y : float
            A number.
        z : int
            Gone.
        """
        if x < 0:
            raise ParameterError("x must be >= 0")
        return x + y

    assert _numpydoc_errors(good) == [] and _annotation_errors(good) == []
    codes = {e.split()[0] for e in _numpydoc_errors(undocumented) + _annotation_errors(undocumented)}
    assert codes == {"PR01", "PR02", "RT01", "RS01", "TH01"}
