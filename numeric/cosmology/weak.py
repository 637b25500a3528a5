"""Standard-Model weak collision terms (number and energy transfer) of one neutrino species (nu + nubar,
2 dof, equilibrium-shaped FD distribution with its own T and xi = mu/T) with e+- and with another
neutrino species: Fermi-Dirac statistics, Pauli blocking of every final state, and the electron mass.

Physics and the exact reduction of the collision integrals are derived in ``model/weak.py``
(matrix elements from Dolgov, Hansen, Semikoz, NPB 503 (1997) 426, Table 1); this module applies a
fixed Gauss-Legendre rule to the generated integrand kernels (:func:`exact_rates`) and serves the
solver from a table built by that evaluator (:func:`nu_e_transfer`, :func:`nu_nu_transfer`).
See docs/weak-rates.md. Units: MeV; dn/dt in MeV^4, drho/dt in MeV^5. No SymPy here.
"""

from __future__ import annotations

import bisect
import functools
import math
from typing import TYPE_CHECKING

import numpy as np
from scipy.special import expit

from mevscalar import generated as _generated
from mevscalar.constants import G_F, M_E
from mevscalar.generated import weak_np as K
from mevscalar.validate import ParameterError, finite

if TYPE_CHECKING:  # type hints only (no runtime import)
    from collections.abc import Sequence

    from numpy.typing import ArrayLike

__all__ = [
    "nu_e_transfer",
    "nu_nu_transfer",
    "nu_e_transfer_many",
    "nu_nu_transfer_many",
    "exact_rates",
    "G_L_E",
    "G_L_MU",
    "G_R",
    "S_W2_MSBAR_MZ",
    "G_L_E_TREE",
    "G_L_MU_TREE",
    "G_R_TREE",
    "STATISTICS",
]

STATISTICS = ("fd", "mb")

# --------------------------------------------------------------------------- couplings
#: sin^2 theta_W in the MSbar scheme at M_Z, PDG 2024 electroweak review (Erler, Freitas), Eq. (10.28):
#: 0.23129(4). Used only for the tree-level alternative couplings below.
S_W2_MSBAR_MZ = 0.23129
#: Tree-level effective couplings g_L = +-1/2 + s_W^2, g_R = s_W^2 (nu_e: + from the charged current).
G_L_E_TREE = 0.5 + S_W2_MSBAR_MZ
G_L_MU_TREE = -0.5 + S_W2_MSBAR_MZ
G_R_TREE = S_W2_MSBAR_MZ
#: Neutrino-electron couplings at q^2 -> 0 with the SM radiative corrections, PDG Review of Particle
#: Physics, "Electroweak model and constraints on new physics" (Erler, Freitas), SM expectations of
#: the nu_mu-e couplings: g_V^{nu e} = -0.0397, g_A^{nu e} = -0.5064 (the values Bennett et al.,
#: JCAP 04 (2021) 073 use). g_L = (g_V + g_A)/2, g_R = (g_V - g_A)/2; the charged current of nu_e
#: adds 1 to g_V and g_A (Fierz), i.e. 1 to g_L.
G_V_NUMU_E = -0.0397
G_A_NUMU_E = -0.5064
G_L_MU = (G_V_NUMU_E + G_A_NUMU_E) / 2.0  # -0.27305 (nu_mu, nu_tau)
G_R = (G_V_NUMU_E - G_A_NUMU_E) / 2.0  # 0.23335
G_L_E = G_L_MU + 1.0  # 0.72695

# --------------------------------------------------------------------------- exact evaluator
#: Gauss-Legendre orders of the reduced integral: w (pair invariant mass), z (pair momentum), c (CM
#: cosines). Measured convergence (tests/numeric/cosmology/test_weak.py): doubling every order changes the rates by < 1e-7.
N_W, N_Z, N_C = 40, 24, 12
#: integration ranges: E - M_min <= L T_max with L = TRUNC + 2 max(xi, 0): e^-TRUNC truncation
TRUNC = 42.0


@functools.lru_cache(maxsize=None)
def _gl(n: int):
    x, wt = np.polynomial.legendre.leggauss(n)
    return x, wt


def _occ(e, t, xi, stats):
    """(f, 1 - f) for energy e at (t, xi): FD, or MB with no blocking (1 - f -> 1)."""
    a = e / t - xi
    if stats == "fd":
        return expit(-a), expit(a)
    return np.exp(-a), np.ones_like(a)


def _nodes(proc, m, tmax, xmax, n_w, n_z, n_c):
    """Quadrature nodes (w_i, z_j) with weights, and the c nodes."""
    mmin = 2.0 * m if proc == "ann" else m
    L = TRUNC + 2.0 * max(xmax, 0.0)
    w_max = math.sqrt((mmin + L * tmax) ** 2 - mmin**2)
    z_max = math.sqrt(L * tmax)
    xw, ww = _gl(n_w)
    xz, wz = _gl(n_z)
    xc, wc = _gl(n_c)
    wv = 0.5 * w_max * (xw + 1.0)
    zv = 0.5 * z_max * (xz + 1.0)
    W = (0.5 * w_max * ww)[:, None] * (0.5 * z_max * wz)[None, :]
    return wv[:, None], zv[None, :], W, xc, wc


_Q_ANN = {"A": ((0, 0), (0, 2), (2, 0), (2, 2)), "B": ((0, 0),)}
_Q_SC = {"A": ((0, 0), (0, 2), (1, 1), (2, 0), (2, 2)), "B": ((0, 0), (1, 1))}


