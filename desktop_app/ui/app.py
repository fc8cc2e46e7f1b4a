"""Start the application: show the window first, then open the shop (see ``startup``).

Only Qt and the light core modules are imported before the first paint; SQLAlchemy, the
services and the pages follow once the window is on screen, and pyqtgraph only when the
Account health page is opened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.logs import setup_logging
from desktop_app.ui.dialogs.first_run import DEFAULT_DEMO_ORDERS
from desktop_app.ui.errors import install_excepthook
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import Startup


class AfterFirstPaint(QObject):
    """Calls ``then`` once the window has painted itself for the first time.

    Opening the shop loads SQLAlchemy (about half a second of imports, even in a worker
    thread it competes for the interpreter), so it waits until the seller sees the window.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # once this paint is on screen
        return False


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
    startup = Startup(window, db_arg, demo_orders=demo_orders)
    first_paint = AfterFirstPaint(window, startup.start)
    window.show()
    code = app.exec()
    del first_paint
    if startup.db is not None:
        startup.db.close()
    return int(code)
