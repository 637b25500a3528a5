"""Reproduce step: every approximation the paper makes against its exact counterpart, in one table.

The same table as ``mev-scalar check --approximations`` (:mod:`mevscalar.approximations`), written as
approximations.md / approximations.json. It runs after s60-s80: their maps are in neff_map.md, boltzmann.md and
bbn_map.md, and the Boltzmann solver's points they evaluated are memoised in this process; the table's two
expensive rows (instantaneous decoupling vs the solver, T_D > 0.3 MeV vs the abundances) are small live samples.
Running after s80 also keeps JAX (the BBN row) out of the process before s60 and s70 start their process pools.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "The paper's approximations vs their exact counterparts (one table)"


def run(out: Path):
    from .. import approximations

    return approximations.write(out)