def exact_rates(
    proc: str, m: float, t_nu: ArrayLike, xi_nu: ArrayLike, t_f: float, xi_f: ArrayLike, *,
    statistics: str = "fd", n: tuple[int, int, int] = (N_W, N_Z, N_C),
) -> dict[str, np.ndarray]:
    """The reduced collision integrals (G_F = 1), per coupling structure (A: g_L^2 + g_R^2, B: g_L g_R).

    proc "ann": nu nubar <-> f fbar; returns {"n_gain", "n_loss", "rho_gain", "rho_loss"} ("gain" =
    f fbar -> nu nubar, "loss" = the reverse; dn counts nu + nubar: 2 per event).
    proc "sc": nu f -> nu f summed over nu, nubar, f, fbar; returns {"rho_gain", "rho_loss"} (energy of
    the outgoing, resp. incoming neutrinos). The net rate is gain - loss.
    The partner f (mass m, temperature t_f, xi_f for f and fbar) is e+- or another neutrino species.
    About 4 ms per point; exact up to the quadrature (convergence measured in the tests). At exact
    equilibrium loss == gain bit for bit (the loss is the gain integrand times exp(X), X = 0; for "sc" the
    two sums are mirror images). The reference evaluator behind the tables: it does not validate its
    arguments (:func:`nu_e_transfer` and :func:`nu_nu_transfer` do, and call it outside their tables).

    Parameters
    ----------
    proc : {'ann', 'sc'}
        ``'ann'``: annihilation nu nubar <-> f fbar; ``'sc'``: scattering nu f -> nu f.
    m : float
        Partner mass [MeV], >= 0 (m_e for e+-, 0 for a neutrino species); the tested domain is [0, 20] MeV.
    t_nu : float or array_like
        Neutrino temperature [MeV], > 0; a scalar or a 1-d array (a batch, one length with ``xi_nu`` and
        ``xi_f``).
    xi_nu : float or array_like
        Neutrino xi = mu/T (nu and nubar alike), dimensionless; scalar or 1-d array as ``t_nu``.
    t_f : float
        Partner temperature [MeV], > 0 (a scalar).
    xi_f : float or array_like
        Partner xi = mu/T (f and fbar alike), dimensionless; scalar or 1-d array as ``t_nu``.
    statistics : {'fd', 'mb'}
        ``'fd'`` (default): Fermi-Dirac with Pauli blocking of every final state; ``'mb'``: Maxwell-Boltzmann,
        no blocking (not validated here: any value other than ``'fd'`` is treated as MB).
    n : tuple of int
        Gauss-Legendre orders (n_w, n_z, n_c) of the pair invariant mass, the pair momentum and the CM
        cosines; default (N_W, N_Z, N_C) = (40, 24, 12).

    Returns
    -------
    dict of str to numpy.ndarray
        The gain and loss integrals named above, each an array of shape batch + (2,) (last axis: structures
        A, B; batch = the broadcast shape of ``t_nu``, ``xi_nu``, ``xi_f``), in units of G_F^2: n [MeV^8],
        rho [MeV^9], i.e. dn/dt [MeV^4] and drho/dt [MeV^5] once multiplied by G_F^2 and the couplings.
        Against an independent brute-force collision integral: 1e-6 to 1e-7 of each gain and loss (the tests
        require 1e-4 at their fast orders); raising every order by 1.5 changes the rates by < 1e-6.

    Raises
    ------
    ParameterError
        If ``proc`` is neither ``'ann'`` nor ``'sc'``.
    """
    n_w, n_z, n_c = n
    t_nu, xi_nu, xi_f = (np.asarray(v, dtype=float) for v in (t_nu, xi_nu, xi_f))
    batch = np.broadcast_shapes(t_nu.shape, xi_nu.shape, xi_f.shape)
    tb, xb, xfb = (np.broadcast_to(v, batch).reshape(-1)[:, None, None, None] for v in (t_nu, xi_nu, xi_f))
    tmax = max(float(np.max(t_nu)), t_f)
    w, z, W, xc, wc = _nodes(proc, m, tmax, max(float(np.max(xi_nu)), float(np.max(xi_f))), n_w, n_z, n_c)
    cc = xc[None, None, :]
    w3, z3 = w[:, :, None], z[:, :, None]
    pwc = np.stack([np.ones_like(xc), xc, xc * xc]) * wc  # c^0, c^1, c^2 times the weights
    if proc == "ann":
        jac = K.weak_ann_jac(w, z, m) * W
        E = np.broadcast_to(K.weak_ann_etot(w, z, m), jac.shape)
        E1 = K.weak_ann_e1(w3, z3, cc, m)
        E3 = K.weak_ann_e3(w3, z3, cc, m)
        # gain f(3) f(4) -> nu(1) nu(2): occupation f_f(E3) f_f(E4), blocking (1-f_nu(E1))(1-f_nu(E2))
        _, b1 = _occ(E1, tb, xb, statistics)
        _, b2 = _occ(E[:, :, None] - E1, tb, xb, statistics)
        f3, _ = _occ(E3, t_f, xfb, statistics)
        f4, _ = _occ(E[:, :, None] - E3, t_f, xfb, statistics)
        A = np.einsum("nijk,ak->naij", np.broadcast_to(b1 * b2, (tb.shape[0],) + E1.shape), pwc)
        B = np.einsum("nijk,bk->nbij", np.broadcast_to(f3 * f4, (tb.shape[0],) + E3.shape), pwc)
        # loss = gain * exp(X) pointwise (detailed balance of the occupation numbers)
        X = E * (1.0 / t_f - 1.0 / tb[:, :, :, 0]) + 2.0 * (xb[:, :, :, 0] - xfb[:, :, :, 0])
        eX = np.exp(X)
        out = {k: [] for k in ("n_gain", "n_loss", "rho_gain", "rho_loss")}
        for name in ("A", "B"):
            integrand = jac * sum(getattr(K, f"weak_ann_{name}_q{a}{b}")(w, m) * A[:, a] * B[:, b]
                                  for a, b in _Q_ANN[name])
            out["n_gain"].append(2.0 * integrand.sum(axis=(1, 2)))
            out["n_loss"].append(2.0 * (integrand * eX).sum(axis=(1, 2)))
            out["rho_gain"].append((integrand * E).sum(axis=(1, 2)))
            out["rho_loss"].append((integrand * E * eX).sum(axis=(1, 2)))
        return {k: np.stack(v, axis=-1).reshape(batch + (2,)) for k, v in out.items()}
    if proc == "sc":
        jac = K.weak_sc_jac(w, z, m) * W
        E = np.broadcast_to(K.weak_sc_etot(w, z, m), jac.shape)
        E1 = K.weak_sc_e1(w3, z3, cc, m)  # the neutrino, in (1) and out (3): same kinematics
        Ep = E[:, :, None] - E1
        f1, b1 = _occ(E1, tb, xb, statistics)
        f2, b2 = _occ(Ep, t_f, xfb, statistics)
        u_in, u_out = f1 * f2, b1 * b2
        Ai = np.einsum("nijk,ak->naij", u_in, pwc)
        AiE = np.einsum("nijk,ak->naij", u_in * E1, pwc)
        Bo = np.einsum("nijk,bk->nbij", u_out, pwc)
        BoE = np.einsum("nijk,bk->nbij", u_out * E1, pwc)
        out = {"rho_gain": [], "rho_loss": []}
        # exact equilibrium (same T, same xi): detailed balance makes the loss sum the mirror image of
        # the gain sum, equal in exact arithmetic; store the gain for both (rounding would leave ~1e-16)
        eq = (tb[:, 0, 0, 0] == t_f) & (xb[:, 0, 0, 0] == xfb[:, 0, 0, 0])
        for name in ("A", "B"):
            qs = [(getattr(K, f"weak_sc_{name}_q{a}{b}")(w, m) * jac, a, b) for a, b in _Q_SC[name]]
            g = sum((q * Ai[:, a] * BoE[:, b]).sum(axis=(1, 2)) for q, a, b in qs)
            lo = sum((q * AiE[:, a] * Bo[:, b]).sum(axis=(1, 2)) for q, a, b in qs)
            out["rho_gain"].append(g)
            out["rho_loss"].append(np.where(eq, g, lo))
        return {k: np.stack(v, axis=-1).reshape(batch + (2,)) for k, v in out.items()}
    raise ParameterError(f"proc must be 'ann' or 'sc', got {proc!r}")


