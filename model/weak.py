"""Standard-Model weak collision terms between e+-, neutrinos and neutrinos: matrix elements and the
exact reduction of the momentum-integrated (number and energy) collision integrals.

Units: MeV (hbar = c = k_B = 1); squared matrix elements are given divided by G_F^2.

Matrix elements (summed over all spins; neutrinos have one helicity). Dolgov, Hansen, Semikoz,
Nucl. Phys. B 503 (1997) 426, Table 1 (also Escudero, JCAP 02 (2019) 007, Table 2), with p1 p2 -> p3 p4:

    nu_a nubar_a -> e- e+        128 [g_L^2 (p1.p4)(p2.p3) + g_R^2 (p1.p3)(p2.p4) + g_L g_R m^2 (p1.p2)]
    nu_a e-      -> nu_a e-      128 [g_L^2 (p1.p2)(p3.p4) + g_R^2 (p1.p4)(p2.p3) - g_L g_R m^2 (p1.p3)]
    nu_a e+      -> nu_a e+      128 [g_R^2 (p1.p2)(p3.p4) + g_L^2 (p1.p4)(p2.p3) - g_L g_R m^2 (p1.p3)]
    nubar_a e-+  -> nubar_a e-+  as nu_a e+- (CP)
    nu_a nubar_a -> nu_b nubar_b  32 (p1.p4)(p2.p3)            (a != b, Z exchange only)
    nu_a nu_b    -> nu_a nu_b     32 (p1.p2)(p3.p4)            (a != b)
    nu_a nubar_b -> nu_a nubar_b  32 (p1.p4)(p2.p3)            (a != b)

(Table 1 writes these as S |M|^2 / (2^5 G_F^2) = 4 [...] for the e+- entries and 1 x (...) for the
nu_a nu_b entries with a != b; S = 1 for all of them.) Where the factors come from:
* 2^5 G_F^2 = 32 G_F^2 for a four-neutrino process with a != b: in L = -(G_F/sqrt2) J_Z^mu J_Z,mu with
  J_Z = sum_a nubar_a gamma^mu (1 - gamma5)/2 nu_a + ..., the cross term a != b appears twice, so the
  effective vertex is (G_F/(2 sqrt2)) [nubar_a gamma (1 - g5) nu_a][nubar_b gamma (1 - g5) nu_b] and the
  two traces give 256 (G_F^2/8) (p.p)(p.p) = 32 G_F^2 (p.p)(p.p).
* the 4 of the e+- entries: the electron couples with g_L (1 - gamma5)/2 + g_R (1 + gamma5)/2 in place
  of the neutrino's 1/2 (1 - gamma5)/2, i.e. (2 g_L)^2 = 4 g_L^2 relative to a g = 1/2 partner.
  Check: the g_L^2 term of nu e- -> nu e-, averaged over the e- spin (1/2), is 16 g_L^2 s^2 G_F^2 at
  m = 0 and gives sigma = G_F^2 g_L^2 s/pi, the g_L^2 part of the standard
  sigma(nu_mu e) = (G_F^2 s/pi)(g_L^2 + g_R^2/3).
* symmetry factors: none of these processes has identical particles (a != b; nu != nubar; e- != e+),
  so S = 1; processes within one species (nu_a nu_a -> nu_a nu_a, ...) conserve that species' n and
  rho and are not needed.
* counting: dn of the species (nu + nubar) changes by 2 per annihilation; e+- spins are summed in
  |M|^2, so their occupation numbers are per spin state.
:func:`table_msq` holds these entries as SymPy expressions in the dot products, and
:func:`partner_mapping` checks observation (ii) below symbolically.

Two observations reduce everything to two generic processes. (i) e+ and e- share one distribution
(mu_e = 0), nu and nubar share one (same xi), so summed over nu, nubar, e-, e+ only the structures
(g_L^2 + g_R^2) and g_L g_R survive: the g_L^2 - g_R^2 part is odd under the exchange of the two
partners and integrates to zero. (ii) A second neutrino species b enters exactly like an electron with
m = 0, g_L = 1/2, g_R = 0 (its LH neutrino and RH antineutrino are the two polarisations a g_R = 0
massless fermion has): 128 (1/4) = 32, and summed over nu_a nu_b, nu_a nubar_b and conjugates
2 x 128 (1/4) [(p1.p2)(p3.p4) + (p1.p4)(p2.p3)] = 64 [...], the sum of the table's entries.

Generic processes (species of interest "nu": massless 1 and 2 (or 1 and 3); partner "f" of mass m):

* ``ann``: nu(1) nubar(2) <-> f(3) fbar(4), |M|^2/G_F^2 = 128 [(g_L^2+g_R^2)/2 ((14)(23) + (13)(24))
  + g_L g_R m^2 (12)];
* ``sc`` : nu(1) f(2) -> nu(3) f(4) summed over nu, nubar and f, fbar:
  |M|^2/G_F^2 = 128 [2 (g_L^2+g_R^2) ((12)(34) + (14)(23)) - 4 g_L g_R m^2 (13)].

Exact reduction. Write the rate density of a 2 -> 2 process as
    R[W] = Int dPi_1..dPi_4 (2 pi)^4 delta^4(p1 + p2 - p3 - p4) |M|^2 W,   dPi = d^3p/((2 pi)^3 2E)
and insert 1 = Int d^4P delta^4(P - p1 - p2): R = Int d^4P/(2 pi)^4 Int dPhi_2(12) dPhi_2(34) |M|^2 W.
In the centre-of-mass frame of P (invariant mass M, along z in the plasma frame), the two-body phase
spaces are dPhi_2 = p*/(4 pi M) dOmega/(4 pi) (p* the CM momentum); the matrix element depends on
M, m and n1.n3 = c1 c3 + s1 s3 cos(phi); the occupation numbers on the plasma-frame energies
    E_1 = (E E_1* + Q p_i* c1)/M,  E_3 = (E E_3* + Q p_f* c3)/M,  E_2 = E - E_1,  E_4 = E - E_3,
with E = P^0 and Q = |P|. The relative azimuth phi is integrated analytically (<cos phi> = 0,
<cos^2 phi> = 1/2), leaving a polynomial of degree 2 in c1 and in c3. With the variables
    M^2 = M_min^2 + w^2  (M_min = 2m for ann, m for sc; removes the threshold square root),
    E = M + z^2,  Q = z sqrt(z^2 + 2 M)  (removes the square root at Q -> 0),
d^4P = 4 pi Q^2 dQ dE = 8 pi w z Q dw dz and
    R[W] = Int_0^inf dw Int_0^inf dz Int_-1^1 dc1 Int_-1^1 dc3 J(w, z) sum_ab q_ab(w) c1^a c3^b W,
    J = w z Q p_i* p_f* / (128 pi^5 M^2)       (:func:`jacobian`; exact, no approximation made).
W is a product of a function of c1 and a function of c3 (occupation numbers of the pair 1-2 and of
the pair 3-4), so the c1 and c3 integrals separate: the numeric side (numeric/cosmology/weak.py) applies a
fixed Gauss-Legendre rule to each and to w and z on [0, 40 T] ranges (e^-40 truncation).

MB, massless closed forms (:func:`mb_closed_forms`): with W = exp(-E_1/T_1 - E_2/T_2 + xi_1 + xi_2)
and no blocking, the same reduced integral is done analytically in SymPy, in the plasma-frame variables
(E_1, E_2, cos theta_12), after the c3 and phi integrals. Results (per species nu + nubar):
    annihilation  dn/dt  = (32/pi^5) (g_L^2+g_R^2) G_F^2 (T_f^8 e^{2 xi_f} - T^8 e^{2 xi})
                  drho/dt = (128/pi^5) (g_L^2+g_R^2) G_F^2 (T_f^9 e^{2 xi_f} - T^9 e^{2 xi})
    scattering    drho/dt = (224/pi^5) (g_L^2+g_R^2) G_F^2 e^{xi + xi_f} T^4 T_f^4 (T_f - T)
(printed by the derivation, :func:`mb_closed_forms`, and registered as kernels weak_mb0_*); these are
Escudero 2019's corrected erratum, 4 (g_L^2 + g_R^2) x [32 (T_f^9 - T^9) + 56 T^4 T_f^4 (T_f - T)] G_F^2/pi^5,
see docs/weak-rates.md.
"""

