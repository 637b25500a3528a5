"""The Boltzmann evolution's right-hand side and Jacobian compiled with Numba: the solver's "numba" backend.

:mod:`mevscalar.numeric.cosmology.boltzmann` evaluates its right-hand side from building blocks written for NumPy
(thermodynamics, the weak-rate tables, phi's decays, the QED correction); each is a handful of NumPy calls on
10-100-element arrays, so a right-hand side costs ~0.7 ms of call overhead. This module runs the same right-hand
side, and its forward-difference Jacobian, as one compiled call (~50-70 us a right-hand side, 9x less).

One source. Every formula is a generated kernel: the functions of ``generated/thermo_np.py``, ``decays_np.py``
and ``background_np.py`` are compiled here as they are (``numba.njit`` of the very function objects; nothing is
re-typed), and the tables are the generated coefficient arrays and the shipped weak/QED tables. What is written
here is the numerical glue of the NumPy backend, as loops Numba compiles: the trapezoidal rule of
:mod:`.thermo` with its pole correction, the Horner and Clenshaw table evaluations of :mod:`.thermo` and
:mod:`.qed`, the barycentric table lookups of :mod:`.weak`, the Gauss-Legendre rule of :mod:`.decays`, and the
equations of motion of ``boltzmann._System._rhs``. Each block is tested against its NumPy twin over its domain,
and whole solves against the NumPy backend (tests/numeric/cosmology/test_jit.py).

Domain. The compiled path covers what the solver's fast paths cover: quantum statistics, arguments inside every
table and rule. Anywhere else (an argument outside a table, a domain error, a non-finite state or result: with
Numba's NumPy error model x/0 gives inf, it does not raise) :func:`rhs` returns status 1 and the caller evaluates
that right-hand side with the NumPy backend, which falls back to its exact evaluators or raises the error that
names the parameter: the two backends fail in the same way.

Compilation: ~20-30 s on first use, then cached on disk by Numba (about 1 s per process to load). Numba keys its cache on the
defining file alone, not on what the compiled code inlines from other files (the generated kernels, the constants
of thermo, decays, weak and qed): the cache therefore lives in a folder named by a hash of all those sources
(:func:`cache_dir`), so a regenerated kernel or a changed rule recompiles instead of running stale code.
Needs the ``jit`` extra (``pip install 'mev-scalar[jit]'``). No SymPy, no JAX.
"""

from __future__ import annotations

import cmath
import functools
import hashlib
import math
import os
import tempfile
from pathlib import Path

import numba
import numpy as np

from mevscalar import constants as _constants
from mevscalar.constants import G_F, M_E, M_PL
from mevscalar.generated import background_np as _bg
from mevscalar.generated import decays_np as _dk
from mevscalar.generated import thermo_np as _th

from . import decays as _decays
from . import qed as _qed
from . import thermo as _thermo
from . import weak as _weak

__all__ = ["tables", "rhs", "jac", "cache_dir", "STATUS_OK", "STATUS_FALLBACK"]

STATUS_OK = 0
#: the NumPy backend must evaluate this right-hand side (an argument outside the compiled path's domain)
STATUS_FALLBACK = 1



def cache_dir() -> Path:
    """The folder of this module's compiled code: named by a hash of every source the code depends on.

    Returns
    -------
    pathlib.Path
        ``<NUMBA_CACHE_DIR, or $XDG_CACHE_HOME, or ~/.cache>/mev-scalar/numba-<hash>``; the hash covers this
        file, the generated kernels it compiles, the NumPy backend's modules whose constants it reads,
        mevscalar.constants and the Numba and NumPy versions.

    Raises
    ------
    RuntimeError
        If no cache folder is configured and the home directory cannot be determined (Path.home()).
    """
    h = hashlib.sha256(f"{numba.__version__} {np.__version__}".encode())
    for f in (__file__, _th.__file__, _dk.__file__, _bg.__file__, _thermo.__file__, _decays.__file__, _weak.__file__,
              _qed.__file__, _constants.__file__):
        h.update(Path(f).read_bytes())
    base = os.environ.get("NUMBA_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mev-scalar" / f"numba-{h.hexdigest()[:16]}"


def _writable_cache_dir() -> str | None:
    """:func:`cache_dir`, created and checked writable; None if it cannot be (then nothing is cached: Numba's
    fallback, a __pycache__ folder keyed on this file alone, is the stale-code case the hash exists to avoid)."""
    try:
        d = cache_dir()
        d.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=d):
            pass
        return str(d)
    except (OSError, RuntimeError):
        return None


_CACHE_DIR = _writable_cache_dir()


def _njit(f):
    """numba.njit(f) with the NumPy error model (x/0 gives inf or nan, caught by the finiteness checks and handed
    back to the NumPy backend, instead of a ZeroDivisionError) and its code cached in :func:`cache_dir`.
    numba.config.CACHE_DIR is read when a function is decorated: it is set for this call only."""
    saved = numba.config.CACHE_DIR
    try:
        if _CACHE_DIR is not None:
            numba.config.CACHE_DIR = _CACHE_DIR
        return numba.njit(f, cache=_CACHE_DIR is not None, nogil=True, error_model="numpy")
    finally:
        numba.config.CACHE_DIR = saved


