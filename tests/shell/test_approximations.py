"""`mev-scalar check --approximations` (issue 11): the table's contract, and its rows against closed-form limits
derived independently here (series of the exact expressions, worked by hand in each test's comment)."""

from __future__ import annotations

import json
import math

import pytest

from mevscalar import approximations as A
from mevscalar.constants import M_MU


@pytest.fixture(scope="module")
def cheap():
    """The live rows without the expensive samples (seconds), keyed."""
    return {r["key"]: r for r in A.rows(expensive=False)}


def test_every_row_has_the_contract_keys(cheap):
    assert set(cheap) == {"seesaw_lo", "seesaw_nlo", "eq17_majorana", "eq18_heavy", "eq15", "g_gg_limit", "gm2_leading", "gm2_small_series",
                          "gm2_large_series", "eq10_rate", "eq11", "eq13"}
    for r in cheap.values():
        assert tuple(r) == A.ROW_KEYS
        assert r["approximation"] and r["exact"] and r["within_1pct"] and r["paper_range"] and r["source"] == "live"
        json.dumps(r, allow_nan=False)


def test_eq15_row_matches_the_small_mixing_limit(cheap):
    # Eq. 15 / exact - 1 = (1 - r) sqrt(1 + t^2) - 1 (model/uv.py), r = m_phi^2/m_H'^2 ~ 1e-11 here: ~ t^2/2,
    # 1 % at t = sqrt(0.02); at the paper's point t = mu_phi v/m_H'^2 and the error is t^2/2
    from mevscalar import paper
    from mevscalar.constants import V_EW

    r = cheap["eq15"]
    assert r["within_1pct_range"][1] == pytest.approx(math.sqrt(0.02), rel=0.01)
    t = paper.MU_PHI_MEV * V_EW / paper.M_HP_MEV**2
    assert r["worst_error"] == pytest.approx(t**2 / 2, rel=1e-3)


def test_eq18_row_matches_its_floor(cheap):
    # with m_N' = 0 the heavy block [[m_N, M], [M, 0]] has |eigenvalues| sqrt(M^2 + m_N^2/4) +- m_N/2, so Eq. 18
    # (M +- m_N/2) errs by ~ -(m_N/M)^2/8: 1 % near m_N = sqrt(0.08) M, and 1/800 at the probe m_N = M/10
    r = cheap["eq18_heavy"]
    M = r["worst_at"]["m_N_MeV"] * 10
    assert r["within_1pct_range"][1] == pytest.approx(math.sqrt(0.08) * M, rel=0.1)
    assert r["worst_error"] == pytest.approx(1 / 800, rel=0.1)
    # Eq. 17 is far more fragile: an m_N' of a few per mille of M already moves the light masses by 1 %
    assert cheap["eq17_majorana"]["within_1pct_range"][1] < 0.01 * M < r["within_1pct_range"][1]


def test_g_gg_limit_row_matches_the_small_tau_series(cheap):
    # A(tau) = 2[tau + (tau - 1) arcsin^2 sqrt(tau)]/tau^2 with arcsin^2 sqrt(t) = t + t^2/3 + 8 t^3/45 + ...
    # gives A = (4/3)(1 + 7 tau/30 + ...): |g_gg|/limit - 1 ~ 7 m^2/(120 m_mu^2), 1 % at m = m_mu sqrt(1.2/7)
    r = cheap["g_gg_limit"]
    edge = r["within_1pct_range"][1]
    assert edge == pytest.approx(M_MU * math.sqrt(1.2 / 7), rel=0.02)
    assert r["worst_error"] > 0.05  # Fig. 1 reaches 200 MeV, where the limit is far off (tau ~ 0.9)


