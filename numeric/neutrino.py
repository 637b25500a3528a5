"""Neutral-lepton spectrum of the UV model: exact (mpmath) diagonalisation and the seesaw approximations.

Numeric side: NumPy + mpmath + generated kernels; no SymPy import, and no physics typed here. Units: MeV.
Basis (nu_e, nu_mu, nu_tau, N, N'), L > -(1/2) Psi^T M Psi + h.c. (convention of model/uv.py).

* The mass matrix M and its derivative dM/dvarphi come from the generated matrix kernels
  ``uv.neutral_mass_matrix`` and ``uv.neutral_mass_matrix_dphi[_canonical]``, derived in model/uv.py as the
  Hessian of the Lagrangian (Eq. 14): change a term there, run ``mev-scalar regenerate``, and every
  function below follows.
* The seesaw kernels of model/seesaw.py take the blocks D = M[:3, 3:] and R = M[3:, 3:] as arguments.
  Before they are called, M is scaled by a power of two (exact) so that no intermediate over- or underflows:
  every mass is homogeneous of degree 1 in M, and the LO light masses of degree (2, -1) in (D, R).
* :func:`mass_matrix` / :func:`mass_matrix_mp` evaluate M; :func:`takagi_masses` returns the physical
  masses (Takagi values = singular values; |eigenvalues| for real symmetric input) at >= 40 digits.
* :func:`light_lo`, :func:`light_nlo` (Eqs. 16-17/19 and the next order), :func:`heavy_lo` (Eq. 18),
  :func:`heavy_nlo` (Eq. 18 + next order) from the generated closed forms.
* :func:`g_nu`: Eq. 20, g_a = f m_a / v_phi with f derived (kernels ``uv.g_nu_eq20[_canonical]``: 1 for
  "paper", sqrt2 for "canonical", the canonically normalised real-scalar fluctuation); :func:`g_nu_exact`:
  Hellmann-Feynman u_a^T (dM/dvarphi) u_a on the exact eigenvectors.
* :func:`expansion_parameter` theta = ||m_D M_R^-1||_2; :func:`spectrum` warns when it is not small.
* :func:`scaling_study` / :func:`fit_slope`: errors of the approximations against exact diagonalisation on a
  range of hierarchies m_D/M, and their log-log slopes.
"""

from __future__ import annotations

from collections.abc import Mapping

import mpmath
import numpy as np
from numpy.typing import ArrayLike

from .. import parameters as P
from ..constants import V_EW
from ..errors import DerivationError, SolverError
from ..generated import seesaw_mp as _ss_mp
from ..generated import seesaw_np as _ss_np
from ..generated import uv_mp as _uv_mp
from ..generated import uv_np as _uv_np
from ..validate import ParameterError, finite, positive

#: Working precision [decimal digits] of the exact diagonalisation.
EXACT_DPS = 50
#: Names of the neutral basis states (rows and columns of the mass matrix).
BASIS = ("nu_e", "nu_mu", "nu_tau", "N", "N'")
#: g_nu normalisations: "paper" (Eq. 20, phi = (v_phi + varphi)/sqrt2) or "canonical" (phi = v_phi/sqrt2 +
#: varphi, the canonically normalised real scalar of Eq. 15). The factors are derived (kernels g_nu_eq20*).
G_NU_NORMALISATIONS = ("paper", "canonical")
_SUFFIX = {"paper": "", "canonical": "_canonical"}
#: spectrum() warns when theta = ||m_D M_R^-1||_2 exceeds this: the LO light masses then err by ~theta^2 > 1%.
THETA_WARN = 0.1
#: Block kernels get the columns of D scaled into [2^-EXP_D, 1) of max|R| when theta is tiny: the NLO terms
#: they drop are then ~2^(-2 EXP_D) ~ 1e-145 relative, far below double precision.
_EXP_D = 240
_HUGE = 1.7976931348623157e308  # largest double
#: Smallest |det M_R| / max|M_R|^2 the double-precision seesaw kernels accept (R^-1 of the scaled block ~ 1/that).
_RCOND_MIN = 1e-280

#: The inputs' registry names (mevscalar.parameters: one range and one message each) -> how error messages about
#: a combination of inputs (an overflowing entry, a singular M_R) name them: "lambda_N (--lambda-n)".
_REGISTERED = ("y_N", "y_Np", "lambda_N", "v_phi", "v_p", "m_N", "m_Np")
_NAMES = {k: f"{k} ({P.get(k).flag})" for k in _REGISTERED}
_NAMES["v"] = "v"


# --------------------------------------------------------------------------- inputs
def _name(names, key):
    return (names or _NAMES).get(key, key)


def _one_point(name: str, value):
    """A registered scalar input, checked by the registry; arrays are refused (one parameter point per call)."""
    x = P.check(name, value)
    if not isinstance(x, float):
        p = P.get(name)
        raise ParameterError(f"{p.name} ({p.flag}) must be a scalar: mevscalar.numeric.neutrino evaluates one "
                             f"parameter point per call, got an array of shape {np.shape(x)}")
    return x


def _vector(name: str, value) -> np.ndarray:
    a = np.asarray(P.check(name, value), dtype=float)
    if a.shape != (3,):
        p = P.get(name)
        raise ParameterError(f"{p.name} ({p.flag}) must be 3 numbers: mevscalar.numeric.neutrino evaluates one "
                             f"parameter point per call, got an array of shape {a.shape}")
    return a


def _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, names=None) -> dict:
    """Validated inputs as {kernel argument name: float}: every registered input through
    :func:`mevscalar.parameters.check` (one range and one message, CLI and Python alike). ``names`` maps input names
    to the caller's names in the messages about combinations of inputs (default: "name (--flag)")."""
    yn = _vector("y_N", y_N)
    ynp = _vector("y_Np", y_Np)
    vals = {f"y_N{i + 1}": float(yn[i]) for i in range(3)}
    vals.update({f"y_Np{i + 1}": float(ynp[i]) for i in range(3)})
    vals.update(
        lambda_N=_one_point("lambda_N", lambda_N),
        v_phi=_one_point("v_phi", v_phi),
        v_p=_one_point("v_p", v_p),
        m_N=_one_point("m_N", m_N),
        m_Np=_one_point("m_Np", m_Np),
        v=float(positive(_name(names, "v"), v, "MeV")),
    )
    return vals


def _arg_name(arg: str, names) -> str:
    """Kernel argument -> the caller's parameter name (y_N2 -> y_N)."""
    base = arg.rstrip("123") if arg.startswith("y_N") else arg
    return _name(names, base)


