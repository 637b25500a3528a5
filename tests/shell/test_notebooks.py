"""The two example notebooks (examples/tutorial.ipynb, examples/dask_scan.ipynb) run, cell by cell, and print
what their sources give.

Each notebook is executed once per module with nbclient, the two side by side in subprocesses, each in a kernel
started from this interpreter (a kernelspec written to a temp folder, so a `python3` kernelspec pointing at another
Python cannot be picked up), with a timeout per cell. A cell error fails that notebook's fixture, hence its tests. The printed numbers are then compared with
references that do not come from the notebook:

* the API it calls (boltzmann.sm().n_eff, chain.evaluate, pheno's g_mu for the g-2 central value, one map point
  recomputed in this process), to the notebook's print precision;
* closed forms: Eq. 15 and its exact tree-level mixing (docs/uv-model.md), Eq. 11's constant 2 sqrt10/(pi zeta3),
  sqrt(Delta m^2_31) of PDG 2020 for the heaviest light neutrino (Eq. 16: m1 = 0), the seesaw orders (LO error
  ~ theta^2, NLO ~ theta^4: slopes 2 and 4);
* the changed Lagrangian's 5x5 matrix typed by hand and diagonalised with mpmath (as tests/model/test_model_change.py);
* LINX's published Standard-Model abundances (Y_p 0.2471, D/H 2.4386e-5; LINX repository pytest/test_abundances.py,
  rtol 1e-3; see docs/bbn.md), when the BBN cell runs (it runs only with the compiled LINX model cached).

Cost (wall, both at once): about 60-80 s on 2 cores at load 3, 2.5 minutes at load 12.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import mpmath
import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CELL_TIMEOUT = 300  # s; the slowest cell (LINX's first call, warm cache) takes 6-25 s
KERNEL = "mev-scalar-notebook-test"


#: Run in a fresh interpreter (this one), so that the two notebooks execute side by side: the tutorial is one
#: single-threaded kernel, the Dask notebook mostly two worker processes.
_RUNNER = r"""
import json, sys
from pathlib import Path
import nbclient, nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
src, dst, kdirs, run, timeout, kernel = sys.argv[1:]
km = KernelManager(kernel_name=kernel, kernel_spec_manager=KernelSpecManager(kernel_dirs=[kdirs]))
nb = nbformat.read(src, as_version=4)
client = nbclient.NotebookClient(nb, km=km, timeout=int(timeout), allow_errors=False,
                                 resources={"metadata": {"path": run}})
try:
    client.execute()
finally:
    nbformat.write(nb, dst)
"""


def _start(name: str, workdir: Path) -> tuple:
    """Start executing examples/<name> in a subprocess; returns (process, executed-notebook path)."""
    kdir = workdir / "kernels" / KERNEL
    kdir.mkdir(parents=True)
    (kdir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "mev-scalar test kernel", "language": "python"}), encoding="utf-8")
    run = workdir / "run"
    run.mkdir()
    dst = workdir / name
    proc = subprocess.Popen([sys.executable, "-c", _RUNNER, str(EXAMPLES / name), str(dst), str(kdir.parent), str(run),
                             str(CELL_TIMEOUT), KERNEL], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc, dst


def _collect(proc, dst: Path) -> dict:
    log, _ = proc.communicate(timeout=2 * CELL_TIMEOUT + 600)
    assert proc.returncode == 0, f"executing {dst.name} failed (a cell raised or timed out):\n{log[-4000:]}"
    nb = nbformat.read(dst, as_version=4)
    text, latex, images = [], 0, 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                text.append(out["text"])
            data = out.get("data", {})
            latex += "text/latex" in data
            images += "image/png" in data
    return {"stdout": "".join(text), "latex": latex, "images": images}


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Both notebooks, executed side by side (started on first use, each collected when a test needs it)."""
    names = ["tutorial.ipynb"]
    if importlib.util.find_spec("distributed") is not None:
        names.append("dask_scan.ipynb")
    started = {n: _start(n, tmp_path_factory.mktemp(n.split(".")[0])) for n in names}
    done: dict = {}

    def get(name):
        if name not in started:
            pytest.skip("the dask extra (distributed) is not installed")
        if name not in done:
            done[name] = _collect(*started[name])
        return done[name]

    yield get
    for proc, _ in started.values():
        if proc.poll() is None:
            proc.kill()


