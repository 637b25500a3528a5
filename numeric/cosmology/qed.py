"""Finite-temperature QED corrections to the e+- gamma plasma pressure and energy density, O(e^2) and O(e^3).

The integrands, their y-derivatives (y = m_e/T) and the combination into P, rho = -P + T dP/dT and
d rho/dT = T d^2P/dT^2 are derived in :mod:`mevscalar.model.qed` and generated as kernels
(``generated/qed_np.py``); this module only applies fixed quadrature rules to them and tabulates the result:

* J, D (single integrals over x = p/T): composite Gauss-Legendre (16 nodes per panel) on panels
  [0, a], [a, 2a], [2a, 4a], ... (a = min(y, 1/2), doubling up to width max(2, sqrt(y)/2)), then that width
  up to E - m = 45 T (e^-45 = 3e-20);
* K (the double integral with ln|(p+k)/(p-k)|, written over x and t = k/p in (0, 1)): the same panels in x
  (10 nodes per panel) and a tanh-sinh rule in t (its endpoint clustering takes the log singularity at t = 1 and
  the near-singularity of E_{xt} at t ~ y/x); K is computed for y <= 30 only: above, its term is
  ~e^-y < 1e-13 of the leading (J) one and is dropped;
* the six scaled outputs (e^y P^(2)/T^4, e^y rho^(2)/T^4, e^y (d rho^(2)/dT)/T^3 and the same with e^{3y/2}
  at O(e^3)) are tabulated as piecewise Chebyshev polynomials in ln y (the functions are analytic in Re y > 0,
  i.e. in the strip |Im ln y| < pi/2); a call is a table lookup. The table is built once by these rules and
  shipped as ``generated/qed_table.json`` (``python -m mevscalar.numeric.cosmology.qed build-table``; ~2-3 s), with a
  fingerprint of everything it depends on (layout, rules, the source of the generated qed kernels and of
  the functions here that build it): loading it costs ~1 ms, so no process (solver, pool worker) pays the
  build. A stale or missing file is rebuilt in memory with a warning; tests/numeric/cosmology/test_qed.py fails when stale.

Units: MeV. Input T in [1e-3, 100] MeV.
"""

from __future__ import annotations

import json
import math
import operator
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mevscalar import generated as _generated
from mevscalar.constants import ALPHA, M_E
from mevscalar.validate import ParameterError, in_range

if TYPE_CHECKING:  # type hints only (no runtime import)
    from numpy.typing import ArrayLike

T_MIN, T_MAX = 1e-3, 100.0
ORDERS = (0, 2, 3)
#: elementary charge in natural (Heaviside-Lorentz) units, e^2 = 4 pi alpha
E_CHARGE = math.sqrt(4.0 * math.pi * ALPHA)

# ---------------------------------------------------------------- quadrature rules (fixed)
U_MAX = 45.0  # integrate up to E - m = 45 T
Y_K_MAX = 30.0  # above this the K term is < e^-30 of the J term (dropped)


def _panels(y: float, width: float) -> np.ndarray:
    """Panel edges in x for given y: geometric from a = min(y, 1/2) until the width reaches ``width``, then uniform."""
    x_max = math.sqrt(U_MAX * (U_MAX + 2.0 * y))
    a = min(y, 0.5)
    edges = [0.0, a]
    while edges[-1] - edges[-2] < width and edges[-1] < x_max:
        edges.append(min(2.0 * edges[-1], edges[-1] + width))
    while edges[-1] < x_max:
        edges.append(edges[-1] + width)
    return np.asarray(edges)


def _gl_nodes(edges: np.ndarray, n: int):
    t, w = np.polynomial.legendre.leggauss(n)
    a, b = edges[:-1, None], edges[1:, None]
    x = (0.5 * (b - a) * t + 0.5 * (b + a)).ravel()
    wx = (0.5 * (b - a) * w).ravel()
    return x, wx


def _tanh_sinh(h: float = 1.0 / 8.0, tau_max: float = 3.2):
    """Tanh-sinh nodes on (0, 1): t = (1 + tanh(pi/2 sinh tau))/2; 1 - t >= 2e-17 at tau_max."""
    k = np.arange(-int(round(tau_max / h)), int(round(tau_max / h)) + 1)
    tau = k * h
    s = 0.5 * math.pi * np.sinh(tau)
    t = 1.0 / (1.0 + np.exp(-2.0 * s))
    w = h * 0.5 * math.pi * np.cosh(tau) / (2.0 * np.cosh(s) ** 2)
    keep = (t > 0.0) & (t < 1.0)
    return t[keep], w[keep]