def _call(mod, name: str, vals: dict, names=None):
    """Call a generated kernel with the arguments it declares (generated DOMAINS), taken from ``vals``."""
    args = list(_uv_np.DOMAINS[name] if name in _uv_np.DOMAINS else _ss_np.DOMAINS[name])
    missing = [a for a in args if a not in vals]
    if missing:  # a changed model introduced an input the numeric API does not know
        raise DerivationError(f"kernel {name} needs {', '.join(missing)}, which mevscalar.numeric.neutrino does not provide")
    return getattr(mod, name)(*(vals[a] for a in args))


def _entry_error(vals, names, i, j, value, what) -> ParameterError:
    deps = _uv_np.ENTRY_ARGS["neutral_mass_matrix"][5 * i + j]
    who = ", ".join(dict.fromkeys(_arg_name(a, names) for a in deps))
    got = ", ".join(f"{_arg_name(a, names)} = {vals[a]!r}" for a in deps)
    return ParameterError(
        f"{who}: the mass-matrix entry M[{BASIS[i]}, {BASIS[j]}] = {mpmath.nstr(value, 5)} MeV {what} double precision "
        f"(allowed: |entry| <= {_HUGE:.3g} MeV), got {got}"
    )


def _matrix_mp(vals: dict, names=None, dps: int = 20) -> mpmath.matrix:
    """M from the mpmath kernel (no over/underflow: exponents are unbounded); ParameterError naming the inputs of
    an entry too large for double precision; DerivationError if the active-active block is not zero."""
    with mpmath.workdps(dps):
        M = _call(_uv_mp, "neutral_mass_matrix", vals)
        for i in range(5):
            for j in range(i, 5):
                if abs(M[i, j]) > _HUGE:
                    raise _entry_error(vals, names, i, j, M[i, j], "overflows")
        if any(M[i, j] != 0 for i in range(3) for j in range(3)):
            raise DerivationError("the neutral mass matrix has an active-active block: the seesaw kernels "
                                  "(model/seesaw.py) assume M = [[0, D], [D^T, R]]")
    return M


def _scaled(A: mpmath.matrix, rows, cols):
    """(float64 array of the block divided by 2^e, e) with 2^(e-1) <= max|block| < 2^e (e = 0 for a zero block)."""
    amax = max(abs(A[i, j]) for i in rows for j in cols)
    e = 0 if amax == 0 else int(mpmath.floor(mpmath.log(amax, 2))) + 1
    # mpmath.log may round across a power of two: fix e so the scaled maximum lies in [1/2, 1)
    while amax != 0 and amax * mpmath.mpf(2) ** -e >= 1:
        e += 1
    while amax != 0 and amax * mpmath.mpf(2) ** -e < 0.5:
        e -= 1
    return np.array([[float(mpmath.ldexp(A[i, j], -e)) for j in cols] for i in rows]), e


class _Blocks:
    """The blocks of M, each scaled by a power of two (exact) to max|.| in [1/2, 1): D = 2^ed Dh, R = 2^er Rh.

    Scaled from the mpmath matrix, so no entry under- or overflows on the way; the seesaw kernels then see
    well-scaled numbers and the results are scaled back (every mass is homogeneous of degree 1 in M, the LO
    light masses of degree (2, -1) in (D, R)).
    """

    def __init__(self, vals: dict, names=None):
        M = _matrix_mp(vals, names)
        with mpmath.workdps(20):
            self.R, self.er = _scaled(M, (3, 4), (3, 4))
            self.D, self.ed = _scaled(M, range(3), (3, 4))
            det = M[3, 3] * M[4, 4] - M[3, 4] ** 2
            scale = max(abs(M[3, 3] * M[4, 4]), M[3, 4] ** 2)
            if scale == 0 or abs(det) <= 1e-12 * scale:
                raise self._singular(vals, names, det)
            #: |det R| / max|R|^2: below ~1e-290 R^-1 of the scaled block is not representable in double
            self.rcond_mp = abs(det) / max(abs(M[i, j]) for i in (3, 4) for j in (3, 4)) ** 2
            self.rcond = float(self.rcond_mp)
        if not np.any(self.D[:, 0]) and np.any(self.D[:, 1]):  # relabel N <-> N' (a basis permutation)
            self.D, self.R = self.D[:, ::-1].copy(), self.R[::-1, ::-1].copy()
        self.dmax = float(np.max(np.abs(self.D)))
        self.q = self.ed - self.er  # D / max|R| = 2^q Dh
        with mpmath.workdps(20):  # theta = ||D R^-1||_2 in mpmath: no over/underflow for any conditioning
            adj = mpmath.matrix([[M[4, 4], -M[3, 4]], [-M[3, 4], M[3, 3]]])  # R^-1 = adj R / det R (LU would
            T = M[0:3, 3:5] * adj / det  # call an ill-conditioned but invertible R "numerically singular")
            G = T.T * T
            lmax = (G[0, 0] + G[1, 1]) / 2 + mpmath.sqrt((G[0, 0] - G[1, 1]) ** 2 / 4 + G[0, 1] ** 2)
            self.theta = float(mpmath.sqrt(lmax))

    @staticmethod
    def _singular(vals, names, det) -> ParameterError:
        deps = set()
        for i in (3, 4):
            for j in (3, 4):
                deps.update(_uv_np.ENTRY_ARGS["neutral_mass_matrix"][5 * i + j])
        order = [a for a in _uv_np.DOMAINS["neutral_mass_matrix"] if a in deps]
        who = ", ".join(dict.fromkeys(_arg_name(a, names) for a in order))
        got = ", ".join(f"{_arg_name(a, names)} = {vals[a]!r}" for a in order)
        return ParameterError(f"{who}: the heavy block M_R = M[N..N', N..N'] must be invertible (allowed: det M_R != 0), "
                              f"got det M_R = {mpmath.nstr(det, 5)} MeV^2 from {got}")

    def args(self, D) -> tuple:
        return (*D[:, 0], *D[:, 1], self.R[0, 0], self.R[0, 1], self.R[1, 1])

    def require_conditioned(self, vals, names):
        """ParameterError if M_R is too ill-conditioned for the double-precision seesaw kernels."""
        if self.rcond < _RCOND_MIN:
            deps = [a for a in _uv_np.DOMAINS["neutral_mass_matrix"]
                    if any(a in _uv_np.ENTRY_ARGS["neutral_mass_matrix"][5 * i + j] for i in (3, 4) for j in (3, 4))]
            who = ", ".join(dict.fromkeys(_arg_name(a, names) for a in deps))
            raise ParameterError(f"{who}: M_R is too ill-conditioned for the double-precision seesaw formulas (allowed: "
                                 f"|det M_R| / max|M_R|^2 >= {_RCOND_MIN:g}, got {mpmath.nstr(self.rcond_mp, 3)}); the exact "
                                 "diagonalisation (exact_masses) has no such limit")

    def rargs(self) -> tuple:
        return (self.R[0, 0], self.R[0, 1], self.R[1, 1])

    def common(self):
        """(D for the kernels that need the common scaling, extra exponent k): results scale by 2^(2k + er).

        D/max|R| = 2^q Dh. Where q < -EXP_D the O(theta^2) terms these kernels add to the LO ones are below
        2^(-2 EXP_D) ~ 1e-145 relative: Dh is then taken at 2^-EXP_D and the result rescaled as the LO part."""
        if self.q >= -_EXP_D:
            with np.errstate(over="ignore"):
                return np.ldexp(self.D, self.q), 0
        return np.ldexp(self.D, -_EXP_D), self.q + _EXP_D


