"""Generated from mevscalar.model.diphoton: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 1e44d443ab771111e4aa5b37de664a4d
# codegen-version: 1

import numpy

__all__ = ['diphoton_amplitude', 'g_gg', 'g_gg_series', 'g_gg_below', 'g_gg_above', 'g_gg_approx']


def diphoton_amplitude(tau):
    """A(tau) = 2[tau + (tau-1) f(tau)]/tau^2, complex above tau = 1; A(0) = 4/3.
    
    Equation: Eq. (3) loop function A(tau) = 4 T(tau), tau = m_phi^2/(4 m_mu^2) (derived).  Units: 1.
    Domain (tested against the mpmath twin to rtol=1e-12): tau in [1e-12, 100000].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = tau**(-2.0)
        _x1 = 2*tau
        _x2 = tau - 1
        return numpy.select([numpy.less_equal(tau, 1/4),numpy.less_equal(tau, 1),True], [tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*(tau*((873698327709876224/1965489391160928347715)*tau + 9007199254740992/18735657440913079821) + 234187180623265792/449273418225976914075) + 72057594037927936/127151224128471039525) + 562949953421312/911060283220284351) + 562949953421312/832984380944401455) + 11118261580070912/14991555261204565407) + 5348024557502464/6547674380330435625) + 80264348827648/88882457651544375) + 7696581394432/7676542056761955) + 36833639530496/32938354215184275) + 17592186044416/14034603100382865) + 1047972020224/741786633212625) + 17179869184/10724697608625) + 4294967296/2348933769945) + 111669149696/53109960559425) + 411041792/168603049395) + 8388608/2940067125) + 360710144/106885666125) + 33554432/8305139115) + 9699328/1977414075) + 262144/43306263) + 2031616/266741475) + 917504/93532725) + 2560/196911) + 512/28665) + 4864/189189) + 2048/51975) + 104/1575) + 8/63) + 14/45) + 4/3,_x0*(_x1 + 2*_x2*numpy.arcsin(numpy.sqrt(tau))**2),_x0*(_x1 - 1/2*_x2*(numpy.log(tau) + 2*numpy.log1p(numpy.sqrt(1 - 1/tau)) - 3.141592653589793*1j)**2)], default=numpy.nan)


def g_gg(g_mu, m_phi, m_mu, alpha):
    """g_gg = -(alpha g_mu/(2 pi m_mu)) A(m_phi^2/(4 m_mu^2)) [MeV^-1]; complex above 2 m_mu.
    
    Equation: Eq. (3), exact one-loop muon triangle (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 10000], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: numpy.
    """
    with numpy.errstate(all='ignore'):
        _x0 = m_mu**(-1.0)
        _x1 = m_mu**(-2.0)
        _x2 = m_phi**2
        _x3 = _x1*_x2
        _x4 = (1/4)*_x3
        _x5 = (1/4)*_x1*_x2 - 1
        _x6 = 16*m_mu**4/m_phi**4
        _x7 = 2*m_mu
        return -0.15915494309189535*alpha*g_mu*_x0*numpy.select([numpy.greater_equal(m_mu, m_phi),numpy.less_equal(m_phi, _x7),True], [_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*(_x4*((218424581927469056/1965489391160928347715)*_x3 + 9007199254740992/18735657440913079821) + 234187180623265792/449273418225976914075) + 72057594037927936/127151224128471039525) + 562949953421312/911060283220284351) + 562949953421312/832984380944401455) + 11118261580070912/14991555261204565407) + 5348024557502464/6547674380330435625) + 80264348827648/88882457651544375) + 7696581394432/7676542056761955) + 36833639530496/32938354215184275) + 17592186044416/14034603100382865) + 1047972020224/741786633212625) + 17179869184/10724697608625) + 4294967296/2348933769945) + 111669149696/53109960559425) + 411041792/168603049395) + 8388608/2940067125) + 360710144/106885666125) + 33554432/8305139115) + 9699328/1977414075) + 262144/43306263) + 2031616/266741475) + 917504/93532725) + 2560/196911) + 512/28665) + 4864/189189) + 2048/51975) + 104/1575) + 8/63) + 14/45) + 4/3,_x6*((1/2)*_x3 + 2*_x5*numpy.arcsin((1/2)*m_phi*_x0)**2),_x6*((1/2)*_x1*_x2 - 1/2*_x5*(numpy.log(_x4) + 2*numpy.log1p(numpy.sqrt(m_phi - _x7)*numpy.sqrt(m_phi + _x7)/m_phi) - 3.141592653589793*1j)**2)], default=numpy.nan)