def _check_stats(statistics):
    if statistics not in STATISTICS:
        raise ParameterError(f"statistics must be one of {STATISTICS}, got {statistics!r}")


def nu_e_transfer_exact(t_gamma, t_nu, xi_nu, g_l, g_r, *, statistics="fd", m_e=M_E, n=(N_W, N_Z, N_C)):
    """(dn/dt, drho/dt) of one neutrino species from e+- by the exact evaluator (slow reference path)."""
    ann = exact_rates("ann", m_e, t_nu, xi_nu, t_gamma, 0.0, statistics=statistics, n=n)
    sc = exact_rates("sc", m_e, t_nu, xi_nu, t_gamma, 0.0, statistics=statistics, n=n)
    cpl = np.array([g_l * g_l + g_r * g_r, g_l * g_r])
    dn = G_F**2 * float(cpl @ (ann["n_gain"] - ann["n_loss"]))
    drho = G_F**2 * float(cpl @ (ann["rho_gain"] - ann["rho_loss"] + sc["rho_gain"] - sc["rho_loss"]))
    return dn, drho


def nu_nu_transfer_exact(t_a, xi_a, t_b, xi_b, *, statistics="fd", n=(N_W, N_Z, N_C)):
    """(dn/dt, drho/dt) of species a from species b by the exact evaluator (slow reference path).

    Species b enters as a massless partner with g_L = 1/2, g_R = 0 (model/weak.py).
    """
    ann = exact_rates("ann", 0.0, t_a, xi_a, t_b, xi_b, statistics=statistics, n=n)
    sc = exact_rates("sc", 0.0, t_a, xi_a, t_b, xi_b, statistics=statistics, n=n)
    dn = G_F**2 * 0.25 * float(ann["n_gain"][0] - ann["n_loss"][0])
    drho = G_F**2 * 0.25 * float(ann["rho_gain"][0] - ann["rho_loss"][0] + sc["rho_gain"][0] - sc["rho_loss"][0])
    return dn, drho


# --------------------------------------------------------------------------- the table
#: Table layout. e+- table "nue": y = m_e/t_gamma on piecewise segments (Chebyshev points of the second
#: kind, P_Y per segment, shared ends), rho = ln(t_nu/t_gamma) and xi on single Chebyshev grids. nu-nu
#: table "nunu": rho = ln(t_a/t_b), s = (xi_a + xi_b)/2, d = xi_a - xi_b. Stored: logs of the positive
#: structure-A rates divided by plain scalings, and the ratios B/A (see _channels_nue). Odd node counts
#: put rho = 0, xi = 0 (and d = 0) on nodes, so that at equilibrium gain == loss bit for bit.
TABLE_VERSION = "2"
Y_EDGES = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
P_Y = 7
RHO_MAX = math.log(2.0)  # rho in [-ln 2, ln 2]
XI_MAX = 2.0
N_RHO, N_XI = 9, 9
D_MAX = 4.0
N_S, N_D = 9, 13
#: quadrature orders used to build the table
N_BUILD = (40, 24, 12)
TABLE_PATH = __import__("pathlib").Path(_generated.__file__).resolve().parent / "weak_tables.npz"  # beside the kernels


