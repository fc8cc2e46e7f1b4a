"""What the window says about the shop itself: busy (another Seller Desk is writing to it) or
damaged (its quick check failed when it opened).

A write waiting for the lock runs on a worker thread; its listener emits a signal, which Qt
queues to the GUI thread, and the status bar says so until the wait is over. The integrity
check runs in the background once the first rows are on screen; a damaged shop gets a
permanent warning in the status bar and one message saying how to recover.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.ui.plain import tip
from desktop_app.ui.style import set_tone

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.db.waiting import WaitListener
    from desktop_app.services.integrity import IntegrityReport
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _forget(listeners: list[WaitListener], listener: WaitListener) -> None:
    if listener in listeners:
        listeners.remove(listener)


class ShopState(QObject):
    waiting = Signal(object)  # the sentence while a write waits, None when the wait is over
    checked = Signal(object)  # the IntegrityReport

    def __init__(self, window: MainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.report: IntegrityReport | None = None
        self.damage_label = QLabel()
        self.damage_label.setObjectName("statusDamaged")
        self.damage_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.damage_label, "alarm")
        self.damage_label.setVisible(False)
        window.statusBar().insertPermanentWidget(0, self.damage_label)
        self.waiting.connect(self._show_waiting)
        listener = self.waiting.emit  # called on the writer's thread; Qt queues it to ours
        self._listener = listener
        db.write_wait.listeners.append(listener)
        window.destroyed.connect(lambda: _forget(db.write_wait.listeners, listener))
        window.settled.connect(self.check)

    def release(self) -> None:
        """Let go of this shop (the window is opening another): no more checks or notes."""
        self.window.settled.disconnect(self.check)
        _forget(self.db.write_wait.listeners, self._listener)
        self.window.statusBar().removeWidget(self.damage_label)
        self.damage_label.deleteLater()
        self.deleteLater()

    def _show_waiting(self, message: str | None) -> None:
        bar = self.window.statusBar()
        if message:
            bar.showMessage(message)
        elif bar.currentMessage() == self.db.write_wait.waiting_sentence():
            bar.clearMessage()

    def check(self) -> None:
        """SQLite's quick check, off the GUI thread."""
        from desktop_app.services.integrity import check_integrity

        db = self.db
        self.window.operations.run(
            lambda _progress: check_integrity(db),
            self._checked,
            lambda error: log.warning("integrity check failed to run: %r", error),
            label=self.tr("Checking the shop…"),
        )

    def _checked(self, report: IntegrityReport) -> None:
        self.report = report
        if not report.ok:
            log.warning("the shop failed its quick check: %s", "; ".join(report.problems))
            self.damage_label.setText(self.tr("⚠ This shop's database is damaged"))
            self.damage_label.setToolTip(tip(report.warning()))
            self.damage_label.setVisible(True)
            self.window.notify(self.window, self.tr("Seller Desk"), report.warning(), error=True)
        self.checked.emit(report)
