"""Preferences. Settings > Daily backups…: take a copy of the shop each day at start-up, keep
the last N. Settings > Language…: the window's language (``LanguageDialog``, at the end).

The backup choice is stored in the shop (``services.backup.set_daily_keep``), so every window
and the command line see the same setting; the language is the user's (``QSettings``). The
dialogs open without blocking; tests set their widgets and press Save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from desktop_app.ui.translation import (
    LANGUAGE_KEY,
    LANGUAGES,
    SYSTEM,
    chosen_language,
    resolve,
)

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
        self.setWindowTitle(self.tr("Daily backups"))
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
            self.tr(
                "Seller Desk can copy your shop once a day, when it starts, and keep only the "
                "most recent copies. To restore one, open it with Seller Desk."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.enabled = QCheckBox(self.tr("Take a copy every day"))
        self.enabled.setChecked(keep > 0)
        layout.addWidget(self.enabled)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Keep the last")))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep or DEFAULT_DAILY_KEEP)
        self.keep.setSuffix(self.tr(" copies"))
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
        self.open_folder = QPushButton(self.tr("Open the backup folder"))
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
                self.tr(
                    "This shop is on a PostgreSQL server, so Seller Desk cannot copy it. "
                    "Back it up on the server with pg_dump; File > Back up… shows the exact "
                    "command."
                )
            )
        else:
            copies = daily_copies(source.stem, self.folder)
            latest = (
                self.tr("The latest is {name}.").format(name=copies[-1].name)
                if copies
                else self.tr("There is no copy yet.")
            )
            self.where.setText(
                self.tr("Copies are kept in:\n{folder}\n{latest}").format(
                    folder=self.folder, latest=latest
                )
            )
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


class LanguageDialog(QDialog):
    """Settings > Language…: System / English / Deutsch / 中文, kept in the user's settings.

    The window shows the new language the next time Seller Desk starts (every page, dialog and
    chart label is built in the language installed at start-up); the dialog says so.
    """

    saved = Signal(str)  # the choice: a key of LANGUAGES, or SYSTEM

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("The language of Seller Desk's window:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice = QComboBox()
        system = LANGUAGES[resolve(SYSTEM)]
        self.choice.addItem(self.tr("System ({language})").format(language=system), SYSTEM)
        for key, name in LANGUAGES.items():  # each language in its own words
            self.choice.addItem(name, key)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen_language(settings)), 0))
        layout.addWidget(self.choice)
        note = QLabel(self.tr("Seller Desk shows the new language the next time it starts."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 380), self.sizeHint().height())

    def save(self) -> None:
        choice = str(self.choice.currentData())
        self._settings.setValue(LANGUAGE_KEY, choice)
        self.saved.emit(choice)
        self.accept()
