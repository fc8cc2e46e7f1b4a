"""Start the application: show the window first, then open the shop (see ``startup``).

Only Qt and the light core modules are imported before the first paint; SQLAlchemy and the
Orders page follow once the window is on screen (with the first rows, read meanwhile), the log
file and what the other pages import once the first rows are.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.logs import hold_until_setup, setup_logging
from desktop_app.resources import APP_ID
from desktop_app.ui.errors import install_excepthook
from desktop_app.ui.gc_pin import GuiThreadCollector
from desktop_app.ui.icons import app_icon
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.paint import AfterFirstPaint
from desktop_app.ui.startup import DEFAULT_DEMO_ORDERS, Startup
from desktop_app.ui.translation import apply_settings

# Start-up creates a great many objects that live as long as the program (modules, classes,
# the mappers) and little garbage; the cyclic collector's passes over them would cost the
# first rows some 30 ms. It is paused until they are on screen, and for this long at most.
GC_PAUSE_MS = 3_000


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
    app.setDesktopFileName(APP_ID)  # Wayland finds the window's entry and icon by this
    app.setWindowIcon(app_icon())
    gc.disable()  # none during start-up; then only on this thread (ui/gc_pin.py)
    collector = GuiThreadCollector(app)
    QTimer.singleShot(GC_PAUSE_MS, collector.start)
    settings = user_settings()
    apply_settings(settings, app)  # before the first widget, so every word is translated
    window = MainWindow(settings)
    window.settled.connect(collector.start)
    install_excepthook(lambda: window)
    startup = Startup(window, db_arg, demo_orders=demo_orders)
    # the log file is opened once the first rows are shown (or the shop failed to open); what
    # is logged before is held until then
    hold_until_setup()
    window.settled.connect(lambda: setup_logging())
    startup.failed.connect(lambda _sentence: setup_logging())

    def open_shop() -> None:
        startup.start()

    # Opening the shop loads SQLAlchemy (even in a worker thread it competes for the
    # interpreter): it waits until the seller sees the window.
    first_paint = AfterFirstPaint(window, open_shop)
    window.show()
    try:
        code = app.exec()
    finally:
        collector.stop()
        setup_logging()  # what was held, if the window closed before its first rows
    del first_paint
    for db in (startup.db, window.db):  # the shop opened first, and the one shown last
        if db is not None:
            db.close()
    return int(code)
