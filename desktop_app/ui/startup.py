"""From a shown, empty window to an open shop: resolve the database, offer the demo on a first
start, open (and migrate) off the GUI thread, then attach the Orders page.

What the first rows need is all that is loaded before they are painted; the rest of the window
(its other pages, the dialogs and the services behind them) is loaded by the window afterwards,
off the GUI thread (``MainWindow.warm_up``).
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.errors import describe
from desktop_app.ui.operations import Progress

DEFAULT_DEMO_ORDERS = 20_000

# What attaching the window (the Orders page) imports: loaded by the worker that opens the shop.
FIRST_ROWS = (
    "desktop_app.services.context",
    "desktop_app.services.queries",
    "desktop_app.services.changes",
    "desktop_app.ui.orders.view",
    "desktop_app.ui.watch",
    "desktop_app.ui.shop_state",
    "desktop_app.services.integrity",  # the shop's health check, once the rows are shown
)

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.services.context import Context
    from desktop_app.ui.dialogs.first_run import FirstRunDialog
    from desktop_app.ui.first_read import FirstRead
    from desktop_app.ui.main_window import MainWindow


class Startup(QObject):
    """``opened(db)`` once the window shows the shop; ``failed(sentence)`` otherwise."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        db_arg: str | None,
        *,
        demo_orders: int = DEFAULT_DEMO_ORDERS,
        ctx: Context | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db_arg = db_arg
        self.demo_orders = demo_orders
        self.ctx = ctx
        self.first_run: FirstRunDialog | None = None
        self.db: Database | None = None

    def start(self) -> None:
        from desktop_app.db.location import ENV_VAR, resolve_url, sqlite_path
        from desktop_app.db.location import describe as describe_url

        url = resolve_url(self.db_arg)
        if self.db_arg is None and not os.environ.get(ENV_VAR):
            url = self.window.shops.last_shop() or url  # the shop the seller had open last
        path = sqlite_path(url)
        if path is not None and not path.exists():
            from desktop_app.ui.dialogs.first_run import FirstRunDialog

            dialog = FirstRunDialog(describe_url(url), self.demo_orders, self.window)
            dialog.chosen.connect(lambda orders: self.open(url, orders))
            dialog.rejected.connect(self._quit)
            dialog.openRequested.connect(lambda: self._elsewhere(self.window.shops.open_shop()))
            dialog.restoreRequested.connect(
                lambda: self._elsewhere(self.window.shops.restore(suggested=str(path)))
            )
            self.window.shops.switched.connect(self._attached_elsewhere)
            self.window.shops.failed.connect(lambda: self._elsewhere(False))
            self.first_run = dialog
            self.window.placeholder.setText(self.tr("Choose how to start."))
            dialog.open()
            return
        self.open(url, 0)

    def _quit(self) -> None:
        """The first-run dialog was closed without a choice: nothing to show, so quit."""
        if self.db is None:
            self.window.placeholder.setText(self.tr("No shop was opened."))
            self.window.close()

    def _elsewhere(self, going: bool) -> None:
        """After Open/Restore from the first-run dialog: back to it when cancelled."""
        if not going and self.db is None and self.first_run is not None:
            self.first_run.open()

    def _attached_elsewhere(self, db: Database) -> None:
        if self.db is None:
            self.db = db
            self.opened.emit(db)

    def open(self, url: str, demo_orders: int) -> None:
        self.window.placeholder.setText(
            self.tr("Building a demo shop of %Ln order(s)…", "", demo_orders)
            if demo_orders
            else self.tr("Opening your shop…")
        )

        ctx = self.ctx

        def work(progress: Progress) -> tuple[Database, FirstRead | None]:
            from desktop_app.db.database import open_database

            db = open_database(url)
            if demo_orders:
                from desktop_app.services.demo import build_demo

                build_demo(db, demo_orders, progress=progress)
            from desktop_app.ui.first_read import read_first_meanwhile

            first = read_first_meanwhile(db, ctx)  # the window's first queries, meanwhile ...
            for module in FIRST_ROWS:  # ... load here, not on the GUI thread when it attaches
                importlib.import_module(module)
            return db, first()

        label = (
            self.tr("Building the demo shop…") if demo_orders else self.tr("Opening the database…")
        )
        self.window.operations.run(work, self._attach, self._failed, label=label)

    def _attach(self, opened: tuple[Database, FirstRead | None]) -> None:
        db, first = opened
        self.db = db
        self.window.attach(db, self.ctx if first is None else first.ctx, first=first)
        self.opened.emit(db)

    def _failed(self, error: BaseException) -> None:
        from desktop_app.ui.errors import report
        from desktop_app.ui.plain import plain

        sentence = describe(error)  # names the file, and the driver's words: plain text
        plain(self.window.placeholder).setText(
            self.tr("The shop could not be opened.") + f"\n{sentence}"
        )
        report(self.window, error, self.window.notify)
        self.failed.emit(sentence)
