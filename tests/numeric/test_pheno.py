"""Muon g-2 (Eq. 5), the muon-loop g_gg (Eq. 3), widths (Eq. 4), bands, and the pheno CLI.

The generic twin test already compares every kernel with its mpmath reference (the Feynman-parameter
integrals) over m_phi in [1e-3, 1e4] MeV. Here: the symbolic derivations, independent references (the
two-parameter triangle integral, the closed forms above threshold), the limits, the inverse and band
functions, input validation and the CLI contract.
"""

from __future__ import annotations

import json
import math
import re

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.numeric import pheno
from mevscalar.constants import ALPHA, HBAR_MEV_S, M_MU, V_EW
from mevscalar.data import GM2
from mevscalar.generated import diphoton_np, gm2_np
from mevscalar.validate import ParameterError

log_m = st.floats(math.log(1e-3), math.log(1e4), allow_nan=False)


# --------------------------------------------------------------------------- derivations (SymPy)
def test_symbolic_derivations_vanish():
    from mevscalar.model import diphoton, gm2, widths

    for name, val in {**gm2.derivation(), **diphoton.derivation()}.items():
        assert val == 0, name
    d = widths.derivation()
    assert d["gamma_gg = Eq.4"] == 0
    assert d["majorana massive = g^2 m beta^3/(16 pi)"] == 0
    assert d["mu mu = g^2 m beta^3/(8 pi)"] == 0
    assert d["majorana / eq4 (massless)"] == 2  # the finding reported in audit_rows


def test_gm2_closed_form_equals_integral_at_50_digits():
    """Both closed-form branches (and the switch points) against direct quadrature of Eq. (5)."""
    from mevscalar.model import gm2
    import sympy as sp

    cf = sp.lambdify(gm2.r, gm2.closed_form(gm2.r), "mpmath")
    with mpmath.workdps(50):
        for rv in ("1e-5", "0.3", "1.999", "2", "2.001", "3.7", "40"):
            rr = mpmath.mpf(rv)
            ref = mpmath.quad(lambda t: (1 - t) ** 2 * (1 + t) / ((1 - t) ** 2 + t * rr**2), [0, 1])
            assert abs(cf(rr) / ref - 1) < mpmath.mpf("1e-30"), rv


# --------------------------------------------------------------------------- g-2 limits
def test_small_mass_limit_is_3g2_over_16pi2():
    g = 1e-3
    lead = 3 * g**2 / (16 * math.pi**2)
    # next term of the derived series is -pi r (relative -2 pi r/3): the limit error must follow it
    for m in (1e-3, 1e-2):
        r = m / M_MU
        rel = float(pheno.delta_a_mu(g, m)) / lead - 1
        assert rel == pytest.approx(-2 * math.pi * r / 3, rel=1e-3)


def test_small_series_error_shrinks_with_order():
    """gm2_loop_small (3/2 - pi r - 3 r^2 ln r) errs at O(r^3): halving r cuts the error ~8x."""
    errs = []
    for r in (1e-2, 5e-3):
        errs.append(abs(gm2_np.gm2_loop_small(r) / gm2_np.gm2_loop(r) - 1))
    assert 6 < errs[0] / errs[1] < 10


def test_large_mass_limit():
    """m_phi >> m_mu: I -> (m_mu/m_phi)^2 (ln(m_phi^2/m_mu^2) - 7/6), error O(w ln) with w = 4 m_mu^2/m_phi^2."""
    for m in (2e3, 1e4):
        r = m / M_MU
        lead = (math.log(r**2) - 7 / 6) / r**2
        exact = gm2_np.gm2_loop(r)
        w = 4 / r**2
        assert abs(lead / exact - 1) < 3 * w * math.log(r)  # next term: w^2 (3/8 ln r ...)/(w/2 ln r)
        assert abs(gm2_np.gm2_loop_large(r) / exact - 1) < 10 * w**2 * math.log(r) ** 2


