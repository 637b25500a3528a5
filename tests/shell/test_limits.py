"""Shipped limit curves (mevscalar.limits): provenance, parsing, units, geometry, excluded_by, CLI, Fig. 1.

Reference values are independent of the code under test: file values read off the shipped text,
SHA-256 of the files, matplotlib's own point-in-path test, and a published conversion (Caputo,
Raffelt, Vitagliano 2022, arXiv:2109.03244, abstract: the globular-cluster bound
G_gg < 0.67e-10 GeV^-1 carries over to a muonic scalar as g_phi < 4.6e-9 for m <~ 100 keV).
"""

from __future__ import annotations

import hashlib
import json
import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mevscalar import limits
from mevscalar.numeric import pheno
from mevscalar.validate import ParameterError

KEYS = {"beam_dump", "hb_stars", "sn1987a", "bbn_neff", "sne_explosion"}


# ------------------------------------------------------------------------------------------ provenance
def test_manifest_lists_every_shipped_file_with_matching_sha256_and_provenance():
    man = limits.manifest()
    assert {c["key"] for c in man["curves"]} == KEYS
    files = {p.name for p in limits.DATA_DIR.iterdir()}
    assert {"manifest.json", "LICENSE-AxionLimits.txt"} <= files
    assert {c["file"] for c in man["curves"]} | {"manifest.json", "LICENSE-AxionLimits.txt"} == files
    for c in man["curves"]:
        raw = (limits.DATA_DIR / c["file"]).read_bytes()
        src = c["source"]
        assert hashlib.sha256(raw).hexdigest() == src["sha256"], c["file"]
        assert len(raw) == src["bytes"]
        assert src["repository"] == "cajohare/AxionLimits"
        assert src["path"] == f"limit_data/AxionPhoton/{c['file']}"
        assert re.fullmatch(r"[0-9a-f]{40}", src["commit"])
        assert src["url"].endswith(f"/{src['commit']}/{src['path']}")
        assert c["status"] in limits.STATUSES and c["status"] != "user"
        assert c["reinterpreted"] is True and "pseudoscalar -> scalar" in c["reinterpretation"]
        assert c["licence"].startswith("MIT") and c["citation"] and c["paper_says"]
        assert c["plane"] == "g_gg" and c["shape"] in ("polygon", "upper_limit")
    lic = (limits.DATA_DIR / "LICENSE-AxionLimits.txt").read_text()
    assert lic.startswith("MIT License") and "Copyright (c) 2019 cajohare" in lic


def test_paper_status_of_each_curve():
    """Paper Sec. II: beam dumps and HB robust, SN1987A disputed; Fig. 1 caption: standard cosmology dashed."""
    by = {c.key: c for c in limits.curves()}
    assert by["beam_dump"].status == by["hb_stars"].status == "robust"
    assert by["beam_dump"].style == by["hb_stars"].style == "solid"
    assert by["sn1987a"].status == "disputed" and by["sn1987a"].style == "dashed"
    assert by["bbn_neff"].status == "cosmology" and by["bbn_neff"].arxiv == "2002.08370"
    assert by["sne_explosion"].status == "not_applied"
    names = " ".join(e["name"] for e in limits.not_shipped())
    for exp in ("BaBar", "Belle II", "NA64mu", "BESIII", "SN bounds on muonic scalars"):
        assert exp in names


def test_every_file_parses_to_its_rows():
    """Row counts and the first/last rows, read off the shipped text itself."""
    for c in limits.curves():
        rows = [ln.split() for ln in (limits.DATA_DIR / c.file).read_text().splitlines()
                if ln.strip() and not ln.lstrip().startswith("#")]
        assert c.m_MeV.size == len(rows)
        for i in (0, -1):
            assert c.m_MeV[i] == pytest.approx(float(rows[i][0]) * 1e-6, rel=1e-15)
            assert c.g_per_MeV[i] == pytest.approx(float(rows[i][1]) * 1e-3, rel=1e-15)  # factor 1, GeV^-1 -> MeV^-1
    hb = limits.curve("hb_stars")
    assert hb.mass_range_MeV()[1] == pytest.approx(0.1774)


