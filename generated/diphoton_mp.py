"""Generated from mevscalar.model.diphoton: mpmath reference twins (evaluate at the caller's mpmath.mp.dps).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 1e44d443ab771111e4aa5b37de664a4d
# codegen-version: 1

import mpmath

__all__ = ['diphoton_amplitude', 'g_gg', 'g_gg_series', 'g_gg_below', 'g_gg_above', 'g_gg_approx']


def diphoton_amplitude(tau):
    """A(tau) = 2[tau + (tau-1) f(tau)]/tau^2, complex above tau = 1; A(0) = 4/3.
    
    Equation: Eq. (3) loop function A(tau) = 4 T(tau), tau = m_phi^2/(4 m_mu^2) (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): tau in [1e-12, 100000].
    Twin: mpmath (exact expression).
    """
    tau = mpmath.mpmathify(tau)
    return (2*tau + 2*(tau - 1)*((mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log1p(-4*tau*x*(1 - x))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (tau <= mpmath.mpf(1)/mpmath.mpf(4)) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - 4*tau) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (tau <= 1) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - 4*tau) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(1 - 1/tau)]) + mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - 4*tau) + (1 - 2*x)**2))/(x*(1 - x)), [mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(1 - 1/tau), mpmath.mpf(1)/mpmath.mpf(2)]))))/tau**2


def g_gg(g_mu, m_phi, m_mu, alpha):
    """g_gg = -(alpha g_mu/(2 pi m_mu)) A(m_phi^2/(4 m_mu^2)) [MeV^-1]; complex above 2 m_mu.
    
    Equation: Eq. (3), exact one-loop muon triangle (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 10000], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    alpha = mpmath.mpmathify(alpha)
    return -8*alpha*g_mu*m_mu**3*(2*(-1 + (mpmath.mpf(1)/mpmath.mpf(4))*m_phi**2/m_mu**2)*((mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log1p(-m_phi**2*x*(1 - x)/m_mu**2)/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 1) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 4) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1)]) + mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1), mpmath.mpf(1)/mpmath.mpf(2)]))) + (mpmath.mpf(1)/mpmath.mpf(2))*m_phi**2/m_mu**2)/(mpmath.pi*m_phi**4)


def g_gg_series(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [0.001, 105.658] MeV only (series form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 105.658], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    alpha = mpmath.mpmathify(alpha)
    return -8*alpha*g_mu*m_mu**3*(2*(-1 + (mpmath.mpf(1)/mpmath.mpf(4))*m_phi**2/m_mu**2)*((mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log1p(-m_phi**2*x*(1 - x)/m_mu**2)/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 1) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 4) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1)]) + mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1), mpmath.mpf(1)/mpmath.mpf(2)]))) + (mpmath.mpf(1)/mpmath.mpf(2))*m_phi**2/m_mu**2)/(mpmath.pi*m_phi**4)


def g_gg_below(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [105.658, 211.317] MeV only (below form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [105.658, 211.317], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    alpha = mpmath.mpmathify(alpha)
    return -8*alpha*g_mu*m_mu**3*(2*(-1 + (mpmath.mpf(1)/mpmath.mpf(4))*m_phi**2/m_mu**2)*((mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log1p(-m_phi**2*x*(1 - x)/m_mu**2)/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 1) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 4) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1)]) + mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1), mpmath.mpf(1)/mpmath.mpf(2)]))) + (mpmath.mpf(1)/mpmath.mpf(2))*m_phi**2/m_mu**2)/(mpmath.pi*m_phi**4)


def g_gg_above(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [211.317, 10000] MeV only (above form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [211.317, 10000], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_phi = mpmath.mpmathify(m_phi)
    m_mu = mpmath.mpmathify(m_mu)
    alpha = mpmath.mpmathify(alpha)
    return -8*alpha*g_mu*m_mu**3*(2*(-1 + (mpmath.mpf(1)/mpmath.mpf(4))*m_phi**2/m_mu**2)*((mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log1p(-m_phi**2*x*(1 - x)/m_mu**2)/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 1) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2)])) if (m_phi**2/m_mu**2 <= 4) else (mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [0, mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1)]) + mpmath.quad(lambda x: -mpmath.mpf(1)/mpmath.mpf(2)*mpmath.conj(mpmath.log(x*(1 - x)*(4 - m_phi**2/m_mu**2) + (1 - 2*x)**2))/(x*(1 - x)), [mpmath.mpf(1)/mpmath.mpf(2) - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.sqrt(-4*m_mu**2/m_phi**2 + 1), mpmath.mpf(1)/mpmath.mpf(2)]))) + (mpmath.mpf(1)/mpmath.mpf(2))*m_phi**2/m_mu**2)/(mpmath.pi*m_phi**4)


def g_gg_approx(g_mu, m_mu, alpha):
    """g_gg -> -(2 alpha g_mu)/(3 pi m_mu) [MeV^-1], the paper's approximation.
    
    Equation: Sec. II below Eq. (3): m_phi << m_mu limit (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: mpmath (exact expression).
    """
    g_mu = mpmath.mpmathify(g_mu)
    m_mu = mpmath.mpmathify(m_mu)
    alpha = mpmath.mpmathify(alpha)
    return -mpmath.mpf(2)/mpmath.mpf(3)*alpha*g_mu/(mpmath.pi*m_mu)
