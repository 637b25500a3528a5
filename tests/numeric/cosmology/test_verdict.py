"""cosmology.verdict: the scenario maps, the BR_nunu windows with the flavour bracket, the verdict, the audit rows.

Reference values: the windows of a stub N_eff that is linear in log10 BR_nunu are known in closed form
(N_eff = 3 + 0.5 log10(BR/1e-3) is inside Planck 2018's 2 sigma band 2.99 +- 0.34 for
log10(BR/1e-3) in [(2.65 - 3)/0.5, (3.33 - 3)/0.5]); the chain map is checked point by point against the
scalar chain.evaluate (an independent code path: scalar exact T_D root instead of the vectorised grid).
One real solver point runs through the scan engine.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from mevscalar.numeric.cosmology import chain
from mevscalar.numeric.cosmology import verdict as v

from mevscalar.data import neff_dataset
from mevscalar.validate import ParameterError

from verdict_stub import CALLS, stub_point  # noqa: E402  (tests/ is on sys.path, like collision_reference)


@pytest.fixture
def stubbed(monkeypatch):
    import concurrent.futures as cf

    monkeypatch.setattr(v, "timed_point", stub_point)
    monkeypatch.setattr(v, "_CACHE", {})
    CALLS.clear()
    with cf.ThreadPoolExecutor(2) as ex:
        yield ex


def test_windows_of_a_known_stub_and_the_bracket(stubbed):
    brs = np.geomspace(1e-5, 1e-1, 9)
    maps = {("2021", fl): v.scenario_map([1.5, 2.0], brs, "2021", fl, stubbed) for fl in v.FLAVOURS}
    assert maps[("2021", "unmixed")]["n_eff"].shape == (2, 9)
    lo_b, hi_b = neff_dataset("planck2018").band(2.0)
    w = v.windows(maps, {"2021": v.chain_map([1.5, 2.0], brs, "2021")})
    for e in w:
        (lo, hi, elo, ehi), = e["unmixed"]
        assert lo == pytest.approx(1e-3 * 10 ** ((lo_b - 3.0) / 0.5), rel=1e-9)
        assert hi == pytest.approx(1e-3 * 10 ** ((hi_b - 3.0) / 0.5), rel=1e-9)
        assert not elo and not ehi
        (mlo, mhi, _, _), = e["mixed"]
        assert mlo == pytest.approx(1e-3 * 10 ** ((lo_b - 2.75) / 0.5), rel=1e-9)
        assert e["bracket"] == (pytest.approx(lo), pytest.approx(mhi))
        assert "chain" in e


def test_solver_points_are_memoised(stubbed):
    brs = [1e-4, 1e-3]
    v.scenario_map([1.5], brs, "2021", "unmixed", stubbed)
    n = len(CALLS)
    assert n == 2
    v.scenario_map([1.5], brs, "2021", "unmixed", stubbed)
    assert len(CALLS) == n  # nothing recomputed
    v.scenario_map([1.5], brs, "2021", "mixed", stubbed)
    assert len(CALLS) == n + 2  # another flavour is another point


def test_timeout_is_a_recorded_runtime_error(monkeypatch):
    from mevscalar.numeric.cosmology import scan

    monkeypatch.setattr(scan, "boltzmann_point", lambda *a, **k: time.sleep(5))
    t = time.perf_counter()
    with pytest.raises(v.PointTimeout):
        v.timed_point(1.5, 1e-3, 3.7e-4, {}, timeout=0.2)
    assert time.perf_counter() - t < 2.0
    assert issubclass(v.PointTimeout, RuntimeError)  # the runner records RuntimeErrors in the error column


def test_chain_map_matches_scalar_chain_evaluate():
    brs = [1e-4, 1e-3, 1e-2]
    cm = v.chain_map([1.5, 2.0], brs, "2025")
    for i, m in enumerate(cm["m_phi_MeV"]):
        for j, b in enumerate(brs):
            c = chain.evaluate(m, cm["g_mu"][i], br_nunu=b)
            assert cm["n_eff"][i, j] == pytest.approx(c.n_eff, rel=1e-6)


def test_verdict_logic_on_synthetic_windows():
    def e(ds, m, ivs):
        return {"dataset": ds, "m_phi_MeV": m, "unmixed": ivs, "mixed": ivs, "chain": [(2e-4, 3e-4, False, False)]}

    inside = [(2e-3, 5e-3, False, False)]
    below = [(1e-4, 5e-4, False, False)]
    r = v.verdict([e("2021", 1.0, inside), e("2021", 2.0, inside)])
    assert r["survives"]["2021/unmixed"] == "yes" and r["survives"]["2021/chain"] == "no"
    assert r["headline"].startswith("The paper's conclusion survives")
    r = v.verdict([e("2021", 1.0, inside), e("2021", 2.0, below)])
    assert r["survives"]["2021/mixed"] == "partly" and "in part" in r["headline"]
    r = v.verdict([e("2021", 1.0, below), e("2025", 1.5, []), e("2025", 4.0, inside)])  # 4 MeV is outside 1-2
    assert set(r["survives"].values()) == {"no"} and "does not survive" in r["headline"]


def test_bad_input_names_the_parameter(stubbed):
    with pytest.raises(ParameterError, match="m_phi"):
        v.scenario_map([100.0], [1e-3], "2021", "unmixed", stubbed)
    with pytest.raises(ParameterError, match="dataset"):
        v.scenario_map([1.0], [1e-3], "2099", "unmixed", stubbed)
    with pytest.raises(ParameterError, match="flavour"):
        v.scenario_map([1.0], [1e-3], "2021", "both", stubbed)
    with pytest.raises(ParameterError, match="br_nunu"):
        v.chain_map([1.0], [1.5], "2021")
    with pytest.raises(ParameterError, match="n_br"):
        v.default_brs(1)


def test_default_grid_holds_the_paper_masses():
    ms = v.default_masses(3)
    assert set(v.PAPER_MASSES) <= set(ms.tolist()) and ms.min() == 0.5 and ms.max() == 5.0
    bs = v.default_brs(9)
    assert bs[0] == pytest.approx(1e-5) and bs[-1] == pytest.approx(1e-1)


def test_audit_rows_format(stubbed, monkeypatch):
    """The solver's audit rows are built in mevscalar.paper (verdict only evaluates)."""
    from mevscalar import paper
    from mevscalar.steps.s90_paper_audit import COLUMNS

    assert not hasattr(v, "audit_rows")
    monkeypatch.setattr(v, "default_brs", lambda n=None: np.geomspace(1e-5, 1e-1, 5))
    rows = paper.verdict_rows(stubbed)
    assert rows and all(set(COLUMNS) <= set(r) for r in rows)
    sm = rows[-1]
    assert sm["paper"] == 3.0440 and abs(sm["rel_diff"]) < 2e-3  # thermal approach vs Bennett et al. 2021
    assert sum("window" in r["quantity"] for r in rows) == len(paper.SOLVER_AUDIT_MASSES_MEV)
    n_points = len(paper.SOLVER_AUDIT_MASSES_MEV) * len(paper.SOLVER_AUDIT_BRS) * len(v.FLAVOURS)
    assert sum(r["quantity"].startswith("N_eff at m_phi") for r in rows) == n_points


