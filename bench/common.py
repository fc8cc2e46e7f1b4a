"""Shared pieces: figures with their targets, timing, and running a section in a child process."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MARK = "BENCH-JSON "  # the line a child prints its figures on


@dataclass(frozen=True)
class Config:
    """What a section needs; passed to children as JSON."""

    orders: int
    repeat: int
    quick: bool
    data: str  # the cache folder
    seed: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Config:
        return cls(**json.loads(text))


@dataclass
class Figure:
    """One measured figure. ``limit`` with ``kind`` makes it a target (PASS/MISS)."""

    section: str
    name: str
    value: float | None  # the median (None: not measured)
    unit: str  # "s", "ms", "MB", "x", "rows", "rows/s"
    samples: list[float] = field(default_factory=list)
    limit: float | None = None
    kind: str = "max"  # "max": value <= limit; "min": value >= limit
    note: str = ""
    backend: str = ""  # "" (SQLite, the default) or "PostgreSQL"

    @property
    def target(self) -> str:
        if self.limit is None:
            return ""
        sign = "≤" if self.kind == "max" else "≥"
        return f"{sign} {_num(self.limit)} {self.unit}".strip()

    @property
    def verdict(self) -> str:
        if self.limit is None:
            return ""
        if self.value is None:
            return "n/a"
        ok = self.value <= self.limit if self.kind == "max" else self.value >= self.limit
        return "PASS" if ok else "MISS"


def _num(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt(value: float | None) -> str:
    return "—" if value is None else _num(value)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(fn: Callable[[], Any], repeat: int, warmup: int = 0) -> tuple[list[float], Any]:
    """Seconds of ``repeat`` calls (after ``warmup`` untimed ones), and the last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - started)
    return samples, result


def seconds_figure(
    section: str,
    name: str,
    samples: list[float],
    *,
    limit: float | None = None,
    unit: str = "s",
    note: str = "",
) -> Figure:
    scale = 1000.0 if unit == "ms" else 1.0
    values = [s * scale for s in samples]
    return Figure(section, name, median(values), unit, values, limit, "max", note)


def ratio_figure(
    section: str,
    name: str,
    numerator: Figure,
    denominator: Figure,
    *,
    limit: float | None = None,
    kind: str = "max",
    note: str = "",
) -> Figure:
    value = None
    if numerator.value is not None and denominator.value:
        value = numerator.value / denominator.value
    return Figure(section, name, value, "x", [], limit, kind, note)


def missing(section: str, name: str, why: str, *, limit: float | None = None,
            unit: str = "s", kind: str = "max") -> Figure:  # fmt: skip
    return Figure(section, name, None, unit, [], limit, kind, why)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("TZ", "UTC")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONSTARTUP", None)
    return env


def emit(figures: list[Figure]) -> None:
    """A child's last word: its figures, on one marked line."""
    print(MARK + json.dumps([asdict(f) for f in figures]), flush=True)


def section_main(section: str, run: Callable[[Config], list[Figure]]) -> None:
    """A section's child process: read the config, measure, print the figures; a section
    whose code has not landed yet reports that instead of failing the whole run."""
    cfg = Config.from_json(sys.argv[1])
    try:
        figures = run(cfg)
    except ImportError as error:
        figures = [missing(section, "section", f"not available yet ({error})")]
    emit(figures)


def read_figures(stdout: str) -> list[Figure] | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARK):
            return [Figure(**item) for item in json.loads(line[len(MARK) :])]
    return None


def run_section(module: str, section: str, cfg: Config, timeout: float = 900) -> list[Figure]:
    """Run ``bench.sections.<module>`` in its own interpreter; a crash becomes a figure."""
    module_name = f"bench.sections.{module}"  # a crash prints its Python stack (faulthandler)
    cmd = [sys.executable, "-X", "utf8", "-X", "faulthandler", "-m", module_name, cfg.to_json()]
    try:
        proc = subprocess.run(
            cmd, cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return [missing(section, "section", f"timed out after {timeout:.0f} s")]
    noise = ("propagateSizeHints", "QBackingStore::flush")  # offscreen Qt chatter
    kept = [line for line in proc.stderr.splitlines() if not any(n in line for n in noise)]
    if kept:  # a crash's Python traceback (-X faulthandler) included
        sys.stderr.write("\n".join(kept) + "\n")
    figures = read_figures(proc.stdout)
    if figures is None:
        tail = (kept or ["no output"])[-1]
        return [missing(section, "section", f"failed (exit {proc.returncode}): {tail}")]
    if proc.returncode != 0:  # a crash after the figures (a teardown) is still a crash
        why = f"the section's process ended with exit {proc.returncode} after its figures"
        figures.append(missing(section, "Process exit status", why, limit=0, unit=""))
    return figures


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
