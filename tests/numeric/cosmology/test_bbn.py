"""BBN abundances through LINX (numeric/cosmology/bbn.py, `mev-scalar bbn`, reproduce step s80).

Without the 'bbn' extra only the first tests run (the one-line MissingExtra, a JAX-free import path). With it,
the JAX persistent compilation cache (~/.cache/mev-scalar/jax) keeps this file at ~80 s once warm (load 4); a cold
cache compiles LINX's abundance model and, in a thread at the same time, its own background model (~2 minutes each):
244 s in all with an empty cache at load 4 (docs/bbn.md, Speed).
Reference values: LINX's own Standard-Model pipeline (its BackgroundModel + AbundanceModel), LINX's published
reference abundances, the fitted Y_p(N_eff) slope of Kneller & Steigman, and closed forms for the nu_e mapping.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from mevscalar import data
from mevscalar.cli import main
from mevscalar.numeric.cosmology import bbn
from mevscalar.errors import MissingExtra, ParameterError


# --------------------------------------------------------------------------- without the extra
def test_import_path_is_free_of_jax():
    code = ("import sys, mevscalar.numeric.cosmology.bbn, mevscalar.cli.bbn, mevscalar.steps.s80_bbn, mevscalar.cli; "
            "mevscalar.cli.build_parser(); assert 'jax' not in sys.modules and 'linx' not in sys.modules, "
            "sorted(m for m in sys.modules if m.startswith(('jax', 'linx')))")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_extra_is_one_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "linx", None)  # import linx -> ImportError
    monkeypatch.setattr(bbn, "_JAX", None)
    with pytest.raises(MissingExtra, match=r"needs the 'bbn' extra: pip install 'mev-scalar\[bbn\]'"):
        bbn._precheck({})
    assert main(["bbn", "--sm", "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'bbn' extra" in err[0]


def test_data_sets_are_cited():
    for table in (data.YP, data.DH, data.OMEGA_B):
        for name, m in table.items():
            assert m.name == name and m.sigma > 0 and str(m.year) in m.citation + str(m.year) and m.year >= 2018
    assert data.yp_dataset("aver2021").central == 0.2453
    assert data.dh_dataset("cooke2018").central == 2.527e-5
    assert data.omega_b_dataset("planck2018").central == 0.02242
    with pytest.raises(ParameterError, match="dh dataset"):
        data.dh_dataset("nope")


@pytest.mark.parametrize("argv, word", [
    (["bbn", "--m-phi", "1", "--json"], "g_mu"),
    (["bbn", "--sm", "--m-phi", "1"], "m_phi"),
    (["bbn", "--sm", "--dh-data", "x"], "dh_data (--dh-data)"),
    (["bbn", "--sm", "--network", "x"], "network"),
    (["bbn", "--sm", "--omega-b", "0.5"], "omega_b"),
    (["bbn", "--m-phi", "1", "--g-mu", "1e-4", "--br-nunu", "1e-3", "--g-nu", "1e-9"], "br_nunu"),
    (["bbn-scan", "--out", "x.csv", "--n", "0"], "n_m_phi (--n-m-phi)"),
    (["bbn-scan", "--out", "/nonexistent-folder/x.csv", "--n", "1"], "out"),
    (["bbn-scan", "--out", "x.csv", "--n", "1", "--nu-e", "energy", "--theory", "zz"], "theory (--theory)"),
])
def test_bad_input_is_one_line(argv, word, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and word in err[0]


# --------------------------------------------------------------------------- with the extra
@pytest.fixture(scope="module")
def extra():
    pytest.importorskip("jax")
    pytest.importorskip("linx")
    # LINX's own background model (the reference pipeline) compiles for ~2 minutes with a cold cache: start it now
    # in a thread (XLA compiles without the GIL) so that it overlaps the abundance model's compile and every test
    # that does not need it; the tests that do come last in this file.
    bbn.linx_sm_prefetch((0.0, 0.5))


@pytest.fixture(scope="module")
def sm(extra):
    return bbn.sm(bracket=True)


@pytest.fixture(scope="module")
def linx(extra):
    return {d: bbn.linx_sm(d) for d in (0.0, 0.5)}


@pytest.fixture(scope="module")
def scalar(extra):
    # the paper's mass range, 2021 g-2 central g_mu at 1.5 MeV, BR_nunu = 1e-3 (N_eff ~ 3.2)
    return bbn.evolve(1.5, 3.67e-4, br_nunu=1e-3, bracket=True)


def test_sm_against_linx_published(sm):
    # LINX's reference abundances for this network and omega_b = 0.02242 (Giovanetti et al., arXiv:2408.14538): the
    # values LINX's own test suite checks to rtol 1e-3 (cgiovanetti/LINX, pytest/test_abundances.py, read 2026-12:
    # N_eff 3.0444, Y_p 0.2471, D/H 2.4386e-5, He3/H 1.0385e-5, Li7/H 5.5503e-10, made there with BackgroundModel()
    # defaults (n_out 512) and AbundanceModel(rtol=1e-6, sampling_nTOp=150)). The paper's own tables could not be
    # retrieved with the search tools, so these are the published numbers we cite.
    assert sm.network == "key_PRIMAT_2018" and sm.omega_b_h2 == 0.02242
    assert sm.y_p == pytest.approx(0.2471, rel=1e-3)
    assert sm.d_over_h == pytest.approx(2.4386e-5, rel=1e-3)
    assert sm.n_eff == pytest.approx(3.0444, abs=2e-3)


def test_y_p_slope_in_n_eff(sm):
    """dY_p/dN_eff = 0.013: Kneller & Steigman, New J. Phys. 6, 117 (2004), Y_p = 0.2485 + 0.0016 [(eta_10 - 6)
    + 100 (S - 1)] with S = (1 + 7 Delta N_nu/43)^(1/2): dY_p/dN = 0.0016 x 100 x 7/86 = 0.0130 (a fit; +-10%).
    Deuterium: y_D = 2.6 [6/(eta_10 - 6 (S - 1))]^1.6 gives dln(D/H)/dN = 1.6 x 7/86 = 0.130."""
    dn = 0.5
    r = bbn.abundances(bbn.add_radiation(sm.boltzmann, dn))
    assert (r.y_p - sm.y_p) / dn == pytest.approx(0.0016 * 100 * 7 / 86, rel=0.10)
    assert math.log(r.d_over_h / sm.d_over_h) / dn == pytest.approx(1.6 * 7 / 86, rel=0.15)


def test_nu_e_bracket_closed_form(sm):
    """Energy- vs number-matched nu_e temperature: for a massless FD with a small pseudo chemical potential xi,
    rho ~ T^4 F_3(xi) and n ~ T^3 F_2(xi), F_k(xi) = int x^k/(e^(x - xi) + 1) dx with F_k' = k F_(k-1), so
    T_n/T_rho - 1 = xi [2 F_1/(3 F_2) - 3 F_2/(4 F_3)] at xi = 0 (F_1 = pi^2/12, F_2 = 3 zeta(3)/2,
    F_3 = 7 pi^4/120): checked at the end of the SM run with nu_e's own xi."""
    from scipy.special import zeta

    inp = bbn.linx_inputs(sm.boltzmann)
    xi = sm.boltzmann.xi[0, -1]
    f1, f2, f3 = math.pi**2 / 12, 1.5 * zeta(3), 7 * math.pi**4 / 120
    coeff = (2 * f1 / f2) / 3 - (3 * f2 / f3) / 4  # (d ln F_2/dxi)/3 - (d ln F_3/dxi)/4
    ratio = inp["t_nue_number_MeV"][-1] / inp["t_nue_energy_MeV"][-1] - 1
    assert ratio == pytest.approx(coeff * xi, rel=0.02)
    assert abs(xi) > 1e-3  # the bracket is not empty
    # and its size on the abundances, on record (what LINX cannot represent): well inside the measurement errors
    b = sm.bracket
    assert abs(b["number"]["y_p"] - b["energy"]["y_p"]) < 0.05 * data.yp_dataset("aver2021").sigma
    assert abs(b["number"]["d_over_h"] / b["energy"]["d_over_h"] - 1) < 0.05 * 0.030 / 2.527


