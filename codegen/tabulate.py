"""Tabulated kernels: piecewise polynomials fitted with mpmath at codegen time, emitted as data.

Some model functions have no closed form that is both exact and fast in double precision (e.g. the
entropy function F(y) of the paper's Eq. (12): quadrature per call is slow, its Bessel series converges
slowly at small y). For those, a model module declares a :class:`Table`:

    f(y) = [exp(-y)] * G(y),     G(y) = prefactor(y) * Integral_0^inf integrand(u, y) du,

with the optional factor exp(-y) (``exp_scaled``) carrying the fast variation, and G smooth. At
codegen time G is evaluated with mpmath (a fixed double-exponential rule, ``dps`` digits) at the
Chebyshev points of every segment of a fixed binary layout and converted to monomial coefficients in a
local variable t in [-1, 1]; the NumPy side evaluates them with a gathered Horner scheme, in chunks
that stay in cache.

Segment layout (exact in binary floating point, no search): [0, y0) is split into ``n0`` equal
segments, y0 = 2**k0; above it every binade [2**(e-1), 2**e) is split into ``per_octave`` equal
segments, up to ``y_max`` (a multiple of a segment width). The local variable on a binade segment is
t = 4 P m - (2 j + 1) with (m, e) = frexp(y) and j = floor(2 P m): exact in double precision.

Use in an expression: ``table_function(spec)(y)`` is a SymPy function that prints (NumPy printer) as a
call to the emitted evaluator; :func:`support_source` emits the data and the evaluator into the
generated NumPy module (hook in :mod:`emit`). The mpmath twin never sees it: it prints the kernel's
exact ``expr``. Everything is deterministic (mpmath arithmetic, fixed nodes, ``repr`` of floats).
"""

from __future__ import annotations

import functools
import hashlib
import math
from dataclasses import dataclass

import mpmath
import sympy as sp

TABULATE_VERSION = "3"
#: Guard digits added to ``Table.dps`` for every mpmath evaluation of the fit. The fixed rules (nodes, step)
#: define the table; the working precision only has to make rounding invisible after the conversion to
#: double. At ``dps`` alone (20 digits) the Chebyshev -> monomial conversion (degree 13 amplifies rounding
#: by ~1e5) left the coefficients a few ulp from their double rounding boundary, so any perturbation at the
#: 1e-20 level (mpmath's cached constants and caches depend on what the process computed before) flipped
#: last digits: generated/entropy_np.py differed in 3 of 72 regenerations. With 20 guard digits a flip
#: needs a value within ~1e-35 of a rounding boundary.
GUARD_DPS = 20
#: Coefficients are rounded to multiples of 2^-QUANT_BITS times the segment's largest |G| before conversion
#: to double (see :func:`coefficients`).
QUANT_BITS = 80
#: Elements per chunk in emitted evaluators (16384 doubles = 128 kB per temporary: L2-resident).
CHUNK = 16384


