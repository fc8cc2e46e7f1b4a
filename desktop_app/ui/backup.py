"""File > Back up… and the daily copy, in the window.

The copy itself is ``services.backup``: here the seller chooses where (a save dialog that tests
replace), the copy runs off the GUI thread, and the answer is one sentence: where the copy is
and how big, or, for a shop on a PostgreSQL server, the pg_dump command to use instead.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.db.database import Database
from desktop_app.db.location import sqlite_path
from desktop_app.services.backup import (
    BackupNotPossible,
    BackupResult,
    backup_database,
    daily_backup_if_due,
    size_text,
)
from desktop_app.ui.errors import Notify
from desktop_app.ui.operations import Operations, Progress

ChooseBackupPath = Callable[[QWidget, str], Path | None]


def choose_backup_path(parent: QWidget, suggested: str) -> Path | None:
    """The save dialog of File > Back up… (it asks before replacing a file)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backup", "Back up the shop"),
        suggested,
        QCoreApplication.translate("Backup", "Seller Desk database (*.db);;All files (*)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".db")


def suggested_path(url: str, today: date | None = None, folder: Path | None = None) -> Path:
    """``<shop>-backup-YYYY-MM-DD.db`` in the home folder (``.dump`` for a server database)."""
    source = sqlite_path(url)
    day = f"{today or date.today():%Y-%m-%d}"
    if source is None:
        return (folder or Path.home()) / f"seller-desk-{day}.dump"
    return (folder or Path.home()) / f"{source.stem}-backup-{day}.db"


def done_text(result: BackupResult) -> str:
    """Where the copy is and how big, the path on a line of its own (long paths wrap badly)."""
    command = f"seller-desk --db {shlex.quote(str(result.path))}"
    return QCoreApplication.translate(
        "Backup",
        "Backed up %n order(s) ({size}) to:\n{path}\n\n"
        "To restore, open the copy with Seller Desk:\n{command}",
        "",
        result.orders,
    ).format(size=size_text(result.size_bytes), path=result.path, command=command)


def back_up(
    parent: QWidget,
    url: str,
    operations: Operations,
    *,
    choose_path: ChooseBackupPath = choose_backup_path,
    notify: Notify,
    done: Callable[[BackupResult], None] | None = None,
) -> None:
    """File > Back up…: ask where, copy in the background, say where and how big.

    A shop on a server is not asked for a file: the seller is told the pg_dump command.
    """
    if sqlite_path(url) is None:
        try:
            backup_database(url, suggested_path(url))
        except BackupNotPossible as refusal:
            notify(parent, QCoreApplication.translate("Backup", "Back up"), str(refusal))
        return
    target = choose_path(parent, str(suggested_path(url)))
    if target is None:
        return

    def work(_progress: Progress) -> BackupResult:
        # the save dialog already asked before replacing an existing file
        return backup_database(url, target, overwrite=True)

    def finished(result: BackupResult) -> None:
        notify(parent, QCoreApplication.translate("Backup", "Back up"), done_text(result))
        if done is not None:
            done(result)

    operations.run(
        work, finished, label=QCoreApplication.translate("Backup", "Backing up…")
    )  # failures: the window's one sentence


def daily_backup_in_background(
    db: Database,
    operations: Operations,
    done: Callable[[Path | None], None],
    *,
    folder: Path | None = None,
) -> None:
    """Today's copy when the seller turned daily copies on (``done`` gets it, or None)."""

    def work(_progress: Progress) -> Path | None:
        with db.reading() as session:
            return daily_backup_if_due(db.url, session, folder=folder)

    operations.run(work, done, label=QCoreApplication.translate("Backup", "Daily backup…"))