def _integrals(y: float) -> dict:
    """Scaled J, D (e^y times) and K (e^{2y} times) with their first two y-derivatives, by the fixed rules."""
    from mevscalar.generated import qed_np as g

    x, w = _gl_nodes(_panels(y, max(2.0, 0.5 * math.sqrt(y))), 16)  # the integrand varies on the scale sqrt(y)
    out = {}
    for name in ("j0", "j1", "j2", "d0", "d1", "d2"):
        out[name] = float(np.dot(w, getattr(g, f"qed_{name}")(x, y)))
    if y <= Y_K_MAX:
        xk, wk = _gl_nodes(_panels(y, 4.0), 10)
        t, wt = _tanh_sinh()
        X, Tt = np.meshgrid(xk, t, indexing="ij")
        W = np.outer(wk, wt)
        for name in ("k0", "k1", "k2"):
            out[name] = float(np.sum(W * getattr(g, f"qed_{name}")(X, Tt, y)))
    else:
        out.update(k0=0.0, k1=0.0, k2=0.0)
    return out


def scaled_outputs(y: float, e: float = E_CHARGE) -> np.ndarray:
    """The six scaled outputs at one y by direct quadrature (no table): order-2 (p, rho, drho) scaled by e^y,
    order-3 scaled by e^{3y/2}; with y > 30 the K term of O(e^2) is dropped (relative size < e^-30).

    Parameters
    ----------
    y : float
        y = m_e/T, dimensionless, > 0; not validated (the table covers T in [1e-3, 100] MeV, i.e. y in about
        [5.1e-3, 511]).
    e : float
        Elementary charge in Heaviside-Lorentz units (e^2 = 4 pi alpha); default :data:`E_CHARGE`.

    Returns
    -------
    numpy.ndarray
        Shape (6,): e^y P^(2)/T^4, e^y rho^(2)/T^4, e^y (d rho^(2)/dT)/T^3, then the same at O(e^3) times
        e^{3y/2} instead of e^y; dimensionless. The fixed rules agree with mpmath (J, D: <= 4.4e-16) and
        QUADPACK (K: <= 7e-13) references (docs/qed.md).
    """
    from mevscalar.generated import qed_np as g

    I = _integrals(y)
    a2 = (I["j0"], I["j1"], I["j2"], I["k0"], I["k1"], I["k2"], y, e)
    a3 = (I["d0"], I["d1"], I["d2"], y, e)
    return np.array([
        g.qed_p2_scaled(*a2), g.qed_rho2_scaled(*a2), g.qed_drho2_scaled(*a2),
        g.qed_p3_scaled(*a3), g.qed_rho3_scaled(*a3), g.qed_drho3_scaled(*a3),
    ], dtype=float)




# ---------------------------------------------------------------- Chebyshev table in s = ln y
S_LO = math.log(M_E / T_MAX) - 0.01
S_HI = math.log(M_E / T_MIN) + 0.01
N_SEG = 16
DEG = 15
_TABLE: np.ndarray | None = None  # shape (N_SEG, 6, DEG + 1): Chebyshev coefficients
TABLE_VERSION = "1"
TABLE_PATH = Path(_generated.__file__).resolve().parent / "qed_table.json"  # emitted beside the kernels


def _build_table(segments=None) -> np.ndarray:
    """Chebyshev coefficients of every segment (or of the listed ones only; the others stay zero)."""
    n = DEG + 1
    width = (S_HI - S_LO) / N_SEG
    theta = np.pi * (np.arange(n) + 0.5) / n
    nodes = np.cos(theta)
    coef = np.empty((N_SEG, 6, n))
    Tm = np.cos(np.outer(np.arange(n), theta))  # T_j(node_k)
    coef[:] = 0.0
    for i in range(N_SEG) if segments is None else segments:
        mid = S_LO + (i + 0.5) * width
        vals = np.array([scaled_outputs(math.exp(mid + 0.5 * width * c)) for c in nodes])  # (n, 6)
        c = (2.0 / n) * vals.T @ Tm.T  # (6, n)
        c[:, 0] *= 0.5
        coef[i] = c
    return coef