def _cheb2(n):
    """Chebyshev points of the second kind on [-1, 1], ascending, centre exactly 0 for odd n."""
    x = -np.cos(np.pi * np.arange(n) / (n - 1))
    if n % 2:
        x[n // 2] = 0.0
    x[0], x[-1] = -1.0, 1.0
    return x


def _bary_w(n):
    wts = np.array([(-1.0) ** k for k in range(n)])
    wts[0] *= 0.5
    wts[-1] *= 0.5
    return wts


def y_nodes():
    """All y nodes of the e+- table (segment ends shared)."""
    x = _cheb2(P_Y)
    out = [0.0]
    for a, b in zip(Y_EDGES[:-1], Y_EDGES[1:]):
        out.extend((a + (b - a) * (x[1:] + 1.0) / 2.0).tolist())
        out[-1] = b
    return np.array(out)


def _channels_nue(y, r, xi, ann, sc):
    """Tabulated channels of the e+- rates at t_gamma = 1 (12, last axis)."""
    ng, nl = np.exp(-2.0 * y), r**8 * np.exp(2.0 * xi - 2.0 * y / r)
    rg, rl = np.exp(-2.0 * y), r**9 * np.exp(2.0 * xi - 2.0 * y / r)
    sn = np.exp(xi - y)
    a = ann
    return np.stack([
        np.log(a["n_gain"][..., 0] / ng), np.log(a["n_loss"][..., 0] / nl),
        np.log(a["rho_gain"][..., 0] / rg), np.log(a["rho_loss"][..., 0] / rl),
        np.log(sc["rho_gain"][..., 0] / sn), np.log(sc["rho_loss"][..., 0] / sn),
        a["n_gain"][..., 1] / a["n_gain"][..., 0], a["n_loss"][..., 1] / a["n_loss"][..., 0],
        a["rho_gain"][..., 1] / a["rho_gain"][..., 0], a["rho_loss"][..., 1] / a["rho_loss"][..., 0],
        sc["rho_gain"][..., 1] / sc["rho_gain"][..., 0], sc["rho_loss"][..., 1] / sc["rho_loss"][..., 0],
    ], axis=-1)


def _channels_nunu(r, xa, xb, ann, sc):
    """Tabulated channels of the nu-nu rates at t_b = 1 (6, last axis)."""
    a = ann
    return np.stack([
        np.log(a["n_gain"][..., 0] / np.exp(2.0 * xb)), np.log(a["n_loss"][..., 0] / (r**8 * np.exp(2.0 * xa))),
        np.log(a["rho_gain"][..., 0] / np.exp(2.0 * xb)), np.log(a["rho_loss"][..., 0] / (r**9 * np.exp(2.0 * xa))),
        np.log(sc["rho_gain"][..., 0] / np.exp(xa + xb)), np.log(sc["rho_loss"][..., 0] / np.exp(xa + xb)),
    ], axis=-1)


def _equalise(ch, eq):
    """At an equilibrium node, detailed balance makes every loss equal to its gain: store one value.

    (The annihilation sums already agree bit for bit, loss = gain x exp(0); the scattering sums are
    mirror images that agree to rounding, ~1e-16.) Channel pairs: (gain, loss) = (2k, 2k+1) for the
    logs, and the B/A ratios after them."""
    nlog = 6
    for k in range(0, ch.shape[-1], 2):
        if k < nlog or ch.shape[-1] > nlog:
            d = np.abs(ch[eq, k + 1] - ch[eq, k])
            if d.size and d.max() > 1e-12 * max(1.0, np.abs(ch[eq, k]).max()):
                raise RuntimeError(f"equilibrium node: channel {k} gain and loss differ by {d.max():.2e}")
            ch[eq, k + 1] = ch[eq, k]


def table_fingerprint() -> str:
    """Hash of everything the table depends on: layout, quadrature, and the source of the generated
    integrand kernels (weak_ann_*, weak_sc_*) it is built from."""
    import hashlib
    import re

    src = (TABLE_PATH.parent / "weak_np.py").read_text(encoding="utf-8")
    parts = re.split(r"^def ", src, flags=re.M)[1:]  # the integrand kernels the table is built from
    used = sorted(p.split("\n\n\n")[0] for p in parts if p.startswith(("weak_ann_", "weak_sc_")))
    kh = hashlib.sha256("\n".join(used).encode()).hexdigest()
    spec = repr((TABLE_VERSION, Y_EDGES, P_Y, RHO_MAX, XI_MAX, N_RHO, N_XI, D_MAX, N_S, N_D, N_BUILD, TRUNC, kh))
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


def build_tables(n=N_BUILD, progress=False) -> dict:
    """Build both tables with the exact evaluator (deterministic; ~1 min on one core)."""
    rho = RHO_MAX * _cheb2(N_RHO)
    xi = XI_MAX * _cheb2(N_XI)
    R, X = np.meshgrid(np.exp(rho), xi, indexing="ij")
    R, X = R.reshape(-1), X.reshape(-1)
    nue, nue_mb = [], []
    for i, y in enumerate(y_nodes()):
        ann = exact_rates("ann", float(y), R, X, 1.0, 0.0, n=n)
        sc = exact_rates("sc", float(y), R, X, 1.0, 0.0, n=n)
        ch = _channels_nue(y, R, X, ann, sc)
        _equalise(ch, (R == 1.0) & (X == 0.0))
        nue.append(ch.reshape(N_RHO, N_XI, -1))
        # MB: no blocking, so the normalised channels do not depend on xi (the e^xi factors are exact)
        rr = np.exp(rho)
        ann = exact_rates("ann", float(y), rr, 0.0, 1.0, 0.0, statistics="mb", n=n)
        sc = exact_rates("sc", float(y), rr, 0.0, 1.0, 0.0, statistics="mb", n=n)
        ch = _channels_nue(y, rr, 0.0, ann, sc)
        _equalise(ch, rr == 1.0)
        nue_mb.append(ch)
        if progress:
            print(f"y = {y:.4g} done", flush=True)
    s_ = XI_MAX * _cheb2(N_S)
    d_ = D_MAX * _cheb2(N_D)
    R3, S3, D3 = (a.reshape(-1) for a in np.meshgrid(np.exp(rho), s_, d_, indexing="ij"))
    XA, XB = S3 + D3 / 2.0, S3 - D3 / 2.0
    ann = exact_rates("ann", 0.0, R3, XA, 1.0, XB, n=n)
    sc = exact_rates("sc", 0.0, R3, XA, 1.0, XB, n=n)
    ch = _channels_nunu(R3, XA, XB, ann, sc)
    _equalise(ch, (R3 == 1.0) & (D3 == 0.0))
    nunu = ch.reshape(N_RHO, N_S, N_D, -1)
    return {"nue": np.array(nue), "nue_mb": np.array(nue_mb), "nunu": nunu,
            "fingerprint": np.array(table_fingerprint())}


def write_tables(path=TABLE_PATH, n=N_BUILD, progress=False):
    """Build and write generated/weak_tables.npz (float32 data; deterministic bytes)."""
    t = build_tables(n=n, progress=progress)
    with open(path, "wb") as fh:
        np.savez(fh, nue=t["nue"].astype(np.float32), nue_mb=t["nue_mb"].astype(np.float32),
                 nunu=t["nunu"].astype(np.float32), fingerprint=t["fingerprint"])
    return path


@functools.lru_cache(maxsize=None)
def _tables():
    try:
        with np.load(TABLE_PATH) as f:
            nue = f["nue"].astype(float)
            nue_mb = f["nue_mb"].astype(float)
            nunu = f["nunu"].astype(float)
            fp = str(f["fingerprint"])
    except OSError as exc:  # pragma: no cover - the file is committed
        raise RuntimeError(f"{TABLE_PATH} is missing: run `python -m mevscalar.numeric.cosmology.weak build-tables`") from exc
    ny = nue.shape[0]
    flat = nue.reshape(ny, -1)  # [y node, (rho, xi, channel)]
    nseg = len(Y_EDGES) - 1
    flat_mb = nue_mb.reshape(ny, -1)
    out = {
        "nue_seg": [np.ascontiguousarray(flat[k * (P_Y - 1): k * (P_Y - 1) + P_Y]) for k in range(nseg)],
        "nue_mb_seg": [np.ascontiguousarray(flat_mb[k * (P_Y - 1): k * (P_Y - 1) + P_Y]) for k in range(nseg)],
        "nunu": nunu.reshape(N_RHO, -1),
        "fingerprint": fp,
        "x_rho": _cheb2(N_RHO), "w_rho": _bary_w(N_RHO),
        "x_xi": _cheb2(N_XI), "w_xi": _bary_w(N_XI),
        "x_s": _cheb2(N_S), "w_s": _bary_w(N_S),
        "x_d": _cheb2(N_D), "w_d": _bary_w(N_D),
        "x_y": _cheb2(P_Y), "w_y": _bary_w(P_Y),
    }
    for ax in ("rho", "xi", "s", "d", "y"):
        out["l_" + ax] = out["x_" + ax].tolist()
        out["w_" + ax] = out["w_" + ax].tolist()
    return out


def _lagrange(t, x, xl, wts):
    """Barycentric Lagrange basis at t in [-1, 1] on nodes x (list copy xl, weights wts as a list;
    exactly one-hot on a node). Plain Python. Used for the y direction (once per t_gamma, see
    :func:`_y_block`) and by the reference implementations ``_interp_*_ref``."""
    i = bisect.bisect_left(xl, t)
    if i < len(xl) and xl[i] == t:
        out = [0.0] * len(xl)
        out[i] = 1.0
        return np.array(out)
    c = [wk / (t - xk) for wk, xk in zip(wts, xl)]
    s = sum(c)
    return np.array([ck / s for ck in c])


# ---- the fast table path (the solver's inner loop; ~3x faster than the reference path below)
# * the y contraction (7 nodes) of the e+- table depends on t_gamma only, which the 2-3 species of one
#   right-hand side share: it is cached per y (a small dict, cleared when full); it uses the same
#   unnormalised weights as the other directions (below);
# * the remaining directions use the UNNORMALISED barycentric weights c_k = w_k / (t - x_k) (two NumPy
#   ufunc calls on preallocated node arrays) and a constant channel 1 appended to the table: the
#   contraction then carries sum(c_rho) sum(c_xi) along, and one division normalises (the barycentric
#   formula of the second kind); exactly one-hot on a node (so equilibrium stays bit for bit);
# * the nu-nu table's rho contraction is cached per rho as well.
# Agreement with the reference path: ~1e-16 (tests/numeric/cosmology/test_weak.py::test_fast_path_equals_reference).
_CACHE_MAX = 64
_Y_CACHE: dict = {}
_RHO_CACHE: dict = {}
#: memo of whole results per argument tuple (a pure function of them): the solver's forward-difference
#: Jacobian perturbs one state variable per column, so most species' calls repeat exactly
_MEMO_MAX = 256
_MEMO_E: dict = {}
_MEMO_NN: dict = {}


def _clear_caches():
    """Empty the per-y, per-rho and result caches (tests and benchmarks)."""
    for c in (_Y_CACHE, _RHO_CACHE, _MEMO_E, _MEMO_NN):
        c.clear()


def _with_one(a, nch):
    """Append a constant channel 1 to the last axis of a flattened [..., (points, nch)] table."""
    a = a.reshape(a.shape[0], -1, nch)
    return np.ascontiguousarray(np.concatenate([a, np.ones(a.shape[:-1] + (1,))], axis=-1).reshape(a.shape[0], -1))


@functools.lru_cache(maxsize=None)
def _fast():
    T = _tables()
    one = np.eye  # one-hot rows for the node case
    return {
        "x_rho": T["x_rho"].copy(), "w_rho": np.array(T["w_rho"]), "l_rho": tuple(T["l_rho"]), "e_rho": one(N_RHO),
        "x_xi": T["x_xi"].copy(), "w_xi": np.array(T["w_xi"]), "l_xi": tuple(T["l_xi"]), "e_xi": one(N_XI),
        "x_s": T["x_s"].copy(), "w_s": np.array(T["w_s"]), "l_s": tuple(T["l_s"]), "e_s": one(N_S),
        "x_d": T["x_d"].copy(), "w_d": np.array(T["w_d"]), "l_d": tuple(T["l_d"]), "e_d": one(N_D),
        "x_y": T["x_y"].copy(), "w_y": np.array(T["w_y"]), "l_y": tuple(T["l_y"]), "e_y": one(P_Y),
        # e+- tables per y segment with the constant channel: [y node, (rho, xi, 13)], MB [y node, (rho, 13)]
        "nue1": [_with_one(a, 12) for a in T["nue_seg"]],
        "nue1_mb": [_with_one(a, 12) for a in T["nue_mb_seg"]],
        # nu-nu table with the constant channel: [rho, (s, d, 7)]
        "nunu1": np.ascontiguousarray(np.concatenate(
            [T["nunu"].reshape(N_RHO, N_S, N_D, -1), np.ones((N_RHO, N_S, N_D, 1))], axis=-1
        ).reshape(N_RHO, -1)),
    }


def _bary(t, x, w, l, e):
    """Unnormalised barycentric weights at t (one-hot row on a node)."""
    if t in l:
        return e[l.index(t)]
    return w / (t - x)


def _y_block(y, stats):
    """The e+- table contracted in y: [rho, (xi, channels + the constant 1)], cached per (y, stats)."""
    key = (y, stats)
    v = _Y_CACHE.get(key)
    if v is None:
        F = _fast()
        ycl = min(y, Y_EDGES[-1])
        seg = min(bisect.bisect_right(Y_EDGES, ycl) - 1, len(Y_EDGES) - 2)
        a, b = Y_EDGES[seg], Y_EDGES[seg + 1]
        t = (2.0 * ycl - a - b) / (b - a)
        c = F["e_y"][F["l_y"].index(t)] if t in F["l_y"] else F["w_y"] / (t - F["x_y"])
        v = np.dot(c, F["nue1" if stats == "fd" else "nue1_mb"][seg]).reshape(N_RHO, -1)
        if len(_Y_CACHE) >= _CACHE_MAX:
            _Y_CACHE.clear()
        _Y_CACHE[key] = v
    return v


def _normalised(v):
    """The contracted channels divided by the contracted constant channel (the last entry)."""
    v = v.tolist()
    s = 1.0 / v.pop()
    return [c * s for c in v]


def _interp_nue(y, rho, xi, _dot=np.dot):
    F = _fast()
    v = _Y_CACHE.get((y, "fd"))
    if v is None:
        v = _y_block(y, "fd")
    t = rho / RHO_MAX
    l = F["l_rho"]
    v = _dot(F["e_rho"][l.index(t)] if t in l else F["w_rho"] / (t - F["x_rho"]), v).reshape(N_XI, 13)
    t = xi / XI_MAX
    l = F["l_xi"]
    return _normalised(_dot(F["e_xi"][l.index(t)] if t in l else F["w_xi"] / (t - F["x_xi"]), v))


def _interp_nue_mb(y, rho):
    F = _fast()
    v = _bary(rho / RHO_MAX, F["x_rho"], F["w_rho"], F["l_rho"], F["e_rho"]) @ _y_block(y, "mb")
    return _normalised(v)


def _interp_nunu(rho, s, d, _dot=np.dot):
    F = _fast()
    v = _RHO_CACHE.get(rho)
    if v is None:
        v = _dot(_bary(rho / RHO_MAX, F["x_rho"], F["w_rho"], F["l_rho"], F["e_rho"]), F["nunu1"]).reshape(N_S, -1)
        if len(_RHO_CACHE) >= _CACHE_MAX:
            _RHO_CACHE.clear()
        _RHO_CACHE[rho] = v
    t = s / XI_MAX
    l = F["l_s"]
    v = _dot(F["e_s"][l.index(t)] if t in l else F["w_s"] / (t - F["x_s"]), v).reshape(N_D, 7)
    t = d / D_MAX
    l = F["l_d"]
    return _normalised(_dot(F["e_d"][l.index(t)] if t in l else F["w_d"] / (t - F["x_d"]), v))


# ---- the reference path (the implementation before the fast path; kept for the equality test)
def _interp_nue_ref(y, rho, xi):
    T = _tables()
    ycl = min(y, Y_EDGES[-1])
    seg = min(bisect.bisect_right(Y_EDGES, ycl) - 1, len(Y_EDGES) - 2)
    a, b = Y_EDGES[seg], Y_EDGES[seg + 1]
    ly = _lagrange((2.0 * ycl - a - b) / (b - a), T["x_y"], T["l_y"], T["w_y"])
    v = (ly @ T["nue_seg"][seg]).reshape(N_RHO, -1)
    v = (_lagrange(rho / RHO_MAX, T["x_rho"], T["l_rho"], T["w_rho"]) @ v).reshape(N_XI, -1)
    return (_lagrange(xi / XI_MAX, T["x_xi"], T["l_xi"], T["w_xi"]) @ v).tolist()


def _interp_nue_mb_ref(y, rho):
    T = _tables()
    ycl = min(y, Y_EDGES[-1])
    seg = min(bisect.bisect_right(Y_EDGES, ycl) - 1, len(Y_EDGES) - 2)
    a, b = Y_EDGES[seg], Y_EDGES[seg + 1]
    ly = _lagrange((2.0 * ycl - a - b) / (b - a), T["x_y"], T["l_y"], T["w_y"])
    v = (ly @ T["nue_mb_seg"][seg]).reshape(N_RHO, -1)
    return (_lagrange(rho / RHO_MAX, T["x_rho"], T["l_rho"], T["w_rho"]) @ v).tolist()


def _interp_nunu_ref(rho, s, d):
    T = _tables()
    v = (_lagrange(rho / RHO_MAX, T["x_rho"], T["l_rho"], T["w_rho"]) @ T["nunu"]).reshape(N_S, -1)
    v = (_lagrange(s / XI_MAX, T["x_s"], T["l_s"], T["w_s"]) @ v).reshape(N_D, -1)
    return (_lagrange(d / D_MAX, T["x_d"], T["l_d"], T["w_d"]) @ v).tolist()


def nu_e_transfer(
    t_gamma: ArrayLike, t_nu: ArrayLike, xi_nu: ArrayLike, g_l: ArrayLike, g_r: ArrayLike, *,
    statistics: str = "fd", m_e: ArrayLike = M_E,
) -> tuple[float, float] | tuple[np.ndarray, np.ndarray]:
    """Collision terms (dn/dt [MeV^4], drho/dt [MeV^5]) of one neutrino species (nu + nubar) from the e+- plasma.

    The processes are e+ e- <-> nu nubar and nu(bar) e+- <-> nu(bar) e+-, with e+- in equilibrium at t_gamma,
    mu_e = 0.

    FD inside the table (t_nu/t_gamma in [1/2, 2], |xi| <= 2): ~10 us (~0.3 us for a repeated call:
    memo), accurate to ~1e-5 of the forward
    rates; m_e/t_gamma > 64 uses the table's y = 64 edge times the exact exponential suppression
    (rates below e^-64 of their massless size). MB at m_e = 0: the closed forms; MB with m_e > 0 inside the
    table's t_nu/t_gamma range: the MB table (any |xi| <= 4). Elsewhere (FD or MB outside the table's
    t_nu/t_gamma range, FD with |xi| > 2): the exact evaluator (~10 ms).

    Parameters
    ----------
    t_gamma : float or array_like
        Photon (= e+-) temperature [MeV], in [1e-6, 1e3].
    t_nu : float or array_like
        Neutrino temperature [MeV], in [1e-6, 1e3], with t_nu/t_gamma in [1/4, 4].
    xi_nu : float or array_like
        Neutrino xi = mu/T (nu and nubar alike), dimensionless, in [-4, 4].
    g_l : float or array_like
        Effective left-handed coupling of the flavour (:data:`G_L_E` for nu_e, :data:`G_L_MU` for nu_mu,
        nu_tau), in [-10, 10].
    g_r : float or array_like
        Effective right-handed coupling (:data:`G_R`), in [-10, 10].
    statistics : {'fd', 'mb'}
        ``'fd'`` (default): full Fermi-Dirac distributions, Pauli blocking of all final states; ``'mb'``:
        Maxwell-Boltzmann, no blocking.
    m_e : float or array_like
        Electron mass [MeV], in [0, 20] (0: the massless limit); default :data:`mevscalar.constants.M_E`.

    Returns
    -------
    tuple of float or tuple of numpy.ndarray
        (dn/dt [MeV^4], drho/dt [MeV^5]) of the neutrino species (C_n, C_rho in dn/dt + 3 H n = C_n): floats
        for scalar arguments, else arrays of the broadcast shape. Table vs the exact evaluator: worst 7e-6 of
        the forward rate (required 2e-5); MB at m_e = 0: the closed forms to 1e-12; exactly 0 at equilibrium
        (t_nu = t_gamma, xi_nu = 0) on the table path.

    Raises
    ------
    ParameterError
        If an argument is not a real number (or the arrays do not broadcast) or is outside its range above
        (temperatures, t_nu/t_gamma, xi_nu, g_l, g_r, m_e), or ``statistics`` is neither choice.
    """
    key = (t_gamma, t_nu, xi_nu, g_l, g_r, m_e, statistics)
    try:
        out = _MEMO_E.get(key)
    except TypeError:  # an array argument (unhashable)
        key = out = None
    if out is not None:
        return out
    if not _all_scalar(t_gamma, t_nu, xi_nu, g_l, g_r, m_e):
        return _elementwise(lambda *a: nu_e_transfer(*a[:5], statistics=statistics, m_e=a[5]),
                            t_gamma, t_nu, xi_nu, g_l, g_r, m_e)
    out = _nu_e_scalar(t_gamma, t_nu, xi_nu, g_l, g_r, statistics, m_e)
    if key is not None:
        if len(_MEMO_E) >= _MEMO_MAX:
            _MEMO_E.clear()
        _MEMO_E[key] = out
    return out


def _nu_e_scalar(t_gamma, t_nu, xi_nu, g_l, g_r, statistics, m_e):
    if (isinstance(t_gamma, float) and isinstance(t_nu, float) and isinstance(xi_nu, float)
            and isinstance(g_l, float) and isinstance(g_r, float) and isinstance(m_e, float)
            and 1e-6 <= t_gamma <= 1e3 and 1e-6 <= t_nu <= 1e3 and 0.25 * t_gamma < t_nu < 4.0 * t_gamma
            and -4.0 <= xi_nu <= 4.0 and -10.0 <= g_l <= 10.0 and -10.0 <= g_r <= 10.0 and 0.0 <= m_e <= 20.0
            and statistics in STATISTICS):  # fast path: a strict subset of _validate_e (T_RANGE, RATIO_RANGE, ...)
        t_gamma, t_nu, xi_nu, g_l, g_r, m_e = (float(t_gamma), float(t_nu), float(xi_nu), float(g_l),
                                               float(g_r), float(m_e))
    else:
        t_gamma, t_nu, xi_nu, g_l, g_r, m_e = _validate_e(t_gamma, t_nu, xi_nu, g_l, g_r, m_e)
        _check_stats(statistics)
    A, B = g_l * g_l + g_r * g_r, g_l * g_r
    gf2 = G_F * G_F
    if statistics == "mb" and m_e == 0.0:
        n_g = K.weak_mb0_ann_n_gain(t_nu, t_gamma, xi_nu, 0.0)
        n_l = K.weak_mb0_ann_n_gain(t_gamma, t_nu, 0.0, xi_nu)
        r_g = K.weak_mb0_ann_rho_gain(t_nu, t_gamma, xi_nu, 0.0)
        r_l = K.weak_mb0_ann_rho_gain(t_gamma, t_nu, 0.0, xi_nu)
        s_net = K.weak_mb0_sc_rho(t_nu, t_gamma, xi_nu, 0.0)  # factored: exactly 0 at t_nu = t_gamma
        return gf2 * A * float(n_g - n_l), gf2 * A * float(r_g - r_l + s_net)
    r = t_nu / t_gamma
    rho = math.log(r)
    if abs(rho) > RHO_MAX or (statistics == "fd" and abs(xi_nu) > XI_MAX):
        return nu_e_transfer_exact(t_gamma, t_nu, xi_nu, g_l, g_r, statistics=statistics, m_e=m_e)
    y = m_e / t_gamma
    v = _interp_nue(y, rho, xi_nu) if statistics == "fd" else _interp_nue_mb(y, rho)
    tg8 = t_gamma**8
    tn8 = t_nu**8
    eg = math.exp(-2.0 * y)
    el = math.exp(2.0 * xi_nu - 2.0 * y / r)
    es = math.exp(xi_nu - y)
    n_g = tg8 * eg * math.exp(v[0]) * (A + B * v[6])
    n_l = tn8 * el * math.exp(v[1]) * (A + B * v[7])
    r_g = tg8 * t_gamma * eg * math.exp(v[2]) * (A + B * v[8])
    r_l = tn8 * t_nu * el * math.exp(v[3]) * (A + B * v[9])
    s_g = tg8 * t_gamma * es * math.exp(v[4]) * (A + B * v[10])
    s_l = tg8 * t_gamma * es * math.exp(v[5]) * (A + B * v[11])
    return gf2 * (n_g - n_l), gf2 * ((r_g - r_l) + (s_g - s_l))


def nu_nu_transfer(
    t_a: ArrayLike, xi_a: ArrayLike, t_b: ArrayLike, xi_b: ArrayLike, *, statistics: str = "fd",
) -> tuple[float, float] | tuple[np.ndarray, np.ndarray]:
    """Collision terms (dn/dt [MeV^4], drho/dt [MeV^5]) of neutrino species a from ONE other flavour species b.

    The species are nu_a + nubar_a and nu_b + nubar_b; the processes nu_a nubar_a <-> nu_b nubar_b,
    nu_a nu_b <-> nu_a nu_b, nu_a nubar_b <-> nu_a nubar_b and the conjugates (a != b: processes within one
    species conserve its n and rho). Species b enters as a massless partner with g_L = 1/2, g_R = 0
    (model/weak.py).

    FD inside the table (t_a/t_b in [1/2, 2], |xi_a + xi_b|/2 <= 2, |xi_a - xi_b| <= 4): ~10 us;
    MB: the closed forms; elsewhere the exact evaluator.

    Parameters
    ----------
    t_a : float or array_like
        Temperature of species a [MeV], in [1e-6, 1e3], with t_a/t_b in [1/4, 4].
    xi_a : float or array_like
        xi = mu/T of species a, dimensionless, in [-4, 4].
    t_b : float or array_like
        Temperature of species b [MeV], in [1e-6, 1e3].
    xi_b : float or array_like
        xi = mu/T of species b, dimensionless, in [-4, 4].
    statistics : {'fd', 'mb'}
        ``'fd'`` (default): full Fermi-Dirac distributions, Pauli blocking of all final states; ``'mb'``:
        Maxwell-Boltzmann, no blocking.

    Returns
    -------
    tuple of float or tuple of numpy.ndarray
        (dn/dt [MeV^4], drho/dt [MeV^5]) of species a (species b gets the opposite): floats for scalar
        arguments, else arrays of the broadcast shape. Table vs the exact evaluator: worst 1.4e-6 of the forward
        rate (required 2e-5); MB: the closed forms to 1e-12; exactly 0 at t_a = t_b, xi_a = xi_b on the table
        path.

    Raises
    ------
    ParameterError
        If an argument is not a real number (or the arrays do not broadcast) or is outside its range above
        (temperatures, t_a/t_b, xi_a, xi_b), or ``statistics`` is neither choice.
    """
    key = (t_a, xi_a, t_b, xi_b, statistics)
    try:
        out = _MEMO_NN.get(key)
    except TypeError:  # an array argument (unhashable)
        key = out = None
    if out is not None:
        return out
    if not _all_scalar(t_a, xi_a, t_b, xi_b):
        return _elementwise(lambda *a: nu_nu_transfer(*a, statistics=statistics), t_a, xi_a, t_b, xi_b)
    out = _nu_nu_scalar(t_a, xi_a, t_b, xi_b, statistics)
    if key is not None:
        if len(_MEMO_NN) >= _MEMO_MAX:
            _MEMO_NN.clear()
        _MEMO_NN[key] = out
    return out


def _nu_nu_scalar(t_a, xi_a, t_b, xi_b, statistics):
    if (isinstance(t_a, float) and isinstance(xi_a, float) and isinstance(t_b, float) and isinstance(xi_b, float)
            and 1e-6 <= t_a <= 1e3 and 1e-6 <= t_b <= 1e3 and 0.25 * t_b < t_a < 4.0 * t_b
            and -4.0 <= xi_a <= 4.0 and -4.0 <= xi_b <= 4.0 and statistics in STATISTICS):  # a strict subset of _validate_nn
        t_a, xi_a, t_b, xi_b = float(t_a), float(xi_a), float(t_b), float(xi_b)
    else:
        t_a, xi_a, t_b, xi_b = _validate_nn(t_a, xi_a, t_b, xi_b)
        _check_stats(statistics)
    gf2 = 0.25 * G_F * G_F
    if statistics == "mb":
        n_g = K.weak_mb0_ann_n_gain(t_a, t_b, xi_a, xi_b)
        n_l = K.weak_mb0_ann_n_gain(t_b, t_a, xi_b, xi_a)
        r_g = K.weak_mb0_ann_rho_gain(t_a, t_b, xi_a, xi_b)
        r_l = K.weak_mb0_ann_rho_gain(t_b, t_a, xi_b, xi_a)
        s_net = K.weak_mb0_sc_rho(t_a, t_b, xi_a, xi_b)
        return gf2 * float(n_g - n_l), gf2 * float(r_g - r_l + s_net)
    r = t_a / t_b
    s, d = 0.5 * (xi_a + xi_b), xi_a - xi_b
    if not (abs(math.log(r)) <= RHO_MAX and abs(s) <= XI_MAX and abs(d) <= D_MAX):
        return nu_nu_transfer_exact(t_a, xi_a, t_b, xi_b, statistics=statistics)
    v = _interp_nunu(math.log(r), s, d)
    tb8, ta8 = t_b**8, t_a**8
    eb, ea, es = math.exp(2.0 * xi_b), math.exp(2.0 * xi_a), math.exp(xi_a + xi_b)
    n_g = tb8 * eb * math.exp(v[0])
    n_l = ta8 * ea * math.exp(v[1])
    r_g = tb8 * t_b * eb * math.exp(v[2])
    r_l = ta8 * t_a * ea * math.exp(v[3])
    s_g = tb8 * t_b * es * math.exp(v[4])
    s_l = tb8 * t_b * es * math.exp(v[5])
    return gf2 * (n_g - n_l), gf2 * ((r_g - r_l) + (s_g - s_l))


# ---- several species at once (the NumPy backend's right-hand side): one call per species
def nu_e_transfer_many(
    t_gamma: float, t_nu: Sequence[float], xi_nu: Sequence[float], couplings: Sequence[tuple[float, float]],
) -> list[tuple[float, float]]:
    """:func:`nu_e_transfer` (FD, m_e = M_E) of several species at one t_gamma: a list of (dn/dt, drho/dt).

    One :func:`nu_e_transfer` call per species (they share its y-block cache): the values are its values.

    Parameters
    ----------
    t_gamma : float
        Photon (= e+-) temperature [MeV], in [1e-6, 1e3].
    t_nu : sequence of float
        Temperature of each species [MeV], in [1e-6, 1e3], with t_nu/t_gamma in [1/4, 4].
    xi_nu : sequence of float
        xi = mu/T of each species, dimensionless, in [-4, 4]; same length as ``t_nu``.
    couplings : sequence of tuple of float
        (g_l, g_r) of each species (e.g. (G_L_E, G_R) for nu_e), each in [-10, 10]; same length as ``t_nu``.

    Returns
    -------
    list of tuple of float
        One (dn/dt [MeV^4], drho/dt [MeV^5]) per species, in the order of ``t_nu``, with the accuracy of
        :func:`nu_e_transfer`.

    Raises
    ------
    ParameterError
        If an entry is outside the domain of :func:`nu_e_transfer` (raised by its call for that entry).
    """
    return [nu_e_transfer(t_gamma, t, x, g_l, g_r) for t, x, (g_l, g_r) in zip(t_nu, xi_nu, couplings)]


def nu_nu_transfer_many(pairs: Sequence[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """:func:`nu_nu_transfer` (FD) of several species pairs: a list of (dn/dt, drho/dt) of species a.

    One :func:`nu_nu_transfer` call per pair: the values are its values.

    Parameters
    ----------
    pairs : sequence of tuple of float
        (t_a [MeV], xi_a, t_b [MeV], xi_b) of each pair, in the domain of :func:`nu_nu_transfer`: temperatures
        in [1e-6, 1e3] MeV with t_a/t_b in [1/4, 4], xi_a and xi_b in [-4, 4].

    Returns
    -------
    list of tuple of float
        One (dn/dt [MeV^4], drho/dt [MeV^5]) of species a per pair, in the order of ``pairs``, with the accuracy
        of :func:`nu_nu_transfer`.

    Raises
    ------
    ParameterError
        If a pair is outside the domain of :func:`nu_nu_transfer` (raised by its call for that pair).
    """
    return [nu_nu_transfer(t_a, xi_a, t_b, xi_b) for t_a, xi_a, t_b, xi_b in pairs]


# --------------------------------------------------------------------------- validation
#: allowed ranges
T_RANGE = (1e-6, 1e3)  # MeV
RATIO_RANGE = (0.25, 4.0)  # t_nu/t_gamma, t_a/t_b
XI_RANGE = (-4.0, 4.0)
M_E_RANGE = (0.0, 20.0)  # MeV


def _all_scalar(*args):
    for a in args:
        if not isinstance(a, (float, int)) and np.ndim(a) != 0:
            return False
    return True


def _elementwise(fn, *args):
    """Arrays broadcast: (dn, drho) arrays of the broadcast shape, one scalar call per element."""
    try:
        arrs = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in args))
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"arguments must be real numbers or broadcastable arrays: {exc}") from exc
    dn = np.empty(arrs[0].shape)
    dr = np.empty(arrs[0].shape)
    for idx in np.ndindex(arrs[0].shape):
        dn[idx], dr[idx] = fn(*(float(a[idx]) for a in arrs))
    return dn, dr