# ------------------------------------------------------------------------------------------ units
@given(st.floats(1e-30, 1e30), st.floats(1e-30, 1e30))
def test_unit_round_trips(m, g):
    assert float(limits.mass_mev_to_ev(limits.mass_ev_to_mev(m))) == pytest.approx(m, rel=1e-15)
    assert float(limits.per_mev_to_per_gev(limits.per_gev_to_per_mev(g))) == pytest.approx(g, rel=1e-15)


def test_unit_definitions():
    assert float(limits.mass_ev_to_mev(1e6)) == 1.0
    assert float(limits.per_gev_to_per_mev(1.0)) == pytest.approx(1e-3, rel=1e-16)  # 1/GeV = 1/(1000 MeV)


def test_g_mu_mapping_reproduces_caputo_raffelt_vitagliano():
    """G_gg < 0.67e-10 GeV^-1  <=>  g_phi < 4.6e-9 (arXiv:2109.03244, abstract), for m <~ 100 keV."""
    g_gg = float(limits.per_gev_to_per_mev(0.67e-10))
    g_mu = g_gg / abs(complex(pheno.g_gg(1.0, 1e-3)))
    assert g_mu == pytest.approx(4.6e-9, abs=0.05e-9)


# ------------------------------------------------------------------------------------------ geometry
def test_polygon_test_agrees_with_matplotlib_path():
    from matplotlib.path import Path

    rng = np.random.default_rng(1)
    for c in limits.curves():
        vx, vy = c.polygon()
        lx = rng.uniform(-2.5, 3.0, 4000)  # log10 m [MeV]: 3 keV - 1 GeV
        ly = rng.uniform(-16.0, 0.5, 4000)  # log10 g [MeV^-1]
        ours = c.excludes(10.0**lx, 10.0**ly)
        ref = Path(np.column_stack([vx, vy]), closed=False).contains_points(np.column_stack([lx, ly]))
        assert np.count_nonzero(ours != ref) <= 2, c.key  # allow points on an edge within rounding


@pytest.mark.parametrize(
    "key,m_MeV,g_per_GeV",
    [
        ("beam_dump", 30.0, 1e-4),    # file: lower edge 4.9e-7 (49 MeV) .. 1.3e-6 (10 MeV); upper edge 1.9e-3 (31 MeV)
        ("hb_stars", 0.1, 1e-6),      # file: 8.1e-9 at 0.102 MeV, up to the 1 GeV^-1 ceiling
        ("sn1987a", 10.0, 1e-7),      # file: 7.5e-9 < g < 1e-6 for m < 79 MeV
        ("bbn_neff", 1.0, 1e-12),     # file: below 2.35e-8 at 1.06 MeV, above the closing chord
        ("sne_explosion", 10.0, 1e-7),  # file: lower edge 4.4e-10 at 9.9 MeV
    ],
)
def test_point_far_inside_each_region(key, m_MeV, g_per_GeV):
    g = float(limits.per_gev_to_per_mev(g_per_GeV))
    assert bool(limits.curve(key).excludes(m_MeV, g))
    assert bool(limits.excludes(m_MeV, g_gg_per_MeV=g)[key])


def test_point_far_outside_every_region():
    """2 GeV, 1e-6 GeV^-1: above the BBN curve (2.8e-11 at 1 GeV, falling), beyond every other file's masses."""
    ex = limits.excludes(2000.0, g_gg_per_MeV=float(limits.per_gev_to_per_mev(1e-6)))
    assert set(ex) == KEYS and not any(bool(v) for v in ex.values())


def test_g_mu_plane_is_the_g_gg_plane_through_the_exact_loop():
    m = np.geomspace(0.1, 200, 40)
    g_mu = np.geomspace(1e-7, 1e-1, 40)
    M, G = np.meshgrid(m, g_mu)
    a = limits.excludes(M, g_mu=G)
    b = limits.excludes(M, g_gg_per_MeV=np.abs(pheno.g_gg(G, M)))
    for k in KEYS:
        assert np.array_equal(a[k], b[k])
    assert np.array_equal(limits.excludes(M, g_mu=-G)["beam_dump"], a["beam_dump"])  # only |g_gg| enters


