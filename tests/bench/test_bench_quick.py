"""The benchmark harness still runs: ``bench/run.py --quick`` once, in a subprocess.

Speed targets live in bench/results.md, not here; this only keeps the harness working.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_quick_run_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--quick",
            "--data",
            str(tmp_path),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=420,  # the window's scripted session included
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    for heading in (
        "## Import",
        "## Orders table",
        "## Account health",
        "## Cancel one order",
        "## Start-up",
        "## Window (no stalls)",
    ):
        assert heading in text, f"{heading} missing from the table"
    assert "| Measure | Median |" in text
    # each Seller Desk import round is followed by its storage floor (the yardstick)
    assert re.search(r"\| Import: Seller Desk / storage floor time \| [0-9.]+ x \|", text)
    assert "Machine:" in text
    # A section that broke (rather than one whose module has not landed) fails the test.
    assert "failed" not in text, text
