"""Cold `mev-scalar regenerate` time and import time of the numeric kernels.

Targets (issue 2): regenerate cold < 20 s; importing every generated NumPy kernel module < 0.3 s.
Each measurement is a fresh interpreter (cold caches for our code; the OS file cache is warm after
the first repetition, so we report the median of several). Baselines in the same run: the bare
interpreter, `import numpy, scipy.special` (the floor a kernel would pay without SciPy's lazy submodule loading) and `import sympy`
(what users would pay if the numeric path imported SymPy).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time

PY = sys.executable


def _time(code: str, reps: int = 5) -> float:
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        subprocess.run([PY, "-c", code], check=True, capture_output=True)
        out.append(time.perf_counter() - t0)
    return statistics.median(out)


def main() -> None:
    import mevscalar.generated as g

    mods = [f"mevscalar.generated.{m}_np" for m in g.MODULES]
    imp = "import " + ", ".join(mods) if mods else "pass"
    t_bare = _time("pass")
    t_floor = _time("import numpy, scipy.special")
    t_sympy = _time("import sympy")
    t_kern = _time(imp)
    call = (
        imp
        + "\nimport importlib\n"
        + "for name in %r:\n" % (mods,)
        + "    m = importlib.import_module(name)\n"
        + "    for k, dom in m.DOMAINS.items():\n"
        + "        getattr(m, k)(*[lo for lo, hi in dom.values()])\n"
    )
    t_first = _time(call)
    print(f"generated NumPy modules: {len(mods)}")
    print(f"interpreter start             {t_bare * 1e3:8.1f} ms")
    print(f"import numpy, scipy.special   {t_floor * 1e3:8.1f} ms  (baseline floor)")
    print(f"import sympy                  {t_sympy * 1e3:8.1f} ms")
    print(f"import all generated kernels  {t_kern * 1e3:8.1f} ms  (process incl. start)")
    print(f"import + first call of every kernel {t_first * 1e3:8.1f} ms  (pays for scipy.special)")
    print(f"  kernels / floor  = {t_kern / t_floor:6.2f}x")
    print(f"  kernels / sympy  = {t_kern / t_sympy:6.2f}x")
    print(f"  kernel import net of interpreter start: {(t_kern - t_bare) * 1e3:.1f} ms (target < 300 ms): "
          f"{'OK' if t_kern - t_bare < 0.3 else 'OVER'}")

    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        subprocess.run([PY, "-m", "mevscalar", "regenerate", "--out", d], check=True, capture_output=True)
        t_regen = time.perf_counter() - t0
    print(f"regenerate (cold, fresh process, empty target) {t_regen:6.2f} s  (target < 20 s): "
          f"{'OK' if t_regen < 20 else 'OVER'}")
    print(f"  regenerate / import sympy = {t_regen / t_sympy:6.1f}x")


if __name__ == "__main__":
    main()
