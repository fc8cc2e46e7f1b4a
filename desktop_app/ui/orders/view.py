"""The Orders page: the filter bar, the windowed table and the details pane, and the actions a
seller expects on a row (right-click, double-click, the Cancel action)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import DomainError
from desktop_app.core.policy import Path
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.services.context import Context
from desktop_app.services.queries import OrderFilter, OrderRow
from desktop_app.ui.domain_text import tx
from desktop_app.ui.errors import Notify, describe, message_box
from desktop_app.ui.operations import Operations
from desktop_app.ui.orders import model as cols
from desktop_app.ui.orders.details import OrderDetailsPane, load_detail
from desktop_app.ui.orders.empty_hint import EmptyShopHint, shop_has_orders
from desktop_app.ui.orders.filters import FilterBar
from desktop_app.ui.orders.loading import Latest
from desktop_app.ui.orders.model import OrdersModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Database
    from desktop_app.ui.first_read import FirstPage

# Each column as wide as its longest usual text (measured in the window's font, so a larger
# font or a 150% screen still fits it); the widths of a 1366-pixel laptop's first view.
WIDEST_TEXT = {
    cols.ORDER_ID: "000-0000000-0000000",
    cols.PURCHASED: "2026-12-31 23:59",
    cols.STATUS: "Invoice unconfirmed",
    cols.CHANNEL: "Amazon (FBA)",
    cols.ITEMS: "000",
    cols.SKUS: "SKU-0000, SKU-0001",
    cols.TOTAL: "£0,000.00",
    cols.SHIP_BY: "2026-12-31 23:59",
    cols.REQUEST: "Open request",
    cols.MARKETPLACE: "Amazon.co.uk",
}


def translated_samples() -> dict[int, list[str]]:
    """The words of the worded columns in the window's language (German statuses are longer)."""
    request = QCoreApplication.translate("OrdersModel", "Open request")
    return {
        cols.STATUS: [tx(status.label) for status in OrderStatus],
        cols.CHANNEL: [cols.channel_text(channel) for channel in Channel],
        cols.REQUEST: [request],
    }


CELL_PADDING = 18  # the cell's margins and the sort arrow's room
ICON_ROOM = 20  # the status column's coloured dot
# What a seller who ships their own orders needs first, left to right: the rest follows.
FIRST_COLUMNS = (cols.ORDER_ID, cols.PURCHASED, cols.STATUS, cols.SHIP_BY, cols.TOTAL, cols.REQUEST)
DETAILS_WIDTH = 330  # the details pane's width by default (its buttons side by side)