@dataclass(frozen=True)
class Table:
    """Declaration of one tabulated function G(var) (see the module docstring).

    name        identifier; the evaluator is emitted as ``_tab_<name>``.
    var, integration_var
                SymPy symbols y and u.
    prefactor   SymPy expression in var.
    integrand   SymPy expression in (u, var); must be finite for u in (0, inf) (use expm1 where
                1 - exp(-u) would cancel).
    k0, n0      [0, 2**k0) split into n0 equal segments.
    per_octave  segments per binade above 2**k0 (a power of two).
    y_max       end of the table; the evaluator clamps larger arguments just below y_max (with
                ``exp_scaled`` and y_max >= 745 the result is then exactly 0 there).
    degree      polynomial degree on every segment.
    tol         codegen fails if the last Chebyshev coefficient of a segment exceeds tol*|G| there.
    exp_scaled  the evaluator returns exp(-var) * G(var) (exactly 0 where exp underflows, and at inf).
    laguerre    optional (alpha, n, y_from): for var >= y_from evaluate G with the n-point generalized
                Gauss-Laguerre rule for weight u^alpha e^{-u} (5x fewer nodes than the exp-sinh rule;
                codegen checks that both rules agree to 1e-18 at y_from). The integrand must be
                u^alpha e^{-u} times a function analytic near [0, inf).
    dps, de_step
                mpmath working digits and step of the double-exponential rule.
    """

    name: str
    var: sp.Symbol
    integration_var: sp.Symbol
    prefactor: sp.Expr
    integrand: sp.Expr
    k0: int = -1
    n0: int = 2
    per_octave: int = 4
    y_max: float = 768.0
    degree: int = 11
    tol: float = 2e-16
    dps: int = 20
    de_step: str = "1/22"
    exp_scaled: bool = False
    laguerre: tuple = ()
    doc: str = ""

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for part in (
            TABULATE_VERSION,
            self.name,
            sp.srepr(self.prefactor),
            sp.srepr(self.integrand),
            repr((self.k0, self.n0, self.per_octave, self.y_max, self.degree, self.tol, self.dps, self.de_step,
                  self.exp_scaled, self.laguerre)),
        ):
            h.update(part.encode())
            h.update(b"\0")
        return h.hexdigest()[:16]

    # ---------------------------------------------------------------- layout
    def segments(self) -> list[tuple[float, float]]:
        """[(a, b)] in evaluator order."""
        y0 = 2.0**self.k0
        segs = [(y0 * i / self.n0, y0 * (i + 1) / self.n0) for i in range(self.n0)]
        e = self.k0 + 1
        while True:
            lo = 2.0 ** (e - 1)
            if lo >= self.y_max:
                break
            w = lo / self.per_octave
            for j in range(self.per_octave):
                a = lo + j * w
                if a >= self.y_max:
                    break
                segs.append((a, a + w))
            e += 1
        return segs


