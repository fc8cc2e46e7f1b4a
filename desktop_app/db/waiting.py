"""A busy shop: a write that must wait for another Seller Desk says so, and gives up in time.

On SQLite one writer at a time holds the write lock (``BEGIN IMMEDIATE``). SQLite's own busy
timeout waits in silence and ends in a raw "database is locked"; here a write first waits a
moment quietly, then tells its listeners ("another Seller Desk is writing to this shop…": the
window's status bar, the command's stderr), keeps trying until :attr:`WriteWait.seconds`, and
then raises :class:`ShopBusy`, a sentence. The transaction never began, so nothing changed.

On PostgreSQL a write waits for the rows or tables another session holds, at any statement,
no longer than :attr:`WriteWait.seconds` (``lock_timeout``; db.failures makes the timeout a
sentence). The server waits in silence too: :class:`LockWatch` tells the listeners while it
does (a colleague's save, or the indexes a big import builds after its commit).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, text

from desktop_app.core.errors import DomainError

log = logging.getLogger(__name__)

WAIT_OPTION = "seller_desk_write_wait"  # execution option: the WriteWait of the sessions
DEFAULT_WAIT_SECONDS = 30.0
WAIT_ENV_VAR = "SELLER_DESK_WRITE_WAIT"  # how long a write waits (seconds), for scripts
QUIET_SECONDS = 1.0  # a writer usually finishes within this: no message for it
_SLICE_SECONDS = 0.25
_BUSY_TIMEOUT_MS = 10_000  # the connection's timeout for everything else (engine pragmas)

# told a sentence when a write starts waiting, and None when the wait is over
WaitListener = Callable[[str | None], None]


class ShopBusy(DomainError):
    """Another Seller Desk kept the write lock longer than this write would wait."""


def _configured_seconds() -> float:
    """$SELLER_DESK_WRITE_WAIT (seconds) if set and sensible, else the default."""
    try:
        seconds = float(os.environ.get(WAIT_ENV_VAR, ""))
    except ValueError:
        return DEFAULT_WAIT_SECONDS
    return seconds if 0 <= seconds <= 3600 else DEFAULT_WAIT_SECONDS


@dataclass(eq=False)
class WriteWait:
    seconds: float = field(default_factory=_configured_seconds)
    listeners: list[WaitListener] = field(default_factory=list)

    def waiting_sentence(self) -> str:
        return (
            "Another Seller Desk is writing to this shop; waiting for it to finish "
            f"(up to {self.seconds:g} seconds)…"
        )

    def refused_sentence(self) -> str:
        return (
            f"Another Seller Desk was still writing to this shop after {self.seconds:g} "
            "seconds, so nothing was changed. Try again when it has finished."
        )

    def tell(self, message: str | None) -> None:
        """Tell every listener; one that fails (a closed window) never fails the write."""
        for listener in list(self.listeners):
            try:
                listener(message)
            except Exception:
                log.exception("a write-wait listener failed")


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _set_timeout(dbapi_connection: Any, seconds: float) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={max(int(seconds * 1000), 0)}")


def begin_immediate(dbapi_connection: Any, wait: WriteWait) -> None:
    """``BEGIN IMMEDIATE`` on a pysqlite connection, waiting as described above."""
    deadline = time.monotonic() + wait.seconds
    told = False
    try:
        while True:
            left = deadline - time.monotonic()
            quiet = min(QUIET_SECONDS, wait.seconds)
            step = quiet if not told else min(_SLICE_SECONDS, max(left, 0.0))
            _set_timeout(dbapi_connection, step)
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
            if time.monotonic() >= deadline:
                raise ShopBusy(wait.refused_sentence())
            if not told:
                told = True
                wait.tell(wait.waiting_sentence())
    finally:
        _set_timeout(dbapi_connection, _BUSY_TIMEOUT_MS / 1000)
        if told:
            wait.tell(None)


class LockWatch:
    """PostgreSQL: while a write transaction lasts, look whether its server process waits for
    a lock held by another session (``pg_stat_activity``): first after :data:`QUIET_SECONDS`,
    then every quarter second, on a connection of its own, in a thread of its own. It tells
    the listeners the same sentences as on SQLite, and None when the wait is over.

    A write that ends within the quiet moment (nearly all) costs an entry in the one thread
    that keeps every watch's time (:class:`_Clock`); a thread per write cost 0.1-0.4 ms, a
    fifth of a small write's round trips."""

    def __init__(self, engine: Engine, pid: int, wait: WriteWait) -> None:
        self._engine, self._pid, self._wait = engine, pid, wait
        self._done = threading.Event()
        _CLOCK.add(time.monotonic() + QUIET_SECONDS, self)

    def stop(self) -> None:
        """The transaction ended (committed or rolled back)."""
        self._done.set()

    @property
    def stopped(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        """The quiet moment is over and the write goes on: watch it."""
        threading.Thread(target=self._watch, name="write wait", daemon=True).start()

    def _watch(self) -> None:
        told = False
        wait = self._wait
        query = text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid")
        try:
            # each query its own transaction: the server's activity view is read afresh
            with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                while not self._done.is_set():
                    waiting = bool(conn.execute(query, {"pid": self._pid}).scalar())
                    if waiting != told:
                        told = waiting
                        wait.tell(wait.waiting_sentence() if waiting else None)
                    self._done.wait(_SLICE_SECONDS)
        except Exception:  # the write goes on, unannounced
            log.warning("could not watch a write's lock wait", exc_info=True)
        finally:
            if told:
                wait.tell(None)


class _Clock:
    """One thread for the process's lock watches: it sleeps until the earliest one's quiet
    moment is over, and starts the watch if its write is still going on."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._due: list[tuple[float, int, LockWatch]] = []  # a heap, the earliest first
        self._order = itertools.count()  # (watches due at the same moment are not compared)
        self._thread: threading.Thread | None = None

    def add(self, at: float, watch: LockWatch) -> None:
        with self._changed:
            heapq.heappush(self._due, (at, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="write waits", daemon=True)
                self._thread.start()
            self._changed.notify()

    def _run(self) -> None:
        while True:
            with self._changed:
                while True:
                    while self._due and self._due[0][2].stopped:  # the write ended in time
                        heapq.heappop(self._due)
                    left = self._due[0][0] - time.monotonic() if self._due else None
                    if left is not None and left <= 0:
                        watch = heapq.heappop(self._due)[2]
                        break
                    self._changed.wait(left)
            watch.start()


_CLOCK = _Clock()
