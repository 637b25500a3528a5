"""Derived once, used everywhere (issue 10): each test fails if a formula or a paper number is typed a second time.

* The evaluators call the generated kernels for F_rho, g_*(T), Eq. 7 inverted and the Eq. 11 / Hubble constants:
  replacing a kernel changes the evaluator (a retyped copy would not follow).
* The paper's inputs and printed numbers appear as number literals only in mevscalar/paper.py (tokenised source of
  the shell and the evaluators; documentation strings and comments are not numbers).
* Every audit row comes from a builder that mevscalar.paper.ROW_BUILDERS lists, all defined in mevscalar.paper; no
  evaluator, step or model module builds rows (model.uv, benchmark, limits and steps.s80_bbn keep one-release
  aliases that delegate to paper; the last two warn).
* One interval search (scan._intervals) and one contour helper (steps.band_contours) serve every caller.
"""

from __future__ import annotations

import io
import pathlib
import tokenize

import numpy as np
import pytest

import mevscalar
from mevscalar import paper

ROOT = pathlib.Path(mevscalar.__file__).resolve().parent.parent

#: the paper's inputs and printed numbers (mevscalar.paper), as they would be typed
PAPER_LITERALS = {"0.059", "0.059e-6", "2.5e-10", "1.66", "1.67", "240.0", "240", "8.7e-3", "10e3", "1e4",
                  "700e3", "7e5", "10.75", "2.9913", "0.1690", "2.51e-9", "1e-13", "0.4", "0.8", "2.3"}
#: number literals that coincide with a paper number but mean something else, per file (checked by hand)
ALLOWED = {
    "numeric/neutrino.py": {"240", "1e4"},  # _EXP_D = 240 (a binary exponent), a test-point scale
    "numeric/pheno.py": {"1e4"},  # a mass range end
    "numeric/cosmology/thermo.py": {"1e4"},
    "numeric/cosmology/boltzmann.py": {"1e-13"},  # tolerances
    "numeric/cosmology/neff.py": {"1e-13"},
    "numeric/cosmology/scan.py": {"1e-13"},
    "mevscalar/steps/s31_pheno_tables.py": {"1e4"},
}
PLOT_ALPHAS = {"0.8", "0.4"}  # line widths and alphas in the plotting steps


def _numbers(path: pathlib.Path) -> set:
    toks = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return {t.string for t in toks if t.type == tokenize.NUMBER}


def test_paper_numbers_are_typed_only_in_paper_py():
    bad = {}
    for folder in ("mevscalar", "numeric"):
        for p in sorted((ROOT / folder).rglob("*.py")):
            rel = p.relative_to(ROOT).as_posix()
            if rel == "mevscalar/paper.py":
                continue
            hits = _numbers(p) & PAPER_LITERALS
            hits -= ALLOWED.get(rel, set())
            if rel.startswith("mevscalar/steps/"):
                hits -= PLOT_ALPHAS
            if hits:
                bad[rel] = sorted(hits)
    assert not bad, f"paper numbers typed outside mevscalar/paper.py: {bad}"
    assert {"0.059", "2.5e-10", "1.66", "1.67", "240.0", "10.75"} <= _numbers(ROOT / "mevscalar/paper.py")


def test_benchmark_reads_the_paper_inputs():
    from mevscalar import benchmark as bm

    assert (bm.G_NU3_EQ21, bm.Y_MU, bm.MU_PHI_MEV, bm.M_HP_MEV, bm.LAMBDA_N) == (
        paper.G_NU3, paper.Y_MU, paper.MU_PHI_MEV, paper.M_HP_MEV, paper.LAMBDA_N)