# ---- the generated kernels, compiled as they are
_f_boson = _njit(_th.thermo_f_boson)
_df_boson = _njit(_th.thermo_df_dxi_boson)
_mu_p = _njit(_th.thermo_mu_p)
_mu_n = _njit(_th.thermo_mu_n)
_mu_rho = _njit(_th.thermo_mu_rho)
_mu_drho = _njit(_th.thermo_mu_drho_dT)
_pole_B = _njit(_th.thermo_bose_pole_B)
_pole_Dm = _njit(_th.thermo_bose_pole_Dm)
_pole_H_series = _njit(_th.thermo_bose_pole_H_series)
_pole_H_direct = _njit(_th.thermo_bose_pole_H_direct)
_pole_G_series = _njit(_th.thermo_bose_pole_G_series)
_pole_G_direct = _njit(_th.thermo_bose_pole_G_direct)
_pole_p_f = _njit(_th.thermo_bose_pole_p_f)
_pole_n_f = _njit(_th.thermo_bose_pole_n_f)
_pole_rho_f = _njit(_th.thermo_bose_pole_rho_f)
_pole_n_df = _njit(_th.thermo_bose_pole_n_df)
_pole_rho_df = _njit(_th.thermo_bose_pole_rho_df)
_pole_drho_dT_df = _njit(_th.thermo_bose_pole_drho_dT_df)
_fd_P2 = _njit(_th.thermo_fd_P2)
_fd_P3 = _njit(_th.thermo_fd_P3)
_fd_P4 = _njit(_th.thermo_fd_P4)
_rate_fermion = _njit(_dk.rate_term_fermion)
_rate_boson = _njit(_dk.rate_term_boson)
_rho_photon = _njit(_bg.rho_photon)
_drho_photon_dT = _njit(_bg.drho_photon_dT)
_hubble_of_rho = _njit(_bg.hubble_of_rho)

#: every generated kernel compiled here, by name (the one-source test checks each is the generated function)
KERNELS = {f.py_func.__name__: f for f in (
    _f_boson, _df_boson, _mu_p, _mu_n, _mu_rho, _mu_drho, _pole_B, _pole_Dm, _pole_H_series, _pole_H_direct,
    _pole_G_series, _pole_G_direct, _pole_p_f, _pole_n_f, _pole_rho_f, _pole_n_df, _pole_rho_df, _pole_drho_dT_df,
    _fd_P2, _fd_P3, _fd_P4, _rate_fermion, _rate_boson, _rho_photon, _drho_photon_dT, _hubble_of_rho)}

# ---- constants of the NumPy backend's rules (read from it: declared once)
_X_MAX, _XI_MIN, _XI_MAX = _thermo.X_MAX, _thermo.XI_MIN, _thermo.XI_MAX
_U, _N0, _C, _H_CAP, _Q_LO, _MAX_NODES = _thermo._U, _thermo._N0, _thermo._C, _thermo._H_CAP, _thermo._Q_LO, \
    _thermo._MAX_NODES
_D_Y_LO, _D_Y_HI = _decays.Y_RANGE
_D_XI_LO, _D_XI_HI = _decays.XI_D_RANGE
_D_U_CUT = _decays.U_CUT
_D_PREF = _decays._PREF
_W_RHO_MAX, _W_XI_MAX, _W_D_MAX = _weak.RHO_MAX, _weak.XI_MAX, _weak.D_MAX
_W_N_RHO, _W_N_XI, _W_N_S, _W_N_D = _weak.N_RHO, _weak.N_XI, _weak.N_S, _weak.N_D
_W_GF2 = G_F * G_F
_Q_T_MIN, _Q_T_MAX = _qed.T_MIN, _qed.T_MAX
_Q_S_LO, _Q_WIDTH, _Q_N_SEG = _qed.S_LO, _qed._WIDTH, _qed.N_SEG
_TWO_PI = 2.0 * math.pi


# --------------------------------------------------------------------------- tables
def _layout_params(k0: int, n0: int, per_octave: int, y_max: float, nseg: int) -> np.ndarray:
    """(y0, n0, P, off, top) of a generated table layout (thermo._ScalarTables), as floats."""
    t = _thermo._ScalarTables([np.zeros((1, nseg))], k0, n0, per_octave, y_max)
    return np.array([t.y0, t.n0, t.P, t.off, t.top])


