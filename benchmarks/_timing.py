"""Timing helper shared by the benchmarks (run as scripts: this folder is on sys.path)."""

from __future__ import annotations

import math
import time


def per_call(fn, n: int, repeat: int = 5) -> float:
    """Best of ``repeat`` runs of ``n`` calls of ``fn``: seconds per call."""
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best