@given(log_m)
def test_delta_a_decreases_with_mass(lm):
    m = math.exp(lm)
    assert pheno.delta_a_mu(1.0, m) > pheno.delta_a_mu(1.0, m * 1.01)


@given(log_m, st.floats(math.log(1e-8), 0.0), st.booleans())
def test_inverse_round_trip(lm, lg, neg):
    # |g_mu| in [1e-8, 1]: smaller couplings underflow g^2 * 1e-2 long before they matter physically
    m, g = math.exp(lm), (-1) ** neg * math.exp(lg)
    target = float(pheno.delta_a_mu(g, m))
    back = float(pheno.g_mu_for_delta_a_mu(target, m))
    assert back == pytest.approx(abs(g), rel=1e-14, abs=0)


def test_vectorised_equals_scalar():
    ms = np.geomspace(1e-3, 1e4, 7)
    vec = pheno.delta_a_mu(2e-4, ms)
    assert np.array_equal(vec, np.array([pheno.delta_a_mu(2e-4, m) for m in ms]))
    ggv = pheno.g_gg(2e-4, ms)
    # complex scalar and array code paths in NumPy may differ by an ulp
    assert np.allclose(ggv, np.array([pheno.g_gg(2e-4, m) for m in ms]), rtol=1e-15, atol=0)


# --------------------------------------------------------------------------- diphoton
def test_g_gg_matches_triangle_double_integral():
    """Independent of the f(tau) reduction: 4 T(tau) from the two-parameter triangle integral."""
    with mpmath.workdps(20):
        for m in (30.0, 150.0):
            t = mpmath.mpf(m) ** 2 / (4 * mpmath.mpf(M_MU) ** 2)
            T = mpmath.quad(lambda x: mpmath.quad(lambda y: (1 - 4 * x * y) / (1 - 4 * t * x * y), [0, 1 - x]), [0, 1])
            ref = -2 * ALPHA * 1e-3 / (math.pi * M_MU) * float(T)
            got = complex(pheno.g_gg(1e-3, m))
            assert got.imag == 0.0
            assert got.real == pytest.approx(ref, rel=1e-12)  # double integral good to ~1e-18 at 20 digits


def test_g_gg_above_threshold_matches_log_closed_form():
    """tau > 1: A from f = -(1/4)[ln((1+b)/(1-b)) - i pi]^2 evaluated at 30 digits (no quadrature)."""
    with mpmath.workdps(30):
        for tv in (1.0001, 2.0, 50.0, 2000.0):
            t = mpmath.mpf(tv)
            b = mpmath.sqrt(1 - 1 / t)
            f = -(mpmath.log((1 + b) / (1 - b)) - 1j * mpmath.pi) ** 2 / 4
            ref = complex(2 * (t + (t - 1) * f) / t**2)
            got = complex(diphoton_np.diphoton_amplitude(tv))
            assert abs(got - ref) <= 1e-13 * abs(ref)
            assert got.imag > 0  # -i0 prescription: Im A > 0 (g_gg has Im < 0 for g_mu > 0)


def test_g_gg_limit_and_report_masses():
    ap = float(pheno.g_gg_approx(1.0))
    assert ap == pytest.approx(-2 * ALPHA / (3 * math.pi * M_MU), rel=1e-15)  # the paper's printed formula
    rows = {r["m_phi_MeV"]: r for r in pheno.g_gg_exact_vs_limit()}
    # A(tau) = 4/3 (1 + 7 tau/30 + ...): the small-tau deviation is 7 tau/30
    t = 1.0 / (4 * M_MU**2)
    assert rows[1.0]["ratio_minus_1"] == pytest.approx(7 * t / 30, rel=1e-3)
    assert all(rows[m]["ratio_minus_1"] > 0 for m in (1.0, 10.0, 100.0, 200.0))
    assert rows[200.0]["ratio_minus_1"] > rows[100.0]["ratio_minus_1"] > rows[10.0]["ratio_minus_1"]


