"""Exact SymPy derivations of the model (imports SymPy; the numeric side never imports this).

Each module that contributes kernels to code generation defines ``kernels() -> list[Kernel]``
(see :mod:`mevscalar.codegen.registry`); codegen discovers them by name.
"""
