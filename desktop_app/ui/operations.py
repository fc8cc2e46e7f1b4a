"""Background operations, after Anki's ``aqt.operations``: the work runs in a thread pool,
its result or error comes back on the GUI thread through a queued signal, and the work never
touches widgets. Each piece of work opens its own session (``db.transaction()``/``db.reading()``).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.core.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


class _Relay(QObject):
    """Carries a worker's answers to the GUI thread, where Qt queues them for the Operations.

    It has no Qt parent, and each piece of work holds it (a strong reference) until the work
    ends: the seller may close the window or dialog whose Operations started the work, and the
    relay must not be freed with them while a worker is about to emit into it ("Signal source
    has been deleted", or a crash). When the Operations is freed, Qt drops its connections,
    so a late answer reaches no one."""

    succeeded = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, the exception
    progressed = Signal(int, int, int)


class _Worker(QRunnable):
    """The work, then its answer through the relay it holds. The pool owns and frees it once
    ``run`` returns (auto-delete), whatever became of the Operations meanwhile."""

    def __init__(self, token: int, work: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self._token = token
        self._work = work
        self._relay = relay

    def run(self) -> None:
        relay, token = self._relay, self._token

        def report(done: int, total: int) -> None:
            relay.progressed.emit(token, done, total)

        try:
            result = self._work(report)
        except BaseException as error:  # delivered to the failure callback on the GUI thread
            relay.failed.emit(token, error)
        else:
            relay.succeeded.emit(token, result)


class Operations(QObject):
    """Runs functions off the GUI thread; tells the window when it is busy and how far along.

    ``on_error`` handles failures whose caller gave no ``failure`` callback.

    :meth:`write` is the window's one write path: the service call runs in its own transaction
    off the GUI thread, a refusal (a DomainError) comes back as ``refused`` (or a message), and
    ``wrote`` tells every page that the shop changed.
    """

    busyChanged = Signal(bool)
    wrote = Signal(str)  # what was written, in a few words ("cancel", "ship", "stock"...)
    progressed = Signal(str, int, int)  # label, done, total (total 0: unknown)
    idle = Signal()

    def __init__(
        self,
        on_error: Callable[[BaseException], None],
        *,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()  # no parent: see _Relay
        # Workers emit from the pool's threads, so Qt queues these calls to the GUI thread
        # (the automatic connection; naming Qt.ConnectionType would load the Qt namespace's
        # enums, ~15 ms, before the window's first paint).
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[str, Callable[[Any], None], Any]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[[Progress], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
        *,
        label: str | None = None,
    ) -> None:
        """Run ``work(progress)`` in the pool; call ``success(result)`` or ``failure(error)``
        on the GUI thread."""
        token = next(self._tokens)
        was_busy = self.busy
        label = label or self.tr("Working…")
        self._pending[token] = (label, success, failure)
        if not was_busy:
            self.busyChanged.emit(True)
        self.progressed.emit(label, 0, 0)
        self._pool.start(_Worker(token, work, self._relay))

    def write(
        self,
        db: Database,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        *,
        refused: Callable[[DomainError], None] | None = None,
        label: str | None = None,
        what: str = "",
    ) -> None:
        """Run ``work(session)`` in one transaction off the GUI thread. On success ``done``
        gets its result and ``wrote`` is emitted; a refusal goes to ``refused`` (default: the
        window's error message) and is emitted too, as the shop may have changed under the
        seller (a stale order); anything else is a failure for ``on_error``."""

        def run(_progress: Progress) -> T:
            with db.transaction() as session:
                return work(session)

        def success(result: T) -> None:
            try:
                done(result)
            finally:
                self.wrote.emit(what)

        def failure(error: BaseException) -> None:
            if isinstance(error, DomainError):
                try:
                    (refused or self._on_error)(error)
                finally:
                    self.wrote.emit(what)
            else:
                self._on_error(error)

        self.run(run, success, failure, label=label or self.tr("Saving…"))

    @Slot(int, int, int)
    def _progressed(self, token: int, done: int, total: int) -> None:
        entry = self._pending.get(token)
        if entry is not None:
            self.progressed.emit(entry[0], done, total)

    @Slot(int, object)
    def _succeeded(self, token: int, value: Any) -> None:
        self._finished(token, True, value)

    @Slot(int, object)
    def _failed(self, token: int, value: Any) -> None:
        self._finished(token, False, value)

    def _finished(self, token: int, ok: bool, value: Any) -> None:
        _label, success, failure = self._pending.pop(token)
        try:
            if ok:
                success(value)
            elif failure is not None:
                failure(value)
            else:
                self._on_error(value)
        except Exception as error:  # a bug in a callback: report it, keep the window alive
            log.exception("operation callback failed")
            self._on_error(error)
        finally:
            if not self._pending:
                self.busyChanged.emit(False)
                self.idle.emit()