@pytest.fixture(scope="module")
def tutorial(executed):
    return executed("tutorial.ipynb")


@pytest.fixture(scope="module")
def dask_scan(executed):
    return executed("dask_scan.ipynb")


def _num(out: str, pattern: str, group: int = 1) -> float:
    """The number captured by ``pattern`` (one match in the notebook's stdout)."""
    hits = re.findall(pattern, out, flags=re.MULTILINE)
    assert len(hits) == 1, f"{pattern!r}: {len(hits)} matches in the notebook output"
    h = hits[0]
    return float(h[group - 1] if isinstance(h, tuple) else h)


NUM = r"([-+]?\d+\.?\d*(?:e[-+]?\d+)?)"


# --------------------------------------------------------------------------- stored form
@pytest.mark.parametrize("name", ["tutorial.ipynb", "dask_scan.ipynb"])
def test_notebooks_are_stored_without_outputs(name):
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert (EXAMPLES / name).stat().st_size < 60_000
    assert not re.search(r"(?<!\w)_[a-z]\w*\(|\._[a-z]", "\n".join(c.source for c in code)), \
        "the notebooks use the public API only (no private names)"


# --------------------------------------------------------------------------- tutorial
def test_tutorial_renders_latex_and_a_figure(tutorial):
    assert tutorial["latex"] >= 15  # every derived expression is displayed as LaTeX
    assert tutorial["images"] == 1


def test_tutorial_invariance_and_rank(tutorial):
    out = tutorial["stdout"]
    assert "Eq. 14 invariant: True" in out
    assert "det M = 0 (Eq. 16): True" in out
    assert "m_0 = -(Eq. 19) at m_N = m_N' = 0: True" in out
    assert "G_nu = -M_nu / v_phi at m_N = m_N' = 0: True" in out
    for line in ("y (L.H) N'  [Z2 odd]", "y (L.N) H  [SU(2)_L: eps on a singlet]"):
        assert line in out
    assert re.search(r"^y \(L\.H\) N'.*-> violates Z2$", out, flags=re.MULTILINE)


def test_tutorial_seesaw_against_oscillation_data_and_orders(tutorial):
    from mevscalar.data import oscillation_dataset

    out = tutorial["stdout"]
    m3 = _num(out, rf"^m3 exact = {NUM} eV")
    # rank 4 (m1 = 0): the heaviest light mass is sqrt(Delta m^2_31) (PDG 2020); the closure error is ~theta^2 ~ 3e-8
    assert m3 == pytest.approx(math.sqrt(oscillation_dataset("pdg2020").dm31_sq_eV2), rel=2e-6)
    assert _num(out, rf"slope LO = {NUM}") == pytest.approx(2.0, abs=0.01)
    assert _num(out, rf"slope NLO = {NUM}") == pytest.approx(4.0, abs=0.01)