from __future__ import annotations

import functools

import sympy as sp

from mevscalar.codegen.registry import Kernel, Range
from mevscalar.model.gm2 import np_safe
from mevscalar.model.symbols import sym

#: reduced-integral variables
w = sym("w", "w", nonnegative=True)
z = sym("z", "z", nonnegative=True)
c = sym("c", "c", real=True)  # a CM-frame cosine (c1 or c3)
c1 = sym("c1", "c_1", real=True)
c3 = sym("c3", "c_3", real=True)
cphi = sym("cphi", r"\cos\varphi", real=True)
m = sym("m", "m", nonnegative=True)  # partner mass (m_e, or 0 for a neutrino partner)
gL = sym("g_L", "g_L", real=True)
gR = sym("g_R", "g_R", real=True)

PROCESSES = ("ann", "sc")
STRUCTURES = ("A", "B")  # A: coefficient of (g_L^2 + g_R^2); B: coefficient of g_L g_R


@functools.lru_cache(maxsize=None)
def kinematics(proc: str) -> dict:
    """CM-frame kinematics of ``proc`` in the variables (w, z): masses, M, E, Q, p*, E*."""
    if proc == "ann":
        m1, m2, m3, m4 = 0, 0, m, m
        mmin = 2 * m
    elif proc == "sc":
        m1, m2, m3, m4 = 0, m, 0, m
        mmin = m
    else:
        raise ValueError(f"proc must be one of {PROCESSES}, got {proc!r}")
    M2 = mmin**2 + w**2
    M = sp.sqrt(M2)
    E = M + z**2
    Q = z * sp.sqrt(z**2 + 2 * M)

    def cm(ma, mb):
        # p*^2 = lambda(M^2, ma^2, mb^2)/(4 M^2): a perfect square over M^2 here, so sqrt stays algebraic
        pstar2 = sp.factor(sp.expand((M2 - (ma + mb) ** 2) * (M2 - (ma - mb) ** 2)) / (4 * M2))
        return sp.sqrt(pstar2), (M2 + ma**2 - mb**2) / (2 * M)

    p_i, E1s = cm(m1, m2)
    p_f, E3s = cm(m3, m4)
    return dict(m1=m1, m2=m2, m3=m3, m4=m4, M=M, E=E, Q=Q, p_i=p_i, p_f=p_f, E1s=E1s, E3s=E3s, mmin=mmin)


