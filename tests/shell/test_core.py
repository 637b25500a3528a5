"""Constants, data sets, validation and the CLI's error contract."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from mevscalar import ParameterError, constants, data, validate


def test_electroweak_vev_from_fermi_constant():
    # Issue 2 states v = (sqrt2 G_F)^(-1/2) = 246.21965 GeV; CODATA 2022 G_F = 1.1663787e-5 GeV^-2.
    assert constants.V_EW == pytest.approx(246219.65, rel=2e-8)
    assert constants.CODATA_RELEASE.startswith("CODATA")


def test_masses_are_codata_values():
    # PDG/CODATA muon and electron masses to the quoted digits (sanity: unit conversion to MeV).
    assert constants.M_MU == pytest.approx(105.6583755, rel=1e-9)
    assert constants.M_E == pytest.approx(0.51099895, rel=1e-8)
    assert constants.M_PL == pytest.approx(1.22089e22, rel=1e-5)
    assert constants.ZETA3 == pytest.approx(1.2020569031595942, rel=1e-15)


def test_gm2_datasets_as_in_issue():
    assert data.GM2["2021"].band(1) == pytest.approx((1.92e-9, 3.10e-9))
    assert data.GM2["2025"].central == pytest.approx(38e-11)
    assert data.GM2["2025"].sigma == pytest.approx(63e-11)
    with pytest.raises(ParameterError, match="dataset"):
        data.gm2_dataset("2019")


def test_oscillation_masses_normal_ordering():
    m1, m2, m3 = data.OSCILLATION["pdg2020"].masses_eV()
    assert m1 == 0.0
    assert m2 == pytest.approx(math.sqrt(7.53e-5))
    assert m3 == pytest.approx(math.sqrt(2.453e-3 + 7.53e-5))


@pytest.mark.parametrize(
    "fn,args,pattern",
    [
        (validate.positive, ("m_phi", -1.0), r"m_phi must be > 0"),
        (validate.positive, ("m_phi", 0.0), r"m_phi must be > 0"),
        (validate.positive, ("T", float("nan")), r"T must not be NaN"),
        (validate.positive, ("T", float("inf")), r"T must be finite"),
        (validate.in_range, ("BR_nunu", 1.0, 0.0, 1.0), None),
        (validate.vector, ("y_N", [1.0, 2.0], 3), r"y_N must have exactly 3 components"),
        (validate.positive, ("m_phi", "abc"), r"m_phi must be a real number"),
        # NaN and inf messages quote the allowed range too, and print plain floats (not np.float64(...))
        (validate.positive, ("T", float("nan")), r"T must not be NaN \(allowed range \(0, inf\)\)"),
        (validate.nonnegative, ("g", [1.0, float("inf")]), r"g must be finite \(allowed range \[0, inf\)\), got inf$"),
        (lambda n, v: validate.in_range(n, v, 0.0, 1.0, hi_closed=False), ("BR", float("nan")),
         r"BR must not be NaN \(allowed range \[0, 1\)\)"),
    ],
)
def test_validation_messages_name_the_parameter(fn, args, pattern):
    if fn is validate.in_range:
        with pytest.raises(ParameterError, match=r"BR_nunu must be in \[0, 1\)"):
            validate.in_range(*args, hi_closed=False)
        return
    with pytest.raises(ParameterError, match=pattern):
        fn(*args)


def test_validation_passes_valid_input_through():
    assert validate.positive("m", 2.0) == 2.0
    arr = validate.positive("m", [1.0, 2.0])
    assert isinstance(arr, np.ndarray) and arr.tolist() == [1.0, 2.0]
    with pytest.raises(ParameterError, match=r"m must be > 0.*got -2.0"):
        validate.positive("m", [1.0, -2.0])


def test_cli_bad_input_exits_2_without_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "mevscalar", "nonexistent-command"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_reproduce_writes_index(tmp_path, monkeypatch):
    """The audit step through the reproduce command, every row builder real except the precision-solver one
    (17 s of Boltzmann solves; paper.verdict_rows is tested with a stubbed solver in test_verdict.py, and its
    building blocks with the real one in test_scan.py and test_boltzmann.py)."""
    from mevscalar import paper
    from mevscalar.cli import main

    builders = tuple(b for b in paper.ROW_BUILDERS if b[1] is not paper.verdict_rows)
    assert len(builders) == len(paper.ROW_BUILDERS) - 1
    monkeypatch.setattr(paper, "ROW_BUILDERS", builders)
    assert main(["reproduce", "--out", str(tmp_path), "--only", "s90_paper_audit"]) == 0
    assert (tmp_path / "index.md").read_text().startswith("# mev-scalar reproduce")
    assert (tmp_path / "paper_audit.md").exists()


def test_check_command_passes_and_reports_every_kernel(capsys, monkeypatch):
    """The command: every kernel run against its twin and reported, the staleness key, the JSON. Its staleness
    check regenerates the whole tree (~60-130 s); here that generation is the tree on disk, so the comparison runs
    and finds nothing (the real regeneration against disk is tests/codegen/test_codegen.py's
    test_generated_tree_is_not_stale, and the CLI's exit code on a stale tree test_cli_check_exit_code)."""
    import json

    import mevscalar.generated as g
    from mevscalar.cli import main
    from mevscalar.codegen import emit

    disk = {p.name: p.read_text(encoding="utf-8") for p in emit.GENERATED_DIR.glob("*.py")}
    monkeypatch.setattr(emit, "generate", lambda *a, **k: dict(disk))

    assert main(["check", "--points", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["stale"] == []
    n_kernels = sum(len(__import__(f"mevscalar.generated.{m}_np", fromlist=["DOMAINS"]).DOMAINS) for m in g.MODULES)
    assert len(report["kernels"]) == n_kernels
    # and a generation that differs from disk in one file: the command names it and exits 1
    stale = dict(disk, **{"entropy_np.py": disk["entropy_np.py"] + "\n# changed\n"})
    monkeypatch.setattr(emit, "generate", lambda *a, **k: dict(stale))
    assert main(["check", "--points", "1", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["ok"] and any("entropy_np.py" in m for m in report["stale"])


@pytest.mark.parametrize(
    "argv,name",
    [
        (["reproduce", "--only", "s99_no_such_step"], "only"),  # used to run nothing and report success
        (["check", "--points", "0"], "points"),  # used to check nothing and print "all checks passed"
    ],
)
def test_cli_rejects_inputs_that_would_do_nothing(argv, name, tmp_path, capsys):
    from mevscalar.cli import main

    if argv[0] == "reproduce":
        argv = argv + ["--out", str(tmp_path / "r")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert name in err and ("allowed" in err or "must be one of" in err)
    assert not (tmp_path / "r").exists()


def test_cli_file_system_error_is_one_line(tmp_path, capsys):
    """An --out that cannot be created gives one line and exit 1, not a traceback."""
    from mevscalar.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["reproduce", "--only", "s90_paper_audit", "--out", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mev-scalar reproduce: error:") and len(err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- the paper's numbers, declared once
def test_decoupling_no_longer_imports_chain_or_scan():
    """The import cycle cosmology.decoupling -> chain -> scan -> decoupling is gone (audit rows in mevscalar.paper)."""
    code = ("import sys, mevscalar.numeric.cosmology.decoupling, mevscalar.paper, mevscalar.data; "
            "bad = [m for m in ('mevscalar.numeric.cosmology.chain', 'mevscalar.numeric.cosmology.scan', 'mevscalar.numeric.pheno') "
            "if m in sys.modules]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_paper_module_imports_nothing_from_the_project():
    code = ("import sys; import mevscalar.paper; "
            "bad = sorted(m for m in sys.modules if m.startswith('mevscalar.') and m != 'mevscalar.paper' "
            "and m not in ('mevscalar.validate', 'mevscalar.errors', 'mevscalar._aliases')); "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_numbers_are_read_from_mevscalar_paper():
    from mevscalar import paper
    from mevscalar.numeric.cosmology import decoupling as dec
    from mevscalar.data import GM2, NEFF

    assert NEFF["planck2018_paper"].central == paper.N_EFF_PLANCK[0]
    assert NEFF["planck2018_paper"].sigma == paper.N_EFF_PLANCK[1]
    assert (GM2["2021"].central, GM2["2021"].sigma) == paper.DELTA_A_MU_EQ1
    assert dec.T_D_SM_MEV == paper.T_D_SM_MEV and dec.G_STAR_PAPER == paper.G_STAR
    assert set(paper.SOURCES) <= set(paper.__all__)
    # the inputs the paper prints are consistent with each other where it says so: v_phi = m_nu3/g_nu3
    assert abs(paper.M_NU3_EV * 1e-6 / paper.G_NU3 / paper.V_PHI_MEV - 1) < 0.02


def test_audit_step_runs_exactly_the_listed_builders(monkeypatch):
    from mevscalar import paper
    from mevscalar.steps import s90_paper_audit as s90

    r = paper.row("q", "Eq. (1)", 2.0, 3.0, "n")
    assert r["rel_diff"] == 0.5
    monkeypatch.setattr(paper, "ROW_BUILDERS", (("a", lambda: [r]), ("b", lambda: [dict(r, quantity="q2")])))
    rows = s90.collect()
    assert [(x["source"], x["quantity"]) for x in rows] == [("a", "q"), ("b", "q2")]
    monkeypatch.setattr(paper, "ROW_BUILDERS", (("c", lambda: [{"quantity": "bad"}]),))
    with pytest.raises(ValueError, match="lacks"):
        s90.collect()


@pytest.mark.parametrize("central,sigma,word", [(float("nan"), 0.1, "central"), (float("inf"), 0.1, "central"),
                                                (3.0, 0.0, "sigma"), (3.0, float("nan"), "sigma")])
def test_user_measurement_refuses_non_finite_or_non_positive_input(central, sigma, word):
    """Measurement.user: a NaN or infinite central value used to be accepted and made every band NaN."""
    from mevscalar.data import Measurement
    from mevscalar.validate import ParameterError

    with pytest.raises(ParameterError, match=word):
        Measurement.user(central, sigma)
