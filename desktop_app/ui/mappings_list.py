"""Settings > Column mappings…: the saved CSV column mappings, with Edit and Delete.

A mapping is made the first time a CSV of a new shape is imported (the mapping dialog opens
then). Here the seller renames or corrects one, or deletes one that is no longer used. Editing
has no file to preview, so the dialog offers the columns the mapping already names.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.io.generic import TARGETS, ColumnMapping
from desktop_app.services.mappings import delete_mapping, load_mapping, mapping_names, save_mapping
from desktop_app.ui.mapping_dialog import MappingDialog

Confirm = Callable[[QWidget, str, str], bool]
UNREADABLE = "(cannot be read; delete it and make it again)"


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def describe(mapping: ColumnMapping) -> str:
    """One line: which columns hold the order id, SKU, quantity and date."""
    parts = [
        f"{TARGETS[target]} ← {mapping.columns[target]}"
        for target in ("order_id", "sku", "quantity", "purchase_date")
        if target in mapping.columns
    ]
    extra = len(mapping.columns) - len(parts)
    if extra > 0:
        parts.append(f"{extra} more column{'s' if extra != 1 else ''}")
    return ", ".join(parts)


def edit_dialog(parent: QWidget | None, mapping: ColumnMapping) -> MappingDialog:
    """The mapping dialog on a saved mapping, with the columns it names as the file's header."""
    headers = list(dict.fromkeys(mapping.columns.values()))
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / f"{mapping.name or 'mapping'}.csv"
        with sample.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=mapping.delimiter or ",").writerow(headers)
        dialog = MappingDialog(parent, sample, existing=mapping)  # the preview is read here
    dialog.setWindowTitle(f"Column mapping “{mapping.name}”")
    return dialog


class MappingsDialog(QDialog):
    """``changed`` after a mapping was edited or deleted."""

    changed = Signal()

    def __init__(
        self, db: Database, *, confirm: Confirm = ask_yes_no, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Column mappings")
        self._db = db
        self._confirm = confirm
        self.editor: MappingDialog | None = None  # the edit dialog open now (tests drive it)
        layout = QVBoxLayout(self)
        hint = QLabel(
            "A column mapping tells Seller Desk which column of your CSV holds what. One is "
            "made the first time you import a file of a new shape, and used again for every "
            "file of that shape."
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("mappingList")
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        self.empty = QLabel("No column mapping saved yet. Import a CSV to make one.")
        self.empty.setStyleSheet("color: #4b5563;")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(620, 360)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        with self._db.reading() as session:
            mappings: list[ColumnMapping | str] = []
            for name in mapping_names(session):
                try:
                    mappings.append(load_mapping(session, name))
                except (ValueError, KeyError, TypeError):
                    mappings.append(name)  # unreadable: can still be deleted
        for entry in mappings:
            if isinstance(entry, str):
                item = QListWidgetItem(f"{entry}\n    {UNREADABLE}")
                item.setData(Qt.ItemDataRole.UserRole, entry)
            else:
                item = QListWidgetItem(f"{entry.name}\n    {describe(entry)}")
                item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(item.text())
            self.list.addItem(item)
            if entry == select or (not isinstance(entry, str) and entry.name == select):
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._enable()

    def names(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [str(self.list.item(i).data(role)) for i in range(self.list.count())]

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def _enable(self) -> None:
        name = self.selected_name()
        self.delete_button.setEnabled(name is not None)
        readable = self.list.currentItem() is not None and UNREADABLE not in (
            self.list.currentItem().text()
        )
        self.edit_button.setEnabled(name is not None and readable)

    def edit_selected(self) -> MappingDialog | None:
        name = self.selected_name()
        if name is None:
            return None
        with self._db.reading() as session:
            old = load_mapping(session, name)
        dialog = edit_dialog(self, old)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.editor = None
            if result != QDialog.DialogCode.Accepted:
                return
            # the preview's header was written by us: keep how the file is really split
            new = replace(dialog.mapping(), delimiter=old.delimiter)
            if (
                new.name != old.name
                and new.name in self.names()
                and not self._confirm(
                    self,
                    "Replace column mapping",
                    f"There is already a column mapping named “{new.name}”. Replace it?",
                )
            ):
                return
            with self._db.transaction() as session:
                if new.name != old.name:
                    delete_mapping(session, old.name)
                save_mapping(session, new)
            self.reload(select=new.name)
            self.changed.emit()

        dialog.finished.connect(finished)
        self.editor = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not self._confirm(
            self,
            "Delete column mapping",
            f"Delete the column mapping “{name}”? The next CSV of its shape will ask for its "
            "columns again.",
        ):
            return
        with self._db.transaction() as session:
            delete_mapping(session, name)
        self.reload()
        self.changed.emit()
