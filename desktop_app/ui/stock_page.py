"""Stock per SKU: on hand (editable), reserved by unshipped orders, available. Oversold SKUs
stand out in red, with the words "Oversold by N"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.errors import DomainError
from desktop_app.services.context import Context
from desktop_app.services.stock import StockRow, set_on_hand, stock_levels
from desktop_app.ui.errors import Notify, describe, message_box
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.page import Page
from desktop_app.ui.style import DANGER, WARNING
from desktop_app.ui.table_model import Column, ListTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database

SKU, PRODUCT, ON_HAND, RESERVED, AVAILABLE, STATE = range(6)


def _state(row: StockRow) -> str:
    if row.oversold:
        return QCoreApplication.translate("StockModel", "Oversold by {count}").format(
            count=-row.available
        )
    if row.available == 0:
        return QCoreApplication.translate("StockModel", "None left to sell")
    return ""


class StockModel(ListTableModel[StockRow]):
    """On hand is editable; the edit goes through ``services.stock.set_on_hand``."""

    edited = Signal(str, int)  # sku, new on hand

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("SKU"), lambda r: r.sku, bold=lambda r: r.oversold),
                Column(
                    self.tr("Product"), lambda r: r.product_name, tooltip=lambda r: r.product_name
                ),
                Column(self.tr("On hand"), lambda r: str(r.on_hand), numeric=True),
                Column(self.tr("Reserved"), lambda r: str(r.reserved), numeric=True),
                Column(
                    self.tr("Available"),
                    lambda r: str(r.available),
                    numeric=True,
                    colour=lambda r: DANGER if r.oversold else None,
                    bold=lambda r: r.oversold,
                ),
                Column(
                    "",
                    _state,
                    colour=lambda r: DANGER if r.oversold else WARNING,
                    bold=lambda r: r.oversold,
                ),
            ],
            parent,
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ON_HAND:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == ON_HAND:
            row = self.row(index.row())
            return row.on_hand if row is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == ON_HAND:
            return self.tr("Double-click to correct the count")
        return super().data(index, role)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != ON_HAND:
            return False
        row = self.row(index.row())
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if row is None or number < 0:
            return False
        self.edited.emit(row.sku, number)
        return True

    def replace_row(self, number: int, row: StockRow) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class StockPage(Page):
    def __init__(
        self,
        db: Database,
        ctx: Context,
        operations: Operations,
        *,
        notify: Notify = message_box,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("StockPage", "Stock"),
            QCoreApplication.translate(
                "StockPage",
                "On hand is what you counted; reserved is what unshipped orders hold; available "
                "is what is left to sell. Double-click an on-hand figure to correct it.",
            ),
            operations,
            parent,
        )
        self._db = db
        self._ctx = ctx
        self._notify = notify
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search SKU or product"))
        self.search.setAccessibleName(self.tr("Search SKU or product"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.oversold_only = QCheckBox(self.tr("Oversold only"))
        self.status = QLabel()
        bar.addWidget(self.search)
        bar.addWidget(self.oversold_only)
        bar.addStretch(1)
        bar.addWidget(self.status)
        self.layout_.addLayout(bar)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.oversold_only.toggled.connect(lambda _c: self.refresh())
        self.model = StockModel(self)
        self.model.edited.connect(self.set_count)
        self.table = self.make_table("stockTable")
        self.table.setAccessibleName(self.tr("Stock"))
        self.table.setModel(self.model)
        for column, width in enumerate((150, 320, 90, 90, 90)):
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        db = self._db
        search = self.search.text()
        oversold = self.oversold_only.isChecked()

        def work(_progress: Progress) -> list[StockRow]:
            with db.reading() as session:
                return stock_levels(session, search=search, oversold_only=oversold)

        self.load_in_background(work, self._show)

    def _show(self, rows: list[StockRow]) -> None:
        self.model.set_rows(rows)
        oversold = sum(r.oversold for r in rows)
        self.status.setText(
            self.tr("%n SKU(s)", "", len(rows))
            + (
                self.tr(" · {count} oversold").format(count=oversold)
                if oversold
                else self.tr(" · none oversold")
            )
        )

    def set_count(self, sku: str, on_hand: int) -> None:
        ctx = self._ctx

        def count(session: Session) -> None:
            set_on_hand(session, ctx, sku, on_hand, why="counted in the app")

        def done(_none: None) -> None:
            self.changed.emit()
            self.refresh()

        def refused(error: DomainError) -> None:
            self._notify(self, self.tr("Stock"), describe(error), error=True)
            self.refresh()

        self.operations.write(
            self._db, count, done, refused=refused, label=self.tr("Saving…"), what="stock"
        )
