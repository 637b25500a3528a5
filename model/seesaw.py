"""Seesaw by symbolic block diagonalisation of the 5x5 neutral-lepton mass matrix (paper Eqs. 16-19).

Basis Psi = (nu_e, nu_mu, nu_tau, N, N'), L > -(1/2) Psi^T M Psi + h.c., M = [[0_3, D], [D^T, R]] with
D (3x2) and R (2x2, symmetric) the blocks of the matrix model/uv.py derives as the Hessian of Eq. 14
(:func:`uv_blocks`; for Eq. 14 as printed D = [y_N v/sqrt2, y_N' v'/sqrt2], R = [[m_N, Mh], [Mh, m_N']],
Mh = lambda_N v_phi/sqrt2, but nothing here assumes it).

Everything is derived for a generic block matrix (D 3x2, R 2x2 symmetric) from two exact Schur identities;
the generated kernels take the block entries D_ij, R_ij as arguments, so the numeric side feeds them the
entries of the generated mass-matrix kernel (model/uv.py) and a changed Lagrangian changes the seesaw
results with no change here. The 5x5 is never handed to ``Matrix.eigenvals()`` (enormous radicals).

Light block.  det(M - l) = det(R - l) det(-l - D (R - l)^-1 D^T), so a light eigenvalue l is an
eigenvalue of S(l) = -D (R - l)^-1 D^T = m0 - l P + O(l^2 D R^-3 D^T), with

    m0 = -D R^-1 D^T  (leading order; Eq. 19 is its m_N = m_N' = 0 limit, up to an overall sign),
    Theta = D R^-1,   P = Theta Theta^T = D R^-2 D^T.

Hence m0 v = l (1 + P) v + O(Theta^6 Mh): the light masses are the eigenvalues of
(1+P)^-1/2 m0 (1+P)^-1/2 = m0 - (1/2){P, m0} + O(Theta^4 m0)   (next-to-leading order).

Heavy block.  det(M - mu) = det(-mu 1_3) det(R - mu + D^T D / mu) *exactly* (the light block is zero), so a
heavy eigenvalue is an eigenvalue of R + D^T D / mu; replacing 1/mu by R^-1, symmetrised, gives

    H = R + (1/2)(R^-1 D^T D + D^T D R^-1)  with eigenvalue error O(m_D^4 / Mh^3).

Its expansion in 1/Mh is Eq. 18 plus the next term:
    m_N,N' = Mh +- (m_N + m_N')/2 + (m_N - m_N')^2/(8 Mh) + |a +- b|^2/(2 Mh) + ...,
with a = y_N v/sqrt2, b = y_N' v'/sqrt2.

Rank.  m0 (and the NLO matrix) has range span(y_N, y_N'), so one light mass is exactly 0 (Eq. 16) and the
other two come from a 2x2 problem.  In the orthonormal basis e1 = a/|a|, e2 = b_perp/|b_perp| of that plane,
D = E L with L = [[A, c], [0, d]], A = |a|, c = a.b/A, d = |a x b|/A, so any X gives
D X D^T = E (L X L^T) E^T with det(L X L^T) = |a x b|^2 det X.  The small eigenvalue is det / big: no
difference of nearly equal numbers even for nearly parallel Yukawa vectors (|a x b| from components).

Units: MeV.  Exposed: :class:`Seesaw` (derivation object), the block formulas :func:`light_lo_matrix`,
:func:`light_nlo_matrix`, :func:`heavy_effective` (each written once) and :func:`kernels` (registry entries).
"""

from __future__ import annotations

from functools import cached_property

import sympy as sp

from ..codegen.registry import Kernel, Range
from . import uv as _uv
from .symbols import lambda_N, sym, v, v_p, v_phi, y_N, y_Np

# Generic block entries (for derivations that must not depend on the UV specifics).
eps = sym("epsilon", r"\epsilon", positive=True)  # bookkeeping: D -> eps D, (m_N, m_N') -> eps (m_N, m_N')
Mh = sym("M_h", r"M", positive=True)  # heavy Dirac mass, the N-N' entry of R (lambda_N v_phi/sqrt2 for Eq. 14)