#: placeholders for the CM quantities while the Lorentz algebra is done (substituted at the end)
_Ms, _Pi, _Pf, _E1, _E3 = sp.symbols("Ms Pi Pf E1s E3s", positive=True)


def _dot(a, b):
    return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3]


@functools.lru_cache(maxsize=None)
def cm_momenta(proc: str, symbolic: bool = False):
    """Four-momenta p1..p4 in the CM frame: n1 = (s1, 0, c1), n3 = (s3 cos phi, s3 sin phi, c3).

    With ``symbolic`` the CM energies and momenta are the placeholders Ms, Pi, Pf, E1s, E3s.
    """
    k = kinematics(proc)
    s1, s3 = sp.sqrt(1 - c1**2), sp.sqrt(1 - c3**2)
    sphi = sp.sqrt(1 - cphi**2)
    n1 = (s1, 0, c1)
    n3 = (s3 * cphi, s3 * sphi, c3)
    if symbolic:
        M, p_i, p_f, E1s, E3s = _Ms, _Pi, _Pf, _E1, _E3
    else:
        M, p_i, p_f, E1s, E3s = k["M"], k["p_i"], k["p_f"], k["E1s"], k["E3s"]
    p1 = (E1s,) + tuple(p_i * x for x in n1)
    p2 = (M - E1s,) + tuple(-p_i * x for x in n1)
    p3 = (E3s,) + tuple(p_f * x for x in n3)
    p4 = (M - E3s,) + tuple(-p_f * x for x in n3)
    return p1, p2, p3, p4


