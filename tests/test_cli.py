"""discourse.cli: the `discourse` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from discourse import __version__
from discourse.cli import build_parser, main

REPO = Path(__file__).resolve().parents[1]


def test_version_and_help():
    completed = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert completed.stdout.strip() == f"discourse {__version__}"
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([])  # a subcommand is required
    assert info.value.code == 2


def test_figures_options_are_parsed():
    args = build_parser().parse_args(
        ["figures", "--corpus", "c.jsonl", "--only", "01", "--only", "02", "--out", "o"]
    )
    assert (str(args.corpus), args.only, str(args.out)) == ("c.jsonl", ["01", "02"], "o")


def test_figures_outside_the_repository_fails_clearly(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["figures", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "run from the repository root or pass --notebooks" in err
    assert not (tmp_path / "figures").exists() or not any((tmp_path / "figures").iterdir())


def test_unknown_notebook_is_an_error(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(REPO)
    assert main(["figures", "--only", "99", "--out", str(tmp_path), "--no-progress"]) == 1
    assert "matches no notebook" in capsys.readouterr().err


def test_info_prints_version_and_demo_summary(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"discourse {__version__}\n")
    assert "demo corpus" in out


# `discourse figures --only 01 --out DIR` is run by tests/test_notebooks.py (shared to save time).
