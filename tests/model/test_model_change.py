"""Derived once: change a term of Eq. 14 in a copy of model/uv.py, regenerate, and the numeric side follows.

A user edits the Lagrangian (here: the N' Majorana term, and a phi coupling moved from N N' to N N),
regenerates the kernels (in a temp dir: codegen's in-memory ``generate`` on the copy's registry) and calls
the unchanged numeric module (mevscalar.numeric.neutrino) with those kernels. The new mass matrix, the seesaw
approximations built from its blocks, the exact diagonalisation and the Hellmann-Feynman couplings must
all follow. References: the changed matrix typed here by hand (numpy/mpmath), and d m_a / d v_phi by
central differences of the exact masses (independent of the dM/dvarphi kernel).
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import mpmath
import numpy as np
import pytest

from mevscalar.numeric import neutrino as nu
from mevscalar.codegen import emit

UV_SOURCE = Path(__file__).resolve().parents[2] / "model" / "uv.py"
PT = dict(y_N=[1.5e-7, 1e-7, 5e-8], y_Np=[2e-8, 1.1e-7, 1.4e-7], lambda_N=1.0, v_phi=201.0, v_p=1494.0,
          m_N=0.7, m_Np=0.3)
S2 = math.sqrt(2.0)

#: (what the user writes in the copy, what it replaces)
CHANGES = {
    "majorana": ('Term(S.m_Np, (Np, Np), label="m_N\' N\' N\'")', 'Term(S.m_Np / 2, (Np, Np), label="m_N\'/2 N\' N\'")'),
    "phi_to_NN": ('Term(S.lambda_N / 2, (N, N, phi), label="lambda_N/2 N N phi")',
                  'Term(S.lambda_N, (N, Np, phi), label="lambda_N N N\' phi")'),
}


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _regenerate(tmp_path: Path, change: str):
    """Copy model/uv.py with one Eq. 14 term changed, derive it, generate its kernels, import them."""
    new, old = CHANGES[change]
    src = UV_SOURCE.read_text(encoding="utf-8")
    assert src.count(old) == 1, f"Eq. 14 term {old!r} not found once in model/uv.py"
    copy = tmp_path / f"uv_{change}.py"
    copy.write_text(src.replace(old, new), encoding="utf-8")
    uv_copy = _load(copy, f"_uv_copy_{change}")
    files = emit.generate(registry={"uv": uv_copy.neutral_kernels()})
    out = {}
    for twin in ("np", "mp"):
        p = tmp_path / f"uv_{twin}.py"
        p.write_text(files[f"uv_{twin}.py"], encoding="utf-8")
        out[twin] = _load(p, f"_uv_{twin}_{change}")
    return uv_copy, out["np"], out["mp"]


def _hand_matrix(change: str, v_phi: float, m_N: float, dps: int = 50):
    """The changed 5x5 typed by hand (the reference), in mpmath."""
    with mpmath.workdps(dps):
        M = mpmath.zeros(5, 5)
        s2 = mpmath.sqrt(2)
        for i in range(3):
            M[i, 3] = M[3, i] = mpmath.mpf(PT["y_N"][i]) * nu.V_EW / s2
            M[i, 4] = M[4, i] = mpmath.mpf(PT["y_Np"][i]) * PT["v_p"] / s2
        if change == "majorana":  # m_N' N' N' instead of m_N'/2 N' N': M_N'N' = 2 m_N'
            M[3, 3] = mpmath.mpf(m_N)
            M[4, 4] = 2 * mpmath.mpf(PT["m_Np"])
            M[3, 4] = M[4, 3] = mpmath.mpf(PT["lambda_N"]) * v_phi / s2
        else:
            M[4, 4] = mpmath.mpf(PT["m_Np"])  # lambda_N/2 N N phi with <phi> = v_phi/sqrt2: M_NN = m_N + lambda_N v_phi/sqrt2, no N-N' entry
            M[3, 3] = mpmath.mpf(m_N) + mpmath.mpf(PT["lambda_N"]) * v_phi / s2
        return M


def _sorted_abs_eig(M):
    E = mpmath.eigsy(M, eigvals_only=True)
    return sorted(abs(E[i]) for i in range(M.rows))


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_numeric_results_follow_a_changed_lagrangian(tmp_path, monkeypatch, change):
    base = nu.spectrum(**PT)
    uv_copy, k_np, k_mp = _regenerate(tmp_path, change)
    monkeypatch.setattr(nu, "_uv_np", k_np)
    monkeypatch.setattr(nu, "_uv_mp", k_mp)

    # 1. the new mass matrix (generated kernel) is the changed one
    M = nu.mass_matrix(**PT)
    ref = _hand_matrix(change, PT["v_phi"], PT["m_N"])
    assert np.allclose(M, np.array(ref.tolist(), dtype=float), rtol=1e-15, atol=0)

    # 2. the exact diagonalisation follows
    out = nu.spectrum(**PT)
    with mpmath.workdps(50):
        want = [float(x) for x in _sorted_abs_eig(ref)]
    assert np.allclose(out["light_exact_MeV"][1:], want[1:3], rtol=1e-12, atol=0)
    assert np.allclose(out["heavy_exact_MeV"], want[3:], rtol=1e-12, atol=0)
    assert abs(out["light_exact_MeV"][2] / base["light_exact_MeV"][2] - 1) > 1e-3  # the change is visible

    # 3. the seesaw approximations (block kernels fed the new blocks) follow: LO = eig of -D R^-1 D^T
    Mf = np.array(ref.tolist(), dtype=float)
    D, R = Mf[:3, 3:], Mf[3:, 3:]
    lo_ref = np.sort(np.abs(np.linalg.eigvalsh(-D @ np.linalg.inv(R) @ D.T)))
    assert np.allclose(out["light_MeV"][1:], lo_ref[1:], rtol=1e-9, atol=0)
    theta = out["expansion_parameter"]
    assert np.all(np.abs(np.array(out["light_MeV"][1:]) / want[1:3] - 1) <= 1.01 * theta**2 + 1e-12)
    assert np.allclose(out["heavy_nlo_MeV"], want[3:], rtol=10 * theta**2, atol=0)

    # 4. the exact phi couplings follow: Hellmann-Feynman with the new dM/dvarphi = d m_a / d v_phi (paper
    #    normalisation, phi = (v_phi + varphi)/sqrt2), checked by central differences of the exact masses
    h = mpmath.mpf("1e-12") * PT["v_phi"]
    with mpmath.workdps(50):
        up = _sorted_abs_eig(_hand_matrix(change, PT["v_phi"] + h, PT["m_N"]))
        dn = _sorted_abs_eig(_hand_matrix(change, PT["v_phi"] - h, PT["m_N"]))
        fd = [float(abs((up[i] - dn[i]) / (2 * h))) for i in (1, 2)]
    assert np.allclose(out["g_nu_exact"][1:], fd, rtol=1e-8, atol=0)
    if change == "phi_to_NN":  # the coupling now sits on N N: different from Eq. 14's by O(1)
        assert abs(out["g_nu_exact"][2] / base["g_nu_exact"][2] - 1) > 1e-2

    # 5. Eq. 20's factor is re-derived from the changed model (1 for a pure Dirac N N' pair; it stays
    #    defined only if light_lo scales as 1/v_phi at m_N = m_N' = 0)
    if change == "majorana":
        assert uv_copy.model().g_nu_factor == 1
