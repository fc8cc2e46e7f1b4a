"""The cancellation dialog for one order. It asks the policy (through the services) and shows:
whether cancelling is allowed now and, when not, a button for the right path; the items with
quantities; the reason with its description and the counted warning; restock per item; the
refund, cost and note; the 7-day rate before and after; the same-SKU warning; the message to
the buyer. Confirm applies it through ``services.cancellation.cancel_order``.

Nothing here blocks: the dialog is opened with ``open()`` and reports through signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DomainError, StaleOrder
from desktop_app.core.money import parse_minor, to_decimal_str
from desktop_app.core.policy import Path
from desktop_app.core.reasons import BUYER_CANCELED, NO_INVENTORY
from desktop_app.services.cancellation import (
    CancelOutcome,
    CancelPreview,
    CancelRequest,
    cancel_order,
    preview_cancel,
)
from desktop_app.services.context import Context
from desktop_app.services.requests import ask_amazon
from desktop_app.services.returns import start_return
from desktop_app.ui import format as fmt
from desktop_app.ui.dialogs.forecast_line import ForecastLine
from desktop_app.ui.dialogs.forecast_line import rate_text as market_rate_text
from desktop_app.ui.dialogs.widgets import (
    BuyerMessage,
    ConfirmButtons,
    ReasonPicker,
    banner,
    show_warnings,
)
from desktop_app.ui.errors import Notify, describe, message_box
from desktop_app.ui.orders.model import CHANNEL_TEXT
from desktop_app.ui.style import banner_css

if TYPE_CHECKING:
    from desktop_app.db.database import Database

PREVIEW_REASON = "GeneralAdjustment"  # used for the preview until the seller picks a reason
QTY, SKU, PRODUCT, OPEN, REFUND, RESTOCK = range(6)


class CancelDialog(QDialog):
    """``cancelled(outcome)`` after a confirmed cancel; ``changed(order_id)`` whenever the
    order changed in the database (cancelled, a path taken, or found stale)."""

    cancelled = Signal(object)
    changed = Signal(str)

    def __init__(
        self,
        db: Database,
        order_id: str,
        ctx: Context,
        *,
        notify: Notify = message_box,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self._db = db
        self._order_id = order_id
        self._ctx = ctx
        self._notify = notify
        self.preview: CancelPreview | None = None
        self._refund_edited = False
        self._updating = False
        self.setWindowTitle(f"Cancel order {order_id}")
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(self.title)
        self.banner = QLabel()
        self.banner.setObjectName("decisionBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        path_row = QHBoxLayout()
        self.path_note = QLineEdit()
        self.path_note.setPlaceholderText("Note (optional)")
        self.path_button = QPushButton()
        self.path_button.setObjectName("pathButton")
        self.path_button.clicked.connect(self._take_path)
        path_row.addWidget(self.path_note, 1)
        path_row.addWidget(self.path_button)
        self.path_box = QWidget()
        path_column = QVBoxLayout(self.path_box)
        path_column.setContentsMargins(0, 0, 0, 0)
        self.path_help = QLabel()
        self.path_help.setWordWrap(True)
        self.path_help.setStyleSheet("color: #4b5563;")
        path_column.addWidget(self.path_help)
        path_column.addLayout(path_row)
        layout.addWidget(self.path_box)

        self.editor = QWidget()
        edit = QVBoxLayout(self.editor)
        edit.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)

        edit.addWidget(QLabel("<b>Items to cancel</b>"))
        self.items = QTableWidget(0, 6)
        self.items.setObjectName("cancelItems")
        self.items.setHorizontalHeaderLabels(
            ["Cancel", "SKU", "Product", "Not shipped", "Refund", "Restock"]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (QTY, SKU, OPEN, REFUND, RESTOCK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        edit.addWidget(self.items)
        self.qty: dict[int, QSpinBox] = {}
        self.restock: dict[int, QCheckBox] = {}

        self.reason = ReasonPicker()
        self.reason.changed.connect(self._reason_changed)
        reason_row = QHBoxLayout()
        reason_label = QLabel("Reason:")
        reason_label.setFixedWidth(56)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        edit.addLayout(reason_row)
        edit.addWidget(self.reason.description)
        edit.addWidget(self.reason.warning)
        self.zero_stock = QCheckBox()
        self.zero_stock.setObjectName("zeroStock")
        self.zero_stock.setVisible(False)
        edit.addWidget(self.zero_stock)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        money_row = QHBoxLayout()
        self.refund = QLineEdit()
        self.refund.setObjectName("refund")
        self.refund.setMaximumWidth(120)
        self.refund.textEdited.connect(self._refund_typed)
        self.refund_hint = QLabel()
        self.refund_hint.setStyleSheet("color: #4b5563;")
        self.cost = QLineEdit("0")
        self.cost.setObjectName("cost")
        self.cost.setMaximumWidth(100)
        self.cost.setToolTip("What this cancellation cost you (postage bought, fees), if anything")
        self.cost.textEdited.connect(self._validate)
        money_row.addWidget(self.refund)
        money_row.addWidget(self.refund_hint)
        money_row.addSpacing(16)
        money_row.addWidget(QLabel("Cost to you:"))
        money_row.addWidget(self.cost)
        money_row.addStretch(1)
        form.addRow("Refund:", money_row)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText("For your records (optional)")
        form.addRow("Note:", self.note)
        edit.addLayout(form)

        self.rate = banner("info", "rateEffect")
        edit.addWidget(self.rate)
        self.forecast = ForecastLine()
        edit.addWidget(self.forecast)
        self.sku_warning = banner("warning", "skuWarning")
        edit.addWidget(self.sku_warning)

        edit.addWidget(QLabel("<b>Message to the buyer</b>"))
        self.message = BuyerMessage()
        edit.addWidget(self.message)

        self.problem = QLabel()
        self.problem.setObjectName("inputProblem")
        self.problem.setStyleSheet("color: #b91c1c;")
        layout.addWidget(self.problem)

        buttons = ConfirmButtons("Close", "Cancel order", self.reject, self.confirm)
        self.close_button, self.confirm_button = buttons.close_button, buttons.confirm_button
        self.confirm_button.setDefault(True)
        layout.addLayout(buttons)

        self.load()
        self.reason.combo.setFocus()

    # --- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the order and rebuild everything from a fresh preview."""
        preview = self._preview(fresh=True)
        if preview is None:
            return
        self._build_items(preview)
        path = preview.decision.path
        if path is Path.ANSWER_REQUEST:
            self.reason.choose(BUYER_CANCELED)
            self.reason.combo.setEnabled(False)
        else:
            self.reason.combo.setEnabled(True)
        self._update()

    def _request(self, *, fresh: bool = False, version: int | None = None) -> CancelRequest:
        code = self.reason.code() or PREVIEW_REASON
        quantities = None if fresh else {pk: s.value() for pk, s in self.qty.items() if s.value()}
        restock = None if fresh else {pk: b.isChecked() for pk, b in self.restock.items()}
        refund = None
        if self._refund_edited and self.preview is not None and not fresh:
            refund = self._parse(self.refund.text())
        return CancelRequest(
            order_id=self._order_id,
            reason_code=code,
            quantities=quantities,
            restock=restock,
            zero_stock=self.zero_stock.isChecked() and code == NO_INVENTORY,
            refund_minor=refund,
            cost_minor=(self._parse(self.cost.text()) or 0) if not fresh else 0,
            note=self.note.text().strip(),
            buyer_message=self.message.text() if version is not None else None,
            expected_version=version,
        )

    def _preview(
        self, *, fresh: bool = False, req: CancelRequest | None = None
    ) -> CancelPreview | None:
        try:
            with self._db.reading() as session:
                self.preview = preview_cancel(
                    session, req or self._request(fresh=fresh), self._ctx.now()
                )
        except DomainError as error:
            self._show_banner("danger", str(error))
            self.editor.setVisible(False)
            self.confirm_button.setEnabled(False)
            return None
        return self.preview

    def _build_items(self, preview: CancelPreview) -> None:
        self._updating = True
        self.items.setRowCount(len(preview.lines))
        self.qty.clear()
        self.restock.clear()
        for row, line in enumerate(preview.lines):
            spin = QSpinBox()
            spin.setRange(0, line.open_quantity)
            spin.setValue(line.quantity)
            spin.setSuffix(f" of {line.open_quantity}")
            spin.setMinimumWidth(84)
            spin.setEnabled(line.open_quantity > 0)
            spin.valueChanged.connect(self._update)
            self.qty[line.item_pk] = spin
            self.items.setCellWidget(row, QTY, spin)
            box = QCheckBox()
            box.setChecked(line.restock)
            box.setToolTip("Put the cancelled units back in stock")
            box.toggled.connect(self._update)
            self.restock[line.item_pk] = box
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(8, 0, 8, 0)
            holder_layout.addWidget(box)
            self.items.setCellWidget(row, RESTOCK, holder)
            self.items.setItem(row, SKU, QTableWidgetItem(line.sku))
            name = QTableWidgetItem(
                line.product_name + ("  (customised)" if line.customised else "")
            )
            name.setToolTip(line.product_name)
            self.items.setItem(row, PRODUCT, name)
            self.items.setItem(row, OPEN, _right(str(line.open_quantity)))
            self.items.setItem(row, REFUND, _right(""))
        rows = max(len(preview.lines), 1)
        self.items.setFixedHeight(self.items.horizontalHeader().height() + 34 * min(rows, 5) + 4)
        for row in range(self.items.rowCount()):
            self.items.setRowHeight(row, 34)
        self._updating = False

    # --- reacting ----------------------------------------------------------------------------
    def _reason_changed(self) -> None:
        """A new reason: restock defaults and the buyer message follow it."""
        if self.preview is None or self._updating:
            return
        code = self.reason.code() or PREVIEW_REASON
        req = self._request()
        defaults = self._preview(req=CancelRequest(**{**req.__dict__, "restock": None}))
        if defaults is None:
            return
        self._updating = True
        for line in defaults.lines:
            if line.item_pk in self.restock:
                self.restock[line.item_pk].setChecked(line.restock)
        self._updating = False
        self.zero_stock.setVisible(code == NO_INVENTORY)
        self._update()

    def _refund_typed(self) -> None:
        self._refund_edited = True
        self._validate()

    def _update(self) -> None:
        """Preview again with what the widgets say, and show it."""
        if self._updating:
            return
        preview = self.preview
        if preview is None:
            return
        chosen = any(s.value() for s in self.qty.values())
        if preview.decision.allowed and chosen:
            preview = self._preview() or preview
        self._show(preview, chosen)

    def _show(self, p: CancelPreview, chosen: bool) -> None:
        d = p.decision
        self.title.setText(
            f"{p.profile.name} order {p.order_id} · {p.status.label} · {CHANNEL_TEXT[p.channel]}"
        )
        code = self.reason.code()
        if d.path is Path.ANSWER_REQUEST:
            self._show_banner("info", d.why + " The reason is “Buyer cancelled”.")
        elif d.allowed:
            self._show_banner("ok", d.why)
        else:  # refused: not an error, another path
            self._show_banner("warning", d.why)
        refused = not d.allowed
        self.editor.setVisible(not refused)
        self.path_box.setVisible(refused and d.path in (Path.ASK_AMAZON, Path.RETURN_REFUND))
        if refused:
            self.path_button.setText(p.profile.action_label(d.path))
            self.path_help.setText(_PATH_HELP.get(d.path, ""))
            self.path_note.setPlaceholderText(
                "Note to Amazon (optional)"
                if d.path is Path.ASK_AMAZON
                else "Return reason (optional)"
            )
            self.confirm_button.setVisible(False)
            self.close_button.setText("Close")
            self.problem.setText("")
            return
        self.confirm_button.setVisible(True)
        self.confirm_button.setText(d.path.action_label)
        self.close_button.setText("Keep order")
        for row, line in enumerate(p.lines):
            item = self.items.item(row, REFUND)
            if item is not None:
                item.setText(fmt.money(line.refund_minor, p.currency) if line.quantity else "")
        if not self._refund_edited:
            self.refund.setText(to_decimal_str(p.refund_minor, p.currency))
        self.refund_hint.setText(
            f"{p.currency} · default: what the buyer paid for the cancelled items"
        )
        skus = sorted({line.sku for line in p.lines if line.quantity})
        self.zero_stock.setText(
            "Also set the available stock of " + ", ".join(skus) + " to zero, so it is not "
            "oversold again"
        )
        self.zero_stock.setVisible(code == NO_INVENTORY)
        self.reason.set_warning(p.warning if code else None)
        self.rate.setText(market_rate_text(p))
        self.forecast.show_preview(p, code)
        show_warnings(self.sku_warning, p.same_sku_warnings)
        if code:
            self.message.set_default(p.buyer_message)
        self._validate(chosen=chosen)

    def _validate(self, *_args: object, chosen: bool | None = None) -> bool:
        if chosen is None:
            chosen = any(s.value() for s in self.qty.values())
        problem = ""
        if not chosen:
            problem = "Choose at least one unit to cancel."
        elif self.reason.code() is None:
            problem = "Choose a reason."
        elif self._refund_edited and self._parse(self.refund.text()) is None:
            problem = "The refund is not an amount."
        elif self.cost.text().strip() and self._parse(self.cost.text()) is None:
            problem = "The cost is not an amount."
        self.problem.setText(problem)
        ok = not problem and self.preview is not None and self.preview.decision.allowed
        self.confirm_button.setEnabled(ok)
        return ok

    def _parse(self, text: str) -> int | None:
        currency = self.preview.currency if self.preview else "USD"
        try:
            value = parse_minor(text or "0", currency)
        except ValueError:
            return None
        return value if value >= 0 else None

    def _show_banner(self, kind: str, text: str) -> None:
        self.banner.setStyleSheet(banner_css(kind))
        self.banner.setText(text)

    # --- acting ------------------------------------------------------------------------------
    def confirm(self) -> None:
        if not self._validate() or self.preview is None:
            return
        req = self._request(version=self.preview.version)
        try:
            with self._db.transaction() as session:
                outcome = cancel_order(session, self._ctx, req)
        except StaleOrder as error:
            self.changed.emit(self._order_id)
            self._refund_edited = False
            self.load()
            self._show_banner("danger", str(error))
            return
        except DomainError as error:
            self._show_banner("danger", str(error))
            return
        except Exception as error:
            self._notify(self, "Seller Desk", describe(error), error=True)
            raise
        self.changed.emit(self._order_id)
        self.cancelled.emit(outcome)
        self.accept()

    def _take_path(self) -> None:
        if self.preview is None:
            return
        path = self.preview.decision.path
        note = self.path_note.text().strip()
        try:
            with self._db.transaction() as session:
                if path is Path.ASK_AMAZON:
                    ask_amazon(session, self._ctx, self._order_id, note)
                    done = (
                        "Your request to Amazon is recorded. Amazon decides; the outcome shows "
                        "in the next order report."
                    )
                else:
                    ret = start_return(session, self._ctx, self._order_id, reason=note)
                    done = (
                        "A return and refund of "
                        f"{fmt.money(ret.refund_minor, ret.currency)} is started; "
                        "follow it on the Returns page."
                    )
        except DomainError as error:
            self._show_banner("danger", str(error))
            return
        self.changed.emit(self._order_id)
        self._show_banner("ok", done)
        self.path_button.setEnabled(False)
        self.path_note.setEnabled(False)


_PATH_HELP = {
    Path.RETURN_REFUND: (
        "This starts a return of every shipped item, with a refund of what the buyer paid for "
        "them. Mark it received on the Returns page when the goods are back."
    ),
    Path.ASK_AMAZON: (
        "Seller Desk records that you asked Amazon to cancel (do it in Seller Central too). "
        "Whether Amazon cancels shows in the next order report; it never counts against you."
    ),
}


def outcome_text(outcome: CancelOutcome) -> str:
    counted = "counts against you" if outcome.counted else "does not count against you"
    return (
        f"Order {outcome.order_id} is {outcome.status.label.lower()}; refund "
        f"{fmt.money(outcome.refund_minor, outcome.currency)}; it {counted}."
    )


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
