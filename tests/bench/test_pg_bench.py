"""The bench's PostgreSQL parts: the throwaway server (``bench/pg.py``, which .ci/run uses too)
and the side-by-side table. Run in subprocesses, as the bench itself is (this package's name
shadows it). Speed is not checked here."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _has_server() -> bool:
    found = shutil.which("pg_config")
    return bool(found) or any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(not _has_server(), reason="no PostgreSQL server binaries")
def test_a_throwaway_server_runs_the_command_then_is_gone_even_when_it_fails() -> None:
    probe = (
        "import os, sqlalchemy as sa; url = os.environ['SELLER_DESK_TEST_PG']; print(url); "
        "e = sa.create_engine(url); c = e.connect(); "
        "show = lambda name: c.execute(sa.text('SHOW ' + name)).scalar(); "
        "print(show('fsync'), show('data_directory')); "
        "c.close(); raise SystemExit(5)"
    )  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "bench/pg.py", "--", sys.executable, "-c", probe],
        cwd=REPO,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 5, proc.stderr[-2000:]  # the command's own exit status
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("PostgreSQL ")
    url, (fsync, data) = lines[1], lines[2].split()
    assert fsync == "on"  # --fast not given: the bench's real set-up keeps fsync on
    assert not _listening(int(url.rsplit(":", 1)[1].split("/")[0]))
    assert not Path(data).exists()


@pytest.mark.skipif(not _has_server(), reason="no PostgreSQL server binaries")
def test_a_throwaway_server_stopped_from_outside_is_gone_too() -> None:
    """``timeout`` (or a cancelled CI job) stops bench/pg.py with SIGTERM: the command it ran
    is killed, and the server is stopped and its files removed, not left running."""
    probe = (
        "import os, sqlalchemy as sa, time; url = os.environ['SELLER_DESK_TEST_PG']; "
        "c = sa.create_engine(url).connect(); "
        "print(url, c.execute(sa.text('SHOW data_directory')).scalar(), flush=True); "
        "time.sleep(120)"
    )  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "bench/pg.py", "--fast", "--", sys.executable, "-c", probe],
        cwd=REPO,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("PostgreSQL ")
        url, data = proc.stdout.readline().split()
        proc.terminate()
        assert proc.wait(timeout=60) != 0
    finally:
        proc.kill()
    assert not _listening(int(url.rsplit(":", 1)[1].split("/")[0]))
    assert not Path(data).exists()


def test_both_backends_are_shown_side_by_side(tmp_path: Path) -> None:
    script = """
import argparse, sys
from datetime import UTC, datetime
from pathlib import Path
from bench.common import Figure
from bench.datasets import DemoShop
from bench.run import render
args = argparse.Namespace(quick=True, orders=2000, repeat=1, backends=["sqlite", "postgresql"])
shop = DemoShop(Path("shop.db"), datetime(2026, 1, 1, tzinfo=UTC), 2000, 2600, None)
figures = [
    Figure("Orders table", "Sort by Total ↑", 0.05, "s", limit=0.15),
    Figure("Orders table", "Sort by Total ↑", 0.2, "s", limit=0.15, backend="PostgreSQL"),
    Figure("Import", "Storage floor with COPY: time", 3.0, "s", backend="PostgreSQL"),
]
sys.stdout.write(render(args, shop, figures, 10.0, (1.0, 1.0)))
"""
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", script],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = proc.stdout
    assert "--backend sqlite,postgresql" in text
    assert (
        "| Measure | Unit | Target | SQLite | Runs | Result | PostgreSQL | Runs | Result |" in text
    )
    assert "| Sort by Total ↑ | s | ≤ 0.150 s | 0.050 |  | PASS | 0.200 |  | MISS |" in text
    assert "| Storage floor with COPY: time | s |  |  |  |  | 3.00 |  |  |" in text
    assert "| Orders table (PostgreSQL): Sort by Total ↑ | 0.200 s | ≤ 0.150 s | MISS |" in text
