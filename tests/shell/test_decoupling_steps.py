"""The Fig. 2 and N_eff-map reproduce steps run and write what they promise (small grids)."""

from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("matplotlib")


def test_fig2_step(tmp_path):
    from mevscalar.steps import s40_fig2

    written = s40_fig2.run(tmp_path)
    for rel, _ in written:
        assert (tmp_path / rel).stat().st_size > 0
    d = json.loads((tmp_path / "fig2.json").read_text())
    for row in d["rows"]:
        tds = [c["t_d_exact_MeV"] for c in row["curves"]]
        # larger BR_nunu -> larger R -> later (lower-T) decoupling (the paper's statement in Sec. III)
        assert tds == sorted(tds)
        for c in row["curves"]:
            assert c["t_d_eq11_MeV"] <= row["m_phi_MeV"] / 3.5  # decoupling branch: x_D >= 7/2
    lo, hi = d["planck_2sigma_tnu_tgamma"]
    assert lo < (4 / 11) ** (1 / 3) < hi  # the SM value sits inside Planck's 2 sigma


def _stub_point(m_phi_MeV, br_nunu, g_mu, options=None, timeout=None):
    """N_eff = 3 + 0.5 log10(BR/1e-3) (mixed: 0.25 lower): a closed-form stand-in for the solver."""
    import math

    shift = 0.0 if options["flavour"] == "unmixed" else 0.25
    return {"n_eff": 3.0 + 0.5 * math.log10(br_nunu / 1e-3) - shift, "t_nu_over_t_gamma_final": 0.7}


def test_neff_map_step(tmp_path, monkeypatch):
    from mevscalar.numeric.cosmology import chain
    from mevscalar.numeric.cosmology import verdict as v
    from mevscalar.steps import s60_neff_map

    monkeypatch.setattr(v, "timed_point", _stub_point)
    monkeypatch.setattr(v, "_CACHE", {})
    monkeypatch.setattr(s60_neff_map, "_MAPS", {})
    monkeypatch.setattr(s60_neff_map, "N_M", 2)
    monkeypatch.setattr(s60_neff_map, "N_BR", 4)
    monkeypatch.setattr(s60_neff_map, "EXECUTOR", "thread")
    d = s60_neff_map.compute()
    ms = d["chain"]["2021"]["m_phi_MeV"]
    assert ms.tolist() == [0.5, 1.0, 1.5, 2.0, 5.0]  # the ends of 0.5-5 MeV plus the paper's masses
    for ds in ("2021", "2025"):
        cm = d["chain"][ds]
        assert cm["n_eff"].shape == (5, 4) and np.isfinite(cm["n_eff"]).all()
        # the chain panel is the paper's method: Eq. 7 + 12 at the exact T_D (chain.evaluate, scalar path)
        c = chain.evaluate(ms[2], cm["g_mu"][2], br_nunu=cm["br_nunu"][1])
        assert cm["n_eff"][2, 1] == pytest.approx(c.n_eff, rel=1e-6)
        su = d["solver"][(ds, "unmixed")]
        assert su["n_eff"][0, 0] == pytest.approx(3.0 + 0.5 * np.log10(1e-5 / 1e-3))
    written = s60_neff_map.run(tmp_path)
    for rel, _ in written:
        assert (tmp_path / rel).stat().st_size > 0
    names = {rel for rel, _ in written}
    assert {"neff_map.png", "neff_map.pdf", "neff_map.md", "neff_map.json"} <= names
    js = json.loads((tmp_path / "neff_map.json").read_text())
    assert {(m["dataset"], m["method"]) for m in js["maps"]} == {
        (ds, meth) for ds in ("2021", "2025") for meth in ("chain", "boltzmann_unmixed", "boltzmann_mixed")}
