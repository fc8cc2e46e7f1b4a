"""How the bench reads a section's child process: its figures, and how it ended."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

# bench/common.py by its path: this test package is named "bench" too (see test_pg_bench.py)
_SPEC = importlib.util.spec_from_file_location(
    "bench_common", Path(__file__).resolve().parents[2] / "bench" / "common.py"
)
assert _SPEC is not None and _SPEC.loader is not None
common = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_common"] = common  # dataclasses look their module up
_SPEC.loader.exec_module(common)
MARK, Config, Figure = common.MARK, common.Config, common.Figure


def ended(monkeypatch: pytest.MonkeyPatch, code: int, stdout: str, stderr: str = "") -> None:
    def run(cmd: list[str], **_kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(cmd, code, stdout, stderr)

    monkeypatch.setattr(common.subprocess, "run", run)


CFG = Config(orders=10, repeat=1, quick=True, data="/tmp")
FIGURE = Figure("Window (no stalls)", "Open Stock: longest stall", 12.0, "ms", [12.0], 100.0)


def test_a_child_that_crashes_after_its_figures_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Figures printed, then a segfault in the teardown (exit -11): the figures stand and the
    crash is a target not met, listed with the misses, never silently dropped."""
    ended(monkeypatch, -11, MARK + json.dumps([asdict(FIGURE)]) + "\n")
    figures = common.run_section("window", "window", CFG)
    assert figures[0].value == 12.0
    crash = figures[-1]
    assert crash.limit is not None and crash.value is None
    assert "exit -11 after its figures" in crash.note


def test_a_child_that_dies_before_its_figures_says_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = 'Fatal Python error: Segmentation fault\n  File "x.py", line 3 in paint'
    ended(monkeypatch, -11, "", stack)
    (figure,) = common.run_section("window", "window", CFG)
    assert figure.value is None and "failed (exit -11)" in figure.note
    assert "Segmentation fault" in capsys.readouterr().err  # the stack is shown, not dropped


def test_a_child_that_ends_well_gives_its_figures_only(monkeypatch: pytest.MonkeyPatch) -> None:
    ended(monkeypatch, 0, "noise\n" + MARK + json.dumps([asdict(FIGURE)]) + "\n")
    assert common.run_section("window", "window", CFG) == [FIGURE]