@functools.lru_cache(maxsize=1)
def tables() -> tuple:
    """The generated and shipped tables in the layout the compiled functions read (built once per process).

    Returns
    -------
    tuple of numpy.ndarray
        (fd, fd_layout, e0, e0_layout, c0, qed, y_edges, nue, nunu, nodes...): the FD and e+- thermodynamic
        table coefficients [table, power, segment] with their layouts, the massless-integral coefficients, the
        QED Chebyshev coefficients, and the weak tables with their barycentric nodes and weights.
    """
    fd = np.ascontiguousarray(np.stack([_th._TAB_FD_H2, _th._TAB_FD_H3, _th._TAB_FD_H4]))
    e0 = np.ascontiguousarray(np.stack([_th._TAB_E0_P_F, _th._TAB_E0_N_F, _th._TAB_E0_RHO_F, _th._TAB_E0_N_DF,
                                        _th._TAB_E0_RHO_DF, _th._TAB_E0_DRHO_DT_DF]))
    F = _weak._fast()
    nue = np.ascontiguousarray(np.stack([a.reshape(_weak.P_Y, _W_N_RHO, _W_N_XI, 13) for a in F["nue1"]]))
    nunu = np.ascontiguousarray(F["nunu1"].reshape(_W_N_RHO, _W_N_S, _W_N_D, 7))
    return (
        fd, _layout_params(*_thermo.FD_LAYOUT, fd.shape[2]),
        e0, _layout_params(*_thermo.E0_LAYOUT, e0.shape[2]),
        np.array(_thermo._C0, dtype=float),
        np.ascontiguousarray(_qed.table()),
        np.array(_weak.Y_EDGES, dtype=float),
        nue, nunu,
        F["x_y"].copy(), np.array(F["w_y"]), F["x_rho"].copy(), np.array(F["w_rho"]),
        F["x_xi"].copy(), np.array(F["w_xi"]), F["x_s"].copy(), np.array(F["w_s"]),
        F["x_d"].copy(), np.array(F["w_d"]),
        _decays._legendre(_decays.N_NODES)[0].copy(), _decays._legendre(_decays.N_NODES)[1].copy(),
        _decays._legendre(_decays.N_NODES_DEGENERATE)[0].copy(),
        _decays._legendre(_decays.N_NODES_DEGENERATE)[1].copy(),
    )


# --------------------------------------------------------------------------- thermodynamics (thermo.py's rules)
@_njit
def _locate(y, lay):
    """Segment and local t in [-1, 1] of y in a generated table layout (thermo._ScalarTables.locate)."""
    y0, n0, P, off, top = lay[0], lay[1], lay[2], lay[3], lay[4]
    if y > top:
        y = top
    if y < y0:
        s = min(int(y * (n0 / y0)), int(n0) - 1)
        return s, y * (2.0 * n0 / y0) - (2 * s + 1)
    m, e = math.frexp(y)
    t = m * (2.0 * P)
    j = int(t)
    return j + e * int(P) + int(off), 2.0 * (t - j) - 1.0


@_njit
def _horner(tab, k, s, t):
    """Table k of tab [table, power, segment] at segment s, local t."""
    a = 0.0
    for p in range(tab.shape[1] - 1, -1, -1):
        a = a * t + tab[k, p, s]
    return a


@_njit
def _assemble(T, g, p, n, rho, dn, drho, drho_dT, out):
    """out[:] = (n, rho, p, dn_dT, dn_dxi, drho_dT, drho_dxi) from the integrals (thermo._assemble)."""
    T2 = T * T
    T3 = T2 * T
    gT4 = g * T3 * T
    out[0] = g * T3 * n
    out[1] = gT4 * rho
    out[2] = gT4 * p
    out[3] = g * T2 * drho
    out[4] = g * T3 * dn
    out[5] = g * T3 * drho_dT
    out[6] = gT4 * drho


@_njit
def massless_fermion(T, xi, g, fd, lay, c0, out):
    """thermo.massless_fermion into out (7,): L_s(xi) from the FD tables and the polylog inversion."""
    a = abs(xi)
    s, t = _locate(a, lay)
    h2, h3, h4 = _horner(fd, 0, s, t), _horner(fd, 1, s, t), _horner(fd, 2, s, t)
    if xi <= 0.0:
        e = math.exp(xi)
        L2, L3, L4 = e * h2, e * h3, e * h4
    else:
        e = math.exp(-xi)
        L2, L3, L4 = _fd_P2(xi) - e * h2, _fd_P3(xi) + e * h3, _fd_P4(xi) - e * h4
    v = np.empty(6)
    for r in range(6):
        v[r] = c0[r, 0] * L2 + c0[r, 1] * L3 + c0[r, 2] * L4
    _assemble(T, g, v[0], v[1], v[2], v[3], v[4], v[5], out)


@_njit
def fermion_xi0(m, T, g, e0, lay, out):
    """thermo.species of a massive fermion at xi = 0 into out (7,): the e+- tables in x = m/T."""
    x = m / T
    s, t = _locate(x, lay)
    ex = math.exp(-x)
    _assemble(T, g, ex * _horner(e0, 0, s, t), ex * _horner(e0, 1, s, t), ex * _horner(e0, 2, s, t),
              ex * _horner(e0, 3, s, t), ex * _horner(e0, 4, s, t), ex * _horner(e0, 5, s, t), out)


