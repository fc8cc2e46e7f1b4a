"""Returns and refunds started from shipped orders: items, refund, received, restocked."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from desktop_app.core.errors import DomainError
from desktop_app.services.context import Context
from desktop_app.services.returns import ReturnRow, list_returns, receive_return
from desktop_app.ui import format as fmt
from desktop_app.ui.errors import Notify, describe, message_box
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.page import Page
from desktop_app.ui.style import OK, WARNING
from desktop_app.ui.table_model import Column, ListTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database


class ReturnsPage(Page):
    openOrder = Signal(str)

    def __init__(
        self,
        db: Database,
        ctx: Context,
        zone: tzinfo,
        operations: Operations,
        *,
        notify: Notify = message_box,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ReturnsPage", "Returns"),
            QCoreApplication.translate(
                "ReturnsPage",
                "Returns and refunds started for shipped orders, newest first. Mark a return "
                "received when the goods are back, and restock them if they can be sold again.",
            ),
            operations,
            parent,
        )
        self._db = db
        self._ctx = ctx
        self._notify = notify
        waiting_text, received_text = self.tr("Waiting for the goods"), self.tr("Received")
        yes, no = self.tr("Yes"), self.tr("No")
        self.model: ListTableModel[ReturnRow] = ListTableModel(
            [
                Column(self.tr("Started"), lambda r: fmt.local_time(r.started_at, zone)),
                Column(self.tr("Order"), lambda r: r.order_id),
                Column(self.tr("Units"), lambda r: str(r.units), numeric=True),
                Column(self.tr("SKU"), lambda r: r.skus),
                Column(
                    self.tr("Refund"), lambda r: fmt.money(r.refund_minor, r.currency), numeric=True
                ),
                Column(self.tr("Reason"), lambda r: r.reason or "—", tooltip=lambda r: r.reason),
                Column(
                    self.tr("State"),
                    lambda r: waiting_text if r.received_at is None else received_text,
                    colour=lambda r: WARNING if r.received_at is None else OK,
                ),
                Column(self.tr("Received"), lambda r: fmt.local_time(r.received_at, zone) or "—"),
                Column(
                    self.tr("Restocked"),
                    lambda r: (yes if r.restocked else no) if r.received_at else "—",
                ),
            ],
            self,
        )
        self.table = self.make_table("returnsTable")
        self.table.setAccessibleName(self.tr("Returns"))
        self.table.setModel(self.model)
        self._size_columns([waiting_text, received_text], [yes, no])
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.receive_restock = QPushButton(self.tr("Received: put back in stock"))
        self.receive_restock.setObjectName("receiveRestock")
        self.receive_only = QPushButton(self.tr("Received: do not restock"))
        self.receive_restock.clicked.connect(lambda: self.receive(restock=True))
        self.receive_only.clicked.connect(lambda: self.receive(restock=False))
        self.status = QLabel()
        buttons.addWidget(self.receive_restock)
        buttons.addWidget(self.receive_only)
        buttons.addWidget(self.status, 1)
        self.layout_.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def _size_columns(self, states: list[str], answers: list[str]) -> None:
        """Each column as wide as its header or its widest words in the window's language
        ("Eingelagert" is never cut); the buyer's reason takes what is left."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        time = "0000-00-00 00:00"
        samples = {
            0: [time],
            1: ["000-0000000-0000000"],
            2: ["999"],
            3: ["WWW-WWWW-000"],
            4: [fmt.money(9_999_999, "EUR")],
            6: states,
            7: [time],
            8: answers,
        }
        for column, texts in samples.items():
            words = max(metrics.horizontalAdvance(text) for text in texts) + 16
            self.table.setColumnWidth(
                column, max(words, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        db = self._db

        def work(_progress: Progress) -> list[ReturnRow]:
            with db.reading() as session:
                return list_returns(session)

        self.load_in_background(work, self._show)

    def _show(self, rows: list[ReturnRow]) -> None:
        self.model.set_rows(rows)
        waiting = sum(r.received_at is None for r in rows)
        self.status.setText(
            self.tr("%n return(s), {waiting} waiting for the goods", "", len(rows)).format(
                waiting=waiting
            )
        )
        self._enable()

    def selected(self) -> ReturnRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        row = self.selected()
        waiting = row is not None and row.received_at is None
        self.receive_restock.setEnabled(waiting)
        self.receive_only.setEnabled(waiting)

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.openOrder.emit(row.order_id)

    def receive(self, *, restock: bool) -> None:
        row = self.selected()
        if row is None:
            return
        ctx = self._ctx

        def receive(session: Session) -> None:
            receive_return(session, ctx, row.return_id, restock=restock)

        def done(_none: None) -> None:
            self.changed.emit()
            self.refresh()

        def refused(error: DomainError) -> None:
            self._notify(self, self.tr("Returns"), describe(error), error=True)
            self.refresh()

        self.operations.write(
            self._db, receive, done, refused=refused, label=self.tr("Receiving…"), what="return"
        )
