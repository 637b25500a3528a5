"""`mev-scalar neff-scan`: BR_nunu and g_nu3 ranges consistent with an N_eff measurement, to CSV.

``--method paper`` (default): per m_phi, the BR_nunu window from instantaneous decoupling (Eqs. 7, 11,
12), one row per m_phi. ``--method boltzmann``: an (m_phi) x (BR_nunu) map of the Boltzmann N_eff,
one row per point, written as each point finishes (resumable; a process pool or a Dask cluster).
Flags, help texts, ranges and messages come from :mod:`mevscalar.parameters` (deprecated aliases for one release:
--n = --n-m-phi, --dataset = --gm2-dataset, --neff = --neff-dataset); a flag with no effect is an error
(--gm2-dataset with --g-mu, --neff-dataset with --neff-central, --rate/--t-d-method with --method boltzmann).
"""

from __future__ import annotations

from .. import parameters as P
from ..errors import MissingExtra, ParameterError
from ._common import emit, refuse


def register(sub):
    s = sub.add_parser("neff-scan", help="BR_nunu and g_nu3 ranges consistent with an N_eff measurement, to CSV")
    P.add_argument(s, "m_phi_min", required=True)
    P.add_argument(s, "m_phi_max", required=True)
    P.add_argument(s, "n_m_phi")
    s.add_argument("--out", required=True, help="CSV file to write")
    P.add_argument(s, "gm2_dataset", help=P.help_text("gm2_dataset") + "; fixes g_mu at its central value unless "
                   "--g-mu")
    P.add_argument(s, "g_mu", help=P.help_text("g_mu") + "; fixes g_mu instead of the g-2 data set")
    P.add_argument(s, "neff_dataset")
    P.add_argument(s, "neff_central")
    P.add_argument(s, "neff_sigma")
    P.add_argument(s, "br_min")
    P.add_argument(s, "br_max")
    P.add_argument(s, "n_grid")
    P.add_argument(s, "rate")
    P.add_argument(s, "t_d_method")
    P.add_argument(s, "json", help="print the rows as JSON too (boltzmann: per m_phi, the BR_nunu intervals inside "
                   "the N_eff 2 sigma band)")
    P.add_argument(s, "method", help="paper: instantaneous decoupling, BR_nunu window per m_phi; boltzmann: an "
                   "(m_phi, BR_nunu) map of the Boltzmann N_eff, one row per point; "
                   + P.get("method").range_text() + " (default paper)")
    b = s.add_argument_group("--method boltzmann")
    P.add_argument(b, "no_qed")
    P.add_argument(b, "no_chemical_potentials")
    P.add_argument(b, "flavour")
    P.add_argument(b, "workers")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on a Dask cluster (e.g. tcp://host:8786; needs the dask extra)")
    b.add_argument("--resume", action="store_true", help="continue an interrupted map in --out")
    b.add_argument("--force", action="store_true", help="overwrite an existing --out")
    s.set_defaults(func=run_scan)


_BOLTZMANN_ONLY = ("no_qed", "no_chemical_potentials", "flavour", "workers", "scheduler", "resume", "force")


def run_scan(args) -> int:
    import numpy as np

    from ..numeric.cosmology import scan
    from ..data import Measurement

    method = P.value(args, "method", default="paper")
    domain = "boltzmann" if method == "boltzmann" else None
    lo = P.value(args, "m_phi_min", domain)
    hi = P.value(args, "m_phi_max", domain)
    n = P.value(args, "n_m_phi", default=P.get("n_m_phi").default)
    if lo > hi or (n > 1 and lo == hi):
        raise ParameterError(
            f"m_phi range: the scan range is empty (m_phi_min={lo!r}, m_phi_max={hi!r}, "
            f"n_m_phi={n!r}); need m_phi_min < m_phi_max (or n_m_phi = 1 with equal ends)"
        )
    if (args.neff_central is None) != (args.neff_sigma is None):
        raise ParameterError("neff_sigma: give both --neff-central and --neff-sigma, or neither")
    if args.neff_central is not None:
        refuse(args, ("neff_dataset",), "with a user central value (--neff-central/--neff-sigma); old flag --neff")
    if args.g_mu is not None:
        refuse(args, ("gm2_dataset",), "with --g-mu (g_mu is given, not fixed by g-2); old flag --dataset")
    g_mu = P.value(args, "g_mu")
    dataset = P.value(args, "gm2_dataset", default=P.get("gm2_dataset").default)
    if args.neff_central is not None:  # nan/inf used to give an empty window and exit 0
        meas = Measurement.user(P.value(args, "neff_central"), P.value(args, "neff_sigma"))
    else:
        meas = P.value(args, "neff_dataset", default=P.get("neff_dataset").default)
    br_min = P.value(args, "br_min", default=P.get("br_min").default)
    br_max = P.value(args, "br_max", default=P.get("br_max").default)
    n_grid = P.value(args, "n_grid", default=P.get("n_grid").default)
    grid = {"br_min": br_min, "br_max": br_max, "n_grid": n_grid, "dataset": dataset, "g_mu": g_mu}
    ms = np.geomspace(lo, hi, n)
    if method == "boltzmann":
        return _run_boltzmann(args, ms, meas, grid)
    refuse(args, _BOLTZMANN_ONLY, "without --method boltzmann (an option of --method boltzmann only)")
    rows = scan.scan(ms, neff=meas, rate=P.value(args, "rate", default="eq10"),
                     t_d_method=P.value(args, "t_d_method", default="exact"), **grid)
    path = scan.write_csv(rows, args.out)
    if args.json:
        emit({"out": str(path), "rows": rows}, True)
    else:
        print(f"wrote {path} ({len(rows)} rows)")
    return 0


def _run_boltzmann(args, ms, meas, grid) -> int:
    import sys

    from ..numeric.cosmology import runner, scan
    from ..data import Measurement, neff_dataset

    if args.resume and args.force:
        raise ParameterError("resume: --resume and --force exclude each other")
    workers = P.value(args, "workers")
    if workers is not None and args.scheduler is not None:
        raise ParameterError("workers: --workers sets the local pool; with --scheduler the cluster has its own")
    measurement = meas if isinstance(meas, Measurement) else neff_dataset(meas)
    runner.check_out(args.out, resume=args.resume, force=args.force)
    opts = {}
    if args.no_qed:
        opts["qed"] = False
    if args.no_chemical_potentials:
        opts["chemical_potentials"] = False
    if args.flavour is not None:
        opts["flavour"] = P.value(args, "flavour")
    try:
        opts = scan.check_boltzmann_options(opts)
    except ParameterError as exc:
        raise ParameterError(f"{exc} (from --no-qed / --no-chemical-potentials / --flavour)") from None
    refuse(args, ("rate", "t_d_method"), "with --method boltzmann (an option of --method paper only: the "
           "Boltzmann evolution has no instantaneous T_D)")
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
        rows = scan.boltzmann_map(ms, args.out, options=opts, executor=executor, workers=workers,
                                  resume=args.resume, force=args.force, **grid)
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
