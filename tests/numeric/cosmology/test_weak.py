"""Tests of numeric/cosmology/weak.py and model/weak.py: SM weak collision terms (FD, Pauli blocking, m_e).

References used here, none of them the code's own output:
* a brute-force evaluation of the collision integrals (below: nested Gauss quadrature over p1, p2,
  cos(p1, p2) in the plasma frame and the CM solid angle of the final state, the final momenta boosted
  back, |M|^2 typed from Dolgov, Hansen, Semikoz NPB 503 (1997) 426 Table 1 on the four-vectors);
  it shares nothing with model/weak.py's reduction (CM variables w, z, c1, c3, phi-average);
* the massless MB closed forms of Escudero, JCAP 02 (2019) 007, as corrected in its erratum:
  drho/dt = G_F^2/pi^5 (1 + 4 s^2 + 8 s^4) [32 (T_g^9 - T_nu^9) + 56 T_g^4 T_nu^4 (T_g - T_nu)],
  with 1 + 4 s^2 + 8 s^4 = 4 (g_L^2 + g_R^2);
* the FD/MB ratios near equilibrium quoted by Escudero, JCAP 05 (2020) 048: 0.884 (annihilation) and
  0.829 (scattering);
* exact properties: detailed balance (zero net rates at equilibrium), signs, scaling with T.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit

from mevscalar.constants import G_F, M_E
from mevscalar.numeric.cosmology import weak
from mevscalar.validate import ParameterError

PI5 = math.pi**5
GL, GR = weak.G_L_E, weak.G_R


# ------------------------------------------------------------------------------------ brute force


def _bf_gl(n, a, b):
    x, w = np.polynomial.legendre.leggauss(n)
    return a + (b - a) * (x + 1) / 2, w * (b - a) / 2


def _dot(a, b):
    return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3]


def _occ(e, t, xi, stats):
    a = e / t - xi
    if stats == "fd":
        return expit(-a), expit(a)
    return np.exp(-a), np.ones_like(a)


def _boost(P, k):
    """Boost four-vector k from the rest frame of P (P in the plasma frame) to the plasma frame."""
    s = _dot(P, P)
    M = np.sqrt(s)
    gam = P[0] / M
    bx, by, bz = P[1] / P[0], P[2] / P[0], P[3] / P[0]
    b2 = bx * bx + by * by + bz * bz
    bk = bx * k[1] + by * k[2] + bz * k[3]
    E = gam * (k[0] + bk)
    f = np.where(b2 > 0, (gam - 1) / np.where(b2 > 0, b2, 1.0), 0.5) * bk + gam * k[0]
    return (E, k[1] + f * bx, k[2] + f * by, k[3] + f * bz)


def brute_force(proc, m, t_nu, xi_nu, t_f, xi_f, g_l, g_r, *, stats="fd", n=(32, 32, 16, 12, 8), trunc=40.0):
    """{"n_gain", "n_loss", "rho_gain", "rho_loss"} (ann) or {"rho_gain", "rho_loss"} (sc), G_F = 1.

    ann: nu nubar <-> f fbar, species nu + nubar (2 per event); sc: nu f -> nu f summed over nu, nubar
    (and f, fbar: all with the same distributions), energy of the outgoing (gain) / incoming (loss) nu.
    """
    n1, n2, nc, nt, nphi = n
    T = max(t_nu, t_f)
    L = (trunc + 2 * max(xi_nu, xi_f, 0.0)) * T
    p1, w1 = _bf_gl(n1, 0.0, L)
    ct, wt = _bf_gl(nt, -1.0, 1.0)
    phi = 2 * math.pi * (np.arange(nphi) + 0.5) / nphi
    wphi = np.full(nphi, 2 * math.pi / nphi)
    sh = (n1, n2, nc, nt, nphi)
    P1 = p1[:, None, None, None, None]
    W1 = w1[:, None, None, None, None]
    xq, wq = np.polynomial.legendre.leggauss(n2)
    uq, wu = _bf_gl(nc, 0.0, 1.0)
    if proc == "ann":
        p2min = m * m / np.maximum(P1, 1e-300)
        P2 = p2min + L * (xq[None, :, None, None, None] + 1) / 2
        W2 = (L / 2) * wq[None, :, None, None, None]
        cmax = 1.0 - 2.0 * m * m / (P1 * P2)
        U = uq[None, None, :, None, None]
        C12 = cmax - (1.0 + cmax) * U * U
        WC = 2.0 * (1.0 + cmax) * U * wu[None, None, :, None, None]
        E2 = P2
        m3 = m4 = m
    else:
        P2 = L * (xq[None, :, None, None, None] + 1) / 2
        W2 = (L / 2) * wq[None, :, None, None, None]
        cq, wcq = np.polynomial.legendre.leggauss(nc)
        C12 = cq[None, None, :, None, None] + 0 * P1 * P2
        WC = wcq[None, None, :, None, None] + 0 * C12
        E2 = np.sqrt(P2 * P2 + m * m)
        m3, m4 = 0.0, m
    S12 = np.sqrt(np.maximum(1.0 - C12 * C12, 0.0))
    z0 = np.zeros(sh)
    k1 = (P1 + z0, z0, z0, P1 + z0)
    k2 = (E2 + z0, P2 * S12 + z0, z0, P2 * C12 + z0)
    P = tuple(a + b for a, b in zip(k1, k2))
    s = _dot(P, P)
    M = np.sqrt(s)
    lam = (s - (m3 + m4) ** 2) * (s - (m3 - m4) ** 2)
    pf = np.sqrt(np.maximum(lam, 0.0)) / (2 * M)
    E3s = (s + m3 * m3 - m4 * m4) / (2 * M)
    E4s = (s + m4 * m4 - m3 * m3) / (2 * M)
    CT = ct[None, None, None, :, None]
    ST = np.sqrt(1 - CT * CT)
    PH = phi[None, None, None, None, :]
    nx, ny, nz = ST * np.cos(PH), ST * np.sin(PH), CT + 0 * PH
    k3 = _boost(P, (E3s + z0, pf * nx + z0, pf * ny + z0, pf * nz + z0))
    k4 = _boost(P, (E4s + z0, -pf * nx + z0, -pf * ny + z0, -pf * nz + z0))
    d = {}
    for i, a in enumerate((k1, k2, k3, k4), 1):
        for j, b in enumerate((k1, k2, k3, k4), 1):
            if i < j:
                d[i, j] = _dot(a, b)
    E1, E3, E4 = k1[0], k3[0], k4[0]
    measure = (W1 * W2 * WC * wt[None, None, None, :, None] * wphi[None, None, None, None, :]
               * P1 * P2 * P2 / E2 / (32 * math.pi**4) * pf / (4 * math.pi * M) / (4 * math.pi))
    if proc == "ann":
        # nu(1) nubar(2) -> f(3) fbar(4): 128 [g_L^2 (14)(23) + g_R^2 (13)(24) + g_L g_R m^2 (12)]
        msq = 128 * (g_l**2 * d[1, 4] * d[2, 3] + g_r**2 * d[1, 3] * d[2, 4] + g_l * g_r * m * m * d[1, 2])
        f1, b1 = _occ(E1, t_nu, xi_nu, stats)
        f2, b2 = _occ(E2, t_nu, xi_nu, stats)
        f3, b3 = _occ(E3, t_f, xi_f, stats)
        f4, b4 = _occ(E4, t_f, xi_f, stats)
        gain = measure * msq * f3 * f4 * b1 * b2
        loss = measure * msq * f1 * f2 * b3 * b4
        return {"n_gain": 2 * gain.sum(), "n_loss": 2 * loss.sum(),
                "rho_gain": (gain * (E1 + E2)).sum(), "rho_loss": (loss * (E1 + E2)).sum()}
    # nu e- : 128 [g_L^2 (12)(34) + g_R^2 (14)(23) - g_L g_R m^2 (13)]; nu e+: g_L <-> g_R;
    # nubar e-+ as nu e+-: the sum over nu, nubar, e-, e+ is twice (nu e-) + (nu e+)
    msq_em = 128 * (g_l**2 * d[1, 2] * d[3, 4] + g_r**2 * d[1, 4] * d[2, 3] - g_l * g_r * m * m * d[1, 3])
    msq_ep = 128 * (g_r**2 * d[1, 2] * d[3, 4] + g_l**2 * d[1, 4] * d[2, 3] - g_l * g_r * m * m * d[1, 3])
    msq = 2 * (msq_em + msq_ep)
    f1, _ = _occ(E1, t_nu, xi_nu, stats)
    f2, _ = _occ(E2, t_f, xi_f, stats)
    _, b3 = _occ(E3, t_nu, xi_nu, stats)
    _, b4 = _occ(E4, t_f, xi_f, stats)
    x = measure * msq * f1 * f2 * b3 * b4
    return {"rho_gain": (x * E3).sum(), "rho_loss": (x * E1).sum()}


# ------------------------------------------------------------------------------------ helpers
def _combine(ex, g_l, g_r):
    cpl = np.array([g_l * g_l + g_r * g_r, g_l * g_r])
    return {k: float(cpl @ v) for k, v in ex.items()}


# (proc, m, t_nu, xi_nu, t_f, xi_f, statistics): t_f is the partner (e+- at t_gamma, or species b)
BF_CASES = [
    ("ann", M_E, 1.1, 0.3, 1.0, 0.0, "fd"),        # m_e/T = 0.51
    ("sc", M_E, 1.1, 0.3, 1.0, 0.0, "fd"),
    ("ann", M_E, 0.27, -0.4, 0.3, 0.0, "fd"),      # m_e/T = 1.7
    ("sc", M_E, 0.27, -0.4, 0.3, 0.0, "fd"),
    ("ann", M_E, 0.13, 0.2, 0.12, 0.0, "fd"),      # m_e/T = 4.3
    ("sc", M_E, 0.13, 0.2, 0.12, 0.0, "fd"),
    ("ann", 0.0, 1.0, 0.5, 1.3, -0.2, "fd"),       # massless partner with its own xi: nu-nu
    ("sc", 0.0, 1.0, 0.5, 1.3, -0.2, "fd"),
    ("ann", M_E, 2.0, 1.0, 1.5, 0.0, "mb"),
    ("sc", M_E, 2.0, 1.0, 1.5, 0.0, "mb"),
]


@pytest.mark.parametrize("case", BF_CASES, ids=[f"{c[0]}-m{c[1]:.2g}-T{c[4]}-{c[6]}" for c in BF_CASES])
def test_reduction_matches_brute_force(case):
    """The exact reduction (generated kernels + fixed quadrature) vs the brute-force integral: 1e-4 of
    each gain and loss term (brute force at these orders converges to ~1e-5; measured 1e-6 at higher)."""
    proc, m, tn, xn, tf, xf, st = case
    ex = _combine(weak.exact_rates(proc, m, tn, xn, tf, xf, statistics=st), GL, GR)
    bf = brute_force(proc, m, tn, xn, tf, xf, GL, GR, stats=st, n=(24, 24, 12, 10, 8))
    for k, v in bf.items():
        assert ex[k] == pytest.approx(v, rel=1e-4), (k, ex[k], v)
    # the net rate against the forward term
    for q in ("n", "rho") if proc == "ann" else ("rho",):
        net_ex = ex[q + "_gain"] - ex[q + "_loss"]
        net_bf = bf[q + "_gain"] - bf[q + "_loss"]
        assert abs(net_ex - net_bf) <= 1e-4 * max(bf[q + "_gain"], bf[q + "_loss"])


def test_public_api_matches_brute_force_with_structures():
    """nu_e_transfer (the table) for both flavours against the brute-force integrals at m_e/T = 1.02."""
    tg, tn, xi = 0.5, 0.55, -0.2
    for g_l in (weak.G_L_E, weak.G_L_MU):
        ann = brute_force("ann", M_E, tn, xi, tg, 0.0, g_l, GR, n=(24, 24, 12, 10, 8))
        sc = brute_force("sc", M_E, tn, xi, tg, 0.0, g_l, GR, n=(24, 24, 12, 10, 8))
        dn, drho = weak.nu_e_transfer(tg, tn, xi, g_l, GR)
        fwd_n, fwd_r = G_F**2 * ann["n_gain"], G_F**2 * (ann["rho_gain"] + sc["rho_gain"])
        assert abs(dn - G_F**2 * (ann["n_gain"] - ann["n_loss"])) <= 1e-4 * fwd_n
        assert abs(drho - G_F**2 * (ann["rho_gain"] - ann["rho_loss"] + sc["rho_gain"] - sc["rho_loss"])) <= 1e-4 * fwd_r


def test_nu_nu_matches_brute_force():
    """nu_nu_transfer = partner of mass 0 with g_L = 1/2, g_R = 0: against the brute force typed from the
    table's nu-nu entries (32 (14)(23) for nu_a nubar_a -> nu_b nubar_b; sum of nu_a nu_b, nu_a nubar_b and
    conjugates 64 [(12)(34) + (14)(23)]) -- which is what brute_force gives with g_L = 1/2, g_R = 0."""
    ta, xa, tb, xb = 1.0, 0.4, 1.25, -0.3
    ann = brute_force("ann", 0.0, ta, xa, tb, xb, 0.5, 0.0, n=(24, 24, 12, 10, 8))
    sc = brute_force("sc", 0.0, ta, xa, tb, xb, 0.5, 0.0, n=(24, 24, 12, 10, 8))
    dn, drho = weak.nu_nu_transfer(ta, xa, tb, xb)
    assert abs(dn - G_F**2 * (ann["n_gain"] - ann["n_loss"])) <= 1e-4 * G_F**2 * ann["n_gain"]
    net = G_F**2 * (ann["rho_gain"] - ann["rho_loss"] + sc["rho_gain"] - sc["rho_loss"])
    assert abs(drho - net) <= 1e-4 * G_F**2 * (ann["rho_gain"] + sc["rho_gain"])


# ------------------------------------------------------------------------------------ table vs exact
def _forward(t_gamma, t_nu, xi, g_l, g_r, m_e):
    ann = _combine(weak.exact_rates("ann", m_e, t_nu, xi, t_gamma, 0.0), g_l, g_r)
    sc = _combine(weak.exact_rates("sc", m_e, t_nu, xi, t_gamma, 0.0), g_l, g_r)
    return G_F**2 * ann["n_gain"], G_F**2 * (ann["rho_gain"] + sc["rho_gain"])


def test_table_matches_exact_evaluator():
    """The tabulated fast path against the exact evaluator over the table's domain (m_e/T in [0, 5] and
    beyond, t_nu/t_gamma in [1/2, 2], |xi| <= 2): better than 2e-5 of the forward rates (measured 7e-6)."""
    rng = np.random.default_rng(20240607)
    for i in range(24):
        y = rng.uniform(0.0, 5.0) if i % 3 else rng.uniform(5.0, 60.0)
        tg = 0.8 if i % 4 == 0 else M_E / max(y, 1e-3)
        r = math.exp(rng.uniform(-math.log(2.0), math.log(2.0)))
        xi = rng.uniform(-2.0, 2.0)
        me = 0.0 if i % 4 == 0 else M_E
        g_l = weak.G_L_E if i % 2 else weak.G_L_MU
        fast = weak.nu_e_transfer(tg, tg * r, xi, g_l, GR, m_e=me)
        ref = weak.nu_e_transfer_exact(tg, tg * r, xi, g_l, GR, m_e=me)
        fn, fr = _forward(tg, tg * r, xi, g_l, GR, me)
        assert abs(fast[0] - ref[0]) <= 2e-5 * max(fn, abs(ref[0])), (tg, r, xi)
        assert abs(fast[1] - ref[1]) <= 2e-5 * max(fr, abs(ref[1])), (tg, r, xi)
    for i in range(12):
        tb = math.exp(rng.uniform(-math.log(2.0), math.log(2.0)))
        xa, xb = rng.uniform(-2.0, 2.0, 2)
        fast = weak.nu_nu_transfer(1.0, xa, tb, xb)
        ref = weak.nu_nu_transfer_exact(1.0, xa, tb, xb)
        ann = weak.exact_rates("ann", 0.0, 1.0, xa, tb, xb)
        sc = weak.exact_rates("sc", 0.0, 1.0, xa, tb, xb)
        fn = 0.25 * G_F**2 * ann["n_gain"][0]
        fr = 0.25 * G_F**2 * (ann["rho_gain"][0] + sc["rho_gain"][0])
        assert abs(fast[0] - ref[0]) <= 2e-5 * max(fn, abs(ref[0]))
        assert abs(fast[1] - ref[1]) <= 2e-5 * max(fr, abs(ref[1]))


def test_mb_table_matches_exact_evaluator():
    """MB with the electron mass (table in m_e/T, t_nu/t_gamma; exact e^xi scaling) vs the exact evaluator."""
    rng = np.random.default_rng(7)
    for i in range(10):
        y = rng.uniform(0.0, 8.0)
        tg = M_E / max(y, 1e-3)
        r = math.exp(rng.uniform(-math.log(2.0), math.log(2.0)))
        xi = rng.uniform(-3.5, 3.5)
        fast = weak.nu_e_transfer(tg, tg * r, xi, GL, GR, statistics="mb")
        ref = weak.nu_e_transfer_exact(tg, tg * r, xi, GL, GR, statistics="mb")
        ann = _combine(weak.exact_rates("ann", M_E, tg * r, xi, tg, 0.0, statistics="mb"), GL, GR)
        sc = _combine(weak.exact_rates("sc", M_E, tg * r, xi, tg, 0.0, statistics="mb"), GL, GR)
        fn = G_F**2 * max(ann["n_gain"], ann["n_loss"])
        fr = G_F**2 * max(ann["rho_gain"] + sc["rho_gain"], ann["rho_loss"] + sc["rho_loss"])
        assert abs(fast[0] - ref[0]) <= 2e-5 * fn, (tg, r, xi)
        assert abs(fast[1] - ref[1]) <= 2e-5 * fr, (tg, r, xi)


def test_outside_table_uses_exact_evaluator():
    a = weak.nu_e_transfer(1.0, 3.0, 0.5, GL, GR)
    b = weak.nu_e_transfer_exact(1.0, 3.0, 0.5, GL, GR)
    assert a == b
    assert weak.nu_nu_transfer(1.0, 3.9, 1.0, -0.9) == weak.nu_nu_transfer_exact(1.0, 3.9, 1.0, -0.9)


def test_quadrature_converged():
    """Raising every Gauss order by ~1.5 changes the reduced integrals by < 1e-6 (relative)."""
    for proc in ("ann", "sc"):
        for args in ((M_E, 1.3, 1.5, 1.0, 0.0), (M_E, 0.06, -1.0, 0.1, 0.0), (0.0, 1.0, 1.9, 0.6, -1.5)):
            a = weak.exact_rates(proc, *args)
            b = weak.exact_rates(proc, *args, n=(60, 36, 18))
            for k in a:
                assert np.allclose(a[k], b[k], rtol=1e-6, atol=1e-6 * np.abs(b[k]).max()), (proc, args, k)


def test_table_is_fresh():
    """generated/weak_tables.npz was built from the current generated kernels and layout, and its nodes
    reproduce the exact evaluator (rebuild: python -m mevscalar.numeric.cosmology.weak build-tables)."""
    t = weak._tables()
    assert t["fingerprint"] == weak.table_fingerprint()
    ys = weak.y_nodes()
    j = 17
    rho = weak.RHO_MAX * weak._cheb2(weak.N_RHO)
    xi = weak.XI_MAX * weak._cheb2(weak.N_XI)
    r = np.exp(rho[[1, 6]])
    x = xi[[2, 7]]
    ann = weak.exact_rates("ann", float(ys[j]), r, x, 1.0, 0.0, n=weak.N_BUILD)
    sc = weak.exact_rates("sc", float(ys[j]), r, x, 1.0, 0.0, n=weak.N_BUILD)
    ch = weak._channels_nue(ys[j], r, x, ann, sc)
    stored = t["nue_seg"][j // (weak.P_Y - 1)][j % (weak.P_Y - 1)].reshape(weak.N_RHO, weak.N_XI, -1)
    # float32 storage (6e-8) and the batch-dependent quadrature range (~1e-6 for the scattering sums)
    assert np.allclose(stored[[1, 6], [2, 7]], ch, rtol=5e-6, atol=5e-6)


# ------------------------------------------------------------------------------------ exact properties
@pytest.mark.parametrize("stat", ["fd", "mb"])
def test_zero_at_equilibrium(stat):
    for tg in (30.0, 3.0, 1.0, 0.3, 0.05, 0.004, 1e-3):
        for me in (M_E, 0.0):
            assert weak.nu_e_transfer(tg, tg, 0.0, GL, GR, statistics=stat, m_e=me) == (0.0, 0.0)
    for t in (2.0, 0.7):
        for xi in (0.0, 0.37, -1.3, 1.9, 3.0):
            assert weak.nu_nu_transfer(t, xi, t, xi, statistics=stat) == (0.0, 0.0)


def test_mb_massless_closed_forms_escudero():
    """MB, m_e = 0: Escudero 2019 erratum at xi = 0, 4 (g_L^2 + g_R^2) [32 (T_g^9 - T_nu^9) + 56 T_g^4 T_nu^4 (T_g - T_nu)]."""
    for tg, tn in ((1.0, 0.9), (2.0, 2.6), (0.3, 0.31)):
        for g_l in (weak.G_L_E, weak.G_L_MU):
            A = g_l**2 + GR**2
            want = G_F**2 / PI5 * 4 * A * (32 * (tg**9 - tn**9) + 56 * tg**4 * tn**4 * (tg - tn))
            _, drho = weak.nu_e_transfer(tg, tn, 0.0, g_l, GR, statistics="mb", m_e=0.0)
            assert drho == pytest.approx(want, rel=1e-12)
            # the exact evaluator (reduced integral with MB occupations) gives the same
            _, ex = weak.nu_e_transfer_exact(tg, tn, 0.0, g_l, GR, statistics="mb", m_e=0.0)
            assert ex == pytest.approx(want, rel=1e-8)


def test_mb_massless_number_rate_and_xi_against_brute_force():
    """MB, m_e = 0, xi != 0: closed forms vs the brute force (dn and drho, e and nu partners)."""
    tg, tn, xi = 1.0, 1.2, 0.4
    ann = brute_force("ann", 0.0, tn, xi, tg, 0.0, GL, GR, stats="mb", n=(24, 24, 12, 10, 8))
    sc = brute_force("sc", 0.0, tn, xi, tg, 0.0, GL, GR, stats="mb", n=(24, 24, 12, 10, 8))
    dn, drho = weak.nu_e_transfer(tg, tn, xi, GL, GR, statistics="mb", m_e=0.0)
    assert dn == pytest.approx(G_F**2 * (ann["n_gain"] - ann["n_loss"]), rel=1e-8)
    assert drho == pytest.approx(G_F**2 * (ann["rho_gain"] - ann["rho_loss"] + sc["rho_gain"] - sc["rho_loss"]), rel=1e-8)


def test_fd_over_mb_near_equilibrium_matches_escudero():
    """Linear response d(drho/dt)/dT_nu at T_nu = T_gamma, m_e = 0: FD/MB = 0.884 (annihilation) and
    0.829 (scattering), Escudero 2020 (3 digits quoted); measured 0.88411 and 0.82874."""
    eps = 1e-3
    ratios = {}
    for proc in ("ann", "sc"):
        d = {}
        for st in ("fd", "mb"):
            hi = weak.exact_rates(proc, 0.0, 1 + eps, 0.0, 1.0, 0.0, statistics=st)
            lo = weak.exact_rates(proc, 0.0, 1 - eps, 0.0, 1.0, 0.0, statistics=st)
            d[st] = (hi["rho_gain"][0] - hi["rho_loss"][0]) - (lo["rho_gain"][0] - lo["rho_loss"][0])
        ratios[proc] = d["fd"] / d["mb"]
    assert ratios["ann"] == pytest.approx(0.884, abs=6e-4)
    assert ratios["sc"] == pytest.approx(0.829, abs=6e-4)


@pytest.mark.parametrize("stat", ["fd", "mb"])
def test_signs(stat):
    """Hotter photons heat the neutrinos; a neutrino excess (xi > 0) is annihilated; colder species b
    takes energy from a."""
    for tg in (3.0, 1.0, 0.3):
        dn, drho = weak.nu_e_transfer(tg, 0.9 * tg, 0.0, GL, GR, statistics=stat)
        assert drho > 0 and dn > 0
        dn, drho = weak.nu_e_transfer(tg, 1.1 * tg, 0.0, weak.G_L_MU, GR, statistics=stat)
        assert drho < 0 and dn < 0
        dn, drho = weak.nu_e_transfer(tg, tg, 0.3, GL, GR, statistics=stat)
        assert dn < 0
    dn, drho = weak.nu_nu_transfer(1.0, 0.0, 0.8, 0.0, statistics=stat)
    assert drho < 0 and dn < 0
    dn2, drho2 = weak.nu_nu_transfer(0.8, 0.0, 1.0, 0.0, statistics=stat)
    assert drho2 > 0 and dn2 > 0


def test_massless_scaling():
    """m_e = 0: dn ~ T^8, drho ~ T^9 at fixed t_nu/t_gamma and xi (a dimensionless table would be exact)."""
    a = weak.nu_e_transfer(1.0, 1.1, 0.2, GL, GR, m_e=0.0)
    b = weak.nu_e_transfer(7.0, 7.7, 0.2, GL, GR, m_e=0.0)
    assert b[0] == pytest.approx(a[0] * 7.0**8, rel=1e-12)
    assert b[1] == pytest.approx(a[1] * 7.0**9, rel=1e-12)


def test_low_temperature_suppression():
    """Well below m_e the rates are Boltzmann suppressed (e^-m/T for scattering, e^-2m/T annihilation)."""
    _, hi = weak.nu_e_transfer(0.05, 0.04, 0.0, GL, GR)
    _, lo = weak.nu_e_transfer(0.025, 0.02, 0.0, GL, GR)
    assert 0 < lo < hi * 2.0**-9 * math.exp(-M_E / 0.025 + M_E / 0.05) * 10


def test_low_temperature_edge_is_finite_and_continuous():
    """Beyond m_e/T = 64 the table edge times the exact exponentials: finite, continuous, tiny."""
    y0 = 64.0
    t0 = M_E / y0
    a = weak.nu_e_transfer(t0 * (1 + 1e-9), t0, 0.0, GL, GR)
    b = weak.nu_e_transfer(t0 * (1 - 1e-9), t0 * (1 - 2e-9), 0.0, GL, GR)
    assert np.isfinite(a).all() and np.isfinite(b).all()
    assert b[1] == pytest.approx(a[1], rel=1e-6)
    for tg in (1e-3, 1e-4):
        dn, drho = weak.nu_e_transfer(tg, 0.7 * tg, 0.0, GL, GR)
        assert np.isfinite(dn) and np.isfinite(drho) and drho >= 0.0


def test_matrix_elements_symbolic():
    """model/weak.py: the generic processes equal the sums of the table entries (e+- and nu_b partners),
    and the MB closed forms carry Escudero's coefficients 128 = 4 x 32 and 224 = 4 x 56."""
    import sympy as sp

    from mevscalar.model import weak as mw

    assert all(v == 0 for v in mw.partner_mapping().values())
    cf = mw.mb_closed_forms()
    T, Tf, xi, xif = mw.MB_T, mw.MB_TF, mw.MB_XI, mw.MB_XIF
    assert sp.simplify(cf["ann_rho"] - 128 * (Tf**9 * sp.exp(2 * xif) - T**9 * sp.exp(2 * xi)) / sp.pi**5) == 0
    assert sp.simplify(cf["sc_rho"] - 224 * sp.exp(xi + xif) * T**4 * Tf**4 * (Tf - T) / sp.pi**5) == 0