class Tabulated(sp.Function):
    """Base of the SymPy functions standing for a :class:`Table` (one subclass per table)."""

    nargs = 1
    _table: Table | None = None

    def _pythoncode(self, printer):
        return f"_tab_{self._table.name}({printer._print(self.args[0])})"

    _numpycode = _scipycode = _pythoncode

    def _mpmathcode(self, printer):  # pragma: no cover - guarded by the emitter
        raise TypeError("a tabulated function has no mpmath form: the mpmath twin prints the exact `expr`")

    def _eval_evalf(self, prec):
        (arg,) = self.args
        if not arg.is_number:
            return None
        with mpmath.workprec(prec + 20):
            yv = mpmath.mpf(sp.Float(arg, prec // 3 + 10))
            val = scaled_value(self._table, yv) * (mpmath.exp(-yv) if self._table.exp_scaled else 1)
        return sp.Float(val, prec // 3 + 1)


_CLASSES: dict[str, type] = {}


def table_function(spec: Table) -> type:
    """The SymPy function class for ``spec`` (one class per table name, cached)."""
    cls = _CLASSES.get(spec.name)
    if cls is None or cls._table != spec:
        cls = type(f"tab_{spec.name}", (Tabulated,), {"_table": spec})
        _CLASSES[spec.name] = cls
    return cls


# ---------------------------------------------------------------- mpmath evaluation of G
def _wdps(spec: Table) -> int:
    """Working digits of every mpmath evaluation for ``spec``: its ``dps`` plus :data:`GUARD_DPS`."""
    return spec.dps + GUARD_DPS


@functools.lru_cache(maxsize=None)
def _de_rule(dps: int, step: str):
    """Nodes and weights of the exp-sinh rule u = exp(pi/2 sinh t) on [0, inf), t in [-4.0, 2.0].

    The t range covers u in [2.3e-19, 61]: an integrand bounded by B near 0 loses < 2.3e-19 B of its
    integral below (and 1 - exp(-u) is still nonzero at 20 digits), and one ~ u^3 e^{-u} loses
    < 1e-20 above (integrands must decay at least like e^{-u}).
    With step 1/22 the rule is accurate to ~1e-18 relative for the integrands used here (tests
    compare with mpmath.quad).
    """
    with mpmath.workdps(dps):
        r = sp.Rational(step)
        h = mpmath.mpf(r.p) / r.q
        kmin, kmax = int(mpmath.floor(-4.0 / h)), int(mpmath.ceil(2.0 / h))
        nodes = []
        for k in range(kmin, kmax + 1):
            t = k * h
            u = mpmath.exp(mpmath.pi / 2 * mpmath.sinh(t))
            w = h * u * mpmath.pi / 2 * mpmath.cosh(t)
            nodes.append((u, w))
        return tuple(nodes)


def _hoist(expr: sp.Expr, u: sp.Symbol, y: sp.Symbol):
    """Replace maximal subexpressions depending on u only (resp. y only) by placeholder symbols.

    Returns (reduced expression, [(p_i, u-only expr)], [(q_i, y-only expr)]): the u-only ones are
    evaluated once per quadrature node, the y-only ones once per y.
    """
    u_only, y_only = {}, {}

    def walk(e):
        if e.is_Atom:
            return e
        fs = e.free_symbols
        if u in fs and y not in fs:
            return u_only.setdefault(e, sp.Symbol(f"_hoist_p{len(u_only)}"))
        if y in fs and u not in fs:
            return y_only.setdefault(e, sp.Symbol(f"_hoist_q{len(y_only)}"))
        if not fs:
            return e
        return e.func(*[walk(a) for a in e.args])

    reduced = walk(sp.expand_power_exp(expr))
    return reduced, [(v, k) for k, v in u_only.items()], [(v, k) for k, v in y_only.items()]


@functools.lru_cache(maxsize=None)
def _laguerre_rule(n: int, alpha: str, dps: int):
    """Generalized Gauss-Laguerre rule, weight u^alpha e^{-u} on [0, inf): n (node, weight) pairs.

    Golub-Welsch: eigenvalues of the Jacobi matrix (diagonal 2k + 1 + alpha, off-diagonal
    sqrt(k (k + alpha))) with mpmath.eigsy, weights Gamma(alpha + 1) q_0^2.
    """
    with mpmath.workdps(dps + 10):
        r = sp.Rational(alpha)
        al = mpmath.mpf(r.p) / r.q
        J = mpmath.zeros(n, n)
        for k in range(n):
            J[k, k] = 2 * k + 1 + al
            if k + 1 < n:
                J[k, k + 1] = J[k + 1, k] = mpmath.sqrt((k + 1) * (k + 1 + al))
        E, Q = mpmath.eigsy(J)
        mu0 = mpmath.gamma(al + 1)
        pairs = sorted((E[i], mu0 * Q[0, i] ** 2) for i in range(n))
    with mpmath.workdps(dps):
        return tuple((+u, +w) for u, w in pairs)


def _prepare(integrand, u, y, rule, dps):
    reduced, ps, qs = _hoist(integrand, u, y)
    f = sp.lambdify([u, y] + [q for q, _ in qs] + [p for p, _ in ps], reduced, modules="mpmath")
    fp = [sp.lambdify((u,), e, modules="mpmath") for _, e in ps]
    fq = [sp.lambdify((y,), e, modules="mpmath") for _, e in qs]
    with mpmath.workdps(dps):
        nodes = tuple((n, w, tuple(g(n) for g in fp)) for n, w in rule)
    return nodes, f, fq


@functools.lru_cache(maxsize=None)
def _split_rule(spec: Table, method: str = "de"):
    """Precompute what does not depend on ``var`` at the quadrature nodes.

    method "de": the exp-sinh rule on the integrand; "laguerre": the Gauss-Laguerre rule on
    integrand / (u^alpha e^{-u}). Returns (nodes as (u_k, w_k, u-only values), a function
    (u, y, y-only values, u-only values) -> integrand, functions y -> y-only values, the prefactor).
    """
    u, y = spec.integration_var, spec.var
    pre = sp.lambdify((y,), spec.prefactor, modules="mpmath")
    if method == "de":
        nodes, f, fq = _prepare(spec.integrand, u, y, _de_rule(_wdps(spec), spec.de_step), _wdps(spec))
    else:
        alpha, n, _ = spec.laguerre
        h = spec.integrand * u ** (-sp.Rational(alpha)) * sp.exp(u)
        if h.has(sp.exp(-u)) or any(isinstance(a, sp.Pow) and a.base == u and not a.exp.is_integer
                                    for a in sp.preorder_traversal(h)):
            raise ValueError(f"table {spec.name}: integrand is not u^{alpha} e^(-u) times a smooth function")
        nodes, f, fq = _prepare(h, u, y, _laguerre_rule(n, alpha, _wdps(spec)), _wdps(spec))
    return nodes, f, fq, pre


def scaled_value(spec: Table, y, method: str | None = None) -> mpmath.mpf:
    """G(y) = prefactor(y) * Integral_0^inf integrand(u, y) du by a fixed rule.

    The exp-sinh rule everywhere, or the Gauss-Laguerre rule for y >= spec.laguerre[2] when declared
    (``method`` forces one: "de" or "laguerre").
    """
    if method is None:
        method = "laguerre" if spec.laguerre and float(y) >= spec.laguerre[2] else "de"
    nodes, f, fq, pre = _split_rule(spec, method)
    with mpmath.workdps(_wdps(spec)):
        y = mpmath.mpf(y)
        qv = tuple(g(y) for g in fq)
        total = mpmath.fsum(w * f(n, y, *qv, *pv) for n, w, pv in nodes)
        return pre(y) * total


@functools.lru_cache(maxsize=None)
def coefficients(spec: Table):
    """(monomial coefficients [degree+1][nseg] as floats, max tail ratio |c_deg / G| over segments)."""
    n = spec.degree + 1
    segs = spec.segments()
    cols, worst = [], 0.0
    if spec.laguerre:  # the two rules must agree where the switch happens (hardest point for Laguerre)
        y_from = spec.laguerre[2]
        with mpmath.workdps(_wdps(spec)):
            d = scaled_value(spec, y_from, "laguerre") / scaled_value(spec, y_from, "de") - 1
        if abs(d) > 1e-18:
            raise ValueError(f"table {spec.name}: Gauss-Laguerre and exp-sinh differ by {float(d):.1e} at "
                             f"y = {y_from}; use more Laguerre nodes or a larger switch point")
    with mpmath.workdps(_wdps(spec)):
        theta = [mpmath.pi * (k + mpmath.mpf(1) / 2) / n for k in range(n)]
        xs = [mpmath.cos(th) for th in theta]
        for a, b in segs:
            a_, b_ = mpmath.mpf(a), mpmath.mpf(b)
            vals = [scaled_value(spec, (a_ + b_) / 2 + (b_ - a_) / 2 * x) for x in xs]
            cheb = [
                (1 if j == 0 else 2) * mpmath.fsum(vals[k] * mpmath.cos(j * theta[k]) for k in range(n)) / n
                for j in range(n)
            ]
            scale = min(abs(v) for v in vals)
            worst = max(worst, float(abs(cheb[-1]) / scale))
            # Quantise to a fixed absolute grid, 2^-QUANT_BITS of the segment's largest |G|: high powers are
            # ~1e-20 of it, so their own relative accuracy (~1e-15 at 40 digits after the 1e5 amplification of
            # the monomial conversion) would still flip their last digits; on the grid they are fixed (the
            # grid step, ~1e-24 relative to G, is far below double precision of the evaluated function).
            quantum = mpmath.ldexp(1, int(mpmath.floor(mpmath.log(max(abs(v) for v in vals), 2))) - QUANT_BITS)
            cols.append([float(mpmath.nint(c / quantum) * quantum) for c in _cheb_to_monomial(cheb)])
    if worst > spec.tol:
        raise ValueError(
            f"table {spec.name}: last Chebyshev coefficient {worst:.2e} > tol {spec.tol:g}; raise the degree"
        )
    rows = [[cols[s][k] for s in range(len(segs))] for k in range(n)]
    return rows, worst


def _cheb_to_monomial(cheb):
    """Sum_j c_j T_j(t) -> monomial coefficients in t (exact mpmath arithmetic)."""
    n = len(cheb)
    out = [mpmath.mpf(0)] * n
    t_prev, t_cur = [mpmath.mpf(1)], [mpmath.mpf(0), mpmath.mpf(1)]  # T_0, T_1
    for j, c in enumerate(cheb):
        poly = t_prev if j == 0 else t_cur
        if j >= 2:
            nxt = [mpmath.mpf(0)] * (j + 1)
            for i, v in enumerate(t_cur):
                nxt[i + 1] += 2 * v
            for i, v in enumerate(t_prev):
                nxt[i] -= v
            t_prev, t_cur = t_cur, nxt
            poly = t_cur
        for i, v in enumerate(poly):
            out[i] += c * v
    return out


# ---------------------------------------------------------------- emission
def tables_in(exprs) -> list[Table]:
    """The tables used by some expressions, unique by name, sorted by name."""
    found = {}
    for e in exprs:
        for f in e.atoms(sp.Function):
            if isinstance(f, Tabulated):
                found[f._table.name] = f._table
    return [found[k] for k in sorted(found)]


def _evaluator_source(spec: Table) -> str:
    rows, worst = coefficients(spec)
    nseg, deg = len(spec.segments()), spec.degree
    y0 = 2.0**spec.k0
    P = spec.per_octave
    data = "".join("    [" + ", ".join(repr(c) for c in row) + "],\n" for row in rows)
    name = spec.name
    const = f"_TAB_{name.upper()}"
    offset = spec.n0 - P - P * (spec.k0 + 1)
    what = "exp(-y) G(y)" if spec.exp_scaled else "G(y)"
    doc = (spec.doc.strip().splitlines() or [name])[0]
    return (
        f"#: Table {name}: {doc}\n"
        f"#: Monomial coefficients [power][segment] in the local variable t in [-1, 1], fitted with mpmath\n"
        f"#: ({spec.dps} + {GUARD_DPS} digits) at {deg + 1} Chebyshev points per segment; {nseg} segments on [0, {spec.y_max!r}].\n"
        f"#: Largest last Chebyshev coefficient relative to the function: {worst:.1e}. Fingerprint {spec.fingerprint()}.\n"
        f"{const} = numpy.array([\n{data}])\n\n\n"
        f"def _tab_{name}(y):\n"
        f'    """{what} for y in [0, inf]: piecewise polynomial on [0, {spec.y_max!r}], clamped above."""\n'
        f"    a = numpy.asarray(y, dtype=float)\n"
        f"    flat = a.reshape(-1)\n"
        f"    out = numpy.empty(flat.shape)\n"
        f"    for i in range(0, flat.size, {CHUNK}):  # chunks stay in cache: ~1.5x faster than whole arrays\n"
        f"        x = flat[i:i + {CHUNK}]\n"
        f"        yb = numpy.minimum(x, {math.nextafter(spec.y_max, 0.0)!r})\n"
        f"        m, e = numpy.frexp(yb)\n"
        f"        t = m * {2.0 * P!r}\n"
        f"        j = numpy.floor(t)\n"
        f"        t -= j\n"
        f"        t *= 2.0\n"
        f"        t -= 1.0  # = {4.0 * P!r} m - (2 j + 1), exact\n"
        f"        e *= {P}\n"
        f"        seg = j.astype(numpy.intp)\n"
        f"        seg += e\n"
        + (f"        seg += {offset}\n" if offset else "")
        + f"        low = yb < {y0!r}\n"
        f"        if low.any():  # uniform segments on [0, {y0!r})\n"
        f"            yl = yb[low]\n"
        f"            s = numpy.minimum((yl * {spec.n0 / y0!r}).astype(numpy.intp), {spec.n0 - 1})\n"
        f"            t[low] = yl * {2.0 * spec.n0 / y0!r} - (2 * s + 1)\n"
        f"            seg[low] = s\n"
        f"        c = numpy.empty_like(t)\n"
        f"        p = {const}[{deg}].take(seg, mode='clip')\n"
        f"        for k in range({deg - 1}, -1, -1):\n"
        f"            p *= t\n"
        f"            p += {const}[k].take(seg, mode='clip', out=c)\n"
        + (
            "        numpy.negative(x, out=c)\n"
            "        numpy.exp(c, out=c)\n"
            "        p *= c  # exp(-y) with the unclamped y: exactly 0 above ~745 and at inf\n"
            if spec.exp_scaled
            else ""
        )
        + f"        out[i:i + {CHUNK}] = p\n"
        f"    return out.reshape(a.shape) if a.ndim else out[0]\n"
    )


def support_source(exprs) -> str:
    """Module-level source (data + evaluators) for every table used in ``exprs``; '' if none."""
    return "".join("\n\n" + _evaluator_source(t) for t in tables_in(exprs))
