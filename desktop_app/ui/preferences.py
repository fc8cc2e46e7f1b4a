"""Settings > Daily backups…: take a copy of the shop each day at start-up, keep the last N.

The choice is stored in the shop (``services.backup.set_daily_keep``), so every window and the
command line see the same setting. The dialog opens without blocking; tests set its widgets
and press Save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.db.location import sqlite_path
from desktop_app.services.backup import (
    DEFAULT_DAILY_KEEP,
    backup_folder,
    daily_copies,
    daily_keep,
    set_daily_keep,
)
from desktop_app.ui.errors import report
from desktop_app.ui.operations import Operations
from desktop_app.ui.style import set_role

MAX_KEEP = 365


class BackupSettingsDialog(QDialog):
    """``saved(keep)`` after Save (0: daily copies off)."""

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        folder: Path | None = None,
        operations: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Daily backups")
        self._db = db
        self._ops = operations or Operations(
            lambda error: report(parent, error), parent=parent or self
        )
        self.folder = folder or backup_folder()
        source = sqlite_path(db.url)
        with db.reading() as session:
            keep = daily_keep(session)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            "Seller Desk can copy your shop once a day, when it starts, and keep only the "
            "most recent copies. To restore one, open it with Seller Desk."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.enabled = QCheckBox("Take a copy every day")
        self.enabled.setChecked(keep > 0)
        layout.addWidget(self.enabled)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(QLabel("Keep the last"))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep or DEFAULT_DAILY_KEEP)
        self.keep.setSuffix(" copies")
        self.keep.setAccessibleName(self.tr("Copies to keep"))
        row.addWidget(self.keep)
        row.addStretch(1)
        layout.addLayout(row)
        self.enabled.toggled.connect(self.keep.setEnabled)
        self.keep.setEnabled(self.enabled.isChecked())

        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name may hold "<"
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.where, "hint")
        layout.addWidget(self.where)
        self.open_folder = QPushButton("Open the backup folder")
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        layout.addLayout(folder_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if source is None:  # a server database: pg_dump's job
            self.enabled.setChecked(False)
            self.enabled.setEnabled(False)
            self.keep.setEnabled(False)
            self.open_folder.setVisible(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.where.setText(
                "This shop is on a PostgreSQL server, so Seller Desk cannot copy it. Back it up "
                "on the server with pg_dump; File > Back up… shows the exact command."
            )
        else:
            copies = daily_copies(source.stem, self.folder)
            latest = f"The latest is {copies[-1].name}." if copies else "There is no copy yet."
            self.where.setText(f"Copies are kept in:\n{self.folder}\n{latest}")
            self.open_folder.setEnabled(self.folder.is_dir())
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def chosen_keep(self) -> int:
        return self.keep.value() if self.enabled.isChecked() else 0

    def save(self) -> None:
        keep = self.chosen_keep()

        def save(session: Session) -> None:
            set_daily_keep(session, keep)

        self.buttons.setEnabled(False)
        self._ops.write(self._db, save, lambda _none: self._saved(keep), what="settings")

    def _saved(self, keep: int) -> None:
        self.saved.emit(keep)
        self.accept()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