@_njit
def boson(m, T, xi, g, out):
    """thermo.species of a massive boson (m > 0, -60 <= xi < m/T) into out (7,): the trapezoidal rule in t with
    the pole correction. Returns False (nothing written) for m/T = 0 or where the rule would need more than thermo's
    node limit."""
    x = m / T
    if not x > 0.0:  # the m = 0 boson (its q = eps = e^t rule) is not compiled: the NumPy backend answers
        return False
    # layout (thermo._layout, boson, x > 0)
    top = x + _U + max(xi - x, 0.0)
    ql = _Q_LO
    d = min(abs(cmath.acosh(complex(xi, _TWO_PI) / x).imag), 0.5 * math.pi)
    lo = math.asinh(ql / x)
    if lo < 2.0:
        lo = 0.0
    hi = math.acosh(top / x)
    hmax = _C * d
    if hmax > _H_CAP:
        hmax = _H_CAP
    n = _N0
    if (hi - lo) > _N0 * hmax:
        n = _N0 * 2 ** int(math.ceil(math.log2((hi - lo) / (_N0 * hmax))))
    if n > _MAX_NODES:
        return False
    h = (hi - lo) / n
    i_p = i_n = i_rho = j_n = j_rho = j_drho = 0.0
    for j in range(n + 1):
        tt = h * j + lo
        qq = x * math.sinh(tt)
        ee = x * math.cosh(tt)
        w = ee * h
        if j == 0 and lo == 0.0:
            w *= 0.5
        q2 = qq * qq
        a = q2 / (ee + x) + (x - xi)
        f = _f_boson(a)
        df = _df_boson(a)
        mn = _mu_n(q2, ee) * w
        mr = _mu_rho(q2, ee) * w
        i_p += _mu_p(q2, ee) * w * f
        i_n += mn * f
        i_rho += mr * f
        j_n += mn * df
        j_rho += mr * df
        j_drho += _mu_drho(q2, ee) * w * df
    if 0.0 < xi < x and lo == 0.0:  # thermo._pole_correction
        a = x - xi
        theta = 2.0 * math.asin(math.sqrt(0.5 * a / x))
        c = _TWO_PI / h
        wc = c * theta
        if not wc > a + 45.0:
            B = _pole_B(theta, c)
            H = _pole_H_series(theta) if theta < 0.5 else _pole_H_direct(theta)
            G = _pole_G_series(0.5 * wc) if wc < 1.0 else _pole_G_direct(0.5 * wc)
            Dm = _pole_Dm(theta, c, B, H, G)
            st, ct = math.sqrt(a * (x + xi)) / x, xi / x
            i_p -= _pole_p_f(x, st, B)
            i_n -= _pole_n_f(x, st, ct, B)
            i_rho -= _pole_rho_f(x, st, ct, B)
            j_n -= _pole_n_df(x, st, ct, B, Dm)
            j_rho -= _pole_rho_df(x, st, ct, B, Dm)
            j_drho -= _pole_drho_dT_df(x, st, ct, B, Dm)
    _assemble(T, g, i_p, i_n, i_rho, j_n, j_rho, j_drho, out)
    return True


# --------------------------------------------------------------------------- QED (qed.py's Clenshaw table)
@_njit
def qed_correction(T, order, coef):
    """qed.correction(T, order) as (p, rho, drho_dT), T in [1e-3, 100] MeV, order 2 or 3."""
    y = M_E / T
    u = (math.log(y) - _Q_S_LO) / _Q_WIDTH
    i = min(max(int(u), 0), _Q_N_SEG - 1)
    t = 2.0 * (u - i) - 1.0
    deg = coef.shape[2] - 1
    v = np.zeros(6)
    t0, t1 = 1.0, t
    for c in range(6):
        v[c] = coef[i, c, 0] + coef[i, c, 1] * t
    for k in range(2, deg + 1):
        t0, t1 = t1, 2.0 * t * t1 - t0
        for c in range(6):
            v[c] += coef[i, c, k] * t1
    e1 = math.exp(-y)
    p, r, d = v[0] * e1, v[1] * e1, v[2] * e1
    if order == 3:
        e15 = math.exp(-1.5 * y)
        p, r, d = p + v[3] * e15, r + v[4] * e15, d + v[5] * e15
    return p * T ** 4, r * T ** 4, d * T ** 3


# --------------------------------------------------------------------------- weak tables (weak.py's fast path)
@_njit
def _bary(t, x, w, c):
    """Unnormalised barycentric weights at t into c (one-hot on a node)."""
    for k in range(x.shape[0]):
        if x[k] == t:
            c[:] = 0.0
            c[k] = 1.0
            return
    for k in range(x.shape[0]):
        c[k] = w[k] / (t - x[k])


@_njit
def nue_y_block(t_gamma, y_edges, nue, x_y, w_y):
    """The e+- table contracted in y = m_e/t_gamma: [rho, xi, 13] (weak._y_block, the constant channel last)."""
    y = M_E / t_gamma
    ycl = min(y, y_edges[-1])
    nseg = y_edges.shape[0] - 1
    seg = nseg - 1
    for s in range(nseg):
        if ycl < y_edges[s + 1]:
            seg = s
            break
    a, b = y_edges[seg], y_edges[seg + 1]
    t = (2.0 * ycl - a - b) / (b - a)
    c = np.empty(x_y.shape[0])
    _bary(t, x_y, w_y, c)
    tab = nue[seg]
    out = np.zeros(tab.shape[1:])
    for k in range(tab.shape[0]):
        ck = c[k]
        for i in range(tab.shape[1]):
            for j in range(tab.shape[2]):
                for ch in range(tab.shape[3]):
                    out[i, j, ch] += ck * tab[k, i, j, ch]
    return out


@_njit
def nue_ok(t_gamma, t_nu, xi_nu, g_l, g_r):
    """Inside the FD table with couplings in range: where weak.nu_e_transfer takes its table path."""
    return (1e-6 <= t_gamma <= 1e3 and 1e-6 <= t_nu <= 1e3 and 0.25 * t_gamma < t_nu < 4.0 * t_gamma
            and -_W_XI_MAX <= xi_nu <= _W_XI_MAX and abs(math.log(t_nu / t_gamma)) <= _W_RHO_MAX
            and -10.0 <= g_l <= 10.0 and -10.0 <= g_r <= 10.0)