def generic_blocks():
    """Generic D (3x2) and symmetric R (2x2) with free real symbols: (D, R)."""
    D = sp.Matrix(3, 2, lambda i, j: sym(f"D_{i + 1}{j + 1}", f"D_{{{i + 1}{j + 1}}}", real=True))
    r11, r12, r22 = (sym(n, f"R_{{{n[2:]}}}", real=True) for n in ("R_11", "R_12", "R_22"))
    R = sp.Matrix([[r11, r12], [r12, r22]])
    return D, R


def block_matrix(D: sp.Matrix, R: sp.Matrix) -> sp.Matrix:
    """M = [[0_3, D], [D^T, R]] (5x5)."""
    return sp.BlockMatrix([[sp.zeros(3, 3), D], [D.T, R]]).as_explicit()


def uv_blocks():
    """(D, R) of the UV model: the blocks of the Hessian-derived neutral mass matrix of model/uv.py."""
    M = uv_mass_matrix()
    return M[:3, 3:], M[3:, 3:]


def uv_mass_matrix() -> sp.Matrix:
    """The 5x5 neutral mass matrix of model/uv.py (derived from Eq. 14; not retyped here)."""
    return sp.Matrix(_uv.neutral_mass_matrix())


# --------------------------------------------------------------------------- the block formulas (each once)
def _inner_lo(R: sp.Matrix) -> sp.Matrix:
    """K = -R^-1: the leading-order light matrix is D K D^T."""
    return -R.inv()


def light_lo_matrix(D: sp.Matrix, R: sp.Matrix) -> sp.Matrix:
    """m0 = -D R^-1 D^T (3x3): the leading-order light mass matrix (Eq. 19 generalised)."""
    return D * _inner_lo(R) * D.T


def light_nlo_matrix(D: sp.Matrix, R: sp.Matrix) -> sp.Matrix:
    """m0 - (1/2){P, m0}, P = Theta Theta^T = D R^-2 D^T (3x3): the next-to-leading-order light matrix."""
    m0 = light_lo_matrix(D, R)
    theta = D * R.inv()
    P = theta * theta.T
    return m0 - (P * m0 + m0 * P) / 2


def _inner_nlo(K: sp.Matrix, G: sp.Matrix) -> sp.Matrix:
    """X with light_nlo_matrix = D X D^T: with m0 = D K D^T and P = D K^2 D^T, {P, m0} = D (K^2 G K + K G K^2) D^T,
    G = D^T D (tests check D X D^T = light_nlo_matrix)."""
    return K - (K * K * G * K + K * G * K * K) / 2


def heavy_effective(D: sp.Matrix, R: sp.Matrix) -> sp.Matrix:
    """H = R + (1/2){R^-1, D^T D} (2x2): the heavy block at next order."""
    G = D.T * D
    Ri = R.inv()
    return R + (Ri * G + G * Ri) / 2


