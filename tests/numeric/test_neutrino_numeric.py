"""Numeric neutrino spectrum (numeric/neutrino.py): exact mpmath Takagi diagonalisation vs the seesaw
approximations, error bounds from the expansion, fitted error-scaling slopes, input validation."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.numeric import neutrino as nu
from mevscalar.constants import V_EW
from mevscalar import parameters as P
from mevscalar.validate import ParameterError

BENCH = dict(y_N=[1e-7, 2e-7, 3e-7], y_Np=[3e-7, -1e-7, 2e-7], lambda_N=1.0, v_phi=200.0, v_p=1494.0)


def _cond_R(pt):
    M = nu.mass_matrix(**pt)
    return float(np.linalg.cond(M[3:, 3:]))


# --------------------------------------------------------------------------- Takagi / exact
def test_takagi_real_symmetric_matches_numpy():
    rng = np.random.default_rng(1)
    A = rng.normal(size=(5, 5))
    A = A + A.T
    got = [float(x) for x in nu.takagi_masses(A)]
    assert np.allclose(got, np.sort(np.abs(np.linalg.eigvalsh(A))), rtol=1e-13, atol=0)
    assert got == sorted(got) and min(got) >= 0


def test_takagi_complex_symmetric_gives_singular_values():
    rng = np.random.default_rng(2)
    A = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
    A = A + A.T  # complex symmetric (not Hermitian)
    got = [float(x) for x in nu.takagi_masses(mpmath.matrix(A.tolist()))]
    assert np.allclose(got, np.sort(np.linalg.svd(A, compute_uv=False)), rtol=1e-13, atol=0)
    # Takagi values: M M^dagger has eigenvalues m^2
    ev = np.sort(np.linalg.eigvalsh(A @ A.conj().T))
    assert np.allclose(np.square(got), ev, rtol=1e-12)


def test_takagi_refuses_low_precision():
    with pytest.raises(ParameterError, match="dps"):
        nu.takagi_masses(np.eye(2), dps=20)


def test_exact_spectrum_has_one_massless_state_eq16():
    ex = nu.exact_masses_mp(**BENCH)
    with mpmath.workdps(50):
        assert ex[0] / ex[2] < mpmath.mpf("1e-40")  # rank 4: zero up to the 50-digit working precision
    assert all(ex[i] <= ex[i + 1] for i in range(4))


def test_spectrum_keys_and_ordering():
    out = nu.spectrum(**BENCH)
    for k in ("light_MeV", "light_nlo_MeV", "light_exact_MeV", "heavy_MeV", "heavy_exact_MeV", "g_nu"):
        assert k in out
        assert out[k] == sorted(out[k]) and min(out[k]) >= 0
    assert len(out["light_MeV"]) == 3 and len(out["heavy_MeV"]) == 2 and len(out["g_nu"]) == 3
    assert out["v_MeV"] == V_EW


def test_double_precision_seesaw_close_to_exact_at_benchmark_hierarchy():
    """float64 kernels vs 50-digit exact: within the LO bound theta^2 (plus rounding) at theta ~ 1e-4."""
    th = nu.hierarchy(**BENCH)
    ex = nu.exact_masses(**BENCH)
    lo, nlo = nu.light_lo(**BENCH), nu.light_nlo(**BENCH)
    assert np.all(np.abs(lo[1:] / ex[1:3] - 1) <= th**2 * (1 + th**2) + 1e-14)
    # NLO error theta^4 ~ 1e-16 is below double rounding: agreement to a few ulp of the kernel (rtol 1e-11)
    assert np.all(np.abs(nlo[1:] / ex[1:3] - 1) <= 1e-11)


# --------------------------------------------------------------------------- error bounds (hypothesis)
@settings(max_examples=30)
@given(st.integers(0, 2**32 - 1), st.floats(-4.0, -1.0), st.floats(0.0, 0.3))
def test_errors_within_expansion_bounds(seed, log_theta, mn_over_M):
    """Random Yukawa directions, masses and hierarchies; every error within its derived bound.

    light LO: first-order relative shift is -v^T P v, |v^T P v| <= ||P|| = theta^2, so err <= theta^2 (1+theta^2).
    light NLO: remainder P m0 P/4 + (3/8){P^2, m0} (<= theta^4) plus l^2 D R^-3 D^T (<= cond(R) theta^4).
    heavy (|eig R|): shift u^T D^T D u / mu^2 <= (||D|| / mu_min)^2 <= (cond(R) theta)^2; NLO: its square.
    """
    rng = np.random.default_rng(seed)
    pt = nu.random_point(rng, mn_over_M)
    th = 10.0**log_theta
    s = th / nu.hierarchy(**pt)
    pt.update(y_N=pt["y_N"] * s, y_Np=pt["y_Np"] * s)
    c = _cond_R(pt)
    e = nu.relative_errors(**pt, dps=50)
    assert e["light_lo"] <= th**2 * (1 + th**2)
    assert e["light_nlo"] <= (1 + c) * th**4 * (1 + th**2)
    assert e["heavy_block"] <= (c * th) ** 2 * (1 + th**2)
    assert e["heavy_nlo"] <= (c * th) ** 4 * (1 + th**2)
    assert e["m1_over_m3"] < 1e-40


def test_eq18_floor_is_the_heavy_block_splitting():
    """Eq. 18 (M +- S/2) misses (m_N - m_N')^2/(8M), independent of m_D: check the floor's size."""
    lam, vphi, mn, mnp = 1.0, 200.0, 10.0, -4.0
    Mh = lam * vphi / math.sqrt(2)
    block, lo = nu.heavy_block(lam, vphi, mn, mnp), nu.heavy_lo(lam, vphi, mn, mnp)
    want = (mn - mnp) ** 2 / (8 * Mh)
    # next term of sqrt(M^2 + Delta^2/4) is -Delta^4/(128 M^3): relative (Delta/M)^2/16 ~ 6e-4 here
    assert np.allclose(block - lo, want, rtol=1e-3)


# --------------------------------------------------------------------------- slopes
@pytest.fixture(scope="module")
def study():
    return nu.scaling_study(seed=2022, n_points=3, dps=60)


def test_fitted_error_slopes(study):
    """log-log slopes over theta = 1e-1 ... 1e-5 (4 decades).

    The subleading term changes the error by a relative O(theta^2) <= 1e-2 at the largest theta only, which
    moves a 4-decade fit by < 0.01: 2 +- 0.05 and 4 +- 0.1 leave room for that and nothing else.
    """
    lo, hi = study["slope_min"], study["slope_max"]
    for key, want, tol in (("light_lo", 2, 0.05), ("light_nlo", 4, 0.1), ("heavy_block", 2, 0.05), ("heavy_nlo", 4, 0.1)):
        assert want - tol <= lo[key] and hi[key] <= want + tol, (key, lo[key], hi[key])


def test_eq18_error_does_not_scale_with_theta(study):
    """Eq. 18 truncates in m_N/M too: its error has a theta-independent floor (m_N - m_N')^2/(8 M^2)."""
    small = [r for r in study["rows"] if r["theta"] <= 1e-4]
    for r in small:
        assert r["heavy_lo"] > 100 * r["heavy_block"]


# --------------------------------------------------------------------------- couplings and validation
def test_g_nu_normalisations():
    m = np.array([0.0, 8.7e-9, 5.0e-8])
    assert np.allclose(nu.g_nu(m, 200.0), m / 200.0, rtol=1e-15)
    assert np.allclose(nu.g_nu(m, 200.0, "canonical"), math.sqrt(2) * m / 200.0, rtol=1e-15)
    with pytest.raises(ParameterError, match="normalisation"):
        nu.g_nu(m, 200.0, "other")


@pytest.mark.parametrize(
    "change,name",
    [
        (dict(lambda_N=0.0), "lambda_N"),
        (dict(lambda_N=-1.0), "lambda_N"),
        (dict(v_phi=0.0), "v_phi"),
        (dict(v_p=-3.0), "v_p"),
        (dict(v_phi=float("nan")), "v_phi"),
        (dict(y_N=[1e-7, 2e-7]), "y_N"),
        (dict(y_Np=[1e-7, float("inf"), 0.0]), "y_Np"),
        (dict(m_N=float("nan")), "m_N"),
        (dict(m_N=100.0, m_Np=200.0), r"m_N \(--m-n\), m_Np \(--m-np\)"),  # det M_R = 0: (lambda_N v_phi)^2/2 = 20000 MeV^2
        (dict(lambda_N=3.0, v_phi=1e308), r"lambda_N \(--lambda-n\), v_phi \(--v-phi\)"),  # M_R overflows (was reported as det M_R = 0)
        (dict(lambda_N=1e200), r"^lambda_N \(--lambda-n\) must be a number in the allowed range \(0, sqrt\(4 pi\)\]"),
    ],
)
def test_bad_input_names_the_parameter(change, name):
    with pytest.raises(ParameterError, match=name):
        nu.spectrum(**dict(BENCH, **change))


def test_zero_yukawa_vectors():
    out = nu.spectrum(**dict(BENCH, y_N=[0.0, 0.0, 0.0]))
    assert out["light_MeV"] == [0.0, 0.0, 0.0]  # m_N = m_N' = 0: y_N' alone gives no light mass
    assert max(out["light_exact_MeV"]) < 1e-40
    # with m_N != 0, y_N' alone gives one light mass m_N |b|^2 / (M^2 - m_N m_N') (rank 1)
    for yz in ("y_N", "y_Np"):
        pt = dict(BENCH, **{yz: [0.0, 0.0, 0.0]}, m_N=3.0, m_Np=2.0)
        lo, ex = nu.light_lo(**pt), nu.exact_masses(**pt)
        assert lo[1] == 0.0 and lo[2] > 0
        assert abs(lo[2] / ex[2] - 1) <= nu.hierarchy(**pt) ** 2 * 1.01
    assert nu.light_lo(**dict(BENCH, y_N=[0.0] * 3, y_Np=[0.0] * 3)).tolist() == [0.0, 0.0, 0.0]


@settings(max_examples=15)
@given(st.integers(0, 2**32 - 1), st.floats(-5.0, -2.0))
def test_hellmann_feynman_g_nu_reduces_to_eq20(seed, log_theta):
    """m_N = m_N' = 0: the exact coupling d m_a/d varphi equals m_a/v_phi (Eq. 20) up to the seesaw O(theta^2):
    light masses are -D R^-1 D^T (1 + O(theta^2)) with R ∝ v_phi exactly, so d ln m / d ln v_phi = -1 + O(theta^2).
    Bound 4 theta^2: two O(theta^2) terms (mass and its derivative), each <= theta^2 (1 + cond R) with cond R = 1."""
    rng = np.random.default_rng(seed)
    pt = nu.random_point(rng, 0.0)
    th = 10.0**log_theta
    s = th / nu.hierarchy(**pt)
    pt.update(y_N=pt["y_N"] * s, y_Np=pt["y_Np"] * s)
    g = nu.g_nu_exact(**pt)
    eq20 = nu.g_nu(nu.exact_masses(**pt)[:3], pt["v_phi"])
    assert np.all(np.abs(g[1:] / eq20[1:] - 1) <= 4 * th**2)
    assert np.allclose(nu.g_nu_exact(**pt, normalisation="canonical"), math.sqrt(2) * g, rtol=1e-14, atol=0)


def test_eq20_fails_when_m_Np_is_on():
    """With m_N' != 0 the light masses are not ∝ 1/v_phi: Eq. 20 and the exact coupling differ at first order."""
    pt = dict(BENCH, m_Np=0.5)
    g = nu.g_nu_exact(**pt)
    eq20 = nu.g_nu(nu.exact_masses(**pt)[:3], pt["v_phi"])
    assert np.max(np.abs(g[1:] / eq20[1:] - 1)) > 1e-3


# --------------------------------------------------------------------------- robustness (CLI regression tests)
_CLI = ["seesaw", "--y-n", "1.5e-7,1e-7,5e-8", "--y-np", "2e-8,1.1e-7,1.4e-7", "--lambda-n", "1", "--v-phi-MeV", "201",
        "--v-prime-MeV", "1494"]


def _seesaw_cli(capsys, *extra):
    import json

    from mevscalar.cli import main

    args = list(_CLI)
    for flag, val in zip(extra[::2], extra[1::2]):
        if flag in args:
            args[args.index(flag) + 1] = val
        else:
            args += [flag, val]
    rc = main(args + ["--json"])
    out, err = capsys.readouterr()
    return rc, (json.loads(out) if rc == 0 else None), err


@pytest.mark.parametrize("flag", ["--v-phi", "--v-prime-MeV", "--m-n", "--m-np-MeV"])  # new flags and old aliases
def test_cli_huge_inputs_no_traceback(capsys, flag):
    """1e300 used to raise OverflowError (the guard (lambda_N v_phi)^2 itself overflowed): now the blocks are
    scaled by powers of two, the exact masses are reported and the expansion parameter says what to trust."""
    rc, out, err = _seesaw_cli(capsys, flag, "1e300")
    assert rc == 0, err
    assert all(math.isfinite(x) for x in out["light_exact_MeV"] + out["heavy_exact_MeV"])
    if flag in ("--v-phi",):  # a heavier pair: the seesaw only gets better
        assert out["expansion_parameter"] < 1e-100 and not out["warnings"]
        assert np.allclose(out["light_MeV"][1:], out["light_exact_MeV"][1:], rtol=1e-12)
    else:  # theta huge, or M_R too ill-conditioned for the double-precision formulas: never silent
        assert out["warnings"], out
    # reference: 700-digit eigenvalues of the mpmath matrix (entries span up to 1e303)
    with mpmath.workdps(700):
        M = nu.mass_matrix_mp(*(_CLI_POINT | {_KEY[flag]: 1e300}).values())
        ev = sorted(abs(e) for e in mpmath.eigsy(M, eigvals_only=True))
    assert np.allclose(out["light_exact_MeV"][1:] + out["heavy_exact_MeV"], [float(e) for e in ev[1:]], rtol=1e-12)


_KEY = {"--v-phi": "v_phi", "--v-prime-MeV": "v_p", "--m-n": "m_N", "--m-np-MeV": "m_Np"}
_CLI_POINT = dict(y_N=[1.5e-7, 1e-7, 5e-8], y_Np=[2e-8, 1.1e-7, 1.4e-7], lambda_N=1.0, v_phi=201.0, v_p=1494.0,
                  m_N=0.0, m_Np=0.0)


def test_cli_overflowing_entry_blames_its_inputs(capsys):
    rc, _, err = _seesaw_cli(capsys, "--lambda-n", "3", "--v-phi-MeV", "1e308")
    assert rc == 2 and "lambda_N (--lambda-n), v_phi (--v-phi)" in err and "M[N, N']" in err and "overflows" in err
    # lambda_N itself has the registry's perturbative range (1e300 used to overflow the guard: a traceback)
    rc, _, err = _seesaw_cli(capsys, "--lambda-n", "1e300")
    assert rc == 2 and err.strip().endswith(P.get("lambda_N").message(1e300)) and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("scale", [1e-155, 1e-160, 1e-200, 1e-250])
def test_tiny_yukawas_give_the_seesaw_not_nan(capsys, scale):
    """Yukawas below ~1e-155 used to give 'light_masses must not be NaN' (D^4 underflowed in the kernels):
    light masses scale exactly as y^2 (LO, and NLO where theta^2 is below double precision)."""
    rc, out, err = _seesaw_cli(capsys, "--y-n", f"{1.5 * scale},{scale},{0.5 * scale}",
                               "--y-np", f"{0.2 * scale},{1.1 * scale},{1.4 * scale}")
    assert rc == 0, err
    ref = nu.light_lo(**_CLI_POINT)
    r = (scale / 1e-7) ** 2
    for key in ("light_MeV", "light_nlo_MeV", "light_exact_MeV"):
        got = np.array(out[key][1:])
        if ref[1] * r > 1e-300:  # representable as a normal double
            assert np.allclose(got, ref[1:] * r, rtol=1e-9), key
        assert np.all(np.isfinite(got)) and not out["warnings"]


def test_order_one_yukawas_warn(capsys):
    """O(1) Yukawas: LO is 4.5e6x the exact mass; the JSON says so (expansion_parameter, warnings)."""
    rc, out, _ = _seesaw_cli(capsys, "--y-n", "1,1,0.5", "--y-np", "0.2,1.1,1.4")
    assert rc == 0
    assert out["expansion_parameter"] > 1e3 and out["hierarchy_theta"] == out["expansion_parameter"]
    assert out["light_MeV"][2] / out["light_exact_MeV"][2] > 1e3
    assert any("expansion parameter" in w and "not small" in w for w in out["warnings"])
    rc, out, _ = _seesaw_cli(capsys)
    assert out["warnings"] == [] and out["expansion_parameter"] < 1e-3


def test_cli_tiny_lambda_does_not_blame_the_majorana_masses(capsys):
    """--lambda-n 1e-300 used to report 'm_N, m_N': M_R must be invertible' ((lambda v_phi)^2 underflowed)."""
    rc, out, err = _seesaw_cli(capsys, "--lambda-n", "1e-300")
    assert rc == 0, err
    assert out["heavy_exact_MeV"][0] > 0 and any("not small" in w for w in out["warnings"])
    rc, _, err = _seesaw_cli(capsys, "--m-n-MeV", "100", "--m-np-MeV", "202.005")  # det M_R = 0 exactly
    assert rc == 2 and "lambda_N (--lambda-n), v_phi (--v-phi), m_N (--m-n), m_Np (--m-np)" in err and "invertible" in err
