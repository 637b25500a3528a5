"""The parameter registry (issue 10, "one parameter registry"): one range, one message, one flag style.

Reference values here are the registry's declared contract (ranges quoted in the issue and the modules that
own the narrower domains), never the CLI's output read back.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pytest

from mevscalar import parameters as P
from mevscalar.cli import build_parser, main
from mevscalar.errors import ParameterError

#: The commands built from the registry and the options of theirs that are not parameters (files, executors).
COMMANDS = ("pheno", "gm2-band", "neff", "neff-scan", "check", "limits", "seesaw", "benchmark", "bbn", "bbn-scan",
            "reproduce")
NOT_PARAMETERS = {"help", "out", "scheduler", "resume", "force", "only"}  # files, executors, step names


def _subparsers():
    parser = build_parser()
    (action,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return {name: action.choices[name] for name in COMMANDS}


def _run(argv, capsys):
    rc = main(argv)
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


def _one_error_line(argv, capsys):
    rc, _, err = _run(argv, capsys)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert rc == 2 and len(lines) == 1 and "Traceback" not in err, (argv, err)
    prefix = f"mev-scalar {argv[0]}: error: "
    assert lines[0].startswith(prefix)
    return lines[0][len(prefix):]


# --------------------------------------------------------------------------- the table itself
def _top_level_imports(path) -> set:
    tree = ast.parse(Path(path).read_text())
    mods = {n.module or "" for n in tree.body if isinstance(n, ast.ImportFrom)}
    return mods | {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}


def _type_checking_block(node) -> bool:
    """``if TYPE_CHECKING:`` (imports for annotations only, never executed)."""
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def test_registry_module_needs_no_numpy_or_sympy():
    """NumPy only inside the array checks (imported when an array arrives), never at import time."""
    assert _top_level_imports(P.__file__) <= {"__future__", "math", "dataclasses", "typing", "errors"}
    tree = ast.parse(Path(P.__file__).read_text())
    annotations_only = [n for n in tree.body if _type_checking_block(n)]
    for block in annotations_only:  # the type hints' names (argparse, numpy): no run-time import at all
        assert all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in block.body) and not block.orelse
    tree.body = [n for n in tree.body if not _type_checking_block(n)]
    inner = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert inner <= {"math", "numpy"}, inner


def test_the_command_modules_import_no_numpy_scipy_or_sympy_at_import_time():
    """Building the parser (what --help does) imports every command module: the heavy imports live in handlers."""
    import mevscalar.cli as cli

    folder = Path(cli.__file__).parent
    for name in ("_common", "seesaw", "benchmark", "bbn", "reproduce", "pheno", "neff", "neff_scan"):
        mods = _top_level_imports(folder / f"{name}.py")
        assert not {m for m in mods if m.split(".")[0] in ("numpy", "scipy", "sympy", "mpmath")}, (name, mods)
        assert not {m for m in mods if m.lstrip(".").startswith(("numeric", "validate"))}, (name, mods)


def test_every_row_is_complete_and_every_domain_lies_inside_its_range():
    flags = set()
    for name, p in P.PARAMETERS.items():
        assert p.name == name and p.description and p.flag.startswith("--")
        # one flag style: lowercase words joined by hyphens, the unit in the help and never in the name
        for flag in (p.flag,):
            assert flag == flag.lower() and "_" not in flag and not flag.endswith(("-mev", "-ev")), flag
        for f in (p.flag, *p.aliases):
            assert f not in flags, f"{f} registered twice"
            flags.add(f)
        if p.numeric:
            assert isinstance(p.interval, P.Interval)
        if p.kind in ("choice", "choices"):
            assert p.choices
        for d in p.domains.values():
            assert d.reason and d.interval.within(p.interval), (name, d)


def test_registry_agrees_with_the_modules_that_own_the_numbers():
    from mevscalar.numeric.cosmology import boltzmann, decoupling, scan

    from mevscalar import data, limits
    from mevscalar.numeric import pheno

    m = P.get("m_phi")
    assert (m.interval.lo, m.interval.hi, m.interval.lo_closed, m.interval.hi_closed) == (0, pheno.M_PHI_MAX_MEV,
                                                                                           False, True)
    for name in ("m_phi", "m_phi_min", "m_phi_max"):
        iv = P.get(name).domains["boltzmann"].interval
        assert (iv.lo, iv.hi) == tuple(boltzmann.M_PHI_RANGE)
    assert P.get("n_grid").interval.hi == scan.N_GRID_MAX
    assert set(P.get("gm2_dataset").choices) == set(data.GM2)
    assert set(P.get("neff_dataset").choices) == set(data.NEFF)
    assert set(P.get("status").choices) == set(limits.STATUSES) - {"user"}
    assert set(P.get("nunu").choices) == set(pheno.NUNU_MODES)
    assert float(P.get("g_star").default) == decoupling.G_STAR_PAPER


@pytest.mark.parametrize("name,value,ok", [
    ("m_phi", 0.0, False), ("m_phi", 1e-300, True), ("m_phi", 1e6, True), ("m_phi", 1.0000001e6, False),
    ("m_phi", math.inf, False), ("m_phi", math.nan, False), ("m_phi", "1e-3", True), ("m_phi", "one", False),
    ("br_nunu", 0.0, True), ("br_nunu", 1.0, False), ("br_min", 0.0, False),
    ("g_star", 2.0, True), ("g_star", 1e-300, False), ("g_star", 106.75, True), ("g_star", 107.0, False),
    ("g_star", "T", True), ("g_mu", -3.7e-4, True), ("g_mu", 4.0, False), ("g_mu", -4.0, False),
    ("seed", 0, True), ("seed", -1, False), ("seed", 1.5, False), ("points", 0, False), ("n_grid", 1, False),
    ("g_nu", "1e-10", True), ("g_nu", "1e-10,2e-10,3e-10", True), ("g_nu", "1,2", False), ("g_nu", "-1e-9", False),
    ("rate", "eq10", True), ("rate", "eq9", False), ("status", "robust,disputed", True), ("status", ",", False),
])
def test_check_open_and_closed_ends(name, value, ok):
    if ok:
        P.check(name, value)
    else:
        with pytest.raises(ParameterError) as exc:
            P.check(name, value)
        msg = str(exc.value)
        p = P.get(name)
        assert msg.startswith(f"{name} ({p.flag}) must be ") and p.range_text() in msg


def test_a_domain_says_why_and_the_physical_range_is_checked_first():
    with pytest.raises(ParameterError) as exc:
        P.check("m_phi", 50.0, "boltzmann")
    msg = str(exc.value)
    assert "[0.01, 30] MeV" in msg and "Boltzmann solver's domain" in msg and "(0, 1e6] MeV" in msg
    with pytest.raises(ParameterError) as exc:  # outside the physical range: the physical message
        P.check("m_phi", 0.0, "boltzmann")
    assert str(exc.value) == P.get("m_phi").message(0.0)
    assert P.check("m_phi", 30.0, "boltzmann") == 30.0


# --------------------------------------------------------------------------- the parsers come from the table
def test_every_registered_flag_appears_in_its_commands_with_the_registry_help():
    seen = set()
    for cmd, sp in _subparsers().items():
        for a in sp._actions:
            if not a.option_strings or a.dest in NOT_PARAMETERS:
                continue
            assert a.dest in P.PARAMETERS, f"{cmd}: {a.option_strings} is not in the registry"
            p = P.get(a.dest)
            seen.add(a.dest)
            assert a.option_strings == [p.flag, *p.aliases], (cmd, a.option_strings)
            if a.dest not in ("json", "method"):  # per-command wording of what --json prints / what a method does
                assert a.help.startswith(p.help_head()), (cmd, a.dest, a.help)
                for alias in p.aliases:
                    assert f"deprecated alias: {alias}" in a.help or alias in a.help, (cmd, alias)
            if p.numeric:
                assert p.range_text() in a.help and (not p.unit or f"[{p.unit}]" in a.help)
    # and every row of the table is used by some command (no stale rows)
    assert seen == set(P.PARAMETERS)


@pytest.mark.parametrize("bad", ["0", "-3", "nan", "2e6", "abc"])
def test_the_same_bad_m_phi_gives_the_same_message_from_every_command(bad, capsys):
    rest = [
        ["pheno", "--g-mu", "1e-3", "--g-nu", "1e-9"],
        ["gm2-band"],
        ["neff", "--t-d", "0.5"],
        ["neff", "--g-mu", "3.7e-4", "--br-nunu", "1e-3"],
        ["neff", "--method", "boltzmann", "--g-mu", "3.7e-4", "--br-nunu", "1e-3"],
    ]
    msgs = {_one_error_line([r[0], f"--m-phi={bad}", *r[1:]], capsys) for r in rest}
    (msg,) = msgs
    assert msg.startswith("m_phi (--m-phi) must be a number in the allowed range (0, 1e6] MeV, got ")


@pytest.mark.parametrize("name,flag,bad", [("g_mu", "--g-mu", "4"), ("br_nunu", "--br-nunu", "1.5")])
def test_one_message_per_parameter_in_pheno_and_neff(name, flag, bad, capsys):
    a = _one_error_line(["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--br-nunu", "1e-3", flag, bad], capsys)
    b = _one_error_line(["neff", "--m-phi", "1", "--g-mu", "1e-3", "--br-nunu", "1e-3", flag, bad], capsys)
    assert a == b == P.get(name).message(float(bad))


def test_g_star_has_a_physical_range(capsys):
    msg = _one_error_line(["neff", "--m-phi", "2", "--g-mu", "3.7e-4", "--br-nunu", "2.3e-4", "--g-star", "1e-300"],
                          capsys)
    assert msg == P.get("g_star").message(1e-300) and "[2, 106.75]" in msg


# --------------------------------------------------------------------------- no-effect flags are errors
@pytest.mark.parametrize("argv,name", [
    (["neff", "--m-phi", "1", "--t-d", "0.5", "--g-star", "10.75"], "g_star"),
    (["neff", "--m-phi", "1", "--t-d", "0.5", "--rate", "eq10"], "rate"),
    (["neff", "--m-phi", "1", "--t-d", "0.5", "--t-d-method", "eq11"], "t_d_method"),
    (["neff", "--method", "boltzmann", "--m-phi", "1", "--g-mu", "3e-4", "--br-nunu", "1e-3", "--rate", "eq10"],
     "rate"),
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--g-mu", "3e-4", "--dataset", "2021"], "gm2_dataset"),
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--g-mu", "3e-4", "--gm2-dataset", "2025"], "gm2_dataset"),
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--neff", "planck2018", "--neff-central", "3",
      "--neff-sigma", "0.2"], "neff_dataset"),
    (["neff", "--m-phi", "1", "--t-d", "0.5", "--no-qed"], "no_qed"),
    (["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--flavour", "mixed"], "flavour"),
])
def test_a_flag_without_effect_is_an_error(argv, name, tmp_path, capsys):
    if argv[0] == "neff-scan":
        argv = argv + ["--out", str(tmp_path / "s.csv")]
    msg = _one_error_line(argv, capsys)
    assert msg.startswith(f"{name}: ") and "no effect" in msg
    assert not (tmp_path / "s.csv").exists()


# --------------------------------------------------------------------------- old names keep working
def test_gm2_band_dataset_alias_and_both_json_keys(capsys):
    rc, new, _ = _run(["gm2-band", "--m-phi", "1", "--gm2-dataset", "2025", "--json"], capsys)
    rc_old, old, _ = _run(["gm2-band", "--m-phi", "1", "--dataset", "2025", "--json"], capsys)
    assert rc == rc_old == 0 and new == old
    d = json.loads(new)
    assert d["gm2_dataset"] == d["dataset"] == "2025"


def test_neff_scan_aliases_reach_the_scan(monkeypatch, tmp_path, capsys):
    from mevscalar.numeric.cosmology import scan

    calls = []
    monkeypatch.setattr(scan, "scan", lambda ms, **kw: calls.append((list(ms), kw)) or [])
    monkeypatch.setattr(scan, "write_csv", lambda rows, out: out)
    base = ["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--out", str(tmp_path / "s.csv")]
    assert main(base + ["--n", "3", "--dataset", "2025", "--neff", "planck2018_paper"]) == 0
    assert main(base + ["--n-m-phi", "3", "--gm2-dataset", "2025", "--neff-dataset", "planck2018_paper"]) == 0
    capsys.readouterr()
    assert calls[0] == calls[1]
    ms, kw = calls[0]
    assert len(ms) == 3 and kw["dataset"] == "2025" and kw["neff"] == "planck2018_paper" and kw["g_mu"] is None


def test_neff_json_keeps_g_nu3_next_to_the_g_nu_list(capsys):
    rc, out, _ = _run(["neff", "--m-phi", "2", "--g-mu", "3.7e-4", "--br-nunu", "2.3e-4", "--json"], capsys)
    d = json.loads(out)
    assert rc == 0 and len(d["g_nu"]) == 3 and d["g_nu3"] == d["g_nu"][2] > 0
    assert {"n_eff", "method"} - set(d) == {"method"}  # paper method: n_eff as in issue 7 ("method" is boltzmann's)
    assert P.DEPRECATED_JSON_KEYS["g_nu3"] == "g_nu[2]"


# --------------------------------------------------------------------------- negative numbers, space form
def test_negative_g_mu_in_the_space_form(capsys):
    rc, neg, _ = _run(["pheno", "--m-phi", "1", "--g-mu", "-3.7e-4", "--br-nunu", "5e-3", "--json"], capsys)
    rc2, pos, _ = _run(["pheno", "--m-phi", "1", "--g-mu", "3.7e-4", "--br-nunu", "5e-3", "--json"], capsys)
    n, p = json.loads(neg), json.loads(pos)
    assert rc == rc2 == 0 and n["g_mu"] == -3.7e-4
    # only g_mu^2 enters g-2 and the widths (Eqs. 3-5); the sign of g_gg follows g_mu
    assert n["delta_a_mu"] == p["delta_a_mu"] and n["gamma_total_MeV"] == p["gamma_total_MeV"]
    assert n["g_gg_per_MeV"] == -p["g_gg_per_MeV"]
    rc, out, _ = _run(["neff", "--m-phi", "2", "--g-mu", "-3.7e-4", "--br-nunu", "2.3e-4", "--json"], capsys)
    assert rc == 0 and json.loads(out)["g_mu"] == -3.7e-4


def test_negative_yukawa_list_in_the_space_form(capsys):
    args = ["--y-np", "3e-7,-1e-7,2e-7", "--lambda-n", "1", "--v-phi", "200", "--v-prime", "1000", "--m-n", "-0.5",
            "--json"]
    rc, spaced, err = _run(["seesaw", "--y-n", "-1.5e-7,1e-7,5e-8", *args], capsys)
    rc2, joined, _ = _run(["seesaw", "--y-n=-1.5e-7,1e-7,5e-8", *args], capsys)
    assert rc == rc2 == 0, err
    assert spaced == joined
    d = json.loads(spaced)
    assert d["y_N"] == [-1.5e-7, 1e-7, 5e-8] and d["m_N_MeV"] == -0.5


def test_docs_table_lists_every_numeric_and_choice_parameter_with_its_range():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "parameters.md").read_text()
    table = doc.split("\n## The table", 1)[1].split("\n## ", 1)[0]
    lines = {ln.split("|")[1].strip(): ln for ln in table.splitlines() if ln.startswith("| `")}
    for p in P.PARAMETERS.values():
        if p.kind != "switch":
            assert f"`{p.name}`" in lines and p.range_text() in lines[f"`{p.name}`"], p.name
            assert all(f"`{k}`" in lines[f"`{p.name}`"] for k in P.json_keys(p.name)), p.name
            assert all(f"`{a}`" in lines[f"`{p.name}`"] for a in p.aliases), p.name
            domains = lines[f"`{p.name}`"].rstrip().rstrip("|").rsplit("|", 1)[1]
            assert all(f"{d}: {p.range_text(d)}" in domains for d in p.domains), (p.name, domains)


def test_bbn_keeps_reading_g_nu_text_through_the_neff_helper():
    from mevscalar.cli.neff import _g_nu_arg

    assert _g_nu_arg("1e-10") == 1e-10 and _g_nu_arg("1e-10,2e-10,3e-10") == [1e-10, 2e-10, 3e-10]
    assert _g_nu_arg(None) is None
    with pytest.raises(ParameterError, match=r"^g_nu \(--g-nu\)"):
        _g_nu_arg("1,2")


@pytest.mark.parametrize("argv,names", [
    (["pheno", "--m-phi", "1", "--g-mu", "3.67e-4", "--g-nu", "1e-10"], ("m_phi", "g_mu", "br_nunu", "g_nu", "nunu")),
    (["gm2-band", "--m-phi", "1"], ("m_phi", "gm2_dataset")),
    (["neff", "--m-phi", "2", "--g-mu", "3.7e-4", "--br-nunu", "2.3e-4", "--t-gamma", "0.01"],
     ("m_phi", "g_mu", "br_nunu", "g_nu", "rate", "t_d_method", "t_gamma")),
])
def test_json_echoes_its_inputs_under_the_registry_keys(argv, names, capsys):
    rc, out, _ = _run(argv + ["--json"], capsys)
    keys = set(json.loads(out))
    assert rc == 0
    for n in names:
        assert set(P.json_keys(n)) <= keys, (n, P.json_keys(n))


# --------------------------------------------------------------------------- the evaluators check through the registry
_SEESAW = ["seesaw", "--y-n", "1.5e-7,1e-7,5e-8", "--y-np", "2e-8,1.1e-7,1.4e-7", "--lambda-n", "1", "--v-phi", "201",
           "--v-prime", "1494"]
_SEESAW_PT = dict(y_N=[1.5e-7, 1e-7, 5e-8], y_Np=[2e-8, 1.1e-7, 1.4e-7], lambda_N=1.0, v_phi=201.0, v_p=1494.0)


def _swap(argv, flag, value):
    argv = list(argv)
    if flag in argv:
        argv[argv.index(flag) + 1] = value
    else:
        argv += [flag, value]
    return argv


def _python_message(call):
    with pytest.raises(ParameterError) as exc:
        call()
    return str(exc.value)


@pytest.mark.parametrize("flag,text,name,value", [
    ("--lambda-n", "0", "lambda_N", 0.0),
    ("--lambda-n", "1e300", "lambda_N", 1e300),  # outside the perturbative range (was an overflow traceback)
    ("--v-phi", "-1", "v_phi", -1.0),
    ("--v-prime", "nan", "v_p", math.nan),
    ("--m-n", "inf", "m_N", math.inf),
    ("--y-n", "1e-7,2e-7", "y_N", [1e-7, 2e-7]),
    ("--y-np", "1e-7,5,0", "y_Np", [1e-7, 5.0, 0.0]),
])
def test_seesaw_cli_and_neutrino_spectrum_give_the_same_message(flag, text, name, value, capsys):
    from mevscalar.numeric import neutrino as nu

    cli = _one_error_line(_swap(_SEESAW, flag, text), capsys)
    py = _python_message(lambda: nu.spectrum(**dict(_SEESAW_PT, **{name: value})))
    assert cli == py and cli.startswith(f"{name} ({P.get(name).flag}) must be ")


@pytest.mark.parametrize("argv,call", [
    (["pheno", "--m-phi", "2e6", "--g-mu", "1e-3", "--br-nunu", "1e-3"],
     lambda pheno, chain: pheno.phi_widths(2e6, 1e-3, br_nunu=1e-3)),
    (["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--g-nu", "1e-10,-1e-10,0"],
     lambda pheno, chain: pheno.phi_widths(1.0, 1e-3, g_nu=[1e-10, -1e-10, 0.0])),
    (["pheno", "--m-phi", "1", "--g-mu", "1e-3", "--br-nunu", "1e-3", "--nunu", "dirac"],
     lambda pheno, chain: pheno.phi_widths(1.0, 1e-3, br_nunu=1e-3, nunu="dirac")),
    (["gm2-band", "--m-phi", "1", "--gm2-dataset", "2030"], lambda pheno, chain: pheno.gm2_band(1.0, "2030")),
    (["neff", "--m-phi", "1", "--t-d", "0"], lambda pheno, chain: chain.from_t_d(1.0, 0.0)),
    (["neff", "--m-phi", "2e6", "--t-d", "0.5"], lambda pheno, chain: chain.from_t_d(2e6, 0.5)),
    (["neff", "--m-phi", "1", "--g-mu", "3.7e-4", "--br-nunu", "1e-3", "--t-gamma", "-1"],
     lambda pheno, chain: chain.evaluate(1.0, 3.7e-4, br_nunu=1e-3, t_gamma=-1.0)),
    (["neff", "--m-phi", "1", "--g-mu", "3.7e-4", "--br-nunu", "1e-3", "--g-star", "1"],
     lambda pheno, chain: chain.evaluate(1.0, 3.7e-4, br_nunu=1e-3, g_star=1.0)),
    (["neff", "--m-phi", "1", "--g-mu", "3.7e-4", "--br-nunu", "1e-3", "--rate", "eq9"],
     lambda pheno, chain: chain.evaluate(1.0, 3.7e-4, br_nunu=1e-3, rate="eq9")),
    (["neff", "--m-phi", "1", "--g-mu", "5", "--br-nunu", "1e-3"],
     lambda pheno, chain: chain.evaluate(1.0, 5.0, br_nunu=1e-3)),
])
def test_cli_and_python_evaluators_give_the_same_message(argv, call, capsys):
    from mevscalar.numeric import pheno
    from mevscalar.numeric.cosmology import chain

    assert _one_error_line(argv, capsys) == _python_message(lambda: call(pheno, chain))


_NEFF_TD = ["neff", "--m-phi", "1", "--t-d", "0.5"]
_NEFF_PT = ["neff", "--m-phi", "1", "--g-mu", "3.7e-4", "--br-nunu", "1e-3"]
_GAM = 1e-19  # a total width [MeV]; decoupling's own input (no flag: the CLI derives it from g_mu and BR_nunu)


@pytest.mark.parametrize("argv,call", [
    # m_phi: the registry's (0, 1e6] MeV (decoupling and neff accepted any m_phi > 0 before)
    (["neff", "--m-phi", "-1", "--t-d", "0.5"], lambda dec, neff: neff.n_eff(0.5, -1.0, 0.0)),
    (_swap(_NEFF_TD, "--m-phi", "2e6"), lambda dec, neff: neff.n_eff(0.5, 2e6, 0.0)),
    (_swap(_NEFF_TD, "--m-phi", "2e6"), lambda dec, neff: neff.allowed_td_intervals(2e6)),
    (_swap(_NEFF_PT, "--m-phi", "2e6"), lambda dec, neff: dec.t_d_exact(2e6, _GAM, 1e-3)),
    (_swap(_NEFF_PT, "--m-phi", "0"), lambda dec, neff: dec.t_d_eq11(0.0, _GAM, 1e-3)),
    (_swap(_NEFF_PT, "--m-phi", "nan"), lambda dec, neff: dec.rate(1.0, math.nan, _GAM, 1e-3)),
    # br_nunu: [0, 1), as before
    (_swap(_NEFF_TD, "--br-nunu", "1"), lambda dec, neff: neff.n_eff(0.5, 1.0, 1.0)),
    (_swap(_NEFF_PT, "--br-nunu", "-0.1"), lambda dec, neff: dec.t_d_eq11(1.0, _GAM, -0.1)),
    (_swap(_NEFF_PT, "--br-nunu", "1"), lambda dec, neff: dec.sigma_v(1.0, 1.0, _GAM, 1.0)),
    # g_star: the registry's [2, 106.75] or T (decoupling accepted any g_* > 0 before)
    (_swap(_NEFF_PT, "--g-star", "1"), lambda dec, neff: dec.hubble(1.0, g_star=1.0)),
    (_swap(_NEFF_PT, "--g-star", "200"), lambda dec, neff: dec.t_d_exact(1.0, _GAM, 1e-3, g_star=200.0)),
    (_swap(_NEFF_PT, "--g-star", "x"), lambda dec, neff: dec.t_d_eq11(1.0, _GAM, 1e-3, g_star="x")),
    # t_d, t_gamma: (0, inf) MeV, as before
    (_swap(_NEFF_TD, "--t-d", "-0.5"), lambda dec, neff: neff.n_eff(-0.5, 1.0, 0.0)),
    (_swap(_NEFF_TD, "--t-d", "inf"), lambda dec, neff: neff.n_eff_eq13(math.inf, 1.0)),
    (_NEFF_TD + ["--t-gamma", "0"], lambda dec, neff: neff.tnu_over_tgamma(0.0, 0.5, 1.0, 0.0)),
    # rate: one of eq10, detailed_balance
    (_swap(_NEFF_PT, "--rate", "eq9"), lambda dec, neff: dec.rate(1.0, 1.0, _GAM, 1e-3, rate="eq9")),
    (_swap(_NEFF_PT, "--rate", "eq9"), lambda dec, neff: dec.eq11_constant("eq9")),
    # eq11_error_table's g_mu and data set
    (_swap(_NEFF_PT, "--g-mu", "5"), lambda dec, neff: dec.eq11_error_table(g_mu=5.0)),
    (["gm2-band", "--m-phi", "1", "--gm2-dataset", "2030"], lambda dec, neff: dec.eq11_error_table(dataset="2030")),
])
def test_cli_and_decoupling_and_neff_give_the_same_message(argv, call, capsys):
    """The paper-method evaluators check every registered input through the registry: the CLI's one line."""
    from mevscalar.numeric.cosmology import decoupling, neff

    assert _one_error_line(argv, capsys) == _python_message(lambda: call(decoupling, neff))


