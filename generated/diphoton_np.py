"""Generated from mevscalar.model.diphoton: vectorised NumPy/SciPy kernels (broadcast over array arguments).

DO NOT EDIT: run `mev-scalar regenerate`. `mev-scalar regenerate --check` fails when stale.
"""
# source-hash: 0cda3073765fa862ecf57a12b594fb52
# codegen-version: 1

import numpy

__all__ = ['diphoton_amplitude', 'g_gg', 'g_gg_approx']


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
        _x1 = m_mu**2
        _x2 = _x1**(-1.0)
        _x3 = m_phi**2
        _x4 = _x2*_x3
        _x5 = (1/4)*_x4
        _x6 = (1/4)*_x2*_x3 - 1
        _x7 = 16*m_mu**4/m_phi**4
        return -0.15915494309189535*alpha*g_mu*_x0*numpy.select([numpy.less_equal(_x4, 1),numpy.less_equal(_x4, 4),True], [_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*(_x5*((218424581927469056/1965489391160928347715)*_x4 + 9007199254740992/18735657440913079821) + 234187180623265792/449273418225976914075) + 72057594037927936/127151224128471039525) + 562949953421312/911060283220284351) + 562949953421312/832984380944401455) + 11118261580070912/14991555261204565407) + 5348024557502464/6547674380330435625) + 80264348827648/88882457651544375) + 7696581394432/7676542056761955) + 36833639530496/32938354215184275) + 17592186044416/14034603100382865) + 1047972020224/741786633212625) + 17179869184/10724697608625) + 4294967296/2348933769945) + 111669149696/53109960559425) + 411041792/168603049395) + 8388608/2940067125) + 360710144/106885666125) + 33554432/8305139115) + 9699328/1977414075) + 262144/43306263) + 2031616/266741475) + 917504/93532725) + 2560/196911) + 512/28665) + 4864/189189) + 2048/51975) + 104/1575) + 8/63) + 14/45) + 4/3,_x7*((1/2)*_x4 + 2*_x6*numpy.arcsin((1/2)*m_phi*_x0)**2),_x7*((1/2)*_x2*_x3 - 1/2*_x6*(numpy.log(_x5) + 2*numpy.log1p(numpy.sqrt(-4*_x1/_x3 + 1)) - 3.141592653589793*1j)**2)], default=numpy.nan)


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
    'g_gg_approx': {'g_mu': (1e-06, 1.0), 'm_mu': (105.6583755, 105.6583755), 'alpha': (0.0072973525643, 0.0072973525643)},
}

#: (rtol, atol, complex_valued) promised against the mpmath twin over DOMAINS.
TOLERANCES = {
    'diphoton_amplitude': (1e-12, 0.0, True),
    'g_gg': (1e-12, 0.0, True),
    'g_gg_approx': (1e-12, 0.0, False),
}
