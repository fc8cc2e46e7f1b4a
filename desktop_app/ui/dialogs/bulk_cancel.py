"""Cancelling several orders at once: each order's decision first, one reason for all, then
each one's result (cancelled, or refused and why). The checks and the cancels run off the GUI
thread; each order is its own transaction, so one refusal never undoes the others."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DomainError
from desktop_app.core.health import DailyRate
from desktop_app.core.policy import Path
from desktop_app.core.reasons import BUYER_CANCELED, NO_INVENTORY, reason
from desktop_app.services.cancellation import (
    CancelPreview,
    CancelRequest,
    cancel_order,
    preview_cancel,
)
from desktop_app.services.context import Context
from desktop_app.ui.dialogs.widgets import (
    BuyerMessage,
    ConfirmButtons,
    ReasonPicker,
    banner,
    rate_text,
    show_warnings,
)
from desktop_app.ui.domain_text import tx
from desktop_app.ui.errors import describe
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.plain import tip
from desktop_app.ui.style import DANGER, OK, colour, qcolour, set_role

if TYPE_CHECKING:
    from desktop_app.db.database import Database

ORDER, STATUS, DECISION, RESULT = range(4)
PREVIEW_REASON = "GeneralAdjustment"


@dataclass(frozen=True)
class BulkResult:
    order_id: str
    cancelled: bool
    text: str


class BulkCancelDialog(QDialog):
    """``ready`` when the decisions are shown; ``finished_all(results)`` after Confirm."""

    ready = Signal()
    finished_all = Signal(list)
    changed = Signal()

    def __init__(
        self,
        db: Database,
        order_ids: Sequence[str],
        ctx: Context,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkCancelDialog")
        self._db = db
        self._ids = list(dict.fromkeys(order_ids))
        self._ctx = ctx
        self._ops = operations
        self.previews: dict[str, CancelPreview | str] = {}
        self.results: list[BulkResult] = []
        self.setWindowTitle(self.tr("Cancel %n order(s)", "", len(self._ids)))
        self.setMinimumWidth(780)
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<b>{self.tr('Cancel %n order(s)', '', len(self._ids))}</b>")
        set_role(self.title, "title")
        layout.addWidget(self.title)

        self.table = QTableWidget(len(self._ids), 4)
        self.table.setObjectName("bulkOrders")
        self.table.setAccessibleName(self.tr("Orders to cancel"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Status"), self.tr("What will happen"), self.tr("Result")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        for row, order_id in enumerate(self._ids):
            self.table.setItem(row, ORDER, QTableWidgetItem(order_id))
            self.table.setItem(row, DECISION, QTableWidgetItem("Checking…"))
        self.table.resizeColumnToContents(ORDER)
        self.table.setColumnHidden(RESULT, True)  # shown once there are results
        layout.addWidget(self.table, 1)

        self.reason = ReasonPicker()
        self.reason.changed.connect(self._reason_changed)
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Reason:"))
        reason_label.setFixedWidth(56)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        layout.addWidget(self.reason.description)
        layout.addWidget(self.reason.warning)
        form = QFormLayout()
        self.restock = QCheckBox(
            self.tr(
                "Put the cancelled units back in stock "
                "(orders answering a buyer's request always are)"
            )
        )
        self.restock.setObjectName("bulkRestock")
        form.addRow("", self.restock)
        self.zero_stock = QCheckBox(self.tr("Also set the available stock of these SKUs to zero"))
        self.zero_stock.setVisible(False)
        form.addRow("", self.zero_stock)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("For your records (optional)"))
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        self.rate = banner("info", "rateEffect")
        layout.addWidget(self.rate)
        self.sku_warning = banner("warning", "skuWarning")
        self.sku_warning.setVisible(False)
        layout.addWidget(self.sku_warning)
        layout.addWidget(QLabel(self.tr("<b>Message to the buyers</b>")))
        self.message_note = QLabel(
            self.tr(
                "Each buyer's message is drafted for their order (a buyer who asked to cancel is "
                "told it was cancelled as they asked). Edit it to send your own text to the "
                "buyers who did not ask."
            )
        )
        self.message_note.setWordWrap(True)
        set_role(self.message_note, "hint")
        layout.addWidget(self.message_note)
        self.message = BuyerMessage()
        layout.addWidget(self.message)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        buttons = ConfirmButtons(
            self.tr("Keep orders"), self.tr("Cancel orders"), self.reject, self.confirm
        )
        self.close_button, self.confirm_button = buttons.close_button, buttons.confirm_button
        self.confirm_button.setEnabled(False)
        layout.addLayout(buttons)
        self._check()

    # --- the decisions -----------------------------------------------------------------------
    def _code(self) -> str:
        return self.reason.code() or PREVIEW_REASON

    def _check(self) -> None:
        code = self._code()
        db, ctx, ids = self._db, self._ctx, list(self._ids)

        def work(progress: Progress) -> dict[str, CancelPreview | str]:
            out: dict[str, CancelPreview | str] = {}
            with db.reading() as session:
                for n, order_id in enumerate(ids, start=1):
                    try:
                        out[order_id] = preview_cancel(
                            session, CancelRequest(order_id, code), ctx.now()
                        )
                    except DomainError as error:
                        out[order_id] = describe(error)
                    progress(n, len(ids))
            return out

        self.confirm_button.setEnabled(False)
        self._ops.run(work, self._checked, label=self.tr("Checking the orders…"))

    def _checked(self, previews: dict[str, CancelPreview | str]) -> None:
        self.previews = previews
        code = self.reason.code()
        allowed = 0
        counted_adds = 0
        before: DailyRate | None = None
        warnings: list[str] = []
        sku_warnings: list[str] = []
        for row, order_id in enumerate(self._ids):
            p = previews.get(order_id, self.tr("Not found."))
            if isinstance(p, str):
                self._set(row, DECISION, self.tr("Cannot cancel: {why}").format(why=p), DANGER)
                continue
            self._set(row, STATUS, tx(p.status.label))
            d = p.decision
            if not d.allowed:
                self._set(
                    row, DECISION, self.tr("Cannot cancel: {why}").format(why=tx(d.why)), DANGER
                )
                continue
            allowed += 1
            before = before or p.rate_before
            counted_adds += p.rate_after.counted - p.rate_before.counted
            if d.path is Path.ANSWER_REQUEST:
                self._set(
                    row,
                    DECISION,
                    self.tr("Buyer asked: accepted as “Buyer cancelled”, not counted"),
                )
            else:
                self._set(
                    row,
                    DECISION,
                    self.tr("Cancel all open items; counts against you")
                    if p.counted
                    else self.tr("Cancel all open items; not counted"),
                )
            if p.warning:
                warnings.append(tx(p.warning))
            sku_warnings.extend(p.same_sku_warnings)
        self.table.resizeRowsToContents()
        if before is not None:
            after = DailyRate(before.day, before.counted + counted_adds, before.orders)
            verdict = (
                f"<br><b style='color:{colour(DANGER)}'>"
                + self.tr("%n of these cancellations count(s) against you.", "", counted_adds)
                + "</b>"
                if counted_adds > 0
                else "<br>" + self.tr("None of these cancellations count against you.")
            )
            self.rate.setText(rate_text(before, after, counted_adds > 0, verdict))
        else:
            self.rate.setText(self.tr("None of these orders can be cancelled now."))
        self.reason.set_warning(warnings[0] if warnings and code else None)
        show_warnings(self.sku_warning, sku_warnings)
        total = len(self._ids)
        heading = (
            self.tr("Cancel %n order(s)", "", allowed)
            if allowed == total
            else self.tr("Cancel {allowed} of %n order(s)", "", total).format(allowed=allowed)
        )
        self.setWindowTitle(heading)
        self.title.setText(f"<b>{heading}</b>")
        self.confirm_button.setText(self.tr("Cancel %n order(s)", "", allowed))
        self.confirm_button.setEnabled(allowed > 0 and code is not None)
        self.ready.emit()

    def _reason_changed(self) -> None:
        code = self.reason.code()
        if code is not None:
            self.restock.setChecked(reason(code).restock_default)
            self.message.set_default(reason(code).buyer_message)
        self.zero_stock.setVisible(code == NO_INVENTORY)
        self._check()

    def _set(self, row: int, column: int, text: str, colour: str | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(tip(text))
        if colour:
            item.setForeground(qcolour(DANGER if colour == DANGER else OK))
        self.table.setItem(row, column, item)

    # --- confirming --------------------------------------------------------------------------
    def confirm(self) -> None:
        code = self.reason.code()
        if code is None:
            return
        requests: list[CancelRequest] = []
        for order_id in self._ids:
            p = self.previews.get(order_id)
            if not isinstance(p, CancelPreview) or not p.decision.allowed:
                continue
            answer = p.decision.path is Path.ANSWER_REQUEST
            base = CancelRequest(
                order_id=order_id,
                reason_code=BUYER_CANCELED if answer else code,
                note=self.note.text().strip(),
                # each buyer's message drafted from that order's situation, unless the
                # seller wrote one for the orders without a request
                buyer_message=self.message.text() if self.message.edited and not answer else None,
                zero_stock=self.zero_stock.isChecked() and code == NO_INVENTORY and not answer,
                expected_version=p.version,
            )
            if not answer:  # an answered request keeps Buyer cancelled's defaults
                restock = {line.item_pk: self.restock.isChecked() for line in p.lines}
                base = replace(base, restock=restock)
            requests.append(base)
        refused = {
            order_id: (p if isinstance(p, str) else p.decision.why)
            for order_id, p in self.previews.items()
            if isinstance(p, str) or not p.decision.allowed
        }
        db, ctx = self._db, self._ctx

        counted = self.tr("Cancelled; counts against you")
        not_counted = self.tr("Cancelled; not counted")
        refused_text = self.tr("Refused: {why}")

        def work(progress: Progress) -> list[BulkResult]:
            results = []
            for n, req in enumerate(requests, start=1):
                try:
                    with db.transaction() as session:
                        outcome = cancel_order(session, ctx, req)
                    results.append(
                        BulkResult(req.order_id, True, counted if outcome.counted else not_counted)
                    )
                except DomainError as error:
                    results.append(BulkResult(req.order_id, False, refused_text.format(why=error)))
                progress(n, len(requests))
            return results

        self.confirm_button.setEnabled(False)
        self.reason.setEnabled(False)
        self.progress.setRange(0, max(len(requests), 1))
        self.progress.setVisible(True)
        self._ops.progressed.connect(self._progressed)
        self._ops.run(
            work,
            lambda results: self._done(results, refused),
            self._failed,
            label=self.tr("Cancelling orders…"),
        )

    def _progressed(self, _label: str, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._ops.progressed.disconnect(self._progressed)
        self.progress.setVisible(False)
        self.changed.emit()
        raise error

    def _done(self, results: list[BulkResult], refused: dict[str, str]) -> None:
        refused_text = self.tr("Refused: {why}")
        self._ops.progressed.disconnect(self._progressed)
        self.progress.setVisible(False)
        by_id = {r.order_id: r for r in results}
        for order_id, why in refused.items():
            by_id[order_id] = BulkResult(order_id, False, refused_text.format(why=tx(why)))
        self.results = [by_id[i] for i in self._ids if i in by_id]
        self.table.setColumnHidden(RESULT, False)
        for row, order_id in enumerate(self._ids):
            result = by_id.get(order_id)
            if result is not None:
                self._set(row, RESULT, result.text, OK if result.cancelled else DANGER)
        self.table.resizeRowsToContents()
        done = sum(r.cancelled for r in self.results)
        self.title.setText(
            "<b>"
            + self.tr("{done} of %n order(s) cancelled", "", len(self._ids)).format(done=done)
            + "</b>"
        )
        self.confirm_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.changed.emit()
        self.finished_all.emit(self.results)
