"""A tour of the window: every page and every dialog, opened on a shop, one after another.

``scripts/screenshots.py`` saves each stop as a PNG; the layout and accessibility tests check
each stop's words fit and each control has a name. One list, so a new dialog added here is
both photographed and checked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.services.queries import OrderFilter, OrderRow, list_orders

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.services.context import Context
    from desktop_app.ui.main_window import MainWindow

LAPTOP = (1366, 768)  # the commonest laptop screen: every stop must fit it


@dataclass(frozen=True)
class Stop:
    name: str  # a file name's stem: "cancel-allowed", "requests"
    widget: QWidget  # what to photograph and check (the window, or the dialog)


class TourError(RuntimeError):
    """The shop has no order for one of the stops (the demo shop is too small)."""


def settle(window: MainWindow | None = None, seconds: float = 0.3) -> None:
    """Let queued work, background loads and painting finish: at least ``seconds``, and
    until the event loop has been quiet for 0.1 s after the window's last background work
    (what the answer shows is laid out and painted: the health page's late-shipment cards
    appear one pass after its chart's first, slow paint)."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + seconds
    quiet_since = time.monotonic()
    while True:
        started = time.monotonic()
        app.processEvents()
        if (window is not None and window.operations.busy) or time.monotonic() - started > 0.05:
            quiet_since = time.monotonic()
        time.sleep(0.01)
        now = time.monotonic()
        if now >= end and now - quiet_since >= 0.1:
            return


def fit(dialog: QWidget, width: int = 780) -> None:
    """Size a dialog to its content within the laptop's screen (offscreen, adjustSize would
    use a small virtual screen)."""
    settle()
    layout = dialog.layout()
    if layout is None:
        return
    width = max(width, dialog.minimumWidth(), layout.totalMinimumSize().width())
    if layout.hasHeightForWidth():  # wrapped words: as tall as they need at this width
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(min(width, LAPTOP[0]), min(height, LAPTOP[1] - 40))
    settle()


def find_order(
    db: Database, ctx: Context, flt: OrderFilter, want: Callable[[OrderRow], bool]
) -> str:
    with db.reading() as session:
        for row in list_orders(session, flt, ctx.now(), limit=500):
            if want(row):
                return row.order_id
    raise TourError(
        f"the shop has no order to show for {flt} (every stop needs one); use a larger demo "
        "shop, e.g. 2,000 orders"
    )


@dataclass(frozen=True)
class Orders:
    """The orders each dialog is opened on."""

    allowed: str  # unshipped, seller-fulfilled, several items, no request
    shipped: str
    afn: str
    requested: str  # with the buyer's open request
    cancelled: str

    @classmethod
    def pick(cls, db: Database, ctx: Context) -> Orders:
        mfn_open = OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN)
        allowed = find_order(
            db, ctx, mfn_open, lambda r: _amazon(r) and not r.has_open_request and "," in r.skus
        )
        try:
            requested = find_order(
                db,
                ctx,
                OrderFilter(needs_attention=True),
                lambda r: _amazon(r) and r.has_open_request,
            )
        except TourError:  # a small shop: a buyer asks to cancel one of its orders
            requested = _ask_to_cancel(
                db,
                ctx,
                find_order(db, ctx, mfn_open, lambda r: _amazon(r) and r.order_id != allowed),
            )
        return cls(
            allowed=allowed,
            shipped=find_order(
                db, ctx, OrderFilter(statuses=frozenset({OrderStatus.SHIPPED})), lambda r: True
            ),
            afn=find_order(
                db,
                ctx,
                OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.AFN),
                lambda r: True,
            ),
            requested=requested,
            cancelled=find_order(
                db, ctx, OrderFilter(statuses=frozenset({OrderStatus.CANCELED})), lambda r: True
            ),
        )


def _amazon(row: OrderRow) -> bool:
    """The tour shows Amazon's dialogs (a demo shop also sells on eBay and Walmart)."""
    return row.marketplace.startswith("Amazon")


def _ask_to_cancel(db: Database, ctx: Context, order_id: str) -> str:
    from desktop_app.services.requests import record_request

    with db.transaction() as session:
        record_request(session, ctx, order_id, reason="Ordered the wrong size by mistake")
    return order_id


