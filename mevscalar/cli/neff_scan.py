"""`mev-scalar neff-scan`: BR_nunu and g_nu3 ranges consistent with an N_eff measurement, to CSV.

``--method paper`` (default): per m_phi, the BR_nunu window from instantaneous decoupling (Eqs. 7, 11,
12), one row per m_phi. ``--method boltzmann``: an (m_phi) x (BR_nunu) map of the Boltzmann N_eff,
one row per point, written as each point finishes (resumable; a process pool or a Dask cluster).
"""

from __future__ import annotations

from ..errors import MissingExtra, ParameterError
from ._common import emit


def register(sub):
    s = sub.add_parser("neff-scan", help="BR_nunu and g_nu3 ranges consistent with an N_eff measurement, to CSV")
    s.add_argument("--m-phi-min", type=float, required=True, metavar="MEV")
    s.add_argument("--m-phi-max", type=float, required=True, metavar="MEV")
    s.add_argument("--n", type=int, default=11, help="number of m_phi points (log-spaced)")
    s.add_argument("--out", required=True, help="CSV file to write")
    s.add_argument("--dataset", default="2021", help="g-2 data set fixing g_mu (central value)")
    s.add_argument("--g-mu", type=float, default=None, help="fix g_mu instead of using the g-2 data set")
    s.add_argument("--neff", default="planck2018", help="N_eff data set (data.NEFF)")
    s.add_argument("--neff-central", type=float, default=None, help="user N_eff central value")
    s.add_argument("--neff-sigma", type=float, default=None, help="user N_eff 1 sigma")
    s.add_argument("--br-min", type=float, default=1e-6)
    s.add_argument("--br-max", type=float, default=0.5)
    s.add_argument("--n-grid", type=int, default=97, help="BR grid points per m_phi")
    s.add_argument("--rate", choices=["eq10", "detailed_balance"], default="eq10")
    s.add_argument("--t-d-method", choices=["exact", "eq11"], default="exact")
    s.add_argument("--json", action="store_true", help="print the rows as JSON too (boltzmann: per m_phi, the "
                   "BR_nunu intervals inside the N_eff 2 sigma band)")
    s.add_argument("--method", choices=["paper", "boltzmann"], default="paper",
                   help="paper: instantaneous decoupling, BR_nunu window per m_phi (default); boltzmann: an "
                   "(m_phi, BR_nunu) map of the Boltzmann N_eff, one row per point")
    b = s.add_argument_group("--method boltzmann")
    b.add_argument("--no-qed", action="store_true", help="solver option qed=False")
    b.add_argument("--no-chemical-potentials", action="store_true", help="solver option chemical_potentials=False")
    b.add_argument("--flavour", choices=["unmixed", "mixed"], default=None, help="solver option flavour")
    b.add_argument("--workers", type=int, default=None, help="processes of the local pool (default: all cores)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on a Dask cluster (e.g. tcp://host:8786; needs the dask extra)")
    b.add_argument("--resume", action="store_true", help="continue an interrupted map in --out")
    b.add_argument("--force", action="store_true", help="overwrite an existing --out")
    s.set_defaults(func=run_scan)


_BOLTZMANN_ONLY = ("no_qed", "no_chemical_potentials", "flavour", "workers", "scheduler", "resume", "force")


