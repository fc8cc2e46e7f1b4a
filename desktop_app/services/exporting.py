"""Export orders (a filtered, sorted view or everything) in Seller Desk's own format.

The filter and sort are the orders table's own (:mod:`services.queries`), so an export holds
exactly what the seller sees. Rows stream from the database to the file; the file appears
under its name only when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.clock import utcnow
from desktop_app.db import tables
from desktop_app.io.export import ExportWriter
from desktop_app.io.fields import FIELDS, Level
from desktop_app.io.safe_write import check_target, is_stdout, open_text
from desktop_app.services.importing import ITEM_COLUMNS
from desktop_app.services.integrity import ensure_intact
from desktop_app.services.queries import OrderFilter, SortKey, filtered

ORDERS = tables.orders
ITEMS = tables.order_items
# Rows fetched at a time. SQLAlchemy builds a fetch's rows in compiled code that keeps the
# interpreter lock throughout: 2,000 at a time stalled the window's event loop ~150 ms again
# and again while an export ran in a worker (bench window section); 200 stalls it under
# 25 ms, and the export is no slower.
STREAM_ROWS = 200
PROGRESS_EVERY = 2000  # orders between progress reports

# field -> (table, column)
_ORDER_SOURCE = {
    name: name for name, spec in FIELDS.items() if spec.level is Level.ORDER and name in ORDERS.c
}
_ORDER_SOURCE["last_updated"] = "last_updated"
_ITEM_SOURCE = ITEM_COLUMNS  # the importer's item field -> column map, read backwards
_SORT = {
    SortKey.ORDER_ID: ORDERS.c.order_id,
    SortKey.PURCHASE_DATE: ORDERS.c.purchase_date,
    SortKey.STATUS: ORDERS.c.status,
    SortKey.CHANNEL: ORDERS.c.channel,
    SortKey.ITEM_COUNT: ORDERS.c.item_count,
    SortKey.SKUS: ORDERS.c.skus,
    SortKey.TOTAL: ORDERS.c.total_minor,
    SortKey.SHIP_BY: ORDERS.c.latest_ship_date,
    SortKey.REQUEST: ORDERS.c.has_open_request,
    SortKey.MARKETPLACE: ORDERS.c.marketplace,
}


@dataclass(frozen=True)
class ExportOptions:
    delimiter: str = ","  # "," for CSV, "\t" for TSV
    bom: bool = False  # a UTF-8 byte-order mark, for Excel


EXTENSIONS = {",": (".csv",), "\t": (".tsv", ".txt")}


def check_export_target(path: Path | str, options: ExportOptions, *, force: bool = False) -> None:
    """Refuse a target the export must not write (see :func:`io.safe_write.check_target`)."""
    what = "CSV export" if options.delimiter == "," else "TSV export"
    check_target(
        path, extensions=EXTENSIONS[options.delimiter], force=force, what=what, stdout_ok=True
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    orders: int
    rows: int


def export_orders(
    sessions: sessionmaker[Session],
    path: Path,
    flt: OrderFilter | None = None,
    *,
    sort: SortKey = SortKey.PURCHASE_DATE,
    descending: bool = False,
    options: ExportOptions | None = None,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the orders matching ``flt`` (all when None) to ``path``, one row per item.

    ``path`` is checked by the caller (:func:`check_export_target`); ``-`` is standard output.
    The file is written beside the target and renamed into place (:mod:`io.safe_write`)."""
    options = options or ExportOptions()
    with sessions() as session:  # a damaged shop is refused before any file is written
        ensure_intact(session.get_bind().engine, "export it")
    order_columns = [ORDERS.c.id, *(ORDERS.c[c] for c in _ORDER_SOURCE.values())]
    extra = [ORDERS.c.order_id, ORDERS.c.total_minor, ORDERS.c.item_count]
    item_columns = [ITEMS.c[c].label(f"i_{c}") for c in _ITEM_SOURCE.values()]
    query = select(*order_columns, *extra, ITEMS.c.id.label("i_id"), *item_columns).select_from(
        ORDERS.outerjoin(ITEMS, ITEMS.c.order_pk == ORDERS.c.id)
    )
    key = _SORT[sort]
    query = query.order_by(
        key.desc() if descending else key.asc(),
        ORDERS.c.id.desc() if descending else ORDERS.c.id.asc(),
        ITEMS.c.id,
    )
    orders = 0
    last_pk: int | None = None
    target = None if is_stdout(path) else Path(path)
    with (
        open_text(target, encoding="utf-8-sig" if options.bom else "utf-8") as out,
        sessions() as session,
    ):
        writer = ExportWriter(out, delimiter=options.delimiter)
        if flt is not None:
            dialect = session.get_bind().dialect.name  # the search may use its index
            query = query.where(ORDERS.c.id.in_(filtered(flt, now or utcnow(), dialect)))
        result = session.execute(query.execution_options(yield_per=STREAM_ROWS))
        for row in result.mappings():
            if row["id"] != last_pk:
                last_pk = row["id"]
                orders += 1
                if progress is not None and orders % PROGRESS_EVERY == 0:
                    progress(orders)
            writer.write(
                _order_values(row),
                _item_values(row) if row["i_id"] is not None else None,
                total_minor=row["total_minor"],
                units=row["item_count"],
            )
        rows = writer.rows
    return ExportResult(path, orders, rows)


def _order_values(row: Any) -> dict[str, object]:
    values = {name: row[column] for name, column in _ORDER_SOURCE.items()}
    values["order_id"] = row["order_id"]
    return values


def _item_values(row: Any) -> dict[str, object]:
    return {name: row[f"i_{column}"] for name, column in _ITEM_SOURCE.items()}
