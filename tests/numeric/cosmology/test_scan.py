"""Inverse scans: interval finding (incl. the jump at the resonance threshold), threshold, CSV, progress."""

from __future__ import annotations

import csv
import types
import io
import math

import numpy as np
import pytest

from mevscalar.numeric import pheno
from mevscalar.numeric.cosmology import decoupling as dec
from mevscalar.numeric.cosmology import scan
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
    monkeypatch.setattr(scan, "neff", types.SimpleNamespace(n_eff=lambda t_d, m, br, n_nu: np.asarray(t_d, float)))
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


# --------------------------------------------------------------------------- Boltzmann maps
def _fake_evolve(calls=None):
    """A stand-in for boltzmann.evolve: N_eff = 3 + log10(BR/1e-4) (so the band edges are known exactly),
    a RuntimeError (solver failure) above BR = 0.3; records the options it was given."""
    import types

    def evolve(m_phi, g_mu, br_nunu=None, g_nu=None, *, qed=True, flavour="unmixed", n_out=200):
        if calls is not None:
            calls.append({"qed": qed, "flavour": flavour, "n_out": n_out})
        if br_nunu > 0.3:
            raise RuntimeError("stub solver failure")
        n = 3.0 + math.log10(br_nunu / 1e-4)
        return types.SimpleNamespace(n_eff=n, t_nu_over_t_gamma_final=(n / 3) ** 0.25 * (4 / 11) ** (1 / 3))

    return evolve


def test_boltzmann_points_grid_and_g_mu_from_g2():
    pts = scan.boltzmann_points([1.0, 2.0], 1e-5, 1e-2, 4)
    assert [p["br_nunu"] for p in pts[:4]] == pytest.approx([1e-5, 1e-4, 1e-3, 1e-2], rel=1e-12)
    assert [p["m_phi_MeV"] for p in pts] == [1.0] * 4 + [2.0] * 4
    for p in (pts[0], pts[4]):  # g_mu explains the 2021 Delta a_mu central value (Eq. 1, exact Eq. 5)
        assert float(pheno.delta_a_mu(p["g_mu"], p["m_phi_MeV"])) == pytest.approx(GM2["2021"].central, rel=1e-10)
    assert {p["g_mu"] for p in scan.boltzmann_points([1.0], 1e-5, 1e-2, 3, g_mu=4e-4)} == {4e-4}
    for kw, name in ((dict(br_min=0.0), "br_min"), (dict(n_grid=1), "n_grid"), (dict(g_mu=0.0), "g_mu")):
        with pytest.raises(ParameterError, match=name):
            scan.boltzmann_points([1.0], **{"br_min": 1e-5, "br_max": 1e-2, "n_grid": 3, **kw})
    with pytest.raises(ParameterError, match="m_phi"):
        scan.boltzmann_points([], 1e-5, 1e-2, 3)


def test_boltzmann_intervals_interpolate_in_log_br():
    # N_eff = 3 + log10(BR/1e-4), linear in log BR: Planck 2 sigma [2.65, 3.33] is BR in 1e-4 * 10^[-0.35, 0.33]
    meas = Measurement.user(2.99, 0.17)
    brs = np.geomspace(1e-6, 1e-1, 11)
    rows = [{"m_phi_MeV": 1.0, "br_nunu": b, "g_mu": 4e-4, "n_eff": 3 + math.log10(b / 1e-4), "error": None}
            for b in brs]
    rows[5] = dict(rows[5], n_eff=None, error="RuntimeError: x")  # an error row is left out
    rows += [{"m_phi_MeV": 2.0, "br_nunu": b, "g_mu": 4e-4, "n_eff": 3.0, "error": None} for b in brs]
    res = scan.boltzmann_intervals(rows, meas, 2)
    assert [r["m_phi_MeV"] for r in res] == [1.0, 2.0]
    assert res[0]["n_errors"] == 1 and res[0]["n_points"] == 11
    (iv,) = res[0]["intervals"]
    assert iv["br_lo"] == pytest.approx(1e-4 * 10 ** (2.65 - 3.0), rel=1e-9)
    assert iv["br_hi"] == pytest.approx(1e-4 * 10 ** (3.33 - 3.0), rel=1e-9)
    assert not iv["lo_at_scan_edge"] and not iv["hi_at_scan_edge"]
    (iv2,) = res[1]["intervals"]  # inside everywhere: both edges are the scan's
    assert (iv2["br_lo"], iv2["br_hi"], iv2["lo_at_scan_edge"], iv2["hi_at_scan_edge"]) == (1e-6, 1e-1, True, True)


