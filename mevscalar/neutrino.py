"""Neutral-lepton spectrum of the UV model: exact (mpmath) diagonalisation and the seesaw approximations.

Numeric side: NumPy + mpmath + the generated kernels of :mod:`mevscalar.model.seesaw`; no SymPy import.
Units: MeV.  Basis (nu_e, nu_mu, nu_tau, N, N'), L > -(1/2) Psi^T M Psi + h.c. (convention of model/uv.py):

    M = [[0_3, m_D], [m_D^T, M_R]],  m_D = (y_N v/sqrt2 | y_N' v'/sqrt2),
    M_R = [[m_N, lambda_N v_phi/sqrt2], [lambda_N v_phi/sqrt2, m_N']].

* :func:`mass_matrix` / :func:`mass_matrix_mp` build M; :func:`takagi_masses` returns the physical masses
  (Takagi values = singular values; |eigenvalues| for real symmetric input) at >= 40 digits.
* :func:`light_lo`, :func:`light_nlo` (Eqs. 16-17/19 and the next order), :func:`heavy_lo` (Eq. 18),
  :func:`heavy_nlo` (Eq. 18 + next order) from the generated closed forms.
* :func:`g_nu`: Eq. 20, g_a = m_a / v_phi ("paper") or sqrt2 m_a / v_phi ("canonical": the canonically
  normalised real-scalar fluctuation phi = v_phi/sqrt2 + varphi, see model/uv.py).
* :func:`scaling_study` / :func:`fit_slope`: errors of the approximations against exact diagonalisation on a
  range of hierarchies m_D/M, and their log-log slopes.
"""

from __future__ import annotations

import math

import mpmath
import numpy as np

from .constants import V_EW
from .generated import seesaw_mp as _mp
from .generated import seesaw_np as _np
from .validate import ParameterError, choice, finite, positive, vector

#: Working precision [decimal digits] of the exact diagonalisation.
EXACT_DPS = 50


# --------------------------------------------------------------------------- inputs
def _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW):
    """Validated (y_N[3], y_Np[3], lambda_N, v_phi, v_p, m_N, m_Np, v) as floats."""
    yn = vector("y_N", y_N, 3)
    ynp = vector("y_Np", y_Np, 3)
    p = (
        yn,
        ynp,
        float(positive("lambda_N", lambda_N)),
        float(positive("v_phi", v_phi, "MeV")),
        float(positive("v_p", v_p, "MeV")),
        float(finite("m_N", m_N)),
        float(finite("m_Np", m_Np)),
        float(positive("v", v, "MeV")),
    )
    Mh2 = (p[2] * p[3]) ** 2 / 2.0
    if not math.isfinite(Mh2):  # else the invertibility test below reports a misleading "m_N m_Np = 0"
        raise ParameterError(
            f"lambda_N, v_phi: (lambda_N v_phi)^2 overflows double precision (allowed: lambda_N v_phi < 1e154 MeV), "
            f"got lambda_N = {p[2]!r}, v_phi = {p[3]!r} MeV"
        )
    if abs(Mh2 - p[5] * p[6]) <= 1e-12 * max(Mh2, abs(p[5] * p[6])):
        raise ParameterError(
            "m_N, m_Np: the heavy block M_R must be invertible (allowed: m_N m_Np != (lambda_N v_phi)^2/2), "
            f"got m_N m_Np = {p[5] * p[6]!r} MeV^2"
        )
    return p


def _kernel_args(p):
    yn, ynp, lam, vphi, vp, mn, mnp, v = p
    return (*yn, *ynp, v, vp, lam, vphi, mn, mnp)


