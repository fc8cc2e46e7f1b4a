"""The cancellation dialog for one order. It asks the policy (through the services) and shows:
whether cancelling is allowed now and, when not, a button for the right path; the items with
quantities; the reason with its description and the counted warning; restock per item; the
refund, cost and note; the 7-day rate before and after; the same-SKU warning; the message to
the buyer. Confirm applies it through ``services.cancellation.cancel_order``.

Nothing here blocks: the dialog is opened with ``open()`` and reports through signals.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
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
from desktop_app.core.reasons import BUYER_CANCELED, NO_INVENTORY, restock_default
from desktop_app.core.shipping import amazon_takes_returns
from desktop_app.core.status import Channel
from desktop_app.services.cancellation import (
    CancelOutcome,
    CancelPreview,
    CancelRequest,
    cancel_order,
    preview_cancel,
)
from desktop_app.services.context import Context
from desktop_app.services.requests import ask_amazon
from desktop_app.services.returns import ReturnPreview, preview_return, start_return
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
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.errors import Notify, describe, message_box, report
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.orders.model import channel_text
from desktop_app.ui.plain import plain_label, tip
from desktop_app.ui.style import Tone, set_banner, set_role, set_tone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database

PREVIEW_DELAY_MS = 150  # the pause after the seller's last change before previewing again
PREVIEW_REASON = "GeneralAdjustment"  # used for the preview until the seller picks a reason
QTY, SKU, PRODUCT, OPEN, REFUND, RESTOCK = range(6)


class CancelDialog(QDialog):
    """``cancelled(outcome)`` after a confirmed cancel; ``changed(order_id)`` whenever the
    order changed in the database (cancelled, a path taken, or found stale)."""

    cancelled = Signal(object)
    changed = Signal(str)
    previewed = Signal()  # a fresh preview is shown (after the seller's changes)

    def __init__(
        self,
        db: Database,
        order_id: str,
        ctx: Context,
        *,
        notify: Notify = message_box,
        operations: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self._db = db
        # the window's one write path; a dialog opened on its own gets its own
        self._ops = operations or Operations(lambda error: report(self, error, notify), parent=self)
        self._order_id = order_id
        # the reason a preview uses until the seller picks one: one the marketplace offers
        self._preview_reason = PREVIEW_REASON
        self._ctx = ctx
        self._notify = notify
        self.preview: CancelPreview | None = None
        self._pending = False  # a preview is waiting for the pause or running
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self._preview_in_background)
        self.return_plan: ReturnPreview | None = None
        self._confirming_return = False
        self._refund_edited = False
        self._updating = False
        self.setWindowTitle(self.tr("Cancel order {order_id}").format(order_id=order_id))
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        self.title = plain_label()  # the order id comes from a file
        set_role(self.title, "title")
        layout.addWidget(self.title)
        self.banner = plain_label()  # the decision may quote the buyer's reason
        self.banner.setObjectName("decisionBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        path_row = QHBoxLayout()
        self.path_note = QLineEdit()
        self.path_note.setPlaceholderText(self.tr("Note (optional)"))
        self.path_note.setAccessibleName(self.tr("Note"))
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
        set_role(self.path_help, "hint")
        path_column.addWidget(self.path_help)
        path_column.addLayout(path_row)
        layout.addWidget(self.path_box)

        self.editor = QWidget()
        edit = QVBoxLayout(self.editor)
        edit.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)

        edit.addWidget(QLabel(self.tr("<b>Items to cancel</b>")))
        self.items = QTableWidget(0, 6)
        self.items.setObjectName("cancelItems")
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Cancel"),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Not shipped"),
                self.tr("Refund"),
                self.tr("Restock"),
            ]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setAccessibleName(self.tr("Items to cancel"))
        # nothing to select in the table itself: Tab goes through its spin and check boxes
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setTabKeyNavigation(False)
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
        reason_label = QLabel(self.tr("Reason:"))
        reason_label.setBuddy(self.reason.combo)
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
        self.refund.setAccessibleName(self.tr("Refund"))
        self.refund.textEdited.connect(self._refund_typed)
        self.refund_hint = QLabel()
        set_role(self.refund_hint, "hint")
        self.cost = QLineEdit("0")
        self.cost.setObjectName("cost")
        self.cost.setMaximumWidth(100)
        self.cost.setAccessibleName(self.tr("Cost to you"))
        self.cost.setToolTip(
            self.tr("What this cancellation cost you (postage bought, fees), if anything")
        )
        self.cost.textEdited.connect(self._validate)
        money_row.addWidget(self.refund)
        money_row.addWidget(self.refund_hint)
        money_row.addSpacing(16)
        money_row.addWidget(QLabel(self.tr("Cost to you:")))
        money_row.addWidget(self.cost)
        money_row.addStretch(1)
        form.addRow(self.tr("Refund:"), money_row)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("For your records (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note:"), self.note)
        edit.addLayout(form)

        self.rate = banner("info", "rateEffect")
        edit.addWidget(self.rate)
        self.forecast = ForecastLine()
        edit.addWidget(self.forecast)
        self.sku_warning = banner("warning", "skuWarning")
        edit.addWidget(self.sku_warning)

        edit.addWidget(QLabel(self.tr("<b>Message to the buyer</b>")))
        self.message = BuyerMessage()
        edit.addWidget(self.message)

        self.problem = plain_label()
        self.problem.setObjectName("inputProblem")
        set_tone(self.problem, "danger")
        layout.addWidget(self.problem)

        buttons = ConfirmButtons(
            self.tr("Close"), self.tr("Cancel order"), self.reject, self.confirm
        )
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
        if not preview.profile.offers(self._preview_reason):  # e.g. Walmart: no "General"
            self._preview_reason = preview.profile.reason_rules[0].code
            preview = self._preview(fresh=True) or preview
        self._build_items(preview)
        path = preview.decision.path
        if path is Path.ANSWER_REQUEST:
            self._updating = True
            self.reason.choose(BUYER_CANCELED)
            self._updating = False
            self.reason.combo.setEnabled(False)
            preview = self._preview(fresh=True) or preview  # with its reason's message
        else:
            self.reason.combo.setEnabled(True)
        self._generation += 1  # a preview still running describes the order before this read
        self._pending = False
        self._show(preview, any(s.value() for s in self.qty.values()))

    def _request(self, *, fresh: bool = False, version: int | None = None) -> CancelRequest:
        code = self.reason.code() or self._preview_reason
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
            self._show_banner("danger", describe(error))
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
            spin.setSuffix(self.tr(" of {count}").format(count=line.open_quantity))
            spin.setMinimumWidth(84)
            spin.setEnabled(line.open_quantity > 0)
            spin.setAccessibleName(self.tr("Units of %1 to cancel").replace("%1", line.sku))
            spin.valueChanged.connect(self._update)
            self.qty[line.item_pk] = spin
            self.items.setCellWidget(row, QTY, spin)
            box = QCheckBox()
            box.setChecked(line.restock)
            box.setToolTip(self.tr("Put the cancelled units back in stock"))
            box.setAccessibleName(self.tr("Restock %1").replace("%1", line.sku))
            box.toggled.connect(self._update)
            self.restock[line.item_pk] = box
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(8, 0, 8, 0)
            holder_layout.addWidget(box)
            self.items.setCellWidget(row, RESTOCK, holder)
            self.items.setItem(row, SKU, QTableWidgetItem(line.sku))
            name = QTableWidgetItem(
                line.product_name + (self.tr("  (customised)") if line.customised else "")
            )
            name.setToolTip(tip(line.product_name))
            self.items.setItem(row, PRODUCT, name)
            self.items.setItem(row, OPEN, _right(str(line.open_quantity)))
            self.items.setItem(row, REFUND, _right(""))
        self._set_tab_order()
        rows = max(len(preview.lines), 1)
        self.items.setFixedHeight(self.items.horizontalHeader().height() + 34 * min(rows, 5) + 4)
        for row in range(self.items.rowCount()):
            self.items.setRowHeight(row, 34)
        self._updating = False

    def _set_tab_order(self) -> None:
        """Tab follows the decisions: from the reason (the opening focus) through each item's
        quantity and restock box, the money, the note and the message, to the buttons."""
        chain: list[QWidget] = [self.path_note, self.path_button, self.reason.combo]
        for pk, spin in self.qty.items():
            chain += [spin, self.restock[pk]]
        chain += [self.zero_stock, self.refund, self.cost, self.note, self.message.edit]
        chain += [self.message.copy_button, self.close_button, self.confirm_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- reacting ----------------------------------------------------------------------------
    def _reason_changed(self) -> None:
        """A new reason: restock defaults (core's rule, no query) and the buyer message
        follow it."""
        if self.preview is None or self._updating:
            return
        code = self.reason.code() or self._preview_reason
        self._updating = True
        for line in self.preview.lines:
            if line.item_pk in self.restock:
                self.restock[line.item_pk].setChecked(
                    restock_default(code, customised=line.customised)
                )
        self._updating = False
        self.zero_stock.setVisible(code == NO_INVENTORY)
        self._update()

    def _refund_typed(self) -> None:
        self._refund_edited = True
        self._validate()

    def _update(self) -> None:
        """The seller changed something: preview again once they pause (a spin box clicked
        five times is one query), off the GUI thread."""
        if self._updating or self.preview is None:
            return
        self._pending = True
        self._debounce.start()

    def _preview_in_background(self) -> None:
        preview = self.preview
        if preview is None:
            return
        chosen = any(s.value() for s in self.qty.values())
        if not (preview.decision.allowed and chosen):
            self._pending = False
            self._show(preview, chosen)
            self.previewed.emit()
            return
        req = self._request()
        db, now = self._db, self._ctx.now()
        self._generation += 1
        generation = self._generation

        def work(_progress: Progress) -> CancelPreview:
            with db.reading() as session:
                return preview_cancel(session, req, now)

        def done(fresh: CancelPreview) -> None:
            if generation != self._generation:
                return  # the seller changed something since: a newer preview is coming
            self._pending = False
            self.preview = fresh
            self._show(fresh, any(s.value() for s in self.qty.values()))
            self.previewed.emit()

        def refused(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending = False
            if not isinstance(error, DomainError):
                raise error
            self._show_banner("danger", describe(error))
            self.confirm_button.setEnabled(False)
            self.previewed.emit()

        self._ops.run(work, done, refused, label=self.tr("Checking…"))

    @property
    def settled(self) -> bool:
        """No preview waiting or running (what the dialog shows is up to date)."""
        return not self._pending

    def _show(self, p: CancelPreview, chosen: bool) -> None:
        d = p.decision
        self.title.setText(
            self.tr("{marketplace} order {order_id} · {status} · {channel}").format(
                marketplace=p.profile.name,
                order_id=p.order_id,
                status=tx(p.status.label),
                channel=channel_text(p.channel),
            )
        )
        code = self.reason.code()
        if d.path is Path.ANSWER_REQUEST:
            self._show_banner("info", tx(d.why) + self.tr(" The reason is “Buyer cancelled”."))
        elif d.allowed:
            self._show_banner("ok", tx(d.why))
        else:  # refused: not an error, another path
            self._show_banner("warning", tx(d.why))
        refused = not d.allowed
        amazon_returns = d.path is Path.RETURN_REFUND and p.channel is Channel.AFN
        if amazon_returns:
            self._show_banner("warning", tx(amazon_takes_returns(p.order_id)))
        self.editor.setVisible(not refused)
        self.path_box.setVisible(
            refused and d.path in (Path.ASK_AMAZON, Path.RETURN_REFUND) and not amazon_returns
        )
        if refused:
            self._confirming_return = False
            self.path_button.setText(tx(p.profile.action_label(d.path)))
            self.path_help.setText(self._path_help(d.path))
            self.path_note.setPlaceholderText(
                self.tr("Note to Amazon (optional)")
                if d.path is Path.ASK_AMAZON
                else self.tr("Return reason (optional)")
            )
            self.path_note.setAccessibleName(
                self.tr("Note to Amazon") if d.path is Path.ASK_AMAZON else self.tr("Return reason")
            )
            self.confirm_button.setVisible(False)
            self.close_button.setText(self.tr("Close"))
            self.problem.setText("")
            return
        self.confirm_button.setVisible(True)
        self.confirm_button.setText(tx(d.path.action_label))
        self.close_button.setText(self.tr("Keep order"))
        for row, line in enumerate(p.lines):
            item = self.items.item(row, REFUND)
            if item is not None:
                item.setText(fmt.money(line.refund_minor, p.currency) if line.quantity else "")
        if not self._refund_edited:
            # the locale's decimal mark: "53,14" in a German window
            point = QLocale().decimalPoint()
            self.refund.setText(to_decimal_str(p.refund_minor, p.currency).replace(".", point))
        self.refund_hint.setText(
            self.tr("{currency} · default: what the buyer paid for the cancelled items").format(
                currency=p.currency
            )
        )
        skus = sorted({line.sku for line in p.lines if line.quantity})
        self.zero_stock.setText(
            self.tr(
                "Also set the available stock of {skus} to zero, so it is not oversold again"
            ).format(skus=", ".join(skus))
        )
        self.zero_stock.setVisible(code == NO_INVENTORY)
        self.reason.set_warning(tx(p.warning) if code and p.warning else None)
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
            problem = self.tr("Choose at least one unit to cancel.")
        elif self.reason.code() is None:
            problem = self.tr("Choose a reason.")
        elif self._refund_edited and self._parse(self.refund.text()) is None:
            problem = self.tr("The refund is not an amount.")
        elif self.cost.text().strip() and self._parse(self.cost.text()) is None:
            problem = self.tr("The cost is not an amount.")
        self.problem.setText(problem)
        ok = not problem and self.preview is not None and self.preview.decision.allowed
        self.confirm_button.setEnabled(ok)
        return ok

    def _parse(self, text: str) -> int | None:
        """An amount as the window's locale writes it ("53,14" in German), or the other way
        ("53.14") when that is the only way it reads."""
        currency = self.preview.currency if self.preview else "USD"
        comma = QLocale().decimalPoint() == ","
        for decimal_comma in (comma, not comma):
            try:
                value = parse_minor(text or "0", currency, decimal_comma=decimal_comma)
            except ValueError:
                continue
            return value if value >= 0 else None
        return None

    def _show_banner(self, kind: Tone, text: str) -> None:
        set_banner(self.banner, kind)
        self.banner.setText(text)

    # --- acting ------------------------------------------------------------------------------
    def confirm(self) -> None:
        if not self._validate() or self.preview is None:
            return
        req = self._request(version=self.preview.version)
        ctx = self._ctx

        def cancel(session: Session) -> CancelOutcome:
            return cancel_order(session, ctx, req)

        def done(outcome: CancelOutcome) -> None:
            self.changed.emit(self._order_id)
            self.cancelled.emit(outcome)
            self.accept()

        def refused(error: DomainError) -> None:
            if isinstance(error, StaleOrder):
                self.changed.emit(self._order_id)
                self._refund_edited = False
                self.load()
            else:
                self._validate()
            self._show_banner("danger", describe(error))

        self.confirm_button.setEnabled(False)
        self._ops.write(
            self._db, cancel, done, refused=refused, label=self.tr("Cancelling…"), what="cancel"
        )

    def _path_help(self, path: Path) -> str:
        if path is not Path.RETURN_REFUND:
            return self.tr(_PATH_HELP[path]) if path in _PATH_HELP else ""
        try:
            with self._db.reading() as session:
                plan = preview_return(session, self._order_id)
        except DomainError as error:
            self.path_button.setEnabled(False)
            return describe(error)
        self.return_plan = plan
        return self.tr(
            "This starts a return of %n shipped unit(s) with a refund of "
            "{refund} (what the buyer paid for them). "
            "A return does not change your cancellation rate. Mark it received on the Returns "
            "page when the goods are back.",
            "",
            plan.units,
        ).format(refund=fmt.money(plan.refund_minor, plan.currency))

    def _take_path(self) -> None:
        if self.preview is None:
            return
        path = self.preview.decision.path
        if path is Path.RETURN_REFUND and not self._confirming_return:
            plan = self.return_plan
            refund = fmt.money(plan.refund_minor, plan.currency) if plan else ""
            self._confirming_return = True
            self.path_button.setText(
                self.tr("Confirm return and refund of {refund}").format(refund=refund)
            )
            self._show_banner(
                "warning",
                self.tr("Start a return and refund of {refund}? Click again to confirm.").format(
                    refund=refund
                ),
            )
            return
        note = self.path_note.text().strip()
        ctx, order_id = self._ctx, self._order_id

        def take(session: Session) -> str:
            if path is Path.ASK_AMAZON:
                ask_amazon(session, ctx, order_id, note)
                return self.tr(
                    "Your request to Amazon is recorded. Amazon decides; the outcome shows "
                    "in the next order report."
                )
            ret = start_return(session, ctx, order_id, reason=note)
            return self.tr(
                "A return and refund of {refund} is started; follow it on the Returns page."
            ).format(refund=fmt.money(ret.refund_minor, ret.currency))

        def done(text: str) -> None:
            self.changed.emit(self._order_id)
            self._show_banner("ok", text)
            self.path_note.setEnabled(False)

        def refused(error: DomainError) -> None:
            self._show_banner("danger", describe(error))
            self.path_button.setEnabled(True)

        self.path_button.setEnabled(False)
        self._ops.write(
            self._db, take, done, refused=refused, label=self.tr("Saving…"), what=path.value
        )


_PATH_HELP = {
    Path.ASK_AMAZON: QT_TRANSLATE_NOOP(
        "CancelDialog",
        "Seller Desk records that you asked Amazon to cancel (do it in Seller Central too). "
        "Whether Amazon cancels shows in the next order report; it never counts against you.",
    ),
}


def outcome_text(outcome: CancelOutcome) -> str:
    text = (
        QCoreApplication.translate(
            "CancelDialog", "Order {order_id} is {status}; refund {refund}; it counts against you."
        )
        if outcome.counted
        else QCoreApplication.translate(
            "CancelDialog",
            "Order {order_id} is {status}; refund {refund}; it does not count against you.",
        )
    )
    return text.format(
        order_id=outcome.order_id,
        status=tx(outcome.status.label.lower()),
        refund=fmt.money(outcome.refund_minor, outcome.currency),
    )


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
