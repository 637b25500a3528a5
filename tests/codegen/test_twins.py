"""Every generated NumPy kernel against its mpmath twin, over the kernel's whole declared domain.

The mpmath twin is printed from the exact expression and evaluated at 40 digits; the NumPy twin is
printed from the numerically safe form. Agreement to the kernel's declared ``rtol`` (each kernel
justifies its own) tests both the safe rewrite and its floating-point behaviour.
"""

from __future__ import annotations

import importlib
import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mevscalar.codegen.registry import collect

REGISTRY = collect()
CASES = [(mod, k) for mod, ks in REGISTRY.items() for k in ks]


def _draw(rng: "st.DrawFn", rg):
    """A point of the declared range, inside it to the last bit: exp(log(x)) can round one ulp past an edge
    (a fixed m_mu drawn one ulp low put m_phi = 2 m_mu one ulp above the 'below' branch's threshold)."""
    u = rng(st.floats(0.0, 1.0, allow_nan=False))
    if rg.lo == rg.hi:
        return rg.lo
    if rg.scale == "log":
        v = math.exp(math.log(rg.lo) + u * (math.log(rg.hi) - math.log(rg.lo)))
    else:
        v = rg.lo + u * (rg.hi - rg.lo)
    return min(max(v, rg.lo), rg.hi)


def _close(got, ref, k):
    if k.shape:  # matrix-valued: every entry to rtol times the largest |entry| (plus atol)
        ref = np.array(ref.tolist(), dtype=complex if k.complex_valued else float)
        got = np.asarray(got)
        if not k.complex_valued:
            got = np.real(got)
        return got.shape == k.shape and bool(np.all(np.abs(got - ref) <= k.rtol * np.max(np.abs(ref)) + k.atol))
    if k.complex_valued:
        got, ref = complex(got), complex(ref)
    else:
        got, ref = float(np.real(got)), float(ref)
    return abs(got - ref) <= k.rtol * abs(ref) + k.atol


@pytest.mark.parametrize("mod,k", CASES, ids=[f"{m}.{k.name}" for m, k in CASES])
def test_numpy_matches_mpmath_over_domain(mod, k):
    np_mod = importlib.import_module(f"mevscalar.generated.{mod}_np")
    mp_mod = importlib.import_module(f"mevscalar.generated.{mod}_mp")
    f_np, f_mp = getattr(np_mod, k.name), getattr(mp_mod, k.name)
    n = int(k.extra.get("max_examples", 60))

    @settings(max_examples=n)
    @given(st.data())
    def prop(data):
        vals = [_draw(data.draw, k.domain[a]) for a in k.arg_names]
        got = f_np(*vals)
        with mpmath.workdps(40):
            ref = f_mp(*vals)
            if k.shape:
                ref = ref.apply(complex if k.complex_valued else (lambda z: float(mpmath.re(z))))
            else:
                ref = complex(ref) if k.complex_valued else float(mpmath.re(ref))
        assert np.all(np.isfinite(got)), (vals, got)
        assert _close(got, ref, k), (vals, got, ref, k.rtol)

    prop()


@pytest.mark.parametrize("mod,k", CASES, ids=[f"{m}.{k.name}" for m, k in CASES])
def test_numpy_kernels_broadcast(mod, k):
    """Array arguments give the same numbers as scalar calls (vectorised kernels)."""
    f_np = getattr(importlib.import_module(f"mevscalar.generated.{mod}_np"), k.name)
    pts = []
    for a in k.arg_names:
        rg = k.domain[a]
        if rg.scale == "log":
            pts.append(np.geomspace(rg.lo, rg.hi, 5))
        else:
            pts.append(np.linspace(rg.lo, rg.hi, 5))
    vec = np.broadcast_to(f_np(*pts), (5,) + k.shape)
    for i in range(5):
        one = f_np(*[p[i] for p in pts])
        assert np.allclose(vec[i], one, rtol=1e-15, atol=0), (k.name, i)
