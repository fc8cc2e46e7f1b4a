"""The window notices changes made elsewhere (another window, the command line, a colleague).

:class:`ChangeWatcher` keeps the ``services.changes`` marker of what the window has seen and
asks, off the GUI thread, whether anything changed: when the window is activated and on a
light timer. Only when something did does it emit ``changed``; the window then refreshes what
it shows, and :func:`keeping_view` puts the seller's selection and scroll position back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.services.changes import (
    ChangeSet,
    Marker,
    changes_since,
    current_marker,
    has_changed,
)
from desktop_app.ui.operations import Operations, Progress

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.ui.orders.view import OrdersPage

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 12_000
MIN_GAP_SECONDS = 1.0  # activation checks closer together than this are skipped
MAX_KEPT_SELECTION = 1_000


class ChangeWatcher(QObject):
    """``changed(ChangeSet)`` when the data moved; ``checked(bool)`` after every check."""

    changed = Signal(object)
    checked = Signal(bool)

    def __init__(
        self,
        db: Database,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        paused: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._paused = paused
        self._marker: Marker | None = None
        self._pending = False
        self._last = 0.0
        # its own runner: a check every few seconds must not flash the window's busy bar
        self._ops = Operations(self._failed, parent=self)
        self.timer = QTimer(self)
        self.timer.setInterval(max(interval_ms, 0))
        self.timer.timeout.connect(self.check)
        self._interval = interval_ms

    def start(self, marker: Marker | None = None) -> None:
        """Remember where the data stands now (before the window reads it), start the timer.
        ``marker``: where it stood, read already (off the GUI thread, before the rows)."""
        if marker is None:
            self.mark_seen()
        else:
            self._marker = marker
        if self._interval > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def mark_seen(self) -> None:
        """The window is about to read everything again: what is there now has been seen."""
        with self._db.snapshot() as conn:
            self._marker = current_marker(conn)

    @property
    def checking(self) -> bool:
        return self._pending

    def check_soon(self) -> None:
        """On activation: check unless a check ran a moment ago."""
        if time.monotonic() - self._last >= MIN_GAP_SECONDS:
            self.check()

    def check(self) -> None:
        if self._pending or self._marker is None or self._paused():
            return
        self._pending = True
        self._last = time.monotonic()
        db, marker = self._db, self._marker

        def work(_progress: Progress) -> ChangeSet | None:
            with db.snapshot() as conn:
                if not has_changed(conn, marker):
                    return None
                return changes_since(conn, marker)

        self._ops.run(work, self._done, self._failed, label=self.tr("Checking for changes…"))

    def _done(self, changes: ChangeSet | None) -> None:
        self._pending = False
        if changes is None:
            self.checked.emit(False)
            return
        self._marker = changes.marker
        if changes.any:
            self.changed.emit(changes)
        self.checked.emit(changes.any)

    def _failed(self, error: BaseException) -> None:
        # a background check must not pop up a message every few seconds: log it, try later
        self._pending = False
        log.warning("checking for changes failed: %s", error, exc_info=error)
        self.checked.emit(False)


@dataclass(frozen=True, slots=True)
class ViewState:
    """What the seller was looking at in the orders table, by order id (rows may move)."""

    selected: tuple[tuple[int, str], ...]  # (row, order id)
    current: tuple[int, str] | None
    top: tuple[int, str] | None
    scroll: int


def capture(page: OrdersPage) -> ViewState:
    table, model = page.table, page.model
    selection = table.selectionModel()
    rows = sorted(index.row() for index in selection.selectedRows())[:MAX_KEPT_SELECTION]
    selected = tuple(
        (row, found.order_id) for row in rows if (found := model.row_at(row)) is not None
    )
    current_index = selection.currentIndex()
    current_row = model.row_at(current_index.row()) if current_index.isValid() else None
    top_number = table.rowAt(0)
    top_row = model.row_at(top_number) if top_number >= 0 else None
    return ViewState(
        selected=selected,
        current=(current_index.row(), current_row.order_id) if current_row else None,
        top=(top_number, top_row.order_id) if top_row else None,
        scroll=table.verticalScrollBar().value(),
    )


def restore(page: OrdersPage, state: ViewState) -> None:
    """Select the same orders again and keep the same order at the top, where they still are
    near their old places (the model only searches the rows it holds)."""
    table, model = page.table, page.model

    def where(row: int, order_id: str) -> int | None:
        model.row_at(row)  # read the rows around the old place
        return model.find_row(order_id)

    if state.top is not None and (top := where(*state.top)) is not None:
        table.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    else:
        table.verticalScrollBar().setValue(state.scroll)
    selection = table.selectionModel()
    chosen = QItemSelection()
    for row, order_id in state.selected:
        found = where(row, order_id)
        if found is not None:
            chosen.select(model.index(found, 0), model.index(found, model.columnCount() - 1))
    current = where(*state.current) if state.current is not None else None
    flags = QItemSelectionModel.SelectionFlag
    if current is not None:
        selection.setCurrentIndex(model.index(current, 0), flags.NoUpdate)
    else:
        selection.setCurrentIndex(model.index(-1, -1), flags.NoUpdate)
    selection.select(chosen, flags.ClearAndSelect | flags.Rows)


def refresh_keeping_view(page: OrdersPage) -> None:
    """Read the orders again off the GUI thread when the model can (after an import, a
    count at a million orders is a quarter of a second); the seller's place is kept once
    the rows are shown."""
    state = capture(page)

    def shown() -> None:
        restore(page, state)
        page.show_current()

    if not page.model.refresh(then=shown):
        shown()


@contextmanager
def keeping_view(page: OrdersPage) -> Iterator[None]:
    """Refresh the orders page inside this block; the seller's place is kept."""
    state = capture(page)
    yield
    restore(page, state)
    page.show_current()
