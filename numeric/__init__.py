"""The numeric layer: every evaluator of an observable, built on the generated kernels.

NumPy and SciPy only; importing any module here never imports SymPy (nor JAX, except
:mod:`mevscalar.numeric.cosmology.bbn` when it is called).

    mevscalar.numeric.pheno       g-2 matching, the g_gg loop, widths and branching ratios (Eqs. 1-5)
    mevscalar.numeric.neutrino    seesaw and exact diagonalisation of the 5x5 neutral mass matrix (Eqs. 14-19)
    mevscalar.numeric.cosmology   thermodynamics, T_D, N_eff, the Boltzmann evolution, BBN, scans (Eqs. 6-13)
"""
