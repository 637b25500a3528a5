"""Shared CLI helpers: output (JSON or an aligned table) and the refusal of flags without effect.

Numbers and number lists are parsed and checked by :mod:`mevscalar.parameters` (no NumPy here: ``--help`` stays light).
"""

from __future__ import annotations

import json
import math
import sys

from ..errors import ParameterError


def _jsonable(obj):
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if hasattr(obj, "tolist"):
        return _jsonable(obj.tolist())
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def dumps(obj) -> str:
    return json.dumps(_jsonable(obj), indent=2, sort_keys=False, allow_nan=False)


def emit(obj: dict, as_json: bool, title: str | None = None, stream=None) -> None:
    """Print a result dict as JSON or as 'key  value' lines."""
    stream = stream or sys.stdout
    if as_json:
        print(dumps(obj), file=stream)
        return
    if title:
        print(title, file=stream)
    width = max((len(str(k)) for k in obj), default=0)
    for k, v in obj.items():
        if isinstance(v, float):
            v = f"{v:.10g}"
        elif isinstance(v, (list, tuple)):
            v = "[" + ", ".join(f"{x:.10g}" if isinstance(x, float) else str(x) for x in v) + "]"
        print(f"{str(k).ljust(width)}  {v}", file=stream)


def refuse(args, names, why: str) -> None:
    """A flag that has no effect in the chosen mode is an error, not silently ignored: one message style,
    ``"NAME: --flag has no effect WHY"`` (the flag from :mod:`mevscalar.parameters` when it is registered)."""
    from .. import parameters

    for name in names:
        if getattr(args, name, None) in (None, False):
            continue
        p = parameters.PARAMETERS.get(name)
        flag = p.flag if p is not None else "--" + name.replace("_", "-")
        raise ParameterError(f"{name}: {flag} has no effect {why}")
