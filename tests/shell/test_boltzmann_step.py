"""The s70 reproduce step (the verdict) on a tiny grid with a stubbed solver: files, windows, verdict text.

The solver itself is exercised in tests/numeric/cosmology/test_boltzmann.py and tests/numeric/cosmology/test_verdict.py; here the stub
N_eff = 3 + 0.5 log10(BR/1e-3) (unmixed; mixed 0.25 lower) makes the windows known in closed form.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

pytest.importorskip("matplotlib")


from verdict_stub import stub_point  # noqa: E402  (tests/ is on sys.path)


class _FakeResult:
    def __init__(self, m, br, flavour):
        self.n_eff = 3.0 + 0.5 * math.log10(br / 1e-3)
        self.species = ("nu_1", "nu_2", "nu_3") if flavour == "unmixed" else ("nu_e", "nu_mu,tau")
        self.t_gamma = np.geomspace(10.0, 0.03, 20)
        self.t_nu_over_t_gamma = np.tile(np.linspace(1.0, 0.72, 20), (len(self.species), 1))


@pytest.fixture
def tiny(monkeypatch):
    from mevscalar.numeric.cosmology import boltzmann as bz
    from mevscalar.numeric.cosmology import verdict as v
    from mevscalar.steps import s60_neff_map as s60
    from mevscalar.steps import s70_boltzmann as s70

    monkeypatch.setattr(v, "timed_point", stub_point)
    monkeypatch.setattr(v, "_CACHE", {})
    monkeypatch.setattr(s60, "_MAPS", {})
    monkeypatch.setattr(s60, "N_M", 0)  # the paper's three masses only
    monkeypatch.setattr(s60, "N_BR", 5)
    monkeypatch.setattr(s60, "EXECUTOR", "thread")
    monkeypatch.setattr(s70, "PAPER_MASSES", (1.5,))
    monkeypatch.setattr(s70, "PAPER_BRS", (1e-3,))
    monkeypatch.setattr(s70, "CURVE_POINTS", ((1.5, 1e-3),))
    monkeypatch.setattr(bz, "evolve", lambda m, g, br_nunu, flavour, **k: _FakeResult(m, br_nunu, flavour))
    monkeypatch.setattr(bz, "sm", lambda **k: type("SM", (), {"n_eff": 3.0435})())
    return s70


def test_s70_step_writes_figure_table_and_verdict(tmp_path, tiny):
    names = [rel for rel, _ in tiny.run(tmp_path)]
    for ext in ("png", "pdf", "json", "md"):
        assert f"boltzmann.{ext}" in names and (tmp_path / f"boltzmann.{ext}").stat().st_size > 0
    d = json.loads((tmp_path / "boltzmann.json").read_text())
    lo_b, hi_b = 2.99 - 0.34, 2.99 + 0.34  # Planck 2018 2 sigma
    ws = d["windows"]
    assert {w["dataset"] for w in ws} == {"2021", "2025"} and len(ws) == 6
    for w in ws:
        (lo, hi, *_), = w["unmixed"]
        assert lo == pytest.approx(1e-3 * 10 ** ((lo_b - 3.0) / 0.5), rel=1e-9)
        assert hi == pytest.approx(1e-3 * 10 ** ((hi_b - 3.0) / 0.5), rel=1e-9)
        assert w["bracket"][1] == pytest.approx(1e-3 * 10 ** ((hi_b - 2.75) / 0.5), rel=1e-9)
    # the stub's windows overlap 1e-3 - 1e-2 for every data set and flavour: the claim survives there
    assert all(d["verdict"]["survives"][f"{ds}/{fl}"] == "yes" for ds in ("2021", "2025") for fl in ("unmixed", "mixed"))
    md = (tmp_path / "boltzmann.md").read_text()
    assert "## Verdict" in md and d["verdict"]["headline"] in md
    assert d["paper_points"][0]["n_eff_unmixed"] == pytest.approx(3.0)
    assert len(d["curves"]) == 2 and d["curves"][0]["species"] == ["nu_1", "nu_2", "nu_3"]