class Seesaw:
    """Block diagonalisation of M = [[0, D], [D^T, R]] (D 3x2, R 2x2 symmetric, invertible).

    Attributes (SymPy):
      light_lo      m0 = -D R^-1 D^T (3x3), the leading-order light mass matrix.
      theta         D R^-1 (3x2): active-sterile mixing at leading order.
      light_nlo     m0 - (1/2){Theta Theta^T, m0} (3x3).
      heavy_block   R (2x2): heavy block at leading order.
      heavy_eff     R + (1/2)(R^-1 D^T D + D^T D R^-1) (2x2): heavy block at next order.
    Eigenvalue closed forms are module-level functions of the blocks (Eq. 17, 18 and general m_N).
    """

    def __init__(self, M: sp.Matrix):
        M = sp.Matrix(M)
        if M.shape != (5, 5):
            raise ValueError("expected a 5x5 matrix in the basis (nu_e, nu_mu, nu_tau, N, N')")
        if M[:3, :3] != sp.zeros(3, 3):
            raise ValueError("the active-active block must vanish (no Majorana mass for the active neutrinos)")
        self.M = M
        self.D = M[:3, 3:]
        self.R = M[3:, 3:]
        if sp.simplify(self.D.T - M[3:, :3]) != sp.zeros(2, 3):
            raise ValueError("M must be symmetric")

    @cached_property
    def R_inv(self) -> sp.Matrix:
        return self.R.inv()

    @cached_property
    def theta(self) -> sp.Matrix:
        return self.D * self.R_inv

    @cached_property
    def light_lo(self) -> sp.Matrix:
        return sp.simplify(light_lo_matrix(self.D, self.R))

    @cached_property
    def P(self) -> sp.Matrix:
        return self.theta * self.theta.T

    @cached_property
    def light_nlo(self) -> sp.Matrix:
        return light_nlo_matrix(self.D, self.R)

    @cached_property
    def heavy_block(self) -> sp.Matrix:
        return self.R

    @cached_property
    def heavy_eff(self) -> sp.Matrix:
        return heavy_effective(self.D, self.R)

    @staticmethod
    def _sym2_eigenvalues(H: sp.Matrix):
        """Signed eigenvalues (lower, upper) of a symmetric 2x2: tr/2 -+ sqrt((h11 - h22)^2/4 + h12^2)."""
        root = sp.sqrt((H[0, 0] - H[1, 1]) ** 2 / 4 + H[0, 1] ** 2)
        return (H[0, 0] + H[1, 1]) / 2 - root, (H[0, 0] + H[1, 1]) / 2 + root

    @cached_property
    def light_eigenvalues(self) -> tuple:
        """Signed eigenvalues of m0: (0, s/2 - r, s/2 + r), r = sqrt(s^2/4 - e2), from l^3 - s l^2 + e2 l = 0.

        The zero is exact (rank 2, Eq. 16); for the UV matrix with m_N = m_N' = 0 the other two are -(Eq. 17).
        Exact but cancelling for nearly parallel Yukawas: numerics use the stable plane form (kernels()).
        """
        m = self.light_lo
        s = m.trace()
        e2 = sum(m[i, i] * m[j, j] - m[i, j] ** 2 for i, j in ((0, 1), (0, 2), (1, 2)))
        r = sp.sqrt(s**2 / 4 - e2)
        return sp.Integer(0), s / 2 - r, s / 2 + r

    @cached_property
    def heavy_lo(self) -> tuple:
        """Signed eigenvalues of R (Eq. 18 resummed in m_N/Mh; Eq. 18 is its O(Mh^0) series)."""
        return self._sym2_eigenvalues(self.R)

    @cached_property
    def heavy_nlo(self) -> tuple:
        """Signed eigenvalues of R + (1/2){R^-1, D^T D} (Eq. 18 + next order)."""
        return self._sym2_eigenvalues(self.heavy_eff)

    # ---- exact identities the expansions rest on (each returns the residual, which must simplify to 0)
    def schur_light_residual(self, lam):
        """det(M - l) - det(R - l) det(-l - D (R - l)^-1 D^T)."""
        I2, I3, I5 = sp.eye(2), sp.eye(3), sp.eye(5)
        S = -self.D * (self.R - lam * I2).inv() * self.D.T
        return (self.M - lam * I5).det() - (self.R - lam * I2).det() * (-lam * I3 + S).det()

    def schur_heavy_residual(self, mu):
        """det(M - mu) - det(-mu 1_3) det(R - mu + D^T D / mu): exact, the light block being zero."""
        I2, I5 = sp.eye(2), sp.eye(5)
        G = self.D.T * self.D
        return (self.M - mu * I5).det() - (-mu) ** 3 * (self.R - mu * I2 + G / mu).det()

    def schur_series(self, lam, order: int = 2) -> sp.Matrix:
        """-D (R - l)^-1 D^T expanded in l: sum_k -l^k D R^-(k+1) D^T, k < order."""
        out = sp.zeros(3, 3)
        Rk = self.R_inv
        for k in range(order):
            out += -(lam**k) * self.D * Rk * self.D.T
            Rk = Rk * self.R_inv
        return out

    @staticmethod
    def symmetrisation_remainder() -> sp.Expr:
        """(1 - P/2) m0 (1 - P/2) - (m0 - {P, m0}/2) for non-commuting P, m0: equals P m0 P / 4 = O(Theta^4 m0).

        With (1 + P)^-1/2 = 1 - P/2 + O(P^2), this is why m0 - {P, m0}/2 carries the light spectrum to
        relative O(Theta^4).
        """
        P, m0 = sp.symbols("P m_0", commutative=False)
        return sp.expand((1 - P / 2) * m0 * (1 - P / 2) - (m0 - (P * m0 + m0 * P) / 2))