def test_mapping_conventions(sm):
    inp = bbn.linx_inputs(sm.boltzmann)
    # neutrinos and photons share T at T_start (coupled); photons are photons alone (no e+-)
    assert inp["t_nue_MeV"][0] == pytest.approx(inp["t_gamma_MeV"][0], rel=1e-6)
    assert inp["rho_g"][0] == pytest.approx(math.pi**2 / 15 * inp["t_gamma_MeV"][0] ** 4, rel=1e-12)
    # nu_e ends hotter than the mean in the SM (it shares more of the e+- entropy)
    assert inp["t_nue_energy_MeV"][-1] > inp["t_nue_mean_MeV"][-1]
    # the time axis runs forward, T_gamma backward, down to T_END
    assert np.all(np.diff(inp["t"]) > 0) and inp["t_gamma_MeV"][-1] == pytest.approx(bbn.T_END)


def test_scalar_raises_y_p_and_d(sm, scalar):
    """phi heats the neutrinos (N_eff up): faster expansion, so more He4 and more D (D burning freezes out
    earlier). With nu_3 heated and nu_1, nu_2 (most of nu_e) colder than in the SM, n <-> p freezes out earlier
    still: Y_p rises by more than the 0.013 Delta N_eff of extra radiation alone; with nu_e at the mean
    temperature (nu_e="mean") most of that excess goes away."""
    dn = scalar.n_eff - sm.n_eff
    assert dn > 0.05
    assert scalar.y_p - sm.y_p > 0.013 * dn
    assert scalar.d_over_h > sm.d_over_h
    assert math.log(scalar.d_over_h / sm.d_over_h) / dn == pytest.approx(0.13, rel=0.5)
    mean = bbn.abundances(scalar.boltzmann, nu_e="mean")
    assert abs(mean.y_p - sm.y_p - 0.013 * dn) < abs(scalar.y_p - sm.y_p - 0.013 * dn)