def g_gg_series(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [0.001, 105.658] MeV only (series form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [0.001, 105.658], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: numpy.
    """
    _x0 = m_phi**2/m_mu**2
    _x1 = (1/4)*_x0
    return -0.15915494309189535*alpha*g_mu*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*(_x1*((218424581927469056/1965489391160928347715)*_x0 + 9007199254740992/18735657440913079821) + 234187180623265792/449273418225976914075) + 72057594037927936/127151224128471039525) + 562949953421312/911060283220284351) + 562949953421312/832984380944401455) + 11118261580070912/14991555261204565407) + 5348024557502464/6547674380330435625) + 80264348827648/88882457651544375) + 7696581394432/7676542056761955) + 36833639530496/32938354215184275) + 17592186044416/14034603100382865) + 1047972020224/741786633212625) + 17179869184/10724697608625) + 4294967296/2348933769945) + 111669149696/53109960559425) + 411041792/168603049395) + 8388608/2940067125) + 360710144/106885666125) + 33554432/8305139115) + 9699328/1977414075) + 262144/43306263) + 2031616/266741475) + 917504/93532725) + 2560/196911) + 512/28665) + 4864/189189) + 2048/51975) + 104/1575) + 8/63) + 14/45) + 4/3)/m_mu


def g_gg_below(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [105.658, 211.317] MeV only (below form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [105.658, 211.317], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: numpy.
    """
    _x0 = m_mu**(-2.0)
    _x1 = m_phi**2
    return -2.5464790894703255*alpha*g_mu*m_mu**3*((1/2)*_x0*_x1 + 2*((1/4)*_x0*_x1 - 1)*numpy.arcsin((1/2)*m_phi/m_mu)**2)/m_phi**4


def g_gg_above(g_mu, m_phi, m_mu, alpha):
    """g_gg on m_phi in [211.317, 10000] MeV only (above form); see g_gg.
    
    Equation: Eq. (3), one branch of the exact g_gg (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_phi in [211.317, 10000], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: numpy.
    """
    _x0 = m_mu**(-2.0)
    _x1 = m_phi**2
    _x2 = 2*m_mu
    return -2.5464790894703255*alpha*g_mu*m_mu**3*((1/2)*_x0*_x1 - 1/2*((1/4)*_x0*_x1 - 1)*(numpy.log((1/4)*_x0*_x1) + 2*numpy.log1p(numpy.sqrt(m_phi - _x2)*numpy.sqrt(m_phi + _x2)/m_phi) - 3.141592653589793*1j)**2)/m_phi**4


def g_gg_approx(g_mu, m_mu, alpha):
    """g_gg -> -(2 alpha g_mu)/(3 pi m_mu) [MeV^-1], the paper's approximation.
    
    Equation: Sec. II below Eq. (3): m_phi << m_mu limit (derived).  Units: MeV^-1.
    Domain (tested against the mpmath twin to rtol=1e-12): g_mu in [1e-06, 1], m_mu in [105.658, 105.658], alpha in [0.00729735, 0.00729735].
    Twin: numpy.
    """
    return -0.2122065907891938*alpha*g_mu/m_mu


#: Declared domain of each kernel's arguments.
DOMAINS = {
    'diphoton_amplitude': {'tau': (1e-12, 100000.0)},
    'g_gg': {'g_mu': (1e-06, 1.0), 'm_phi': (0.001, 10000.0), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
    'g_gg_series': {'g_mu': (1e-06, 1.0), 'm_phi': (0.001, 105.6583755), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
    'g_gg_below': {'g_mu': (1e-06, 1.0), 'm_phi': (105.6583755, 211.316751), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
    'g_gg_above': {'g_mu': (1e-06, 1.0), 'm_phi': (211.316751, 10000.0), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
    'g_gg_approx': {'g_mu': (1e-06, 1.0), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'diphoton_amplitude': (1e-12, 0.0, True),
    'g_gg': (1e-12, 0.0, True),
    'g_gg_series': (1e-12, 0.0, True),
    'g_gg_below': (1e-12, 0.0, True),
    'g_gg_above': (1e-12, 0.0, True),
    'g_gg_approx': (1e-12, 0.0, False),
}