# --------------------------------------------------------------------------- closed forms
def _dot(p, q):
    return sum(pi * qi for pi, qi in zip(p, q))


def _cross(p, q):
    return [p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]]


def _columns(D: sp.Matrix):
    """The two columns a, b of D (lists of 3): a couples N, b couples N'."""
    return list(D[:, 0]), list(D[:, 1])


def heavy_dirac_mass():
    """Mh: the N-N' entry of R for the UV model (lambda_N v_phi/sqrt2 for Eq. 14 as printed) [MeV]."""
    return uv_blocks()[1][0, 1]


def eq17_prefactor():
    """C = v v' / (sqrt2 lambda_N v_phi) [MeV] of Eq. 17 (as printed)."""
    return v * v_p / (sp.sqrt(2) * lambda_N * v_phi)


def eq17_naive():
    """Eq. 17 as printed: (m2, m3) = C (|y_N||y_N'| -+ y_N.y_N') -- the difference cancels when parallel."""
    C = eq17_prefactor()
    nn = sp.sqrt(_dot(y_N, y_N)) * sp.sqrt(_dot(y_Np, y_Np))
    dd = _dot(y_N, y_Np)
    return C * (nn - sp.Abs(dd)), C * (nn + sp.Abs(dd))


def eq17_stable():
    """Eq. 17 without cancellation: m2 = C |y_N x y_N'|^2 / (|y_N||y_N'| + |y_N.y_N'|), m3 = C (...+...)."""
    C = eq17_prefactor()
    nn = sp.sqrt(_dot(y_N, y_N)) * sp.sqrt(_dot(y_Np, y_Np))
    dd = sp.Abs(_dot(y_N, y_Np))
    cr2 = _dot(_cross(y_N, y_Np), _cross(y_N, y_Np))
    return C * cr2 / (nn + dd), C * (nn + dd)


def eq19_matrix():
    """Paper Eq. 19: M_ij = (y_N,i y_N',j + y_N,j y_N',i) sqrt2 v v' / (2 lambda_N v_phi)."""
    return sp.Matrix(3, 3, lambda i, j: (y_N[i] * y_Np[j] + y_N[j] * y_Np[i]) * sp.sqrt(2) * v * v_p / (2 * lambda_N * v_phi))


def _sym2_masses_stable(x, y, z, det):
    """|eigenvalues| (big, small) of [[x, y], [y, z]] given its det computed without cancellation."""
    big = sp.Abs(x + z) / 2 + sp.sqrt(((x - z) / 2) ** 2 + y**2)
    return big, sp.Abs(det) / big


def _sym2_masses_exact(H: sp.Matrix):
    """|eigenvalues| (big, small) of a symmetric 2x2 from tr/2 +- sqrt(disc) (cancels; for the mpmath twin)."""
    x, y, z = H[0, 0], H[0, 1], H[1, 1]
    root = sp.sqrt(((x - z) / 2) ** 2 + y**2)
    return sp.Abs(x + z) / 2 + root, sp.Abs(sp.Abs(x + z) / 2 - root)


