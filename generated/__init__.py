"""Generated kernels. DO NOT EDIT: run `mev-scalar regenerate`.

For each model module M there is M_np (NumPy/SciPy, vectorised) and M_mp (mpmath twin).
Importing this package imports neither SymPy nor the kernels themselves.
"""

MODULES = (
    'background',
    'decays',
    'decoupling',
    'diphoton',
    'entropy',
    'gm2',
    'qed',
    'seesaw',
    'thermo',
    'uv',
    'weak',
    'widths',
)

#: CODATA adjustment of the constants baked into declared domains (codegen.emit.CODATA_PIN).
CODATA_RELEASE = 'CODATA 2022'
