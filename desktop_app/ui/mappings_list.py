"""Settings > Column mappings…: the saved CSV column mappings, with Edit and Delete.

A mapping is made the first time a CSV of a new shape is imported (the mapping dialog opens
then). Here the seller renames or corrects one, or deletes one that is no longer used. Editing
has no file to preview, so the dialog offers the columns the mapping already names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

import csv
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.io.generic import TARGETS, ColumnMapping
from desktop_app.services.mappings import delete_mapping, load_mapping, mapping_names, save_mapping
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.errors import report
from desktop_app.ui.mapping_dialog import MappingDialog
from desktop_app.ui.operations import Operations
from desktop_app.ui.plain import tip
from desktop_app.ui.style import set_role

Confirm = Callable[[QWidget, str, str], bool]
UNREADABLE = QT_TRANSLATE_NOOP("MappingsDialog", "(cannot be read; delete it and make it again)")


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def describe(mapping: ColumnMapping) -> str:
    """One line: which columns hold the order id, SKU, quantity and date."""
    parts = [
        f"{tx(TARGETS[target])} ← {mapping.columns[target]}"
        for target in ("order_id", "sku", "quantity", "purchase_date")
        if target in mapping.columns
    ]
    extra = len(mapping.columns) - len(parts)
    if extra > 0:
        parts.append(QCoreApplication.translate("MappingsDialog", "%n more column(s)", "", extra))
    return ", ".join(parts)


def edit_dialog(parent: QWidget | None, mapping: ColumnMapping) -> MappingDialog:
    """The mapping dialog on a saved mapping, with the columns it names as the file's header."""
    headers = list(dict.fromkeys(mapping.columns.values()))
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / f"{mapping.name or 'mapping'}.csv"
        with sample.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=mapping.delimiter or ",").writerow(headers)
        dialog = MappingDialog(parent, sample, existing=mapping)  # the preview is read here
    dialog.setWindowTitle(
        QCoreApplication.translate("MappingsDialog", "Column mapping “{name}”").format(
            name=mapping.name
        )
    )
    return dialog


class MappingsDialog(QDialog):
    """``changed`` after a mapping was edited or deleted."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        confirm: Confirm = ask_yes_no,
        operations: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column mappings"))
        self._db = db
        self._ops = operations or Operations(lambda error: report(self, error), parent=self)
        self._confirm = confirm
        self.editor: MappingDialog | None = None  # the edit dialog open now (tests drive it)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A column mapping tells Seller Desk which column of your CSV holds what. One is "
                "made the first time you import a file of a new shape, and used again for every "
                "file of that shape."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QTableWidget(0, 2)
        self.list.setObjectName("mappingList")
        self.list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Reads")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # a long column name wraps instead of hiding behind a bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.list.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        self.list.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No column mapping saved yet. Import a CSV to make one."))
        set_role(self.empty, "hint")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(620, 320)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.setRowCount(0)
        with self._db.reading() as session:
            mappings: list[ColumnMapping | str] = []
            for name in mapping_names(session):
                try:
                    mappings.append(load_mapping(session, name))
                except (ValueError, KeyError, TypeError):
                    mappings.append(name)  # unreadable: can still be deleted
        bold = self.font()
        bold.setBold(True)
        for row, entry in enumerate(mappings):
            name = entry if isinstance(entry, str) else entry.name
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFont(bold)
            reads = QTableWidgetItem(
                self.tr(UNREADABLE) if isinstance(entry, str) else describe(entry)
            )
            reads.setToolTip(tip(reads.text()))
            self.list.insertRow(row)
            self.list.setItem(row, 0, item)
            self.list.setItem(row, 1, reads)
        self.list.resizeRowsToContents()
        rows = self.list.rowCount()
        chosen = self.names().index(select) if select in self.names() else 0
        if rows:
            self.list.selectRow(chosen)
        self.empty.setVisible(rows == 0)
        self.list.setVisible(rows > 0)
        self._enable()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.list.resizeRowsToContents()  # the wrapped descriptions need their height

    def description(self, row: int) -> str:
        item = self.list.item(row, 1)
        return item.text() if item is not None else ""

    def names(self) -> list[str]:
        return [self._name_at(row) for row in range(self.list.rowCount())]

    def _name_at(self, row: int) -> str:
        item = self.list.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def selected_name(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return None
        return self._name_at(rows[0].row())

    def select(self, name: str) -> None:
        if name in self.names():
            self.list.selectRow(self.names().index(name))

    def _enable(self) -> None:
        name = self.selected_name()
        self.delete_button.setEnabled(name is not None)
        rows = self.list.selectionModel().selectedRows()
        readable = bool(rows) and self.description(rows[0].row()) != self.tr(UNREADABLE)
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
                    self.tr("Replace column mapping"),
                    self.tr("There is already a column mapping named “{name}”. Replace it?").format(
                        name=new.name
                    ),
                )
            ):
                return

            def save(session: Session) -> None:
                if new.name != old.name:
                    delete_mapping(session, old.name)
                save_mapping(session, new)

            def saved(_none: None) -> None:
                self.reload(select=new.name)
                self.changed.emit()

            self._ops.write(self._db, save, saved, label=self.tr("Saving…"), what="mapping")

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
            self.tr("Delete column mapping"),
            self.tr(
                "Delete the column mapping “{name}”? The next CSV of its shape will ask for its "
                "columns again."
            ).format(name=name),
        ):
            return

        def delete(session: Session) -> None:
            delete_mapping(session, name)

        def deleted(_none: None) -> None:
            self.reload()
            self.changed.emit()

        self._ops.write(self._db, delete, deleted, label=self.tr("Deleting…"), what="mapping")
