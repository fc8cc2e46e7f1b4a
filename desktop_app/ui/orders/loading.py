"""Reading the orders table's rows off the GUI thread.

A new filter or sort at a million orders costs a count and a first page in SQL, tens of
milliseconds or more: long enough for the window to stall if it waited for them. The loader
reads both through the window's operations (Anki-style: the work in a worker with its own
connection, the answer back on the GUI thread) and hands them to the model in one reset. The
rows shown stay until then. Every request has a number; an answer to an older one (the seller
typed on while it ran) is dropped, so a stale result never overwrites a newer one.

The first load is read at once, on this thread: the window's first rows, and the tests and
tools that build a model and read it straight away; at start-up the window hands it the answer
read while the shop opened (``preload``), so that it reads nothing then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from desktop_app.services.queries import OrderFilter, OrderRow, SortKey, count_orders, list_orders

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.ui.operations import Operations, Progress
    from desktop_app.ui.orders.model import OrdersModel

T = TypeVar("T")


Wanted = tuple[OrderFilter, SortKey, bool]  # a filter, a sort key, descending or not
Read = Callable[["Database", OrderFilter, SortKey, bool, datetime, int], tuple[int, list[OrderRow]]]


def read_first_page(
    db: Database, flt: OrderFilter, sort: SortKey, descending: bool, now: datetime, size: int
) -> tuple[int, list[OrderRow]]:
    """How many orders match, and the first page of them (none when none match)."""
    with db.snapshot() as conn:
        count = count_orders(conn, flt, now)
        if not count:
            return 0, []
        first = list_orders(
            conn, flt, now, sort=sort, descending=descending, limit=size, count=count
        )
    return count, first


class Loader:
    """The model's reads: ``load`` for a new filter or sort, newest answer wins. ``read``
    runs in a worker thread (a test may slow it down)."""

    def __init__(
        self, model: OrdersModel, operations: Operations | None, read: Read = read_first_page
    ) -> None:
        self._model = model
        self._ops = operations
        self.read = read
        self._generation = 0  # the newest request's number
        self._waiting_for: int | None = None  # the request whose answer is awaited
        self._loaded_once = False
        # an answer read before the first load (start-up reads it while the shop opens)
        self._preloaded: tuple[Wanted, tuple[int, list[OrderRow]]] | None = None

    @property
    def busy(self) -> bool:
        """The newest request has not been answered yet."""
        return self._waiting_for is not None

    def forget(self) -> None:
        """A load on the GUI thread happened: any answer still coming is older than it."""
        self._generation += 1
        self._waiting_for = None
        self._loaded_once = True

    def preload(self, wanted: Wanted, answer: tuple[int, list[OrderRow]]) -> None:
        """The first load on this thread shows ``answer`` (the count and first page) instead of
        reading, when it asks for the same filter and sort."""
        self._preloaded = (wanted, answer)

    @property
    def can_wait(self) -> bool:
        """Answers may come from a worker (the first rows were read)."""
        return self._ops is not None and self._loaded_once

    def load(
        self, background: bool, *, keep: bool = False, then: Callable[[], None] | None = None
    ) -> None:
        """Read the wanted filter and sort. ``keep``: after a change, the rows keep their places
        (and the selection) when the count holds. ``then`` runs once the answer is shown."""
        if not (background and self.can_wait):
            preloaded, self._preloaded = self._preloaded, None
            if preloaded is not None and preloaded[0] == self._model.wanted():
                self.forget()
                self._model.mark_shown(preloaded[0])
                self._model.show_loaded(*preloaded[1])
                return
            self._model.reload()
            return
        self._generation += 1
        generation = self._waiting_for = self._generation
        wanted = self._model.wanted()
        flt, sort, descending = wanted
        db, now, size = self._model.database, self._model.clock(), self._model.page_size

        read = self.read

        def work(_progress: Progress) -> tuple[int, list[OrderRow]]:
            return read(db, flt, sort, descending, now, size)

        def done(answer: tuple[int, list[OrderRow]]) -> None:
            if generation != self._generation:
                return  # a newer filter or sort was asked for since: its answer is coming
            self._waiting_for = None
            same = keep and wanted == self._model.shown() and answer[0] == self._model.rowCount()
            self._model.mark_shown(wanted)
            (self._model.renew if same else self._model.show_loaded)(*answer)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._waiting_for = None
            raise error  # the window's one sentence, and the log

        assert self._ops is not None
        label = QCoreApplication.translate("OrdersModel", "Loading orders…")
        self._ops.run(work, done, failed, label=label)


class Latest:
    """Runs reads through the operations and delivers only the newest one's answer: the
    details of the order selected last, however fast the seller moves along the rows."""

    def __init__(self, operations: Operations) -> None:
        self._ops = operations
        self._generation = 0

    def drop(self) -> None:
        """Whatever is on its way is no longer wanted (a newer answer was shown)."""
        self._generation += 1

    def run(
        self,
        work: Callable[[], T],
        show: Callable[[T], None],
        failed: Callable[[BaseException], None],
        *,
        label: str,
    ) -> None:
        self._generation += 1
        generation = self._generation

        def done(answer: T) -> None:
            if generation == self._generation:
                show(answer)

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                failed(error)

        self._ops.run(lambda _progress: work(), done, refused, label=label)
