"""Reproduce steps of the pheno area: Fig. 1 (with and without user exclusion CSVs) and the Sec. II tables."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mevscalar.numeric import pheno
from mevscalar.steps import s30_fig1, s31_pheno_tables
from mevscalar.validate import ParameterError


def test_fig1_writes_png_pdf_json_and_band_matches_api(tmp_path, monkeypatch):
    monkeypatch.delenv(s30_fig1.ENV_VAR, raising=False)
    written = s30_fig1.run(tmp_path)
    names = {p for p, _ in written}
    assert {"fig1_g_gg.png", "fig1_g_gg.pdf", "fig1_g_gg.json"} <= names
    for n in names:
        assert (tmp_path / n).stat().st_size > 0
    data = json.loads((tmp_path / "fig1_g_gg.json").read_text())
    m = np.asarray(data["m_phi_MeV"])
    assert m[0] == pytest.approx(0.1) and m[-1] == pytest.approx(200.0)
    hi = np.asarray(data["2021"]["2sigma"]["g_gg_high_per_MeV"])
    _, g_hi = pheno.gm2_band(m, "2021", 2)
    assert np.allclose(hi, np.abs(pheno.g_gg(g_hi, m)), rtol=1e-15)
    assert data["2025"]["2sigma"]["reaches_zero"] and not data["2021"]["2sigma"]["reaches_zero"]


def test_fig1_user_exclusion_csv(tmp_path, monkeypatch):
    csv = tmp_path / "beamdump.csv"
    csv.write_text("m_phi_MeV,g_gg_per_GeV,name,side\n1,1e-5,beam dump,above\n10,3e-6,beam dump,above\n"
                   "1,1e-8,SN1987A,\n100,1e-8,SN1987A,\n")
    curves = s30_fig1.read_exclusions([csv])
    assert sorted(c["name"] for c in curves) == ["SN1987A", "beam dump"]
    monkeypatch.setenv(s30_fig1.ENV_VAR, str(csv))
    out = tmp_path / "out"
    out.mkdir()
    s30_fig1.run(out)
    assert (out / "fig1_g_gg.png").stat().st_size > 0


@pytest.mark.parametrize(
    "text,match",
    [
        ("m,g\n1,2\n", "needs columns"),
        ("m_phi_MeV,g_gg_per_GeV\n1,abc\n", "must be numbers"),
        ("m_phi_MeV,g_gg_per_GeV\n-1,1e-5\n", "must be > 0"),
        ("m_phi_MeV,g_gg_per_GeV,side\n1,1e-5,left\n", "side"),
    ],
)
def test_fig1_bad_csv(tmp_path, text, match):
    p = tmp_path / "bad.csv"
    p.write_text(text)
    with pytest.raises(ParameterError, match=match):
        s30_fig1.read_exclusions([p])
    with pytest.raises(ParameterError, match="no such CSV"):
        s30_fig1.read_exclusions([tmp_path / "missing.csv"])


def test_tables_step(tmp_path):
    written = dict(s31_pheno_tables.run(tmp_path))
    assert set(written) == {"pheno_tables.md", "pheno_tables.json"}
    t = json.loads((tmp_path / "pheno_tables.json").read_text())
    assert [r["m_phi_MeV"] for r in t["g_gg_exact_vs_limit"]] == [1.0, 10.0, 100.0, 200.0]
    modes = {r["nunu"]: r for r in t["widths_eq4_vs_majorana"]}
    assert modes["majorana"]["gamma_nunu_MeV"] == pytest.approx(2 * modes["eq4"]["gamma_nunu_MeV"], rel=1e-14)
    # same BR needs a sqrt(2) smaller coupling with the (twice larger) Majorana width
    assert modes["eq4"]["g_nu3_for_br_1e-2"] / modes["majorana"]["g_nu3_for_br_1e-2"] == pytest.approx(2**0.5, rel=1e-12)
    md = (tmp_path / "pheno_tables.md").read_text()
    assert "| 2025 | 2 |" in md and "Paper audit" in md
