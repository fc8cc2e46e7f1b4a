"""Start the application: show the window first, then open the shop (see ``startup``).

Only Qt and the light core modules are imported before the first paint; SQLAlchemy, the
services and the pages follow once the window is on screen, and pyqtgraph only when the
Account health page is opened.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.logs import setup_logging
from desktop_app.ui.dialogs.first_run import DEFAULT_DEMO_ORDERS
from desktop_app.ui.errors import install_excepthook
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import Startup


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
    setup_logging()
    window = MainWindow(user_settings())
    install_excepthook(lambda: window)
    window.show()
    startup = Startup(window, db_arg, demo_orders=demo_orders)
    QTimer.singleShot(0, startup.start)  # after the first paint
    code = app.exec()
    if startup.db is not None:
        startup.db.close()
    return int(code)
