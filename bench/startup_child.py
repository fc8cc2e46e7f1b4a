"""A start-up to measure: ``python -m bench.startup_child bare|app [DB_URL]``.

Prints ``shown <epoch seconds>`` when the main window's first paint is done and, for ``app``,
``rows <epoch seconds>`` when the orders table's first paint with rows in it is done; then
quits. Event filters on the main window and the orders table watch the paint events, the same
way for both, so Seller Desk's own start-up code runs unchanged (``seller-desk --db URL gui``,
the real entry point). The parent subtracts the wall-clock time at which it spawned this
process: the interpreter's start and every import count.
Imports are inside the functions on purpose: this file loads nothing the start-up would not.
"""

from __future__ import annotations

import sys
import time
from typing import Any

GIVE_UP_MS = 90_000
TABLE_NAME = "ordersTable"  # the orders table's object name (desktop_app/ui/orders/view.py)


def _watch(app: Any, want_rows: bool) -> Any:
    """Stamp the end of the main window's first paint and of the orders table's first paint
    with rows: the first event after that paint event, or the next turn of the event loop.

    The filter sits on the main window (installed as it is shown) and on the orders table's
    viewport (once it exists), not on the whole application: an application-wide filter
    written in Python makes PySide wrap every object that receives any event, and the
    enums of their Qt modules, which cost Seller Desk 30-50 ms before its first paint and
    the bare window almost nothing (258 enums built against 106). For the same reason the
    probe asks Qt for as little as it can, so that PySide builds nothing for it that the app
    itself would not: the table is looked for only once the window has painted (the shop, and
    so the table, is opened after that paint), and by object name (``ordersTable``), as is its
    viewport. Looking for item views by class on every event of the window made PySide build
    the enums of some 70 widget classes (the page list is an item view; a first
    ``viewport()`` is as costly) and cost Seller Desk's ``show()`` 11.5 ms against 1.5."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

    def orders_rows(view: QAbstractItemView) -> bool:
        model = view.model()
        while model is not None:
            if type(model).__name__ == "OrdersModel":
                return bool(model.rowCount() > 0)
            source = getattr(model, "sourceModel", None)
            model = source() if callable(source) else None
        return False

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.pending: list[str] = []
            self.done: set[str] = set() if want_rows else {"rows"}
            self.window: QWidget | None = None
            self.views: set[int] = set()  # the orders tables watched

        def stamp(self) -> None:
            if not self.pending:
                return
            now = time.time()
            for word in self.pending:
                print(f"{word} {now:.6f}", flush=True)
                self.done.add(word)
            self.pending.clear()
            if {"shown", "rows"} <= self.done:
                app.quit()

        def watch_viewports(self) -> None:
            """Put the filter on the orders table's viewport once the table exists."""
            if self.window is None or "rows" in self.done:
                return
            table = self.window.findChild(QAbstractItemView, TABLE_NAME)
            if table is not None and id(table) not in self.views:
                self.views.add(id(table))
                # (the app's own way: loaded by the app's start-up already)
                from desktop_app.ui.paint import viewport_of

                viewport_of(table).installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.pending:
                self.stamp()  # the paint event before this one has been handled
            if watched is self.window and "shown" in self.done:
                self.watch_viewports()
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if "shown" not in self.done and watched is self.window:
                self.pending.append("shown")
                self.done.add("shown")
                QTimer.singleShot(0, self.stamp)
            if "rows" not in self.done and watched is not self.window:
                view = watched.parent()
                if isinstance(view, QAbstractItemView) and view.isVisible() and orders_rows(view):
                    self.pending.append("rows")
                    self.done.add("rows")
                    QTimer.singleShot(0, self.stamp)
            return False

    watcher = Watcher()
    show = QMainWindow.show

    def shown(window: QMainWindow) -> None:
        if watcher.window is None:
            watcher.window = window
            window.installEventFilter(watcher)
        show(window)

    QMainWindow.show = shown  # type: ignore[method-assign]
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return watcher


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    _keep = _watch(app, want_rows=False)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    return app.exec()


def app(url: str) -> int:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///") :]).exists():
        print(f"no database at {url}", file=sys.stderr)  # the app would ask about a demo shop
        return 2

    qt_app = QApplication(sys.argv[:1])  # Seller Desk's run_app uses an existing instance
    _keep = _watch(qt_app, want_rows=True)
    from desktop_app.cli import main as seller_desk

    return seller_desk(["--db", url, "gui"])


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare":
        return bare()
    return app(sys.argv[2])


if __name__ == "__main__":
    raise SystemExit(main())
