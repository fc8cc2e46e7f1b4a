"""What every page shares: a title, a hint line, a table, and a background refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.style import set_role


class Page(QWidget):
    """``loaded`` after each refresh has put its rows in the table."""

    loaded = Signal()
    changed = Signal()  # the page wrote something: the rest of the window should refresh

    def __init__(
        self, title: str, hint: str, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self._generation = 0  # the newest load's number (see load_in_background)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        set_role(heading, "heading")
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.hint)

    @staticmethod
    def make_table(name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def load_in_background(
        self, work: Callable[[Progress], Any], show: Callable[[Any], None]
    ) -> None:
        """Load off the GUI thread and show the rows; when loads overlap (the seller ticks a
        filter while the last load runs), only the newest one is shown, whichever finishes
        last."""
        self._generation = generation = self._generation + 1

        def done(rows: Any) -> None:
            if generation != self._generation:
                return  # an older load finished after a newer one began: its rows are stale
            show(rows)
            self.loaded.emit()

        self.operations.run(work, done, label=self.tr("Loading…"))
