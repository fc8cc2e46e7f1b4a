"""The order details pane: items, totals, ship-by, the buyer's request, the order's history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.clock import utcnow
from desktop_app.core.policy import Path
from desktop_app.core.reasons import reason
from desktop_app.core.ship_by import Urgency, countdown
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.ui import format as fmt
from desktop_app.ui.domain_colours import STATUS_COLOURS
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.orders.model import channel_text
from desktop_app.ui.plain import esc, fit_width, plain_label, tip
from desktop_app.ui.ship_by_text import countdown_colour, countdown_text
from desktop_app.ui.style import colour as style_colour
from desktop_app.ui.style import set_banner, set_role

if TYPE_CHECKING:
    from desktop_app.db.database import Database


@dataclass(frozen=True)
class ItemLine:
    sku: str
    product_name: str
    quantity: int
    shipped: int
    cancelled: int
    status: str
    paid_minor: int


@dataclass(frozen=True)
class DetailView:
    """A plain copy of one order, made inside the session (nothing lazy left to load)."""

    order_id: str
    version: int
    status: OrderStatus
    channel: Channel
    purchase_date: datetime
    ship_by: datetime | None
    shipped_at: datetime | None
    marketplace: str
    ship_to: str
    currency: str
    total_minor: int
    items: list[ItemLine]
    open_request: tuple[datetime, str] | None
    cancellations: list[str]
    returns: list[str]
    amazon_requests: list[str]
    history: list[tuple[datetime, str, str]]
    path: Path


def load_detail(db: Database, order_id: str) -> DetailView:
    # not at the top: the services behind the details are not needed for the first rows
    from desktop_app.services.cancellation import path_of
    from desktop_app.services.orders import get_order

    with db.reading() as session:
        detail = get_order(session, order_id)
        order = detail.order
        currency = order.currency
        req = detail.open_request
        return DetailView(
            order_id=order.order_id,
            version=order.version,
            status=OrderStatus(order.status),
            channel=Channel(order.channel),
            purchase_date=order.purchase_date,
            ship_by=order.latest_ship_date,
            shipped_at=order.shipped_at,
            marketplace=order.marketplace,
            ship_to=", ".join(p for p in (order.ship_city, order.ship_country) if p),
            currency=currency,
            total_minor=order.total_minor,
            items=[
                ItemLine(
                    i.sku,
                    i.product_name,
                    i.quantity,
                    i.quantity_shipped,
                    i.quantity_cancelled,
                    i.status,
                    i.paid_minor,
                )
                for i in detail.items
            ],
            open_request=(req.requested_at, req.reason) if req is not None else None,
            cancellations=[
                (
                    QCoreApplication.translate(
                        "OrderDetails", "{reason}: refund {amount}; counts against you"
                    )
                    if c.counted
                    else QCoreApplication.translate(
                        "OrderDetails", "{reason}: refund {amount}; not counted"
                    )
                ).format(
                    reason=_reason_label(c.reason_code),
                    amount=fmt.money(c.refund_minor, c.currency),
                )
                for c in detail.cancellations
            ],
            returns=[
                (
                    QCoreApplication.translate(
                        "OrderDetails", "Return {state}: refund {amount}; restocked"
                    )
                    if r.restocked
                    else QCoreApplication.translate(
                        "OrderDetails", "Return {state}: refund {amount}"
                    )
                ).format(state=_return_state(r.state), amount=fmt.money(r.refund_minor, r.currency))
                for r in detail.returns
            ],
            amazon_requests=[
                QCoreApplication.translate(
                    "OrderDetails", "Asked Amazon to cancel ({state})"
                ).format(state=a.state)
                for a in detail.amazon_requests
            ],
            history=[(h.at, h.actor, h.summary) for h in detail.history],
            path=path_of(session, order_id),
        )


def _wrap_rows(tree: QTreeWidget, column: int) -> None:
    """Give each row the height its ``column``'s words need at the column's width (a tree
    view measures rows once, before its columns have their width)."""
    metrics = tree.fontMetrics()
    room = QRect(0, 0, max(tree.columnWidth(column) - 8, 20), 10_000)
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        if item is None:
            continue
        words = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(column))
        item.setSizeHint(column, QSize(0, words.height() + 6))
    tree.doItemsLayout()


def _item_state(line: ItemLine) -> str:
    open_units = line.quantity - line.shipped - line.cancelled
    parts = [
        QCoreApplication.translate("OrderDetails", word).format(count=count)
        for count, word in (
            (open_units, QT_TRANSLATE_NOOP("OrderDetails", "{count} to ship")),
            (line.shipped, QT_TRANSLATE_NOOP("OrderDetails", "{count} shipped")),
            (line.cancelled, QT_TRANSLATE_NOOP("OrderDetails", "{count} cancelled")),
        )
        if count
    ]
    return ", ".join(parts) or "—"


def _reason_label(code: str) -> str:
    try:
        return tx(reason(code).label)
    except ValueError:
        return code


def _return_state(state: str) -> str:
    words = {
        "started": QT_TRANSLATE_NOOP("OrderDetails", "started"),
        "received": QT_TRANSLATE_NOOP("OrderDetails", "received"),
    }
    return QCoreApplication.translate("OrderDetails", words[state]) if state in words else state


class OrderDetailsPane(QWidget):
    """Shows one order. ``actionRequested(action, order_id)``: 'cancel', 'ship', 'return'."""

    actionRequested = Signal(str, str)

    def __init__(
        self,
        zone: tzinfo,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._clock = clock
        self.view: DetailView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        # wraps rather than cut off in a narrow pane
        self.title = fit_width(plain_label(self.tr("Select an order to see its details.")))
        self.title.setObjectName("detailsTitle")
        set_role(self.title, "title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)

        self.request_banner = fit_width(plain_label())  # the buyer's own words
        set_banner(self.request_banner, "warning")
        self.request_banner.setVisible(False)
        layout.addWidget(self.request_banner)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fields: dict[str, QLabel] = {}
        for key in FIELDS:
            label = QLabel() if key == "Status" else fit_width(plain_label())  # Status: markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            self.form.addRow(self.tr("{field}:").format(field=self.tr(key)), label)
        layout.addLayout(self.form)

        self.items = QTreeWidget()
        self.items.setRootIsDecorated(False)
        self.items.setAccessibleName(self.tr("Items"))
        self.items.setHeaderLabels(
            [self.tr("Item"), self.tr("Qty"), self.tr("State"), self.tr("Paid")]
        )
        self.items.header().setStretchLastSection(False)
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(60)
        self.items.setMaximumHeight(170)
        self._refit = QTimer(self)  # once the widths have settled
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_items)
        self.items.header().sectionResized.connect(lambda *_: self._refit.start())
        layout.addWidget(QLabel(self.tr("<b>Items</b>")))
        layout.addWidget(self.items)

        self.events = fit_width(plain_label())  # reasons, notes: the seller's, the buyer's
        layout.addWidget(self.events)
        self.relabel = QPushButton(self.tr("Re-label cancellation…"))
        self.relabel.setToolTip(
            self.tr("Say whether the buyer asked through Amazon or it was yours")
        )
        self.relabel.clicked.connect(lambda: self._request("relabel"))
        self.relabel.setVisible(False)
        layout.addWidget(self.relabel)

        buttons = QHBoxLayout()
        self.primary = QPushButton(self.tr("Cancel order…"))
        self.primary.setObjectName("detailsPrimary")
        self.primary.clicked.connect(self._primary_clicked)
        self.ship = QPushButton(self.tr("Mark shipped"))
        self.ship.clicked.connect(lambda: self._request("ship"))
        buttons.addWidget(self.primary)
        buttons.addWidget(self.ship)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.history.setWordWrap(True)
        self.history.header().setStretchLastSection(True)
        self.history.setMinimumHeight(120)
        self.history.header().sectionResized.connect(lambda *_: self._refit.start())
        layout.addWidget(self.history, 1)
        self.show_view(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()

    def _fit_items(self) -> None:
        """Long product names and history lines wrap in a narrow pane (rows measured again at
        the new width) rather than being cut off with "…"; the items list is as tall as its
        rows, up to 170 px."""
        _wrap_rows(self.items, 0)
        _wrap_rows(self.history, 2)
        rows = 0
        for n in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(n)
            rows += self.items.visualItemRect(item).height() if item is not None else 0
        self.items.setFixedHeight(min(self.items.header().height() + max(rows, 40) + 6, 170))

    def set_zone(self, zone: tzinfo) -> None:
        """The shop's time zone changed."""
        self._zone = zone
        if self.view is not None:
            self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the status dot's colour is written into the text, so write it again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            self.show_view(self.view)

    def show_view(self, view: DetailView | None) -> None:
        self.view = view
        has = view is not None
        for widget in (self.items, self.history, self.primary, self.ship):
            widget.setEnabled(has)
        self.items.clear()
        self.history.clear()
        if view is None:
            self.title.setText(self.tr("Select an order to see its details."))
            self.request_banner.setVisible(False)
            self.events.setText("")
            self.relabel.setVisible(False)
            for label in self.fields.values():
                label.setText("")
            self.primary.setText(self.tr("Cancel order…"))
            return
        self.title.setText(self.tr("Order {order_id}").format(order_id=view.order_id))
        colour = style_colour(STATUS_COLOURS[view.status])
        self.fields["Status"].setText(
            f"<span style='color:{colour}'>●</span> {esc(tx(view.status.label))}"
        )
        self.fields["Purchased"].setText(fmt.local_time(view.purchase_date, self._zone))
        self.fields["Channel"].setText(channel_text(view.channel))
        self.fields["Marketplace"].setText(view.marketplace)
        self._show_ship_by(view)
        self.fields["Ship to"].setText(view.ship_to or "—")
        units = sum(i.quantity for i in view.items)
        total = fmt.money(view.total_minor, view.currency)
        self.fields["Total"].setText(
            self.tr("{total} for %n unit(s)", "", units).format(total=total)
        )
        if view.open_request is not None:
            at, why = view.open_request
            when = fmt.local_time(at, self._zone)
            self.request_banner.setText(
                self.tr(
                    "The buyer asked to cancel on {at}: “{why}”. "
                    "Accepting it does not count against you."
                ).format(at=when, why=why)
                if why
                else self.tr(
                    "The buyer asked to cancel on {at}. Accepting it does not count against you."
                ).format(at=when)
            )
        self.request_banner.setVisible(view.open_request is not None)
        for line in view.items:
            item = QTreeWidgetItem(
                [
                    f"{line.product_name}\n{line.sku}",
                    str(line.quantity),
                    _item_state(line),
                    fmt.money(line.paid_minor, view.currency),
                ]
            )
            item.setToolTip(0, tip(f"{line.product_name} ({line.sku})"))
            top = Qt.AlignmentFlag.AlignTop
            for column in (1, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | top)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignLeft | top)
            self.items.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.items.resizeColumnToContents(column)
        self._fit_items()
        self.events.setText("\n".join(view.cancellations + view.returns + view.amazon_requests))
        self.events.setVisible(bool(self.events.text()))
        self.relabel.setVisible(bool(view.cancellations))
        for at, actor, summary in reversed(view.history):
            row = QTreeWidgetItem([fmt.local_time(at, self._zone), actor, summary])
            row.setToolTip(2, tip(summary))
            for column in (0, 1, 2):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.history.addTopLevelItem(row)
        if not view.history:
            self.history.addTopLevelItem(
                QTreeWidgetItem(["", "", self.tr("No changes recorded yet.")])
            )
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self._refit.start()  # the history's lines, once its columns have their widths
        self.primary.setText(self.tr(_PRIMARY[view.path]))
        self.primary.setEnabled(view.path is not Path.NONE)
        self.ship.setEnabled(view.status.is_open and view.channel is Channel.MFN)

    def _show_ship_by(self, view: DetailView) -> None:
        """The ship-by time and, while it is unshipped and seller-fulfilled, the countdown in
        its urgency's colour."""
        label = self.fields["Ship by"]
        ship_by = fmt.local_time(view.ship_by, self._zone) or "—"
        if view.shipped_at is not None:
            ship_by += self.tr(" (shipped {at})").format(
                at=fmt.local_time(view.shipped_at, self._zone)
            )
        left = countdown(view.ship_by, view.channel, view.status, self._clock())
        palette = self.palette()
        if left is not None:
            ship_by = self.tr("%1 · %2").replace("%1", countdown_text(left)).replace("%2", ship_by)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(countdown_colour(left)))
        label.setPalette(palette)
        font = label.font()
        font.setBold(left is not None and left.urgency is not Urgency.LATER)
        label.setFont(font)
        label.setText(ship_by)

    def _primary_clicked(self) -> None:
        self._request("cancel")

    def _request(self, action: str) -> None:
        if self.view is not None:
            self.actionRequested.emit(action, self.view.order_id)


_PRIMARY = {
    Path.CANCEL: QT_TRANSLATE_NOOP("OrderDetailsPane", "Cancel order…"),
    Path.ANSWER_REQUEST: QT_TRANSLATE_NOOP("OrderDetailsPane", "Answer buyer's request…"),
    Path.ASK_AMAZON: QT_TRANSLATE_NOOP("OrderDetailsPane", "Ask Amazon to cancel…"),
    Path.RETURN_REFUND: QT_TRANSLATE_NOOP("OrderDetailsPane", "Start return and refund…"),
    Path.NONE: QT_TRANSLATE_NOOP("OrderDetailsPane", "Already cancelled"),
}
# the detail fields, in order; the keys of ``OrderDetailsPane.fields``
FIELDS = (
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Status"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Purchased"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Channel"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Marketplace"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Ship by"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Ship to"),
    QT_TRANSLATE_NOOP("OrderDetailsPane", "Total"),
)