@pytest.mark.parametrize("flags,measurement", [
    (["--neff-dataset", "wmap"], "wmap"),
    (["--neff-central", "20", "--neff-sigma", "0.2"], (20.0, 0.2)),  # N_eff in [0, 10] (any central before)
    (["--neff-central", "3", "--neff-sigma", "-0.1"], (3.0, -0.1)),
])
def test_neff_scan_and_the_allowed_td_interval_give_the_same_measurement_message(flags, measurement, tmp_path,
                                                                                  capsys):
    from mevscalar.numeric.cosmology import neff

    out = tmp_path / "s.csv"
    argv = ["neff-scan", "--m-phi-min", "1", "--m-phi-max", "2", "--out", str(out), *flags]
    assert _one_error_line(argv, capsys) == _python_message(lambda: neff.allowed_td_interval(1.0,
                                                                                             measurement=measurement))
    assert not out.exists()


def test_decoupling_arrays_and_the_log_rate_domain_use_the_registry_messages():
    import numpy as np

    from mevscalar.numeric.cosmology import decoupling as dec

    assert _python_message(lambda: dec.t_d_eq11(np.array([1.0, 2e6]), _GAM, 1e-3)) == P.get("m_phi").message(2e6)
    assert _python_message(lambda: dec.t_d_exact_grid(1.0, _GAM, np.array([1e-3, 1.0]))) == \
        P.get("br_nunu").message(1.0)
    m = np.array([1.0, 1.5])  # an array g_* (one per point) is checked elementwise like every number
    assert _python_message(lambda: dec.t_d_eq11(m, _GAM, 1e-3, g_star=np.array([10.75, 1.0]))) == \
        P.get("g_star").message(1.0)
    assert dec.t_d_eq11(m, _GAM, 1e-3, g_star=np.array([10.75, 10.75])).status.shape == (2,)
    msg = _python_message(lambda: dec.log_rate_over_hubble(1.0, 1.0, _GAM, 0.0))  # R = 0: no logarithm
    assert msg == P.get("br_nunu").message(0.0, "log_rate") and "(0, 1)" in msg and "physical range [0, 1)" in msg