def test_eq5_leading_limit_row_matches_its_first_order_term(cheap):
    # I(r) = 3/2 - pi r + O(r^2 ln r) (model/gm2.py docstring; differentiate the r <= 2 closed form at r = 0):
    # (3/2)/I - 1 ~ (2 pi/3) r, 1 % at r = 0.03/(2 pi); the worst error in the paper's m_phi <~ 1 MeV is at 1 MeV
    r = cheap["gm2_leading"]
    assert r["within_1pct_range"][1] == pytest.approx(M_MU * 0.03 / (2 * math.pi), rel=0.03)
    assert r["worst_at"]["m_phi_MeV"] == pytest.approx(1.0)
    assert r["worst_error"] == pytest.approx(2 * math.pi / 3 / M_MU, rel=0.03)
    # the series through r^2 is good far beyond that, the large-m_phi series only far above 2 m_mu
    assert cheap["gm2_small_series"]["within_1pct_range"][1] > 10 * r["within_1pct_range"][1]
    assert cheap["gm2_large_series"]["within_1pct_range"][0] > 2 * M_MU


def test_eq10_row_against_the_maxwell_boltzmann_closed_form(cheap):
    # with MB collision terms nu_3 relaxes at (12/pi^2) Gamma_nunu x^2 K_1(x), and R_10 = n_nu^eq <sigma v>_res
    # (Eq. 10 with n_nu^eq = 3 zeta(3) T^3/(2 pi^2)) divided by it is 2 pi^2 BR_gg/(9 zeta(3)), whatever m and T;
    # Pauli blocking slows the relaxation further, so with quantum statistics R_10 overshoots by more
    import scipy.special as sc

    from mevscalar import paper

    r = cheap["eq10_rate"]
    mb = 2 * math.pi**2 * (1 - paper.BR_NUNU_RANGE[0]) / (9 * sc.zeta(3)) - 1
    assert f"{mb:+.3f}" in r["note"]
    assert r["worst_error"] > mb > 0.8 and r["within_1pct"].startswith("at 0 of")


def test_eq11_row_against_the_first_correction_to_k1(cheap):
    # K_1(x) = sqrt(pi/(2x)) e^-x (1 + 3/(8x) + ...): the exact root solves x - (7/2) ln x = L + 3/(8x), Eq. 11's
    # x - (7/2) ln x = L, so x_exact - x_11 ~ 3/(8 (x - 7/2)) and T_11/T_exact - 1 ~ 3/(8 x (x - 7/2)) > 0;
    # it is 1 % at x = (7/2 + sqrt(49/4 + 150))/2 = 8.12
    r = cheap["eq11"]
    x1 = (3.5 + math.sqrt(12.25 + 150)) / 2
    assert r["within_1pct_range"][0] >= x1 * 0.98
    assert 0 < r["worst_error"] < 0.03
    from mevscalar.numeric.cosmology import decoupling as dec

    from mevscalar import paper

    for row in dec.eq11_error_table((1.5,), paper.BR_SAMPLES):
        x = row["m_phi_MeV"] / row["t_d_exact_MeV"]
        assert row["rel_diff_t_d"] == pytest.approx(3 / (8 * x * (x - 3.5)), rel=0.35)


def test_eq13_row_against_its_first_order_coefficient(cheap):
    # N_eff ∝ (N + BR F_phi/2)^(4/3) (2 + 7/2 F_e + 7/8 (1 - BR) F_phi)^(-4/3) (Eqs. 7, 12), so Eq. 13 (BR = 0)
    # errs by -BR (4/3) F_phi [1/(2N) + 7/(8 S)] + O(BR^2), S = 2 + 7/2 F_e + 7/8 F_phi
    from mevscalar.numeric.cosmology import entropy, neff

    from mevscalar.constants import M_E

    r = cheap["eq13"]
    m, td = r["worst_at"]["m_phi_MeV"], r["worst_at"]["t_d_MeV"]
    fe, fp = float(entropy.F_fermion(M_E / td)), float(entropy.F_boson(m / td))
    c = (4 / 3) * fp * (1 / 6 + 7 / (8 * (2 + 3.5 * fe + 0.875 * fp)))
    assert float(neff.eq13_relative_error(td, m, 1e-6)) / 1e-6 == pytest.approx(-c, rel=1e-4)
    assert r["worst_error"] < 0 and abs(r["worst_error"]) == pytest.approx(c * r["worst_at"]["br_nunu"], rel=0.05)
    b1 = r["within_1pct_range"][1]
    assert 0.5 * 0.01 / c < b1 < 2 * 0.01 / c  # second order shifts the 1 % edge, not its scale