#: The numpydoc entries of the model's eight inputs (Eq. 14), shared by every function that takes them: a docstring
#: line ``{MODEL_PARAMETERS}`` is replaced by this text (see :func:`_model_doc`), so a range is documented once.
_MODEL_PARAMETERS = """y_N : array_like
        Yukawa vector y_N (couples L.H N, Eq. 14), 3 numbers, dimensionless, each in [-sqrt(4 pi), sqrt(4 pi)].
    y_Np : array_like
        Yukawa vector y_N' (couples L.H' N', Eq. 14), 3 numbers, dimensionless, each in
        [-sqrt(4 pi), sqrt(4 pi)].
    lambda_N : float
        N N' phi coupling (Eq. 14; M_NN' = lambda_N v_phi/sqrt2), dimensionless, in (0, sqrt(4 pi)].
    v_phi : float
        vev of phi [MeV], <phi> = v_phi/sqrt2, in (0, inf).
    v_p : float
        vev v' of H' [MeV], <H'^0> = v'/sqrt2, in (0, inf).
    m_N : float
        Majorana mass of N [MeV], any finite real (default 0).
    m_Np : float
        Majorana mass of N' [MeV], any finite real (default 0).
    v : float
        Electroweak vev [MeV], <H^0> = v/sqrt2, in (0, inf) (default ``constants.V_EW`` = (sqrt2 G_F)^-1/2,
        246219.65 MeV)."""


def _model_doc(fn):
    """Fill the ``{MODEL_PARAMETERS}`` line of fn's docstring with :data:`_MODEL_PARAMETERS` (one source)."""
    if fn.__doc__:  # None under python -OO
        fn.__doc__ = fn.__doc__.replace("{MODEL_PARAMETERS}", _MODEL_PARAMETERS)
    return fn


def _vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N=0.0, m_Np=0.0, v=V_EW, names=None) -> dict:
    return _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v, names)


@_model_doc
def mass_matrix(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                m_Np: float = 0.0, v: float = V_EW) -> np.ndarray:
    """The 5x5 neutral mass matrix [MeV] (float64, correctly rounded), from the generated kernel
    uv.neutral_mass_matrix (mpmath twin, so an entry below the double range is its rounded value, not 0/0).

    Basis :data:`BASIS` = (nu_e, nu_mu, nu_tau, N, N'), convention L > -(1/2) Psi^T M Psi + h.c. (Eq. 14);
    the active-active block is zero.

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    numpy.ndarray
        M [MeV], shape (5, 5), real symmetric, rows and columns in the order of :data:`BASIS`.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused), or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV).
    """
    M = _matrix_mp(_inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))
    return np.array([[float(M[i, j]) for j in range(5)] for i in range(5)])


@_model_doc
def mass_matrix_mp(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                   m_Np: float = 0.0, v: float = V_EW) -> mpmath.matrix:
    """The 5x5 matrix in mpmath at the caller's precision (inputs taken as exact binary floats).

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    mpmath.matrix
        M [MeV], 5x5 in the basis :data:`BASIS`, evaluated at the current ``mpmath.mp.dps`` (no
        over/underflow check: mpmath exponents are unbounded).

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused).
    """
    return _call(_uv_mp, "neutral_mass_matrix", _inputs(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))


# --------------------------------------------------------------------------- exact
def working_dps(M: ArrayLike | mpmath.matrix, dps: int) -> int:
    """Digits for diagonalising M to ``dps`` significant digits in every eigenvalue.

    eigsy/svd err by ~10^-dps ||M|| in absolute terms, and a seesaw spectrum spans up to the square of the
    entries' range (light ~ D^2/R): with r = log10(max|entry| / min|nonzero entry|), work at
    max(dps, 2 r + 20) digits (e.g. ~630 for m_N = 1e300 MeV against Dirac masses of 1e-2 MeV).

    Parameters
    ----------
    M : array_like or mpmath.matrix
        A mass matrix [MeV] (any unit: only ratios of its entries enter), real or complex.
    dps : int
        The significant digits wanted in every eigenvalue.

    Returns
    -------
    int
        The working precision [decimal digits], max(dps, int(2 r) + 20); ``dps`` for a zero matrix.
    """
    with mpmath.workdps(20):
        A = M if isinstance(M, mpmath.matrix) else mpmath.matrix(M)
        mags = [abs(A[i, j]) for i in range(A.rows) for j in range(A.cols) if A[i, j] != 0]
        if not mags:
            return dps
        r = float(mpmath.log10(max(mags) / min(mags)))
    return max(dps, int(2 * r) + 20)


def takagi_masses(M: ArrayLike | mpmath.matrix, dps: int = EXACT_DPS) -> list[mpmath.mpf]:
    """Physical masses (ascending, >= 0) of a complex symmetric mass matrix, as mpmath numbers.

    Takagi factorisation M = U diag(m) U^T: the Takagi values are the singular values of M.  For a real
    symmetric M they are |eigenvalues| (mpmath.eigsy); otherwise mpmath.svd_c.  Computed at ``dps`` digits
    (>= 40), raised where the entries span many decades (:func:`working_dps`), and returned at that precision.

    Parameters
    ----------
    M : array_like or mpmath.matrix
        Square symmetric mass matrix [MeV], real or complex (symmetry is not checked: a real M is passed to
        mpmath.eigsy, which assumes it).
    dps : int
        Working precision [decimal digits], in [40, inf) (default :data:`EXACT_DPS` = 50).

    Returns
    -------
    list of mpmath.mpf
        The n masses [MeV] (n = the size of M), ascending, >= 0.

    Raises
    ------
    ParameterError
        If ``dps`` < 40 or M is not square.
    """
    if dps < 40:
        raise ParameterError(f"dps must be >= 40 (allowed range [40, inf)), got {dps!r}")
    with mpmath.workdps(working_dps(M, dps)):
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