@pytest.mark.parametrize("argv,call", [
    (["bbn", "--sm", "--omega-b", "0.5"], lambda bbn: bbn.sm(omega_b=0.5)),
    (["bbn", "--sm", "--network", "x"], lambda bbn: bbn.sm(network="x")),
    (["bbn", "--sm", "--nu-e", "x"], lambda bbn: bbn.sm(nu_e="x")),
    (["bbn", "--m-phi", "50", "--g-mu", "3.67e-4", "--br-nunu", "1e-3"],  # the Boltzmann domain, before any solve
     lambda bbn: bbn.evolve(50.0, 3.67e-4, br_nunu=1e-3)),
    (["bbn", "--m-phi", "1.5", "--g-mu", "3.67e-4", "--br-nunu", "1"], lambda bbn: bbn.evolve(1.5, 3.67e-4, br_nunu=1.0)),
])
def test_bbn_cli_and_evaluator_give_the_same_message(argv, call, capsys):
    from mevscalar.numeric.cosmology import bbn

    assert _one_error_line(argv, capsys) == _python_message(lambda: call(bbn))


def test_the_boltzmann_domain_message_in_bbn():
    msg = _python_message(lambda: P.check("m_phi", 50.0, "boltzmann"))
    from mevscalar.numeric.cosmology import bbn

    assert _python_message(lambda: bbn.evolve(50.0, 3.67e-4, br_nunu=1e-3)) == msg and "[0.01, 30] MeV" in msg