def test_audit_rows_only_from_the_listed_builders(monkeypatch):
    import importlib
    import pkgutil

    import mevscalar.numeric as numeric
    import mevscalar.steps as steps
    from mevscalar import benchmark as bm
    from mevscalar import limits
    from mevscalar.steps import s80_bbn

    for m in pkgutil.walk_packages(numeric.__path__, "mevscalar.numeric."):
        if m.name.endswith(".bbn") or "._" in m.name:
            continue
        assert not hasattr(importlib.import_module(m.name), "audit_rows"), m.name
    names = [b.__name__ for _, b in paper.ROW_BUILDERS]
    assert len(set(names)) == len(names)
    for _, b in paper.ROW_BUILDERS:  # every builder, the limit curves' and the BBN step's included
        assert b.__module__ == "mevscalar.paper", b
    # no step builds rows: s80_bbn keeps only its one-release alias (checked below)
    for m in pkgutil.iter_modules(steps.__path__, "mevscalar.steps."):
        if m.name != "mevscalar.steps.s80_bbn":
            assert not hasattr(importlib.import_module(m.name), "audit_rows"), m.name
    # the one-release aliases delegate: no second copy of the rows (limits and s80_bbn warn as well)
    sentinel = [{"quantity": "sentinel"}]
    monkeypatch.setattr(paper, "benchmark_rows", lambda oscillation="pdg2020": sentinel)
    assert bm.audit_rows() is sentinel
    for mod, builder in ((limits, "limits_rows"), (s80_bbn, "bbn_rows")):
        monkeypatch.setattr(paper, builder, lambda: sentinel)
        with pytest.warns(DeprecationWarning, match=f"mevscalar.paper.{builder}"):
            assert mod.audit_rows() is sentinel
        src = pathlib.Path(mod.__file__).read_text(encoding="utf-8")
        body = src[src.index("def audit_rows"):].split("\ndef ", 1)[0]
        assert f"return paper.{builder}()" in body and "row(" not in body, mod.__name__
    src = (ROOT / "model/uv.py").read_text(encoding="utf-8")
    body = src[src.index("def audit_rows"):]
    assert "return paper.uv_rows()" in body and "row(" not in body.split("def ", 2)[1]


def test_evaluators_follow_the_generated_kernels(monkeypatch):
    from mevscalar.generated import decoupling_np as K
    from mevscalar.numeric.cosmology import decoupling as dec
    from mevscalar.numeric.cosmology import neff

    monkeypatch.setattr(K, "F_rho_fermion", lambda y: np.full(np.shape(y), 0.25))
    monkeypatch.setattr(K, "F_rho_boson", lambda y: np.full(np.shape(y), 0.5))
    assert dec.energy_density_fraction(1.0) == 0.25 and dec.energy_density_fraction(1.0, fermion=False) == 0.5
    monkeypatch.setattr(K, "g_star_of_F", lambda fe, fphi, n: 100.0 * fe + 10.0 * fphi + n)
    assert dec.g_star_of_t(1.0, m_phi=1.0, n_nu=3, include_phi=True) == pytest.approx(25.0 + 5.0 + 3.0)
    monkeypatch.setattr(K, "eq11_constant_eq10", lambda: 7.0)
    monkeypatch.setattr(K, "hubble_prefactor", lambda: 11.0)
    assert dec.eq11_constant() == 7.0 and dec.hubble_constant() == 11.0
    import mevscalar.numeric.cosmology.neff as nmod

    monkeypatch.setattr(nmod._dk, "tnu_over_tgamma_of_neff", lambda n, nn: n + 1000.0 * nn)
    assert neff.tnu_over_tgamma_of_n_eff(2.0, 3) == 3002.0


def test_benchmark_follows_the_seesaw_kernels(monkeypatch):
    """Eq. 17 inverted and the Eq. 19 elements of the benchmark and its audit row come from the generated kernels."""
    from mevscalar import benchmark as bm
    from mevscalar.generated import seesaw_np as S

    p0, c0 = bm.eq17_inverse(1e-8, 5e-8, 200.0)
    d0 = bm.eq19_product(5e-8, 200.0)
    for name in ("light_m2_eq17", "light_m3_eq17", "light_matrix_eq19"):
        f = getattr(S, name)
        monkeypatch.setattr(S, name, lambda *a, f=f: 4.0 * f(*a))
    p1, c1 = bm.eq17_inverse(1e-8, 5e-8, 200.0)
    assert p1 == pytest.approx(p0 / 4.0, rel=1e-14) and c1 == pytest.approx(c0, rel=1e-14)
    assert bm.eq19_product(5e-8, 200.0) == pytest.approx(d0 / 4.0, rel=1e-14)
    for src in ("mevscalar/benchmark.py", "mevscalar/paper.py"):
        text = (ROOT / src).read_text(encoding="utf-8")
        assert "(m2 + m3) * v_phi" not in text and "(m3 - m2) / (m3 + m2)" not in text, src
        assert "math.sqrt(2.0) * M_NU3_EV" not in text and "/ (math.sqrt(2.0) * V_EW)" not in text, src