def _cm_subs(proc: str) -> dict:
    k = kinematics(proc)
    return {_Ms: k["M"], _Pi: k["p_i"], _Pf: k["p_f"], _E1: k["E1s"], _E3: k["E3s"]}


def msq(proc: str, structure: str | None = None, symbolic: bool = False):
    """|M|^2/G_F^2 of the generic process (module docstring), in terms of CM dot products.

    ``structure`` "A" gives the coefficient of (g_L^2 + g_R^2), "B" that of g_L g_R; None the sum
    with the couplings as symbols. ``symbolic``: CM kinematics as placeholders (see cm_momenta).
    """
    p1, p2, p3, p4 = cm_momenta(proc, symbolic)
    d = {(i, j): _dot(a, b) for i, a in enumerate((p1, p2, p3, p4), 1) for j, b in enumerate((p1, p2, p3, p4), 1)}
    if proc == "ann":
        A = 128 * sp.Rational(1, 2) * (d[1, 4] * d[2, 3] + d[1, 3] * d[2, 4])
        B = 128 * m**2 * d[1, 2]
    else:
        A = 128 * 2 * (d[1, 2] * d[3, 4] + d[1, 4] * d[2, 3])
        B = -128 * 4 * m**2 * d[1, 3]
    if structure == "A":
        return A
    if structure == "B":
        return B
    return (gL**2 + gR**2) * A + gL * gR * B


def _phi_average(expr):
    """<expr>_phi over the relative azimuth: expr is a polynomial in cos(phi) (and sin(phi) only
    through sqrt(1 - cphi^2) to odd powers that average to 0 together with cos^odd)."""
    e = sp.expand(expr)
    sphi = sp.sqrt(1 - cphi**2)
    e = sp.expand(e.subs(sphi, sp.Symbol("SPHI")))
    SP = sp.Symbol("SPHI")
    poly = sp.Poly(e, cphi, SP)
    # <cos^a sin^b> over [0, 2 pi): 0 unless a, b even; <cos^2> = <sin^2> = 1/2, <cos^2 sin^2> = 1/8,
    # <cos^4> = <sin^4> = 3/8
    avg = {(0, 0): 1, (2, 0): sp.Rational(1, 2), (0, 2): sp.Rational(1, 2), (4, 0): sp.Rational(3, 8),
           (0, 4): sp.Rational(3, 8), (2, 2): sp.Rational(1, 8)}
    out = 0
    for (a, b), coeff in poly.terms():
        if a % 2 or b % 2:
            continue
        out += coeff * avg[(a, b)]
    return sp.expand(out)


@functools.lru_cache(maxsize=None)
def reduced_msq(proc: str, structure: str) -> dict:
    """{(a, b): q_ab(w, m)}: <|M|^2>_phi / G_F^2 = sum_ab q_ab c1^a c3^b (polynomial, degree <= 2)."""
    avg = _phi_average(msq(proc, structure, symbolic=True))
    poly = sp.Poly(avg, c1, c3)
    out = {}
    subs = _cm_subs(proc)
    for (a, b), coeff in poly.terms():
        q = sp.factor(sp.expand(coeff.subs(subs)))
        if q != 0:
            out[(a, b)] = q
    return out


