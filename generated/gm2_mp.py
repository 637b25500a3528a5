"""Generated from mevscalar.model.gm2: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: fe94cc62e0ae355f91b2c2723d55f341
# codegen-version: 1

import mpmath

__all__ = ['gm2_loop', 'delta_a_mu', 'delta_a_mu_below', 'delta_a_mu_mid', 'delta_a_mu_series', 'gm2_loop_small', 'gm2_loop_large']


def gm2_loop(r):
    """I(r) = int_0^1 (1-z)^2(1+z)/((1-z)^2 + z r^2) dz, exact one loop (Eq. 5).
    
    Equation: Eq. (5) integral I(r), r = m_phi/m_mu.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): r in [1e-06, 1000].
    Twin: mpmath (exact expression).
    """
    r = mpmath.mpmathify(r)
    return mpmath.quad(lambda z: (1 - z)**2*(z + 1)/(r**2*z + (1 - z)**2), [0, 1])


def delta_a_mu(g_mu, m_phi, m_mu):
    """Delta a_mu = g_mu^2/(8 pi^2) I(m_phi/m_mu): the scalar's exact one-loop contribution (Eq. 5).
    
    Equation: Eq. (5).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 10000], m_mu in [105.658, 105.658].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    return (mpmath.mpf(1)/mpmath.mpf(8))*g_mu**2*mpmath.quad(lambda z: (1 - z)**2*(z + 1)/((1 - z)**2 + m_phi**2*z/m_mu**2), [0, 1])/mpmath.pi**2


def delta_a_mu_below(g_mu, m_phi, m_mu):
    """Delta a_mu on m_phi in [0.001, 211.317] MeV only (below form); see delta_a_mu.
    
    Equation: Eq. (5), one branch of the exact closed form.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 211.317], m_mu in [105.658, 105.658].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    return (mpmath.mpf(1)/mpmath.mpf(8))*g_mu**2*mpmath.quad(lambda z: (1 - z)**2*(z + 1)/((1 - z)**2 + m_phi**2*z/m_mu**2), [0, 1])/mpmath.pi**2


def delta_a_mu_mid(g_mu, m_phi, m_mu):
    """Delta a_mu on m_phi in [211.317, 422.634] MeV only (mid form); see delta_a_mu.
    
    Equation: Eq. (5), one branch of the exact closed form.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [211.317, 422.634], m_mu in [105.658, 105.658].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    return (mpmath.mpf(1)/mpmath.mpf(8))*g_mu**2*mpmath.quad(lambda z: (1 - z)**2*(z + 1)/((1 - z)**2 + m_phi**2*z/m_mu**2), [0, 1])/mpmath.pi**2


def delta_a_mu_series(g_mu, m_phi, m_mu):
    """Delta a_mu on m_phi in [422.634, 10000] MeV only (series form); see delta_a_mu.
    
    Equation: Eq. (5), one branch of the exact closed form.  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [422.634, 10000], m_mu in [105.658, 105.658].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    return (mpmath.mpf(1)/mpmath.mpf(8))*g_mu**2*mpmath.quad(lambda z: (1 - z)**2*(z + 1)/((1 - z)**2 + m_phi**2*z/m_mu**2), [0, 1])/mpmath.pi**2


def gm2_loop_small(r):
    """I(r) expanded at r -> 0: 3/2 - pi r + r^2 (...) (leading term gives 3 g^2/(16 pi^2)).
    
    Equation: Eq. (5), r -> 0 expansion (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): r in [1e-06, 1000].
    Twin: mpmath (exact expression).
    """
    r = mpmath.mpmathify(r)
    return -3*r**2*mpmath.log(r) - mpmath.pi*r + mpmath.mpf(3)/mpmath.mpf(2)


def gm2_loop_large(r):
    """I(r) expanded at r -> oo through (4/r^2)^2: (ln r^2 - 7/6)/r^2 + ...
    
    Equation: Eq. (5), r -> oo expansion (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): r in [1e-06, 1000].
    Twin: mpmath (exact expression).
    """
    r = mpmath.mpmathify(r)
    _x0 = r**(-2)
    _x1 = 4*_x0
    return _x1*(-mpmath.mpf(13)/mpmath.mpf(16)*_x0 + mpmath.mpf(-7)/mpmath.mpf(24)) + _x1*((mpmath.mpf(3)/mpmath.mpf(2))*_x0 + mpmath.mpf(1)/mpmath.mpf(2))*mpmath.log(r)