def run_scan(args) -> int:
    import numpy as np

    from ..cosmology import scan
    from ..data import Measurement
    from ..validate import finite, positive

    lo = positive("m_phi_min", args.m_phi_min, "MeV")
    hi = positive("m_phi_max", args.m_phi_max, "MeV")
    if args.n < 1 or lo > hi or (args.n > 1 and lo == hi):
        raise ParameterError(
            f"m_phi range: the scan range is empty (m_phi_min={args.m_phi_min!r}, m_phi_max={args.m_phi_max!r}, "
            f"n={args.n!r}); need m_phi_min < m_phi_max and n >= 1 (or n = 1 with equal ends)"
        )
    if (args.neff_central is None) != (args.neff_sigma is None):
        raise ParameterError("neff_sigma: give both --neff-central and --neff-sigma, or neither")
    if args.neff_central is not None:  # nan/inf used to give an empty window and exit 0
        finite("neff_central", args.neff_central)
    meas = args.neff if args.neff_central is None else Measurement.user(args.neff_central, args.neff_sigma)
    ms = np.geomspace(lo, hi, args.n)
    if args.method == "boltzmann":
        return _run_boltzmann(args, ms, meas)
    for k in _BOLTZMANN_ONLY:
        v = getattr(args, k)
        if v not in (None, False):
            raise ParameterError(f"{k}: --{k.replace('_', '-')} is an option of --method boltzmann only")
    rows = scan.scan(ms, dataset=args.dataset, g_mu=args.g_mu, neff=meas, br_min=args.br_min,
                     br_max=args.br_max, n_grid=args.n_grid, rate=args.rate, t_d_method=args.t_d_method)
    path = scan.write_csv(rows, args.out)
    if args.json:
        emit({"out": str(path), "rows": rows}, True)
    else:
        print(f"wrote {path} ({len(rows)} rows)")
    return 0


def _run_boltzmann(args, ms, meas) -> int:
    import sys

    from ..cosmology import runner, scan
    from ..data import Measurement, neff_dataset

    if args.resume and args.force:
        raise ParameterError("resume: --resume and --force exclude each other")
    if args.workers is not None and args.workers < 1:
        raise ParameterError(f"workers must be an integer >= 1, got {args.workers!r}")
    if args.workers is not None and args.scheduler is not None:
        raise ParameterError("workers: --workers sets the local pool; with --scheduler the cluster has its own")
    measurement = meas if isinstance(meas, Measurement) else neff_dataset(meas)
    runner.check_out(args.out, resume=args.resume, force=args.force)
    opts = {}
    if args.no_qed:
        opts["qed"] = False
    if args.no_chemical_potentials:
        opts["chemical_potentials"] = False
    if args.flavour is not None:
        opts["flavour"] = args.flavour
    try:
        opts = scan.check_boltzmann_options(opts)
    except ParameterError as exc:
        raise ParameterError(f"{exc} (from --no-qed / --no-chemical-potentials / --flavour)") from None
    if args.rate != "eq10" or args.t_d_method != "exact":
        raise ParameterError("rate: --rate and --t-d-method belong to --method paper (the Boltzmann evolution has "
                             "no instantaneous T_D)")
    client = executor = None
    if args.scheduler is not None:
        try:
            from distributed import Client
        except ImportError:
            raise MissingExtra("--scheduler needs the 'dask' extra: pip install 'mev-scalar[dask]'") from None
        try:
            client = Client(args.scheduler, timeout="20s")  # unreachable: OSError (one line, exit 1)
        except ValueError as exc:  # e.g. no port in the address
            raise ParameterError(f"scheduler: {exc} (expected e.g. tcp://host:8786)") from None
        executor = client.get_executor()
    try:
        rows = scan.boltzmann_map(ms, args.out, br_min=args.br_min, br_max=args.br_max, n_grid=args.n_grid,
                                  dataset=args.dataset, g_mu=args.g_mu, options=opts, executor=executor,
                                  workers=args.workers, resume=args.resume, force=args.force)
    except KeyboardInterrupt as exc:
        done, total = getattr(exc, "done", None), getattr(exc, "total", None)
        what = f"{done} of {total} points are" if done is not None else "the finished points are"
        print(f"mev-scalar neff-scan: interrupted: {what} in {args.out}; rerun with --resume to continue",
              file=sys.stderr)
        return 130
    finally:
        if client is not None:
            client.close()
    n_err = sum(1 for r in rows if r.get("error"))
    if args.json:
        lo_b, hi_b = measurement.band(2)
        emit({"out": str(args.out), "method": "boltzmann", "n_points": len(rows), "n_errors": n_err,
              "options": opts, "neff": measurement.name, "nsigma": 2, "band": [lo_b, hi_b],
              "intervals": scan.boltzmann_intervals(rows, measurement, 2)}, True)
    else:
        print(f"wrote {args.out} ({len(rows)} rows, {n_err} with an error)")
    return 0