def _sym3_rank2_masses_exact(m: sp.Matrix):
    """|nonzero eigenvalues| (big, small) of a rank-2 symmetric 3x3 from its characteristic polynomial.

    l^3 - s l^2 + e2 l = 0 (det = 0): l = s/2 +- sqrt(s^2/4 - e2).  Exact but cancels; for the mpmath twin.
    """
    s = m.trace()
    e2 = sum(m[i, i] * m[j, j] - m[i, j] ** 2 for i, j in ((0, 1), (0, 2), (1, 2)))
    root = sp.sqrt(s**2 / 4 - e2)
    return sp.Abs(s) / 2 + root, sp.Abs(sp.Abs(s) / 2 - root)


def _plane_coords(D: sp.Matrix):
    """A = |a|, c = a.b/|a|, d = |a x b|/|a|, |a x b|, G = D^T D for the columns a, b of D.

    In the orthonormal basis e1 = a/|a|, e2 = b_perp/|b_perp| of span(a, b), D = E L with L = [[A, c], [0, d]];
    |a x b| is taken from the components (exactly 0 for parallel columns, no |a||b| - a.b cancellation).
    """
    a, b = _columns(D)
    A = sp.sqrt(_dot(a, a))
    ab = _dot(a, b)
    cr = _cross(a, b)
    cross = sp.sqrt(_dot(cr, cr))
    G = sp.Matrix([[_dot(a, a), ab], [ab, _dot(b, b)]])
    return A, ab / A, cross / A, cross, G


def _light_masses_stable(D: sp.Matrix, X: sp.Matrix):
    """(big, small) nonzero light masses of D X D^T, computed in the (e1, e2) plane: det = |a x b|^2 det X."""
    A, c, d, cross, _ = _plane_coords(D)
    x = A**2 * X[0, 0] + 2 * A * c * X[0, 1] + c**2 * X[1, 1]
    y = d * (A * X[0, 1] + c * X[1, 1])
    z = d**2 * X[1, 1]
    det = cross**2 * (X[0, 0] * X[1, 1] - X[0, 1] ** 2)
    return _sym2_masses_stable(x, y, z, det)


def light_lo_masses(D=None, R=None):
    """(exact, stable) pairs (big, small) of the LO light masses, eig of -D R^-1 D^T (default: generic blocks)."""
    if D is None:
        D, R = generic_blocks()
    exact = _sym3_rank2_masses_exact(light_lo_matrix(D, R))
    stable = _light_masses_stable(D, _inner_lo(R).applyfunc(sp.cancel))
    return exact, stable


def light_nlo_masses(D=None, R=None):
    """(exact, stable) pairs (big, small) of the NLO light masses: eigenvalues of m0 - {P, m0}/2."""
    if D is None:
        D, R = generic_blocks()
    _, _, _, _, G = _plane_coords(D)
    X = _inner_nlo(_inner_lo(R).applyfunc(sp.cancel), G)
    exact = _sym3_rank2_masses_exact(light_nlo_matrix(D, R))
    stable = _light_masses_stable(D, X)
    return exact, stable


def _eq18_series(R: sp.Matrix):
    """Signed eigenvalues (+, -) of R to first order in its diagonal: +-|R_12| + (R_11 + R_22)/2 (Eq. 18)."""
    x, y, z = R[0, 0], R[0, 1], R[1, 1]
    lam = []
    for sign in (1, -1):
        e = ((x + z) / 2 + sign * sp.sqrt(((x - z) / 2) ** 2 + y**2)).subs({x: eps * x, z: eps * z}, simultaneous=True)
        lam.append(sp.series(e, eps, 0, 2).removeO().subs(eps, 1))
    return tuple(lam)


def heavy_lo_masses(R=None):
    """Eq. 18 at O(Mh^0): the signed eigenvalues (+, -) of R to first order in its diagonal, derived by series.

    For the UV blocks: Mh + (m_N + m_N')/2 and -Mh + (m_N + m_N')/2 (masses Mh +- (m_N + m_N')/2).
    """
    if R is None:
        R = uv_blocks()[1]
    return _eq18_series(R)


