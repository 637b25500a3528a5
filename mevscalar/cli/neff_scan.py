"""`mev-scalar neff-scan`: BR_nunu and g_nu3 ranges consistent with an N_eff measurement, to CSV."""

from __future__ import annotations

from ..validate import ParameterError
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
    s.add_argument("--json", action="store_true", help="print the rows as JSON too")
    s.set_defaults(func=run_scan)


def run_scan(args) -> int:
    import numpy as np

    from ..cosmology import scan
    from ..data import Measurement
    from ..validate import positive

    lo = positive("m_phi_min", args.m_phi_min, "MeV")
    hi = positive("m_phi_max", args.m_phi_max, "MeV")
    if args.n < 1 or lo > hi or (args.n > 1 and lo == hi):
        raise ParameterError(
            f"m_phi range: the scan range is empty (m_phi_min={args.m_phi_min!r}, m_phi_max={args.m_phi_max!r}, "
            f"n={args.n!r}); need m_phi_min < m_phi_max and n >= 1 (or n = 1 with equal ends)"
        )
    if (args.neff_central is None) != (args.neff_sigma is None):
        raise ParameterError("neff_sigma: give both --neff-central and --neff-sigma, or neither")
    meas = args.neff if args.neff_central is None else Measurement.user(args.neff_central, args.neff_sigma)
    ms = np.geomspace(lo, hi, args.n)
    rows = scan.scan(ms, dataset=args.dataset, g_mu=args.g_mu, neff=meas, br_min=args.br_min,
                     br_max=args.br_max, n_grid=args.n_grid, rate=args.rate, t_d_method=args.t_d_method)
    path = scan.write_csv(rows, args.out)
    if args.json:
        emit({"out": str(path), "rows": rows}, True)
    else:
        print(f"wrote {path} ({len(rows)} rows)")
    return 0
