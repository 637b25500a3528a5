"""SymPy functions that exist to be printed safely: one definition, two printers.

``besselke(nu, x) = K_nu(x) e^x``: the exponentially scaled modified Bessel function of the second
kind. Written into an expression wherever K_nu of a large argument appears, it prints as
``scipy.special.kve`` (no underflow for x > ~700) and as ``besselk(nu, x)*exp(x)`` for mpmath.
"""

from __future__ import annotations

import sympy as sp


class besselke(sp.Function):
    """K_nu(x) * exp(x)."""

    nargs = 2

    def _eval_rewrite_as_besselk(self, nu, x, **kwargs):
        return sp.besselk(nu, x) * sp.exp(x)

    def _eval_evalf(self, prec):
        return self.rewrite(sp.besselk)._eval_evalf(prec)

    def _latex(self, printer):
        nu, x = self.args
        return r"e^{%s} K_{%s}\left(%s\right)" % (printer._print(x), printer._print(nu), printer._print(x))

    def fdiff(self, argindex=2):
        if argindex != 2:
            raise sp.ArgumentIndexError(self, argindex)
        nu, x = self.args
        # d/dx [K_nu(x) e^x] = e^x (K_nu(x) - (K_{nu-1}(x) + K_{nu+1}(x))/2)
        return besselke(nu, x) - (besselke(nu - 1, x) + besselke(nu + 1, x)) / 2