def heavy_block_masses(R=None):
    """(exact, stable) |eigenvalues| (big, small) of the heavy block R alone [MeV]: Eq. 18 resummed in m_N/Mh."""
    if R is None:
        R = generic_blocks()[1]
    x, y, z = R[0, 0], R[0, 1], R[1, 1]
    return _sym2_masses_exact(R), _sym2_masses_stable(x, y, z, x * z - y**2)


def heavy_nlo_masses(D=None, R=None):
    """(exact, stable) |eigenvalues| (big, small) of H = R + (1/2){R^-1, D^T D} [MeV]."""
    if D is None:
        D, R = generic_blocks()
    H = heavy_effective(D, R).applyfunc(sp.cancel)
    x, y, z = H[0, 0], H[0, 1], H[1, 1]
    return _sym2_masses_exact(H), _sym2_masses_stable(x, y, z, x * z - y**2)


def generic_uv_scaled():
    """UV blocks with the bookkeeping parameter: D -> eps D, diag R -> eps diag R, the N-N' entry -> Mh symbol."""
    D, R = uv_blocks()
    Rs = sp.Matrix([[eps * R[0, 0], Mh], [Mh, eps * R[1, 1]]])
    return eps * D, Rs


def heavy_nlo_series():
    """Eq. 18 plus the next term, from the series of eig(H) in eps (D, m_N, m_N' -> eps x):

    (Mh +- S/2 + Delta^2/(8 Mh) + |a +- b|^2/(2 Mh)), S = m_N + m_N', Delta = m_N - m_N'.
    Returned as the signed eigenvalues (+Mh branch, -Mh branch) truncated at O(eps^2).
    """
    D, R = generic_uv_scaled()
    H = heavy_effective(D, R)
    x, y, z = H[0, 0], H[0, 1], H[1, 1]
    root = sp.sqrt(((x - z) / 2) ** 2 + y**2)
    out = []
    for sign in (1, -1):
        lam = (x + z) / 2 + sign * root
        out.append(sp.series(lam, eps, 0, 3).removeO())
    return tuple(out)


def heavy_nlo_expected():
    """The closed form claimed for heavy_nlo_series (for the symbolic check; not used numerically)."""
    D, R = uv_blocks()
    a, b = _columns(D)
    S, Dl = R[0, 0] + R[1, 1], R[0, 0] - R[1, 1]
    apb = sum((ai + bi) ** 2 for ai, bi in zip(a, b))
    amb = sum((ai - bi) ** 2 for ai, bi in zip(a, b))
    plus = Mh + eps * S / 2 + eps**2 * (Dl**2 / (8 * Mh) + apb / (2 * Mh))
    minus = -Mh + eps * S / 2 - eps**2 * (Dl**2 / (8 * Mh) + amb / (2 * Mh))
    return plus, minus