# ------------------------------------------------------------------------------------------ the band
def test_band_at_30_MeV_is_excluded_by_beam_dumps_and_not_at_1_MeV():
    # band |g_gg| ~ 6e-6 GeV^-1 (paper's limit 2 alpha g_mu/(3 pi m_mu) with g_mu ~ 4e-4); beam-dump file at 30 MeV:
    # 5e-7 < g < 2e-3 (excluded); at 1 MeV its lower edge is 1.2e-5 GeV^-1 (log interpolation 18.95 keV - 1.63 MeV)
    assert "beam_dump" in limits.excluded_by(30.0, "2021")["whole"]
    ex1 = limits.excluded_by(1.0, "2021")
    assert "beam_dump" not in ex1["whole"] and "beam_dump" not in ex1["part"]
    assert limits.excluded_by(1.0, "2021", curve_list=limits.curves(("robust", "cosmology")))["band_open"]


def test_open_window_edges_sit_on_the_file_segments_that_bound_them():
    w = limits.open_windows("2021", 2, ("robust", "cosmology"), (0.1, 200.0), n_grid=81, rel_tol=1e-5)
    (a, b), (c, d) = w[0], w[1]
    # BBN+N_eff large-coupling edge: file vertices at 281.5-293.2 keV for g = 6.9e-6 .. 1.9e-5 GeV^-1
    assert 0.2815 <= a <= 0.2932
    # beam-dump lower edge between the file vertices (1.632 MeV, 7.224e-6) and (10.43 MeV, 1.256e-6) GeV^-1:
    assert 1.632 < b < 10.43
    t = (np.log(b) - np.log(1.6316685299080089)) / (np.log(10.425631537529849) - np.log(1.6316685299080089))
    g_edge = np.exp(np.log(7.223808654104105e-06) + t * (np.log(1.2561050858340262e-06) - np.log(7.223808654104105e-06)))
    low_gg = float(np.abs(pheno.g_gg(pheno.gm2_band(b, "2021", 2)[0], b))) * 1e3
    assert low_gg == pytest.approx(g_edge, rel=1e-4)
    # the paper's O(100) MeV window, up to the end of the range searched
    assert 100.0 < c < 200.0 and d == 200.0
    # the whole band escapes up to where the same beam-dump segment meets the band's upper edge
    (_, e), _ = limits.open_windows("2021", 2, ("robust", "cosmology"), (0.1, 200.0), n_grid=81, rel_tol=1e-5,
                                    mode="all")
    t = (np.log(e) - np.log(1.6316685299080089)) / (np.log(10.425631537529849) - np.log(1.6316685299080089))
    g_edge = np.exp(np.log(7.223808654104105e-06) + t * (np.log(1.2561050858340262e-06) - np.log(7.223808654104105e-06)))
    high_gg = float(np.abs(pheno.g_gg(pheno.gm2_band(e, "2021", 2)[1], e))) * 1e3
    assert 1.632 < e < b and high_gg == pytest.approx(g_edge, rel=1e-4)


def test_audit_rows():
    from mevscalar import paper
    from mevscalar.steps.s90_paper_audit import COLUMNS

    assert dict(paper.ROW_BUILDERS)["mevscalar.limits"] is paper.limits_rows
    rows = paper.limits_rows()
    assert all(set(COLUMNS) <= set(r) for r in rows)
    assert 0.2815 <= rows[0]["ours"] <= 0.2932 and rows[0]["paper"] == 2.0
    by = {r["quantity"]: r for r in rows}
    robust = [r for q, r in by.items() if "robust bounds only" in q][0]
    assert robust["paper"] == "1-2 MeV" and robust["ours"].startswith("[0.177, 3.06]")
    whole = [r for q, r in by.items() if q.startswith("m_phi window(s) [MeV] where the whole")][0]
    assert whole["ours"].startswith("[0.285, 1.8]")


def test_audit_rows_is_a_deprecated_alias_of_paper_limits_rows(monkeypatch):
    from mevscalar import paper

    sentinel = [{"quantity": "sentinel"}]
    monkeypatch.setattr(paper, "limits_rows", lambda: sentinel)
    with pytest.warns(DeprecationWarning, match="paper.limits_rows"):
        assert limits.audit_rows() is sentinel