@_model_doc
def exact_masses_mp(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                    m_Np: float = 0.0, v: float = V_EW, dps: int = EXACT_DPS) -> list[mpmath.mpf]:
    """All five masses [MeV] from exact diagonalisation, ascending, as mpmath numbers at ``dps`` digits.

    Parameters
    ----------
    {MODEL_PARAMETERS}
    dps : int
        Working precision [decimal digits], >= 40 (default :data:`EXACT_DPS` = 50); raised where the entries
        span many decades (:func:`working_dps`).

    Returns
    -------
    list of mpmath.mpf
        The five masses [MeV] of M (:func:`takagi_masses`), ascending, >= 0: three light, then two heavy.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused), or ``dps`` < 40.
    """
    with mpmath.workdps(dps):
        return takagi_masses(mass_matrix_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v), dps)


@_model_doc
def exact_masses(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                 m_Np: float = 0.0, v: float = V_EW, dps: int = EXACT_DPS) -> np.ndarray:
    """All five masses [MeV] from exact diagonalisation (mpmath, ``dps`` digits), ascending, as floats.

    Parameters
    ----------
    {MODEL_PARAMETERS}
    dps : int
        Working precision [decimal digits], >= 40 (default :data:`EXACT_DPS` = 50); raised where the entries
        span many decades (:func:`working_dps`).

    Returns
    -------
    numpy.ndarray
        The five masses [MeV], shape (5,), ascending, >= 0: three light, then two heavy.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused), or ``dps`` < 40.
    """
    return np.array([float(m) for m in exact_masses_mp(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v, dps)])


# --------------------------------------------------------------------------- seesaw (generated kernels)
def _light(blk: _Blocks, order: str) -> np.ndarray:
    """(0, m2, m3) [MeV] from a pair of light-mass block kernels ("lo" or "nlo"), scaled back."""
    if blk.dmax == 0.0:
        return np.zeros(3)
    if order == "lo":  # m(2^ed Dh, 2^er Rh) = 2^(2 ed - er) m(Dh, Rh)
        D, k2 = blk.D, 2 * blk.ed - blk.er
    else:
        D, k = blk.common()
        k2 = 2 * k + blk.er
    a = blk.args(D)
    with np.errstate(all="ignore"):
        big = float(getattr(_ss_np, f"light_{order}_big")(*a))
        if big == 0.0:  # rank 0 (e.g. one column zero and its Majorana mass zero): small = |det|/big would be 0/0
            return np.zeros(3)
        small = float(getattr(_ss_np, f"light_{order}_small")(*a))
        out = np.ldexp([small, big], k2)
    return np.array([0.0, *sorted(out)])


@_model_doc
def light_lo(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
             m_Np: float = 0.0, v: float = V_EW) -> np.ndarray:
    """Leading-order light masses [MeV], ascending: (0, m2, m3) of -m_D M_R^-1 m_D^T (full 2x2 M_R).

    m1 = 0 exactly (rank 2, Eq. 16); for m_N = m_N' = 0 this is Eq. 17. Relative error <= theta^2 (1 + theta^2)
    against exact diagonalisation, theta = :func:`expansion_parameter`.

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    numpy.ndarray
        (0, m2, m3) [MeV], shape (3,), ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12
        max(|M_NN M_N'N'|, M_NN'^2)); or M_R is too ill-conditioned for the double-precision seesaw kernels
        (|det M_R| / max|M_R|^2 < 1e-280; :func:`exact_masses` has no such limit).
    SolverError
        If the seesaw formula is not representable in double precision at this point (theta far outside the
        double range, or columns of m_D differing by > ~1e150): use :func:`exact_masses`.
    """
    blk = _checked(_vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))
    return _finite(_light(blk, "lo"), "light_lo", blk)


@_model_doc
def light_nlo(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
              m_Np: float = 0.0, v: float = V_EW) -> np.ndarray:
    """Next-order light masses [MeV], ascending: eigenvalues of m0 - (1/2){Theta Theta^T, m0}.

    m0 = -m_D M_R^-1 m_D^T and Theta = m_D M_R^-1; the masses are the absolute values of the eigenvalues,
    m1 = 0 exactly (rank 2). Relative error O(theta^4), theta = :func:`expansion_parameter`.

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    numpy.ndarray
        (0, m2, m3) [MeV], shape (3,), ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12
        max(|M_NN M_N'N'|, M_NN'^2)); or M_R is too ill-conditioned for the double-precision seesaw kernels
        (|det M_R| / max|M_R|^2 < 1e-280; :func:`exact_masses` has no such limit).
    SolverError
        If the seesaw formula is not representable in double precision at this point (theta far outside the
        double range, or columns of m_D differing by > ~1e150): use :func:`exact_masses`.
    """
    blk = _checked(_vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))
    return _finite(_light(blk, "nlo"), "light_nlo", blk)


def _checked(vals, names=None) -> _Blocks:
    blk = _Blocks(vals, names)
    blk.require_conditioned(vals, names)
    return blk


def _finite(x: np.ndarray, what: str, blk: _Blocks) -> np.ndarray:
    if not np.all(np.isfinite(x)):
        raise SolverError(f"{what}: the seesaw formula is not representable in double precision at this point "
                          f"(theta = {blk.theta:.3g}; or the columns of m_D differ by > ~1e150): use exact_masses")
    return x


def _heavy_only(lambda_N, v_phi, m_N, m_Np) -> _Blocks:
    """Blocks with zero Yukawas (v' = 1 MeV, v = V_EW: they multiply zeros): R alone."""
    return _Blocks(_vals([0.0] * 3, [0.0] * 3, lambda_N, v_phi, 1.0, m_N, m_Np))


def _heavy_lo(blk: _Blocks) -> np.ndarray:
    r = blk.rargs()
    vals = [abs(float(_ss_np.heavy_lo_minus(*r))), abs(float(_ss_np.heavy_lo_plus(*r)))]
    return np.sort(np.ldexp(vals, blk.er))


def _heavy_block(blk: _Blocks) -> np.ndarray:
    r = blk.rargs()
    return np.ldexp([float(_ss_np.heavy_block_small(*r)), float(_ss_np.heavy_block_big(*r))], blk.er)


def _heavy_nlo(blk: _Blocks) -> np.ndarray:
    D, _ = blk.common()  # below 2^-EXP_D the O(D^2) shift is negligible: the heavy masses need no rescaling of D
    a = blk.args(D)
    with np.errstate(all="ignore"):
        return np.ldexp([float(_ss_np.heavy_nlo_small(*a)), float(_ss_np.heavy_nlo_big(*a))], blk.er)


