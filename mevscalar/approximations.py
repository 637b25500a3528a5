"""Every approximation the paper makes, against its exact counterpart, as one table (issue 11).

``mev-scalar check --approximations [--json]`` prints it; the reproduce step ``s95_approximations`` writes it as
``approximations.md`` / ``approximations.json``. Each row: the approximation, its exact counterpart, the range
(of the variable the error depends on) where it is within :data:`THRESHOLD` of the exact value, and the worst
error over the range the paper uses. Every number is computed here by the evaluators (``mevscalar.numeric``, i.e.
the generated kernels); the paper's ranges come from :mod:`mevscalar.paper` and the steps that draw its figures.
Most rows are computed live in well under a second; the two expensive ones compute a small live sample and say
so in their ``source``: the precision Boltzmann solver at the paper's corner points (1-2 s a point; memoised
within a ``reproduce`` run), and the BBN abundances through LINX at the same points (only with the ``bbn`` extra
and a compiled LINX; otherwise the row says how to get it, and reproduce's ``bbn_map.md`` audits the full grid).

Errors are relative, approx/exact - 1 (signed where a sign is meaningful). No SymPy.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from . import paper

__all__ = ["ROW_BUILDERS", "ROW_KEYS", "THRESHOLD", "markdown", "rows", "table", "write"]

#: "within 1 percent"
THRESHOLD = 0.01
#: keys of every row (JSON)
ROW_KEYS = ("key", "approximation", "exact", "equation", "variable", "within_1pct", "within_1pct_range",
            "paper_range", "worst_error", "worst_at", "source", "note")
#: the points of the expensive rows: the corners of the paper's (m_phi, BR_nunu) range, the 2021 g-2 data
CORNER_MASSES = paper.TRIANGLE_MEV
CORNER_BRS = paper.BR_NUNU_RANGE
DATASET = "2021"


@dataclass
class _Row:
    key: str
    approximation: str
    exact: str
    equation: str
    variable: str
    within_1pct: str
    within_1pct_range: list | None
    paper_range: str
    worst_error: float | None
    worst_at: dict | None
    source: str
    note: str = ""

    def asdict(self) -> dict:
        return {k: getattr(self, k) for k in ROW_KEYS}


def _g(x: float) -> str:
    return f"{x:.3g}"


def _edge(err, lo: float, hi: float, n: int = 200, log: bool = True):
    """The x in [lo, hi] where |err(x)| first crosses THRESHOLD coming from ``lo`` (brentq on a bracketing grid
    step), or None if it never does (then the whole interval is inside or outside, see _inside)."""
    from scipy.optimize import brentq

    xs = np.geomspace(lo, hi, n) if log else np.linspace(lo, hi, n)
    f = np.abs(np.asarray([err(x) for x in xs], float)) - THRESHOLD
    sign = np.sign(f)
    idx = np.nonzero(sign[1:] != sign[:-1])[0]
    if idx.size == 0:
        return None, bool(f[0] <= 0)
    i = int(idx[0])
    g = (lambda t: abs(err(math.exp(t))) - THRESHOLD) if log else (lambda t: abs(err(t)) - THRESHOLD)
    a, b = (math.log(xs[i]), math.log(xs[i + 1])) if log else (xs[i], xs[i + 1])
    t = brentq(g, a, b, xtol=1e-12, rtol=1e-10)
    return (math.exp(t) if log else t), bool(f[0] <= 0)


def _worst(err, xs):
    e = np.asarray([err(x) for x in xs], float)
    k = int(np.nanargmax(np.abs(e)))
    return float(e[k]), float(xs[k])


# --------------------------------------------------------------------------- seesaw (Eqs. 17-19)
def seesaw_rows(n_points: int = 3, dps: int = 40) -> list[_Row]:
    """LO and NLO light masses vs exact 5x5 diagonalisation: the error depends on theta = ||m_D M_R^-1||."""
    from scipy.optimize import brentq

    from . import benchmark as bm
    from .numeric import neutrino as nu

    b = bm.benchmark()
    args = (np.asarray(b["y_N"]), np.asarray(b["y_Np"]), b["lambda_N"], b["v_phi_MeV"], b["v_prime_MeV"])
    at_bench = nu.relative_errors(*args, dps=dps)
    theta_b = float(b["mixing_theta"])
    rng = np.random.default_rng(2022)
    out = []
    for key, label, what in (("light_lo", "seesaw at leading order: m_nu = eig(-m_D M_R^-1 m_D^T) (Eqs. 17, 19)",
                              "LO"),
                             ("light_nlo", "seesaw at next order: eig(m0 - {Theta Theta^T, m0}/2)", "NLO")):
        edges = []
        rng = np.random.default_rng(2022)
        for _ in range(n_points):
            pt = nu.random_point(rng, 0.0)
            base = nu._theta_of_direction(pt)

            def err(th, pt=pt, base=base, key=key):
                s = th / base
                return nu.relative_errors(**dict(pt, y_N=pt["y_N"] * s, y_Np=pt["y_Np"] * s), dps=dps)[key]

            lo, hi = math.log(1e-3), math.log(0.5)
            if err(math.exp(hi)) < THRESHOLD:
                edges.append(math.exp(hi))
                continue
            edges.append(math.exp(brentq(lambda t: err(math.exp(t)) - THRESHOLD, lo, hi, xtol=1e-6)))
        th1 = min(edges)
        out.append(_Row(
            key=f"seesaw_{what.lower()}", approximation=label,
            exact=f"exact 5x5 diagonalisation (mpmath Takagi/eigsy, {dps} digits)", equation="Eqs. 16-19",
            variable="theta = ||m_D M_R^-1||_2",
            within_1pct=f"theta <= {_g(th1)} (smallest crossing over {n_points} random Yukawa directions, m_N = m_N' = 0)",
            within_1pct_range=[0.0, th1], paper_range=f"the Sec. IV benchmark point (theta = {theta_b:.2g})",
            worst_error=float(at_bench[key]), worst_at={"theta": theta_b},
            source="live", note="max over m2, m3 of |approx/exact - 1|"))
    return out


def majorana_rows(dps: int = 40) -> list[_Row]:
    """The paper's m_N = m_N' = 0 in Eq. 17 and Eq. 18 as printed, against exact diagonalisation at the
    Sec. IV benchmark Yukawas with one Majorana mass switched on (Sec. IV assumes m_N, m_N' << lambda_N v_phi)."""
    from scipy.optimize import brentq

    from . import benchmark as bm
    from .numeric import neutrino as nu

    b = bm.benchmark()
    args = (np.asarray(b["y_N"]), np.asarray(b["y_Np"]), b["lambda_N"], b["v_phi_MeV"], b["v_prime_MeV"])
    M = float(b["heavy_dirac_MeV"])
    eq17 = nu.light_lo(*args)[1:]  # Eq. 17: the light masses with m_N = m_N' = 0
    eq18 = lambda mn, mnp: nu.heavy_lo(b["lambda_N"], b["v_phi_MeV"], mn, mnp)

    def err17(mnp):
        return float(np.max(np.abs(eq17 / nu.exact_masses(*args, 0.0, mnp, dps=dps)[1:3] - 1)))

    def err18(mn):
        return float(np.max(np.abs(eq18(mn, 0.0) / nu.exact_masses(*args, mn, 0.0, dps=dps)[3:] - 1)))

    def edge(err, hi):
        return math.exp(brentq(lambda t: err(math.exp(t)) - THRESHOLD, math.log(1e-6 * M), math.log(hi), xtol=1e-4))

    e17 = edge(err17, M)
    e18 = edge(err18, 1.5 * M)
    probe = 0.1 * M  # "m_N, m_N' << lambda_N v_phi": one tenth of the heavy Dirac mass
    pr = f"m_N, m_N' << M = lambda_N v_phi/sqrt2 = {M:.4g} MeV (Sec. IV); probed at M/10"
    return [
        _Row(key="eq17_majorana", approximation="Eq. 17: light masses with m_N = m_N' = 0 inserted",
             exact=f"exact 5x5 diagonalisation with m_N' != 0 ({dps} digits), benchmark Yukawas",
             equation="Eqs. 17, 18 (Sec. IV)", variable="m_N' [MeV] (m_N = 0)",
             within_1pct=f"|m_N'| <= {_g(e17)} MeV = {_g(e17 / M)} M", within_1pct_range=[0.0, e17],
             paper_range=pr, worst_error=err17(probe), worst_at={"m_Np_MeV": probe}, source="live",
             note="Eq. 17 needs m_N' << M v'/v, far below M itself, since v' << v"),
        _Row(key="eq18_heavy", approximation="Eq. 18: heavy masses M +- (m_N + m_N')/2",
             exact=f"exact 5x5 diagonalisation ({dps} digits), benchmark Yukawas", equation="Eq. 18",
             variable="m_N [MeV] (m_N' = 0)", within_1pct=f"|m_N| <= {_g(e18)} MeV = {_g(e18 / M)} M",
             within_1pct_range=[0.0, e18], paper_range=pr, worst_error=err18(probe), worst_at={"m_N_MeV": probe},
             source="live", note=""),
    ]


def eq15_row() -> _Row:
    """Eq. 15 (H' integrated out, 1/m_H'^2) against the exact tree-level phi - H' mixing, generated kernel."""
    from .constants import V_EW
    from .generated import uv_np as K

    m_hp = paper.M_HP_MEV

    def err_t(t, m=paper.TRIANGLE_MEV[1]):  # t = mu_phi v/(m_H'^2 - m_phi^2), the mixing angle's tangent
        return float(K.g_mu_eq15_relerr(V_EW, t * (m_hp**2 - m**2) / V_EW, m_hp, m))

    t1, _ = _edge(err_t, 1e-4, 5.0)
    worst = max((float(K.g_mu_eq15_relerr(V_EW, paper.MU_PHI_MEV, m_hp, m)), m) for m in paper.TRIANGLE_SAMPLES_MEV)
    return _Row(key="eq15", approximation="Eq. 15: g_mu = y_mu v mu_phi/(sqrt2 m_H'^2) (H' integrated out)",
                exact="exact tree-level phi - H' mixing (generated kernel)", equation="Eq. 15",
                variable="t = mu_phi v/(m_H'^2 - m_phi^2)",
                within_1pct=f"t <= {_g(t1)} (m_H' = {_g(m_hp / 1e3)} GeV, m_phi <= 2 MeV)", within_1pct_range=[0.0, t1],
                paper_range=f"Sec. IV: mu_phi = {_g(paper.MU_PHI_MEV / 1e3)} GeV, m_H' = {_g(m_hp / 1e3)} GeV, "
                            f"m_phi = {_g(paper.TRIANGLE_MEV[0])}-{_g(paper.TRIANGLE_MEV[1])} MeV",
                worst_error=worst[0], worst_at={"m_phi_MeV": worst[1]}, source="live", note="")


# --------------------------------------------------------------------------- g_gg and Eq. 5 limits
def _fig1_range() -> tuple:
    from .steps import s30_fig1

    return tuple(s30_fig1.M_RANGE_MEV)


def g_gg_row() -> _Row:
    from .numeric import pheno

    lim = float(pheno.g_gg_approx(1.0))

    def err(m):
        return abs(complex(pheno.g_gg(1.0, m))) / abs(lim) - 1.0

    lo, hi = _fig1_range()
    edge, _ = _edge(err, 1e-3, 2e3)
    worst, at = _worst(err, np.geomspace(lo, hi, 400))
    return _Row(key="g_gg_limit", approximation="g_gg = -2 alpha g_mu/(3 pi m_mu) (m_phi << m_mu)",
                exact="exact one-loop muon triangle (complex above 2 m_mu), |g_gg|", equation="Eq. 3, Sec. II",
                variable="m_phi [MeV]", within_1pct=f"m_phi <= {_g(edge)} MeV", within_1pct_range=[0.0, edge],
                paper_range=f"Fig. 1: m_phi = {_g(lo)}-{_g(hi)} MeV", worst_error=worst, worst_at={"m_phi_MeV": at},
                source="live", note="error independent of g_mu")


def gm2_rows() -> list[_Row]:
    """The m_phi << m_mu limits of Eq. 5 (the paper's Sec. II statement for m_phi <~ 1 MeV) and the large-m_phi one."""
    from .constants import M_MU
    from .generated import gm2_np as K

    lo = _fig1_range()[0]
    hi = paper.HIGGS_LIKE_M_PHI_MAX_MEV
    lead = float(K.gm2_loop_small(1e-150))  # the r -> 0 limit of the derived series: I(0) = 3/2

    def exact(m):
        return float(K.gm2_loop(m / M_MU))

    rows = []
    for key, label, approx, small in (
        ("gm2_leading", f"Delta a_mu = g_mu^2/(8 pi^2) I(0), I(0) = {lead:g} (m_phi << m_mu)", lambda m: lead, True),
        ("gm2_small_series", "Delta a_mu with the r -> 0 series of I(r) through r^2 (r = m_phi/m_mu; derived)",
         lambda m: float(K.gm2_loop_small(m / M_MU)), True),
        ("gm2_large_series", "Delta a_mu with the r -> oo expansion of I(r) through w^2 (w = 4 m_mu^2/m_phi^2)",
         lambda m: float(K.gm2_loop_large(m / M_MU)), False),
    ):
        def err(m, approx=approx):
            return approx(m) / exact(m) - 1.0

        edge, _ = _edge(err, 1e-4, 2e4) if small else _edge(err, 2e4, 1e-1)
        if small:
            worst, at = _worst(err, np.geomspace(lo, hi, 200))
            pr, wa = f"Sec. II: m_phi <~ {_g(hi)} MeV (Fig. 1 from {_g(lo)} MeV)", {"m_phi_MeV": at}
        else:
            worst, wa, pr = None, None, "not used by the paper (Fig. 1 stays below 2 m_mu)"
        rows.append(_Row(key=key, approximation=label, exact="the Eq. 5 integral in closed form (generated kernel)",
                         equation="Eq. 5", variable="m_phi [MeV]",
                         within_1pct=f"m_phi <= {_g(edge)} MeV" if small else f"m_phi >= {_g(edge)} MeV",
                         within_1pct_range=[0.0, edge] if small else [edge, None], paper_range=pr,
                         worst_error=worst, worst_at=wa, source="live", note=""))
    rows[0].note = "errors of the three Eq. 5 rows are independent of g_mu"
    return rows


# --------------------------------------------------------------------------- Eq. 11 and Eq. 13
def eq11_row(n_br: int = 13) -> _Row:
    from .numeric.cosmology import decoupling as dec

    brs = tuple(float(b) for b in np.geomspace(1e-6, 0.5, n_br))
    wide = dec.eq11_error_table(paper.TRIANGLE_SAMPLES_MEV, brs, dataset=DATASET)
    inpaper = dec.eq11_error_table(paper.TRIANGLE_SAMPLES_MEV, paper.BR_SAMPLES, dataset=DATASET)
    pts = [(r["m_phi_MeV"] / r["t_d_exact_MeV"], r["rel_diff_t_d"]) for r in wide
           if r["rel_diff_t_d"] is not None and r["t_d_exact_MeV"]]
    pts.sort()
    # the smallest x_D above which every sampled point is within THRESHOLD
    x1 = None
    for x, e in reversed(pts):
        if abs(e) > THRESHOLD:
            break
        x1 = x
    good = [r for r in inpaper if r["rel_diff_t_d"] is not None]
    w = max(good, key=lambda r: abs(r["rel_diff_t_d"])) if good else None
    rec = [abs(r["rel_diff_t_recouple"]) for r in inpaper if r["rel_diff_t_recouple"] is not None]
    return _Row(key="eq11", approximation="Eq. 11: x_D = L + (7/2) ln x_D (asymptotic K_1)",
                exact="R = H with the exact K_1 (root of the generated log(R/H) kernel)", equation="Eq. 11",
                variable="x_D = m_phi/T_D",
                within_1pct=(f"x_D >= {_g(x1)} (sampled: m_phi = {', '.join(map(_g, paper.TRIANGLE_SAMPLES_MEV))} MeV, "
                             f"BR_nunu = {_g(brs[0])}-{_g(brs[-1])}, g-2 {DATASET} central)")
                if x1 is not None else "nowhere on the sampled grid",
                within_1pct_range=[x1, None] if x1 is not None else None,
                paper_range=f"m_phi = {_g(paper.TRIANGLE_MEV[0])}-{_g(paper.TRIANGLE_MEV[1])} MeV, BR_nunu = "
                            f"{_g(paper.BR_NUNU_RANGE[0])}-{_g(paper.BR_NUNU_RANGE[1])} (samples {paper.BR_SAMPLES})",
                worst_error=None if w is None else float(w["rel_diff_t_d"]),
                worst_at=None if w is None else {"m_phi_MeV": w["m_phi_MeV"], "br_nunu": w["br_nunu"]},
                source="live",
                note=(f"T_D error; the recoupling temperature errs by up to {100 * max(rec):.1f}% there"
                      if rec else "T_D error"))


def eq13_row() -> _Row:
    from .numeric.cosmology import neff

    ms = paper.TRIANGLE_SAMPLES_MEV
    tds = (paper.T_D_WINDOW_MEV[0], 0.5 * sum(paper.T_D_WINDOW_MEV), paper.T_D_WINDOW_MEV[1])
    edges = []
    for m in ms:
        for td in tds:
            e, _ = _edge(lambda b, m=m, td=td: float(neff.eq13_relative_error(td, m, b)), 1e-6, 0.9, n=40)
            if e is not None:
                edges.append(e)
    b1 = min(edges) if edges else None
    brs = np.geomspace(*paper.BR_NUNU_RANGE, 9)
    grid = [(m, td, b, float(neff.eq13_relative_error(td, m, b))) for m in ms for td in tds for b in brs]
    m, td, b, worst = max(grid, key=lambda g: abs(g[3]))
    return _Row(key="eq13", approximation="Eq. 13 (BR_nunu << 1)", exact="Eq. 7 + Eq. 12 at T_gamma -> 0",
                equation="Eqs. 7, 12, 13", variable="BR_nunu",
                within_1pct=(f"BR_nunu <= {_g(b1)} (worst case over m_phi = {', '.join(map(_g, ms))} MeV, "
                             f"T_D = {', '.join(map(_g, tds))} MeV)") if b1 is not None else "everywhere sampled",
                within_1pct_range=[0.0, b1], paper_range=f"BR_nunu = {_g(paper.BR_NUNU_RANGE[0])}-"
                f"{_g(paper.BR_NUNU_RANGE[1])}, m_phi = {_g(paper.TRIANGLE_MEV[0])}-{_g(paper.TRIANGLE_MEV[1])} MeV, "
                f"T_D = {_g(paper.T_D_WINDOW_MEV[0])}-{_g(paper.T_D_WINDOW_MEV[1])} MeV",
                worst_error=worst, worst_at={"m_phi_MeV": m, "t_d_MeV": td, "br_nunu": float(b)}, source="live",
                note="Eq. 13 is always below Eq. 7 + 12 (the neutrinos' share of phi's entropy is dropped)")


def eq10_row(br_nunu: float = paper.BR_NUNU_RANGE[0]) -> _Row:
    """Eq. 10's rate R = n_nu^eq <sigma v>_res against the relaxation rate of the same exchange in the collision
    terms (phi held at T_gamma relaxes nu_3's number through nu nu <-> phi), quantum statistics."""
    from .numeric.cosmology import boltzmann

    tds = paper.T_D_WINDOW_MEV
    pts = [(p["m_phi_MeV"], p["g_mu"]) for p in _corner_points(paper.TRIANGLE_MEV, (br_nunu,))]
    errs = []
    for m, g in pts:
        for t in tds:
            r = boltzmann.phi_mediated_relaxation(m, g, br_nunu, t)
            errs.append((r["rate_eq10"] / r["gamma_number"] - 1.0, m, t, r["rate_eq10"] / r["mb_number"] - 1.0))
    within = [e for e in errs if abs(e[0]) <= THRESHOLD]
    w = max(errs, key=lambda e: abs(e[0]))
    return _Row(key="eq10_rate", approximation="Eq. 10's normalisation of the nu nu <-> gamma gamma rate R",
                exact="the same exchange in the collision terms: nu_3 number relaxation with phi at T_gamma "
                      "(boltzmann.phi_mediated_relaxation, quantum statistics)", equation="Eqs. 9, 10",
                variable="(m_phi, T)", within_1pct=f"at {len(within)} of {len(errs)} sampled points",
                within_1pct_range=None,
                paper_range=f"corners m_phi = {', '.join(map(_g, paper.TRIANGLE_MEV))} MeV x T = "
                            f"{', '.join(map(_g, tds))} MeV (the T_D window), BR_nunu = {_g(br_nunu)}",
                worst_error=w[0], worst_at={"m_phi_MeV": w[1], "t_MeV": w[2]}, source="live",
                note=f"with Maxwell-Boltzmann collision terms R/relaxation - 1 = {errs[0][3]:+.3f} "
                     "(closed form 2 pi^2 BR_gg/(9 zeta(3)) - 1)")


# --------------------------------------------------------------------------- the expensive rows (samples)
def _corner_points(masses=CORNER_MASSES, brs=CORNER_BRS) -> list[dict]:
    from .data import gm2_dataset
    from .numeric import pheno

    c = gm2_dataset(DATASET).central
    return [{"m_phi_MeV": float(m), "br_nunu": float(b), "g_mu": float(pheno.g_mu_for_delta_a_mu(c, m))}
            for m in masses for b in brs]


def bbn_available() -> tuple[bool, str]:
    """(True, "") when LINX is installed and its model compiled (a live BBN sample takes seconds); else why not."""
    import importlib.util

    if importlib.util.find_spec("linx") is None or importlib.util.find_spec("jax") is None:
        return False, "needs the 'bbn' extra (pip install -e '.[bbn]')"
    from .numeric.cosmology import bbn

    if not bbn._export_path(bbn.DEFAULT_NETWORK).exists():
        return False, "LINX is not compiled yet (minutes, once: `mev-scalar bbn --sm`)"
    return True, ""


def boltzmann_row(points=None, executor=None) -> _Row:
    from .numeric.cosmology import chain, verdict

    pts = _corner_points() if points is None else points
    sol = verdict.solve_points(pts, "unmixed", executor=executor)
    errs = []
    for p, s in zip(pts, sol):
        try:
            inst = float(chain.evaluate(p["m_phi_MeV"], p["g_mu"], br_nunu=p["br_nunu"]).n_eff)
        except chain.NoDecouplingError:
            inst = None
        if inst is None or s.get("n_eff") is None or not math.isfinite(s["n_eff"]):
            continue
        errs.append((inst / s["n_eff"] - 1.0, p, inst, s["n_eff"]))
    from .numeric.cosmology import boltzmann

    sm_inst = float(chain.from_t_d(1e6, paper.T_D_SM_MEV, 0.0).n_eff)  # no phi (m_phi -> oo): Eqs. 7, 12 at T_D^SM
    sm_solver = float(boltzmann.sm(qed=3).n_eff)
    within = [e for e in errs if abs(e[0]) <= THRESHOLD]
    worst = max(errs, key=lambda e: abs(e[0])) if errs else None
    where = "; ".join(f"({_g(p['m_phi_MeV'])} MeV, {_g(p['br_nunu'])})" for _, p, _, _ in within)
    return _Row(key="instantaneous_decoupling",
                approximation="instantaneous decoupling at T_D (Eqs. 11-12, exact R = H crossing, Eq. 10 rate)",
                exact="precision Boltzmann evolution (numeric/cosmology/boltzmann.py, unmixed flavours)",
                equation="Eqs. 7, 10-12", variable="(m_phi, BR_nunu)",
                within_1pct=(f"at {len(within)} of {len(errs)} sampled points" + (f": {where}" if where else "")),
                within_1pct_range=None,
                paper_range=f"corners m_phi = {', '.join(map(_g, CORNER_MASSES))} MeV x BR_nunu = "
                            f"{', '.join(map(_g, CORNER_BRS))} (g-2 {DATASET} central)",
                worst_error=None if worst is None else float(worst[0]),
                worst_at=None if worst is None else {"m_phi_MeV": worst[1]["m_phi_MeV"], "br_nunu": worst[1]["br_nunu"],
                                                     "n_eff_instantaneous": worst[2], "n_eff_boltzmann": worst[3]},
                source=f"live sample: {len(pts)} solver points (memoised within a reproduce run); the full map: "
                       "neff_map.md, boltzmann.md",
                note=f"error in N_eff; without phi (Standard Model) instantaneous decoupling "
                     f"at T_D^SM = {_g(paper.T_D_SM_MEV)} MeV gives {sm_inst:.4f} against the solver's {sm_solver:.4f} "
                     f"({sm_inst / sm_solver - 1:+.2%})")


def bbn_row(points=None) -> _Row:
    ok, why = bbn_available()
    base = {"key": "bbn_proxy", "approximation": "T_D > 0.3 MeV as the BBN bound (Sabti et al. 2020)",
                "exact": "Y_p and D/H through LINX on the precision background, |pull| <= 2 (Aver 2021, Cooke 2018)",
                "equation": "Sec. III", "variable": "(m_phi, BR_nunu)", "within_1pct": "n/a (a criterion, not a number)",
                "within_1pct_range": None,
                "paper_range": f"corners m_phi = {', '.join(map(_g, CORNER_MASSES))} MeV x BR_nunu = "
                            f"{', '.join(map(_g, CORNER_BRS))} (g-2 {DATASET} central)"}
    if not ok:
        return _Row(**base, worst_error=None, worst_at=None, source=f"not computed: {why}",
                    note="reproduce's bbn_map.md audits the proxy over the whole (m_phi, BR_nunu) grid")
    from .data import BBN_TD
    from .numeric.cosmology import bbn

    pts = _corner_points() if points is None else points
    res = [bbn.bbn_point(p["m_phi_MeV"], p["br_nunu"], p["g_mu"]) for p in pts]
    disagree, worst = [], None
    for p, r in zip(pts, res):
        proxy_excl = r["t_d_MeV"] < BBN_TD.value
        pull = max(abs(r["y_p_pull"]), abs(r["d_over_h_pull"]))
        abund_excl = pull > 2.0
        if proxy_excl != abund_excl:
            disagree.append(f"({_g(p['m_phi_MeV'])} MeV, {_g(p['br_nunu'])}): T_D = {r['t_d_MeV']:.2f} MeV, "
                            f"max |pull| = {pull:.1f}")
        if worst is None or pull > worst[0]:
            worst = (pull, p, r)
    return _Row(**base, worst_error=None,
                worst_at={"m_phi_MeV": worst[1]["m_phi_MeV"], "br_nunu": worst[1]["br_nunu"],
                          "t_d_MeV": worst[2]["t_d_MeV"], "max_abs_pull": worst[0]},
                source=f"live sample: {len(pts)} LINX points", note=(
                    f"proxy and abundances disagree at {len(disagree)} of {len(pts)} points"
                    + (": " + "; ".join(disagree) if disagree else "")))


#: (name, builder) in table order; the last two are the expensive ones.
ROW_BUILDERS = (
    ("seesaw", seesaw_rows), ("majorana", majorana_rows), ("eq15", eq15_row), ("g_gg", g_gg_row), ("gm2", gm2_rows), ("eq10", eq10_row), ("eq11", eq11_row),
    ("eq13", eq13_row),
    ("boltzmann", boltzmann_row), ("bbn", bbn_row),
)


EXPENSIVE = ("boltzmann", "bbn")


def rows(expensive: bool = True) -> list[dict]:
    """Every row of the approximations table, in table order (the builders of :data:`ROW_BUILDERS`).

    A solver or LINX failure in a sampled row becomes that row's ``source`` ("failed: ..."), not a traceback.

    Parameters
    ----------
    expensive : bool
        Whether to include the two sampled rows (precision Boltzmann solver, BBN through LINX; a few seconds
        each point); default True.

    Returns
    -------
    list of dict
        One dict per row with the keys :data:`ROW_KEYS`; errors relative (approx/exact - 1), ranges in the unit
        of the row's ``variable``.
    """
    from .errors import MissingExtra

    out = []
    for name, fn in ROW_BUILDERS:
        if name in EXPENSIVE and not expensive:
            continue
        try:
            r = fn()
        except (RuntimeError, MissingExtra) as exc:
            if name not in EXPENSIVE:
                raise
            out.append({k: None for k in ROW_KEYS} | {"key": name, "approximation": name,
                                                      "source": f"failed: {type(exc).__name__}: {exc}"})
            continue
        out += [x.asdict() for x in (r if isinstance(r, list) else [r])]
    return out


def table(expensive: bool = True) -> dict:
    """The approximations table: its threshold, the paper's citation, a description and every row.

    Parameters
    ----------
    expensive : bool
        Whether to include the two sampled rows (see :func:`rows`); default True.

    Returns
    -------
    dict
        {"threshold": :data:`THRESHOLD` (relative), "paper": the citation, "description": str, "rows":
        :func:`rows`}.
    """
    return {"threshold": THRESHOLD, "paper": paper.CITATION,
            "description": "each approximation the paper makes vs its exact counterpart: where it is within 1%, and "
                           "its worst relative error (approx/exact - 1) over the range the paper uses",
            "rows": rows(expensive)}


def _fmt_err(r: dict) -> str:
    e = r["worst_error"]
    if e is None:
        return "n/a" if r["worst_at"] is None else ", ".join(f"{k} = {_g(v)}" for k, v in r["worst_at"].items())
    at = ", ".join(f"{k} = {_g(v)}" for k, v in (r["worst_at"] or {}).items())
    return f"{e:+.2e}" + (f" at {at}" if at else "")


def markdown(tab: dict) -> str:
    """The approximations table as Markdown: one table line per row, then the rows' notes.

    Parameters
    ----------
    tab : dict
        A table as :func:`table` returns it.

    Returns
    -------
    str
        The Markdown text (ends with a newline).
    """
    esc = lambda s: str(s).replace("|", "\\|")
    lines = ["# The paper's approximations against their exact counterparts", "", tab["description"] + ".", "",
             "| approximation | exact | equation | within 1 % | paper's range | worst error there | source |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in tab["rows"]:
        lines.append("| " + " | ".join(esc(x) for x in (r["approximation"], r["exact"], r["equation"], r["within_1pct"],
                                                          r["paper_range"], _fmt_err(r), r["source"])) + " |")
    notes = [f"- {r['key']}: {r['note']}" for r in tab["rows"] if r["note"]]
    return "\n".join(lines + ["", "Notes:", ""] + notes) + "\n"


def write(out: str | os.PathLike, expensive: bool = True) -> list[tuple[str, str]]:
    """Write approximations.md and approximations.json (the table of :func:`table`) into a folder.

    Parameters
    ----------
    out : str or os.PathLike
        An existing folder; the two files in it are overwritten.
    expensive : bool
        Whether to include the two sampled rows (see :func:`rows`); default True.

    Returns
    -------
    list of tuple of (str, str)
        (file name, description) of each file written, as the reproduce steps report them.
    """
    import json
    from pathlib import Path

    from .cli._common import _jsonable

    out = Path(out)
    tab = table(expensive)
    (out / "approximations.json").write_text(json.dumps(_jsonable(tab), indent=2) + "\n", encoding="utf-8")
    (out / "approximations.md").write_text(markdown(tab), encoding="utf-8")
    return [("approximations.md", "every approximation vs its exact counterpart: 1% range, worst error (Markdown)"),
            ("approximations.json", "same table (JSON)")]
