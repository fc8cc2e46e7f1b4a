"""The orders table at N orders, offscreen: the main window's orders model in a table view.

Each operation is timed until the view has painted its rows (the model answers ``data`` for
the visible cells during the paint), the way a seller would see it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from bench.common import Config, Figure, emit, missing, seconds_figure
from bench.datasets import demo_shop

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
    db = open_database(shop.url, migrate=False)
    now = shop.now
    with db.reading() as session:
        zone = shop_zone(session)
    today = local_day(now, zone)

    def start_of(day: Any) -> datetime:
        return datetime.combine(day, dtime(0), zone).astimezone(UTC)

    app = QApplication.instance() or QApplication([])
    view = QTableView()
    view.resize(1280, 800)
    paints = PaintCounter()
    view.viewport().installEventFilter(paints)
    view.show()
    app.processEvents()
    holder: dict[str, Any] = {}

    def paint() -> None:
        """Let the view do what it queued (layout, the paint); paint once if it did not."""
        before = paints.count
        app.processEvents()
        if paints.count == before:
            view.viewport().repaint()

    def first_page() -> None:
        model = OrdersModel(db, zone, clock=lambda: now)
        model.reload()
        view.setModel(model)
        paint()
        old = holder.get("model")
        holder["model"] = model
        if old is not None:
            old.deleteLater()

    figures: list[Figure] = []
    samples, _ = timed_op(first_page, cfg.repeat)
    figures.append(
        seconds_figure(
            SECTION, "Build the orders model, first page painted", samples, limit=FIRST_PAGE_LIMIT
        )
    )
    model: OrdersModel = holder["model"]
    total = model.rowCount()

    for column, _key in SORT_KEYS.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"

            def sort(column: int = column, order: Qt.SortOrder = order) -> None:
                view.sortByColumn(column, order)
                paint()

            samples, _ = timed_op(sort, cfg.repeat)
            figures.append(
                seconds_figure(
                    SECTION, f"Sort by {HEADERS[column]} {arrow}", samples, limit=OP_LIMIT
                )
            )
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # back to the default: newest first
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
            model.set_filter(flt)
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
        view.scrollToTop()
        paint()
        view.scrollToBottom()
        paint()

    def end_only() -> None:
        view.scrollToBottom()
        paint()

    end_samples = []
    for _ in range(cfg.repeat):
        view.scrollToTop()
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
    bar = view.verticalScrollBar()
    steps = 60
    started = time.perf_counter()
    view.scrollToTop()
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
    view.close()
    db.close()
    return figures


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


def main() -> None:
    cfg = Config.from_json(sys.argv[1])
    try:
        figures = run(cfg)
    except ImportError as error:
        figures = [missing(SECTION, "section", f"not available yet ({error})")]
    emit(figures)


if __name__ == "__main__":
    main()