def jacobian(proc: str) -> sp.Expr:
    """J(w, z, m) = w z Q p_i* p_f* / (128 pi^5 M^2): the measure of the reduced integral (module doc)."""
    k = kinematics(proc)
    return sp.factor(w * z * k["Q"] * k["p_i"] * k["p_f"] / (128 * sp.pi**5 * k["M"] ** 2))


def energy_1(proc: str, cc=c) -> sp.Expr:
    """Plasma-frame energy of particle 1 (the neutrino) at CM cosine ``cc``: (E E1* + Q p_i* c)/M."""
    k = kinematics(proc)
    return (k["E"] * k["E1s"] + k["Q"] * k["p_i"] * cc) / k["M"]


def energy_3(proc: str, cc=c) -> sp.Expr:
    """Plasma-frame energy of particle 3 at CM cosine ``cc``: (E E3* + Q p_f* c)/M."""
    k = kinematics(proc)
    return (k["E"] * k["E3s"] + k["Q"] * k["p_f"] * cc) / k["M"]


# --------------------------------------------------------------------------- the table entries
#: dot products p_i.p_j as symbols (for the literature entries)
P = {(i, j): sym(f"p{i}p{j}", rf"(p_{i}\cdot p_{j})", real=True) for i in range(1, 5) for j in range(i + 1, 5)}


def table_msq() -> dict:
    """|M|^2/G_F^2 of every process (DHS 1997 Table 1, S = 1), in the dot-product symbols ``P``."""
    p = P
    return {
        "nu_a nubar_a -> e- e+": 128 * (gL**2 * p[1, 4] * p[2, 3] + gR**2 * p[1, 3] * p[2, 4] + gL * gR * m**2 * p[1, 2]),
        "nu_a e- -> nu_a e-": 128 * (gL**2 * p[1, 2] * p[3, 4] + gR**2 * p[1, 4] * p[2, 3] - gL * gR * m**2 * p[1, 3]),
        "nu_a e+ -> nu_a e+": 128 * (gR**2 * p[1, 2] * p[3, 4] + gL**2 * p[1, 4] * p[2, 3] - gL * gR * m**2 * p[1, 3]),
        "nubar_a e- -> nubar_a e-": 128 * (gR**2 * p[1, 2] * p[3, 4] + gL**2 * p[1, 4] * p[2, 3] - gL * gR * m**2 * p[1, 3]),
        "nubar_a e+ -> nubar_a e+": 128 * (gL**2 * p[1, 2] * p[3, 4] + gR**2 * p[1, 4] * p[2, 3] - gL * gR * m**2 * p[1, 3]),
        "nu_a nubar_a -> nu_b nubar_b": 32 * p[1, 4] * p[2, 3],
        "nu_a nu_b -> nu_a nu_b": 32 * p[1, 2] * p[3, 4],
        "nu_a nubar_b -> nu_a nubar_b": 32 * p[1, 4] * p[2, 3],
        "nubar_a nubar_b -> nubar_a nubar_b": 32 * p[1, 2] * p[3, 4],
        "nubar_a nu_b -> nubar_a nu_b": 32 * p[1, 4] * p[2, 3],
    }