def test_seesaw_rows_respect_the_theta_bound(cheap):
    # the LO light masses err by <= theta^2 (1 + theta^2) (numeric/neutrino.py: block diagonalisation), so the
    # 1 % edge is at theta >= the root of t^2 + t^4 = 0.01, and the benchmark error is below theta_b^2 (1 + theta_b^2)
    lo = cheap["seesaw_lo"]
    t1 = math.sqrt((-1 + math.sqrt(1 + 0.04)) / 2)
    assert lo["within_1pct_range"][1] >= t1
    tb = lo["worst_at"]["theta"]
    assert 0 < lo["worst_error"] <= tb**2 * (1 + tb**2)
    assert cheap["seesaw_nlo"]["within_1pct_range"][1] > lo["within_1pct_range"][1]  # O(theta^4)
    assert cheap["seesaw_nlo"]["worst_error"] < 10 * tb**4 + 1e-14


def test_the_expensive_rows_on_one_cheap_sample(monkeypatch):
    # one corner point (the solver's fastest, ~1 s): instantaneous decoupling vs the Boltzmann solver
    pts = A._corner_points()[-1:]
    r = A.boltzmann_row(points=pts).asdict()
    assert tuple(r) == A.ROW_KEYS and r["worst_at"]["m_phi_MeV"] == pts[0]["m_phi_MeV"]
    assert r["worst_error"] == pytest.approx(r["worst_at"]["n_eff_instantaneous"] / r["worst_at"]["n_eff_boltzmann"]
                                             - 1)
    # without LINX the BBN row says so instead of a number
    monkeypatch.setattr(A, "bbn_available", lambda: (False, "needs the 'bbn' extra"))
    b = A.bbn_row().asdict()
    assert b["source"].startswith("not computed") and b["worst_error"] is None


def test_a_failing_sampled_row_is_reported_not_raised(monkeypatch):
    def boom():
        raise RuntimeError("solver gave up")

    monkeypatch.setattr(A, "ROW_BUILDERS", (("g_gg", A.g_gg_row), ("boltzmann", boom)))
    rows = A.rows()
    assert rows[1]["key"] == "boltzmann" and rows[1]["source"] == "failed: RuntimeError: solver gave up"
    assert tuple(rows[1]) == A.ROW_KEYS
    assert "failed" in A.markdown({"description": "d", "rows": rows})


def test_cli_json_and_a_flag_without_effect(monkeypatch, capsys):
    from mevscalar.cli import main

    monkeypatch.setattr(A, "ROW_BUILDERS", tuple(x for x in A.ROW_BUILDERS if x[0] in ("g_gg", "gm2")))
    assert main(["check", "--approximations", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"threshold", "paper", "description", "rows"} and out["threshold"] == 0.01
    assert [r["key"] for r in out["rows"]] == ["g_gg_limit", "gm2_leading", "gm2_small_series", "gm2_large_series"]
    assert main(["check", "--approximations"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# The paper's approximations") and "| approximation | exact |" in text
    assert main(["check", "--approximations", "--points", "3"]) == 2
    assert "--points has no effect" in capsys.readouterr().err


def test_the_reproduce_step_writes_the_table(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "ROW_BUILDERS", tuple(x for x in A.ROW_BUILDERS if x[0] == "g_gg"))
    written = A.write(tmp_path)
    assert [w[0] for w in written] == ["approximations.md", "approximations.json"]
    tab = json.loads((tmp_path / "approximations.json").read_text())
    assert tab["rows"][0]["key"] == "g_gg_limit"
    assert "g_gg = -2 alpha g_mu" in (tmp_path / "approximations.md").read_text()