def _code_of(f) -> str:
    """The source of a function without its docstrings, comments and blank lines: what the table depends on.

    Source lines, not ``ast.dump`` (whose output differs between Python versions: 3.12 added ``type_params``) or
    tokens (3.12 tokenizes f-strings differently), so the shipped fingerprint holds on every supported Python: the
    docstring lines (located by ``ast``, whose line numbers are stable), blank lines and whole-line comments are
    dropped, trailing blanks stripped."""
    import ast
    import inspect
    import textwrap

    src = textwrap.dedent(inspect.getsource(f))
    skip = set()
    for node in ast.walk(ast.parse(src)):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            skip.update(range(body[0].lineno, body[0].end_lineno + 1))
    lines = (ln.rstrip() for i, ln in enumerate(src.splitlines(), 1) if i not in skip)
    return "\n".join(ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


def table_fingerprint() -> str:
    """Hash of what the table depends on: layout, rules, the generated kernels' source and the builders' source.

    The source hashed is that of the generated qed kernels and the code (the AST without docstrings, so not
    comments, layout or documentation) of the functions of this module that build the table: any change of
    what they compute makes the shipped table stale.

    Returns
    -------
    str
        The first 16 hex digits of a SHA-256 hash.
    """
    import hashlib
    import inspect

    src = (TABLE_PATH.parent / "qed_np.py").read_text(encoding="utf-8")
    body = src.split("\n#: Declared domain")[0].split("__all__", 1)[-1]  # the kernels, without the header hash
    funcs = "\n".join(_code_of(f) for f in (_panels, _gl_nodes, _tanh_sinh, _integrals, scaled_outputs, _build_table))
    spec = repr((TABLE_VERSION, S_LO, S_HI, N_SEG, DEG, U_MAX, Y_K_MAX, E_CHARGE, M_E))
    h = hashlib.sha256()
    for part in (spec, body, funcs):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def write_table(path: Path | str = TABLE_PATH) -> Path:
    """Build the table by direct quadrature and write it as JSON (floats by repr: exact round trip).

    Parameters
    ----------
    path : str or pathlib.Path
        Output file; default :data:`TABLE_PATH` (generated/qed_table.json). Written atomically (a temporary
        file beside it, then renamed).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    coef = _build_table()
    rows = ",\n".join("  " + json.dumps(seg.tolist()) for seg in coef)
    text = (
        "{\n"
        f' "about": "numeric/cosmology/qed.py Chebyshev table (N_SEG, 6, DEG + 1) in ln(m_e/T); rebuild: '
        f'python -m mevscalar.numeric.cosmology.qed build-table",\n'
        f' "fingerprint": "{table_fingerprint()}",\n'
        f' "shape": {json.dumps(list(coef.shape))},\n'
        f' "coef": [\n{rows}\n ]\n}}\n'
    )
    path = Path(path)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def load_table(path: Path | str = TABLE_PATH, check: bool = True) -> tuple[np.ndarray, str]:
    """(coefficients, fingerprint stored in the file) of a table written by :func:`write_table`.

    Parameters
    ----------
    path : str or pathlib.Path
        The table file; default :data:`TABLE_PATH` (generated/qed_table.json).
    check : bool
        Unused (the fingerprint is compared by the caller, :func:`table`); default True.

    Returns
    -------
    coef : numpy.ndarray
        Chebyshev coefficients, shape (N_SEG, 6, DEG + 1) = (16, 6, 16).
    fingerprint : str
        The fingerprint stored in the file (compare with :func:`table_fingerprint`).

    Raises
    ------
    OSError
        If the file cannot be read.
    ValueError
        If it is not valid JSON or the table has the wrong shape.
    KeyError
        If a field (``coef``, ``fingerprint``) is missing.
    """
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    coef = np.array(d["coef"], dtype=float)
    if coef.shape != (N_SEG, 6, DEG + 1):
        raise ValueError(f"{path}: table shape {coef.shape} != {(N_SEG, 6, DEG + 1)}")
    return coef, d["fingerprint"]


def table() -> np.ndarray:
    """The Chebyshev coefficients of the scaled outputs, loaded once per process and cached.

    Read from generated/qed_table.json (~1 ms); rebuilt in memory (~2-3 s) with a warning if the file is
    missing or stale.

    Returns
    -------
    numpy.ndarray
        Shape (N_SEG, 6, DEG + 1) = (16, 6, 16): per segment of ln(m_e/T), the Chebyshev coefficients of the six
        outputs of :func:`scaled_outputs`. Table vs direct quadrature: <= 8.1e-12 (O(e^2)), <= 1e-14 (O(e^3)).

    Warns
    -----
    RuntimeWarning
        If the file is missing, unreadable or stale (its fingerprint differs from :func:`table_fingerprint`).
    """
    global _TABLE
    if _TABLE is None:
        try:
            coef, fp = load_table()
            if fp != table_fingerprint():
                raise ValueError(f"fingerprint {fp} != {table_fingerprint()}")
        except (OSError, ValueError, KeyError) as exc:
            warnings.warn(f"{TABLE_PATH.name} unusable ({exc}); building the QED table in memory. "
                          "Run `python -m mevscalar.numeric.cosmology.qed build-table`.", RuntimeWarning, stacklevel=2)
            coef = _build_table()
        _TABLE = coef
    return _TABLE


_WIDTH = (S_HI - S_LO) / N_SEG


_ROWS: list | None = None  # the table as nested Python lists (fast scalar Clenshaw)


def _eval_scalar(y: float) -> list:
    global _ROWS
    if _ROWS is None:
        _ROWS = table().tolist()
    u = (math.log(y) - S_LO) / _WIDTH
    i = min(max(int(u), 0), N_SEG - 1)
    t = 2.0 * (u - i) - 1.0
    tv = [1.0, t]  # T_k(t) by the three-term recurrence (|T_k| <= 1 on [-1, 1]: stable)
    t2 = 2.0 * t
    for _ in range(DEG - 1):
        tv.append(t2 * tv[-1] - tv[-2])
    return [sum(map(operator.mul, c, tv)) for c in _ROWS[i]]


def _eval_array(y: np.ndarray) -> np.ndarray:
    coef = table()
    u = (np.log(y) - S_LO) / _WIDTH
    i = np.clip(u.astype(np.intp), 0, N_SEG - 1)
    t = 2.0 * (u - i) - 1.0
    c = coef[i]  # (..., 6, n)
    b1 = np.zeros(y.shape + (6,))
    b2 = np.zeros_like(b1)
    tt = t[..., None]
    for j in range(DEG, 0, -1):  # Clenshaw
        b1, b2 = 2.0 * tt * b1 - b2 + c[..., j], b1
    return tt * b1 - b2 + c[..., 0]  # (..., 6)


# ---------------------------------------------------------------- public API
@dataclass(frozen=True)
class Correction:
    """QED corrections P_int, rho_int and d rho_int/dT to the e+- gamma plasma [MeV^4, MeV^4, MeV^3].

    rho_int = -P_int + T dP_int/dT, d rho_int/dT = T d^2 P_int/dT^2 (floats for scalar T, arrays otherwise).
    Returned by :func:`correction`; the accuracy is its.

    Parameters
    ----------
    p : float or numpy.ndarray
        Pressure correction P_int [MeV^4].
    rho : float or numpy.ndarray
        Energy-density correction rho_int [MeV^4].
    drho_dT : float or numpy.ndarray
        d rho_int/dT [MeV^3].
    """

    p: float | np.ndarray
    rho: float | np.ndarray
    drho_dT: float | np.ndarray


def _check(T, order):
    if order not in ORDERS:
        raise ParameterError(f"order must be one of {ORDERS} (0 off, 2 O(e^2), 3 O(e^2) + O(e^3)), got {order!r}")
    return in_range("T", T, T_MIN, T_MAX)


def correction(T: ArrayLike, order: int = 3) -> Correction:
    """P_int, rho_int and d rho_int/dT of the QED plasma at photon temperature T [MeV], T in [1e-3, 100] MeV.

    Parameters
    ----------
    T : float or array_like
        Photon temperature [MeV], in [1e-3, 100]; any shape.
    order : {0, 2, 3}
        0: all zeros; 2: the O(e^2) correction (with the m_e^2 ln|(p+k)/(p-k)| term); 3 (default):
        O(e^2) + O(e^3).

    Returns
    -------
    Correction
        p = P_int [MeV^4], rho = rho_int [MeV^4], drho_dT = d rho_int/dT [MeV^3]: floats for a scalar ``T``,
        else arrays of its shape. Relative accuracy: table vs direct quadrature <= 1e-11; vs mpmath (J, D) and
        QUADPACK (K) references of the same integrals <= 3e-14 at the points tested
        (tests/numeric/cosmology/test_qed.py, docs/qed.md). At T = 1e-3 MeV the result is ~1e-236, never NaN.

    Raises
    ------
    ParameterError
        If ``order`` is not 0, 2 or 3, or T is not a real number in [1e-3, 100] MeV.
    """
    if type(T) is float and T_MIN <= T <= T_MAX and order in ORDERS:  # fast path (the solver's RHS)
        Tf = T
    else:
        T = _check(T, order)
        Tf = float(T) if np.ndim(T) == 0 else None
    if Tf is not None:
        if order == 0:
            return Correction(0.0, 0.0, 0.0)
        y = M_E / Tf
        p2, r2, d2, p3, r3, d3 = _eval_scalar(y)
        e1 = math.exp(-y)
        t3, t4 = Tf**3, Tf**4
        p, r, d = p2 * e1, r2 * e1, d2 * e1
        if order == 3:
            e15 = math.exp(-1.5 * y)
            p, r, d = p + p3 * e15, r + r3 * e15, d + d3 * e15
        return Correction(p * t4, r * t4, d * t3)
    Ta = np.asarray(T, dtype=float)
    if order == 0:
        z = np.zeros_like(Ta)
        return Correction(z, z.copy(), z.copy())
    y = M_E / Ta
    v = _eval_array(y)
    e1 = np.exp(-y)
    p, r, d = v[..., 0] * e1, v[..., 1] * e1, v[..., 2] * e1
    if order == 3:
        e15 = np.exp(-1.5 * y)
        p, r, d = p + v[..., 3] * e15, r + v[..., 4] * e15, d + v[..., 5] * e15
    return Correction(p * Ta**4, r * Ta**4, d * Ta**3)


def n_eff_instantaneous(t_d: float, order: int = 3) -> float:
    """N_eff after instantaneous neutrino decoupling at T_d [MeV] with the QED-corrected plasma entropy.

    Entropy conservation of the e+- gamma plasma from T_d to T << m_e, with exact Fermi-Dirac e+- (the generated
    F_fermion(m_e/T_d) of Eq. 12 in model/entropy.py) and s_int = (rho_int + P_int)/T:
    (T_nu/T_gamma)^3 = 2 / (2 + 7/2 F + 45 s_int/(2 pi^2 T_d^3)),  N_eff = 3 (11/4)^{4/3} (T_nu/T_gamma)^4.

    Parameters
    ----------
    t_d : float
        Neutrino decoupling temperature T_d [MeV], a scalar in [1e-3, 100].
    order : {0, 2, 3}
        QED order of the plasma correction, as in :func:`correction` (0: none); default 3.

    Returns
    -------
    float
        N_eff, dimensionless (3 neutrino species; at order 0 it tends to 3 for T_d >> m_e, where
        (T_nu/T_gamma)^3 -> 4/11). The QED term carries the accuracy of :func:`correction`.

    Raises
    ------
    ParameterError
        If t_d is not a real number in [1e-3, 100] MeV, or ``order`` is not 0, 2 or 3.
    """
    from mevscalar.generated import entropy_np

    t_d = float(in_range("t_d", t_d, T_MIN, T_MAX))
    c = correction(t_d, order)
    s_int = (c.rho + c.p) / t_d**4  # s_int / T^3
    F = float(entropy_np.F_fermion(M_E / t_d))
    return float(entropy_np.neff_instantaneous_qed(F, s_int))  # Eq. 12 + Eq. 7 with the QED entropy (model/entropy.py)


def delta_neff_instantaneous(t_d: float, order: int) -> float:
    """The shift of N_eff caused by the O(e^order) term alone (order 2 or 3), instantaneous decoupling at T_d [MeV].

    order 2: N_eff(O(e^2)) - N_eff(no QED); order 3: N_eff(O(e^2) + O(e^3)) - N_eff(O(e^2)), both from
    :func:`n_eff_instantaneous`.

    Parameters
    ----------
    t_d : float
        Neutrino decoupling temperature T_d [MeV], a scalar in [1e-3, 100].
    order : {2, 3}
        Which term's shift.

    Returns
    -------
    float
        delta N_eff, dimensionless (e.g. about +0.0103 (order 2) and -0.00095 (order 3) at T_d = 2 MeV,
        docs/qed.md).

    Raises
    ------
    ParameterError
        If ``order`` is not 2 or 3, or t_d is not a real number in [1e-3, 100] MeV.
    """
    if order not in (2, 3):
        raise ParameterError(f"order must be 2 or 3, got {order!r}")
    return n_eff_instantaneous(t_d, order) - n_eff_instantaneous(t_d, 0 if order == 2 else 2)


def _main(argv=None):  # pragma: no cover - maintenance entry point
    import argparse
    import time

    p = argparse.ArgumentParser(prog="python -m mevscalar.numeric.cosmology.qed")
    p.add_argument("command", choices=["build-table", "check-table"])
    a = p.parse_args(argv)
    if a.command == "build-table":
        t0 = time.process_time()
        write_table()
        print(f"wrote {TABLE_PATH} in {time.process_time() - t0:.1f} s CPU")
        return 0
    ok = load_table()[1] == table_fingerprint()
    print("qed table up to date" if ok else "qed table STALE: run build-table")
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
