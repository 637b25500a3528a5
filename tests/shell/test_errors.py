"""One errors module, and bad input on the command line as one line with exit 2 (issue 10)."""

from __future__ import annotations

import pytest

from mevscalar import errors
from mevscalar.cli import main


def test_every_error_type_lives_in_mevscalar_errors():
    from mevscalar.numeric.cosmology import chain

    from mevscalar import validate

    assert validate.ParameterError is errors.ParameterError
    import mevscalar

    assert mevscalar.ParameterError is errors.ParameterError
    assert issubclass(chain.NoDecouplingError, errors.NoDecoupling)
    for name in ("ParameterError", "NoDecoupling", "DerivationError", "SolverError", "MissingExtra"):
        assert isinstance(getattr(errors, name), type)


@pytest.mark.parametrize("argv,name", [
    (["check", "--seed", "-1"], "seed"),  # was a numpy traceback
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--n", "2", "--neff-central", "nan",
      "--neff-sigma", "0.1"], "neff_central"),  # was exit 0 and an empty window
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--n", "2", "--neff-central", "inf",
      "--neff-sigma", "0.1"], "neff_central"),
    (["pheno", "--m-phi", "1e-300", "--g-mu", "3.67e-4", "--br-nunu", "1e-3"], "m_phi"),  # blamed g_mu
    (["pheno", "--m-phi", "1e-300", "--g-mu", "3.67e-4", "--g-nu", "1e-10"], "m_phi"),
    # seesaw: 1e300 for --lambda-n was an OverflowError traceback; now outside the registry's perturbative range
    (["seesaw", "--y-n", "1e-7,2e-7,3e-7", "--y-np", "3e-7,-1e-7,2e-7", "--lambda-n", "1e300", "--v-phi", "200",
      "--v-prime", "1494"], "lambda_N (--lambda-n)"),
    (["seesaw", "--y-n", "1e-7,2e-7,3e-7", "--y-np", "3e-7,-1e-7,2e-7", "--lambda-n", "1", "--v-phi-MeV", "inf",
      "--v-prime", "1494"], "v_phi (--v-phi)"),  # the old flag: the message names the parameter and the new flag
    (["bbn", "--sm", "--omega-b", "nan"], "omega_b (--omega-b)"),
    (["bbn-scan", "--n-grid", "1"], "n_grid (--n-grid)"),
    (["benchmark", "--g-nu-normalisation", "dirac"], "normalisation (--g-nu-normalisation)"),
])
def test_bad_input_is_one_line_naming_the_parameter(argv, name, tmp_path, capsys):
    if argv[0] in ("neff-scan", "bbn-scan"):
        argv = argv + ["--out", str(tmp_path / "s.csv")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mev-scalar {argv[0]}: error: {name}") and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "s.csv").exists()


def test_check_kernel_report_rejects_a_negative_seed():
    from mevscalar.cli.check import kernel_report

    with pytest.raises(errors.ParameterError, match=r"seed \(--seed\) must be an integer in the allowed range \[0, inf"):
        kernel_report(1, seed=-1)
