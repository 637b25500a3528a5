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

import functools
import math

import numpy as np
from scipy.special import expit

from mevscalar.constants import G_F, M_E
from mevscalar.generated import weak_np as K
from mevscalar.validate import ParameterError, finite

__all__ = [
    "nu_e_transfer",
    "nu_nu_transfer",
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
#: Low-energy effective couplings of nu_alpha to electrons with radiative corrections at q^2 -> 0:
#: Bennett, Buldgen, Drewes, Wong, JCAP 03 (2020) 003 / Bennett et al. JCAP 04 (2021) 073, Table 1
#: (from the PDG neutrino-electron couplings g_V^{nu e}, g_A^{nu e}: g_L = (g_V + g_A)/2, g_R = (g_V - g_A)/2):
#: g_L^{nu_e} = 0.7276, g_L^{nu_mu,tau} = -0.2730, g_R = 0.2334 (see docs/weak-rates.md).
G_L_E = 0.7276
G_L_MU = -0.2730
G_R = 0.2334

# --------------------------------------------------------------------------- exact evaluator
#: Gauss-Legendre orders of the reduced integral: w (pair invariant mass), z (pair momentum), c (CM
#: cosines). Measured convergence (tests/test_weak.py): doubling every order changes the rates by < 1e-7.
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


def exact_rates(proc, m, t_nu, xi_nu, t_f, xi_f, *, statistics="fd", n=(N_W, N_Z, N_C)):
    """The reduced collision integrals (G_F = 1), per coupling structure (A: g_L^2 + g_R^2, B: g_L g_R).

    proc "ann": nu nubar <-> f fbar; returns {"n_gain", "n_net", "rho_gain", "rho_net"}, each an array
    [A, B]: n in MeV^4, rho in MeV^5, "gain" = f fbar -> nu nubar, net = gain - loss, for the species
    nu + nubar (dn counts both: 2 per event).
    proc "sc": nu f -> nu f summed over nu, nubar, f, fbar; returns {"rho_gain", "rho_net"} (gain = energy
    of the outgoing neutrinos, loss = of the incoming ones).
    The partner f (mass m, temperature t_f, xi_f for f and fbar) is e+- or another neutrino species.
    Slow (~1 ms) but exact up to the quadrature (convergence measured in the tests).
    """
    n_w, n_z, n_c = n
    tmax = max(t_nu, t_f)
    w, z, W, xc, wc = _nodes(proc, m, tmax, max(xi_nu, xi_f), n_w, n_z, n_c)
    cc = xc[None, None, :]
    w3, z3 = w[:, :, None], z[:, :, None]
    pw = np.stack([np.ones_like(xc), xc, xc * xc])  # c^0, c^1, c^2
    if proc == "ann":
        jac = K.weak_ann_jac(w, z, m) * W
        E = K.weak_ann_etot(w, z, m)
        E1 = K.weak_ann_e1(w3, z3, cc, m)
        E3 = K.weak_ann_e3(w3, z3, cc, m)
        E = np.broadcast_to(E, jac.shape)
        # gain f(3) f(4) -> nu(1) nu(2): occupation f_f(E3) f_f(E4) and blocking (1-f_nu(E1))(1-f_nu(E2))
        _, b1 = _occ(E1, t_nu, xi_nu, statistics)
        _, b2 = _occ(E[:, :, None] - E1, t_nu, xi_nu, statistics)
        f3, _ = _occ(E3, t_f, xi_f, statistics)
        f4, _ = _occ(E[:, :, None] - E3, t_f, xi_f, statistics)
        A = np.einsum("ijk,ak->aij", b1 * b2, pw * wc)  # A[a] = int dc1 c1^a (...)
        B = np.einsum("ijk,bk->bij", f3 * f4, pw * wc)
        qA = {ab: getattr(K, f"weak_ann_A_q{ab[0]}{ab[1]}")(w, m) for ab in ((0, 0), (0, 2), (2, 0), (2, 2))}
        qB = {(0, 0): K.weak_ann_B_q00(w, m)}
        # loss = gain * exp(X) pointwise (detailed balance of the occupation numbers): exact cancellation
        X = E * (1.0 / t_f - 1.0 / t_nu) + 2.0 * (xi_nu - xi_f)
        one_m = -np.expm1(X)
        out = {}
        for name, q in (("A", qA), ("B", qB)):
            integrand = sum(np.broadcast_to(qv, jac.shape) * A[a] * B[b] for (a, b), qv in q.items()) * jac
            out[name] = (
                2.0 * integrand.sum(),
                2.0 * (integrand * one_m).sum(),
                (integrand * E).sum(),
                (integrand * E * one_m).sum(),
            )
        keys = ("n_gain", "n_net", "rho_gain", "rho_net")
        return {k: np.array([out["A"][i], out["B"][i]]) for i, k in enumerate(keys)}
    if proc == "sc":
        jac = K.weak_sc_jac(w, z, m) * W
        E = np.broadcast_to(K.weak_sc_etot(w, z, m), jac.shape)
        E1 = K.weak_sc_e1(w3, z3, cc, m)  # the neutrino, in (1) and out (3): same kinematics
        Ep = E[:, :, None] - E1
        f1, b1 = _occ(E1, t_nu, xi_nu, statistics)
        f2, b2 = _occ(Ep, t_f, xi_f, statistics)
        u_in, u_out = f1 * f2, b1 * b2
        pwc = pw * wc
        Ai = np.einsum("ijk,ak->aij", u_in, pwc)
        AiE = np.einsum("ijk,ak->aij", u_in * E1, pwc)
        Bo = np.einsum("ijk,bk->bij", u_out, pwc)
        BoE = np.einsum("ijk,bk->bij", u_out * E1, pwc)
        qs = {
            "A": {ab: getattr(K, f"weak_sc_A_q{ab[0]}{ab[1]}")(w, m) for ab in ((0, 0), (0, 2), (1, 1), (2, 0), (2, 2))},
            "B": {(0, 0): K.weak_sc_B_q00(w, m), (1, 1): K.weak_sc_B_q11(w, m)},
        }
        gain, net = [], []
        for name in ("A", "B"):
            g = sum((np.broadcast_to(qv, jac.shape) * Ai[a] * BoE[b] * jac).sum() for (a, b), qv in qs[name].items())
            lo = sum((np.broadcast_to(qv, jac.shape) * AiE[a] * Bo[b] * jac).sum() for (a, b), qv in qs[name].items())
            gain.append(g)
            net.append(g - lo)
        return {"rho_gain": np.array(gain), "rho_net": np.array(net)}
    raise ParameterError(f"proc must be 'ann' or 'sc', got {proc!r}")


def _check_stats(statistics):
    if statistics not in STATISTICS:
        raise ParameterError(f"statistics must be one of {STATISTICS}, got {statistics!r}")


def nu_e_transfer_exact(t_gamma, t_nu, xi_nu, g_l, g_r, *, statistics="fd", m_e=M_E, n=(N_W, N_Z, N_C)):
    """(dn/dt, drho/dt) of one neutrino species from e+- by the exact evaluator (slow reference path)."""
    ann = exact_rates("ann", m_e, t_nu, xi_nu, t_gamma, 0.0, statistics=statistics, n=n)
    sc = exact_rates("sc", m_e, t_nu, xi_nu, t_gamma, 0.0, statistics=statistics, n=n)
    cpl = np.array([g_l * g_l + g_r * g_r, g_l * g_r])
    dn = G_F**2 * float(cpl @ ann["n_net"])
    drho = G_F**2 * float(cpl @ (ann["rho_net"] + sc["rho_net"]))
    return dn, drho


def nu_nu_transfer_exact(t_a, xi_a, t_b, xi_b, *, statistics="fd", n=(N_W, N_Z, N_C)):
    """(dn/dt, drho/dt) of species a from species b by the exact evaluator (slow reference path).

    Species b enters as a massless partner with g_L = 1/2, g_R = 0 (model/weak.py).
    """
    ann = exact_rates("ann", 0.0, t_a, xi_a, t_b, xi_b, statistics=statistics, n=n)
    sc = exact_rates("sc", 0.0, t_a, xi_a, t_b, xi_b, statistics=statistics, n=n)
    dn = G_F**2 * 0.25 * float(ann["n_net"][0])
    drho = G_F**2 * 0.25 * float(ann["rho_net"][0] + sc["rho_net"][0])
    return dn, drho


def nu_e_transfer(t_gamma, t_nu, xi_nu, g_l, g_r, *, statistics="fd", m_e=M_E):
    """Collision terms (dn/dt [MeV^4], drho/dt [MeV^5]) of one neutrino flavour species (nu + nubar)
    from e+ e- <-> nu nubar and nu(bar) e+- <-> nu(bar) e+-, with e+- in equilibrium at t_gamma, mu_e = 0.

    g_l, g_r: the effective couplings of that flavour (G_L_E or G_L_MU, and G_R).
    statistics "fd": full FD distributions, Pauli blocking of all final states; "mb": MB, no blocking.
    m_e: electron mass [MeV] (0 allowed: massless limit).
    """
    t_gamma, t_nu, xi_nu, g_l, g_r, m_e = _validate_e(t_gamma, t_nu, xi_nu, g_l, g_r, m_e)
    _check_stats(statistics)
    return nu_e_transfer_exact(t_gamma, t_nu, xi_nu, g_l, g_r, statistics=statistics, m_e=m_e)


def nu_nu_transfer(t_a, xi_a, t_b, xi_b, *, statistics="fd"):
    """Collision terms (dn/dt [MeV^4], drho/dt [MeV^5]) of neutrino species a (nu_a + nubar_a) from its
    interactions with ONE other flavour species b: nu_a nubar_a <-> nu_b nubar_b, nu_a nu_b <-> nu_a nu_b,
    nu_a nubar_b <-> nu_a nubar_b and the conjugates."""
    t_a, xi_a, t_b, xi_b = _validate_nn(t_a, xi_a, t_b, xi_b)
    _check_stats(statistics)
    return nu_nu_transfer_exact(t_a, xi_a, t_b, xi_b, statistics=statistics)


# --------------------------------------------------------------------------- validation
#: allowed ranges
T_RANGE = (1e-4, 1e3)  # MeV
RATIO_RANGE = (0.25, 4.0)  # t_nu/t_gamma, t_a/t_b
XI_RANGE = (-4.0, 4.0)
M_E_RANGE = (0.0, 20.0)  # MeV


def _scalar(name, v, lo, hi):
    x = finite(name, v)
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