def heavy_lo(lambda_N: float, v_phi: float, m_N: float = 0.0, m_Np: float = 0.0) -> np.ndarray:
    """Eq. 18 at leading order [MeV], ascending: |R_12| -+ (R_11 + R_22)/2 = lambda_N v_phi/sqrt2 -+ (m_N + m_N')/2.

    The masses are the absolute values of the two signed forms. Eq. 18 drops the (m_N - m_N')^2/(8 Mh) term
    (Mh = lambda_N v_phi/sqrt2), so its error does not vanish with theta.

    Parameters
    ----------
    lambda_N : float
        N N' phi coupling (Eq. 14; M_NN' = lambda_N v_phi/sqrt2), dimensionless, in (0, sqrt(4 pi)].
    v_phi : float
        vev of phi [MeV], <phi> = v_phi/sqrt2, in (0, inf).
    m_N : float
        Majorana mass of N [MeV], any finite real (default 0).
    m_Np : float
        Majorana mass of N' [MeV], any finite real (default 0).

    Returns
    -------
    numpy.ndarray
        The two heavy masses [MeV], shape (2,), ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; scalars only), an entry of M_R exceeds the double
        range (|entry| > 1.8e308 MeV), or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12 max(|M_NN M_N'N'|,
        M_NN'^2)).
    """
    return _heavy_lo(_heavy_only(lambda_N, v_phi, m_N, m_Np))


def heavy_block(lambda_N: float, v_phi: float, m_N: float = 0.0, m_Np: float = 0.0) -> np.ndarray:
    """|eigenvalues| of M_R alone [MeV], ascending (Eq. 18 resummed in m_N/M, no m_D back-reaction).

    Parameters
    ----------
    lambda_N : float
        N N' phi coupling (Eq. 14; M_NN' = lambda_N v_phi/sqrt2), dimensionless, in (0, sqrt(4 pi)].
    v_phi : float
        vev of phi [MeV], <phi> = v_phi/sqrt2, in (0, inf).
    m_N : float
        Majorana mass of N [MeV], any finite real (default 0).
    m_Np : float
        Majorana mass of N' [MeV], any finite real (default 0).

    Returns
    -------
    numpy.ndarray
        The two heavy masses [MeV], shape (2,), ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; scalars only), an entry of M_R exceeds the double
        range (|entry| > 1.8e308 MeV), or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12 max(|M_NN M_N'N'|,
        M_NN'^2)).
    """
    return _heavy_block(_heavy_only(lambda_N, v_phi, m_N, m_Np))


@_model_doc
def heavy_nlo(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
              m_Np: float = 0.0, v: float = V_EW) -> np.ndarray:
    """Heavy masses at next order [MeV], ascending: |eig(M_R + {M_R^-1, m_D^T m_D}/2)|.

    Relative error O(theta^4), theta = :func:`expansion_parameter`.

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    numpy.ndarray
        The two heavy masses [MeV], shape (2,), ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12
        max(|M_NN M_N'N'|, M_NN'^2)); or M_R is too ill-conditioned for the double-precision seesaw kernels
        (|det M_R| / max|M_R|^2 < 1e-280; :func:`exact_masses` has no such limit).
    SolverError
        If the seesaw formula is not representable in double precision at this point (theta far outside the
        double range, or columns of m_D differing by > ~1e150): use :func:`exact_masses`.
    """
    blk = _checked(_vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v))
    return _finite(_heavy_nlo(blk), "heavy_nlo", blk)


def _norm(normalisation: str) -> str:
    return _SUFFIX[P.check("normalisation", normalisation)]


def g_nu_factor(normalisation: str) -> float:
    """The factor f in g_nu = f m / v_phi (Eq. 20) for a normalisation name, from the generated kernel.

    Parameters
    ----------
    normalisation : str
        g_nu normalisation (:data:`G_NU_NORMALISATIONS`): ``'paper'`` (Eq. 20, phi = (v_phi + varphi)/sqrt2;
        default) or ``'canonical'`` (phi = v_phi/sqrt2 + varphi, the canonically normalised real scalar).

    Returns
    -------
    float
        f, dimensionless: 1 for ``'paper'``, sqrt2 for ``'canonical'``.

    Raises
    ------
    ParameterError
        If ``normalisation`` is not one of ``'paper'``, ``'canonical'``.
    """
    return float(getattr(_uv_np, "g_nu_eq20" + _norm(normalisation))(1.0, 1.0))


def g_nu(light_masses: ArrayLike, v_phi: ArrayLike, normalisation: str = "paper") -> np.ndarray:
    """Eq. 20: g_a = m_a / v_phi ("paper") or sqrt2 m_a / v_phi ("canonical"); dimensionless.

    Parameters
    ----------
    light_masses : float or array_like
        Light-neutrino masses m_a [MeV], any finite reals, any shape (the sign is kept).
    v_phi : float or array_like
        vev of phi [MeV], <phi> = v_phi/sqrt2, in (0, inf); broadcast against ``light_masses``.
    normalisation : str
        g_nu normalisation (:data:`G_NU_NORMALISATIONS`): ``'paper'`` (Eq. 20, phi = (v_phi + varphi)/sqrt2;
        default) or ``'canonical'`` (phi = v_phi/sqrt2 + varphi, the canonically normalised real scalar).

    Returns
    -------
    numpy.ndarray
        g_a, dimensionless, of the broadcast shape (0-d for scalar inputs).

    Raises
    ------
    ParameterError
        If a light mass is not finite, ``v_phi`` is not in (0, inf) MeV, or ``normalisation`` is unknown.
    """
    f = getattr(_uv_np, "g_nu_eq20" + _norm(normalisation))
    m = np.asarray(finite("light_masses", light_masses), dtype=float)
    vphi = P.check("v_phi", v_phi)
    return np.asarray(f(m, vphi), dtype=float)


def _g_nu_exact(vals: dict, normalisation: str, dps: int) -> np.ndarray:
    suffix = _norm(normalisation)
    with mpmath.workdps(dps):
        M = _call(_uv_mp, "neutral_mass_matrix", vals)
        G = _call(_uv_mp, "neutral_mass_matrix_dphi" + suffix, vals)
    with mpmath.workdps(working_dps(M, dps)):
        E, Q = mpmath.eigsy(M)
        order = sorted(range(5), key=lambda i: abs(E[i]))[:3]
        return np.array([float(abs((Q[:, i].T * G * Q[:, i])[0, 0])) for i in order])


