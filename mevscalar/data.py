"""Measurements as named, cited data sets, so a user can switch between them.

Every entry records its value, uncertainty, citation and year. Add a data set by adding an entry;
never edit a number in place (publish a new name instead), so results stay reproducible.
No SymPy here.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import paper
from .validate import ParameterError, choice, finite, positive


@dataclass(frozen=True)
class Measurement:
    """A Gaussian measurement: central value and 1 sigma.

    Parameters
    ----------
    name : str
        The data set's name, its key in the dictionary that holds it (e.g. ``"2021"``, ``"planck2018"``).
    central : float
        The central value, in the quantity's unit (Delta a_mu and N_eff dimensionless, D/H a number
        ratio, omega_b = Omega_b h^2).
    sigma : float
        The 1 sigma uncertainty, same unit, >= 0 (0 only for the "none" theory entries).
    citation : str
        Where the numbers come from (publication, table, equation).
    year : int
        The year of the publication (0 for user-supplied or placeholder entries).
    note : str
        Caveats on provenance (default empty).
    """

    name: str
    central: float
    sigma: float
    citation: str
    year: int
    note: str = ""

    def band(self, nsigma: float) -> tuple[float, float]:
        """[central - n sigma, central + n sigma].

        Parameters
        ----------
        nsigma : float
            The half-width in units of sigma (e.g. 1 or 2).

        Returns
        -------
        tuple of float
            (central - nsigma sigma, central + nsigma sigma), in the measurement's unit.
        """
        return (self.central - nsigma * self.sigma, self.central + nsigma * self.sigma)

    def pull(self, value: float) -> float:
        """The pull (value - central) / sigma of a prediction.

        Parameters
        ----------
        value : float
            The predicted value, in the measurement's unit.

        Returns
        -------
        float
            (value - central) / sigma, dimensionless and signed (sigma must be > 0).
        """
        return (value - self.central) / self.sigma

    @classmethod
    def user(cls, central: float, sigma: float, name: str = "user") -> "Measurement":
        """A user-supplied (central, sigma) pair.

        Parameters
        ----------
        central : float
            The central value, in the quantity's unit, a finite number.
        sigma : float
            The 1 sigma uncertainty, same unit, (0, inf).
        name : str
            The data set's name (default ``"user"``).

        Returns
        -------
        Measurement
            The measurement, cited as "user supplied", year 0.

        Raises
        ------
        ParameterError
            If ``central`` is not a finite number, or ``sigma`` is not a finite number > 0.
        """
        central = finite("central", central)
        positive("sigma", sigma)
        return cls(name=name, central=float(central), sigma=float(sigma), citation="user supplied", year=0)


@dataclass(frozen=True)
class LowerBound:
    """A published lower bound on a quantity (e.g. the decoupling temperature from BBN).

    Parameters
    ----------
    name : str
        The data set's name (e.g. ``"sabti2020"``).
    value : float
        The bound, in ``unit``.
    unit : str
        Its unit (e.g. ``"MeV"``).
    citation : str
        Where it comes from.
    year : int
        The year of the publication.
    note : str
        Caveats (default empty).
    """

    name: str
    value: float
    unit: str
    citation: str
    year: int
    note: str = ""


#: Delta a_mu = a_mu(exp) - a_mu(SM).
GM2 = {
    "2021": Measurement(
        name="2021",
        central=paper.DELTA_A_MU_EQ1[0],
        sigma=paper.DELTA_A_MU_EQ1[1],
        citation="FNAL Muon g-2 Run 1 + BNL E821 vs 2020 White Paper: B. Abi et al., "
        "PRL 126, 141801 (2021); T. Aoyama et al., Phys. Rep. 887, 1 (2020); paper Eq. (1)",
        year=2021,
    ),
    "2025": Measurement(
        name="2025",
        central=38e-11,
        sigma=63e-11,
        citation="FNAL Muon g-2 final result (Runs 1-6, 2025) vs 2025 White Paper: "
        "R. Aliberti et al., Phys. Rep. 1143, 1 (2025)",
        year=2025,
    ),
}

#: N_eff measurements.
NEFF = {
    "planck2018": Measurement(
        name="planck2018",
        central=2.99,
        sigma=0.17,
        citation="Planck 2018 (TT,TE,EE+lowE+lensing+BAO): N. Aghanim et al., A&A 641, A6 (2020); "
        f"the paper quotes {paper.N_EFF_PLANCK[0]} +- {paper.N_EFF_PLANCK[1]}",
        year=2018,
    ),
    "planck2018_paper": Measurement(
        name="planck2018_paper",
        central=paper.N_EFF_PLANCK[0],
        sigma=paper.N_EFF_PLANCK[1],
        citation="the same Planck 2018 fit as the paper prints it below its Eq. (12): N_eff = "
        f"{paper.N_EFF_PLANCK[0]} +- {paper.N_EFF_PLANCK[1]} (mevscalar.paper)",
        year=2018,
    ),
}

#: Lower bound on the neutrino decoupling temperature from BBN.
BBN_TD = LowerBound(
    name="sabti2020",
    value=0.3,
    unit="MeV",
    citation="N. Sabti, J. Alvey, M. Escudero, M. Fairbairn, D. Blas, JCAP 01 (2020) 004 (paper ref. [6])",
    year=2020,
)


@dataclass(frozen=True)
class Oscillation:
    """Neutrino mass-squared splittings [eV^2] (normal ordering).

    Parameters
    ----------
    name : str
        The data set's name (e.g. ``"pdg2020"``).
    dm21_sq_eV2 : float
        Delta m^2_21 = m_2^2 - m_1^2 [eV^2], > 0.
    dm32_sq_eV2 : float
        Delta m^2_32 = m_3^2 - m_2^2 [eV^2], > 0 (normal ordering).
    citation : str
        Where the numbers come from.
    year : int
        The year of the publication.
    s12_sq : float
        sin^2 theta_12, [0, 1] (default NaN: not given).
    s13_sq : float
        sin^2 theta_13, [0, 1] (default NaN: not given). With s12_sq it fixes |U_ei|^2, the
        electron-flavour content of each mass state (the Boltzmann evolution's "unmixed" treatment
        weights the e+- <-> nu rates with them).
    """

    name: str
    dm21_sq_eV2: float
    dm32_sq_eV2: float
    citation: str
    year: int
    #: sin^2 theta_12 and sin^2 theta_13: they fix |U_ei|^2, the electron-flavour content of each mass state
    #: (the Boltzmann evolution's "unmixed" treatment weights the e+- <-> nu rates with them).
    s12_sq: float = float("nan")
    s13_sq: float = float("nan")

    @property
    def dm31_sq_eV2(self) -> float:
        """Delta m^2_31 = Delta m^2_32 + Delta m^2_21 [eV^2]."""
        return self.dm32_sq_eV2 + self.dm21_sq_eV2

    def masses_eV(self, m1_eV: float = 0.0) -> tuple[float, float, float]:
        """Light masses (m1, m2, m3) [eV] for normal ordering with lightest mass m1 (0 in this model).

        Parameters
        ----------
        m1_eV : float
            The lightest mass m_1 [eV], [0, inf) (default 0, this model's value: Sec. IV).

        Returns
        -------
        tuple of float
            (m_1, m_2, m_3) [eV], m_2 = sqrt(m_1^2 + Delta m^2_21), m_3 = sqrt(m_1^2 + Delta m^2_31).

        Raises
        ------
        ParameterError
            If ``m1_eV`` < 0.
        """
        m1 = float(m1_eV)
        if m1 < 0:
            raise ParameterError(f"m1_eV must be >= 0 (allowed range [0, inf)), got {m1_eV!r}")
        return (m1, (m1**2 + self.dm21_sq_eV2) ** 0.5, (m1**2 + self.dm31_sq_eV2) ** 0.5)


OSCILLATION = {
    "pdg2020": Oscillation(
        name="pdg2020",
        dm21_sq_eV2=7.53e-5,
        dm32_sq_eV2=2.453e-3,
        citation="P. A. Zyla et al. (PDG), PTEP 2020, 083C01 (2020), neutrino mixing summary, normal ordering "
        "(the paper's ref. [1]): sin^2 theta_12 = 0.307 +- 0.013, sin^2 theta_13 = (2.18 +- 0.07)e-2",
        year=2020,
        s12_sq=0.307,
        s13_sq=2.18e-2,
    ),
}


def gm2_dataset(name: str) -> Measurement:
    """The Delta a_mu = a_mu(exp) - a_mu(SM) data set of that name (``GM2``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``GM2`` (e.g. ``"2021"``).

    Returns
    -------
    Measurement
        The data set (central and sigma dimensionless); ``"2021"`` is the paper's Eq. 1.

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return GM2[choice("dataset", str(name), GM2)]


def neff_dataset(name: str) -> Measurement:
    """The N_eff data set of that name (``NEFF``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``NEFF`` (e.g. ``"planck2018"``).

    Returns
    -------
    Measurement
        The data set (dimensionless); ``"planck2018_paper"`` is the value the paper prints below its Eq. 12.

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return NEFF[choice("neff dataset", str(name), NEFF)]


def oscillation_dataset(name: str) -> Oscillation:
    """The neutrino oscillation data set of that name (``OSCILLATION``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``OSCILLATION`` (e.g. ``"pdg2020"``).

    Returns
    -------
    Oscillation
        The splittings [eV^2] and mixing angles.

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return OSCILLATION[choice("oscillation dataset", str(name), OSCILLATION)]


# --------------------------------------------------------------------------- BBN (issue 9: numeric/cosmology/bbn.py)
#: Primordial helium mass fraction Y_p (measurements; 1 sigma).
YP = {
    "aver2021": Measurement(
        name="aver2021",
        central=0.2453,
        sigma=0.0034,
        citation="E. Aver, D. A. Berg, K. A. Olive, R. W. Pogge, J. J. Salzer, E. D. Skillman, 'Improving helium "
        "abundance determinations with Leo P as a case study', JCAP 03 (2021) 027 [arXiv:2010.04180], abstract: "
        "Y_p = 0.2453 +- 0.0034 (metal-poor H II regions with the He I 10830 A line)",
        year=2021,
    ),
    "pdg2020": Measurement(
        name="pdg2020",
        central=0.245,
        sigma=0.003,
        citation="B. D. Fields, P. Molaro, S. Sarkar, 'Big-Bang Nucleosynthesis' review in P. A. Zyla et al. (PDG), "
        "PTEP 2020, 083C01 (2020): the recommended primordial Y_p",
        year=2020,
        note="the PDG recommended value 0.245 +- 0.003, unchanged since the 2017 edition (rpp2017-rev-bbang-"
        "nucleosynthesis); the 2020 text itself was not reachable with the search tools, checked against "
        "analyses quoting it",
    ),
}

#: Primordial deuterium D/H (number ratio; measurements; 1 sigma).
DH = {
    "cooke2018": Measurement(
        name="cooke2018",
        central=2.527e-5,
        sigma=0.030e-5,
        citation="R. J. Cooke, M. Pettini, C. C. Steidel, 'One percent determination of the primordial deuterium "
        "abundance', ApJ 855, 102 (2018) [arXiv:1710.11129], abstract: (D/H)_P = (2.527 +- 0.030) x 10^-5, "
        "log10 (D/H)_P = -4.5974 +- 0.0052, from seven near-pristine damped Lyman-alpha systems",
        year=2018,
    ),
    "pdg2020": Measurement(
        name="pdg2020",
        central=2.547e-5,
        sigma=0.025e-5,
        citation="B. D. Fields, P. Molaro, S. Sarkar, 'Big-Bang Nucleosynthesis' review in P. A. Zyla et al. (PDG), "
        "PTEP 2020, 083C01 (2020): the recommended primordial D/H (weighted mean of the most precise systems)",
        year=2020,
        note="sigma corrected from 0.035e-5 (the first version, written from memory) to the 0.025e-5 the analyses "
        "quoting the PDG value print; the PDG text itself was not reachable with the search tools",
    ),
}

#: Baryon density omega_b = Omega_b h^2 from the CMB (fixes the baryon-to-photon ratio today).
OMEGA_B = {
    "planck2018": Measurement(
        name="planck2018",
        central=0.02242,
        sigma=0.00014,
        citation="Planck 2018 VI, base LambdaCDM, TT,TE,EE+lowE+lensing+BAO: N. Aghanim et al., A&A 641, A6 (2020) "
        "[arXiv:1807.06209], Table 2, last column (TT,TE,EE+lowE+lensing alone: 0.02237 +- 0.00015); the same data "
        "combination as the N_eff data set planck2018, and LINX's fiducial value (linx.const.Omegabh2)",
        year=2018,
    ),
}

#: Theory (nuclear-rate) uncertainty of the predicted abundances, added in quadrature to a measurement's sigma in the
#: BBN pulls. ``central`` is the quoted Standard-Model prediction (for reference only; the pulls use ``sigma``).
BBN_THEORY_YP = {
    "primat2021": Measurement(
        name="primat2021",
        central=0.24709,
        sigma=0.00017,
        citation="C. Pitrou, A. Coc, J.-P. Uzan, E. Vangioni, 'A new tension in the cosmological model from "
        "primordial deuterium?', MNRAS 502, 2474 (2021) [arXiv:2011.11320]: PRIMAT Standard-Model Y_p and its "
        "nuclear-rate uncertainty",
        year=2021,
        note="journal reference checked; the numbers (0.24709 +- 0.00017) are from memory: the paper's table was "
        "not reachable with the search tools",
    ),
    "none": Measurement(name="none", central=0.0, sigma=0.0, citation="no theory uncertainty", year=0),
}
BBN_THEORY_DH = {
    "primat2021": Measurement(
        name="primat2021",
        central=2.439e-5,
        sigma=0.037e-5,
        citation="C. Pitrou, A. Coc, J.-P. Uzan, E. Vangioni, 'A new tension in the cosmological model from "
        "primordial deuterium?', MNRAS 502, 2474 (2021) [arXiv:2011.11320]: PRIMAT Standard-Model D/H and its "
        "nuclear-rate uncertainty",
        year=2021,
        note="journal reference checked; the numbers ((2.439 +- 0.037) x 10^-5) are from memory: the paper's table "
        "was not reachable with the search tools",
    ),
    "none": Measurement(name="none", central=0.0, sigma=0.0, citation="no theory uncertainty", year=0),
}


def yp_dataset(name: str) -> Measurement:
    """The primordial helium mass fraction Y_p data set of that name (``YP``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``YP`` (e.g. ``"aver2021"``).

    Returns
    -------
    Measurement
        The data set (dimensionless).

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return YP[choice("yp dataset", str(name), YP)]


def dh_dataset(name: str) -> Measurement:
    """The primordial deuterium D/H (number ratio) data set of that name (``DH``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``DH`` (e.g. ``"cooke2018"``).

    Returns
    -------
    Measurement
        The data set.

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return DH[choice("dh dataset", str(name), DH)]


def omega_b_dataset(name: str) -> Measurement:
    """The baryon density omega_b = Omega_b h^2 data set of that name (``OMEGA_B``).

    Parameters
    ----------
    name : str
        Its name, one of the keys of ``OMEGA_B`` (e.g. ``"planck2018"``).

    Returns
    -------
    Measurement
        The data set.

    Raises
    ------
    ParameterError
        If there is no data set of that name; the message lists the names.
    """
    return OMEGA_B[choice("omega_b dataset", str(name), OMEGA_B)]


def bbn_theory(name: str) -> tuple[Measurement, Measurement]:
    """(Y_p, D/H) theory uncertainties of the named set.

    Parameters
    ----------
    name : str
        The set's name, one of the keys of ``BBN_THEORY_YP`` (``"primat2021"``, or ``"none"`` for none).

    Returns
    -------
    tuple of Measurement
        (Y_p theory uncertainty, D/H theory uncertainty); each ``sigma`` is added in quadrature to the
        measurement's sigma in the BBN pulls.

    Raises
    ------
    ParameterError
        If there is no set of that name; the message lists the names.
    """
    key = choice("bbn theory", str(name), BBN_THEORY_YP)
    return BBN_THEORY_YP[key], BBN_THEORY_DH[key]