# --------------------------------------------------------------------------- registry
# Block entries [MeV]: any sign. Each entry gets its own (lo, hi) so that no boundary draw of the twin test
# ('nasty' u = 0, 1/2, 1 for every argument) makes the columns of D exactly parallel or a whole column zero:
# there the exact m2 is 0 and the 40-digit characteristic-polynomial reference carries ~1e-40 m3 of noise.
# Nearly parallel columns and columns of very different size are tested against a 60-digit reference in
# tests/model/test_seesaw.py. The seesaw regime: |D| <= 1.7 MeV, |R_11|, |R_22| <= 5 MeV, R_12 >= 7 MeV.
_D_LOHI = {
    "D_11": (-1.0, 1.5), "D_21": (-1.3, 1.1), "D_31": (-0.7, 1.7),
    "D_12": (-1.1, 1.4), "D_22": (-0.9, 1.6), "D_32": (-1.2, 1.25),
}
_DOMAIN_BLOCKS = {
    **{n: Range(lo, hi, "lin") for n, (lo, hi) in _D_LOHI.items()},
    "R_11": Range(-5.0, 5.0, "lin"),
    "R_12": Range(7.0, 7e7, "log"),
    "R_22": Range(-5.0, 5.0, "lin"),
}
# Eq. 17 (UV parameters, as printed): Yukawa components of any sign, columns of very different size (v, v').
_YUK_LOHI = {
    "y_N1": (-1.0, 1.5), "y_N2": (-1.3, 1.1), "y_N3": (-0.7, 1.7),
    "y_Np1": (-1.1, 1.4), "y_Np2": (-0.9, 1.6), "y_Np3": (-1.2, 1.25),
}
_DOMAIN_EQ17 = {
    **{n: Range(lo, hi, "lin") for n, (lo, hi) in _YUK_LOHI.items()},
    "v": Range(1e3, 1e6, "log"),
    "v_p": Range(1.0, 1e6, "log"),
    "lambda_N": Range(1e-3, 10.0, "log"),
    "v_phi": Range(1.0, 1e7, "log"),
}
_ARGS17 = tuple(y_N) + tuple(y_Np) + (v, v_p, lambda_N, v_phi)


def block_args() -> tuple:
    """Arguments of the block kernels: D_11, D_21, D_31, D_12, D_22, D_32 (column-major), R_11, R_12, R_22."""
    D, R = generic_blocks()
    return tuple(D[:, 0]) + tuple(D[:, 1]) + (R[0, 0], R[0, 1], R[1, 1])


