"""Import plumbing: old import paths, and a plain checkout.

Old import paths are kept working for one release (0.1.x): the numeric evaluators moved to
:mod:`mevscalar.numeric` so that the folders show the layers.

    mevscalar.cosmology[.X]  ->  mevscalar.numeric.cosmology[.X]
    mevscalar.pheno          ->  mevscalar.numeric.pheno
    mevscalar.neutrino       ->  mevscalar.numeric.neutrino

An old name resolves to the *same* module object as the new one (never a second copy with its own
state), and warns once with a DeprecationWarning naming the new path.

A plain checkout (the repository root on sys.path, nothing installed) also works: setuptools maps the
top-level folders model/, codegen/, generated/ and numeric/ onto mevscalar.model, ... (pyproject.toml),
and without an install nothing does that mapping, so a last-resort finder does it from the folders
beside this package. An installed or editable package never reaches it (its own finders come first).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings
from pathlib import Path

ALIASES = {
    "mevscalar.cosmology": "mevscalar.numeric.cosmology",
    "mevscalar.pheno": "mevscalar.numeric.pheno",
    "mevscalar.neutrino": "mevscalar.numeric.neutrino",
}
REMOVED_IN = "0.2"


def _target(name: str) -> str | None:
    for old, new in ALIASES.items():
        if name == old or name.startswith(old + "."):
            return new + name[len(old):]
    return None


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, new: str):
        self.new = new

    def create_module(self, spec):
        return importlib.import_module(self.new)

    def exec_module(self, module):  # the target module is already executed
        pass


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        new = _target(fullname)
        if new is None:
            return None
        if importlib.util.find_spec(new) is None:
            return None
        warnings.warn(f"{fullname} moved to {new}; the old name is removed in mev-scalar {REMOVED_IN}",
                      DeprecationWarning, stacklevel=2)
        return importlib.util.spec_from_loader(fullname, _AliasLoader(new))


#: subpackage -> top-level folder of the repository (pyproject.toml [tool.setuptools.package-dir])
CHECKOUT_FOLDERS = {"mevscalar.model": "model", "mevscalar.codegen": "codegen",
                    "mevscalar.generated": "generated", "mevscalar.numeric": "numeric"}


class _CheckoutFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        folder = CHECKOUT_FOLDERS.get(fullname)
        if folder is None:
            return None
        init = Path(__file__).resolve().parent.parent / folder / "__init__.py"
        if not init.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, init, submodule_search_locations=[str(init.parent)])


def install() -> None:
    if not any(isinstance(f, _AliasFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())  # before PathFinder: a submodule of an alias must not load twice
    if not any(isinstance(f, _CheckoutFinder) for f in sys.meta_path):
        sys.meta_path.append(_CheckoutFinder())  # last: only a plain checkout ever needs it