def partner_mapping() -> dict:
    """Differences that must vanish: the generic processes (module doc) against the table entries.

    * "sc, e": sum over nu, nubar, e-, e+ of the scattering entries = the generic "sc" |M|^2 with the
      (12)(34) <-> (14)(23) symmetric A structure (the g_L^2 - g_R^2 remainder integrates to zero);
    * "sc, nu_b": the four nu_a(bar) nu_b(bar) entries = the generic "sc" with g_L = 1/2, g_R = 0, m = 0;
    * "ann, nu_b": nu_a nubar_a -> nu_b nubar_b = the generic "ann" with g_L = 1/2, g_R = 0, m = 0,
      symmetrised over the two partners (identical distributions).
    """
    t = table_msq()
    p = P
    sym_A = (gL**2 + gR**2)
    sc_e = sum(t[k] for k in t if " e" in k and "->" in k and "nubar_a nubar_a" not in k and "e- e+" not in k)
    generic_sc = 128 * (2 * sym_A * (p[1, 2] * p[3, 4] + p[1, 4] * p[2, 3]) - 4 * gL * gR * m**2 * p[1, 3])
    nub = ("nu_a nu_b -> nu_a nu_b", "nu_a nubar_b -> nu_a nubar_b", "nubar_a nubar_b -> nubar_a nubar_b",
           "nubar_a nu_b -> nubar_a nu_b")
    sc_nu = sum(t[k] for k in nub)
    half = {gL: sp.Rational(1, 2), gR: 0, m: 0}
    ann_nu = t["nu_a nubar_a -> nu_b nubar_b"]
    generic_ann = 128 * (sym_A / 2 * (p[1, 4] * p[2, 3] + p[1, 3] * p[2, 4]) + gL * gR * m**2 * p[1, 2])
    swap34 = {p[1, 3]: p[1, 4], p[1, 4]: p[1, 3], p[2, 3]: p[2, 4], p[2, 4]: p[2, 3]}
    return {
        "sc, e": sp.expand(sc_e - generic_sc),
        "sc, nu_b": sp.expand(sc_nu - generic_sc.subs(half)),
        "ann, nu_b": sp.expand((ann_nu + ann_nu.xreplace(swap34)) / 2 - generic_ann.subs(half)),
        "ann, e": sp.expand((t["nu_a nubar_a -> e- e+"] + t["nu_a nubar_a -> e- e+"].xreplace(swap34)) / 2
                            - generic_ann),
    }


# --------------------------------------------------------------------------- MB closed forms
MB_T, MB_TF = sym("T", "T", positive=True), sym("T_f", "T_f", positive=True)
MB_XI, MB_XIF = sym("xi", r"\xi", real=True), sym("xi_f", r"\xi_f", real=True)


