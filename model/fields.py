"""A small declarative field / representation layer and an invariance checker (paper Sec. IV, Table I).

UFO-like in spirit (fields are declared once, with their quantum numbers; couplings are SymPy
symbols, never strings) but without global registries: a model is just the list of fields and
terms it builds.

Conventions
-----------
* Fermions are two-component Weyl spinors. ``LEFT`` is an undotted (left-handed) spinor psi_alpha,
  ``RIGHT`` a dotted one (psi^dagger)^{alpha-dot}. The paper's mu_R is a right-handed Weyl field
  (the conjugate of the left-handed antimuon mu^c); it is declared ``RIGHT`` with Y = -1 exactly as
  in Table I, and its conjugate is a ``LEFT`` field with Y = +1.
* Conjugation (``f.conj()``, or ``f.dag``) flips the hypercharge, turns a doublet 2 into an
  anti-doublet 2bar (and back), swaps LEFT <-> RIGHT and keeps the Z2 parity. A real field is its
  own conjugate (it must be a hypercharge-0 SU(2) singlet).
* Mass dimension: scalars 1, Weyl fermions 3/2.
* SU(2)_L contractions are explicit: ``eps`` (epsilon^{ab}, contracts 2.2 or 2bar.2bar; the
  paper's "L . H") or ``delta`` (delta^a_b, contracts 2bar with 2; the paper's "H'^dagger H").
  Component convention: a doublet D = (D^1, D^2), eps^{12} = +1, so
  ``eps(A, B) = A^1 B^2 - A^2 B^1`` and ``delta(A^dagger, B) = conj(A^1) B^1 + conj(A^2) B^2``.

``check_term(term)`` returns a :class:`Verdict` with, for each symmetry (SU(2)_L, U(1)_Y, Z2,
Lorentz), whether the term is invariant and, if not, why; the mass dimension; and a
classification ("invariant", "soft breaking" for a Z2-odd, purely scalar operator of mass
dimension < 4, "forbidden" otherwise). Operators of dimension > 4 are flagged non-renormalisable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

import sympy as sp

from mevscalar.model.symbols import sym

SCALAR = "scalar"
LEFT = "weyl_L"  # undotted two-component spinor
RIGHT = "weyl_R"  # dotted two-component spinor (the conjugate of a LEFT one)
_LORENTZ = (SCALAR, LEFT, RIGHT)

SYMMETRIES = ("SU(2)_L", "U(1)_Y", "Z2", "Lorentz")


@dataclass(frozen=True)
class Field:
    """One field with its quantum numbers.

    name         Python identifier (used to name component symbols).
    latex        LaTeX name as in the paper (e.g. ``H'``).
    lorentz      ``SCALAR``, ``LEFT`` (Weyl, undotted) or ``RIGHT`` (Weyl, dotted).
    su2          1 (singlet) or 2 (doublet).
    hypercharge  U(1)_Y charge, a SymPy Rational (Q = T3 + Y).
    z2           Z2 parity, +1 or -1.
    real         True for a real scalar (its own conjugate).
    components   names of the SU(2) components (doublets: two names; singlets: one, default name).
    conjugated   True for the conjugate field f^dagger (set by ``conj()``, not by hand).
    """

    name: str
    latex: str
    lorentz: str
    su2: int
    hypercharge: sp.Rational
    z2: int
    real: bool = False
    components: tuple = ()
    conjugated: bool = False
    anti: bool = field(default=False, repr=False)  # True for a 2bar (conjugate doublet)

    def __post_init__(self):
        if self.lorentz not in _LORENTZ:
            raise ValueError(f"{self.name}: lorentz must be one of {_LORENTZ}, got {self.lorentz!r}")
        if self.su2 not in (1, 2):
            raise ValueError(f"{self.name}: su2 must be 1 or 2, got {self.su2!r}")
        if self.z2 not in (1, -1):
            raise ValueError(f"{self.name}: z2 must be +1 or -1, got {self.z2!r}")
        object.__setattr__(self, "hypercharge", sp.Rational(self.hypercharge))
        if self.real and (self.lorentz != SCALAR or self.su2 != 1 or self.hypercharge != 0):
            raise ValueError(f"{self.name}: a real field must be a hypercharge-0 SU(2)_L singlet scalar")
        comps = tuple(self.components) or ((self.name,) if self.su2 == 1 else (f"{self.name}1", f"{self.name}2"))
        if len(comps) != self.su2:
            raise ValueError(f"{self.name}: {self.su2} component name(s) expected, got {comps!r}")
        object.__setattr__(self, "components", comps)

    # ---- derived properties
    @property
    def is_fermion(self) -> bool:
        return self.lorentz != SCALAR

    @property
    def mass_dimension(self) -> sp.Rational:
        return sp.Integer(1) if self.lorentz == SCALAR else sp.Rational(3, 2)

    @property
    def rep(self) -> str:
        """SU(2)_L representation as a string: '1', '2' or '2bar'."""
        return "1" if self.su2 == 1 else ("2bar" if self.anti else "2")

    def conj(self) -> "Field":
        """The conjugate field: opposite hypercharge, conjugate SU(2) rep, same Z2, LEFT <-> RIGHT."""
        if self.real:
            return self
        lor = {SCALAR: SCALAR, LEFT: RIGHT, RIGHT: LEFT}[self.lorentz]
        return replace(self, lorentz=lor, hypercharge=-self.hypercharge, conjugated=not self.conjugated,
                       anti=(not self.anti) if self.su2 == 2 else False)

    @property
    def dag(self) -> "Field":
        return self.conj()

    @property
    def tex(self) -> str:
        return self.latex if not self.conjugated else rf"{self.latex}^{{\dagger}}"

    # ---- components as commutative SymPy symbols (enough for bilinears: for anticommuting Weyl
    # spinors chi.psi = psi.chi, so a product of two commuting symbols represents it faithfully).
    def component_symbols(self) -> tuple:
        out = []
        for c in self.components:
            if self.conjugated:
                out.append(sym(f"{c}_dag", rf"{_comp_tex(c)}^{{\dagger}}", commutative=True))
            else:
                out.append(sym(c, _comp_tex(c), commutative=True))
        return tuple(out)

    def __str__(self) -> str:
        return self.name + ("^dag" if self.conjugated else "")


def _comp_tex(name: str) -> str:
    return _COMPONENT_TEX.get(name, name)


# LaTeX names of component fields (filled by model modules through ``component_latex``).
_COMPONENT_TEX: dict = {}


def component_latex(**names: str) -> None:
    """Register LaTeX names of component symbols (e.g. ``component_latex(Hp0="H'^{0}")``)."""
    _COMPONENT_TEX.update(names)


@dataclass(frozen=True)
class Contraction:
    """An SU(2)_L contraction of two factors of a term, by position in ``Term.fields``."""

    kind: str  # "eps" | "delta"
    i: int
    j: int

    def __post_init__(self):
        if self.kind not in ("eps", "delta"):
            raise ValueError(f"SU(2) contraction kind must be 'eps' or 'delta', got {self.kind!r}")


@dataclass(frozen=True)
class Term:
    """One Lagrangian term: coupling * (product of fields), with explicit SU(2)_L contractions.

    ``fields`` is a tuple of :class:`Field` (conjugated ones via ``f.conj()``); ``su2`` a tuple of
    :class:`Contraction` (build them with :func:`eps` / :func:`delta`, which accept positions).
    ``label`` names the term (e.g. the paper's equation), ``latex`` is optional display text.
    """

    coupling: sp.Expr
    fields: tuple
    su2: tuple = ()
    label: str = ""

    def __post_init__(self):
        object.__setattr__(self, "fields", tuple(self.fields))
        object.__setattr__(self, "su2", tuple(self.su2))
        object.__setattr__(self, "coupling", sp.sympify(self.coupling))
        for c in self.su2:
            for k in (c.i, c.j):
                if not 0 <= k < len(self.fields):
                    raise ValueError(f"contraction index {k} out of range for {len(self.fields)} fields")

    @property
    def mass_dimension(self) -> sp.Rational:
        """Operator mass dimension (scalars 1, Weyl fermions 3/2); the coupling has 4 minus this."""
        return sum((f.mass_dimension for f in self.fields), sp.Integer(0))

    def hc(self) -> "Term":
        """The Hermitian conjugate: conjugate coupling and fields; eps stays eps (2 <-> 2bar), delta stays delta."""
        fs = tuple(f.conj() for f in self.fields)
        cs = []
        for c in self.su2:
            if c.kind == "delta":  # (A^dag B)^dag = B^dag A: the anti-doublet is now the other one
                cs.append(Contraction("delta", c.j, c.i))
            else:
                cs.append(c)
        return Term(sp.conjugate(self.coupling), fs, tuple(cs), label=(self.label + " (h.c.)") if self.label else "h.c.")

    def operator(self) -> sp.Expr:
        """The operator in SU(2) components (commuting symbols), without the coupling."""
        done = set()
        expr = sp.Integer(1)
        for c in self.su2:
            a, b = self.fields[c.i], self.fields[c.j]
            ca, cb = a.component_symbols(), b.component_symbols()
            if a.su2 != 2 or b.su2 != 2:
                raise ValueError(f"cannot expand: contraction of non-doublets {a}, {b}")
            if c.kind == "eps":
                expr *= ca[0] * cb[1] - ca[1] * cb[0]
            else:
                expr *= ca[0] * cb[0] + ca[1] * cb[1]
            done |= {c.i, c.j}
        for k, f in enumerate(self.fields):
            if k in done:
                continue
            if f.su2 != 1:
                raise ValueError(f"cannot expand: doublet {f} is not contracted")
            expr *= f.component_symbols()[0]
        return expr

    def expand(self) -> sp.Expr:
        """coupling * operator in components."""
        return self.coupling * self.operator()

    def __str__(self) -> str:
        return f"{self.coupling} * " + " ".join(map(str, self.fields))


@dataclass(frozen=True)
class Parameter:
    """A model parameter, UFO-style: external (an input) or internal (an expression of externals).

    symbol  the SymPy symbol (from model/symbols.py or the model module).
    units   "MeV", "MeV^2" or "1".
    doc     what it is, with the paper's equation.
    expr    None for an external parameter; the defining expression for an internal one.
    """

    symbol: sp.Symbol
    units: str
    doc: str
    expr: sp.Expr | None = None

    @property
    def external(self) -> bool:
        return self.expr is None


def eps(i: int, j: int) -> Contraction:
    """epsilon^{ab} contraction of the factors at positions i, j (2.2 or 2bar.2bar)."""
    return Contraction("eps", i, j)


def delta(i: int, j: int) -> Contraction:
    """delta contraction of an anti-doublet (position i) with a doublet (position j)."""
    return Contraction("delta", i, j)


@dataclass(frozen=True)
class Verdict:
    """Result of :func:`check_term`.

    invariant        {symmetry: bool} for SU(2)_L, U(1)_Y, Z2, Lorentz.
    reasons          {symmetry: str} -- why (a short explanation; for a failure it names the symmetry).
    mass_dimension   operator dimension.
    renormalisable   mass_dimension <= 4.
    classification   "invariant" | "soft breaking" | "forbidden".
    """

    term: Term
    invariant: dict
    reasons: dict
    mass_dimension: sp.Rational
    renormalisable: bool
    classification: str

    @property
    def ok(self) -> bool:
        """All four symmetries exact (soft breaking and forbidden terms are not ok)."""
        return all(self.invariant.values())

    @property
    def violated(self) -> tuple:
        return tuple(s for s in SYMMETRIES if not self.invariant[s])

    def messages(self) -> list:
        return [f"{s}: {self.reasons[s]}" for s in self.violated]

    def __str__(self) -> str:
        head = f"{self.term}: {self.classification} (dimension {self.mass_dimension}"
        head += "" if self.renormalisable else ", non-renormalisable"
        head += ")"
        return "\n  ".join([head] + [f"{s}: {'ok' if self.invariant[s] else 'VIOLATED'} -- {self.reasons[s]}"
                                      for s in SYMMETRIES])


def _check_su2(term: Term) -> tuple[bool, str]:
    fs = term.fields
    used: dict[int, int] = {}
    for c in term.su2:
        a, b = fs[c.i], fs[c.j]
        for k, f in ((c.i, a), (c.j, b)):
            if f.su2 != 2:
                return False, f"{f} is an SU(2)_L singlet and cannot enter a {c.kind} contraction"
            used[k] = used.get(k, 0) + 1
            if used[k] > 1:
                return False, f"{f} (position {k}) is contracted twice"
        if c.kind == "eps" and a.rep != b.rep:
            return False, f"eps contraction needs 2.2 or 2bar.2bar, got {a.rep}.{b.rep} ({a}, {b})"
        if c.kind == "delta" and not (a.rep == "2bar" and b.rep == "2"):
            return False, f"delta contraction needs 2bar with 2, got {a.rep} with {b.rep} ({a}, {b})"
    free = [f for k, f in enumerate(fs) if f.su2 == 2 and k not in used]
    if free:
        n = len(free)
        return False, (f"{n} doublet(s) left uncontracted ({', '.join(map(str, free))}): "
                       f"{'an odd number of doublets cannot' if n % 2 else 'no contraction given to'} form a singlet")
    kinds = ", ".join(f"{c.kind}({fs[c.i]}, {fs[c.j]})" for c in term.su2)
    return True, (f"singlet via {kinds}" if kinds else "all fields are singlets")


def _check_u1(term: Term) -> tuple[bool, str]:
    ys = [f.hypercharge for f in term.fields]
    total = sum(ys, sp.Integer(0))
    terms = " + ".join(f"({y})" for y in ys)
    if total != 0:
        return False, f"hypercharges sum to {total}, not 0 ({terms})"
    return True, f"hypercharges sum to 0 ({terms})"


def _check_z2(term: Term) -> tuple[bool, str]:
    p = 1
    for f in term.fields:
        p *= f.z2
    odd = [str(f) for f in term.fields if f.z2 == -1]
    if p != 1:
        return False, f"Z2 parity is -1 (odd fields: {', '.join(odd)})"
    return True, f"Z2 parity +1 ({len(odd)} odd field(s){': ' + ', '.join(odd) if odd else ''})"


def _check_lorentz(term: Term) -> tuple[bool, str]:
    nl = sum(1 for f in term.fields if f.lorentz == LEFT)
    nr = sum(1 for f in term.fields if f.lorentz == RIGHT)
    if nl % 2 or nr % 2:
        return False, (f"{nl} undotted (left-handed) and {nr} dotted (right-handed) Weyl spinors: "
                       "without derivatives a scalar needs an even number of each")
    if nl == nr == 0:
        return True, "scalars only"
    return True, f"{nl} undotted and {nr} dotted spinors pair into scalars"


def check_term(term: Term) -> Verdict:
    """Check one term against SU(2)_L, U(1)_Y, Z2 and Lorentz invariance (see module docstring)."""
    res = {"SU(2)_L": _check_su2(term), "U(1)_Y": _check_u1(term), "Z2": _check_z2(term),
           "Lorentz": _check_lorentz(term)}
    inv = {k: v[0] for k, v in res.items()}
    why = {k: v[1] for k, v in res.items()}
    dim = term.mass_dimension
    if all(inv.values()):
        cls = "invariant"
    elif (inv["SU(2)_L"] and inv["U(1)_Y"] and inv["Lorentz"] and not inv["Z2"]
          and all(f.lorentz == SCALAR for f in term.fields) and dim < 4):
        cls = "soft breaking"
        why["Z2"] += f"; soft breaking: a scalar operator of dimension {dim} < 4"
    else:
        cls = "forbidden"
    return Verdict(term, inv, why, dim, bool(dim <= 4), cls)


def as_fraction(q) -> Fraction:
    """A hypercharge as a Python Fraction (for comparisons with other tools)."""
    q = sp.Rational(q)
    return Fraction(int(q.p), int(q.q))
