"""Shared by the registry tests (issue 10): the one error line of a command, and the message of a Python call.

A bad value must give the SAME message from the command line (``mev-scalar <command>: error: <message>``, exit 2,
one line) and from the Python entry point (the ParameterError's text). tests/ is on sys.path (like
collision_reference and verdict_stub).
"""

from __future__ import annotations

import pytest

from mevscalar.cli import main
from mevscalar.validate import ParameterError


def cli_message(argv, capsys) -> str:
    """The message of ``mev-scalar argv``: asserts exit 2 and exactly one stderr line with the command's prefix."""
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    head = f"mev-scalar {argv[0]}: error: "
    assert err[0].startswith(head), err[0]
    return err[0][len(head):]


def py_message(fn) -> str:
    """The text of the ParameterError that fn() raises (fails if it raises none)."""
    with pytest.raises(ParameterError) as exc:
        fn()
    return str(exc.value)
