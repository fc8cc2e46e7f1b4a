"""Background operations, after Anki's ``aqt.operations``: the work runs in a thread pool,
its result or error comes back on the GUI thread through a queued signal, and the work never
touches widgets. Each piece of work opens its own session (``db.transaction()``/``db.reading()``).
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid as shiboken_valid

from desktop_app.core.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


class _Relay(QObject):
    """Carries answers from worker threads to the GUI thread: one for the whole process,
    made on the GUI thread and never freed (Anki's TaskManager has the same shape).

    A worker never holds a window's or dialog's QObject: it holds the key its receiver was
    registered under (:func:`register`) and sends closures here; on the GUI thread each runs
    with its receiver if the receiver still exists, and is dropped otherwise. The seller may
    close the window or dialog whose work is running: nothing a worker touches is ever freed
    under it, and no QObject is ever freed on a worker thread (a per-Operations relay, freed
    with the work's last reference in the pool's thread, crashed the process now and then)."""

    delivered = Signal(int, object)  # the receiver's key, a call to make with the receiver

    @Slot(int, object)
    def _deliver(self, key: int, call: Callable[[Any], None]) -> None:
        receiver = _receivers.get(key)
        if receiver is not None and shiboken_valid(receiver):
            call(receiver)


_relay: _Relay | None = None
_receivers: weakref.WeakValueDictionary[int, QObject] = weakref.WeakValueDictionary()
_keys = itertools.count(1)


def register(receiver: QObject) -> int:
    """A key that a worker may send answers for ``receiver`` under (:func:`deliver`); call on
    the GUI thread (where the receiver is made)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        # workers emit from the pool's threads: Qt queues each call to the GUI thread
        _relay.delivered.connect(_relay._deliver)
    key = next(_keys)
    _receivers[key] = receiver
    return key


def deliver(key: int, call: Callable[[Any], None]) -> None:
    """From any thread: ``call(receiver)`` on the GUI thread, if the receiver registered under
    ``key`` still exists then."""
    assert _relay is not None, "register a receiver first"
    _relay.delivered.emit(key, call)


class _Worker(QRunnable):
    """The work, then its answer, sent for the Operations by its key. The pool owns and frees
    it once ``run`` returns (auto-delete), whatever became of the Operations meanwhile."""

    def __init__(self, key: int, token: int, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._key = key
        self._token = token
        self._work = work

    def run(self) -> None:
        key, token = self._key, self._token

        def report(done: int, total: int) -> None:
            deliver(key, lambda ops: ops._progressed(token, done, total))

        try:
            result = self._work(report)
        except BaseException as error:  # delivered to the failure callback on the GUI thread
            failure = error  # ("error" is unbound once the except block ends)
            deliver(key, lambda ops: ops._finished(token, False, failure))
        else:
            deliver(key, lambda ops: ops._finished(token, True, result))


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
        self._key = register(self)  # where workers send the answers (see _Relay)
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
        self._pool.start(_Worker(self._key, token, work))

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

    def _progressed(self, token: int, done: int, total: int) -> None:
        entry = self._pending.get(token)
        if entry is not None:
            self.progressed.emit(entry[0], done, total)

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