def test_arrays_broadcast():
    tn = np.array([0.9, 1.0, 1.1])
    dn, drho = weak.nu_e_transfer(1.0, tn, 0.0, GL, GR)
    assert dn.shape == drho.shape == (3,)
    for i in range(3):
        assert (dn[i], drho[i]) == weak.nu_e_transfer(1.0, float(tn[i]), 0.0, GL, GR)
    dn, drho = weak.nu_nu_transfer(1.0, np.array([[0.0], [0.1]]), 1.1, np.array([0.0, 0.2]))
    assert dn.shape == (2, 2) and drho[1, 0] == weak.nu_nu_transfer(1.0, 0.1, 1.1, 0.0)[1]


def test_couplings():
    """Effective couplings: g_L = (g_V + g_A)/2, g_R = (g_V - g_A)/2 from the PDG nu-e couplings; the
    tree-level alternative with s_W^2(M_Z)."""
    assert weak.G_L_E - weak.G_L_MU == pytest.approx(1.0, abs=1e-12)
    assert weak.G_L_MU == pytest.approx((weak.G_V_NUMU_E + weak.G_A_NUMU_E) / 2)
    assert weak.G_R == pytest.approx((weak.G_V_NUMU_E - weak.G_A_NUMU_E) / 2)
    # close to the tree-level values with s_W^2(M_Z) (radiative corrections are percent-level)
    assert abs(weak.G_L_E - weak.G_L_E_TREE) < 0.01 and abs(weak.G_R - weak.G_R_TREE) < 0.01
    assert weak.G_L_E_TREE == pytest.approx(0.5 + weak.S_W2_MSBAR_MZ)
    assert weak.G_R_TREE == weak.S_W2_MSBAR_MZ


