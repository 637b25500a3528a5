"""The reproduce step for the Boltzmann check writes its figure and a table consistent with the API."""

from __future__ import annotations

import json
import math

from mevscalar.cosmology import boltzmann


def test_s70_step_writes_figure_and_consistent_table(tmp_path):
    from mevscalar.steps import s70_boltzmann

    names = [rel for rel, _ in s70_boltzmann.run(tmp_path)]
    for ext in ("png", "pdf", "json", "md"):
        assert f"boltzmann.{ext}" in names and (tmp_path / f"boltzmann.{ext}").stat().st_size > 0
    d = json.loads((tmp_path / "boltzmann.json").read_text())
    assert d["rows"] and all(math.isfinite(r["n_eff_boltzmann"]) for r in d["rows"])
    # N_eff grows with BR_nunu at fixed m_phi (more entropy shared with neutrinos)
    for m in {r["m_phi_MeV"] for r in d["rows"]}:
        ne = [r["n_eff_boltzmann"] for r in sorted(d["rows"], key=lambda r: r["br_nunu"]) if r["m_phi_MeV"] == m]
        assert all(b > a for a, b in zip(ne, ne[1:])), (m, ne)
    # the table's SM value is the API's, not a copy
    assert d["sm_n_eff_boltzmann"] == boltzmann.sm_n_eff()
