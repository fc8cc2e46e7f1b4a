"""The orders table: a window onto the orders the filter matches, never all of them.

Sorting and filtering happen in SQL (``services.queries``); the model knows only the count and
keeps a small cache of pages around the rows the seller looks at (at most ``max_pages`` pages).
A page is read from the nearest place the model knows: the table's start, its end (read in the
reverse order), or the edge row of a page it holds (keyset paging: the database seeks to that
row on the sort's index instead of walking every row before it). Scrolling through a million
rows costs what the distance scrolled costs, not the distance from the top.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop_app.core.clock import utcnow
from desktop_app.core.ship_by import Countdown, Urgency, countdown
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.services.queries import OrderFilter, OrderRow, SortKey, count_orders, list_orders
from desktop_app.ui import format as fmt
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.orders.loading import Loader
from desktop_app.ui.plain import tip
from desktop_app.ui.ship_by_text import countdown_colour, countdown_text, countdown_tip
from desktop_app.ui.style import WARNING, qcolour, status_icon

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex

ORDER_ID, PURCHASED, STATUS, CHANNEL, ITEMS, SKUS, TOTAL, SHIP_BY, REQUEST, MARKETPLACE = range(10)
HEADERS = {
    ORDER_ID: QT_TRANSLATE_NOOP("OrdersModel", "Order"),
    PURCHASED: QT_TRANSLATE_NOOP("OrdersModel", "Purchased"),
    STATUS: QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    CHANNEL: QT_TRANSLATE_NOOP("OrdersModel", "Channel"),
    ITEMS: QT_TRANSLATE_NOOP("OrdersModel", "Items"),
    SKUS: QT_TRANSLATE_NOOP("OrdersModel", "SKU(s)"),
    TOTAL: QT_TRANSLATE_NOOP("OrdersModel", "Total"),
    SHIP_BY: QT_TRANSLATE_NOOP("OrdersModel", "Ship by"),
    REQUEST: QT_TRANSLATE_NOOP("OrdersModel", "Buyer request"),
    MARKETPLACE: QT_TRANSLATE_NOOP("OrdersModel", "Marketplace"),
}
SORT_KEYS = {
    ORDER_ID: SortKey.ORDER_ID,
    PURCHASED: SortKey.PURCHASE_DATE,
    STATUS: SortKey.STATUS,
    CHANNEL: SortKey.CHANNEL,
    ITEMS: SortKey.ITEM_COUNT,
    SKUS: SortKey.SKUS,
    TOTAL: SortKey.TOTAL,
    SHIP_BY: SortKey.SHIP_BY,
    REQUEST: SortKey.REQUEST,
    MARKETPLACE: SortKey.MARKETPLACE,
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the OrderRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value
CHANNEL_TEXT = {
    Channel.MFN: QT_TRANSLATE_NOOP("OrdersModel", "Seller (MFN)"),
    Channel.AFN: QT_TRANSLATE_NOOP("OrdersModel", "Amazon (FBA)"),
}


def channel_text(channel: Channel) -> str:
    """The channel's short name in the window's language."""
    return QCoreApplication.translate("OrdersModel", CHANNEL_TEXT[channel])


_ROLES = frozenset(  # the roles data() answers; the view asks for others on every paint
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        SORT_ROLE,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OrdersModel(QAbstractTableModel):
    """With ``operations``, a new filter or sort after the first load is read off the GUI
    thread (the count and the first page); the rows shown stay until the answer comes, and an
    answer to an older request is dropped (see ``orders/loading.py``)."""

    countChanged = Signal(int)
    loaded = Signal()  # the rows of the newest filter and sort are in the model

    def __init__(
        self,
        db: Database,
        zone: tzinfo,
        *,
        clock: Callable[[], datetime] = utcnow,
        page_size: int = 200,
        max_pages: int = 8,
        operations: Operations | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.loader = Loader(self, operations)
        self._db = db
        self._zone = zone
        self._clock = clock
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = OrderFilter()
        self._sort = SortKey.PURCHASE_DATE
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[OrderRow]] = OrderedDict()
        # what the rows held were read with (a newer filter or sort may be on its way)
        self._shown = (self._filter, self._sort, self._descending)
        self._bold = QFont()
        self._bold.setBold(True)
        # the words of the cells, translated once (data() answers on every paint)
        self._status_text = {s: tx(s.label) for s in OrderStatus}
        self._channel_text = {c: channel_text(c) for c in Channel}
        self._request_text = self.tr("Open request")

    # --- what the seller asked for -------------------------------------------------------
    def set_zone(self, zone: tzinfo) -> None:
        """The shop's time zone changed."""
        self._zone = zone

    @property
    def order_filter(self) -> OrderFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    @property
    def loading(self) -> bool:
        """A filter or sort asked for is still being read."""
        return self.loader.busy

    def set_filter(self, flt: OrderFilter, *, background: bool = True) -> None:
        self._filter = flt
        self.loader.load(background)

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, search=text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self._sort = SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.loader.load(True)

    def reload(self) -> None:
        """Count again and forget every cached row (a new filter or sort), on this thread."""
        self.loader.forget()  # an answer still on its way is older than this one
        self._shown = (self._filter, self._sort, self._descending)
        self.show_loaded(self._count_now(), [])

    def show_loaded(self, count: int, first: list[OrderRow]) -> None:
        """Hold ``count`` rows of the wanted filter and sort, ``first`` its first page."""
        self.beginResetModel()
        self._pages.clear()
        self._count = count
        if first:
            self._pages[0] = first
        self.endResetModel()
        self.countChanged.emit(self._count)
        self.loaded.emit()

    def wanted(self) -> tuple[OrderFilter, SortKey, bool]:
        """The filter and sort asked for last."""
        return self._filter, self._sort, self._descending

    def mark_shown(self, wanted: tuple[OrderFilter, SortKey, bool]) -> None:
        self._shown = wanted

    def shown(self) -> tuple[OrderFilter, SortKey, bool]:
        """The filter and sort of the rows held."""
        return self._shown

    def renew(self, count: int, first: list[OrderRow]) -> None:
        """The same rows in the same places, read again (the selection stays)."""
        self._pages.clear()
        if first:
            self._pages[0] = first
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(HEADERS) - 1))
        self.countChanged.emit(count)
        self.loaded.emit()

    @property
    def database(self) -> Database:
        return self._db

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    @property
    def page_size(self) -> int:
        return self._page_size

    def refresh(self, *, then: Callable[[], None] | None = None) -> bool:
        """After a change: keep the rows' places (and the selection) when the count holds.
        With ``then``, read off the GUI thread when the model can (``then`` runs once the rows
        are shown) and say so; else read now."""
        if then is not None and self.loader.can_wait:
            self.loader.load(True, keep=True, then=then)
            return True
        self._refresh_now()
        return False

    def _refresh_now(self) -> None:
        count = self._count_now()
        if count != self._count:
            self.reload()
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(HEADERS) - 1))
        self.countChanged.emit(count)

    def _count_now(self) -> int:
        with self._db.snapshot() as conn:
            return count_orders(conn, self._shown[0], self._clock())

    # --- the window of rows ----------------------------------------------------------------
    def rows_held(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def row_at(self, row: int) -> OrderRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def rows(self, rows: Iterable[int]) -> list[OrderRow]:
        found = (self.row_at(r) for r in sorted(set(rows)))
        return [row for row in found if row is not None]

    def find_row(self, order_id: str) -> int | None:
        """The row of an order among the cached pages (None when not in the window)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.order_id == order_id:
                    return number * self._page_size + offset
        return None

    def _load_page(self, number: int) -> list[OrderRow]:
        start = number * self._page_size
        size = min(self._page_size, self._count - start)
        flt, sort, descending = self._shown
        skip, after, backwards = self._nearest(start, size)
        with self._db.snapshot() as conn:
            page = list_orders(
                conn,
                flt,
                self._clock(),
                sort=sort,
                descending=descending != backwards,
                offset=skip,
                limit=size,
                after=after,
                count=self._count,
            )
        if backwards:
            page.reverse()
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def _nearest(self, start: int, size: int) -> tuple[int, OrderRow | None, bool]:
        """Where to read rows ``start`` to ``start + size`` from, fewest rows skipped: the
        table's start or end, or a row held next to them (the database seeks to it on the
        sort's index). Returns (rows to skip, the row to start after, read backwards)."""
        end = start + size
        best: tuple[int, OrderRow | None, bool] = (start, None, False)
        if self._count - end < start:  # nearer the end: read backwards from it
            best = (self._count - end, None, True)
        for number, page in self._pages.items():
            first = number * self._page_size
            if len(page) != min(self._page_size, self._count - first):
                continue  # a short page: the rows changed since it was read
            last = first + len(page)
            if last <= start and start - last < best[0]:
                best = (start - last, page[-1], False)
            elif first >= end and first - end < best[0]:
                best = (first - end, page[0], True)
        return best

    # --- Qt's side -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = HEADERS.get(section)
            return self.tr(header) if header else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == PURCHASED:
                return self.tr("Purchase date, in your local time")
            if section == SHIP_BY:
                return self.tr(
                    "Time left to ship unshipped seller-fulfilled orders; sorts by the latest "
                    "ship date"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ITEMS, TOTAL):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == REQUEST and row.has_open_request:
                return qcolour(WARNING)
            if column == SHIP_BY and (left := self._countdown(row)) is not None:
                return QColor(countdown_colour(left))
        if role == Qt.ItemDataRole.FontRole:
            if column == REQUEST and row.has_open_request:
                return self._bold
            if column == SHIP_BY and (left := self._countdown(row)) is not None:
                return self._bold if left.urgency is not Urgency.LATER else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SKUS:
                return tip(row.skus)  # SKUs come from files
            if column == SHIP_BY and row.ship_by is not None:
                left = self._countdown(row)
                if left is not None:
                    return countdown_tip(left, row.ship_by, self._zone)
                return fmt.local_time(row.ship_by, self._zone)
        return None

    def _countdown(self, row: OrderRow) -> Countdown | None:
        """Unshipped seller-fulfilled orders: how long is left (the rule is core's)."""
        return countdown(row.ship_by, row.channel, row.status, self._clock())

    def _text(self, row: OrderRow, column: int) -> str:
        if column == ORDER_ID:
            return row.order_id
        if column == PURCHASED:
            return fmt.local_time(row.purchase_date, self._zone)
        if column == STATUS:
            return self._status_text[row.status]
        if column == CHANNEL:
            return self._channel_text[row.channel]
        if column == ITEMS:
            return str(row.item_count)
        if column == SKUS:
            return row.skus
        if column == TOTAL:
            return fmt.money(row.total_minor, row.currency)
        if column == SHIP_BY:
            left = self._countdown(row)
            return countdown_text(left) if left else fmt.local_time(row.ship_by, self._zone)
        if column == REQUEST:
            return self._request_text if row.has_open_request else ""
        if column == MARKETPLACE:
            return row.marketplace
        return ""

    def _raw(self, row: OrderRow, column: int) -> Any:
        return {
            ORDER_ID: row.order_id,
            PURCHASED: row.purchase_date,
            STATUS: row.status.value,
            CHANNEL: row.channel.value,
            ITEMS: row.item_count,
            SKUS: row.skus,
            TOTAL: row.total_minor,
            SHIP_BY: row.ship_by,
            REQUEST: row.has_open_request,
            MARKETPLACE: row.marketplace,
        }.get(column)
