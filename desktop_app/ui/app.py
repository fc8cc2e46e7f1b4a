"""Start the application: show the window first, then open the shop (see ``startup``).

Only Qt and the light core modules are imported before the first paint; the log file, then
SQLAlchemy and the Orders page follow once the window is on screen, the other pages once the
first rows are, and pyqtgraph only when the Account health page is opened.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.ui.errors import install_excepthook
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.paint import AfterFirstPaint
from desktop_app.ui.startup import DEFAULT_DEMO_ORDERS, Startup


def user_settings() -> QSettings:
    return QSettings("seller-desk", "seller-desk")


def run_app(
    db_arg: str | None,
    *,
    demo_orders: int = DEFAULT_DEMO_ORDERS,
    argv: Sequence[str] | None = None,
) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName("Seller Desk")
    app.setApplicationDisplayName("Seller Desk")
    window = MainWindow(user_settings())
    install_excepthook(lambda: window)
    startup = Startup(window, db_arg, demo_orders=demo_orders)

    def open_shop() -> None:
        from desktop_app.logs import setup_logging

        setup_logging()
        startup.start()

    # Opening the shop loads SQLAlchemy (even in a worker thread it competes for the
    # interpreter): it waits until the seller sees the window.
    first_paint = AfterFirstPaint(window, open_shop)
    window.show()
    code = app.exec()
    del first_paint
    if startup.db is not None:
        startup.db.close()
    return int(code)