@pytest.mark.parametrize("kw,name", [
    (dict(t_gamma=-1.0), "t_gamma"), (dict(t_gamma=float("nan")), "t_gamma"), (dict(t_nu=100.0), "t_nu/t_gamma"),
    (dict(xi_nu=9.0), "xi_nu"), (dict(m_e=-0.1), "m_e"), (dict(statistics="be"), "statistics"),
    (dict(t_nu=[1.0, 100.0]), "t_nu/t_gamma"), (dict(xi_nu=[0.0, float("nan")]), "xi_nu"),
])
def test_bad_input_e(kw, name):
    args = dict(t_gamma=1.0, t_nu=1.0, xi_nu=0.0, g_l=GL, g_r=GR)
    stat = kw.pop("statistics", "fd")
    me = kw.pop("m_e", M_E)
    args.update(kw)
    with pytest.raises(ParameterError, match=name.replace("/", ".")):
        weak.nu_e_transfer(args["t_gamma"], args["t_nu"], args["xi_nu"], args["g_l"], args["g_r"], statistics=stat, m_e=me)


@pytest.mark.parametrize("args,name", [((0.0, 0.0, 1.0, 0.0), "t_a"), ((1.0, 0.0, 9.0, 0.0), "t_a/t_b"),
                                       ((1.0, 5.0, 1.0, 0.0), "xi_a"), ((1.0, 0.0, 1.0, math.inf), "xi_b")])