def mass_matrix(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> np.ndarray:
    """The 5x5 neutral mass matrix [MeV] (float64)."""
    yn, ynp, lam, vphi, vp, mn, mnp, v = _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    M = np.zeros((5, 5))
    M[:3, 3] = M[3, :3] = yn * v / math.sqrt(2.0)
    M[:3, 4] = M[4, :3] = ynp * vp / math.sqrt(2.0)
    M[3, 3], M[4, 4] = mn, mnp
    M[3, 4] = M[4, 3] = lam * vphi / math.sqrt(2.0)
    return M


def mass_matrix_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> mpmath.matrix:
    """The 5x5 matrix in mpmath at the caller's precision (inputs taken as exact binary floats)."""
    yn, ynp, lam, vphi, vp, mn, mnp, v = _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    s2 = mpmath.sqrt(2)
    M = mpmath.zeros(5, 5)
    for i in range(3):
        M[i, 3] = M[3, i] = mpmath.mpf(yn[i]) * v / s2
        M[i, 4] = M[4, i] = mpmath.mpf(ynp[i]) * vp / s2
    M[3, 3], M[4, 4] = mpmath.mpf(mn), mpmath.mpf(mnp)
    M[3, 4] = M[4, 3] = mpmath.mpf(lam) * vphi / s2
    return M


# --------------------------------------------------------------------------- exact
def takagi_masses(M, dps: int = EXACT_DPS) -> list:
    """Physical masses (ascending, >= 0) of a complex symmetric mass matrix, as mpmath numbers.

    Takagi factorisation M = U diag(m) U^T: the Takagi values are the singular values of M.  For a real
    symmetric M they are |eigenvalues| (mpmath.eigsy); otherwise mpmath.svd_c.  Computed at ``dps`` digits
    (>= 40) and returned at that precision.
    """
    if dps < 40:
        raise ParameterError(f"dps must be >= 40 (allowed range [40, inf)), got {dps!r}")
    with mpmath.workdps(dps):
        A = mpmath.matrix(M) if not isinstance(M, mpmath.matrix) else M.copy()
        n = A.rows
        if A.cols != n:
            raise ParameterError(f"mass matrix must be square, got {A.rows}x{A.cols}")
        real = all(mpmath.im(A[i, j]) == 0 for i in range(n) for j in range(n))
        if real:
            A = A.apply(mpmath.re)
            ev = mpmath.eigsy(A, eigvals_only=True)
            vals = [abs(ev[i]) for i in range(n)]
        else:
            sv = mpmath.svd_c(A, compute_uv=False)
            vals = [sv[i] for i in range(n)]
        return sorted(vals)


def exact_masses_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, dps: int = EXACT_DPS) -> list:
    """All five masses [MeV] from exact diagonalisation, ascending, as mpmath numbers at ``dps`` digits."""
    with mpmath.workdps(dps):
        return takagi_masses(mass_matrix_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v), dps)


def exact_masses(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, dps: int = EXACT_DPS) -> np.ndarray:
    """All five masses [MeV] from exact diagonalisation (mpmath, ``dps`` digits), ascending, as floats."""
    return np.array([float(m) for m in exact_masses_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v, dps)])


# --------------------------------------------------------------------------- seesaw (generated kernels)
def _light(p, f_small, f_big):
    """(0, m2, m3) from a pair of light-mass kernels.

    The kernels work in the plane spanned by y_N, y_N' starting from y_N; if y_N = 0 the roles of (N, y_N, v,
    m_N) and (N', y_N', v', m_N') are swapped (the matrix is symmetric under that relabelling), and with
    both vectors zero every light mass vanishes.
    """
    yn, ynp, lam, vphi, vp, mn, mnp, v = p
    if not np.any(yn):
        if not np.any(ynp):
            return np.zeros(3)
        p = (ynp, yn, lam, vphi, v, mnp, mn, vp)
    a = _kernel_args(p)
    big = float(f_big(*a))
    if big == 0.0:  # rank 0 (e.g. y_N = 0 and m_N' = 0): small = |det|/big would be 0/0
        return np.zeros(3)
    small = float(f_small(*a))
    return np.array([0.0, *sorted((small, big))])