@_njit
def nue_terms(t_gamma, t_nu, xi_nu, g_l, g_r, yb, x_rho, w_rho, x_xi, w_xi):
    """The gain and loss terms (n_g, n_l, r_g, r_l, s_g, s_l) of weak.nu_e_transfer (FD, m_e = M_E) from the y block
    of t_gamma (:func:`nue_y_block`), times G_F^2: dn/dt = n_g - n_l, drho/dt = (r_g - r_l) + (s_g - s_l).
    Call inside :func:`nue_ok`."""
    y = M_E / t_gamma
    r = t_nu / t_gamma
    cr = np.empty(x_rho.shape[0])
    cx = np.empty(x_xi.shape[0])
    _bary(math.log(r) / _W_RHO_MAX, x_rho, w_rho, cr)
    _bary(xi_nu / _W_XI_MAX, x_xi, w_xi, cx)
    v = np.zeros(13)
    for i in range(yb.shape[0]):
        for j in range(yb.shape[1]):
            cij = cr[i] * cx[j]
            for ch in range(13):
                v[ch] += cij * yb[i, j, ch]
    s = 1.0 / v[12]
    A, B = g_l * g_l + g_r * g_r, g_l * g_r
    tg8 = t_gamma ** 8
    tg9 = tg8 * t_gamma
    tn8 = t_nu ** 8
    eg = math.exp(-2.0 * y)
    el = math.exp(2.0 * xi_nu - 2.0 * y / r)
    es = math.exp(xi_nu - y)
    n_g = tg8 * eg * math.exp(v[0] * s) * (A + B * v[6] * s)
    n_l = tn8 * el * math.exp(v[1] * s) * (A + B * v[7] * s)
    r_g = tg9 * eg * math.exp(v[2] * s) * (A + B * v[8] * s)
    r_l = tn8 * t_nu * el * math.exp(v[3] * s) * (A + B * v[9] * s)
    s_g = tg9 * es * math.exp(v[4] * s) * (A + B * v[10] * s)
    s_l = tg9 * es * math.exp(v[5] * s) * (A + B * v[11] * s)
    g = _W_GF2
    return g * n_g, g * n_l, g * r_g, g * r_l, g * s_g, g * s_l


@_njit
def nue_transfer(t_gamma, t_nu, xi_nu, g_l, g_r, yb, x_rho, w_rho, x_xi, w_xi):
    """weak.nu_e_transfer (FD, m_e = M_E): (dn/dt, drho/dt) from :func:`nue_terms`. Call inside :func:`nue_ok`."""
    n_g, n_l, r_g, r_l, s_g, s_l = nue_terms(t_gamma, t_nu, xi_nu, g_l, g_r, yb, x_rho, w_rho, x_xi, w_xi)
    return n_g - n_l, (r_g - r_l) + (s_g - s_l)


@_njit
def nunu_ok(t_a, xi_a, t_b, xi_b):
    """Inside the nu-nu table: where weak.nu_nu_transfer takes its table path."""
    return (1e-6 <= t_a <= 1e3 and 1e-6 <= t_b <= 1e3 and 0.25 * t_b < t_a < 4.0 * t_b
            and abs(math.log(t_a / t_b)) <= _W_RHO_MAX and abs(0.5 * (xi_a + xi_b)) <= _W_XI_MAX
            and abs(xi_a - xi_b) <= _W_D_MAX)


@_njit
def nunu_terms(t_a, xi_a, t_b, xi_b, nunu, x_rho, w_rho, x_s, w_s, x_d, w_d):
    """The gain and loss terms (n_g, n_l, r_g, r_l, s_g, s_l) of weak.nu_nu_transfer (FD) of species a from one
    species b, with its prefactor G_F^2/4. Call inside :func:`nunu_ok`."""
    cr = np.empty(x_rho.shape[0])
    cs = np.empty(x_s.shape[0])
    cd = np.empty(x_d.shape[0])
    _bary(math.log(t_a / t_b) / _W_RHO_MAX, x_rho, w_rho, cr)
    _bary(0.5 * (xi_a + xi_b) / _W_XI_MAX, x_s, w_s, cs)
    _bary((xi_a - xi_b) / _W_D_MAX, x_d, w_d, cd)
    v = np.zeros(7)
    for i in range(nunu.shape[0]):
        for j in range(nunu.shape[1]):
            cij = cr[i] * cs[j]
            for k in range(nunu.shape[2]):
                cijk = cij * cd[k]
                for ch in range(7):
                    v[ch] += cijk * nunu[i, j, k, ch]
    s = 1.0 / v[6]
    tb8, ta8 = t_b ** 8, t_a ** 8
    eb, ea, es = math.exp(2.0 * xi_b), math.exp(2.0 * xi_a), math.exp(xi_a + xi_b)
    n_g = tb8 * eb * math.exp(v[0] * s)
    n_l = ta8 * ea * math.exp(v[1] * s)
    r_g = tb8 * t_b * eb * math.exp(v[2] * s)
    r_l = ta8 * t_a * ea * math.exp(v[3] * s)
    s_g = tb8 * t_b * es * math.exp(v[4] * s)
    s_l = tb8 * t_b * es * math.exp(v[5] * s)
    g = 0.25 * _W_GF2
    return g * n_g, g * n_l, g * r_g, g * r_l, g * s_g, g * s_l