def test_tutorial_matching(tutorial):
    from mevscalar.constants import V_EW

    out = tutorial["stdout"]
    y_mu, mu_phi, m_hp, m_phi = 0.1, 1e4, 7e5, 1.0  # Sec. IV text, MeV
    assert _num(out, rf"^g_mu \(Eq\. 15.*\) = {NUM};") == pytest.approx(
        y_mu * V_EW * mu_phi / (math.sqrt(2) * m_hp**2), rel=2e-4)
    with mpmath.workdps(40):  # exact tree-level mixing: tan(theta) = mu_phi v/(m_H'^2 - m_phi^2), g = y/sqrt2 sin(theta)
        t = mpmath.mpf(mu_phi) * V_EW / (mpmath.mpf(m_hp) ** 2 - m_phi**2)
        eq15 = y_mu * mpmath.mpf(V_EW) * mu_phi / (mpmath.sqrt(2) * mpmath.mpf(m_hp) ** 2)
        rel = float(eq15 / (y_mu / mpmath.sqrt(2) * t / mpmath.sqrt(1 + t**2)) - 1)
    assert _num(out, rf"^Eq\. 15 / exact mixing - 1 at m_phi = 1 MeV = {NUM}") == pytest.approx(rel, rel=1e-3)
    assert _num(out, rf"g_nu3 Eq\. 20 = {NUM}") == pytest.approx(2.5e-10, rel=1e-6)  # Eq. 21 input, returned
    assert _num(out, rf"canonical {NUM}:") == pytest.approx(math.sqrt(2), abs=1e-6)


def test_tutorial_model_change_follows(tutorial):
    """m_N'/2 N'N' -> m_N' N'N': the regenerated kernel gives the matrix typed by hand, and its masses."""
    from mevscalar.constants import V_EW

    out = tutorial["stdout"]
    assert "changed term: invariant" in out
    assert re.search(r"^\+.*2\*m_Np", out, flags=re.MULTILINE), "the regenerated kernel source shows 2*m_Np"
    y_N, y_Np, lam, v_phi, v_p, m_N, m_Np = [1.5e-7, 1e-7, 5e-8], [2e-8, 1.1e-7, 1.4e-7], 1.0, 201.0, 1494.0, 0.7, 0.3
    with mpmath.workdps(50):
        M = mpmath.zeros(5, 5)
        s2 = mpmath.sqrt(2)
        for i in range(3):
            M[i, 3] = M[3, i] = mpmath.mpf(y_N[i]) * V_EW / s2
            M[i, 4] = M[4, i] = mpmath.mpf(y_Np[i]) * v_p / s2
        M[3, 3], M[4, 4] = mpmath.mpf(m_N), 2 * mpmath.mpf(m_Np)
        M[3, 4] = M[4, 3] = lam * mpmath.mpf(v_phi) / s2
        ev = sorted(abs(x) for x in mpmath.eigsy(M, eigvals_only=True))
    assert _num(out, rf"after = {NUM} MeV$") == pytest.approx(2 * m_Np, abs=5e-4)
    assert _num(out, rf"eV, after = {NUM} eV;") == pytest.approx(float(ev[2]) * 1e6, abs=5e-7)
    heavy = re.search(rf"^heavy exact after = {NUM}, {NUM} MeV", out, flags=re.MULTILINE)
    assert [float(heavy[1]), float(heavy[2])] == pytest.approx([float(ev[3]), float(ev[4])], abs=5e-5)
    assert _num(out, rf"LO seesaw after = {NUM} eV") == pytest.approx(float(ev[2]) * 1e6, abs=5e-6)


def test_tutorial_decoupling_and_neff(tutorial):
    from mevscalar.numeric import pheno
    from mevscalar.numeric.cosmology import boltzmann, chain

    from mevscalar.data import gm2_dataset

    out = tutorial["stdout"]
    assert _num(out, rf"^C_Eq\.11 = {NUM}") == pytest.approx(
        float(2 * mpmath.sqrt(10) / (mpmath.pi * mpmath.zeta(3))), abs=5e-5)
    g_mu = float(pheno.g_mu_for_delta_a_mu(gm2_dataset("2021").central, 1.5))
    assert _num(out, rf"g_mu \(2021 g-2 central\) = {NUM},") == pytest.approx(g_mu, rel=2e-4)
    c = chain.evaluate(1.5, g_mu, br_nunu=1e-3)
    assert _num(out, rf"T_D \(Eq\. 11\) = {NUM} MeV") == pytest.approx(c.t_d_eq11_MeV, abs=5e-5)
    assert _num(out, rf"T_D \(R = H, exact K_1\) = {NUM} MeV") == pytest.approx(c.t_d_exact_MeV, abs=5e-5)
    assert _num(out, rf"^N_eff \(Eqs\. 7 \+ 12\) = {NUM},") == pytest.approx(c.n_eff, abs=5e-5)
    assert _num(out, rf"N_eff \(Eq\. 13\) = {NUM}$") == pytest.approx(c.n_eff_eq13, abs=5e-5)
    assert _num(out, rf"^N_eff \(SM, Boltzmann\) = {NUM}$") == pytest.approx(boltzmann.sm().n_eff, abs=5e-5)