def light_lo(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> np.ndarray:
    """Leading-order light masses [MeV], ascending: (0, m2, m3) of -m_D M_R^-1 m_D^T (full 2x2 M_R).

    m1 = 0 exactly (rank 2, Eq. 16); for m_N = m_N' = 0 this is Eq. 17.
    """
    p = _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    return _light(p, _np.light_lo_small, _np.light_lo_big)


def light_nlo(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> np.ndarray:
    """Next-order light masses [MeV], ascending: eigenvalues of m0 - (1/2){Theta Theta^T, m0}."""
    p = _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    return _light(p, _np.light_nlo_small, _np.light_nlo_big)


def heavy_lo(lambda_N, v_phi, m_N=0.0, m_Np=0.0) -> np.ndarray:
    """Eq. 18 at leading order [MeV], ascending: lambda_N v_phi/sqrt2 -+ (m_N + m_N')/2 (absolute values)."""
    lam, vphi = float(positive("lambda_N", lambda_N)), float(positive("v_phi", v_phi, "MeV"))
    mn, mnp = float(finite("m_N", m_N)), float(finite("m_Np", m_Np))
    return np.sort(np.abs([_np.heavy_lo_minus(lam, vphi, mn, mnp), _np.heavy_lo_plus(lam, vphi, mn, mnp)]))


def heavy_block(lambda_N, v_phi, m_N=0.0, m_Np=0.0) -> np.ndarray:
    """|eigenvalues| of M_R alone [MeV], ascending (Eq. 18 resummed in m_N/M, no m_D back-reaction)."""
    lam, vphi = float(positive("lambda_N", lambda_N)), float(positive("v_phi", v_phi, "MeV"))
    mn, mnp = float(finite("m_N", m_N)), float(finite("m_Np", m_Np))
    return np.array([float(_np.heavy_block_small(lam, vphi, mn, mnp)), float(_np.heavy_block_big(lam, vphi, mn, mnp))])


def heavy_nlo(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> np.ndarray:
    """Heavy masses at next order [MeV], ascending: |eig(M_R + {M_R^-1, m_D^T m_D}/2)|."""
    a = _kernel_args(_inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))
    return np.array([float(_np.heavy_nlo_small(*a)), float(_np.heavy_nlo_big(*a))])


#: g_nu = factor * m / v_phi: "paper" (Eq. 20, phi = (v_phi + varphi)/sqrt2) or "canonical"
#: (phi = v_phi/sqrt2 + varphi, the canonically normalised real scalar of Eq. 15).
G_NU_NORMALISATIONS = {"paper": 1.0, "canonical": math.sqrt(2.0)}


def g_nu_factor(normalisation: str) -> float:
    """The factor in g_nu = factor * m / v_phi for a normalisation name (ParameterError naming the choices)."""
    return G_NU_NORMALISATIONS[choice("normalisation", normalisation, G_NU_NORMALISATIONS)]


def g_nu(light_masses, v_phi, normalisation: str = "paper") -> np.ndarray:
    """Eq. 20: g_a = m_a / v_phi ("paper") or sqrt2 m_a / v_phi ("canonical"); dimensionless.

    ``light_masses`` [MeV] (any shape), ``v_phi`` [MeV] with <phi> = v_phi/sqrt2.
    """
    m = np.asarray(finite("light_masses", light_masses), dtype=float)
    vphi = positive("v_phi", v_phi, "MeV")
    return g_nu_factor(normalisation) * m / vphi


def g_nu_exact(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, normalisation="paper",
               dps: int = EXACT_DPS) -> np.ndarray:
    """phi-nu_a couplings from the exact 5x5 by Hellmann-Feynman (no seesaw, any m_N, m_N'); ascending in m_a.

    With phi = (v_phi + varphi)/sqrt2 ("paper") the only varphi-dependent entry is M_NN' = lambda_N (v_phi +
    varphi)/sqrt2, so g_a = d m_a / d varphi = u_a^T (dM/dvarphi) u_a = sqrt2 lambda_N u_{N,a} u_{N',a} for the
    real orthogonal eigenvector u_a; "canonical" (phi = v_phi/sqrt2 + varphi) multiplies by sqrt2.  Eq. 20,
    g = m/v_phi, is its m_N = m_N' = 0, O(theta^0) limit.  Dimensionless, absolute values.
    """
    g_nu_factor(normalisation)  # validates the name
    with mpmath.workdps(dps):
        M = mass_matrix_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
        E, Q = mpmath.eigsy(M)
        order = sorted(range(5), key=lambda i: abs(E[i]))[:3]
        lam = mpmath.mpf(float(lambda_N))
        fac = mpmath.sqrt(2) * lam * (1 if normalisation == "paper" else mpmath.sqrt(2))
        return np.array([float(abs(fac * Q[3, i] * Q[4, i])) for i in order])


def spectrum(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, normalisation="paper") -> dict:
    """Everything the `seesaw` command prints (masses in MeV, ascending, non-negative)."""
    args = (y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    exact = exact_masses(*args)
    lo = light_lo(*args)
    return {
        "light_MeV": lo.tolist(),
        "light_nlo_MeV": light_nlo(*args).tolist(),
        "light_exact_MeV": exact[:3].tolist(),
        "heavy_MeV": heavy_lo(lambda_N, v_phi, m_N, m_Np).tolist(),
        "heavy_nlo_MeV": heavy_nlo(*args).tolist(),
        "heavy_exact_MeV": exact[3:].tolist(),
        "g_nu": g_nu(lo, v_phi, normalisation).tolist(),
        "g_nu_normalisation": normalisation,
        "g_nu_exact": g_nu_exact(*args, normalisation=normalisation).tolist(),
        "v_MeV": float(v),
    }


# --------------------------------------------------------------------------- exact vs approximate
def approx_masses_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, dps: int = EXACT_DPS) -> dict:
    """The approximations evaluated by the mpmath twins at ``dps`` digits (to measure errors << 1e-16).

    Keys: light_lo, light_nlo ((m2, m3)), heavy_lo (Eq. 18), heavy_block (|eig M_R|), heavy_nlo; ascending.
    """
    p = _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    a = _kernel_args(p)
    lam, vphi, mn, mnp = p[2], p[3], p[5], p[6]
    with mpmath.workdps(dps):
        out = {
            "light_lo": sorted([_mp.light_lo_small(*a), _mp.light_lo_big(*a)]),
            "light_nlo": sorted([_mp.light_nlo_small(*a), _mp.light_nlo_big(*a)]),
            "heavy_lo": sorted([abs(_mp.heavy_lo_minus(lam, vphi, mn, mnp)), abs(_mp.heavy_lo_plus(lam, vphi, mn, mnp))]),
            "heavy_block": sorted([_mp.heavy_block_small(lam, vphi, mn, mnp), _mp.heavy_block_big(lam, vphi, mn, mnp)]),
            "heavy_nlo": sorted([_mp.heavy_nlo_small(*a), _mp.heavy_nlo_big(*a)]),
        }
        return {k: [mpmath.re(x) for x in v_] for k, v_ in out.items()}


def hierarchy(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW) -> float:
    """Expansion parameter ||Theta||_2 = ||m_D M_R^-1||_2 (largest active-sterile mixing at leading order)."""
    M = mass_matrix(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    theta = M[:3, 3:] @ np.linalg.inv(M[3:, 3:])
    return float(np.linalg.norm(theta, 2))


def relative_errors(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, dps: int = EXACT_DPS) -> dict:
    """max_i |approx_i / exact_i - 1| per approximation (light: m2, m3; heavy: both), at ``dps`` digits."""
    args = (y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    with mpmath.workdps(dps):
        ex = exact_masses_mp(*args, dps=dps)
        ap = approx_masses_mp(*args, dps=dps)
        light, heavy = ex[1:3], ex[3:5]
        out = {}
        for key, ref in (("light_lo", light), ("light_nlo", light), ("heavy_lo", heavy), ("heavy_block", heavy), ("heavy_nlo", heavy)):
            out[key] = float(max(abs(a_ / r - 1) for a_, r in zip(ap[key], ref)))
        out["m1_over_m3"] = float(ex[0] / ex[2])
        return out


def fit_slope(x, y) -> float:
    """Least-squares slope of log y against log x."""
    lx, ly = np.log(np.asarray(x, float)), np.log(np.asarray(y, float))
    return float(np.polyfit(lx, ly, 1)[0])


def random_point(rng: np.random.Generator, mn_over_M: float = 0.3) -> dict:
    """A random UV parameter point: Gaussian Yukawa directions, lambda_N in [0.3, 3], v_phi in [50, 5000] MeV,
    v' in [100, 1e4] MeV, m_N, m_N' uniform in +-mn_over_M * lambda_N v_phi/sqrt2."""
    lam = float(np.exp(rng.uniform(np.log(0.3), np.log(3.0))))
    vphi = float(np.exp(rng.uniform(np.log(50.0), np.log(5000.0))))
    vp = float(np.exp(rng.uniform(np.log(100.0), np.log(1e4))))
    Mh = lam * vphi / math.sqrt(2.0)
    return {
        "y_N": rng.normal(size=3),
        "y_Np": rng.normal(size=3),
        "lambda_N": lam,
        "v_phi": vphi,
        "v_p": vp,
        "m_N": float(rng.uniform(-mn_over_M, mn_over_M) * Mh),
        "m_Np": float(rng.uniform(-mn_over_M, mn_over_M) * Mh),
    }


def scaling_study(seed: int = 2022, n_points: int = 4, thetas=None, mn_over_M: float = 0.3, dps: int = 60) -> dict:
    """Relative errors of every approximation vs exact diagonalisation as the hierarchy theta = ||m_D M_R^-1||
    runs over ``thetas`` (default 10^-1 ... 10^-5), on ``n_points`` random points (Yukawa directions and
    masses fixed per point, Yukawas rescaled to hit each theta).  Returns per-point rows and fitted slopes
    of log(error) vs log(theta) for each approximation (expected: light_lo 2, light_nlo 4, heavy_block 2,
    heavy_nlo 4; heavy_lo = Eq. 18 has a floor (m_N - m_N')^2/(8 M^2) that does not scale with theta).
    """
    thetas = np.geomspace(1e-1, 1e-5, 9) if thetas is None else np.asarray(thetas, float)
    rng = np.random.default_rng(seed)
    rows, slopes = [], []
    for ip in range(n_points):
        pt = random_point(rng, mn_over_M)
        base = hierarchy(**pt)
        errs = []
        for th in thetas:
            s = th / base
            p = dict(pt, y_N=pt["y_N"] * s, y_Np=pt["y_Np"] * s)
            e = relative_errors(**p, dps=dps)
            e.update(point=ip, theta=float(th))
            rows.append(e)
            errs.append(e)
        slopes.append({k: fit_slope(thetas, [e[k] for e in errs]) for k in ("light_lo", "light_nlo", "heavy_block", "heavy_nlo")})
    keys = slopes[0].keys()
    return {
        "thetas": thetas.tolist(),
        "rows": rows,
        "slopes": slopes,
        "slope_min": {k: min(s[k] for s in slopes) for k in keys},
        "slope_max": {k: max(s[k] for s in slopes) for k in keys},
        "seed": seed,
        "dps": dps,
    }


def majorana_scan(seed: int = 7, n_points: int = 3, ratios=None, theta: float = 1e-8, dps: int = 60) -> dict:
    """Errors of the paper's m_N = m_N' = 0 formulas when the Majorana masses are not zero.

    On random points with m_N = r c1 Mh, m_N' = r c2 Mh (c1, c2 fixed per point, |c| <= 1) and a tiny
    hierarchy ``theta`` (so the seesaw error theta^2 is negligible), r runs over ``ratios``; the relative
    error of Eq. 17 (light masses with m_N = m_N' = 0 inserted) and of Eq. 18 (Mh +- (m_N + m_N')/2) against
    exact diagonalisation.  Expected slopes in r: 1 for Eq. 17 (first-order m_N/Mh terms dropped), 2 for
    Eq. 18 (the (m_N - m_N')^2/(8 Mh) term).
    """
    ratios = np.geomspace(1e-5, 1e-1, 9) if ratios is None else np.asarray(ratios, float)
    rng = np.random.default_rng(seed)
    rows, slopes = [], []
    for ip in range(n_points):
        pt = random_point(rng, 0.0)
        c1, c2 = rng.uniform(-1, 1, size=2)
        Mh = pt["lambda_N"] * pt["v_phi"] / math.sqrt(2.0)
        e17, e18 = [], []
        for r in ratios:
            p = dict(pt, m_N=float(r * c1 * Mh), m_Np=float(r * c2 * Mh))
            s = theta / hierarchy(**p)
            p.update(y_N=p["y_N"] * s, y_Np=p["y_Np"] * s)
            with mpmath.workdps(dps):
                ex = exact_masses_mp(**p, dps=dps)
                a17 = approx_masses_mp(**dict(p, m_N=0.0, m_Np=0.0), dps=dps)["light_lo"]
                a18 = approx_masses_mp(**p, dps=dps)["heavy_lo"]
                err17 = float(max(abs(a / x - 1) for a, x in zip(a17, ex[1:3])))
                err18 = float(max(abs(a / x - 1) for a, x in zip(a18, ex[3:5])))
            rows.append({"point": ip, "mN_over_M": float(r), "eq17": err17, "eq18": err18, "c1": float(c1), "c2": float(c2)})
            e17.append(err17)
            e18.append(err18)
        slopes.append({"eq17": fit_slope(ratios, e17), "eq18": fit_slope(ratios, e18)})
    return {"ratios": ratios.tolist(), "theta": theta, "rows": rows, "slopes": slopes, "seed": seed, "dps": dps}
