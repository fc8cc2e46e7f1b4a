"""Buyer requests: open cancellation requests, oldest first, with their age; a warning past
24 hours; whether accepting counts (the order's marketplace decides: a request through its own
cancel option never does, a message-only one does on Amazon and Walmart); Accept (cancel as
the buyer asked) or Decline with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DomainError
from desktop_app.core.reasons import RequestChannel
from desktop_app.services.context import Context
from desktop_app.services.requests import (
    ANSWER_WITHIN,
    OpenRequest,
    accept_request,
    decline_request,
    open_requests,
)
from desktop_app.ui import format as fmt
from desktop_app.ui.dialogs.cancel import outcome_text
from desktop_app.ui.domain_text import tx
from desktop_app.ui.errors import Notify, describe, message_box
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.page import Page
from desktop_app.ui.style import DANGER, WARNING
from desktop_app.ui.table_model import Column, ListTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database
    from desktop_app.services.cancellation import CancelOutcome

DECLINE_REASONS = (
    "The order has already shipped.",
    "The order is already with the carrier.",
    "The item was made to order for you.",
)


class DeclineDialog(QDialog):
    """Asks why the request is declined; ``chosen(text)`` when the seller confirms."""

    chosen = Signal(str)

    def __init__(self, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decline the request for {order_id}").format(order_id=order_id))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tell the buyer why the order cannot be cancelled:")))
        self.why = QComboBox()
        self.why.setEditable(True)
        self.why.addItems(DECLINE_REASONS)
        layout.addWidget(self.why)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Decline request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        text = self.why.currentText().strip()
        if text:
            self.chosen.emit(text)
            self.accept()


class RequestsPage(Page):
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
            QCoreApplication.translate("RequestsPage", "Buyer requests"),
            QCoreApplication.translate(
                "RequestsPage",
                "Buyers' cancellation requests, oldest first. Answer within a day or two; "
                "accepting a request the buyer made through the marketplace does not count "
                "against your cancellation rate.",
            ),
            operations,
            parent,
        )
        self._db = db
        self._ctx = ctx
        self._zone = zone
        self._notify = notify
        now: Callable[[], datetime] = ctx.now
        overdue_text = self.tr("  ⚠ over 24 h: answer now")
        through_market = self.tr("%1 (not counted)")
        through_message = self.tr("A message only (counts)")
        message_not_counted = self.tr("A message only (not counted)")

        def asked_through(r: OpenRequest) -> str:
            if r.channel is RequestChannel.AMAZON:
                return through_market.replace("%1", r.marketplace)
            return through_message if r.counted_if_accepted else message_not_counted

        self.model: ListTableModel[OpenRequest] = ListTableModel(
            [
                Column(self.tr("Order"), lambda r: r.order_id),
                Column(
                    self.tr("Age"),
                    lambda r: fmt.age(r.age(now())) + (overdue_text if r.overdue(now()) else ""),
                    colour=lambda r: DANGER if r.overdue(now()) else None,
                    bold=lambda r: r.overdue(now()),
                    tooltip=lambda r: self.tr("Asked on %1").replace(
                        "%1", fmt.local_time(r.requested_at, zone)
                    ),
                ),
                Column(self.tr("Product"), self._product, tooltip=self._product),
                Column(
                    self.tr("Amount"),
                    lambda r: fmt.money(r.total_minor, r.currency),
                    numeric=True,
                ),
                Column(
                    self.tr("Buyer's reason"), lambda r: r.reason or "—", tooltip=lambda r: r.reason
                ),
                Column(
                    self.tr("Asked through"),
                    asked_through,
                    colour=lambda r: WARNING if r.counted_if_accepted else None,
                ),
                Column(self.tr("Order status"), lambda r: tx(r.status.label)),
            ],
            self,
        )
        self.table = self.make_table("requestsTable")
        self.table.setAccessibleName(self.tr("Buyer requests"))
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self._size_columns()
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept: cancel the order"))
        self.accept_button.setObjectName("acceptRequest")
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setObjectName("declineRequest")
        self.open_button = QPushButton(self.tr("Show order"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.decline_button.clicked.connect(self.decline_selected)
        self.open_button.clicked.connect(self._open)
        self.status = QLabel()
        self.outcome = QLabel()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # names orders from files
        self.outcome.setObjectName("requestOutcome")
        self.outcome.setWordWrap(True)
        for widget in (self.accept_button, self.decline_button, self.open_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.outcome)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.decline_dialog: DeclineDialog | None = None
        self._enable()

    def _product(self, request: OpenRequest) -> str:
        more = request.lines - 1
        if more <= 0:
            return request.product
        return self.tr("%1 and %n more", "", more).replace("%1", request.product)

    def _size_columns(self) -> None:
        """The short columns as wide as their words in the window's language (the bold
        overdue warning is never cut, "⚠ über 24 h: jetzt antworten"; the open requests are
        a few rows, so fitting them costs nothing); the product and the buyer's reason share
        what is left, their tooltips giving the whole text."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (0, 1, 3, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        db = self._db

        def work(_progress: Progress) -> list[OpenRequest]:
            with db.reading() as session:
                return open_requests(session)

        self.load_in_background(work, self._show)

    def _show(self, rows: list[OpenRequest]) -> None:
        self.model.set_rows(rows)
        overdue = sum(r.overdue(self._ctx.now()) for r in rows)
        self.status.setText(
            self.tr("%n open request(s)", "", len(rows))
            + (
                self.tr(", {overdue} older than {hours} h").format(
                    overdue=overdue, hours=ANSWER_WITHIN.days * 24 or 24
                )
                if overdue
                else ""
            )
        )
        self._enable()

    def selected(self) -> OpenRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_row(self, number: int) -> None:
        self.table.selectRow(number)

    def _enable(self) -> None:
        has = self.selected() is not None
        for button in (self.accept_button, self.decline_button, self.open_button):
            button.setEnabled(has)

    def _open(self) -> None:
        request = self.selected()
        if request is not None:
            self.openOrder.emit(request.order_id)

    def accept_selected(self) -> None:
        request = self.selected()
        if request is None:
            return
        ctx = self._ctx

        def accept(session: Session) -> CancelOutcome:
            return accept_request(
                session, ctx, request.request_id, expected_version=request.order_version
            )

        def done(outcome: CancelOutcome) -> None:
            self.outcome.setText(outcome_text(outcome))
            self.changed.emit()
            self.refresh()

        self.operations.write(
            self._db,
            accept,
            done,
            refused=self._refused,
            label=self.tr("Accepting…"),
            what="request",
        )

    def _refused(self, error: DomainError) -> None:
        self._notify(self, self.tr("Buyer request"), describe(error), error=True)
        self.refresh()

    def decline_selected(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = DeclineDialog(request.order_id, self)
        dialog.chosen.connect(lambda why: self._decline(request, why))
        self.decline_dialog = dialog
        dialog.open()

    def _decline(self, request: OpenRequest, why: str) -> None:
        ctx = self._ctx

        def decline(session: Session) -> None:
            decline_request(
                session, ctx, request.request_id, why, expected_version=request.order_version
            )

        def done(_none: None) -> None:
            self.outcome.setText(
                self.tr("Declined the request for {order_id}.").format(order_id=request.order_id)
            )
            self.changed.emit()
            self.refresh()

        self.operations.write(
            self._db,
            decline,
            done,
            refused=self._refused,
            label=self.tr("Declining…"),
            what="request",
        )