def test_bad_input_nunu(args, name):
    with pytest.raises(ParameterError, match=name.replace("/", ".")):
        weak.nu_nu_transfer(*args)


# ------------------------------------------------------------------------------------ fast path
def test_fast_path_equals_reference(monkeypatch):
    """The fast table path (y contraction cached per t_gamma, unnormalised barycentric weights with a
    constant channel, rho cache, result memo) equals the previous implementation, kept as
    weak._interp_*_ref: the interpolated channels (logs and B/A ratios) to 1e-14 (measured 2e-15), the
    public rates to 1e-12 relative off equilibrium (the channel error times forward/net, up to ~100 here)."""
    rng = np.random.default_rng(20261201)
    weak._clear_caches()
    pts = []
    for i in range(300):
        y = rng.uniform(0.0, 70.0) if i % 3 == 0 else rng.uniform(0.0, 4.0)
        rho = rng.uniform(-weak.RHO_MAX, weak.RHO_MAX)
        xi, s = rng.uniform(-weak.XI_MAX, weak.XI_MAX, 2)
        d = rng.uniform(-weak.D_MAX, weak.D_MAX)
        if i % 10 == 1:  # nodes on some axes (one-hot weights) and the edges
            rho, xi = 0.0, weak.XI_MAX * weak._cheb2(weak.N_XI)[i % weak.N_XI]
            d = -weak.D_MAX
        for fast, ref, args in ((weak._interp_nue, weak._interp_nue_ref, (y, rho, xi)),
                                (weak._interp_nue_mb, weak._interp_nue_mb_ref, (y, rho)),
                                (weak._interp_nunu, weak._interp_nunu_ref, (rho, s, d))):
            a, b = np.array(fast(*args)), np.array(ref(*args))
            assert np.all(np.abs(a - b) <= 1e-14 * np.maximum(1.0, np.abs(b))), (fast.__name__, args)
        if i < 60 and abs(rho) > 0.05:
            pts.append((M_E / max(y, 1e-3), math.exp(rho), xi, s, d))
    fast = [(weak.nu_e_transfer(tg, tg * r, x, GL, GR), weak.nu_e_transfer(tg, tg * r, x, GL, GR, statistics="mb"),
             weak.nu_nu_transfer(r, s + d / 4, 1.0, s - d / 4)) for tg, r, x, s, d in pts]
    assert fast[0][0] == weak.nu_e_transfer(*((pts[0][0], pts[0][0] * pts[0][1], pts[0][2], GL, GR)))  # memo
    monkeypatch.setattr(weak, "_interp_nue", weak._interp_nue_ref)
    monkeypatch.setattr(weak, "_interp_nue_mb", weak._interp_nue_mb_ref)
    monkeypatch.setattr(weak, "_interp_nunu", weak._interp_nunu_ref)
    weak._clear_caches()
    for (tg, r, x, s, d), got in zip(pts, fast):
        want = (weak.nu_e_transfer(tg, tg * r, x, GL, GR), weak.nu_e_transfer(tg, tg * r, x, GL, GR, statistics="mb"),
                weak.nu_nu_transfer(r, s + d / 4, 1.0, s - d / 4))
        for g, w in zip(got, want):
            assert g == pytest.approx(w, rel=1e-12, abs=1e-300), (tg, r, x, s, d)
    weak._clear_caches()