def test_boltzmann_map_passes_options_through_and_records_failures(monkeypatch, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from mevscalar.numeric.cosmology import boltzmann

    calls = []
    monkeypatch.setattr(boltzmann, "evolve", _fake_evolve(calls))
    out = tmp_path / "b.csv"
    with ThreadPoolExecutor(2) as ex:
        rows = scan.boltzmann_map([1.0, 2.0], out, br_min=1e-5, br_max=0.5, n_grid=5, options={"qed": False},
                                  executor=ex, progress=False)
    assert len(rows) == 10 and list(rows[0]) == scan.BOLTZMANN_COLUMNS
    assert all(c == {"qed": False, "flavour": "unmixed", "n_out": 20} for c in calls)
    for r in rows:
        if r["br_nunu"] > 0.3:
            assert r["n_eff"] is None and r["error"] == "RuntimeError: stub solver failure"
        else:
            assert r["n_eff"] == pytest.approx(3 + math.log10(r["br_nunu"] / 1e-4), rel=1e-12) and r["error"] is None
    back = list(csv.DictReader(out.open()))
    assert list(back[0]) == scan.BOLTZMANN_COLUMNS and len(back) == 10
    # the same map again: refused without resume/force; resume with other options is refused too
    with pytest.raises(ParameterError, match="exists"):
        scan.boltzmann_map([1.0, 2.0], out, br_min=1e-5, br_max=0.5, n_grid=5)
    with pytest.raises(ParameterError, match="computed with"):
        scan.boltzmann_map([1.0, 2.0], out, br_min=1e-5, br_max=0.5, n_grid=5, resume=True)
    n_calls = len(calls)
    again = scan.boltzmann_map([1.0, 2.0], out, br_min=1e-5, br_max=0.5, n_grid=5, options={"qed": False},
                               resume=True, executor=ThreadPoolExecutor(1), progress=False)
    assert len(calls) == n_calls and again == rows
    # options the installed solver does not have are named; grid arguments are not options
    with pytest.raises(ParameterError, match="no option 'chemical_potentials'"):
        scan.check_boltzmann_options({"chemical_potentials": False})
    with pytest.raises(ParameterError, match="'br_nunu' is set by the scan grid"):
        scan.check_boltzmann_options({"br_nunu": 0.1})


def test_boltzmann_map_with_the_real_solver_equals_evolve(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from mevscalar.numeric.cosmology import boltzmann

    rows = scan.boltzmann_map([2.0], tmp_path / "r.csv", br_min=1e-4, br_max=1e-3, n_grid=2,
                              executor=ThreadPoolExecutor(2), progress=False)
    for r in rows:
        ref = boltzmann.evolve(2.0, G2, br_nunu=r["br_nunu"])
        assert r["error"] is None and r["g_mu"] == G2
        assert r["n_eff"] == pytest.approx(ref.n_eff, rel=1e-6)
        assert r["t_nu_over_t_gamma_final"] == pytest.approx(ref.t_nu_over_t_gamma_final, rel=1e-6)


def _cli(argv, capsys):
    from mevscalar.cli import main

    rc = main(argv)
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


BASE = ["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--n", "2", "--br-min", "1e-6", "--br-max", "0.5",
        "--n-grid", "7"]


def _inherit_the_fake(monkeypatch):
    """The fake solver is a monkeypatch of this process: the --workers pool must fork to inherit it. The runner
    spawns once JAX is loaded (another test of this worker may have run BBN); the fake touches no JAX, so
    forking is safe here."""
    from mevscalar.numeric.cosmology import runner

    monkeypatch.setattr(runner, "start_method", lambda: "fork")


def test_cli_boltzmann_json_and_refusals(monkeypatch, tmp_path, capsys):
    import json

    from mevscalar.numeric.cosmology import boltzmann

    monkeypatch.setattr(boltzmann, "evolve", _fake_evolve())
    _inherit_the_fake(monkeypatch)
    out = str(tmp_path / "m.csv")
    rc, so, _ = _cli(BASE + ["--method", "boltzmann", "--out", out, "--workers", "2", "--json"], capsys)
    assert rc == 0
    js = json.loads(so)
    assert js["n_points"] == 14 and js["n_errors"] == 2 and js["band"] == pytest.approx([2.65, 3.33])
    for e in js["intervals"]:
        (iv,) = e["intervals"]
        assert iv["br_lo"] == pytest.approx(1e-4 * 10 ** -0.35, rel=1e-9)
        assert iv["br_hi"] == pytest.approx(1e-4 * 10 ** 0.33, rel=1e-9)
    with open(out) as fh:
        assert len(list(csv.DictReader(fh))) == 14
    for extra, msg in (([], "exists; use --resume or --force"), (["--workers", "0"], "workers"),
                       (["--resume", "--force"], "exclude each other"),
                       (["--force", "--no-chemical-potentials"], "no option 'chemical_potentials'"),
                       (["--force", "--rate", "detailed_balance"], "--method paper")):
        rc, _, err = _cli(BASE + ["--method", "boltzmann", "--out", out] + extra, capsys)
        assert rc == 2 and msg in err and err.count("\n") == 1, (extra, err)
    # --method paper (the default) refuses the map's flags instead of ignoring them
    rc, _, err = _cli(BASE + ["--out", str(tmp_path / "p.csv"), "--resume"], capsys)
    assert rc == 2 and "--method boltzmann only" in err
    rc, so, _ = _cli(BASE + ["--method", "boltzmann", "--out", out, "--resume"], capsys)
    assert rc == 0 and "14 rows, 2 with an error" in so


def test_cli_boltzmann_on_a_dask_scheduler_equals_the_process_pool(monkeypatch, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    from mevscalar.numeric.cosmology import boltzmann

    monkeypatch.setattr(boltzmann, "evolve", _fake_evolve())
    _inherit_the_fake(monkeypatch)
    pool, dask = tmp_path / "pool.csv", tmp_path / "dask.csv"
    assert _cli(BASE + ["--method", "boltzmann", "--out", str(pool), "--workers", "2"], capsys)[0] == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=50) as cluster:
        rc, _, err = _cli(BASE + ["--method", "boltzmann", "--out", str(dask), "--scheduler",
                                  cluster.scheduler_address], capsys)
    assert rc == 0, err
    assert sorted(pool.read_text().splitlines()) == sorted(dask.read_text().splitlines())
    rc, _, err = _cli(BASE + ["--method", "boltzmann", "--out", str(dask), "--force", "--scheduler", "tcp://x:1",
                              "--workers", "2"], capsys)
    assert rc == 2 and "workers" in err
    rc, _, err = _cli(BASE + ["--method", "boltzmann", "--out", str(dask), "--force", "--scheduler", "nonsense"],
                      capsys)
    assert rc == 2 and "scheduler" in err and err.count("\n") == 1