# --------------------------------------------------------------------------- arrays
def test_check_broadcasts_over_arrays_with_the_scalar_message():
    import numpy as np

    m = np.array([[1e-3, 1.0], [30.0, 1e6]])
    out = P.check("m_phi", m)
    assert isinstance(out, np.ndarray) and out.dtype == float and np.array_equal(out, m)
    for bad in (0.0, -1.0, 2e6, math.nan, math.inf):
        arr = np.array([1.0, bad, 3e6])  # the first bad element is quoted, as the scalar check would
        assert _python_message(lambda: P.check("m_phi", arr)) == _python_message(lambda: P.check("m_phi", bad))
    assert _python_message(lambda: P.check("m_phi", np.array([1.0, 50.0]), "boltzmann")) == \
        _python_message(lambda: P.check("m_phi", 50.0, "boltzmann"))
    assert P.check("m_phi", np.float64(2.0)) == 2.0 and P.check("m_phi", np.array(2.0)) == 2.0
    g = P.check("g_nu", np.full((3, 4), 1e-10))  # components along the first axis, each an array
    assert g.shape == (3, 4)
    assert "got [1e-10, 1e-10]" in _python_message(lambda: P.check("g_nu", np.full(2, 1e-10)))


def test_pheno_broadcasts_and_rejects_one_bad_element_with_the_registry_message():
    import numpy as np

    from mevscalar.numeric import pheno

    ms = np.geomspace(0.1, 100.0, 5)
    w = pheno.phi_widths(ms, 3.7e-4, g_nu=np.full((3, 5), 1e-10))
    assert w.gamma_total.shape == (5,) and np.all(w.gamma_total > 0)
    assert _python_message(lambda: pheno.delta_a_mu(1e-3, np.append(ms, 2e6))) == P.get("m_phi").message(2e6)
    assert _python_message(lambda: pheno.phi_widths(ms, 1e-3, br_nunu=np.full(5, 1.0))) == \
        P.get("br_nunu").message(1.0)


