"""Code generation: a registry of named model expressions -> NumPy and mpmath kernels in generated/.

Entry points: :func:`mevscalar.codegen.emit.generate` (source text per file, in memory),
:func:`mevscalar.codegen.emit.write` (atomic, only when changed) and
:func:`mevscalar.codegen.emit.check` (names stale kernels).
"""
