"""The parameter chain (widths -> T_D -> N_eff) and the `mev-scalar neff` command.

The N_eff formulas themselves belong to cosmology.neff (tested there); here a stub records which T_D
the chain hands over, so these tests check the plumbing and the T_D rules, not Eq. (12).
"""

from __future__ import annotations

import json
import types

import numpy as np

import pytest

from mevscalar.numeric import pheno
from mevscalar.numeric.cosmology import chain
from mevscalar.numeric.cosmology import decoupling as dec
from mevscalar.data import GM2
from mevscalar.validate import ParameterError


def _stub():
    calls = []

    def n_eff(t_d, m_phi, br_nunu, n_nu=3):
        calls.append(("n_eff", t_d, m_phi, br_nunu))
        return 100.0 * t_d + br_nunu

    def n_eff_eq13(t_d, m_phi, n_nu=3):
        return 1000.0 * t_d

    def tnu_over_tgamma(t_gamma, t_d, m_phi, br_nunu, n_nu=3):
        return t_gamma / t_d

    return types.SimpleNamespace(n_eff=n_eff, n_eff_eq13=n_eff_eq13, tnu_over_tgamma=tnu_over_tgamma, calls=calls)


@pytest.fixture
def stub(monkeypatch):
    s = _stub()
    monkeypatch.setattr(chain, "neff", s)
    return s


G1 = float(pheno.g_mu_for_delta_a_mu(GM2["2021"].central, 1.0))


def test_chain_hands_the_exact_t_d_to_neff(stub):
    r = chain.evaluate(1.0, G1, br_nunu=1e-2, t_gamma=0.01)
    w = pheno.phi_widths(1.0, G1, br_nunu=1e-2)
    ex = dec.t_d_exact(1.0, float(w.gamma_total), 1e-2)
    e11 = dec.t_d_eq11(1.0, float(w.gamma_total), 1e-2)
    assert r.t_d_exact_MeV == ex.t_d_MeV and r.t_d_eq11_MeV == e11.t_d_MeV
    assert r.t_recouple_MeV == ex.t_recouple_MeV
    assert r.decoupling == "resonance" and r.t_d_used_MeV == ex.t_d_MeV
    assert r.n_eff == pytest.approx(100.0 * ex.t_d_MeV + 1e-2, rel=1e-14)
    assert r.t_nu_over_t_gamma == pytest.approx(0.01 / ex.t_d_MeV)
    r11 = chain.evaluate(1.0, G1, br_nunu=1e-2, t_d_method="eq11")
    assert r11.t_d_used_MeV == e11.t_d_MeV


def test_no_resonance_uses_the_sm_t_d_and_says_so(stub):
    r = chain.evaluate(1.0, G1, br_nunu=1e-7)
    assert r.t_d_exact_MeV is None and r.decoupling == "sm" and r.t_d_used_MeV == dec.T_D_SM_MEV
    assert any("no decoupling from the resonance" in n for n in r.notes)
    r0 = chain.evaluate(1.0, G1, br_nunu=0.0)
    assert r0.t_d_used_MeV == dec.T_D_SM_MEV


def test_too_strong_coupling_raises_instead_of_returning_the_bracket_edge(stub):
    with pytest.raises(chain.NoDecouplingError, match="no T_D solves R = H"):
        chain.evaluate(1.0, 1.0, br_nunu=1e-2, t_min=0.05)


def test_g_nu_input_gives_the_same_chain_as_its_branching_ratio(stub):
    r = chain.evaluate(2.0, G1, g_nu=3e-10)
    r2 = chain.evaluate(2.0, G1, br_nunu=r.br_nunu)
    assert r2.t_d_exact_MeV == pytest.approx(r.t_d_exact_MeV, rel=1e-9)


def test_t_gamma_above_t_d_is_rejected(stub):
    with pytest.raises(ParameterError, match="t_gamma"):
        chain.evaluate(1.0, G1, br_nunu=1e-2, t_gamma=1.0)
    with pytest.raises(ParameterError, match="t_gamma"):
        chain.from_t_d(1.0, 0.5, 0.0, t_gamma=0.6)


def test_from_t_d(stub):
    r = chain.from_t_d(1.5, 0.5, 1e-3, t_gamma=0.1)
    assert r.n_eff == pytest.approx(50.001) and r.decoupling == "given"