@_model_doc
def g_nu_exact(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
               m_Np: float = 0.0, v: float = V_EW, normalisation: str = "paper",
               dps: int = EXACT_DPS) -> np.ndarray:
    """The phi-nu_a couplings from the exact 5x5 by Hellmann-Feynman (no seesaw, any m_N, m_N'); ascending in m_a.

    g_a = d m_a / d varphi = u_a^T (dM/dvarphi) u_a for the real orthogonal eigenvector u_a, with dM/dvarphi
    the generated kernel (for Eq. 14: only M_NN' = lambda_N (v_phi + varphi)/sqrt2 depends on varphi in the
    "paper" normalisation; "canonical" multiplies by sqrt2). Eq. 20, g = m/v_phi, is its m_N = m_N' = 0,
    O(theta^0) limit. Dimensionless, absolute values.

    Parameters
    ----------
    {MODEL_PARAMETERS}
    normalisation : str
        g_nu normalisation (:data:`G_NU_NORMALISATIONS`): ``'paper'`` (Eq. 20, phi = (v_phi + varphi)/sqrt2;
        default) or ``'canonical'`` (phi = v_phi/sqrt2 + varphi, the canonically normalised real scalar).
    dps : int
        Working precision [decimal digits] (default :data:`EXACT_DPS` = 50; not range-checked here), raised
        where the entries span many decades (:func:`working_dps`).

    Returns
    -------
    numpy.ndarray
        |g_a| of the three light states, dimensionless, shape (3,), in the order of ascending |m_a|.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused), or ``normalisation`` is unknown.
    """
    return _g_nu_exact(_vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v), normalisation, dps)


@_model_doc
def expansion_parameter(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                        m_Np: float = 0.0, v: float = V_EW) -> float:
    """The seesaw expansion parameter theta = ||Theta||_2 = ||m_D M_R^-1||_2 (largest active-sterile mixing at
    leading order): the LO light masses err by <= theta^2 (1 + theta^2), NLO by O(theta^4).

    Computed in mpmath (no over/underflow for any conditioning of M_R). ``hierarchy`` is its old name.

    Parameters
    ----------
    {MODEL_PARAMETERS}

    Returns
    -------
    float
        theta, dimensionless, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12
        max(|M_NN M_N'N'|, M_NN'^2)); or M_R is too ill-conditioned for the double-precision seesaw kernels
        (|det M_R| / max|M_R|^2 < 1e-280; :func:`exact_masses` has no such limit).
    """
    return _checked(_vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)).theta


#: The old name of :func:`expansion_parameter`.
hierarchy = expansion_parameter


def _warnings(theta: float) -> list:
    if theta <= THETA_WARN:
        return []
    return [f"seesaw expansion parameter theta = ||m_D M_R^-1|| = {theta:.3g} is not small (> {THETA_WARN:g}): "
            "light_lo_MeV (LO, error ~theta^2), light_nlo_MeV and heavy_nlo_MeV are not reliable; "
            "use light_exact_MeV, heavy_exact_MeV and g_nu_exact"]


@_model_doc
def spectrum(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
             m_Np: float = 0.0, v: float = V_EW, normalisation: str = "paper",
             names: Mapping[str, str] | None = None) -> dict:
    """Everything the `seesaw` command prints (masses in MeV, ascending, non-negative).

    ``names`` maps the input names (y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v) to the caller's names in
    the messages about combinations of inputs (default "name (--flag)" from :mod:`mevscalar.parameters`, which
    also checks every single input). ``warnings`` lists what the caller should know (e.g. an expansion parameter
    that is not small); ``expansion_parameter`` is theta = ||m_D M_R^-1||_2. Keys: light_lo_MeV, light_nlo_MeV,
    light_exact_MeV, heavy_lo_MeV, heavy_nlo_MeV, heavy_exact_MeV, g_nu (Eq. 20 on light_lo_MeV), g_nu_exact
    (Hellmann-Feynman), g_nu_normalisation, v_MeV, expansion_parameter, warnings, and the deprecated duplicates
    light_MeV, heavy_MeV, hierarchy_theta (one release).

    Parameters
    ----------
    {MODEL_PARAMETERS}
    normalisation : str
        g_nu normalisation (:data:`G_NU_NORMALISATIONS`): ``'paper'`` (Eq. 20, phi = (v_phi + varphi)/sqrt2;
        default) or ``'canonical'`` (phi = v_phi/sqrt2 + varphi, the canonically normalised real scalar).
    names : mapping of str to str or None
        Input name -> the name error messages about combinations of inputs use (default None:
        "name (--flag)" from the registry).

    Returns
    -------
    dict
        The keys above: mass lists [MeV] (light: 3, heavy: 2), coupling lists (dimensionless), ``v_MeV``
        [MeV], ``expansion_parameter`` (float), ``g_nu_normalisation`` (str) and ``warnings`` (list of str).
        light_lo_MeV, light_nlo_MeV and heavy_nlo_MeV hold NaN where M_R is too ill-conditioned for the
        double-precision seesaw kernels, and may hold non-finite values where a formula is not representable in
        double precision; ``warnings`` then says so, and the exact values are always given.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or ``normalisation`` is unknown; or
        an entry of the mass matrix exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is
        singular (|det M_R| <= 1e-12 max(|M_NN M_N'N'|, M_NN'^2)).
    """
    vals = _vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v, names)
    _norm(normalisation)
    blk = _Blocks(vals, names)
    with mpmath.workdps(EXACT_DPS):
        exact = [float(m) for m in takagi_masses(_call(_uv_mp, "neutral_mass_matrix", vals), EXACT_DPS)]
    warn = []
    if blk.rcond < _RCOND_MIN:
        nan = np.full(3, np.nan)
        lo, nlo, hnlo = nan, nan, nan[:2]
        warn.append(f"M_R is too ill-conditioned for the seesaw formulas (|det M_R|/max|M_R|^2 = {mpmath.nstr(blk.rcond_mp, 3)}): "
                    "only the exact masses and couplings are reported")
    else:
        lo, nlo, hnlo = _light(blk, "lo"), _light(blk, "nlo"), _heavy_nlo(blk)
        warn += _warnings(blk.theta)
    bad = [k for k, x in (("light_lo_MeV", lo), ("light_nlo_MeV", nlo), ("heavy_nlo_MeV", hnlo)) if not np.all(np.isfinite(x))]
    if bad and blk.rcond >= _RCOND_MIN:
        warn.append(f"{', '.join(bad)} not representable in double precision at this point (theta = {blk.theta:.3g}; or "
                    "the columns of m_D differ by > ~1e150): reported as null; the exact values are reported")
    heavy_lo_ = _heavy_lo(blk).tolist()
    return {
        "light_lo_MeV": lo.tolist(),
        "light_nlo_MeV": nlo.tolist(),
        "light_exact_MeV": exact[:3],
        "heavy_lo_MeV": heavy_lo_,
        "heavy_nlo_MeV": hnlo.tolist(),
        "heavy_exact_MeV": exact[3:],
        "g_nu": np.asarray(getattr(_uv_np, "g_nu_eq20" + _norm(normalisation))(lo, vals["v_phi"])).tolist(),
        "g_nu_normalisation": normalisation,
        "g_nu_exact": _g_nu_exact(vals, normalisation, EXACT_DPS).tolist(),
        "v_MeV": vals["v"],
        "expansion_parameter": blk.theta,
        "warnings": warn,
        # deprecated duplicates for one release (mevscalar.parameters.DEPRECATED_JSON_KEYS)
        "light_MeV": lo.tolist(),
        "heavy_MeV": heavy_lo_,
        "hierarchy_theta": blk.theta,
    }