class OrdersPage(QWidget):
    changed = Signal()  # something was written: the status bar and other pages refresh
    message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        db: Database,
        ctx: Context,
        zone: tzinfo,
        operations: Operations,
        settings: QSettings,
        *,
        notify: Notify = message_box,
        first: FirstPage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._ctx = ctx
        self._zone = zone
        self._ops = operations
        self._settings = settings
        self._notify = notify
        self.dialog: QDialog | None = None  # the dialog opened last (tests drive it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        self.filters = FilterBar(zone, clock=ctx.clock)
        layout.addWidget(self.filters)
        self.model = OrdersModel(db, zone, clock=ctx.clock, operations=operations, parent=self)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_details_window())
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure every row
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        samples = translated_samples()
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)  # an open request is written in bold
        for column, text in WIDEST_TEXT.items():
            words = max(
                [
                    text,
                    str(self.model.headerData(column, Qt.Orientation.Horizontal)),
                    *samples.get(column, []),
                ],
                key=metrics.horizontalAdvance,
            )
            room = ICON_ROOM if column == cols.STATUS else 0
            width = metrics.horizontalAdvance(words)
            if column == cols.REQUEST:
                width = max([width, *map(bold_metrics.horizontalAdvance, samples[column])])
            self.table.setColumnWidth(column, width + CELL_PADDING + room)
        header.setSortIndicator(cols.PURCHASED, Qt.SortOrder.DescendingOrder)
        # ship-by and total next to the status, and an open buyer request (more than the SKUs)
        for place, column in enumerate(FIRST_COLUMNS):
            header.moveSection(header.visualIndex(column), place)
        self.details = OrderDetailsPane(zone, clock=ctx.clock)
        self.details.actionRequested.connect(self._detail_action)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table ...
        self.splitter.setStretchFactor(1, 0)  # ... and the details keep their width
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1040, DETAILS_WIDTH])
        # an empty shop shows how to bring orders in instead of an empty table
        self.empty_hint = EmptyShopHint()
        self.importRequested = self.empty_hint.importRequested
        self.restoreRequested = self.empty_hint.restoreRequested
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty_hint)
        layout.addWidget(self.body, 1)

        self.restore_layout()
        self.model.countChanged.connect(self.filters.set_count)
        self.model.countChanged.connect(self._show_hint_when_empty)
        self.filters.changed.connect(self.set_filter)
        # The first (and only) load: sorting by the header's indicator (purchase date, newest
        # first, unless the seller left it elsewhere) with the filter bar's empty filter; the
        # rows read while the shop opened when they are what it asks for.
        if first is not None and first.page_size == self.model.page_size:
            self.model.loader.preload(first.wanted, (first.count, first.rows))
        self.table.setSortingEnabled(True)
        self._details_loader = Latest(operations)  # the order selected last wins
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_current(background=True)
        )
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit()
        )

    selectionChanged = Signal()

    def _show_hint_when_empty(self, count: int) -> None:
        empty = count == 0 and not shop_has_orders(self._db)
        self.body.setCurrentWidget(self.empty_hint if empty else self.splitter)
        self.filters.setVisible(not empty)

    @property
    def shows_empty_hint(self) -> bool:
        return self.body.currentWidget() is self.empty_hint

    # --- layout kept between runs ------------------------------------------------------------
    def restore_layout(self) -> None:
        header = self._settings.value("orders/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        splitter = self._settings.value("orders/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._settings.setValue("orders/header", self.table.horizontalHeader().saveState())
        self._settings.setValue("orders/splitter", self.splitter.saveState())

    # --- what is shown -----------------------------------------------------------------------
    def set_filter(self, flt: OrderFilter, *, background: bool = True) -> None:
        self.model.set_filter(flt, background=background)
        self.details.show_view(None)

    def show_cancelled_on(self, day: date) -> None:
        """From the health chart: the orders cancelled on that day."""
        self.filters.dates.setCurrentIndex(0)
        self.set_filter(replace(self.filters.current_filter(), cancelled_on=day))
        self.message.emit(
            self.tr("Orders with a cancellation on {day}").format(day=day.isoformat())
        )

    def refresh(self) -> None:
        self.model.refresh()
        self.show_current()

    def selected_rows(self) -> list[OrderRow]:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return self.model.rows(rows)

    def select_order(self, order_id: str) -> None:
        """Show one order (from another page): filter to it if it is not in view."""
        row = self.model.find_row(order_id)
        if row is None:
            self.set_filter(OrderFilter(order_ids=(order_id,)), background=False)
            self.message.emit(
                self.tr("Showing order {order_id}; clear the search to see all orders.").format(
                    order_id=order_id
                )
            )
            self.filters.search.blockSignals(True)
            self.filters.search.setText(order_id)
            self.filters.search.blockSignals(False)
            row = 0
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def show_current(self, *, background: bool = False) -> None:
        """The selected order in the details pane; ``background``: read off the GUI thread
        (a row selected), the newest selection winning."""
        index = self.table.selectionModel().currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self._details_loader.drop()
        if row is None:
            self.details.show_view(None)
            return
        if background:
            db, order_id = self._db, row.order_id
            self._details_loader.run(
                lambda: load_detail(db, order_id),
                self.details.show_view,
                self._detail_failed,
                label=self.tr("Reading the order…"),
            )
            return
        try:
            self.details.show_view(load_detail(self._db, row.order_id))
        except DomainError as error:
            self._detail_failed(error)

    def _detail_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self.details.show_view(None)
        self.message.emit(describe(error))

    def open_details_window(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Order {order_id}").format(order_id=rows[0].order_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(560, 640)
        pane = OrderDetailsPane(self._zone, dialog, clock=self._ctx.clock)
        pane.show_view(load_detail(self._db, rows[0].order_id))
        pane.actionRequested.connect(self._detail_action)
        QVBoxLayout(dialog).addWidget(pane)
        self.dialog = dialog
        dialog.show()

    # --- actions -----------------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        menu = self.build_menu(rows)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def build_menu(self, rows: list[OrderRow]) -> QMenu:
        menu = QMenu(self)
        one = len(rows) == 1
        if one:
            menu.addAction(self.tr("Open order"), self.open_details_window)
            path = self.details.view.path if self.details.view else Path.CANCEL
            label = {
                Path.ANSWER_REQUEST: self.tr("Answer buyer's request…"),
                Path.ASK_AMAZON: self.tr("Ask Amazon to cancel…"),
                Path.RETURN_REFUND: self.tr("Start return and refund…"),
            }.get(path, self.tr("Cancel order…"))
            menu.addAction(label, self.cancel_selected)
            ship = menu.addAction(self.tr("Mark shipped"), self.ship_selected)
            ship.setEnabled(rows[0].status.is_open and rows[0].channel.value == "MFN")
        else:
            menu.addAction(self.tr("Cancel %n orders…", "", len(rows)), self.cancel_selected)
        menu.addAction(
            self.tr("Re-label cancellation…")
            if one
            else self.tr("Re-label %n cancellations…", "", len(rows)),
            lambda: self.open_relabel([r.order_id for r in rows]),
        )
        menu.addSeparator()
        copy = QAction(self.tr("Copy order id") if one else self.tr("Copy order ids"), menu)
        copy.triggered.connect(lambda: self.copy_ids(rows))
        menu.addAction(copy)
        return menu

    def copy_ids(self, rows: list[OrderRow]) -> None:
        QGuiApplication.clipboard().setText("\n".join(r.order_id for r in rows))

    def _detail_action(self, action: str, order_id: str) -> None:
        if action == "ship":
            self._ship(order_id)
        elif action == "relabel":
            self.open_relabel([order_id])
        else:
            self.open_cancel([order_id])

    def cancel_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_cancel([r.order_id for r in rows])

    def open_cancel(self, order_ids: list[str]) -> QDialog:
        # the dialogs (and the services behind them) are not loaded before the first rows
        from desktop_app.ui.dialogs.bulk_cancel import BulkCancelDialog
        from desktop_app.ui.dialogs.cancel import CancelDialog, outcome_text

        dialog: QDialog
        if len(order_ids) == 1:
            single = CancelDialog(
                self._db,
                order_ids[0],
                self._ctx,
                notify=self._notify,
                operations=self._ops,
                parent=self,
            )
            single.changed.connect(lambda _id: self._after_change())
            single.cancelled.connect(lambda outcome: self.message.emit(outcome_text(outcome)))
            dialog = single
        else:
            bulk = BulkCancelDialog(self._db, order_ids, self._ctx, self._ops, parent=self)
            bulk.changed.connect(self._after_change)
            dialog = bulk
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_relabel(self, order_ids: list[str]) -> QDialog:
        from desktop_app.ui.dialogs.relabel import RelabelDialog

        dialog = RelabelDialog(self._db, self._ctx, self._ops, order_ids, parent=self)
        dialog.finished_with.connect(self.message.emit)
        dialog.finished_with.connect(lambda _text: self._after_change())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_zone(self, zone: tzinfo) -> None:
        """The shop's zone changed: show times and filter days in the new one."""
        self._zone = zone
        self.filters.set_zone(zone)
        self.model.set_zone(zone)
        self.details.set_zone(zone)
        self.refresh()

    def ship_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._ship(rows[0].order_id)

    def _ship(self, order_id: str, decline_request: str | None = None) -> None:
        from desktop_app.core.shipping import OpenRequestFirst
        from desktop_app.services.orders import mark_shipped

        ctx = self._ctx

        def ship(session: Session) -> None:
            mark_shipped(session, ctx, order_id, decline_request=decline_request)

        def done(_none: None) -> None:
            self.message.emit(
                (
                    self.tr("Order {order_id} marked shipped; the buyer's request was declined.")
                    if decline_request
                    else self.tr("Order {order_id} marked shipped.")
                ).format(order_id=order_id)
            )
            self._after_change()

        def refused(error: DomainError) -> None:
            if isinstance(error, OpenRequestFirst):
                self._ask_to_decline(order_id)
                return
            self._notify(self, self.tr("Mark shipped"), describe(error), error=True)
            self._after_change()

        self._ops.write(
            self._db, ship, done, refused=refused, label=self.tr("Marking shipped…"), what="ship"
        )

    def _ask_to_decline(self, order_id: str) -> QDialog:
        from desktop_app.ui.dialogs.ship import DeclineAndShipDialog

        dialog = DeclineAndShipDialog(order_id, parent=self)
        dialog.decided.connect(lambda reason: self._ship(order_id, reason))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.refresh_in_background()
        self.changed.emit()

    def refresh_in_background(self) -> None:
        """After a write in this window: the count and the rows are read off the GUI thread
        (their places and the selection kept when the count holds), then the details."""
        if not self.model.refresh(then=lambda: self.show_current(background=True)):
            self.show_current()
