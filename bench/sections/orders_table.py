"""The orders table at N orders, offscreen: the main window's orders page (its ``OrdersModel``
in its table), built the way the main window builds it.

Each operation is timed until the view has painted its rows (the model answers ``data`` for
the visible cells during the paint), the way a seller would see it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from bench.common import Config, Figure, seconds_figure, section_main
from bench.datasets import demo_shop, warm

SECTION = "Orders table"
OP_LIMIT = 0.15  # each sort, filter and search
FIRST_PAGE_LIMIT = 0.3
ROWS_HELD_LIMIT = 3000  # "at most a few thousand rows"


def run(cfg: Config) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.core.clock import local_day
    from desktop_app.core.status import Channel, OrderStatus
    from desktop_app.db.database import open_database
    from desktop_app.services.context import shop_zone
    from desktop_app.services.queries import OrderFilter
    from desktop_app.ui.orders.model import HEADERS, SORT_KEYS, OrdersModel

    shop = demo_shop(cfg.orders, cfg.seed, lambda m: print(m, file=sys.stderr), Path(cfg.data))
    url = cfg.extra.get("url")  # PostgreSQL: the shop copied onto the bench's server
    if url is None:
        warm(shop.path)
    db = open_database(url or shop.url, migrate=False)
    now = shop.now
    with db.reading() as session:
        zone = shop_zone(session)
    today = local_day(now, zone)

    def start_of(day: Any) -> datetime:
        return datetime.combine(day, dtime(0), zone).astimezone(UTC)

    app = QApplication.instance() or QApplication([])
    paints = PaintCounter()
    holder: dict[str, Any] = {}
    settings_dir = tempfile.TemporaryDirectory()  # no seller's saved layout
    page_class = _orders_page_class()

    def view() -> QTableView:
        table: QTableView = holder["view"]
        return table

    def paint() -> None:
        """Let the view do what it queued (layout, the paint); paint once if it did not. A new
        sort or filter is read in a worker (ui/orders/loading.py): its rows are painted once
        they are in, not the rows of the one before."""
        model = holder.get("model")
        while model is not None and model.loading:
            app.processEvents()
            time.sleep(0.0005)
        before = paints.count
        app.processEvents()
        if paints.count == before:
            view().viewport().repaint()

    def first_page() -> None:
        """What the main window does when the shop opens: the orders page, or the model alone
        in a plain table when the page cannot be built here."""
        old = holder.get("top")
        if page_class is not None:
            top = _build_page(page_class, db, zone, now, settings_dir.name)
            table, model = top.table, top.model
        else:
            top = QTableView()
            model = OrdersModel(db, zone, clock=lambda: now)
            model.reload()
            top.setModel(model)
            table = top
        top.resize(1400, 800)
        table.viewport().installEventFilter(paints)
        holder.update(top=top, view=table, model=model)
        top.show()
        paint()
        if old is not None:
            old.close()
            old.deleteLater()

    figures: list[Figure] = []
    first_page()  # untimed: loads the UI modules once, as the running app has
    samples, _ = timed_op(first_page, cfg.repeat)
    what = "the orders page (model and table)" if page_class is not None else "the orders model"
    figures.append(
        seconds_figure(
            SECTION, f"Build {what}, first page painted", samples, limit=FIRST_PAGE_LIMIT
        )
    )
    model: OrdersModel = holder["model"]
    table = view()
    total = model.rowCount()

    for column, _key in SORT_KEYS.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"

            def sort(column: int = column, order: Qt.SortOrder = order) -> None:
                table.sortByColumn(column, order)
                paint()

            samples, _ = timed_op(sort, cfg.repeat)
            figures.append(
                seconds_figure(
                    SECTION, f"Sort by {HEADERS[column]} {arrow}", samples, limit=OP_LIMIT
                )
            )
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # back to the default: newest first
    paint()

    busy_day = today - timedelta(days=40)
    sample_id = model.row_at(total // 2).order_id if total else "none"  # type: ignore[union-attr]
    month_start = start_of(today - timedelta(days=120))
    filters: list[tuple[str, OrderFilter]] = [
        ("Filter: status Unshipped", OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}))),
        ("Filter: status Shipped", OrderFilter(statuses=frozenset({OrderStatus.SHIPPED}))),
        ("Filter: status Cancelled", OrderFilter(statuses=frozenset({OrderStatus.CANCELED}))),
        (
            "Filter: status Pending + Unshipped + Partially shipped",
            OrderFilter(
                statuses=frozenset(
                    {OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED}
                )
            ),
        ),
        ("Filter: channel seller-fulfilled (MFN)", OrderFilter(channel=Channel.MFN)),
        ("Filter: channel FBA (AFN)", OrderFilter(channel=Channel.AFN)),
        ("Filter: dates Today", OrderFilter(since=start_of(today))),
        ("Filter: dates Last 7 days", OrderFilter(since=start_of(today - timedelta(days=6)))),
        ("Filter: dates Last 30 days", OrderFilter(since=start_of(today - timedelta(days=29)))),
        (
            "Filter: dates custom month (120-90 days ago)",
            OrderFilter(since=month_start, until=start_of(today - timedelta(days=90))),
        ),
        ("Filter: needs attention", OrderFilter(needs_attention=True)),
        ("Filter: cancelled on a day (chart click)", OrderFilter(cancelled_on=busy_day)),
        (
            "Filter: Unshipped + MFN + last 7 days",
            OrderFilter(
                statuses=frozenset({OrderStatus.UNSHIPPED}),
                channel=Channel.MFN,
                since=start_of(today - timedelta(days=6)),
            ),
        ),
        ('Search: a product word ("walnut")', OrderFilter(search="walnut")),
        ('Search: a SKU ("cop-mug")', OrderFilter(search="cop-mug")),
        ('Search: a city ("salt lake")', OrderFilter(search="salt lake")),
        ("Search: one order id", OrderFilter(search=sample_id)),
        ('Search: no match ("zzqx")', OrderFilter(search="zzqx")),
        (
            'Search "walnut" within Unshipped',
            OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), search="walnut"),
        ),
    ]
    counts: dict[str, int] = {}
    for name, flt in filters:

        def apply(flt: OrderFilter = flt) -> None:
            top = holder["top"]
            (top.set_filter if hasattr(top, "set_filter") else model.set_filter)(flt)
            paint()

        samples, _ = timed_op(apply, cfg.repeat)
        counts[name] = model.rowCount()
        figures.append(
            seconds_figure(
                SECTION, name, samples, limit=OP_LIMIT, note=f"{model.rowCount():,} match"
            )
        )

    model.set_filter(OrderFilter())
    paint()

    def to_end() -> None:
        table.scrollToTop()
        paint()
        table.scrollToBottom()
        paint()

    def end_only() -> None:
        table.scrollToBottom()
        paint()

    end_samples = []
    for _ in range(cfg.repeat):
        table.scrollToTop()
        paint()
        started = time.perf_counter()
        end_only()
        end_samples.append(time.perf_counter() - started)
    figures.append(
        seconds_figure(
            SECTION, "Scroll from the top to the end (rows painted)", end_samples, limit=OP_LIMIT
        )
    )

    # Scroll the whole way down a screen at a time, the way a held-down Page Down would.
    bar = table.verticalScrollBar()
    steps = 60
    started = time.perf_counter()
    table.scrollToTop()
    paint()
    for step in range(1, steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        paint()
    sweep = (time.perf_counter() - started) / steps
    figures.append(
        seconds_figure(
            SECTION, f"Scroll top to end in {steps} jumps: per jump", [sweep], limit=OP_LIMIT
        )
    )
    to_end()
    held = model.rows_held()
    figures.append(
        Figure(
            SECTION,
            "Rows the model holds after scrolling to the end",
            float(held),
            "rows",
            [float(held)],
            ROWS_HELD_LIMIT,
            "max",
            f"of {total:,} orders",
        )
    )
    holder["top"].close()
    db.close()
    settings_dir.cleanup()
    return figures


def _orders_page_class() -> Any:
    try:
        from desktop_app.ui.orders.view import OrdersPage
    except ImportError:
        return None
    return OrdersPage


def _build_page(page_class: Any, db: Any, zone: Any, now: datetime, folder: str) -> Any:
    from PySide6.QtCore import QSettings

    from desktop_app.services.context import Context
    from desktop_app.ui.operations import Operations

    def fail(error: BaseException) -> None:
        raise error

    ops = Operations(fail)
    settings = QSettings(f"{folder}/bench.ini", QSettings.Format.IniFormat)
    ctx = Context(actor="bench", clock=lambda: now)
    page = page_class(db, ctx, zone, ops, settings, notify=lambda *_a, **_k: None)
    page._bench_keep = (ops, settings)  # keep them alive as long as the page
    return page


def _paint_counter_class() -> type:
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return Counter


def PaintCounter() -> Any:
    return _paint_counter_class()()


def timed_op(fn: Callable[[], None], repeat: int) -> tuple[list[float], None]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples, None


if __name__ == "__main__":
    section_main(SECTION, run)
