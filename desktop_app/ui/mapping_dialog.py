"""The column-mapping dialog: which column of the seller's CSV holds which Seller Desk field.

It previews the first rows, guesses the obvious columns, and is saved under a name
(``services.mappings``) so the next file of the same shape imports without asking.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.io.decoding import LineDecoder
from desktop_app.io.generic import DATE_FORMATS, REQUIRED_TARGETS, TARGETS, ColumnMapping
from desktop_app.io.table import sniff_delimiter
from desktop_app.services.mappings import save_mapping

NOT_IN_FILE = "(not in the file)"
PREVIEW_ROWS = 5
DEFAULTS = ("currency", "channel", "status")


def preview(path: Path, encoding: str | None = None) -> tuple[str, list[list[str]]]:
    """The delimiter and the first rows (header first) of ``path``."""
    with path.open("rb") as stream:
        lines = list(itertools.islice(LineDecoder(stream, encoding), PREVIEW_ROWS + 1))
    if not lines:
        return ",", []
    delimiter = sniff_delimiter(lines[0])
    try:
        rows = list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        rows = [line.rstrip("\r\n").split(delimiter) for line in lines]
    return delimiter, rows


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def guess(target: str, headers: list[str]) -> str | None:
    wanted = {_plain(target), _plain(TARGETS[target])}
    for header in headers:
        if _plain(header) in wanted:
            return header
    return None


class MappingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        *,
        encoding: str | None = None,
        existing: ColumnMapping | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Columns of {path.name}")
        self.delimiter, rows = preview(path, encoding)
        self.headers = rows[0] if rows else []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Tell Seller Desk which column holds what. Saved under a name."))
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else path.stem)
        form.addRow("Name", self.name)
        self.decimal_comma = QCheckBox("Amounts use a decimal comma (12,50)")
        self.decimal_comma.setChecked(bool(existing and existing.decimal_comma))
        form.addRow("", self.decimal_comma)
        self.date_format = QComboBox()
        for label, pattern in DATE_FORMATS.items():
            self.date_format.addItem(label, pattern)
        if existing and existing.date_format:
            self.date_format.setCurrentIndex(
                max(self.date_format.findData(existing.date_format), 0)
            )
        form.addRow("Dates look like", self.date_format)
        self.columns: dict[str, QComboBox] = {}
        for target, label in TARGETS.items():
            box = QComboBox()
            box.addItems([NOT_IN_FILE, *self.headers])
            chosen = existing.columns.get(target) if existing else guess(target, self.headers)
            if chosen in self.headers:
                box.setCurrentText(chosen)
            box.currentIndexChanged.connect(self._check)
            self.columns[target] = box
            form.addRow(f"{label}{' *' if target in REQUIRED_TARGETS else ''}", box)
        self.defaults: dict[str, QLineEdit] = {}
        for target in DEFAULTS:
            edit = QLineEdit(existing.defaults.get(target, "") if existing else "")
            edit.setPlaceholderText("for every row, when the file has no such column")
            self.defaults[target] = edit
            form.addRow(f"Default {TARGETS[target].lower()}", edit)
        layout.addLayout(form)
        table = QTableWidget(max(len(rows) - 1, 0), len(self.headers))
        table.setHorizontalHeaderLabels(self.headers)
        for r, row in enumerate(rows[1:]):
            for c, cell in enumerate(row[: len(self.headers)]):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def mapping(self) -> ColumnMapping:
        columns = {
            target: box.currentText()
            for target, box in self.columns.items()
            if box.currentText() != NOT_IN_FILE
        }
        return ColumnMapping(
            name=self.name.text().strip(),
            columns=columns,
            delimiter=self.delimiter,
            decimal_comma=self.decimal_comma.isChecked(),
            date_format=self.date_format.currentData(),
            defaults={k: e.text().strip() for k, e in self.defaults.items() if e.text().strip()},
        )

    def _check(self) -> None:
        problems = self.mapping().problems()
        if not self.name.text().strip():
            problems.insert(0, "give the mapping a name")
        self.problem.setText("; ".join(problems))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)


def ask_mapping(
    parent: QWidget | None,
    db: Database,
    path: Path,
    done: Callable[[ColumnMapping | None], None],
    *,
    encoding: str | None = None,
) -> MappingDialog:
    """Open the dialog without blocking; on Save the mapping is stored and passed to ``done``."""
    dialog = MappingDialog(parent, path, encoding=encoding)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            done(None)
            return
        mapping = dialog.mapping()
        with db.transaction() as session:
            save_mapping(session, mapping)
        done(mapping)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
