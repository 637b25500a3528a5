"""Inverse scans: interval finding (incl. the jump at the resonance threshold), threshold, CSV, progress."""

from __future__ import annotations

import csv
import io
import math

import numpy as np
import pytest

from mevscalar import pheno
from mevscalar.cosmology import decoupling as dec
from mevscalar.cosmology import scan
from mevscalar.data import GM2, Measurement
from mevscalar.validate import ParameterError

G2 = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, 2.0))


def test_intervals_of_a_continuous_function():
    f = lambda b: math.log10(b) + 5.0  # noqa: E731
    grid = np.geomspace(1e-6, 0.5, 41)
    ivs = scan._intervals(grid, np.array([f(b) for b in grid]), 2.0, 3.0, f)
    assert len(ivs) == 1
    lo, hi, elo, ehi = ivs[0]
    assert lo == pytest.approx(1e-3, rel=1e-9) and hi == pytest.approx(1e-2, rel=1e-9)
    assert not elo and not ehi


def test_intervals_at_a_jump_and_at_the_scan_edge():
    thr = 3.3e-4
    f = lambda b: 2.4 if b < thr else 3.0 + 1e3 * (b - thr)  # noqa: E731  (jumps over the lower bound)
    grid = np.geomspace(1e-6, 0.5, 41)
    ivs = scan._intervals(grid, np.array([f(b) for b in grid]), 2.65, 3.33, f)
    assert len(ivs) == 1
    assert ivs[0][0] == pytest.approx(thr, rel=1e-8)  # the edge is the jump
    assert ivs[0][1] == pytest.approx(thr + 0.33e-3, rel=1e-8)
    g = lambda b: 3.0  # noqa: E731  (allowed everywhere: both edges are the scan's)
    ivs = scan._intervals(grid, np.full(grid.size, 3.0), 2.65, 3.33, g)
    assert ivs == [(grid[0], grid[-1], True, True)]


def test_threshold_is_where_r_first_touches_h_and_scales_as_one_over_g_mu_squared():
    thr = scan.resonance_threshold_br(2.0, G2)
    gam = float(pheno.phi_widths(2.0, G2, br_nunu=thr).gamma_total)
    assert abs(float(dec.t_d_exact_grid(2.0, gam, thr)["max_log_r_over_h"])) < 1e-9
    # R is proportional to Gamma_visible * BR_nunu with Gamma_visible ~ g_mu^2 (below 2 m_mu)
    thr2 = scan.resonance_threshold_br(2.0, 2 * G2)
    assert thr2 == pytest.approx(thr / 4, rel=1e-6)
    # too weak a coupling for any BR < 0.999: no threshold
    assert scan.resonance_threshold_br(2.0, 1e-9) is None


def test_scan_rows_with_a_stubbed_neff(monkeypatch, tmp_path):
    # N_eff = T_D (stub): the 2 sigma band of Measurement.user(0.3, 0.05) is T_D in [0.2, 0.4] MeV
    monkeypatch.setattr(scan, "_neff_vec", lambda t_d, m, br, n_nu: np.asarray(t_d, float))
    rows = scan.scan([2.0], neff=Measurement.user(0.3, 0.05), br_min=1e-5, br_max=0.3, n_grid=41, progress=False)
    r = rows[0]
    assert r["n_intervals_2sigma"] == 1
    # at the edges, the exact T_D is the band edge (T_D falls with BR_nunu)
    assert r["t_d_hi_MeV_2sigma"] == pytest.approx(0.4, rel=1e-6)
    assert r["t_d_lo_MeV_2sigma"] == pytest.approx(0.2, rel=1e-6)
    w = pheno.phi_widths(2.0, r["g_mu"], br_nunu=r["br_lo_2sigma"])
    assert r["g_nu3_lo_2sigma"] == pytest.approx(float(w.g_nu[2]), rel=1e-12)
    path = scan.write_csv(rows, tmp_path / "s.csv")
    back = list(csv.DictReader(path.open()))
    assert list(back[0]) == scan.COLUMNS
    assert float(back[0]["br_lo_2sigma"]) == pytest.approx(r["br_lo_2sigma"], rel=1e-12)


def test_scan_rejects_empty_and_bad_ranges():
    with pytest.raises(ParameterError, match="m_phi"):
        scan.scan([], progress=False)
    with pytest.raises(ParameterError, match="br_min"):
        scan.br_intervals(1.0, G2, Measurement.user(3.0, 0.2), 2, br_min=0.1, br_max=0.01)
    # scan() validates the BR grid itself (br_min = 0 used to reach numpy.geomspace and a traceback)
    for kw, name in ((dict(br_min=0.0), "br_min"), (dict(br_min=1e-2, br_max=1e-3), "br_min"),
                     (dict(br_max=1.0), "br_max"), (dict(n_grid=1), "n_grid"), (dict(n_grid=10**9), "n_grid")):
        with pytest.raises(ParameterError, match=name):
            scan.scan([1.0], progress=False, **kw)


def test_progress_bar_only_on_a_terminal():
    buf = io.StringIO()
    p = scan.Progress(4, "x", stream=buf)  # StringIO is not a tty
    p.update()
    p.close()
    assert buf.getvalue() == ""
    buf = io.StringIO()
    p = scan.Progress(2, "x", stream=buf, enabled=True)
    p.update()
    p.update()
    p.close()
    assert "2/2" in buf.getvalue() and buf.getvalue().endswith("\n")


def test_real_neff_window_edges_are_band_edges_or_the_threshold_jump():
    pytest.importorskip("mevscalar.cosmology.neff")
    meas = Measurement.user(2.99, 0.17)
    lo_b, hi_b = meas.band(2)
    ivs = scan.br_intervals(2.0, G2, meas, 2, br_min=1e-6, br_max=0.3, n_grid=61)
    assert len(ivs) >= 1
    thr = scan.resonance_threshold_br(2.0, G2)
    for lo, hi, elo, ehi in ivs:
        for edge, inward in ((lo, 1 + 1e-6), (hi, 1 - 1e-6)):
            n_in = float(scan.neff_of_br(2.0, G2, edge * inward)[0][0])
            n_out = float(scan.neff_of_br(2.0, G2, edge / inward)[0][0])
            assert lo_b <= n_in <= hi_b
            # outside: either beyond a band edge, or across the resonance-threshold jump
            assert not (lo_b <= n_out <= hi_b) or abs(edge / thr - 1) < 1e-6