@functools.lru_cache(maxsize=None)
def mb_closed_forms() -> dict:
    """Massless MB (no blocking) rates per species from the reduced integral, in closed form.

    Returns {name: expression} with T (the neutrino species), Tf (the partner), xi, xif, and the
    coupling structure A = g_L^2 + g_R^2 factored out (B terms vanish at m = 0), G_F = 1:
    "ann_n", "ann_rho" (net: gain - loss) and "sc_rho" (net).
    Derivation: plasma-frame variables for the initial pair (massless): d^3p1 d^3p2 / (4 E1 E2 (2 pi)^6)
    = E1 E2 dE1 dE2 dx/(32 pi^4), x = cos theta_12, s = M^2 = 2 E1 E2 (1 - x), Q^2 = E1^2 + E2^2 + 2 E1 E2 x,
    CM cosine of p1 c1 = (E1 - E2)/Q; the final state dPhi_2 = (1/(8 pi)) (1/2) Int dc3 <.>_phi.
    """
    T, Tf, xi, xif = MB_T, MB_TF, MB_XI, MB_XIF
    E1, E2, x = sp.symbols("E_1 E_2 x", positive=True)
    Qs = sp.Symbol("Q", positive=True)
    out = {}
    for proc in PROCESSES:
        q = reduced_msq(proc, "A")
        k = kinematics(proc)
        poly = sum(v.subs(m, 0) * c1**a * c3**b for (a, b), v in q.items())
        Mw = sp.sqrt(2 * E1 * E2 * (1 - x))
        # final state: (1/(8 pi)) (1/2) Int dc3 [...]; weights: 1, E3 (plasma frame), E = E1 + E2
        E3 = (E1 + E2 + Qs * c3) / 2  # massless: E3* = p_f* = M/2, E E3*/M = E/2, Q p_f*/M = Q/2
        fin = {
            "1": sp.integrate(poly, (c3, -1, 1)) / (16 * sp.pi),
            "E3": sp.integrate(poly * E3, (c3, -1, 1)) / (16 * sp.pi),
        }
        for key in fin:
            e = fin[key].subs(w, Mw).subs(c1, (E1 - E2) / Qs)
            e = sp.expand(e)
            e = sp.expand(e.subs(Qs**2, E1**2 + E2**2 + 2 * E1 * E2 * x))
            e = sp.expand(e.subs(Qs**2, E1**2 + E2**2 + 2 * E1 * E2 * x))
            if e.has(Qs):
                raise RuntimeError(f"{proc}/{key}: Q did not cancel: {e}")
            fin[key] = e

        def integrate_initial(expr, a, b):
            """Int dE1 dE2 dx E1 E2/(32 pi^4) expr e^{-a E1 - b E2} (x from -1 to 1)."""
            ex = sp.integrate(sp.expand(expr * E1 * E2), (x, -1, 1))
            ex = sp.expand(ex)
            res = 0
            for term in sp.Add.make_args(ex):
                pe1 = sp.degree(term, E1)
                pe2 = sp.degree(term, E2)
                coeff = term / (E1**pe1 * E2**pe2)
                res += coeff * sp.factorial(pe1) / a ** (pe1 + 1) * sp.factorial(pe2) / b ** (pe2 + 1)
            return sp.cancel(res / (32 * sp.pi**4))

        if proc == "ann":
            base_f = integrate_initial(fin["1"], 1 / Tf, 1 / Tf)  # gain: pair of f -> nu pair (time reversed)
            base_nu = integrate_initial(fin["1"], 1 / T, 1 / T)
            en_f = integrate_initial(fin["1"] * (E1 + E2), 1 / Tf, 1 / Tf)
            en_nu = integrate_initial(fin["1"] * (E1 + E2), 1 / T, 1 / T)
            out["ann_n"] = sp.factor(2 * (base_f * sp.exp(2 * xif) - base_nu * sp.exp(2 * xi)))
            out["ann_rho"] = sp.factor(en_f * sp.exp(2 * xif) - en_nu * sp.exp(2 * xi))
            out["ann_n_gain"] = sp.factor(2 * base_f * sp.exp(2 * xif))
            out["ann_rho_gain"] = sp.factor(en_f * sp.exp(2 * xif))
        else:
            gain = integrate_initial(fin["E3"], 1 / T, 1 / Tf)
            loss = integrate_initial(fin["1"] * E1, 1 / T, 1 / Tf)
            out["sc_rho"] = sp.factor(sp.exp(xi + xif) * (gain - loss))
            out["sc_rho_gain"] = sp.factor(sp.exp(xi + xif) * gain)
            out["sc_rho_loss"] = sp.factor(sp.exp(xi + xif) * loss)
    return out


# --------------------------------------------------------------------------- kernels
#: algebraic kernels: 15 hypothesis draws each keep the twin tests of this module at a few seconds
FEW = {"max_examples": 15}


