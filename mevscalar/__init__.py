"""mev-scalar: a light (MeV) real scalar coupled to muons and neutrinos.

Layout (one direction, no way back)::

    mevscalar.model      exact SymPy derivations (imports SymPy)
    mevscalar.codegen    registry of model expressions -> Python source
    mevscalar.generated  emitted NumPy and mpmath kernels (never edited by hand)
    mevscalar.numeric.cosmology  numeric evaluators built on generated kernels (no SymPy)

Importing this package, the generated kernels or the numeric evaluators does not import SymPy.
"""

__version__ = "0.1.0"

from . import _aliases
from .errors import ParameterError  # noqa: F401  (re-exported: the one error users catch; no NumPy at import)

_aliases.install()  # mevscalar.cosmology / .pheno / .neutrino -> mevscalar.numeric (one release)
