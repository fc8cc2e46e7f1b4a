"""Run a worker in its own process and SIGKILL it at a random point; check the shop after.

Two kinds of random point, alternating: the worker kills itself just before a randomly chosen
database statement or commit (every step of a transaction gets its turn), or the test kills
it after a random delay (which may land inside a statement or a commit). A fork server that
preloaded the workers makes each start take milliseconds.
"""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.db.engine import sqlite_path

_MP = multiprocessing.get_context("forkserver")
_MP.set_forkserver_preload(["tests.crash.workers"])

MIN_KILLS = 20
MAX_ROUNDS = 40


@dataclass
class Outcome:
    killed: bool
    messages: list[tuple[Any, ...]] = field(default_factory=list)

    def committed(self) -> list[Any]:
        return [m[1] for m in self.messages if m[0] == "committed"]

    def done(self) -> tuple[Any, ...] | None:
        return next((m for m in self.messages if m[0] == "done"), None)


def run_worker(
    target: Callable[..., None],
    args: tuple[Any, ...],
    *,
    die_after: int | None = None,
    kill_after: float | None = None,
    timeout: float = 60,
) -> Outcome:
    receive, send = _MP.Pipe(duplex=False)
    process = _MP.Process(target=target, args=(*args, send, die_after), daemon=True)
    process.start()
    send.close()
    messages: list[tuple[Any, ...]] = []
    deadline = time.monotonic() + timeout
    kill_at: float | None = None

    def drain(wait: float) -> None:
        try:
            while receive.poll(wait):
                messages.append(receive.recv())
                wait = 0
        except EOFError:
            pass

    while process.is_alive() and time.monotonic() < deadline:
        drain(0.005)
        if kill_after is not None and kill_at is None and messages:
            kill_at = time.monotonic() + kill_after  # counted from the worker's first word
        if kill_at is not None and time.monotonic() >= kill_at:
            process.kill()  # SIGKILL
            break
    process.join(max(deadline - time.monotonic(), 1))
    if process.is_alive():
        process.kill()
        process.join(5)
        raise AssertionError("the worker hung")
    drain(0)
    receive.close()
    if process.exitcode not in (0, -signal.SIGKILL):
        raise AssertionError(f"the worker failed (exit code {process.exitcode}): {messages}")
    return Outcome(process.exitcode == -signal.SIGKILL, messages)


def crash_plan(rng: random.Random, steps: int, seconds: float) -> dict[str, Any]:
    """Even rounds die at a random step, odd rounds on a random timer."""
    if rng.random() < 0.5:
        return {"die_after": rng.randint(1, max(steps, 1))}
    return {"kill_after": rng.uniform(0, seconds * 0.8)}


def sqlite_intact(url: str) -> None:
    """PRAGMA integrity_check and foreign_key_check both clean (after WAL recovery)."""
    path = sqlite_path(url)
    if path is None:
        return
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