# --------------------------------------------------------------------------- CLI
def _cli(argv, capsys, stub_module, monkeypatch):
    from mevscalar.cli import main

    monkeypatch.setattr(chain, "neff", stub_module)
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_neff_json_keys(capsys, monkeypatch):
    rc, out, _ = _cli(["neff", "--m-phi", "1", "--g-mu", str(G1), "--br-nunu", "0.01", "--t-gamma", "0.01",
                       "--json"], capsys, _stub(), monkeypatch)
    assert rc == 0
    d = json.loads(out)
    for k in ("t_d_eq11_MeV", "t_d_exact_MeV", "t_recouple_MeV", "n_eff", "n_eff_eq13", "t_nu_over_t_gamma"):
        assert k in d, k
    rc, out, _ = _cli(["neff", "--m-phi", "1", "--t-d", "0.5", "--json"], capsys, _stub(), monkeypatch)
    d = json.loads(out)
    assert rc == 0 and "t_d_exact_MeV" not in d and "t_d_eq11_MeV" not in d and d["br_nunu"] == 0.0


def test_cli_neff_says_when_no_t_d_solves_r_equals_h(capsys, monkeypatch):
    rc, out, err = _cli(["neff", "--m-phi", "1", "--g-mu", str(G1), "--br-nunu", "1e-7", "--json"],
                        capsys, _stub(), monkeypatch)
    d = json.loads(out)
    assert rc == 0 and d["t_d_exact_MeV"] is None and d["decoupling"] == "sm"
    assert "no decoupling from the resonance" in err


@pytest.mark.parametrize(
    "argv,name",
    [
        (["neff", "--m-phi", "0", "--t-d", "0.5"], "m_phi"),
        (["neff", "--m-phi", "1", "--t-d", "-0.5"], "t_d"),
        (["neff", "--m-phi", "1", "--t-d", "0.5", "--br-nunu", "1"], "br_nunu"),
        (["neff", "--m-phi", "1", "--g-mu", "4e-4", "--br-nunu", "-0.1"], "br_nunu"),
        (["neff", "--m-phi", "1", "--t-d", "0.5", "--t-gamma", "0.8"], "t_gamma"),
        (["neff", "--m-phi", "1", "--g-mu", "4e-4"], "br_nunu"),
        (["neff", "--m-phi", "1"], "g_mu"),
        (["neff", "--m-phi", "nan", "--t-d", "0.5"], "m_phi"),
        (["neff", "--m-phi", "1", "--g-mu", "4e-4", "--g-nu", "1,2"], "g_nu"),
        (["neff-scan", "--m-phi-min", "2", "--m-phi-max", "1", "--out", "x.csv"], "m_phi"),
        (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--n", "0", "--out", "x.csv"], "m_phi"),
        (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--br-min", "0", "--out", "x.csv"], "br_min"),
        (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--n-grid", "1", "--out", "x.csv"], "n_grid"),
    ],
)
def test_cli_bad_input_one_line_exit_2(argv, name, capsys, monkeypatch):
    rc, out, err = _cli(argv, capsys, _stub(), monkeypatch)
    assert rc == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in err


@pytest.mark.parametrize("call", [
    lambda: chain.evaluate(np.array([1.0, 2.0]), 3.7e-4, br_nunu=1e-3),
    lambda: chain.evaluate(2.0, [3.7e-4, 4e-4], br_nunu=1e-3),
    lambda: chain.evaluate(2.0, 3.7e-4, br_nunu=[1e-3, 1e-2]),
    lambda: chain.evaluate(2.0, 3.7e-4, g_nu=np.ones((2, 3)) * 1e-10),
    lambda: chain.from_t_d(1.5, [0.5, 0.6]),
    lambda: chain.from_t_d([1.5, 2.0], 0.5),
])
def test_arrays_get_a_clear_scalars_only_error_not_a_type_error(call):
    """These used to fail with a raw TypeError from float(array)."""
    with pytest.raises(ParameterError, match="must be a scalar.*one parameter point.*for arrays use"):
        call()


def test_no_decoupling_is_the_errors_module_type():
    from mevscalar.errors import NoDecoupling

    assert issubclass(chain.NoDecouplingError, NoDecoupling)
