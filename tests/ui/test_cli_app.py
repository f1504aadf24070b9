"""``reader [SOURCE]``'s own arguments, checked before the app takes the terminal."""

from __future__ import annotations

import io

import pytest

from reader.cli import main


def test_an_unknown_theme_is_refused_with_the_known_ones(capsys) -> None:
    assert main(["--theme", "no-such-theme", "x.html"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("reader: error: unknown theme 'no-such-theme'")
    assert "textual-light" in error and error[-1] == "\n" and error.count("\n") == 1


def test_reading_stdin_from_a_terminal_is_refused(monkeypatch, capsys) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    assert main(["-"]) == 1
    assert "nothing on stdin" in capsys.readouterr().err


def test_help_names_the_source_and_options(capsys) -> None:
    from reader.cli import _app_parser

    with pytest.raises(SystemExit):
        _app_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert "SOURCE" in out and "--theme" in out and "--data-dir" in out
