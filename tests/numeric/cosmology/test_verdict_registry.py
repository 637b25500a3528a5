"""Issue 10, one parameter registry: verdict.py checks every registered parameter with mevscalar.parameters.check.

Each case gives the same bad value to an entry point of :mod:`mevscalar.numeric.cosmology.verdict` and to the
command line (in-process ``mevscalar.cli.main``, the installed script's function), and asserts the SAME message.
Validation fails before any solve, so no solver runs here.
"""

from __future__ import annotations

import pytest

from mevscalar import parameters as P
from mevscalar.numeric.cosmology import verdict as v
from registry_messages import cli_message, py_message  # noqa: E402  (tests/ is on sys.path)

SCAN = ["neff-scan", "--m-phi-min", "1", "--m-phi-max", "1", "--n-m-phi", "1"]


CASES = [
    # (registry name, Python call, CLI argv)
    ("m_phi/boltzmann", lambda: v.scenario_map([1.0, 100.0], [1e-3], "2021", "unmixed"),
     ["neff", "--m-phi", "100", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--method", "boltzmann"]),
    ("m_phi/boltzmann", lambda: v.chain_map([0.005], [1e-3]),
     ["neff", "--m-phi", "0.005", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--method", "boltzmann"]),
    ("m_phi", lambda: v.chain_map([-1.0], [1e-3]),  # outside the physical range: the physical message first
     ["neff", "--m-phi", "-1", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--method", "boltzmann"]),
    ("br_nunu", lambda: v.chain_map([1.0], [1e-3, 1.5]), ["neff", "--m-phi", "1", "--t-d", "0.5", "--br-nunu", "1.5"]),
    ("br_nunu", lambda: v.scenario_map([1.0], [-1e-3]), ["neff", "--m-phi", "1", "--t-d", "0.5", "--br-nunu",
                                                        "-0.001"]),
    ("gm2_dataset", lambda: v.scenario_map([1.0], [1e-3], "2099"), SCAN + ["--gm2-dataset", "2099"]),
    ("gm2_dataset", lambda: v.chain_map([1.0], [1e-3], "2099"), SCAN + ["--gm2-dataset", "2099"]),
    ("gm2_dataset", lambda: v.paper_points(["2099"]), SCAN + ["--gm2-dataset", "2099"]),
    ("flavour", lambda: v.scenario_map([1.0], [1e-3], "2021", "both"),
     SCAN + ["--method", "boltzmann", "--flavour", "both"]),
    ("flavour", lambda: v.solve_points([], "both"), SCAN + ["--method", "boltzmann", "--flavour", "both"]),
    ("neff_dataset", lambda: v.windows({}, neff="planck2015"), SCAN + ["--neff-dataset", "planck2015"]),
    ("neff_dataset", lambda: v.verdict([], neff="planck2015"), SCAN + ["--neff-dataset", "planck2015"]),
    ("neff_dataset", lambda: v.refine_edges([], {}, neff="planck2015"), SCAN + ["--neff-dataset", "planck2015"]),
]


@pytest.mark.parametrize("name, call, argv", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_python_and_cli_give_the_same_message(name, call, argv, capsys, tmp_path):
    if argv[0] == "neff-scan":
        argv = argv + ["--out", str(tmp_path / "x.csv")]
    msg = py_message(call)
    assert msg == cli_message(argv, capsys)
    pname = name.split("/")[0]
    assert msg.startswith(f"{pname} ({P.get(pname).flag}) must be "), msg
    if name.endswith("/boltzmann"):
        assert "[0.01, 30] MeV with --method boltzmann" in msg
    assert not (tmp_path / "x.csv").exists()


def test_a_map_grid_needs_br_nunu_above_zero():
    # 0 is inside the registered [0, 1), but the windows interpolate in log BR_nunu
    msg = py_message(lambda: v.chain_map([1.0], [0.0, 1e-3]))
    assert msg.startswith("br_nunu (--br-nunu) must be a number in the allowed range (0, 1) (a map grid")
    assert "physical range [0, 1)" in msg