def test_tutorial_bbn_cell(tutorial):
    out = tutorial["stdout"]
    if "BBN cell skipped" in out:  # cold LINX cache (or no bbn extra): the cell says why and how to warm it
        assert re.search(r"BBN cell skipped: (the bbn extra is not installed|the compiled LINX model is not cached)",
                         out)
        return
    assert _num(out, rf"^BBN \(SM\): Y_p = {NUM},") == pytest.approx(0.2471, rel=1e-3)
    assert _num(out, rf"^BBN \(SM\): Y_p = .*, D/H = {NUM}$") == pytest.approx(2.4386e-5, rel=1e-3)
    # the scalar heats the neutrinos: a faster expansion gives more helium (docs/bbn.md)
    assert _num(out, rf"^BBN \(m_phi = .*Y_p = {NUM},") > _num(out, rf"^BBN \(SM\): Y_p = {NUM},")


# --------------------------------------------------------------------------- Dask scan
def test_dask_scan_rows_match_their_sources(dask_scan):
    from mevscalar.numeric import pheno
    from mevscalar.numeric.cosmology import scan

    from mevscalar.data import gm2_dataset

    out = dask_scan["stdout"]
    assert "workers: 2" in out
    rows = [tuple(float(x) for x in r) for r in re.findall(rf"^ +{NUM} +{NUM} +{NUM} +{NUM} +{NUM} *$", out, flags=re.MULTILINE)]
    assert len(rows) == _num(out, r"^(\d+) points in")
    assert {r[0] for r in rows} == {1.5, 2.0}
    for m, _br, g, _n, _t in rows:
        assert g == pytest.approx(float(pheno.g_mu_for_delta_a_mu(gm2_dataset("2021").central, m)), rel=1e-5)
    m, br, g, n_eff, t_ratio = rows[0]  # one point recomputed here, outside Dask
    ref = scan.boltzmann_point(m, br, float(pheno.g_mu_for_delta_a_mu(gm2_dataset("2021").central, m)))
    assert n_eff == pytest.approx(ref["n_eff"], abs=1e-6)  # printed to 6 decimals
    assert t_ratio == pytest.approx(ref["t_nu_over_t_gamma_final"], abs=1e-6)
    assert "identical rows: True" in out
    # the windows: boltzmann_intervals on the printed rows (N_eff to 6 decimals moves an edge by << its 3 digits)
    table = [{"m_phi_MeV": r[0], "br_nunu": r[1], "g_mu": r[2], "n_eff": r[3], "error": ""} for r in rows]
    for w in scan.boltzmann_intervals(table, "planck2018", nsigma=2):
        line = re.search(rf"^m_phi = {w['m_phi_MeV']} MeV: (.*)$", out, flags=re.MULTILINE)
        assert line, f"no window line for m_phi = {w['m_phi_MeV']}"
        got = [float(x) for x in re.findall(r"\d\.\d\de[-+]\d+", line[1])]
        want = [x for i in w["intervals"] for x in (i["br_lo"], i["br_hi"])]
        assert got == pytest.approx(want, rel=6e-3)
        assert ("no BR_nunu in the band" in line[1]) == (not want)
