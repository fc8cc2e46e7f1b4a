"""A check that the window never writes on its GUI thread (a write waits for the database's
lock and freezes the window meanwhile). Tests install it around the window's actions; every
write must go through ``Operations.write``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread

from desktop_app.db.database import add_write_guard


class WriteOnGuiThread(AssertionError):
    pass


def _refuse_on_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() == app.thread():
        raise WriteOnGuiThread("a service write ran on the GUI thread")


def install() -> Callable[[], None]:
    """Refuse writes on the GUI thread from now on; returns the function that stops it."""
    return add_write_guard(_refuse_on_gui_thread)