def _scalar(name, v, lo, hi):
    if isinstance(v, (float, int)):  # fast path (the solver's calls; numpy float64 included)
        x = float(v)
        if lo <= x <= hi:  # False for NaN
            return x
    x = finite(name, v, allowed=f"[{lo:g}, {hi:g}]")
    if np.ndim(x) != 0:
        raise ParameterError(f"{name} must be a scalar (allowed range [{lo:g}, {hi:g}])")
    x = float(x)
    if not lo <= x <= hi:
        raise ParameterError(f"{name} must be in [{lo:g}, {hi:g}], got {x!r}")
    return x


def _validate_e(t_gamma, t_nu, xi_nu, g_l, g_r, m_e):
    tg = _scalar("t_gamma", t_gamma, *T_RANGE)
    tn = _scalar("t_nu", t_nu, *T_RANGE)
    r = tn / tg
    if not RATIO_RANGE[0] <= r <= RATIO_RANGE[1]:
        raise ParameterError(f"t_nu/t_gamma must be in [{RATIO_RANGE[0]:g}, {RATIO_RANGE[1]:g}], got {r!r}")
    xi = _scalar("xi_nu", xi_nu, *XI_RANGE)
    gl = _scalar("g_l", g_l, -10.0, 10.0)
    gr = _scalar("g_r", g_r, -10.0, 10.0)
    me = _scalar("m_e", m_e, *M_E_RANGE)
    return tg, tn, xi, gl, gr, me


def _validate_nn(t_a, xi_a, t_b, xi_b):
    ta = _scalar("t_a", t_a, *T_RANGE)
    tb = _scalar("t_b", t_b, *T_RANGE)
    r = ta / tb
    if not RATIO_RANGE[0] <= r <= RATIO_RANGE[1]:
        raise ParameterError(f"t_a/t_b must be in [{RATIO_RANGE[0]:g}, {RATIO_RANGE[1]:g}], got {r!r}")
    return ta, _scalar("xi_a", xi_a, *XI_RANGE), tb, _scalar("xi_b", xi_b, *XI_RANGE)


def _main(argv=None):  # pragma: no cover - maintenance entry point
    import argparse
    import time

    p = argparse.ArgumentParser(prog="python -m mevscalar.numeric.cosmology.weak")
    p.add_argument("command", choices=["build-tables", "check-tables"])
    a = p.parse_args(argv)
    if a.command == "build-tables":
        t0 = time.process_time()
        write_tables(progress=True)
        print(f"wrote {TABLE_PATH} in {time.process_time() - t0:.1f} s CPU")
    else:
        ok = _tables()["fingerprint"] == table_fingerprint()
        print("weak tables up to date" if ok else "weak tables STALE: run build-tables")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