# --------------------------------------------------------------------------- exact vs approximate
@_model_doc
def approx_masses_mp(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                     m_Np: float = 0.0, v: float = V_EW, dps: int = EXACT_DPS) -> dict:
    """The approximations evaluated by the mpmath twins at ``dps`` digits (to measure errors << 1e-16).

    The blocks come from the mpmath mass-matrix kernel. Keys: light_lo, light_nlo ((m2, m3)), heavy_lo
    (Eq. 18), heavy_block (|eig M_R|), heavy_nlo; ascending.

    Parameters
    ----------
    {MODEL_PARAMETERS}
    dps : int
        Working precision [decimal digits] of the mpmath twins (default :data:`EXACT_DPS` = 50; not
        range-checked here).

    Returns
    -------
    dict
        Key -> list of two mpmath.mpf masses [MeV], ascending, >= 0.

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or an entry of the mass matrix
        exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det M_R| <= 1e-12
        max(|M_NN M_N'N'|, M_NN'^2)).
    """
    vals = _vals(y_N, y_Np, lambda_N, v_phi, v_p, m_N, m_Np, v)
    _Blocks(vals)  # validates (invertible M_R, no overflow)
    with mpmath.workdps(dps):
        M = _call(_uv_mp, "neutral_mass_matrix", vals)
        D = [[M[i, j] for j in (3, 4)] for i in range(3)]
        R = [[M[i, j] for j in (3, 4)] for i in (3, 4)]
        if all(D[i][0] == 0 for i in range(3)):  # relabel N <-> N' (as the double-precision path)
            D = [row[::-1] for row in D]
            R = [row[::-1] for row in R[::-1]]
        a = (*(D[i][0] for i in range(3)), *(D[i][1] for i in range(3)), R[0][0], R[0][1], R[1][1])
        r = (R[0][0], R[0][1], R[1][1])
        out = {
            "light_lo": sorted([_ss_mp.light_lo_small(*a), _ss_mp.light_lo_big(*a)]),
            "light_nlo": sorted([_ss_mp.light_nlo_small(*a), _ss_mp.light_nlo_big(*a)]),
            "heavy_lo": sorted([abs(_ss_mp.heavy_lo_minus(*r)), abs(_ss_mp.heavy_lo_plus(*r))]),
            "heavy_block": sorted([_ss_mp.heavy_block_small(*r), _ss_mp.heavy_block_big(*r)]),
            "heavy_nlo": sorted([_ss_mp.heavy_nlo_small(*a), _ss_mp.heavy_nlo_big(*a)]),
        }
        return {k: [mpmath.re(x) for x in v_] for k, v_ in out.items()}


@_model_doc
def relative_errors(y_N: ArrayLike, y_Np: ArrayLike, lambda_N: float, v_phi: float, v_p: float, m_N: float = 0.0,
                    m_Np: float = 0.0, v: float = V_EW, dps: int = EXACT_DPS) -> dict:
    """The errors max_i |approx_i / exact_i - 1| per approximation (light: m2, m3; heavy: both), at ``dps`` digits.

    Parameters
    ----------
    {MODEL_PARAMETERS}
    dps : int
        Working precision [decimal digits], >= 40 (default :data:`EXACT_DPS` = 50); the exact masses are raised
        where the entries
        span many decades (:func:`working_dps`).

    Returns
    -------
    dict
        Floats, dimensionless: light_lo, light_nlo, heavy_lo, heavy_block, heavy_nlo (the errors, as in
        :func:`approx_masses_mp`) and m1_over_m3 (exact m1 / m3).

    Raises
    ------
    ParameterError
        If an input is outside its range (see Parameters; one parameter point per call: an array for a
        scalar input, or a Yukawa vector of other than 3 numbers, is refused); or ``dps`` < 40; or an entry of the
        mass matrix exceeds the double range (|entry| > 1.8e308 MeV); or M_R = M[N..N', N..N'] is singular (|det
        M_R| <= 1e-12 max(|M_NN M_N'N'|, M_NN'^2)).
    """
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


def fit_slope(x: ArrayLike, y: ArrayLike) -> float:
    """Least-squares slope of log y against log x.

    Parameters
    ----------
    x : array_like
        Abscissae, each > 0, at least 2 distinct values.
    y : array_like
        Ordinates, each > 0, as many as ``x``.

    Returns
    -------
    float
        d log y / d log x of the straight-line fit (numpy.polyfit, degree 1).
    """
    lx, ly = np.log(np.asarray(x, float)), np.log(np.asarray(y, float))
    return float(np.polyfit(lx, ly, 1)[0])


def _dirac_entry(lambda_N, v_phi) -> float:
    """The N-N' entry of M [MeV] (lambda_N v_phi/sqrt2 for Eq. 14), from the mass-matrix kernel."""
    return float(mass_matrix([0.0] * 3, [0.0] * 3, lambda_N, v_phi, 1.0)[3, 4])