def test_one_real_solver_point_through_the_engine(monkeypatch):
    import concurrent.futures as cf

    monkeypatch.setattr(v, "_CACHE", {})
    g = v._g_mu("2021", 1.5)
    with cf.ThreadPoolExecutor(1) as ex:
        (r,) = v.solve_points([{"m_phi_MeV": 1.5, "br_nunu": 1e-3, "g_mu": g}], "mixed", executor=ex)
    if r["error"]:
        pytest.skip(f"solver failed at the test point: {r['error']}")
    # phi -> nu nu after the SM decoupling heats the neutrinos: N_eff above the SM 3.044
    assert math.isfinite(r["n_eff"]) and r["n_eff"] > 3.05


def test_refine_edges_finds_the_solver_roots(monkeypatch):
    """A nonlinear stub N_eff(BR) = 3 + 0.5 u + 0.05 u^3 (u = log10(BR/1e-3)) on a coarse 7-point grid: the
    interpolated edges miss its band crossings; refine_edges must land on the stub's own roots (numpy's
    polynomial roots, an independent path) to its xtol."""
    from mevscalar.numeric.cosmology import scan

    def f(b):
        u = math.log10(b / 1e-3)
        return 3.0 + 0.5 * u + 0.05 * u**3

    calls = []

    def stub(m, br, g, options=None):
        calls.append(options.get("flavour"))
        return {"n_eff": f(br), "t_nu_over_t_gamma_final": 0.0}

    monkeypatch.setattr(scan, "boltzmann_point", stub)
    brs = np.geomspace(1e-5, 1e-1, 7)
    mp = {"m_phi_MeV": np.array([1.5]), "br_nunu": brs, "g_mu": np.array([3.7e-4]),
          "n_eff": np.array([[f(b) for b in brs]])}
    maps = {("2021", "unmixed"): mp}
    lo_b, hi_b = neff_dataset("planck2018").band(2.0)
    w = v.windows(maps)
    r = v.refine_edges(w, maps, xtol=1e-4)
    (lo, hi, _, _), = r[0]["unmixed"]
    exact = []
    for bound in (lo_b, hi_b):
        roots = np.roots([0.05, 0.0, 0.5, 3.0 - bound])
        u = float(roots[np.abs(roots.imag) < 1e-12].real[0])
        exact.append(1e-3 * 10**u)
    assert lo == pytest.approx(exact[0], rel=3e-4) and hi == pytest.approx(exact[1], rel=3e-4)
    (ilo, ihi, _, _), = w[0]["unmixed"]
    assert abs(ilo / exact[0] - 1) > 1e-3 or abs(ihi / exact[1] - 1) > 1e-3  # the grid alone does not get there
    assert r[0]["refined"] and r[0]["bracket"] == (lo, hi) and set(calls) == {"unmixed"}


