"""Start-up: Seller Desk's main window on screen and its first rows, against a bare PySide6
``QMainWindow``. Each start is a fresh process, timed from spawn to the line it prints after
the first paint (``QTimer.singleShot(0, ...)`` once the window is shown)."""

from __future__ import annotations

import subprocess
import sys
import time

from bench.common import REPO, Config, Figure, child_env, missing, ratio_figure, seconds_figure
from bench.datasets import DemoShop, working_copy

SECTION = "Start-up"
WINDOW_RATIO = 1.5
ROWS_RATIO = 4.0
TIMEOUT = 120.0
# Starts of each kind per round of the run: a start takes half a second, and the baseline's
# 0.11 s moves by a third when the machine is busy for a moment (one of three bare starts
# took 0.150 s against 0.110 in a full run). Nine of each (at the usual 3 rounds) give a
# median that one slow start cannot move, at some 10 s of the run.
STARTS_PER_ROUND = 3


def _start(args: list[str], wanted: tuple[str, ...]) -> dict[str, float]:
    """Seconds from spawn to each wanted moment (the child prints wall-clock stamps)."""
    cmd = [sys.executable, *args]
    started = time.time()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word, _, stamp = line.strip().partition(" ")
        if word in wanted and word not in seen:
            seen[word] = float(stamp) - started
        if len(seen) == len(wanted):
            break
    try:
        proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if len(seen) < len(wanted):
        err = proc.stderr.read() if proc.stderr else ""
        tail = (err.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        raise RuntimeError(tail)
    return seen


def app_command(url: str) -> list[str] | None:
    """How to start the real app for a measurement, or None while the main window is missing."""
    if not (REPO / "desktop_app" / "ui" / "main_window.py").exists():
        return None
    return ["-m", "bench.startup_child", "app", url]


def run(cfg: Config, shop: DemoShop) -> list[Figure]:
    bare: list[float] = []
    window: list[float] = []
    rows: list[float] = []
    # The app may write to what it opens (a migration, settings): give it a copy of the shop.
    copy = working_copy(shop, "work-startup.db")
    command = app_command(f"sqlite:///{copy}")
    problem = None
    # Seller Desk's modules compiled to bytecode first, as an installed app has them: this
    # machine sets PYTHONDONTWRITEBYTECODE, so that otherwise every start would compile its
    # ~30 modules again (the libraries of both starts were compiled when pip installed them).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "desktop_app")],
        cwd=REPO,
        env=child_env(),
        check=True,
    )
    # One untimed start of each first, so that both are measured with warm file caches.
    _start(["-m", "bench.startup_child", "bare"], ("shown",))
    if command is not None:
        try:
            _start(command, ("shown", "rows"))
        except RuntimeError as error:
            problem = f"the app did not start: {error}"
    for _ in range(cfg.repeat * STARTS_PER_ROUND):  # alternating: both see the same machine
        bare.append(_start(["-m", "bench.startup_child", "bare"], ("shown",))["shown"])
        if command is not None and problem is None:
            seen = _start(command, ("shown", "rows"))
            window.append(seen["shown"])
            rows.append(seen["rows"])
    for leftover in copy.parent.glob(copy.name + "*"):
        leftover.unlink()
    base = seconds_figure(SECTION, "Bare PySide6 QMainWindow shown (baseline)", bare)
    figures = [base]
    if command is None or problem is not None:
        why = problem or "not available yet (desktop_app/ui/main_window.py has not landed)"
        figures += [
            missing(SECTION, "Seller Desk main window shown", why),
            missing(SECTION, "Seller Desk first rows painted", why),
            missing(SECTION, "Main window / bare", why, limit=WINDOW_RATIO, unit="x"),
            missing(SECTION, "First rows / bare window", why, limit=ROWS_RATIO, unit="x"),
        ]
        return figures
    shown = seconds_figure(SECTION, "Seller Desk main window shown", window)
    first = seconds_figure(
        SECTION,
        "Seller Desk first rows painted",
        rows,
        note=f"{shop.orders:,} orders; bytecode compiled beforehand, as installed",
    )
    figures += [
        shown,
        first,
        ratio_figure(SECTION, "Main window / bare", shown, base, limit=WINDOW_RATIO),
        ratio_figure(SECTION, "First rows / bare window", first, base, limit=ROWS_RATIO),
    ]
    return figures