@_njit
def nunu_transfer(t_a, xi_a, t_b, xi_b, nunu, x_rho, w_rho, x_s, w_s, x_d, w_d):
    """weak.nu_nu_transfer (FD) of species a from one species b: (dn/dt, drho/dt) from :func:`nunu_terms`."""
    n_g, n_l, r_g, r_l, s_g, s_l = nunu_terms(t_a, xi_a, t_b, xi_b, nunu, x_rho, w_rho, x_s, w_s, x_d, w_d)
    return n_g - n_l, (r_g - r_l) + (s_g - s_l)


# --------------------------------------------------------------------------- phi decays (decays.py's rule)
@_njit
def _eta_max(y, u_cut):
    z = u_cut / y
    return math.log1p(z + math.sqrt(z * (z + 2.0)))


@_njit
def _decay_sums(boson_d, eta_max, y_d, xi_d, y_s, r_s, c_s, t, w):
    """(Int f d eta, Int f cosh(eta) d eta) of one part on [0, eta_max] (decays._integrals)."""
    a_n = a_e = 0.0
    for j in range(t.shape[0]):
        eta = eta_max * t[j]
        v = _rate_boson(eta, y_d, xi_d, y_s, r_s, c_s) if boson_d else _rate_fermion(eta, y_d, xi_d, y_s, r_s, c_s)
        if not math.isfinite(v):  # a node exactly on q = 0: move it by one ulp (decays._integrals)
            eta = np.nextafter(eta, np.inf)
            v = _rate_boson(eta, y_d, xi_d, y_s, r_s, c_s) if boson_d else _rate_fermion(eta, y_d, xi_d, y_s, r_s,
                                                                                         c_s)
        a_n += w[j] * v
        a_e += w[j] * v * math.cosh(eta)
    return eta_max * a_n, eta_max * a_e


@_njit
def decay_ok(m, gamma, t_phi, xi_phi, t_d, xi_d, boson_d):
    """Inside decays.transfer's domain (its _scalar_ok condition)."""
    if not (m > 0.0 and gamma >= 0.0 and t_phi > 0.0 and t_d > 0.0):
        return False
    y_p, y_d = m / t_phi, m / t_d
    hi_xi = 0.0 if boson_d else _D_XI_HI
    return _D_Y_LO <= y_p <= _D_Y_HI and _D_Y_LO <= y_d <= _D_Y_HI and xi_phi < y_p and _D_XI_LO <= xi_d <= hi_xi


@_njit
def decay_terms(m, gamma, t_phi, xi_phi, t_d, xi_d, boson_d, t48, w48, t200, w200):
    """The decay and inverse-decay parts (n_dec, n_inv, rho_dec, rho_inv) of decays.transfer (quantum statistics):
    dn_phi/dt = n_dec - n_inv, drho_phi/dt = rho_dec - rho_inv. Call inside :func:`decay_ok`."""
    y_p, y_d = m / t_phi, m / t_d
    r0 = y_p - xi_phi
    q0 = y_d - 2.0 * xi_d
    c = q0 if q0 > 0.0 else 0.0
    ea = _eta_max(y_p, _D_U_CUT)
    eb = _eta_max(y_d, _D_U_CUT + (-q0 if q0 < 0.0 else 0.0))
    a_n, a_e = _decay_sums(boson_d, ea, y_d, xi_d, y_p, r0, r0, t48, w48)
    if q0 < -4.0:  # degenerate fermion daughters: the f_eq part on the finer rule
        b_n, b_e = _decay_sums(boson_d, eb, y_d, xi_d, y_d, q0, c, t200, w200)
    else:
        b_n, b_e = _decay_sums(boson_d, eb, y_d, xi_d, y_d, q0, c, t48, w48)
    fp, fe = math.exp(-r0), math.exp(-c)
    scale = -_D_PREF * m * gamma * t_d * t_d
    return scale * (fp * a_n), scale * (fe * b_n), scale * m * (fp * a_e), scale * m * (fe * b_e)


@_njit
def decay_transfer(m, gamma, t_phi, xi_phi, t_d, xi_d, boson_d, t48, w48, t200, w200):
    """decays.transfer (quantum statistics): (dn_phi/dt, drho_phi/dt) from :func:`decay_terms`."""
    n_dec, n_inv, r_dec, r_inv = decay_terms(m, gamma, t_phi, xi_phi, t_d, xi_d, boson_d, t48, w48, t200, w200)
    return n_dec - n_inv, r_dec - r_inv


