"""Shared SymPy symbols, each with its assumptions and the LaTeX name the paper uses.

Import symbols from here (``from mevscalar.model.symbols import m_phi, g_mu``) so that every derived
expression in every module shares one symbol per quantity and ``sympy.latex`` reads like the paper.
Names are Python identifiers (they become kernel argument names in generated code).
"""

from __future__ import annotations

import sympy as sp


class Sym(sp.Symbol):
    """A Symbol with a registered LaTeX rendering (e.g. ``m_Hp`` -> ``m_{H'}``)."""

    _latex_names: dict = {}

    def _latex(self, printer):
        name = self._latex_names.get(self.name)
        return name if name is not None else printer._print_Symbol(self)


def sym(name: str, latex: str | None = None, **assumptions) -> Sym:
    s = Sym(name, **assumptions)
    if latex is not None:
        Sym._latex_names[name] = latex
    return s


# ---- masses, vevs, scales [MeV]
m_phi = sym("m_phi", r"m_{\phi}", positive=True)
m_mu = sym("m_mu", r"m_{\mu}", positive=True)
m_e = sym("m_e", r"m_{e}", positive=True)
v = sym("v", "v", positive=True)  # SM-like doublet vev, <H^0> = v/sqrt(2)
v_p = sym("v_p", "v'", positive=True)  # H' vev, <H'^0> = v'/sqrt(2)
v_phi = sym("v_phi", r"v_{\phi}", positive=True)  # <phi> (normalisation: see model.uv)
m_Hp = sym("m_Hp", r"m_{H'}", positive=True)
mu_phi = sym("mu_phi", r"\mu_{\phi}", real=True)
m_N = sym("m_N", "m_{N}", real=True)
m_Np = sym("m_Np", "m_{N'}", real=True)
m_PL = sym("m_PL", r"m_{\rm PL}", positive=True)

# ---- couplings (dimensionless unless stated)
alpha = sym("alpha", r"\alpha", positive=True)
g_mu = sym("g_mu", r"g_{\mu}", real=True)
g_nu = sym("g_nu", r"g_{\nu}", real=True)
g_gg = sym("g_gg", r"g_{\gamma\gamma}", real=True)  # [MeV^-1]
y_mu = sym("y_mu", r"y_{\mu}", real=True)
lambda_N = sym("lambda_N", r"\lambda_{N}", real=True)
y_N = tuple(sym(f"y_N{i}", rf"y_{{N,{i}}}", real=True) for i in (1, 2, 3))
y_Np = tuple(sym(f"y_Np{i}", rf"y_{{N',{i}}}", real=True) for i in (1, 2, 3))

# ---- cosmology
T = sym("T", "T", positive=True)
T_D = sym("T_D", "T_{D}", positive=True)
T_gamma = sym("T_gamma", r"T_{\gamma}", positive=True)
Gamma_phi = sym("Gamma_phi", r"\Gamma_{\phi}", positive=True)
BR_nunu = sym("BR_nunu", r"{\rm BR}_{\nu\nu}", nonnegative=True)
g_star = sym("g_star", r"g_{*}", positive=True)
N_nu = sym("N_nu", r"N_{\nu}", positive=True)

# ---- dimensionless ratios and integration variables
x = sym("x", "x", positive=True)  # m_phi / T
y = sym("y", "y", nonnegative=True)  # m / T in F(y)
z = sym("z", "z", positive=True)  # Feynman parameter
r = sym("r", "r", positive=True)  # m_phi / m_mu