@given(log_m)
def test_g_gg_continuous_across_threshold_and_finite(lm):
    m = math.exp(lm)
    v = complex(pheno.g_gg(1e-3, m))
    assert math.isfinite(v.real) and math.isfinite(v.imag)
    assert (v.imag == 0.0) == (m <= 2 * M_MU)


def test_g_gg_threshold_is_continuous():
    m0 = 2 * M_MU
    lo, hi = complex(pheno.g_gg(1.0, m0 * (1 - 1e-12))), complex(pheno.g_gg(1.0, m0 * (1 + 1e-12)))
    assert abs(lo - hi) <= 1e-5 * abs(lo)  # the sqrt(tau - 1) cusp: ~1e-6 change over 1e-12


# --------------------------------------------------------------------------- widths
def test_widths_with_br_round_trip():
    for br in (0.0, 1e-3, 0.5, 0.99):
        w = pheno.phi_widths(1.0, pheno.G_MU_HIGGS, br_nunu=br)
        assert w.br_nunu == pytest.approx(br, rel=1e-13, abs=1e-300)
        assert w.br_gg == pytest.approx(1 - br, rel=1e-13)
        assert w.lifetime_s == pytest.approx(HBAR_MEV_S / w.gamma_total, rel=1e-15)
        # the implied nu_3 coupling reproduces the width
        w2 = pheno.phi_widths(1.0, pheno.G_MU_HIGGS, g_nu=w.g_nu[2])
        assert w2.gamma_nunu == pytest.approx(w.gamma_nunu, rel=1e-13, abs=1e-300)


def test_widths_formulas_and_conventions():
    m, g, gn = 3.0, 5e-4, (1e-10, 2e-10, 3e-10)
    w = pheno.phi_widths(m, g, g_nu=gn)
    gg = abs(complex(pheno.g_gg(g, m)))
    assert w.gamma_gg == pytest.approx(gg**2 * m**3 / (64 * math.pi), rel=1e-14)
    assert w.gamma_nunu == pytest.approx(sum(x**2 for x in gn) * m / (32 * math.pi), rel=1e-14)
    wm = pheno.phi_widths(m, g, g_nu=gn, nunu="majorana")
    assert wm.gamma_nunu == pytest.approx(2 * w.gamma_nunu, rel=1e-14)
    assert w.gamma_mumu == 0.0
    # scalar g_nu is the nu_3 coupling
    assert pheno.phi_widths(m, g, g_nu=3e-10).gamma_nunu_per_flavour[2] == pytest.approx(w.gamma_nunu_per_flavour[2])
    # approx width uses the paper's g_gg
    assert w.gamma_gg_approx == pytest.approx(float(pheno.g_gg_approx(g)) ** 2 * m**3 / (64 * math.pi), rel=1e-14)


def test_mumu_opens_above_threshold():
    w = pheno.phi_widths(300.0, 1e-3, g_nu=0.0)
    beta = math.sqrt(1 - 4 * M_MU**2 / 300.0**2)
    assert w.gamma_mumu == pytest.approx(1e-6 * 300.0 * beta**3 / (8 * math.pi), rel=1e-13)
    assert w.br_gg < 1e-3


# --------------------------------------------------------------------------- bands and the Sec. II claim
@pytest.mark.parametrize("ds", ["2021", "2025"])
@pytest.mark.parametrize("n", [1, 2])
def test_band_edges_reproduce_measurement(ds, n):
    meas = GM2[ds]
    for m in (0.1, 1.0, 100.0):
        lo, hi = pheno.gm2_band(m, ds, n)
        assert float(pheno.delta_a_mu(hi, m)) == pytest.approx(meas.central + n * meas.sigma, rel=1e-13)
        if meas.central - n * meas.sigma <= 0:
            assert lo == 0.0
        else:
            assert float(pheno.delta_a_mu(lo, m)) == pytest.approx(meas.central - n * meas.sigma, rel=1e-13)


