"""Issue 10, one parameter registry: scan.py checks every registered parameter with mevscalar.parameters.check.

Each case gives the same bad value to a Python entry point of :mod:`mevscalar.numeric.cosmology.scan` and to the
command line, and asserts the SAME message (the CLI prints ``mev-scalar <command>: error: <message>``). The CLI
runs in-process (``mevscalar.cli.main``, the function the installed ``mev-scalar`` script calls); one case runs
the installed script itself. Every failure happens in validation, before any physics, so the file is fast.

A scan's masses are m_phi values: ``mev-scalar neff-scan`` takes them as ``--m-phi-min``/``--m-phi-max`` (other
registry rows, other names), so their message is compared with the command that takes ``--m-phi``
(``mev-scalar neff``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mevscalar import parameters as P
from mevscalar.numeric.cosmology import boltzmann, scan
from mevscalar.validate import ParameterError
from registry_messages import cli_message, py_message  # noqa: E402  (tests/ is on sys.path)

G = 4e-4  # a g_mu inside the registered range (the value does not matter: validation fails first)
SCAN = ["neff-scan", "--m-phi-min", "1", "--m-phi-max", "1", "--n-m-phi", "1"]


CASES = [
    # (registry name, Python call, CLI argv)
    ("m_phi", lambda: scan.scan([0.0], progress=False), ["neff", "--m-phi", "0", "--t-d", "0.5"]),
    ("m_phi", lambda: scan.neff_of_br(2e6, G, [1e-3]), ["neff", "--m-phi", "2e6", "--t-d", "0.5"]),
    ("m_phi", lambda: scan.resonance_threshold_br(-1.0, G), ["neff", "--m-phi", "-1", "--t-d", "0.5"]),
    ("m_phi/boltzmann", lambda: scan.boltzmann_points([1.0, 50.0], 1e-5, 1e-2, 3),
     ["neff", "--m-phi", "50", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--method", "boltzmann"]),
    ("br_nunu", lambda: scan.neff_of_br(1.0, G, [1e-3, 1.0]), ["neff", "--m-phi", "1", "--t-d", "0.5",
                                                                "--br-nunu", "1"]),
    ("br_min", lambda: scan.scan([1.0], br_min=0.0, progress=False), SCAN + ["--br-min", "0"]),
    ("br_min", lambda: scan.boltzmann_points([1.0], 0.0, 1e-2, 3), SCAN + ["--br-min", "0"]),
    ("br_max", lambda: scan.scan([1.0], br_max=1.0, progress=False), SCAN + ["--br-max", "1"]),
    ("br_max", lambda: scan.br_intervals(1.0, G, None, 2, br_max=1.5), SCAN + ["--br-max", "1.5"]),
    ("n_grid", lambda: scan.scan([1.0], n_grid=1, progress=False), SCAN + ["--n-grid", "1"]),
    ("n_grid", lambda: scan.boltzmann_points([1.0], 1e-5, 1e-2, 10**9), SCAN + ["--n-grid", "1000000000"]),
    ("g_mu", lambda: scan.scan([1.0], g_mu=5.0, progress=False), SCAN + ["--g-mu", "5"]),
    ("g_mu", lambda: scan.boltzmann_points([1.0], 1e-5, 1e-2, 3, g_mu=-4.0), SCAN + ["--g-mu", "-4"]),
    ("g_mu", lambda: scan.neff_of_br(1.0, float("nan"), [1e-3]), SCAN + ["--g-mu", "nan"]),
    ("rate", lambda: scan.scan([1.0], rate="eq11", progress=False), SCAN + ["--rate", "eq11"]),
    ("rate", lambda: scan.neff_of_br(1.0, G, [1e-3], rate="x"), SCAN + ["--rate", "x"]),
    ("t_d_method", lambda: scan.scan([1.0], t_d_method="lambert", progress=False),
     SCAN + ["--t-d-method", "lambert"]),
    ("t_d_method", lambda: scan.resonance_threshold_br(1.0, G, t_d_method="x"), SCAN + ["--t-d-method", "x"]),
    ("gm2_dataset", lambda: scan.scan([1.0], dataset="2099", progress=False), SCAN + ["--gm2-dataset", "2099"]),
    ("gm2_dataset", lambda: scan.boltzmann_points([1.0], dataset="2099"), SCAN + ["--gm2-dataset", "2099"]),
    ("neff_dataset", lambda: scan.scan([1.0], neff="planck2015", progress=False),
     SCAN + ["--neff-dataset", "planck2015"]),
    ("neff_dataset", lambda: scan.boltzmann_intervals([], neff="planck2015"), SCAN + ["--neff-dataset", "planck2015"]),
    ("g_star", lambda: scan.neff_of_br(1.0, G, [1e-3], g_star=1.0),
     ["neff", "--m-phi", "1", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--g-star", "1"]),
    ("g_star", lambda: scan.scan([1.0], g_star="t", progress=False),
     ["neff", "--m-phi", "1", "--g-mu", "4e-4", "--br-nunu", "1e-3", "--g-star", "t"]),
]


@pytest.mark.parametrize("name, call, argv", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_python_and_cli_give_the_same_message(name, call, argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # neff-scan's --out
    if argv[0] == "neff-scan":
        argv = argv + ["--out", str(tmp_path / "x.csv")]
    msg = py_message(call)
    assert msg == cli_message(argv, capsys)
    # and it is the registry's message of that parameter (flag, range, the value)
    pname = name.split("/")[0]
    assert msg.startswith(f"{pname} ({P.get(pname).flag}) must be "), msg
    if name.endswith("/boltzmann"):
        assert "[0.01, 30] MeV with --method boltzmann" in msg
    assert not (tmp_path / "x.csv").exists()


def test_the_installed_command_says_the_same():
    exe = Path(sys.executable).with_name("mev-scalar")
    if not exe.exists():
        pytest.skip("no mev-scalar script next to the interpreter")
    r = subprocess.run([str(exe)] + SCAN + ["--br-min", "0", "--out", "/nonexistent/x.csv"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2
    msg = py_message(lambda: scan.scan([1.0], br_min=0.0, progress=False))
    assert r.stderr.strip() == f"mev-scalar neff-scan: error: {msg}"


def test_the_boltzmann_domain_is_the_solvers_range():
    """boltzmann_points reads m_phi's range from the registry's "boltzmann" domain (was boltzmann.M_PHI_RANGE)."""
    iv = P.get("m_phi").domains["boltzmann"].interval
    assert (iv.lo, iv.hi, iv.lo_closed, iv.hi_closed) == (*boltzmann.M_PHI_RANGE, True, True)
    lo, hi = boltzmann.M_PHI_RANGE
    pts = scan.boltzmann_points([lo, hi], 1e-5, 1e-2, 2, g_mu=G)  # both ends belong
    assert [p["m_phi_MeV"] for p in pts] == [lo, lo, hi, hi]


def test_checks_the_registry_does_not_have_keep_their_own_message():
    # g_mu = 0 is inside the registered range, but a Boltzmann map needs a decaying phi
    msg = py_message(lambda: scan.boltzmann_points([1.0], 1e-5, 1e-2, 3, g_mu=0.0))
    assert msg.startswith("g_mu must be != 0") and "[-sqrt(4 pi), sqrt(4 pi)]" in msg
    # the order of the two ends (the CLI passes them through, so it says the same)
    msg = py_message(lambda: scan.scan([1.0], br_min=1e-2, br_max=1e-3, progress=False))
    assert msg.startswith("br_min must be < br_max")
    # an empty scan
    assert py_message(lambda: scan.scan([], progress=False)) == "m_phi: the scan range is empty"


@pytest.mark.parametrize("lo,hi,word", [(0.0, 0.5, "br_lo"), (-1e-3, 0.5, "br_lo"), (1e-6, 1.0, "br_hi"),
                                        (0.5, 0.1, "br_lo must be < br_hi"), (float("nan"), 0.5, "br_lo")])
def test_resonance_threshold_search_brackets_are_checked(lo, hi, word):
    """The BR_nunu search brackets (no CLI flag): a value outside (0, 1), NaN, or br_lo >= br_hi is a
    ParameterError naming it (a bracket <= 0 used to fail inside math.log with a bare ValueError)."""
    with pytest.raises(ParameterError, match=word):
        scan.resonance_threshold_br(1.0, G, br_lo=lo, br_hi=hi)
