"""Issue 10, one parameter registry: the Boltzmann solver checks m_phi and g_mu with mevscalar.parameters.check.

The same bad value given to :func:`boltzmann.evolve` (or :func:`boltzmann.phi_mediated_relaxation`) and to
``mev-scalar neff --method boltzmann`` gives the SAME message (the CLI prints ``mev-scalar neff: error: <message>``,
exit 2). Before, the solver had its own m_phi range and message ("m_phi must be in [0.01, 30]") and accepted any
finite g_mu. Validation fails before any physics, so the file is fast.
"""

from __future__ import annotations

import pytest

from mevscalar import parameters as P
from mevscalar.numeric.cosmology import boltzmann
from registry_messages import cli_message, py_message  # noqa: E402  (tests/ is on sys.path)


@pytest.mark.parametrize("m", ["40", "0.005", "-1", "nan"])
def test_m_phi_same_message_python_and_cli(m, capsys):
    cli = cli_message(["neff", "--method", "boltzmann", "--m-phi", m, "--g-mu", "4e-4", "--br-nunu", "1e-3"], capsys)
    py = py_message(lambda: boltzmann.evolve(float(m), 4e-4, br_nunu=1e-3))
    assert py == cli
    assert "m_phi" in py
    if m in ("40", "0.005"):  # physical, outside the solver's domain: the domain's range is named
        assert "[0.01, 30] MeV with --method boltzmann" in py
    rel = py_message(lambda: boltzmann.phi_mediated_relaxation(float(m), 4e-4, 1e-3, 1.0))
    assert rel == py


@pytest.mark.parametrize("g", ["10", "-3.6", "inf"])
def test_g_mu_same_message_python_and_cli(g, capsys):
    cli = cli_message(["neff", "--method", "boltzmann", "--m-phi", "1", "--g-mu", g, "--br-nunu", "1e-3"], capsys)
    py = py_message(lambda: boltzmann.evolve(1.0, float(g), br_nunu=1e-3))
    assert py == cli
    assert "g_mu" in py and "sqrt(4 pi)" in py


def test_m_phi_range_is_the_registry_domain():
    """M_PHI_RANGE is read from the registry's "boltzmann" domain, not declared a second time."""
    iv = P.get("m_phi").domains["boltzmann"].interval
    assert boltzmann.M_PHI_RANGE == (iv.lo, iv.hi)
    src = open(boltzmann.__file__).read()
    assert "M_PHI_RANGE = (0.01" not in src


def test_backend_same_message_python_and_cli(capsys):
    """The backend is a registered choice: one message from Python and from the CLI (exit 2)."""
    cli = cli_message(["neff", "--sm", "--method", "boltzmann", "--backend", "fortran"], capsys)
    py = py_message(lambda: boltzmann.sm(backend="fortran"))
    assert py == cli
    assert "backend" in py and "auto, numba, numpy" in py
    assert boltzmann.BACKENDS == P.get("backend").choices


def test_cli_backend_is_reported(capsys):
    import json

    from mevscalar.cli import main

    assert main(["neff", "--sm", "--method", "boltzmann", "--backend", "numpy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["backend"] == "numpy"


def test_relaxation_needs_a_neutrino_width():
    """BR_nunu = 0 is physical but relaxes nothing: the registry's "relaxation" domain (0, 1) names it."""
    msg = py_message(lambda: boltzmann.phi_mediated_relaxation(1.5, 4e-4, 0.0, 1.0))
    assert msg.startswith("br_nunu (--br-nunu) must be a number in the allowed range (0, 1) (without phi -> nu nu")
    assert "physical range [0, 1)" in msg