def test_higgs_like_coupling_claim():
    """Sec. II: g_mu ~ m_mu/v explains Eq. (1) at 2 sigma for m_phi <~ 1 MeV."""
    g = M_MU / V_EW
    meas = GM2["2021"]
    assert abs(meas.pull(float(pheno.delta_a_mu(g, 1.0)))) < 2  # the paper's statement holds at 1 MeV
    lo, hi = pheno.higgs_like_range("2021", 2)
    assert lo is None  # holds all the way down (Delta a_mu(0) = 3 g^2/(16 pi^2) is within 2 sigma)
    assert float(pheno.delta_a_mu(g, hi)) == pytest.approx(meas.central - 2 * meas.sigma, rel=1e-10)
    lo1, hi1 = pheno.higgs_like_range("2021", 1)
    assert float(pheno.delta_a_mu(g, lo1)) == pytest.approx(meas.central + meas.sigma, rel=1e-10)
    lo25, hi25 = pheno.higgs_like_range("2025", 2)
    assert hi25 is None and float(pheno.delta_a_mu(g, lo25)) == pytest.approx(GM2["2025"].band(2)[1], rel=1e-10)


def test_audit_rows_shape():
    from mevscalar import paper

    rows = paper.pheno_rows()
    keys = {"quantity", "equation", "paper", "ours", "rel_diff", "note"}
    assert rows and all(keys <= set(r) for r in rows)
    nunu = [r for r in rows if "nu_a nu_a" in r["quantity"]][0]
    assert nunu["rel_diff"] == pytest.approx(1.0, rel=1e-14)


# --------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    "call,name",
    [
        (lambda: pheno.delta_a_mu(1e-3, 0.0), "m_phi"),
        (lambda: pheno.delta_a_mu(1e-3, -1.0), "m_phi"),
        (lambda: pheno.delta_a_mu(float("nan"), 1.0), "g_mu"),
        (lambda: pheno.g_gg(1e-3, float("nan")), "m_phi"),
        (lambda: pheno.g_mu_for_delta_a_mu(-1e-9, 1.0), "target"),
        (lambda: pheno.gm2_band(1.0, "2019"), "dataset"),
        (lambda: pheno.gm2_band(1.0, "2021", 0), "nsigma"),
        (lambda: pheno.phi_widths(1.0, 1e-3, br_nunu=1.0), "br_nunu"),
        (lambda: pheno.phi_widths(1.0, 1e-3, br_nunu=-0.1), "br_nunu"),
        (lambda: pheno.phi_widths(1.0, 1e-3), "g_nu"),
        (lambda: pheno.phi_widths(1.0, 1e-3, g_nu=1e-9, br_nunu=0.1), "g_nu"),
        (lambda: pheno.phi_widths(1.0, 1e-3, g_nu=[1e-9, 1e-9]), "g_nu"),
        (lambda: pheno.phi_widths(1.0, 1e-3, g_nu=-1e-9), "g_nu"),
        (lambda: pheno.phi_widths(1.0, 1e-3, g_nu=1e-9, nunu="dirac"), "nunu"),
        (lambda: pheno.phi_widths(1.0, 0.0, g_nu=0.0), "g_mu"),
        (lambda: pheno.phi_widths(1.0, 1.0, g_nu=1e300), "g_nu"),  # width overflows: used to return inf silently
    ],
)
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ParameterError, match=name):
        call()


