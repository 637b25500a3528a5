"""The registry: a kernel is a named exact expression with ordered arguments and a declared domain.

A model module contributes kernels by defining ``kernels() -> list[Kernel]``. Discovery is by module
name, sorted, so the generated tree does not depend on import order or hash seeds.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

import sympy as sp


@dataclass(frozen=True)
class Range:
    """Declared domain of one argument: [lo, hi], sampled on a log or linear scale in tests."""

    lo: float
    hi: float
    scale: str = "log"  # "log" | "lin"

    def __post_init__(self):
        if self.scale not in ("log", "lin"):
            raise ValueError(f"scale must be 'log' or 'lin', got {self.scale!r}")
        if not self.lo <= self.hi:
            raise ValueError(f"empty range [{self.lo}, {self.hi}]")
        if self.scale == "log" and self.lo <= 0:
            raise ValueError("a log-scale range needs lo > 0")


@dataclass(frozen=True)
class Kernel:
    """One registry entry.

    name      Python identifier of the emitted function (same in both twins).
    args      ordered SymPy symbols: the function's parameters.
    expr      the exact expression (printed for the mpmath twin; may contain an Integral).
    numeric   an equal expression that is safe in double precision (printed for the NumPy twin);
              defaults to ``expr``. Equality with ``expr`` is asserted by the twin tests.
    domain    {arg name: Range} over which the NumPy twin must match the mpmath twin to ``rtol``.
    rtol      relative tolerance of that comparison; ``rtol_why`` justifies it.
    units     units of the result (MeV powers; dimensionless otherwise).
    equation  the paper's equation this implements, or "derived" with a pointer.

    ``expr`` (and ``numeric``) may be a SymPy Matrix: the kernel is then matrix-valued. The NumPy twin
    returns an array of shape ``broadcast(args).shape + kernel.shape``, the mpmath twin an
    ``mpmath.matrix``; the twin test compares entries to ``rtol`` times the largest |entry| (plus atol).
    """

    name: str
    args: tuple
    expr: sp.Expr
    domain: dict
    units: str
    equation: str
    doc: str
    numeric: sp.Expr | None = None
    rtol: float = 1e-12
    rtol_why: str = "double precision with a well-conditioned closed form: a few ulp times the CSE depth"
    complex_valued: bool = False
    atol: float = 0.0
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        if isinstance(self.expr, sp.MatrixBase):
            object.__setattr__(self, "expr", sp.ImmutableMatrix(self.expr))
        if isinstance(self.numeric, sp.MatrixBase):
            object.__setattr__(self, "numeric", sp.ImmutableMatrix(self.numeric))
        if (self.numeric is not None
                and getattr(self.numeric, "shape", ()) != getattr(self.expr, "shape", ())):
            raise ValueError(f"kernel {self.name}: expr and numeric differ in shape")
        if not self.name.isidentifier():
            raise ValueError(f"kernel name {self.name!r} is not a Python identifier")
        names = [a.name for a in self.args]
        missing = set(names) - set(self.domain)
        if missing:
            raise ValueError(f"kernel {self.name}: no domain declared for {sorted(missing)}")
        free = (self.numeric_expr.free_symbols | self.expr.free_symbols) - set(self.args)
        free = {s for s in free if not _is_bound(self.expr, s)}
        if free:
            raise ValueError(f"kernel {self.name}: free symbols {sorted(map(str, free))} not in args")

    @property
    def numeric_expr(self) -> sp.Expr:
        return self.expr if self.numeric is None else self.numeric

    @property
    def shape(self) -> tuple:
        """() for a scalar kernel, (rows, cols) for a matrix-valued one."""
        return tuple(self.expr.shape) if isinstance(self.expr, sp.MatrixBase) else ()

    @property
    def arg_names(self) -> tuple:
        return tuple(a.name for a in self.args)


def _is_bound(expr, sym) -> bool:
    return any(sym in integ.variables for integ in expr.atoms(sp.Integral))


def model_modules() -> list[str]:
    """Names of the model modules that define ``kernels()``, sorted."""
    import mevscalar.model as model_pkg

    out = []
    for info in sorted(pkgutil.iter_modules(model_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"mevscalar.model.{info.name}")
        if hasattr(mod, "kernels"):
            out.append(info.name)
    return out


def collect(modules: list[str] | None = None) -> dict[str, list[Kernel]]:
    """{model module name: its kernels}, in a deterministic order."""
    result = {}
    for name in modules if modules is not None else model_modules():
        mod = importlib.import_module(f"mevscalar.model.{name}")
        ks = list(mod.kernels())
        seen = set()
        for k in ks:
            if k.name in seen:
                raise ValueError(f"duplicate kernel name {k.name!r} in mevscalar.model.{name}")
            seen.add(k.name)
        result[name] = ks
    return result