def test_pulls_and_datasets(sm):
    r = bbn.abundances(sm.boltzmann, yp_data="pdg2020", dh_data="pdg2020", theory="none")
    assert r.y_p_pull == pytest.approx((r.y_p - 0.245) / 0.003)
    assert r.d_over_h_pull == pytest.approx((r.d_over_h - 2.547e-5) / 0.025e-5)  # PDG: (2.547 +- 0.025)e-5
    assert sm.d_over_h_sigma == pytest.approx(math.hypot(0.030e-5, 0.037e-5))
    # a higher baryon density burns more D
    hi = bbn.abundances(sm.boltzmann, omega_b=0.0230)
    assert hi.d_over_h < sm.d_over_h and hi.omega_b_h2 == 0.0230


def test_cli_json(extra, capsys):
    assert main(["bbn", "--sm", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)  # LINX's banner must not reach stdout
    for k in ("y_p", "d_over_h", "n_eff", "pulls", "yp_data", "dh_data", "omega_b_h2"):
        assert k in out
    assert set(out["pulls"]) == {"y_p", "d_over_h"}
    assert out["y_p"] == pytest.approx(0.2471, rel=1e-3)


def test_map_is_resumable(extra, tmp_path):
    import concurrent.futures as cf

    out = tmp_path / "bbn.csv"
    with cf.ThreadPoolExecutor(max_workers=1) as ex:
        rows = bbn.bbn_map([1.5], out, br_min=1e-4, br_max=1e-3, n_grid=2, executor=ex, progress=False)
        assert len(rows) == 2 and not any(r["error"] for r in rows)
        assert rows[1]["n_eff"] > rows[0]["n_eff"] and rows[1]["y_p"] > rows[0]["y_p"]
        again = bbn.bbn_map([1.5], out, br_min=1e-4, br_max=1e-3, n_grid=2, executor=ex, resume=True,
                            progress=False)
    assert [r["y_p"] for r in again] == [r["y_p"] for r in rows]
    header = out.read_text().splitlines()[0].split(",")
    assert header == ["m_phi_MeV", "br_nunu", "g_mu", *bbn.BBN_OUTPUTS, "error"]


def test_reproduce_step_and_audit(extra, tmp_path, monkeypatch):
    from mevscalar.steps import s80_bbn as step

    monkeypatch.setattr(step, "N_M", 2)
    monkeypatch.setattr(step, "N_BR", 2)
    monkeypatch.setattr(step, "EXECUTOR", "thread")
    monkeypatch.setattr(step, "_LAST", {})
    written = step.run(tmp_path)
    for name, _ in written:
        assert (tmp_path / name).exists()
    js = json.loads((tmp_path / "bbn_map.json").read_text())
    a = js["audit"]
    assert a["n_cells"] == 4 and len(a["both"] + a["proxy_only"] + a["abundances_only"] + a["neither"]) == 4
    from mevscalar import paper

    rows = paper.bbn_rows()
    assert len(rows) == 1 and rows[0]["ours"] == a["verdict"]
    # 0.5 MeV, BR = 0.1: T_D far below 0.3 MeV and N_eff ~ 6.6: both criteria exclude it. 0.5 MeV, BR = 1e-5:
    # phi decays to photons after neutrino decoupling (N_eff ~ 2.6) and raises eta at BBN over today's value, so
    # D/H drops ~5% (> 4 sigma); T_D is the SM value: only the abundances exclude it
    assert [0.5, 0.1] in [list(c) for c in a["both"]]
    assert [0.5, 1e-5] in [list(c) for c in a["abundances_only"]]


# --------------------------------------------------------------------------- against LINX's own pipeline (last: its
# background model compiles in a thread started by the 'extra' fixture while the tests above run)
def test_sm_against_linx_pipeline(sm, linx):
    """Ours vs LINX's own SM pipeline: the difference is what the two backgrounds' differences explain.

    LINX's background has one common T_nu for all flavours and its own N_eff; ours evolves nu_e apart from
    nu_mu,tau. Two pieces: (i) the N_eff difference, through LINX's own slope dY_p/dN_eff (from its Delta N_eff
    input); (ii) nu_e vs the mean neutrino temperature, measured on our background (nu_e="mean" is what LINX's
    pipeline assumes). Their sum must explain the difference to 30% (plus 1e-5 for LINX's interpolation grids).
    """
    l0, l5 = linx[0.0], linx[0.5]
    slope_y = (l5["y_p"] - l0["y_p"]) / (l5["n_eff"] - l0["n_eff"])
    slope_d = (l5["d_over_h"] - l0["d_over_h"]) / (l5["n_eff"] - l0["n_eff"])
    dn = sm.n_eff - l0["n_eff"]
    mean = bbn.abundances(sm.boltzmann, nu_e="mean")
    expect_y = slope_y * dn + (sm.y_p - mean.y_p)
    expect_d = slope_d * dn + (sm.d_over_h - mean.d_over_h)
    assert abs(dn) < 5e-3  # both solve the same SM decoupling
    assert abs((sm.y_p - l0["y_p"]) - expect_y) <= 0.3 * abs(expect_y) + 1e-5
    assert abs((sm.d_over_h - l0["d_over_h"]) - expect_d) <= 0.3 * abs(expect_d) + 2e-9


def test_extra_radiation_matches_linx_delta_neff(sm, linx):
    """A decoupled massless species on our background vs LINX's own Delta N_eff input: with the same late-time
    Delta N_eff (LINX's input 0.5 gives 0.131, its normalisation is at T_start; see add_radiation), the shifts of
    Y_p and D/H agree to 3% (ours keeps the plasma's SM history, LINX re-solves its decoupling)."""
    dn = linx[0.5]["n_eff"] - linx[0.0]["n_eff"]
    assert dn == pytest.approx(0.5 * (4 / 11) ** (4 / 3), rel=0.02)
    r = bbn.abundances(bbn.add_radiation(sm.boltzmann, dn))
    assert r.n_eff - sm.n_eff == pytest.approx(dn, rel=1e-12)
    dy_ours, dy_linx = r.y_p - sm.y_p, linx[0.5]["y_p"] - linx[0.0]["y_p"]
    dd_ours, dd_linx = r.d_over_h / sm.d_over_h, linx[0.5]["d_over_h"] / linx[0.0]["d_over_h"]
    assert dy_ours == pytest.approx(dy_linx, rel=0.03)
    assert dd_ours - 1 == pytest.approx(dd_linx - 1, rel=0.03)