# --------------------------------------------------------------------------- old flags and keys keep working
def test_seesaw_old_flags_give_the_same_output_and_the_old_keys_are_kept(capsys):
    new = _SEESAW + ["--m-n", "0.7", "--m-np", "-0.3", "--g-nu-normalisation", "canonical", "--json"]
    old = ["seesaw", "--y-n", "1.5e-7,1e-7,5e-8", "--y-np", "2e-8,1.1e-7,1.4e-7", "--lambda-n", "1", "--v-phi-MeV",
           "201", "--v-prime-MeV", "1494", "--m-n-MeV", "0.7", "--m-np-MeV", "-0.3", "--g-nu-normalisation",
           "canonical", "--json"]
    rc, a, _ = _run(new, capsys)
    rc2, b, _ = _run(old, capsys)
    assert rc == rc2 == 0 and a == b
    d = json.loads(a)
    for name in ("y_N", "y_Np", "lambda_N", "v_phi", "v_p", "m_N", "m_Np", "normalisation"):
        assert set(P.json_keys(name)) <= set(d), name
    assert d["v_phi_MeV"] == 201.0 and d["v_prime_MeV"] == 1494.0 and d["m_Np_MeV"] == -0.3
    assert d["g_nu_normalisation"] == d["normalisation"] == "canonical"
    assert d["light_MeV"] == d["light_lo_MeV"] and d["heavy_MeV"] == d["heavy_lo_MeV"]
    assert d["hierarchy_theta"] == d["expansion_parameter"]
    for old_key in P.DEPRECATED_JSON_KEYS:  # every deprecated key is documented
        assert old_key in (Path(__file__).resolve().parents[2] / "docs" / "parameters.md").read_text()


