"""`mev-scalar check`: is this installation's generated code fresh, and do its kernels keep their promises?

    mev-scalar check [--points N] [--seed N] [--json]
    mev-scalar check --approximations [--json]
        every approximation the paper makes against its exact counterpart, one table
        (:mod:`mevscalar.approximations`); JSON: {"threshold", "paper", "description",
        "rows": [{key, approximation, exact, equation, variable, within_1pct, within_1pct_range, paper_range,
        worst_error, worst_at, source, note}]}

1. Staleness: regenerate in memory and compare with generated/ (needs SymPy; skipped with a note if
   the model cannot be imported).
2. Numerics: every NumPy kernel against its mpmath twin (40 digits) at seeded random points spread
   over the declared domain (log-uniform), reporting the worst relative error against the promised
   tolerance. Uses only the generated modules (no SymPy).
"""

from __future__ import annotations

import importlib
import math
import sys

from .. import parameters as P


def register(sub):
    p = sub.add_parser("check", help="check generated/ is fresh and every kernel matches its mpmath twin "
                                     "(--approximations: the paper's approximations vs exact)")
    P.add_argument(p, "points")
    P.add_argument(p, "seed")
    P.add_argument(p, "approximations")
    P.add_argument(p, "json")
    p.set_defaults(func=run)


def run_approximations(args) -> int:
    from .. import approximations as A
    from ._common import refuse

    refuse(args, ("points", "seed"), "with --approximations (its samples are fixed)")
    tab = A.table()
    if args.json:
        from ._common import dumps

        print(dumps(tab))
        return 0
    print(A.markdown(tab), end="")
    return 0


def kernel_report(points: int = 12, seed: int = 20220314) -> list[dict]:
    import mpmath
    import numpy as np

    import mevscalar.generated as g

    points = P.check("points", points)  # 0 points would report every kernel "ok" having checked nothing
    seed = P.check("seed", seed)  # numpy's generators take non-negative integers only
    rng = np.random.default_rng(int(seed))
    rows = []
    for mod in g.MODULES:
        np_mod = importlib.import_module(f"mevscalar.generated.{mod}_np")
        mp_mod = importlib.import_module(f"mevscalar.generated.{mod}_mp")
        for name, dom in np_mod.DOMAINS.items():
            rtol, atol, is_complex = np_mod.TOLERANCES[name]
            worst, worst_at = 0.0, None
            for _ in range(points):
                args = []
                for lo, hi in dom.values():
                    if lo > 0 and hi / lo > 10:
                        args.append(float(math.exp(rng.uniform(math.log(lo), math.log(hi)))))
                    else:
                        args.append(float(rng.uniform(lo, hi)))
                got = getattr(np_mod, name)(*args)
                with mpmath.workdps(40):
                    ref = getattr(mp_mod, name)(*args)
                    if isinstance(ref, mpmath.matrix):  # matrix-valued kernel: every entry, scaled by the largest
                        ref = np.array(ref.apply(complex if is_complex else (lambda z: float(mpmath.re(z)))).tolist(),
                                       dtype=complex if is_complex else float)
                    else:
                        ref = complex(ref) if is_complex else float(mpmath.re(ref))
                got = np.asarray(got, dtype=complex if is_complex else None)
                got = got if is_complex else np.real(got).astype(float)
                if got.shape != np.shape(ref):
                    err = math.inf
                else:
                    diff = float(np.max(np.abs(got - ref)))
                    scale = max(float(np.max(np.abs(ref))), 1e-300)
                    err = diff / scale if diff > atol else 0.0
                    if not np.all(np.isfinite(got)):
                        err = math.inf
                if err > worst or worst_at is None:
                    worst, worst_at = err, args
            rows.append(
                {"kernel": f"{mod}.{name}", "max_rel_err": worst, "rtol": rtol, "ok": worst <= rtol, "at": worst_at}
            )
    return rows


def run(args) -> int:
    from ._common import dumps

    if args.approximations:
        return run_approximations(args)

    points = P.value(args, "points", default=P.get("points").default)  # before the staleness check (seconds)
    seed = P.value(args, "seed", default=P.get("seed").default)
    status = 0
    stale = None
    try:
        from ..codegen import emit

        stale = emit.check()
    except ImportError as exc:  # pragma: no cover - SymPy is a runtime dependency
        print(f"staleness check skipped: {exc}", file=sys.stderr)
    if stale:
        status = 1
    rows = kernel_report(points, seed)
    if any(not r["ok"] for r in rows):
        status = 1
    if args.json:
        print(dumps({"stale": stale, "kernels": rows, "ok": status == 0}))
        return status
    if stale is not None:
        print("generated/: " + ("up to date" if not stale else "STALE\n  " + "\n  ".join(stale)))
    width = max((len(r["kernel"]) for r in rows), default=10)
    for r in rows:
        flag = "ok " if r["ok"] else "BAD"
        print(f"{flag} {r['kernel'].ljust(width)}  max rel err {r['max_rel_err']:.2e}  (promised {r['rtol']:.0e})")
    print("all checks passed" if status == 0 else "CHECK FAILED")
    return status