def test_fig2_planck_band_is_eq7_inverted(monkeypatch):
    """s40_fig2 converts the Planck band with neff.tnu_over_tgamma_of_n_eff (the generated inverse of Eq. 7)."""
    from mevscalar.numeric.cosmology import neff

    src = (ROOT / "mevscalar/steps/s40_fig2.py").read_text(encoding="utf-8")
    assert "tnu_over_tgamma_of_n_eff" in src and "** 0.25" not in src and "TNU_TGAMMA_SM" not in src
    # the inverse against Eq. 7 itself: the generated forward kernel at T_D >> m_e, heavy phi (F_e = 1, F_phi = 0)
    # gives N_eff = 3 at the SM ratio, and N_eff scales as (T_nu/T_gamma)^4
    from mevscalar.generated import entropy_np as E

    assert float(E.neff_eq7(1.0, 0.0, 0.0, 3.0)) == pytest.approx(3.0, rel=1e-15)
    assert neff.TNU_TGAMMA_SM == pytest.approx((4.0 / 11.0) ** (1.0 / 3.0), rel=1e-15)
    for n in (2.65, 3.0, 3.33):
        r = neff.tnu_over_tgamma_of_n_eff(n)
        assert float(E.neff_eq7(1.0, 0.0, 0.0, 3.0)) * (r / neff.TNU_TGAMMA_SM) ** 4 == pytest.approx(n, rel=1e-14)


def test_one_interval_search_and_one_contour_helper():
    from mevscalar.numeric.cosmology import verdict

    vsrc = (ROOT / "numeric/cosmology/verdict.py").read_text(encoding="utf-8")
    assert "brentq" not in vsrc.replace("brentq on the vectorised chain", "").replace("brentq in ln BR", "")
    assert verdict.refine_edges.__doc__ and "scan._intervals" in verdict.refine_edges.__doc__
    for step in ("s60_neff_map.py", "s80_bbn.py"):
        src = (ROOT / "mevscalar/steps" / step).read_text(encoding="utf-8")
        assert "ax.contour(" not in src and "set_xscale" not in src, step


def test_band_contours_draws_only_reached_levels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from mevscalar.steps import band_contours, level_contour

    x, y = np.geomspace(0.5, 5, 6), np.geomspace(1e-5, 1e-1, 5)
    z = np.add.outer(np.log(x), np.log10(y)) + 4.0  # 3.3 .. 4.6 (plus a NaN)
    z[0, 0] = np.nan
    fig, ax = plt.subplots()
    band_contours(ax, x, y, z, 4.0, 0.1, "k")  # both bands reached
    assert len(ax.collections) == 2
    band_contours(ax, x, y, z, 40.0, 0.1, "k")  # neither
    level_contour(ax, x, y, z, 99.0, colors="r")
    assert len(ax.collections) == 2
    level_contour(ax, x, y, z, 4.0, colors="r")
    assert len(ax.collections) == 3
    band_contours(ax, x[:1], y, z[:1], 4.0, 0.1, "k")  # a 1 x n grid has no contour
    assert len(ax.collections) == 3
    plt.close(fig)


def test_verdict_text_quotes_the_paper_ranges_from_paper_py(monkeypatch):
    from mevscalar.numeric.cosmology import verdict

    monkeypatch.setattr(paper, "BR_RANGE_TEXT", "<BR>")
    monkeypatch.setattr(paper, "TRIANGLE_TEXT", "<M>")
    win = [{"dataset": "2021", "m_phi_MeV": 1.5, "g_mu": 3.7e-4, "nsigma": 2.0, "unmixed": [], "mixed": []}]
    head = verdict.verdict(win)["headline"]
    assert "<BR>" in head and "<M>" in head and "1e-3 - 1e-2" not in head


def test_range_texts_as_the_paper_writes_them():
    assert (paper.BR_RANGE_TEXT, paper.TRIANGLE_TEXT) == ("1e-3 - 1e-2", "1-2 MeV")