# --------------------------------------------------------------------------- the right-hand side
@_njit
def _rhs(y, dy, m, gamma_gg, gamma_nu, mult, g_l, g_r, qed, chem, sm_weak, nu_nu, with_phi, phi_gone_ok, xi_gone,
         tab):
    """boltzmann._System._rhs into dy; returns STATUS_OK or STATUS_FALLBACK (nothing is written then that the
    caller uses)."""
    fd, fd_lay, e0, e0_lay, c0, qcoef, y_edges, nue, nunu = tab[0], tab[1], tab[2], tab[3], tab[4], tab[5], \
        tab[6], tab[7], tab[8]
    x_y, w_y, x_rho, w_rho, x_xi, w_xi = tab[9], tab[10], tab[11], tab[12], tab[13], tab[14]
    x_s, w_s, x_d, w_d, t48, w48, t200, w200 = tab[15], tab[16], tab[17], tab[18], tab[19], tab[20], tab[21], tab[22]
    for i in range(y.shape[0]):
        if not math.isfinite(y[i]):
            return STATUS_FALLBACK
    ns = mult.shape[0]
    k = 2 if chem else 1
    i_phi = 1 + k * ns
    tg = math.exp(y[0])
    ts = np.empty(ns)
    xs = np.zeros(ns)
    for i in range(ns):
        ts[i] = tg * math.exp(y[1 + k * i])
        if chem:
            xs[i] = y[2 + k * i]
    tp, xp = tg, 0.0
    if with_phi:
        tp = tg * math.exp(y[i_phi])
        if chem:
            xp = m / tp - math.exp(y[i_phi + 1])
    # ---- thermodynamics
    if not M_E / tg <= _X_MAX:
        return STATUS_FALLBACK
    e = np.empty(7)
    fermion_xi0(M_E, tg, 4.0, e0, e0_lay, e)
    rho_g = _rho_photon(tg)
    q_p = q_rho = q_drho = 0.0
    if qed > 0 and tg >= _Q_T_MIN:
        if tg > _Q_T_MAX:
            return STATUS_FALLBACK
        q_p, q_rho, q_drho = qed_correction(tg, qed, qcoef)
    nus = np.empty((ns, 7))
    for i in range(ns):
        if not (_XI_MIN <= xs[i] <= _XI_MAX):
            return STATUS_FALLBACK
        massless_fermion(ts[i], xs[i], 2.0, fd, fd_lay, c0, nus[i])
    phi_on = with_phi and phi_gone_ok and xp >= xi_gone
    ph = np.zeros(7)
    if phi_on:
        x = m / tp
        if not (x <= _X_MAX and _XI_MIN <= xp < x):
            return STATUS_FALLBACK
        if not boson(m, tp, xp, 1.0, ph):
            return STATUS_FALLBACK
    rho_em = rho_g + e[1] + q_rho
    p_em = rho_g / 3.0 + e[2] + q_p
    rho_nu = 0.0
    for i in range(ns):
        rho_nu += mult[i] * nus[i, 1]
    rho_tot = rho_em + rho_nu + (ph[1] if phi_on else 0.0)
    H = _hubble_of_rho(rho_tot, M_PL)
    # ---- collision terms
    cn = np.zeros(ns)
    cr = np.zeros(ns)
    c_em = 0.0
    if sm_weak:
        yb = nue_y_block(tg, y_edges, nue, x_y, w_y)
        for i in range(ns):
            if not nue_ok(tg, ts[i], xs[i], g_l[i], g_r[i]):
                return STATUS_FALLBACK
            dn, dr = nue_transfer(tg, ts[i], xs[i], g_l[i], g_r[i], yb, x_rho, w_rho, x_xi, w_xi)
            cn[i] += dn
            cr[i] += dr
            c_em -= mult[i] * dr
        if nu_nu:
            for i in range(ns):
                for j in range(i + 1, ns):
                    if not nunu_ok(ts[i], xs[i], ts[j], xs[j]):
                        return STATUS_FALLBACK
                    a, b = nunu_transfer(ts[i], xs[i], ts[j], xs[j], nunu, x_rho, w_rho, x_s, w_s, x_d, w_d)
                    cn[i] += mult[j] * a
                    cr[i] += mult[j] * b
                    cn[j] -= mult[i] * a
                    cr[j] -= mult[i] * b
    cn_phi = cr_phi = 0.0
    if phi_on:
        if gamma_gg > 0.0:
            if not decay_ok(m, gamma_gg, tp, xp, tg, 0.0, True):
                return STATUS_FALLBACK
            a, b = decay_transfer(m, gamma_gg, tp, xp, tg, 0.0, True, t48, w48, t200, w200)
            cn_phi += a
            cr_phi += b
            c_em -= b
        for i in range(ns):
            if gamma_nu[i] > 0.0:
                if not decay_ok(m, gamma_nu[i], tp, xp, ts[i], xs[i], False):
                    return STATUS_FALLBACK
                a, b = decay_transfer(m, gamma_nu[i], tp, xp, ts[i], xs[i], False, t48, w48, t200, w200)
                cn_phi += mult[i] * a
                cr_phi += mult[i] * b
                cn[i] -= 2.0 * a
                cr[i] -= b
    # ---- equations of motion
    dy[:] = 0.0
    dtg = (-3.0 * H * (rho_em + p_em) + c_em) / (_drho_photon_dT(tg) + e[5] + q_drho)
    lg = dtg / (H * tg)
    dy[0] = lg
    for i in range(ns):
        t = nus[i]
        A = -3.0 * H * t[0] + cn[i]
        B = -4.0 * H * t[1] + cr[i]
        if chem:
            det = t[3] * t[6] - t[4] * t[5]
            dT = (t[6] * A - t[4] * B) / det
            dx = (t[3] * B - t[5] * A) / det
            dy[2 + k * i] = dx / H
        else:
            dT = B / t[5]
        dy[1 + k * i] = dT / (H * ts[i]) - lg
    if phi_on:
        A = -3.0 * H * ph[0] + cn_phi
        B = -3.0 * H * (ph[1] + ph[2]) + cr_phi
        if chem:
            det = ph[3] * ph[6] - ph[4] * ph[5]
            dT = (ph[6] * A - ph[4] * B) / det
            dxi = (ph[3] * B - ph[5] * A) / det
            dy[i_phi + 1] = (-(m / tp) * dT / tp - dxi) / (H * (m / tp - xp))
        else:
            dT = B / ph[5]
        dy[i_phi] = dT / (H * tp) - lg
    for i in range(dy.shape[0]):
        if not math.isfinite(dy[i]):
            return STATUS_FALLBACK
    return STATUS_OK


