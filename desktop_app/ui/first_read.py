"""What the window shows first, read off the GUI thread while the shop opens.

The worker that opens the shop (``startup``) also reads the shop's time zone, the change
watcher's marker and the orders table's count and first page, so that attaching the window
costs the GUI thread no query: a million-order count alone held it for tens of milliseconds.
The marker is read before the rows, so that a change made in between is still noticed. The
read runs while the worker loads the Orders page's modules (``read_first_meanwhile``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from desktop_app.services.changes import Marker, current_marker
from desktop_app.services.context import Context, shop_zone
from desktop_app.services.queries import OrderFilter, OrderRow, SortKey
from desktop_app.ui.orders.loading import read_first_page

if TYPE_CHECKING:
    from desktop_app.db.database import Database

log = logging.getLogger(__name__)

PAGE_SIZE = 200  # the orders model's page (OrdersModel's default)


@dataclass(frozen=True)
class FirstPage:
    """The orders table's first answer: for which filter and sort, how many, the first rows."""

    wanted: tuple[OrderFilter, SortKey, bool]
    page_size: int
    count: int
    rows: list[OrderRow]


@dataclass(frozen=True)
class FirstRead:
    ctx: Context
    zone: tzinfo
    marker: Marker
    page: FirstPage


def read_first(db: Database, ctx: Context | None = None) -> FirstRead | None:
    """The zone, the marker and the default view's first page (newest orders first, no
    filter). None when the read fails: the window then reads them itself, as it would have,
    and shows any error in its usual way."""
    ctx = ctx or Context()
    wanted = (OrderFilter(), SortKey.PURCHASE_DATE, True)
    try:
        with db.snapshot() as conn:
            zone = shop_zone(conn)
            marker = current_marker(conn)
        count, rows = read_first_page(db, *wanted, ctx.now(), PAGE_SIZE)
    except Exception:
        log.warning("the first rows could not be read ahead", exc_info=True)
        return None
    return FirstRead(ctx, zone, marker, FirstPage(wanted, PAGE_SIZE, count, rows))


def read_first_meanwhile(
    db: Database, ctx: Context | None = None
) -> Callable[[], FirstRead | None]:
    """Start ``read_first`` in a thread of its own and return what waits for its answer: the
    count runs in SQLite, without the interpreter's lock, while the caller goes on loading
    the window's modules."""
    answer: list[FirstRead | None] = [None]

    def run() -> None:
        answer[0] = read_first(db, ctx)

    thread = threading.Thread(target=run, name="first-rows", daemon=True)
    thread.start()

    def wait() -> FirstRead | None:
        thread.join()
        return answer[0]

    return wait