def pages(window: MainWindow) -> Iterator[Stop]:
    """Each page of the window, at the laptop's size."""
    from desktop_app.ui.main_window import HEALTH, ORDERS, REQUESTS, RETURNS, STOCK

    window.resize(*LAPTOP)
    window.go(ORDERS)
    page = window.orders_page
    settle(window)
    rows = [page.model.row_at(r) for r in range(min(page.model.rowCount(), 28))]
    pick = next((n for n, r in enumerate(rows) if r and r.has_open_request), None)
    if pick is None:  # an unshipped seller-fulfilled order shows the ship-by countdown
        pick = next((n for n, r in enumerate(rows) if r and r.skus and r.ship_by), 0)
    page.table.selectRow(pick)
    page.show_current()
    settle(window)
    yield Stop("main-window", window)
    page.table.clearSelection()
    page.table.selectionModel().clearCurrentIndex()
    page.show_current()
    settle(window)
    yield Stop("orders-nothing-selected", window)
    for number, name in ((REQUESTS, "requests"), (RETURNS, "returns"), (STOCK, "stock")):
        window.go(number)
        settle(window)
        yield Stop(name, window)
    window.go(HEALTH)
    settle(window, 1.0)
    yield Stop("health", window)
    window.go(ORDERS)
    settle(window)


def dialogs(
    window: MainWindow, db: Database, ctx: Context, orders: Orders, scratch: Path
) -> Iterator[Stop]:
    """Each dialog, opened as the seller opens it, closed (cancelled) after its stop."""
    from desktop_app.io.sample_report import write_all_orders
    from desktop_app.ui.dialogs.first_run import FirstRunDialog
    from desktop_app.ui.dialogs.ship import DeclineAndShipDialog
    from desktop_app.ui.mapping_dialog import MappingDialog
    from desktop_app.ui.requests_page import DeclineDialog

    page = window.orders_page

    def shown(dialog: QDialog, name: str, width: int = 780) -> Stop:
        fit(dialog, width)
        return Stop(name, dialog)

    def done(dialog: QWidget | None) -> None:
        if dialog is not None:
            dialog.close()
        settle(window)

    for name, order_id in (
        ("cancel-allowed", orders.allowed),
        ("cancel-shipped", orders.shipped),
        ("cancel-afn", orders.afn),
        ("cancel-buyer-request", orders.requested),
    ):
        dialog = page.open_cancel([order_id])
        settle(window)
        yield shown(dialog, name)
        done(dialog)

    several = [orders.allowed, orders.shipped, orders.afn, orders.requested]
    dialog = page.open_cancel(several)
    settle(window)
    yield shown(dialog, "cancel-several", 860)
    done(dialog)

    dialog = page.open_relabel([orders.cancelled])
    settle(window)
    yield shown(dialog, "relabel", 640)
    done(dialog)

    page.select_order(orders.allowed)
    page.open_details_window()
    details = page.dialog
    assert details is not None
    settle(window)
    yield Stop("order-details-window", details)
    done(details)

    decline = DeclineDialog(orders.requested, window)
    decline.open()
    yield shown(decline, "decline-request", 520)
    done(decline)

    decline_ship = DeclineAndShipDialog(orders.requested, window)
    decline_ship.open()
    yield shown(decline_ship, "decline-and-ship", 560)
    done(decline_ship)

    for name, opener in (
        ("backup-settings", window.backup_settings),
        ("time-zone", window.zone_settings),
        ("currency", window.currency_settings),
        ("column-mappings", window.column_mappings),
    ):
        opener()
        settle(window)
        assert isinstance(window.dialog, QDialog)
        yield shown(window.dialog, name, 560)
        done(window.dialog)

    sample = scratch / "webshop-orders.csv"
    sample.write_text(
        "Bestellnummer;Datum;Artikelnummer;Menge;Preis;Status\n"
        "DE-1001;03.11.2026;MUG-RED;2;12,50;Versandt\n"
        "DE-1002;03.11.2026;TEA-GREEN;1;8,90;Offen\n"
        "DE-1003;04.11.2026;LAMP-01;1;42,00;Offen\n",
        encoding="utf-8",
    )
    mapping = MappingDialog(window, sample)
    mapping.open()
    yield shown(mapping, "import-mapping", 640)
    done(mapping)

    report = scratch / "all-orders.txt"
    write_all_orders(report, 30)
    before = set(QApplication.topLevelWidgets())
    window.import_files([str(report)])
    box = _wait_for_box(window, before)
    if box is not None:
        settle(window)  # the box lays out its text after it is shown
        yield Stop("import-check", box)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.click()
        done(None)

    first = FirstRunDialog(str(scratch / "seller-desk.db"), parent=window)
    first.open()
    yield shown(first, "first-run", 560)
    done(first)


def _wait_for_box(
    window: MainWindow, before: set[QWidget], seconds: float = 20
) -> QMessageBox | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        settle(window, 0.05)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and widget not in before:
                return widget
        for child in window.findChildren(QMessageBox):
            if child.isVisible():
                return child
    return None


def tour(window: MainWindow, db: Database, ctx: Context, scratch: Path) -> Iterator[Stop]:
    """Every page, then every dialog."""
    orders = Orders.pick(db, ctx)
    window.orders_page.refresh()  # a request may have been added for the tour
    yield from pages(window)
    yield from dialogs(window, db, ctx, orders, scratch)