#: The parameters :func:`rhs` and :func:`jac` share (boltzmann._System's), filled into both docstrings.
_SYSTEM_PARAMS = """    m : float
        phi mass [MeV] (0 without phi).
    gamma_gg : float
        Width of phi -> gamma gamma [MeV], >= 0.
    gamma_nu : numpy.ndarray
        Width of phi into a pair of one flavour/state of each neutrino species [MeV], shape (n_species,).
    mult : numpy.ndarray
        Multiplicity of each species, shape (n_species,).
    g_l : numpy.ndarray
        Effective g_L of each species' e+- <-> nu rates (boltzmann._effective_couplings), shape (n_species,).
    g_r : numpy.ndarray
        Effective g_R of each species, shape (n_species,).
    qed : int
        Order of the QED correction: 0, 2 or 3.
    chem : bool
        Chemical potentials evolved (the state's layout has the xi entries).
    sm_weak : bool
        The weak e+- <-> nu and nu <-> nu rates on.
    nu_nu : bool
        The nu <-> nu rates between species on.
    with_phi : bool
        The state has phi's entries.
    phi_gone_ok : bool
        phi may be active (not dropped, or forced).
    xi_gone : float
        phi counts as gone below this xi_phi (-inf when forced).
    tab : tuple of numpy.ndarray
        :func:`tables`."""


def _system_doc(f):
    """Fill the shared parameter block into f's docstring (before Numba wraps it)."""
    if f.__doc__:  # None under python -OO
        f.__doc__ = f.__doc__.replace("{system}", _SYSTEM_PARAMS)
    return f


@_njit
@_system_doc
def rhs(y: np.ndarray, m: float, gamma_gg: float, gamma_nu: np.ndarray, mult: np.ndarray, g_l: np.ndarray,
        g_r: np.ndarray, qed: int, chem: bool, sm_weak: bool, nu_nu: bool, with_phi: bool, phi_gone_ok: bool,
        xi_gone: float, tab: tuple) -> tuple:
    """The right-hand side dy/dN of the evolution at state y (boltzmann._System's layout and equations).

    Parameters
    ----------
    y : numpy.ndarray
        State [ln T_gamma, (ln(T_i/T_gamma), xi_i)..., (ln(T_phi/T_gamma), ln(m/T_phi - xi_phi))], contiguous.
{system}

    Returns
    -------
    tuple
        (dy, status): dy/dN (numpy.ndarray of y's shape) and STATUS_OK, or STATUS_FALLBACK where an argument is
        outside the compiled path's domain (dy is then not to be used: the NumPy backend evaluates that point).
    """
    dy = np.empty(y.shape[0])
    st = _rhs(y, dy, m, gamma_gg, gamma_nu, mult, g_l, g_r, qed, chem, sm_weak, nu_nu, with_phi, phi_gone_ok,
              xi_gone, tab)
    return dy, st


@_njit
@_system_doc
def jac(y: np.ndarray, hs: np.ndarray, m: float, gamma_gg: float, gamma_nu: np.ndarray, mult: np.ndarray,
        g_l: np.ndarray, g_r: np.ndarray, qed: int, chem: bool, sm_weak: bool, nu_nu: bool, with_phi: bool,
        phi_gone_ok: bool, xi_gone: float, tab: tuple) -> tuple:
    """Forward-difference Jacobian of :func:`rhs`, column j from y + hs[j] e_j (boltzmann._System.jac's steps).

    Parameters
    ----------
    y : numpy.ndarray
        State (as in :func:`rhs`), contiguous.
    hs : numpy.ndarray
        Step of each column, y's shape, > 0.
{system}

    Returns
    -------
    tuple
        (J, status): the (dim, dim) Jacobian dF_i/dy_j and STATUS_OK, or STATUS_FALLBACK if any of the dim + 1
        right-hand sides is outside the compiled domain (J is then not to be used).
    """
    n = y.shape[0]
    f0 = np.empty(n)
    J = np.empty((n, n))
    st = _rhs(y, f0, m, gamma_gg, gamma_nu, mult, g_l, g_r, qed, chem, sm_weak, nu_nu, with_phi, phi_gone_ok, xi_gone,
              tab)
    if st != STATUS_OK:
        return J, st
    yp = y.copy()
    f = np.empty(n)
    for j in range(n):
        yp[j] = y[j] + hs[j]
        st = _rhs(yp, f, m, gamma_gg, gamma_nu, mult, g_l, g_r, qed, chem, sm_weak, nu_nu, with_phi, phi_gone_ok,
                  xi_gone, tab)
        if st != STATUS_OK:
            return J, st
        for i in range(n):
            J[i, j] = (f[i] - f0[i]) / hs[j]
        yp[j] = y[j]
    return J, STATUS_OK