def test_benchmark_keys_in_the_seesaw_style_with_the_old_ones_kept(capsys):
    rc, out, _ = _run(["benchmark", "--json", "--g-nu-normalisation", "paper"], capsys)
    d = json.loads(out)
    assert rc == 0
    assert d["g_nu_normalisation"] == d["normalisation"] == "paper"
    assert d["expansion_parameter"] == d["mixing_theta"] > 0
    assert d["g_nu_exact"] == d["g_nu_hellmann_feynman"]  # g_nu_exact: Hellmann-Feynman, as in seesaw
    assert "heavy_lo_MeV" in d and len(d["g_nu_eq20_exact"]) == 3
    # the benchmark point through `seesaw` gives the same keys and values (one meaning per key)
    argv = ["seesaw", "--y-n", ",".join(map(repr, d["y_N"])), "--y-np", ",".join(map(repr, d["y_Np"])),
            "--lambda-n", repr(d["lambda_N"]), "--v-phi", repr(d["v_phi_MeV"]), "--v-prime", repr(d["v_prime_MeV"]),
            "--json"]
    rc, out, _ = _run(argv, capsys)
    s = json.loads(out)
    for k in ("g_nu_exact", "heavy_lo_MeV", "expansion_parameter", "g_nu_normalisation", "g_nu"):
        assert s[k] == d[k], k
    msg = _one_error_line(["benchmark", "--oscillation", "nope"], capsys)
    assert msg == P.get("oscillation").message("nope")