def kernels() -> list[Kernel]:
    n17, s17 = eq17_naive(), eq17_stable()
    D, R = generic_blocks()
    (lo_big_x, lo_small_x), (lo_big_s, lo_small_s) = light_lo_masses(D, R)
    (nlo_big_x, nlo_small_x), (nlo_big_s, nlo_small_s) = light_nlo_masses(D, R)
    (hn_big_x, hn_small_x), (hn_big_s, hn_small_s) = heavy_nlo_masses(D, R)
    h_plus, h_minus = heavy_lo_masses(R)
    (hb_big_x, hb_small_x), (hb_big_s, hb_small_s) = heavy_block_masses(R)
    args = block_args()
    rargs = (R[0, 0], R[0, 1], R[1, 1])
    dom_r = {k: _DOMAIN_BLOCKS[k] for k in ("R_11", "R_12", "R_22")}
    why_17 = (
        "stable form: |y_N x y_N'| from components, small = |cross|^2/(sum); every operation well "
        "conditioned, so a few ulp per operation over ~30 operations"
    )
    why_2x2 = (
        "eigenvalues of a 2x2 symmetric in the rank-2 plane: big = |tr|/2 + sqrt(disc) (a sum), small = "
        "|det|/big with det = |a x b|^2 det X; det X and the entries carry up to ~1e2 ulp of rounding "
        "from R^-1 and the products of Gram entries"
    )
    blk = "arguments: the blocks D (3x2), R (2x2) of the neutral mass matrix (generated kernel uv.neutral_mass_matrix)"
    return [
        Kernel(
            "light_m2_eq17", _ARGS17, n17[0], _DOMAIN_EQ17, "MeV", "Eq. (17), minus sign",
            "Smaller nonzero light mass C(|y_N||y_N'| - |y_N.y_N'|), m_N = m_N' = 0.",
            numeric=s17[0], rtol=1e-12, rtol_why=why_17,
        ),
        Kernel(
            "light_m3_eq17", _ARGS17, n17[1], _DOMAIN_EQ17, "MeV", "Eq. (17), plus sign",
            "Larger light mass C(|y_N||y_N'| + |y_N.y_N'|), m_N = m_N' = 0.",
            numeric=s17[1], rtol=1e-12, rtol_why=why_17,
        ),
        Kernel(
            "light_matrix_eq19", _ARGS17, eq19_matrix(), _DOMAIN_EQ17, "MeV", "Eq. (19)",
            "Active-neutrino mass matrix (3x3) of Eq. 19 as printed, (y_N,i y_N',j + y_N,j y_N',i) sqrt2 v v'/"
            "(2 lambda_N v_phi); its nonzero eigenvalues are -+ Eq. 17.",
            rtol=1e-14, rtol_why="each entry is a sum of two products of inputs times sqrt2/2: a few ulp of the "
            "largest entry",
        ),
        Kernel(
            "light_lo_small", args, lo_small_x, _DOMAIN_BLOCKS, "MeV", "derived: eig of -D R^-1 D^T (Eq. 19 generalised)",
            f"Smaller nonzero leading-order light mass; {blk}.",
            numeric=lo_small_s, rtol=1e-11, rtol_why=why_2x2,
        ),
        Kernel(
            "light_lo_big", args, lo_big_x, _DOMAIN_BLOCKS, "MeV", "derived: eig of -D R^-1 D^T (Eq. 19 generalised)",
            f"Larger leading-order light mass; {blk}.",
            numeric=lo_big_s, rtol=1e-11, rtol_why=why_2x2,
        ),
        Kernel(
            "light_nlo_small", args, nlo_small_x, _DOMAIN_BLOCKS, "MeV", "derived: eig of m0 - {Theta Theta^T, m0}/2",
            f"Smaller nonzero next-to-leading-order light mass; {blk}.",
            numeric=nlo_small_s, rtol=1e-11, rtol_why=why_2x2,
        ),
        Kernel(
            "light_nlo_big", args, nlo_big_x, _DOMAIN_BLOCKS, "MeV", "derived: eig of m0 - {Theta Theta^T, m0}/2",
            f"Larger next-to-leading-order light mass; {blk}.",
            numeric=nlo_big_s, rtol=1e-11, rtol_why=why_2x2,
        ),
        Kernel(
            "heavy_lo_plus", rargs, h_plus, dom_r, "MeV", "Eq. (18), + sign (derived: eig R to first order in diag R)",
            "Signed heavy eigenvalue |R_12| + (R_11 + R_22)/2 (Eq. 18: lambda_N v_phi/sqrt2 + (m_N + m_N')/2).",
        ),
        Kernel(
            "heavy_lo_minus", rargs, h_minus, dom_r, "MeV", "Eq. (18), - sign (derived: eig R to first order in diag R)",
            "Signed heavy eigenvalue -|R_12| + (R_11 + R_22)/2 (Eq. 18: mass lambda_N v_phi/sqrt2 - (m_N + m_N')/2).",
            rtol=1e-12, rtol_why="R_12 - S/2 with S/R_12 <= 1.4: at most a few ulp of cancellation",
        ),
        Kernel(
            "heavy_block_big", rargs, hb_big_x, dom_r, "MeV",
            "derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction",
            "Larger |eigenvalue| of the heavy block R.", numeric=hb_big_s, rtol=1e-12, rtol_why=why_2x2,
        ),
        Kernel(
            "heavy_block_small", rargs, hb_small_x, dom_r, "MeV",
            "derived: |eig R|, Eq. (18) to all orders in m_N/Mh, no m_D back-reaction",
            "Smaller |eigenvalue| of the heavy block R.", numeric=hb_small_s, rtol=1e-12, rtol_why=why_2x2,
        ),
        Kernel(
            "heavy_nlo_big", args, hn_big_x, _DOMAIN_BLOCKS, "MeV", "derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2",
            f"Larger heavy mass at next order; {blk}.",
            numeric=hn_big_s, rtol=1e-12, rtol_why=why_2x2,
        ),
        Kernel(
            "heavy_nlo_small", args, hn_small_x, _DOMAIN_BLOCKS, "MeV", "derived: Eq. (18) + next order, eig of R + {R^-1, D^T D}/2",
            f"Smaller heavy mass at next order; {blk}.",
            numeric=hn_small_s, rtol=1e-11, rtol_why=why_2x2,
        ),
    ]