def random_point(rng: np.random.Generator, mn_over_M: float = 0.3) -> dict:
    """A random UV parameter point: Gaussian Yukawa directions, lambda_N in [0.3, 3], v_phi in [50, 5000] MeV,
    v' in [100, 1e4] MeV, m_N, m_N' uniform in +-mn_over_M * lambda_N v_phi/sqrt2.

    lambda_N, v_phi and v' are log-uniform; the Yukawa components are standard normal (directions only: the
    callers rescale them, and unscaled they may exceed the registry's bound sqrt(4 pi)).

    Parameters
    ----------
    rng : numpy.random.Generator
        The random-number generator drawn from.
    mn_over_M : float
        Largest |m_N|, |m_N'| in units of the Dirac entry lambda_N v_phi/sqrt2, >= 0 (default 0.3).

    Returns
    -------
    dict
        Keyword arguments of :func:`mass_matrix`: y_N, y_Np (arrays of 3), lambda_N, v_phi [MeV], v_p [MeV],
        m_N [MeV], m_Np [MeV].
    """
    lam = float(np.exp(rng.uniform(np.log(0.3), np.log(3.0))))
    vphi = float(np.exp(rng.uniform(np.log(50.0), np.log(5000.0))))
    vp = float(np.exp(rng.uniform(np.log(100.0), np.log(1e4))))
    Mh = _dirac_entry(lam, vphi)
    return {
        "y_N": rng.normal(size=3),
        "y_Np": rng.normal(size=3),
        "lambda_N": lam,
        "v_phi": vphi,
        "v_p": vp,
        "m_N": float(rng.uniform(-mn_over_M, mn_over_M) * Mh),
        "m_Np": float(rng.uniform(-mn_over_M, mn_over_M) * Mh),
    }


def _theta_of_direction(pt: dict) -> float:
    """theta of a random point whose Gaussian Yukawa directions may exceed the registry's perturbative bound:
    evaluated at the Yukawas scaled by 2^-10 (exact in binary: theta is linear in the Yukawas and every step
    scales exactly) and scaled back, so the result is bit-identical to theta of the unscaled point."""
    k = 2.0**-10
    return hierarchy(**dict(pt, y_N=np.asarray(pt["y_N"]) * k, y_Np=np.asarray(pt["y_Np"]) * k)) / k


def scaling_study(seed: int = 2022, n_points: int = 4, thetas: ArrayLike | None = None, mn_over_M: float = 0.3,
                  dps: int = 60) -> dict:
    """Relative errors of every approximation vs exact diagonalisation as the hierarchy theta = ||m_D M_R^-1||
    runs over ``thetas`` (default 10^-1 ... 10^-5), on ``n_points`` random points (Yukawa directions and
    masses fixed per point, Yukawas rescaled to hit each theta).  Returns per-point rows and fitted slopes
    of log(error) vs log(theta) for each approximation (expected: light_lo 2, light_nlo 4, heavy_block 2,
    heavy_nlo 4; heavy_lo = Eq. 18 has a floor (m_N - m_N')^2/(8 M^2) that does not scale with theta).

    Parameters
    ----------
    seed : int
        Seed of ``numpy.random.default_rng`` for the points (default 2022).
    n_points : int
        Number of random points (:func:`random_point`), >= 1 (default 4).
    thetas : array_like or None
        The expansion parameters to hit, dimensionless, each > 0 (fitted on a log scale), at least 2; small
        enough that the rescaled Yukawas stay within sqrt(4 pi). Default None: 9 values log-spaced from 1e-1
        to 1e-5.
    mn_over_M : float
        Largest |m_N|, |m_N'| / (lambda_N v_phi/sqrt2) of the random points, >= 0 (default 0.3).
    dps : int
        Working precision [decimal digits] of the exact and approximate masses, >= 40 (default 60).

    Returns
    -------
    dict
        ``thetas`` (list), ``rows`` (one dict of :func:`relative_errors` per point and theta, with ``point``
        and ``theta``), ``slopes`` (per point: light_lo, light_nlo, heavy_block, heavy_nlo), ``slope_min``,
        ``slope_max`` (over the points), ``seed`` and ``dps``.

    Raises
    ------
    ParameterError
        If ``dps`` < 40, or a theta makes a rescaled Yukawa leave [-sqrt(4 pi), sqrt(4 pi)].
    """
    thetas = np.geomspace(1e-1, 1e-5, 9) if thetas is None else np.asarray(thetas, float)
    rng = np.random.default_rng(seed)
    rows, slopes = [], []
    for ip in range(n_points):
        pt = random_point(rng, mn_over_M)
        base = _theta_of_direction(pt)
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


def majorana_scan(seed: int = 7, n_points: int = 3, ratios: ArrayLike | None = None, theta: float = 1e-8,
                  dps: int = 60) -> dict:
    """Errors of the paper's m_N = m_N' = 0 formulas when the Majorana masses are not zero.

    On random points with m_N = r c1 Mh, m_N' = r c2 Mh (c1, c2 fixed per point, |c| <= 1) and a tiny
    hierarchy ``theta`` (so the seesaw error theta^2 is negligible), r runs over ``ratios``; the relative
    error of Eq. 17 (light masses with m_N = m_N' = 0 inserted) and of Eq. 18 (Mh +- (m_N + m_N')/2) against
    exact diagonalisation.  Expected slopes in r: 1 for Eq. 17 (first-order m_N/Mh terms dropped), 2 for
    Eq. 18 (the (m_N - m_N')^2/(8 Mh) term).

    Parameters
    ----------
    seed : int
        Seed of ``numpy.random.default_rng`` for the points and c1, c2 (default 7).
    n_points : int
        Number of random points (:func:`random_point`), >= 0 (default 3).
    ratios : array_like or None
        The ratios r = max |m_N|, |m_N'| / Mh, Mh = lambda_N v_phi/sqrt2, each > 0 (fitted on a log scale),
        at least 2. Default None: 9 values log-spaced from 1e-5 to 1e-1.
    theta : float
        The expansion parameter ||m_D M_R^-1||_2 every point is rescaled to, dimensionless, > 0 (default 1e-8).
    dps : int
        Working precision [decimal digits], >= 40 (default 60).

    Returns
    -------
    dict
        ``ratios`` (list), ``theta``, ``rows`` (per point and ratio: point, mN_over_M, eq17, eq18, c1, c2; the
        errors dimensionless), ``slopes`` (per point: eq17, eq18), ``seed`` and ``dps``.

    Raises
    ------
    ParameterError
        If ``dps`` < 40, or ``theta`` makes a rescaled Yukawa leave [-sqrt(4 pi), sqrt(4 pi)].
    """
    ratios = np.geomspace(1e-5, 1e-1, 9) if ratios is None else np.asarray(ratios, float)
    rng = np.random.default_rng(seed)
    rows, slopes = [], []
    for ip in range(n_points):
        pt = random_point(rng, 0.0)
        c1, c2 = rng.uniform(-1, 1, size=2)
        Mh = _dirac_entry(pt["lambda_N"], pt["v_phi"])
        e17, e18 = [], []
        for r in ratios:
            p = dict(pt, m_N=float(r * c1 * Mh), m_Np=float(r * c2 * Mh))
            s = theta / _theta_of_direction(p)
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
