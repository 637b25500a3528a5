"""The folders are the layers (issue 10): old import paths are aliases of the new modules for one release,
and a plain checkout (nothing installed) imports the package from its folders."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

import pytest

import mevscalar
from mevscalar import _aliases

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("old,new", [
    ("mevscalar.cosmology", "mevscalar.numeric.cosmology"),
    ("mevscalar.cosmology.neff", "mevscalar.numeric.cosmology.neff"),
    ("mevscalar.cosmology.boltzmann", "mevscalar.numeric.cosmology.boltzmann"),
    ("mevscalar.pheno", "mevscalar.numeric.pheno"),
    ("mevscalar.neutrino", "mevscalar.numeric.neutrino"),
])
def test_an_old_import_path_is_the_same_module_and_warns(old, new):
    import importlib

    real = importlib.import_module(new)
    sys.modules.pop(old, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        aliased = importlib.import_module(old)
    assert aliased is real  # one module object: its state (caches, tables) is not duplicated
    assert any(issubclass(w.category, DeprecationWarning) and new in str(w.message) for w in caught)


def test_every_alias_target_exists_and_no_evaluator_is_left_in_the_shell():
    import importlib

    for new in _aliases.ALIASES.values():
        importlib.import_module(new)
    shell = {p.stem for p in Path(mevscalar.__file__).parent.glob("*.py")}
    assert not shell & {"pheno", "neutrino", "cosmology"}, "numeric evaluators belong to mevscalar.numeric"


def test_tests_mirror_the_layers():
    layers = {"model", "codegen", "numeric", "shell"}
    assert layers <= {p.name for p in (ROOT / "tests").iterdir() if p.is_dir()}
    assert not list((ROOT / "tests").glob("test_*.py")), "every test file lives in its layer's folder"


def test_a_plain_checkout_imports_without_installing(tmp_path):
    # No site processing (-S): the editable install's finder is not loaded; the dependencies come from
    # site-packages on PYTHONPATH and mevscalar from the repository root, as in a plain checkout.
    site = sysconfig.get_paths()["purelib"]
    code = ("import mevscalar.numeric.cosmology.neff as n, mevscalar.generated.entropy_np as g; "
            "from mevscalar.numeric import pheno; import mevscalar.cli; "
            "print(n.__file__); print(g.__file__); print(pheno.delta_a_mu(4.3e-4, 1.0) > 0)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([site, str(ROOT)]))
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[0] == str(ROOT / "numeric" / "cosmology" / "neff.py")
    assert out[1] == str(ROOT / "generated" / "entropy_np.py")
    assert out[2] == "True"


def test_the_cli_parser_and_help_import_no_numeric_library():
    # `mev-scalar --help` stays fast: the package, the registry and every command's register() load no NumPy
    code = ("import sys, contextlib, io; import mevscalar.cli as c; p = c.build_parser()\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit): p.parse_args(['--help'])\n"
            "print(sorted(m for m in ('numpy', 'scipy', 'sympy', 'mpmath', 'jax') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