def test_caches_are_transparent():
    """The result memo and the per-y / per-rho caches return what a fresh evaluation gives, also after
    eviction (more distinct arguments than the cache sizes)."""
    weak._clear_caches()
    first = [weak.nu_e_transfer(0.4 + 0.001 * k, 0.41, 0.1, GL, GR) for k in range(300)]
    nn = [weak.nu_nu_transfer(1.0 + 0.001 * k, 0.1, 1.1, -0.2) for k in range(300)]
    assert [weak.nu_e_transfer(0.4 + 0.001 * k, 0.41, 0.1, GL, GR) for k in range(300)] == first
    weak._clear_caches()
    assert [weak.nu_e_transfer(0.4 + 0.001 * k, 0.41, 0.1, GL, GR) for k in range(300)] == first
    assert [weak.nu_nu_transfer(1.0 + 0.001 * k, 0.1, 1.1, -0.2) for k in range(300)] == nn
    assert weak.nu_e_transfer(0.4, 0.41, np.float64(0.1), GL, GR) == first[0]


# ------------------------------------------------------------------------------------ several species at once
def test_many_equals_single():
    """nu_e_transfer_many / nu_nu_transfer_many (the NumPy backend's per-species calls) give what one call per
    species or pair gives, in order: inside the table, on its nodes (equilibrium, where gain and loss cancel
    exactly), outside it (the exact evaluator), with repeated entries and memo hits."""
    rng = np.random.default_rng(7)
    couplings = [(GL, GR), (weak.G_L_MU, GR), (0.3, 0.2)]
    for trial in range(120):
        tg = float(rng.uniform(0.01, 5.0))
        n = int(rng.integers(1, 4))
        ts = [float(tg * math.exp(rng.uniform(-0.6, 0.6))) for _ in range(n)]
        xs = [float(rng.uniform(-1.5, 1.5)) for _ in range(n)]
        if trial % 5 == 0:
            ts[0], xs[0] = tg, 0.0  # exact equilibrium: a node on both axes
        if trial % 7 == 3:
            ts[-1] = tg * 1.9  # outside the table (rho > ln 2 ... RHO_MAX): the exact evaluator
        if trial % 11 == 4 and n > 1:
            ts[1], xs[1] = ts[0], xs[0]  # repeated arguments
        cp = couplings[:n]
        weak._clear_caches()
        got = weak.nu_e_transfer_many(tg, ts, xs, cp)
        weak._clear_caches()
        want = [weak.nu_e_transfer(tg, ts[i], xs[i], *cp[i]) for i in range(n)]
        assert got == want, (tg, ts, xs)
        assert weak.nu_e_transfer_many(tg, ts, xs, cp) == want  # memo hits
        pairs = [(ts[i], xs[i], ts[j], xs[j]) for i in range(n) for j in range(n) if i != j]
        weak._clear_caches()
        got = weak.nu_nu_transfer_many(pairs)
        weak._clear_caches()
        assert got == [weak.nu_nu_transfer(*p) for p in pairs], pairs
    assert weak.nu_e_transfer_many(1.0, [1.0], [0.0], [(GL, GR)])[0] == (0.0, 0.0)  # equilibrium: exactly 0
    weak._clear_caches()


def test_many_checks_the_couplings_and_leaves_the_memo_clean():
    """Regression: nu_e_transfer_many's fast path skipped the g_l, g_r range check of the scalar path and stored
    the result in the shared memo, so a later nu_e_transfer with the same out-of-range coupling returned it
    instead of raising."""
    from mevscalar.validate import ParameterError

    with pytest.raises(ParameterError, match="g_l"):
        weak.nu_e_transfer_many(1.0, [1.01], [0.1], [(100.0, 0.0)])
    with pytest.raises(ParameterError, match="g_l"):
        weak.nu_e_transfer(1.0, 1.01, 0.1, 100.0, 0.0)