def test_bbn_scan_flags_aliases_and_defaults_reach_the_map(monkeypatch, tmp_path, capsys):
    from mevscalar.numeric.cosmology import bbn

    calls = []
    monkeypatch.setattr(bbn, "bbn_map", lambda ms, out, **kw: calls.append((list(ms), kw)) or [])
    out = str(tmp_path / "b.csv")
    assert main(["bbn-scan", "--out", out]) == 0
    ms, kw = calls[-1]
    assert len(ms) == 30 and ms[0] == 0.5 and ms[-1] == pytest.approx(5.0)  # the command's own defaults
    assert (kw["br_min"], kw["br_max"], kw["n_grid"], kw["dataset"], kw["g_mu"]) == (1e-5, 0.1, 30, "2021", None)
    assert main(["bbn-scan", "--out", out, "--n", "3", "--dataset", "2025", "--omega-b", "0.0224"]) == 0
    assert main(["bbn-scan", "--out", out, "--n-m-phi", "3", "--gm2-dataset", "2025", "--omega-b", "0.0224"]) == 0
    assert calls[-1] == calls[-2] and calls[-1][1]["bbn_options"] == {"omega_b": 0.0224}
    capsys.readouterr()
    msg = _one_error_line(["bbn-scan", "--out", out, "--m-phi-max", "50"], capsys)
    assert msg == P.get("m_phi_max").message(50.0, "boltzmann")
    msg = _one_error_line(["bbn-scan", "--out", out, "--g-mu", "3e-4", "--dataset", "2021"], capsys)
    assert msg.startswith("gm2_dataset: ") and "no effect" in msg


def test_bbn_sm_refuses_phi_parameters(capsys):
    msg = _one_error_line(["bbn", "--sm", "--m-phi", "1"], capsys)
    assert msg.startswith("m_phi: --m-phi has no effect with --sm")
