"""Numeric evaluators built on generated kernels (NumPy/SciPy only; never imports SymPy)."""