def test_refine_edges_and_windows_share_one_interval_search(monkeypatch):
    """refine_edges chooses its brackets and bounds through scan._intervals, as windows does (one function)."""
    from mevscalar.numeric.cosmology import scan

    seen = []
    real = scan._intervals

    def spy(grid, neff, lo_b, hi_b, f, **kw):
        seen.append(kw.get("xtol"))
        return real(grid, neff, lo_b, hi_b, f, **kw)

    monkeypatch.setattr(scan, "_intervals", spy)
    monkeypatch.setattr(scan, "boltzmann_point",
                        lambda m, br, g, options=None: {"n_eff": 3.0 + 0.5 * math.log10(br / 1e-3)})
    brs = np.geomspace(1e-5, 1e-1, 7)
    mp = {"m_phi_MeV": np.array([1.5]), "br_nunu": brs, "g_mu": np.array([3.7e-4]),
          "n_eff": np.array([[3.0 + 0.5 * math.log10(b / 1e-3) for b in brs]])}
    w = v.windows({("2021", "unmixed"): mp})
    v.refine_edges(w, {("2021", "unmixed"): mp}, xtol=1e-3)
    assert seen == [None, 1e-3]


def test_window_formatters_and_overlap():
    """The text forms the verdict, the s70 step and the paper audit print, and the overlap test they rest on."""
    two = [(1e-5, 3e-4, True, False), (0.002, 0.1, False, True)]
    assert v.format_windows([]) == "none" and v.format_windows(two) == "[<=1e-05, 0.0003] U [0.002, >=0.1]"
    assert v.format_bracket(None) == "none" and v.format_bracket((1.4e-4, 2.2e-3)) == "[0.00014, 0.0022]"
    ivs = [(1.4e-4, 7.8e-4, False, False)]
    assert v.overlaps(ivs, 5e-4, 1e-2) and not v.overlaps(ivs, 1e-3, 1e-2) and not v.overlaps([], 0.0, 1.0)
    assert v.overlaps(ivs, 7.8e-4, 1e-2)  # touching ends overlap
