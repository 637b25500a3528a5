"""The field / representation layer and the invariance checker (paper Table I, Eq. 14)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import sympy as sp

from mevscalar.model.fields import (LEFT, RIGHT, SCALAR, Field, Term, check_term, delta, eps)
from mevscalar.model import uv

F = uv.table_i_fields()


def test_table_i_quantum_numbers():
    """Table I as reconstructed: (SU(2)_L, Y, Z2) for mu_R, L_i, H, H', phi, N, N'."""
    h = sp.Rational(1, 2)
    expect = {"mu_R": (1, -1, -1), "L_e": (2, -h, 1), "L_mu": (2, -h, 1), "L_tau": (2, -h, 1), "H": (2, h, 1),
              "Hp": (2, h, -1), "phi": (1, 0, -1), "N": (1, 0, 1), "Np": (1, 0, -1)}
    for name, (su2, y, z2) in expect.items():
        f = F[name]
        assert (f.su2, f.hypercharge, f.z2) == (su2, y, z2), name
    assert F["phi"].real and F["phi"].conj() is F["phi"]


def test_conjugation():
    H = F["H"]
    Hd = H.conj()
    assert Hd.hypercharge == -H.hypercharge and Hd.rep == "2bar" and Hd.z2 == H.z2
    assert Hd.conj() == H
    mu = F["mu_R"]
    assert mu.lorentz == RIGHT and mu.conj().lorentz == LEFT and mu.conj().hypercharge == 1
    assert F["N"].mass_dimension == sp.Rational(3, 2) and H.mass_dimension == 1


def test_field_validation():
    with pytest.raises(ValueError, match="real field"):
        Field("s", "s", SCALAR, 2, 0, 1, real=True)
    with pytest.raises(ValueError, match="z2"):
        Field("s", "s", SCALAR, 1, 0, 2)
    with pytest.raises(ValueError, match="su2"):
        Field("s", "s", SCALAR, 3, 0, 1)
    with pytest.raises(ValueError, match="lorentz"):
        Field("s", "s", "vector", 1, 0, 1)
    with pytest.raises(ValueError, match="kind"):
        eps(0, 1).__class__("sym", 0, 1)
    with pytest.raises(ValueError, match="out of range"):
        Term(1, (F["H"],), (delta(0, 1),))


@pytest.mark.parametrize("t", uv.eq14_terms(F), ids=lambda t: t.label)
def test_each_eq14_term_and_its_hc_is_invariant(t):
    for tt in (t, t.hc()):
        v = check_term(tt)
        assert v.ok, v.messages()
        assert v.classification == "invariant"
        assert v.renormalisable and v.mass_dimension <= 4


def test_mass_dimensions_of_eq14():
    dims = {t.label: t.mass_dimension for t in uv.eq14_terms(F)}
    assert dims["lambda_N N N' phi"] == 4
    assert dims["mu_phi H'^dag H phi"] == 3  # mu_phi has mass dimension 1
    assert dims["m_N/2 N N"] == 3


def test_soft_breaking_scalar_mass():
    t = Term(uv.m12sq, (F["Hp"].conj(), F["H"]), (delta(0, 1),))
    v = check_term(t)
    assert v.classification == "soft breaking" and v.violated == ("Z2",)
    assert "soft breaking" in v.reasons["Z2"]
    # the same Z2-odd operator with fermions is hard breaking: forbidden
    v2 = check_term(Term(1, (F["N"], F["Np"])))
    assert v2.classification == "forbidden" and v2.violated == ("Z2",)


def test_z2_odd_quartic_is_not_soft():
    """A Z2-odd scalar operator of dimension 4 is hard breaking."""
    H, Hp = F["H"], F["Hp"]
    t = Term(1, (Hp.conj(), H, H.conj(), H), (delta(0, 1), delta(2, 3)))
    v = check_term(t)
    assert v.mass_dimension == 4 and v.classification == "forbidden" and v.violated == ("Z2",)


@pytest.mark.parametrize("label", list(uv.wrong_terms(F)))
def test_wrong_terms_rejected_naming_the_symmetry(label):
    t, broken = uv.wrong_terms(F)[label]
    v = check_term(t)
    assert not v.ok and v.classification == "forbidden"
    assert set(v.violated) == set(broken), (v.violated, broken)
    for s in broken:
        assert any(msg.startswith(s + ":") for msg in v.messages())


def test_messages_are_specific():
    L, Hp, muR, H, N = F["L_mu"], F["Hp"], F["mu_R"], F["H"], F["N"]
    v = check_term(Term(1, (L, Hp, muR), (eps(0, 1),)))
    assert "hypercharges sum to -1, not 0" in v.reasons["U(1)_Y"]
    v = check_term(Term(1, (L, H, F["Np"]), (eps(0, 1),)))
    assert "Z2 parity is -1" in v.reasons["Z2"]
    v = check_term(Term(1, (L, N, H), (eps(0, 1),)))
    assert "singlet" in v.reasons["SU(2)_L"]
    # eps on 2 . 2bar and delta on 2 . 2 are wrong contractions
    v = check_term(Term(1, (L, L.conj(), H, H.conj()), (eps(0, 1), delta(3, 2))))
    assert not v.invariant["SU(2)_L"] and "eps contraction needs" in v.reasons["SU(2)_L"]
    v = check_term(Term(1, (H, H), (delta(0, 1),)))
    assert not v.invariant["SU(2)_L"] and "delta contraction needs" in v.reasons["SU(2)_L"]
    # uncontracted pair of doublets
    v = check_term(Term(1, (H.conj(), H)))
    assert not v.invariant["SU(2)_L"] and "uncontracted" in v.reasons["SU(2)_L"]


def test_non_renormalisable_flagged():
    """The Weinberg operator (L.H)(L.H) is invariant but of dimension 5."""
    L, H = F["L_e"], F["H"]
    v = check_term(Term(1, (L, H, L, H), (eps(0, 1), eps(2, 3))))
    assert v.ok and v.mass_dimension == 5 and not v.renormalisable
    assert "non-renormalisable" in str(v)


def test_component_expansion_of_contractions():
    L, H = F["L_mu"], F["H"]
    t = Term(1, (L, H), (eps(0, 1),))
    nu, mu = L.component_symbols()
    hp, h0 = H.component_symbols()
    assert sp.expand(t.operator() - (nu * h0 - mu * hp)) == 0
    Hp = F["Hp"]
    t = Term(1, (Hp.conj(), H), (delta(0, 1),))
    a, b = Hp.conj().component_symbols()
    assert sp.expand(t.operator() - (a * hp + b * h0)) == 0
    # the h.c. of a delta contraction is H^dag H'
    th = t.hc()
    c, d = H.conj().component_symbols()
    assert sp.expand(th.operator() - (c * Hp.component_symbols()[0] + d * Hp.component_symbols()[1])) == 0


_FIELDS = list(F.values())


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(0, len(_FIELDS) - 1), st.booleans()), min_size=1, max_size=4),
       st.sampled_from(["none", "delta", "eps"]))
def test_hc_has_the_same_verdict(picks, kind):
    """For arbitrary products of Table I fields, a term and its H.c. get identical verdicts and dimensions."""
    fs = [(_FIELDS[i].conj() if c else _FIELDS[i]) for i, c in picks]
    su2 = ()
    if kind != "none" and len(fs) >= 2:
        su2 = (delta(0, 1),) if kind == "delta" else (eps(0, 1),)
    t = Term(sp.Symbol("c"), tuple(fs), su2)
    v, vh = check_term(t), check_term(t.hc())
    assert v.invariant == vh.invariant and v.mass_dimension == vh.mass_dimension
    assert v.classification == vh.classification
    # U(1)_Y verdict is exactly "hypercharges sum to zero"; Z2 exactly "product of parities is +1"
    assert v.invariant["U(1)_Y"] == (sum(f.hypercharge for f in fs) == 0)
    assert v.invariant["Z2"] == (sp.prod([f.z2 for f in fs]) == 1)


def test_lagrangian_is_hermitian():
    """L equals its conjugate: swap every component with its dagger (couplings are real symbols)."""
    m = uv.model()
    swap = {}
    for f in m.fields.values():
        for a, b in zip(f.component_symbols(), f.conj().component_symbols()):
            swap[a], swap[b] = b, a
    L = m.lagrangian
    assert sp.expand(L.xreplace(swap) - L) == 0
    assert sp.expand(m.lagrangian_holomorphic.xreplace(swap) - m.lagrangian_holomorphic) != 0