def kernels() -> list[Kernel]:
    ks = []
    dom_w = Range(1e-3, 200.0)
    dom_z = Range(1e-3, 20.0)
    dom_m = Range(0.0, 20.0, "lin")
    dom_c = Range(-1.0, 1.0, "lin")
    why = "algebraic closed form without cancellation (all terms of one sign): a few ulp"
    for proc in PROCESSES:
        k = kinematics(proc)
        name = {"ann": "nu nubar <-> f fbar", "sc": "nu f -> nu f"}[proc]
        J = jacobian(proc)
        ks.append(Kernel(
            name=f"weak_{proc}_jac", args=(w, z, m), expr=J, numeric=np_safe(J),
            domain={"w": dom_w, "z": dom_z, "m": dom_m}, units="MeV^3",
            equation="derived (model/weak.py: J = w z Q p_i p_f/(128 pi^5 M^2))",
            doc=f"Measure J(w, z, m) of the reduced collision integral of {name} (G_F = 1).", rtol=1e-13, rtol_why=why,
            extra=FEW))
        ks.append(Kernel(
            name=f"weak_{proc}_etot", args=(w, z, m), expr=k["E"], domain={"w": dom_w, "z": dom_z, "m": dom_m},
            units="MeV", equation="derived (model/weak.py: E = M + z^2)",
            doc=f"Plasma-frame energy E = M + z^2 of the pair ({name}).", rtol=1e-14, rtol_why=why, extra=FEW))
        e1 = sp.factor(energy_1(proc))
        ks.append(Kernel(
            name=f"weak_{proc}_e1", args=(w, z, c, m), expr=e1, domain={"w": dom_w, "z": dom_z, "c": dom_c, "m": dom_m},
            units="MeV", equation="derived (model/weak.py: E_1 = (E E_1* + Q p_i* c)/M)",
            doc=f"Plasma-frame energy of the neutrino 1 at CM cosine c ({name}).", rtol=1e-12,
            atol=1e-13, rtol_why="E_1 = (E E* + Q p* c)/M cancels near c = -1 at large Q: ~ulp(E); atol covers it",
            extra=FEW))
        if proc == "ann":
            e3 = sp.factor(energy_3(proc))
            ks.append(Kernel(
                name="weak_ann_e3", args=(w, z, c, m), expr=e3, domain={"w": dom_w, "z": dom_z, "c": dom_c, "m": dom_m},
                units="MeV", equation="derived (model/weak.py: E_3 = (E E_3* + Q p_f* c)/M)",
                doc="Plasma-frame energy of the partner f (3) at CM cosine c (nu nubar <-> f fbar).", rtol=1e-12,
                atol=1e-13, rtol_why="cancellation near c = -1 as for E_1: ~ulp(E); atol covers it", extra=FEW))
        for st in STRUCTURES:
            for (a, b), q in sorted(reduced_msq(proc, st).items()):
                ks.append(Kernel(
                    name=f"weak_{proc}_{st}_q{a}{b}", args=(w, m), expr=q, numeric=np_safe(q),
                    domain={"w": dom_w, "m": dom_m}, units="MeV^4",
                    equation=f"derived from DHS 1997 Table 1 (model/weak.py, structure {st})",
                    doc=f"Coefficient of c1^{a} c3^{b} in <|M|^2>_phi/G_F^2 of {name}, structure {st}.",
                    rtol=1e-12, atol=1e-12, rtol_why="polynomial in w^2 and m^2 with mixed signs: ~ulp(w^4 + m^4)",
                    extra=FEW))
    dT = Range(1e-3, 30.0)
    dxi = Range(-4.0, 4.0, "lin")
    for key, e in mb_closed_forms().items():
        if not key.endswith(("_gain", "_loss")) and key != "sc_rho":
            continue  # annihilation nets are differences of gains (no cancelling closed form registered)
        ks.append(Kernel(
            name=f"weak_mb0_{key}", args=(MB_T, MB_TF, MB_XI, MB_XIF), expr=e, numeric=np_safe(e),
            domain={"T": dT, "T_f": dT, "xi": dxi, "xi_f": dxi}, units="MeV^4" if key.endswith("_n") or "_n_" in key else "MeV^5",
            equation="derived (model/weak.py: MB, massless, closed form; Escudero 2019 erratum)",
            doc=f"MB massless {key} per species (nu + nubar), coefficient of (g_L^2 + g_R^2) G_F^2.",
            rtol=1e-13 if key != "sc_rho" else 1e-12,
            rtol_why="a monomial times exponentials (sc_rho: times T_f - T, exact in floating point by "
                     "Sterbenz where it is small): a few ulp",
            extra=FEW))
    return ks