# ------------------------------------------------------------------------------------------ user curves
def test_user_curve_in_the_shipped_format(tmp_path):
    p = tmp_path / "box.txt"
    p.write_text("# my box\n# m_a [eV]  g [GeV^-1]\n1e6 1e-8\n1e7 1e-8\n1e7 1e-6\n1e6 1e-6\n")
    c = limits.read_curve_file(p)
    assert c.shape == "polygon" and c.name == "box"
    assert bool(c.excludes(3.0, 1e-10)) and not bool(c.excludes(30.0, 1e-10))
    p.write_text("# shape: upper_limit\n# name: my bound\n1e6 1e-8\n1e7 1e-9\n")
    c = limits.read_curve_file(p)
    assert c.shape == "upper_limit" and c.name == "my bound"
    assert bool(c.excludes(3.0, 1e-9)) and not bool(c.excludes(3.0, 1e-13))


@pytest.mark.parametrize(
    "text,match",
    [("1e6\n", "two columns"), ("1e6 abc\n2e6 1\n", "must be numbers"), ("-1 1e-8\n2 1e-8\n", "> 0"),
     ("1e6 1e-8\n", "at least 2"), ("# shape: blob\n1 1\n2 2\n", "shape")],
)
def test_bad_user_curve(tmp_path, text, match):
    p = tmp_path / "bad.txt"
    p.write_text(text)
    with pytest.raises(ParameterError, match=match):
        limits.read_curve_file(p)
    with pytest.raises(ParameterError, match="no such curve file"):
        limits.read_curve_file(tmp_path / "missing.txt")


# ------------------------------------------------------------------------------------------ CLI
def test_cli_limits_json(capsys):
    from mevscalar.cli import main

    assert main(["limits", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {c["key"] for c in out["curves"]} == KEYS
    for c in out["curves"]:
        assert {"name", "citation", "source", "plane", "reinterpreted", "status", "licence"} <= set(c)
    assert len(out["not_shipped"]) >= 5
    assert main(["limits", "--status", "robust", "--json"]) == 0
    assert {c["key"] for c in json.loads(capsys.readouterr().out)["curves"]} == {"beam_dump", "hb_stars"}
    assert main(["limits"]) == 0
    assert "beam_dump" in capsys.readouterr().out


def test_cli_gm2_band_excluded_by(capsys):
    from mevscalar.cli import main

    assert main(["gm2-band", "--m-phi", "30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for k in ("m_phi_MeV", "dataset", "g_mu_1sigma", "g_mu_2sigma", "g_gg_1sigma_per_MeV", "g_gg_2sigma_per_MeV"):
        assert k in out
    assert "beam_dump" in out["excluded_by"] and out["band_open"] is False


@pytest.mark.parametrize("argv,flag", [(["limits", "--status", "bogus"], "--status"),
                                       (["limits", "--status", ","], "--status"),
                                       (["gm2-band", "--m-phi", "0"], "m_phi")])
def test_cli_bad_input_one_line_exit_2(argv, flag, capsys):
    from mevscalar.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and flag in err[0]


# ------------------------------------------------------------------------------------------ Fig. 1
def test_fig1_with_a_user_curve_in_the_shipped_format(tmp_path, monkeypatch):
    from mevscalar.steps import s30_fig1

    p = tmp_path / "mine.txt"
    p.write_text("# shape: upper_limit\n1e5 1e-7\n1e8 1e-7\n")
    curves = s30_fig1.read_exclusions([p])
    assert curves[0]["shape"] == "upper_limit" and curves[0]["g_gg_per_GeV"][0] == pytest.approx(1e-7)
    monkeypatch.setenv(s30_fig1.ENV_VAR, str(p))
    out = tmp_path / "out"
    out.mkdir()
    names = {n for n, _ in s30_fig1.run(out)}
    assert {"fig1_g_gg.png", "fig1_g_gg.pdf", "fig1_g_gg.json"} == names
    assert all((out / n).stat().st_size > 0 for n in names)
    data = json.loads((out / "fig1_g_gg.json").read_text())
    assert {c["key"] for c in data["limits"]} == KEYS and data["user_curves"] == ["mine"]
    w = data["2021"]["open_windows_2sigma_MeV"]["robust+cosmology"]
    assert 0.2815 <= w[0][0] <= 0.2932