# --------------------------------------------------------------------------- CLI
def test_cli_pheno_json(capsys):
    from mevscalar.cli import main

    assert main(["pheno", "--m-phi", "1", "--g-mu", "4.29e-4", "--br-nunu", "0.01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("delta_a_mu", "g_gg_per_MeV", "g_gg_approx_per_MeV", "gamma_gg_MeV", "gamma_nunu_MeV",
                "gamma_total_MeV", "br_nunu", "lifetime_s"):
        assert key in out and isinstance(out[key], float)
    assert out["br_nunu"] == pytest.approx(0.01, rel=1e-12)
    assert main(["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--g-nu", "1e-10,2e-10,3e-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["g_nu"] == [1e-10, 2e-10, 3e-10]


def test_cli_gm2_band_json(capsys):
    from mevscalar.cli import main

    assert main(["gm2-band", "--m-phi", "1", "--dataset", "2025", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["g_mu_1sigma"][0] == 0.0 and out["g_mu_2sigma"][0] == 0.0
    assert out["g_mu_2sigma"][1] > out["g_mu_1sigma"][1] > 0


@pytest.mark.parametrize(
    "argv,flag",
    [
        (["pheno", "--m-phi", "0", "--g-mu", "1e-3", "--g-nu", "1e-9"], "m_phi"),
        (["pheno", "--m-phi", "nan", "--g-mu", "1e-3", "--g-nu", "1e-9"], "--m-phi"),
        (["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--br-nunu", "1.5"], "br_nunu"),
        (["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--g-nu", "1,2"], "--g-nu"),
        (["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--g-nu=-1e-9"], "g_nu"),  # argparse: "=" for -1e-9
        (["gm2-band", "--m-phi", "1", "--dataset", "2019"], "dataset"),
        (["gm2-band", "--m-phi", "-3"], "m_phi"),
    ],
)
def test_cli_bad_input_exit_2(argv, flag, capsys):
    from mevscalar.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and flag in err[0]


# --------------------------------------------------------------------------- accuracy at the switch points
def _edge_masses():
    out = []
    for edge in (M_MU, 2 * M_MU, 4 * M_MU):  # tau = 1/4 series edge, threshold, r = 4 series edge
        for eps in (0.0, 1e-13, 1e-9, 1e-5, 1e-2):
            out += [edge * (1 - eps), edge * (1 + eps)]
    return sorted(set(out))


def test_kernels_at_switch_points_match_mpmath():
    """Hypothesis samples the whole domain; here every branch edge (and +-1e-13 .. 1e-2 around it)."""
    from mevscalar.generated import diphoton_mp, gm2_mp

    with mpmath.workdps(40):
        for m in _edge_masses():
            got = float(pheno.delta_a_mu(1e-3, m))
            ref = float(gm2_mp.delta_a_mu(1e-3, m, M_MU))
            assert abs(got / ref - 1) < 1e-13, m
            got = complex(pheno.g_gg(1e-3, m))
            ref = complex(diphoton_mp.g_gg(1e-3, m, M_MU, ALPHA))
            assert abs(got - ref) <= 1e-13 * abs(ref), m


def test_branch_dispatch_equals_single_piecewise_kernel():
    m = np.concatenate([np.geomspace(1e-3, 1e4, 2001), _edge_masses()])
    # Same formulas, but CSE differs (r = m/m_mu squared vs m^2/m_mu^2): rounding differs by a few ulp,
    # amplified in the 2 < r <= 4 branch by its residual cancellation (~s = 16): allow 1e-13 there,
    # 1e-14 elsewhere (both forms are separately checked against mpmath above and in test_twins).
    full = gm2_np.delta_a_mu(1e-3, m, M_MU)
    mid = (m > 2 * M_MU) & (m <= 4 * M_MU)
    got = pheno.delta_a_mu(1e-3, m)
    assert np.allclose(got[mid], full[mid], rtol=1e-13, atol=0)
    assert np.allclose(got[~mid], full[~mid], rtol=1e-14, atol=0)
    fullg = diphoton_np.g_gg(1e-3, m, M_MU, ALPHA)
    assert np.allclose(pheno.g_gg(1e-3, m), fullg, rtol=1e-14, atol=0)


def test_outside_hypothesis_domain_still_accurate_up_to_the_accepted_limit():
    """pheno accepts any m_phi in (0, 1e6] MeV: spot checks outside the twin-tested [1e-3, 1e4]."""
    from mevscalar.generated import diphoton_mp, gm2_mp

    # 60 digits: at 1e-9 MeV the reference A = 2[tau + (tau-1) f]/tau^2 itself cancels like 1/tau ~ 4e22,
    # more than 40-digit quadrature of f leaves (measured: 7e-8 at 40 digits, 1e-16 at 60)
    with mpmath.workdps(60):
        for m in (1e-9, 1e-6, 1e5, pheno.M_PHI_MAX_MEV):
            ref = float(gm2_mp.delta_a_mu(1e-3, m, M_MU))
            assert abs(float(pheno.delta_a_mu(1e-3, m)) / ref - 1) < 1e-13, m
            refg = complex(diphoton_mp.g_gg(1e-3, m, M_MU, ALPHA))
            assert abs(complex(pheno.g_gg(1e-3, m)) - refg) <= 1e-13 * abs(refg), m
    # the registry's one message of m_phi (mevscalar.parameters), for scalars and for an array's first bad element
    head = re.escape("m_phi (--m-phi) must be a number in the allowed range (0, 1e6] MeV, got ")
    with pytest.raises(ParameterError, match=head + "2000000.0$"):
        pheno.delta_a_mu(1e-3, 2e6)
    with pytest.raises(ParameterError, match=head + "0.0$"):
        pheno.delta_a_mu(1e-3, 0.0)
    with pytest.raises(ParameterError, match=head + "2000000.0$"):
        pheno.delta_a_mu(1e-3, [1.0, 2e6])


@settings(max_examples=20)
@given(log_m, st.floats(math.log(1e-6), 0.0), st.floats(0.0, 0.999))
def test_phi_widths_against_mpmath(lm, lg, br):
    """The composed evaluator (not a registry kernel) against the mpmath twins at 30 digits."""
    from mevscalar.generated import diphoton_mp

    m, g = math.exp(lm), math.exp(lg)
    w = pheno.phi_widths(m, g, br_nunu=br)
    with mpmath.workdps(30):
        gg = diphoton_mp.g_gg(g, m, M_MU, ALPHA)
        ggam = abs(gg) ** 2 * mpmath.mpf(m) ** 3 / (64 * mpmath.pi)
        b = mpmath.sqrt(1 - 4 * mpmath.mpf(M_MU) ** 2 / mpmath.mpf(m) ** 2) if m > 2 * M_MU else 0
        gmumu = g**2 * mpmath.mpf(m) * b**3 / (8 * mpmath.pi)
        total = (ggam + gmumu) / (1 - mpmath.mpf(br))
    assert float(w.gamma_gg) == pytest.approx(float(ggam), rel=1e-12)
    assert float(w.gamma_total) == pytest.approx(float(total), rel=1e-12)
    assert float(w.lifetime_s) == pytest.approx(HBAR_MEV_S / float(total), rel=1e-12)


@pytest.mark.parametrize("kw", [dict(br_nunu=1e-3), dict(g_nu=1e-10)])
def test_width_underflow_blames_m_phi_not_g_mu(kw):
    """m_phi = 1e-300 MeV used to blame g_mu (and with br_nunu = 1e-3 to return BR_nunu = 1 from subnormal widths)."""
    with pytest.raises(ParameterError, match=r"^m_phi = 1e-300 MeV .* underflow"):
        pheno.phi_widths(1e-300, 3.67e-4, **kw)
    with pytest.raises(ParameterError, match=r"^g_mu.*underflow"):
        pheno.phi_widths(1.0, 1e-300, **kw if "br_nunu" in kw else dict(g_nu=0.0))
    # where the visible width is still a normal double the BR round trip holds (m_phi^3 g^2 ~ 1e-300)
    w = pheno.phi_widths(1e-90, 3.67e-4, br_nunu=1e-3)
    assert w.br_nunu == pytest.approx(1e-3, rel=1e-12)
