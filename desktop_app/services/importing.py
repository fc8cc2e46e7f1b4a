"""Import a report file: validate all of it, then write all of it or nothing (or skip bad rows).

The file streams through in batches of a few thousand rows: each batch's orders are looked up
by order id in one query, compared with what the file says, and written with Core executemany
statements on the session's connection (no ORM object per row). Everything happens in one
transaction: a dry run, a file with a bad row (unless bad rows are skipped) and a cancelled
import all roll back, so the database holds exactly what it held before.

What an import does to an order (issue 5, domain.md):
- an order id never seen: a new order, its items, a Stock row for a SKU never seen;
- a known order: what changed is updated (status, items, amounts...), nothing is duplicated;
  a file older than what is stored (its last-updated date is earlier) changes nothing;
- the buyer-cancellation columns: a buyer request through Amazon, on record;
- a cancellation found in the file: a Cancellation via "import", counted against the seller
  per :func:`core.reasons.counts_against_seller` (MFN, unless a buyer request is on record or
  the order was still pending);
- every change is an audit event whose source is the file's name.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.clock import local_day
from desktop_app.core.errors import IllegalTransition
from desktop_app.core.money import exponent
from desktop_app.core.reasons import (
    BUYER_CANCELED,
    Initiator,
    RequestChannel,
    counts_against_seller,
)
from desktop_app.core.status import (
    PENDING_STATUSES,
    Channel,
    ItemStatus,
    OrderStatus,
    check_transition,
)
from desktop_app.db import tables
from desktop_app.db.bulk import fewer_collections, indexes_set_aside
from desktop_app.db.models import (
    Setting,
)
from desktop_app.db.search import bulk_search_indexing
from desktop_app.io.detect import Format, open_report
from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.generic import ColumnMapping
from desktop_app.io.grouping import Batch, ItemRecord, OrderRecord, batches
from desktop_app.io.status_words import ITEM_STATUS_OF_ORDER
from desktop_app.io.table import Report
from desktop_app.services.context import Context, shop_zone
from desktop_app.services.summary import search_text, skus_text

__all__ = [
    "ImportCancelled",
    "ImportOptions",
    "ImportProgress",
    "ImportSummary",
    "ReadError",
    "RowError",
    "import_file",
]

BATCH_ROWS = 5000
BYTES_PER_ORDER = 300  # an All Orders report: about 230 bytes a row, 1.3 rows an order
MAX_KEPT_ERRORS = 10_000
CURRENCY_KEY = "currency"  # settings: the shop's currency, for files that give none
DEFAULT_CURRENCY = "USD"
GENERAL_ADJUSTMENT = "GeneralAdjustment"

ORDERS = tables.orders
ITEMS = tables.order_items
REQUESTS = tables.buyer_requests
CANCELLATIONS = tables.cancellations
CANCEL_LINES = tables.cancellation_lines
STOCK = tables.stock
AUDIT = tables.audit_events
BULK_TABLES = (ORDERS, ITEMS, AUDIT)  # the tables a big import fills
READ_BY = tuple(i for i in ITEMS.indexes if [c.name for c in i.columns] == ["order_pk"])

# order-level fields a file may give, which are Order columns of the same name
ORDER_FIELDS = (
    "merchant_order_id",
    "purchase_date",
    "status",
    "channel",
    "marketplace",
    "ship_service_level",
    "latest_ship_date",
    "shipped_at",
    "currency",
    "ship_city",
    "ship_state",
    "ship_postal_code",
    "ship_country",
    "is_business_order",
    "cancel_counted",
)
# item field -> OrderItem column
ITEM_COLUMNS = {
    "order_item_id": "order_item_id",
    "sku": "sku",
    "asin": "asin",
    "product_name": "product_name",
    "item_status": "status",
    "quantity": "quantity",
    "quantity_shipped": "quantity_shipped",
    "quantity_cancelled": "quantity_cancelled",
    "item_price": "item_price_minor",
    "item_tax": "item_tax_minor",
    "shipping_price": "shipping_price_minor",
    "shipping_tax": "shipping_tax_minor",
    "promotion_discount": "promotion_discount_minor",
    "customised": "customised",
}
_MONEY_COLUMNS = frozenset(
    {
        "item_price_minor",
        "item_tax_minor",
        "shipping_price_minor",
        "shipping_tax_minor",
        "promotion_discount_minor",
    }
)
_ORDER_UPDATE_COLUMNS = tuple(c.name for c in ORDERS.columns if c.name not in ("id", "order_id"))
_ITEM_UPDATE_COLUMNS = tuple(c.name for c in ITEMS.columns if c.name not in ("id", "order_pk"))


@dataclass(frozen=True)
class ImportOptions:
    fmt: Format = Format.AUTO
    encoding: str | None = None  # None: UTF-8, falling back to Cp1252
    mapping: ColumnMapping | None = None
    dry_run: bool = False
    skip_invalid: bool = False  # False: one bad row and nothing is written
    batch_rows: int = BATCH_ROWS


@dataclass(frozen=True)
class ImportProgress:
    file: str
    rows: int
    bytes_read: int
    total_bytes: int
    seconds: float
    dry_run: bool = False
    # every row is read and checked; what remains is writing the indexes and the search index
    # and committing: seconds for a big file, with nothing more to count
    saving: bool = False

    @property
    def fraction(self) -> float:
        return min(self.bytes_read / self.total_bytes, 1.0) if self.total_bytes else 1.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


class ImportCancelled(Exception):
    """The seller cancelled; everything was rolled back."""


@dataclass
class ImportSummary:
    file: str
    format: str = ""
    encoding: str = ""
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # rows
    duplicates: int = 0  # rows repeated exactly, merged
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_KEPT_ERRORS
    dry_run: bool = False
    skip_invalid: bool = False
    written: bool = False
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def verdict(self) -> str:
        """One sentence: what happened to the database."""
        if self.dry_run:
            return "Dry run: nothing was written."
        if self.written:
            return "Imported." if not self.rejected else "Imported; rows with errors were skipped."
        return (
            f"Nothing was imported: {self.rejected} rows have errors. Fix them, or import "
            "again skipping the rows with errors."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "encoding": self.encoding,
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "dry_run": self.dry_run,
            "written": self.written,
            "seconds": round(self.seconds, 3),
            "errors": [
                {"line": e.line, "field": e.field, "value": e.value, "message": e.message}
                for e in self.errors
            ],
        }


ProgressFn = Callable[[ImportProgress], None]
CancelFn = Callable[[], bool]


def import_file(
    sessions: sessionmaker[Session],
    path: Path,
    options: ImportOptions | None = None,
    ctx: Context | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportSummary:
    """Import one file in one transaction. Raises ReadError when the file cannot be read at all,
    ImportCancelled when ``cancelled()`` turns true (nothing is written then)."""
    options = options or ImportOptions()
    ctx = replace(ctx or Context(), source=path.name, via="import")
    summary = ImportSummary(path.name, dry_run=options.dry_run, skip_invalid=options.skip_invalid)
    started = time.perf_counter()
    with sessions() as session, fewer_collections():
        try:
            zone = shop_zone(session)
            currency = session.get(Setting, CURRENCY_KEY)
            with open_report(
                path, fmt=options.fmt, encoding=options.encoding, mapping=options.mapping, zone=zone
            ) as report:
                summary.format = report.layout.name
                conn = session.connection()
                run = _Run(conn, ctx, report, options, zone, summary)
                run.default_currency = currency.value if currency else DEFAULT_CURRENCY
                big = not options.dry_run and _fills_a_small_shop(conn, report.total_bytes)
                try:
                    with (
                        indexes_set_aside(conn, BULK_TABLES, keep=READ_BY, when=big),
                        bulk_search_indexing(conn),
                    ):
                        run.go(progress, cancelled, started)
                        if not _keeps(summary, options):
                            raise _RollBack  # skips indexing what the rollback removes
                        if progress is not None:
                            progress(run.progress(started, saving=True))
                except _RollBack:
                    pass
                summary.encoding = report.encoding
            if cancelled is not None and cancelled():  # Cancel pressed while it was saving
                raise ImportCancelled(f"{path.name}: import cancelled; nothing was written.")
            if _keeps(summary, options):
                session.commit()
                summary.written = True
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise
    summary.seconds = time.perf_counter() - started
    return summary


class _RollBack(Exception):
    """Leaves the bulk-writing blocks without their end work: the transaction is rolled back."""


def _keeps(summary: ImportSummary, options: ImportOptions) -> bool:
    return not options.dry_run and not (summary.error_count and not options.skip_invalid)


def _fills_a_small_shop(conn: Connection, file_bytes: int) -> bool:
    """Whether the file likely holds over twice the orders the shop has: then the indexes are
    quicker built afresh at the end than kept up row by row (see db.bulk)."""
    shop = conn.execute(select(func.count()).select_from(ORDERS)).scalar_one()
    return file_bytes / BYTES_PER_ORDER > 2 * shop


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows with one DBAPI executemany on the session's connection.

    Values go through each column type's own bind processor, so they are stored exactly as
    ``conn.execute(insert(table), rows)`` would store them, without SQLAlchemy's per-row
    parameter bookkeeping (which costs more than SQLite's own insert at a million rows).
    Every row must have the same keys.
    """
    dialect = conn.dialect
    names = list(rows[0])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join(mark for _ in names)})"
    )
    values = operator.itemgetter(*names)
    processed = [(i, p) for i, p in enumerate(processors) if p is not None]
    # the same object in every row (an import's clock, its shared audit details) is processed
    # once: the last input and output of each column are remembered
    last_in: list[object] = [None] * len(names)
    last_out: list[object] = [None] * len(names)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        value = list(values(row)) if len(names) > 1 else [values(row)]
        for i, process in processed:
            given = value[i]
            if given is None:
                continue
            if given is last_in[i]:
                value[i] = last_out[i]
            else:
                value[i] = last_out[i] = process(given)
                last_in[i] = given
        params.append(tuple(value))
    conn.exec_driver_sql(sql, params)


_MINOR_MEMO: dict[int, dict[Decimal, int]] = {}  # exponent -> amount -> minor units


def _minor(value: object, exp: int) -> int:
    if not isinstance(value, Decimal):
        return 0
    memo = _MINOR_MEMO.get(exp)
    if memo is None:
        memo = _MINOR_MEMO[exp] = {}
    found = memo.get(value)
    if found is None:
        found = int(value.scaleb(exp).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        if len(memo) > 16384:
            memo.clear()
        memo[value] = found
    return found


def _paid(item: dict[str, Any]) -> int:
    """The same sum as OrderItem.paid_minor."""
    return int(
        item["item_price_minor"]
        + item["item_tax_minor"]
        + item["shipping_price_minor"]
        + item["shipping_tax_minor"]
        - item["promotion_discount_minor"]
    )


def derive(order: dict[str, Any], items: Iterable[dict[str, Any]]) -> None:
    """Fill the order's derived columns the way services.summary.refresh_summary does."""
    count = total = 0
    skus: list[str] = []
    names: list[str] = []
    for item in items:  # one loop: this runs for every order of a file
        count += item["quantity"]
        total += _paid(item)
        skus.append(item["sku"])
        names.append(item["product_name"])
    order["item_count"] = count
    order["total_minor"] = total
    order["skus"] = skus_text(skus)
    order["search_text"] = search_text(order["order_id"], skus, names, order["ship_city"])


class _RecordError(Exception):
    def __init__(self, error: RowError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class _Existing:
    order: dict[str, Any]
    items: list[dict[str, Any]]
    requests: list[dict[str, Any]]
    cancelled_before: bool


@dataclass(slots=True)
class _Plan:
    record: OrderRecord
    kind: str  # new | updated | unchanged
    order: dict[str, Any]
    pk: int | None = None
    new_items: list[dict[str, Any]] = field(default_factory=list)
    changed_items: list[dict[str, Any]] = field(default_factory=list)
    request: dict[str, Any] | None = None
    accepted_requests: list[int] = field(default_factory=list)
    cancel: dict[str, Any] | None = None
    request_id: int | None = None  # the request a cancellation answers
    changes: list[str] = field(default_factory=list)  # a new order: beyond "imported"


class _Run:
    def __init__(
        self,
        conn: Connection,
        ctx: Context,
        report: Report,
        options: ImportOptions,
        zone: tzinfo,
        summary: ImportSummary,
    ) -> None:
        self.conn = conn
        self.ctx = ctx
        self.report = report
        self.options = options
        self.zone = zone
        self.summary = summary
        self.now = ctx.now()
        self.writing = not options.dry_run
        self.default_currency = DEFAULT_CURRENCY
        self.known_skus: set[str] = set()
        self.events = report.layout.reports_events

    # -- the loop ---------------------------------------------------------------------------

    def go(self, progress: ProgressFn | None, cancelled: CancelFn | None, started: float) -> None:
        report = self.report
        for batch in batches(report.rows(), self.options.batch_rows, report.header_of):
            if cancelled is not None and cancelled():
                raise ImportCancelled(f"{report.name}: import cancelled; nothing was written.")
            self._batch(batch)
            if progress is not None:
                progress(self.progress(started))
        if cancelled is not None and cancelled():
            raise ImportCancelled(f"{report.name}: import cancelled; nothing was written.")

    def progress(self, started: float, *, saving: bool = False) -> ImportProgress:
        report = self.report
        return ImportProgress(
            report.name,
            self.summary.rows,
            report.bytes_read,
            report.total_bytes,
            time.perf_counter() - started,
            self.options.dry_run,
            saving,
        )

    def _batch(self, batch: Batch) -> None:
        summary = self.summary
        summary.rows += batch.rows
        summary.duplicates += batch.duplicates
        errors = list(batch.errors)
        rejected_lines = {e.line for e in batch.errors}
        existing = self._existing(list(batch.orders)) if batch.orders else {}
        plans: list[_Plan] = []
        for record in batch.orders.values():
            try:
                known = existing.get(record.order_id)
                plan = self._plan_new(record) if known is None else self._plan_update(record, known)
            except _RecordError as problem:
                errors.append(problem.error)
                rejected_lines.update(record.lines)
                continue
            plans.append(plan)
            if plan.kind == "new":
                summary.new += 1
            elif plan.kind == "updated":
                summary.updated += 1
            else:
                summary.unchanged += 1
        summary.rejected += len(rejected_lines)
        if errors:
            summary.error_count += len(errors)
            room = MAX_KEPT_ERRORS - len(summary.errors)
            if room > 0:
                summary.errors.extend(sorted(errors, key=lambda e: e.line)[:room])
            if not self.options.skip_invalid:
                self.writing = False  # all or nothing: keep validating, write no more
        if self.writing:
            self._write(plans)

    def _fail(self, line: int, field_name: str, value: str, message: str) -> _RecordError:
        header = self.report.header_of(field_name) if field_name else ""
        return _RecordError(RowError(line, header, value, message))

    # -- reading what is stored -------------------------------------------------------------

    def _existing(self, order_ids: list[str]) -> dict[str, _Existing]:
        conn = self.conn
        found: dict[str, _Existing] = {}
        by_pk: dict[int, _Existing] = {}
        # first which are known, from the order id's own index: in a first import, none are
        query = select(ORDERS.c.order_id).where(ORDERS.c.order_id.in_(order_ids))
        stored = list(conn.execute(query).scalars())
        if not stored:
            return found
        for row in conn.execute(select(ORDERS).where(ORDERS.c.order_id.in_(stored))).mappings():
            known = _Existing(dict(row), [], [], False)
            found[row["order_id"]] = known
            by_pk[row["id"]] = known
        if not by_pk:
            return found
        pks = list(by_pk)
        query = select(ITEMS).where(ITEMS.c.order_pk.in_(pks)).order_by(ITEMS.c.id)
        for row in conn.execute(query).mappings():
            by_pk[row["order_pk"]].items.append(dict(row))
        query = select(REQUESTS.c.id, REQUESTS.c.order_pk, REQUESTS.c.channel, REQUESTS.c.state)
        for row in conn.execute(query.where(REQUESTS.c.order_pk.in_(pks))).mappings():
            by_pk[row["order_pk"]].requests.append(dict(row))
        query = select(CANCELLATIONS.c.order_pk).where(CANCELLATIONS.c.order_pk.in_(pks))
        for (pk,) in conn.execute(query):
            by_pk[pk].cancelled_before = True
        return found

    # -- planning ---------------------------------------------------------------------------

    def _new_item(
        self, record: OrderRecord, item: ItemRecord, status: OrderStatus, exp: int
    ) -> dict[str, Any]:
        values = item.values
        get = values.get  # a million items in a big file: one lookup of the method
        quantity = get("quantity")
        if not isinstance(quantity, int):
            raise self._fail(item.line, "quantity", "", "a new item needs a quantity")
        row: dict[str, Any] = {
            "order_item_id": get("order_item_id"),
            "sku": values["sku"],
            "asin": get("asin"),
            "product_name": get("product_name", ""),
            "status": get("item_status") or ITEM_STATUS_OF_ORDER[status].value,
            "quantity": quantity,
            "quantity_shipped": 0,
            "quantity_cancelled": 0,
            "item_price_minor": _minor(get("item_price"), exp),
            "item_tax_minor": _minor(get("item_tax"), exp),
            "shipping_price_minor": _minor(get("shipping_price"), exp),
            "shipping_tax_minor": _minor(get("shipping_tax"), exp),
            "promotion_discount_minor": _minor(get("promotion_discount"), exp),
            "customised": get("customised", False),
        }
        self._item_quantities(row, values)
        return row

    @staticmethod
    def _item_quantities(row: dict[str, Any], values: dict[str, object]) -> None:
        """Quantities follow the item's status unless the file gives them."""
        if "quantity_shipped" in values or "quantity_cancelled" in values:
            row["quantity_shipped"] = values.get("quantity_shipped", row["quantity_shipped"])
            row["quantity_cancelled"] = values.get("quantity_cancelled", row["quantity_cancelled"])
            return
        if row["status"] == ItemStatus.SHIPPED:
            row["quantity_shipped"] = row["quantity"]
            row["quantity_cancelled"] = 0
        elif row["status"] == ItemStatus.CANCELED:
            row["quantity_cancelled"] = max(row["quantity"] - row["quantity_shipped"], 0)

    def _plan_new(self, record: OrderRecord) -> _Plan:
        values = record.values
        line = record.first_line
        purchase = values.get("purchase_date")
        if not isinstance(purchase, datetime):
            raise self._fail(line, "purchase_date", "", "a new order needs a purchase date")
        status_text = values.get("status")
        if not status_text:
            raise self._fail(line, "status", "", "a new order needs an order status")
        channel = values.get("channel")
        if not channel:
            raise self._fail(line, "channel", "", "a new order needs a fulfilment channel")
        status = OrderStatus(str(status_text))
        currency = str(values.get("currency") or self.default_currency)
        exp = exponent(currency)
        items = [self._new_item(record, item, status, exp) for item in record.items.values()]
        last_updated = values.get("last_updated") or purchase
        order: dict[str, Any] = {
            "order_id": record.order_id,
            "merchant_order_id": values.get("merchant_order_id"),
            "purchase_date": purchase,
            "purchase_day": local_day(purchase, self.zone),
            "last_updated": last_updated,
            "status": status.value,
            "channel": channel,
            "marketplace": values.get("marketplace") or "Amazon.com",
            "ship_service_level": values.get("ship_service_level"),
            "latest_ship_date": values.get("latest_ship_date"),
            "shipped_at": values.get("shipped_at"),
            "currency": currency,
            "ship_city": values.get("ship_city"),
            "ship_state": values.get("ship_state"),
            "ship_postal_code": values.get("ship_postal_code"),
            "ship_country": values.get("ship_country"),
            "is_business_order": bool(values.get("is_business_order", False)),
            "has_open_request": False,
            "cancel_counted": False,
            "version": 1,
        }
        derive(order, items)
        plan = _Plan(record, "new", order, new_items=items)
        if not self.events:  # our own export: the order as it was, nothing to infer
            order["cancel_counted"] = bool(values.get("cancel_counted", False))
            return plan
        if record.buyer_requested:
            plan.request = self._request(record, last_updated)
        if status is OrderStatus.CANCELED:
            self._cancel(plan, was_pending=False, request_on_record=record.buyer_requested)
        order["has_open_request"] = bool(
            plan.request and plan.request["state"] == "open" and status.is_open
        )
        return plan

    def _plan_update(self, record: OrderRecord, known: _Existing) -> _Plan:
        values = record.values
        old = known.order
        incoming = values.get("last_updated")
        if isinstance(incoming, datetime) and incoming < old["last_updated"]:
            return _Plan(record, "unchanged", old)  # an older report: what is stored is newer
        order = dict(old)
        changes: list[str] = []
        for name in ORDER_FIELDS:
            if name in values and values[name] != old[name]:
                order[name] = values[name]
                if name != "status":
                    changes.append(f"{name.replace('_', ' ')} {old[name]} → {values[name]}")
        old_status, status = OrderStatus(old["status"]), OrderStatus(order["status"])
        if status is not old_status:
            try:
                check_transition(record.order_id, old_status, status)
            except IllegalTransition as refused:
                raise self._fail(
                    record.first_line, "status", str(values.get("status", "")), str(refused)
                ) from None
            changes.insert(0, f"status {old_status.label} → {status.label}")
        if order["purchase_date"] != old["purchase_date"]:
            order["purchase_day"] = local_day(order["purchase_date"], self.zone)
        plan = _Plan(record, "unchanged", order, pk=old["id"], changes=changes)
        items = self._merge_items(plan, known, status, status is not old_status)
        if not self.events:
            pass
        elif record.buyer_requested and not any(
            r["channel"] == RequestChannel.AMAZON for r in known.requests
        ):
            plan.request = self._request(record, incoming or self.now)
            changes.append("buyer requested cancellation")
        if (
            self.events
            and status is OrderStatus.CANCELED
            and old_status is not OrderStatus.CANCELED
        ):
            if not known.cancelled_before:
                on_record = record.buyer_requested or any(
                    r["channel"] == RequestChannel.AMAZON for r in known.requests
                )
                self._cancel(
                    plan, was_pending=old_status in PENDING_STATUSES, request_on_record=on_record
                )
                plan.request_id = next(
                    (r["id"] for r in known.requests if r["channel"] == RequestChannel.AMAZON),
                    None,
                )
            plan.accepted_requests = [r["id"] for r in known.requests if r["state"] == "open"]
        if not changes:
            return plan
        plan.kind = "updated"
        if isinstance(incoming, datetime):
            order["last_updated"] = incoming
        order["version"] = old["version"] + 1
        derive(order, items)
        still_open = any(
            r["state"] == "open" and r["id"] not in plan.accepted_requests for r in known.requests
        ) or bool(plan.request and plan.request["state"] == "open")
        order["has_open_request"] = still_open and status.is_open
        return plan

    def _merge_items(
        self, plan: _Plan, known: _Existing, status: OrderStatus, status_changed: bool
    ) -> list[dict[str, Any]]:
        """Update known items from the file and add new ones; returns all the order's items."""
        exp = exponent(plan.order["currency"])
        current = [dict(i) for i in known.items]
        by_item_id = {i["order_item_id"]: i for i in current if i["order_item_id"]}
        by_sku: dict[str, dict[str, Any]] = {}
        for i in current:
            by_sku.setdefault(i["sku"], i)
        for item in plan.record.items.values():
            values = item.values
            item_id = values.get("order_item_id")
            match = by_item_id.get(item_id) if item_id else by_sku.get(str(values["sku"]))
            if match is None:
                new = self._new_item(plan.record, item, status, exp)
                plan.new_items.append(new)
                current.append(new)
                plan.changes.append(f"new item {new['sku']}")
                continue
            before = dict(match)
            for name, column in ITEM_COLUMNS.items():
                if name in values:
                    given = values[name]
                    match[column] = _minor(given, exp) if column in _MONEY_COLUMNS else given
            follows = status is not OrderStatus.PARTIALLY_SHIPPED
            if "item_status" not in values and status_changed and follows:
                match["status"] = ITEM_STATUS_OF_ORDER[status].value
            if match["status"] != before["status"] or "quantity" in values:
                self._item_quantities(match, values)
            if match != before:
                plan.changed_items.append(match)
                what = [c for c in _ITEM_UPDATE_COLUMNS if match[c] != before[c]]
                plan.changes.append(f"item {match['sku']}: {', '.join(what)} changed")
        if status_changed and status in (OrderStatus.SHIPPED, OrderStatus.CANCELED):
            target = ITEM_STATUS_OF_ORDER[status].value
            listed = {id(i) for i in plan.changed_items} | {id(i) for i in plan.new_items}
            for match in current:  # items the file did not list follow the order
                if id(match) in listed or match["status"] == target:
                    continue
                match["status"] = target
                self._item_quantities(match, {})
                plan.changed_items.append(match)
        return current

    def _request(self, record: OrderRecord, at: object) -> dict[str, Any]:
        return {
            "requested_at": at if isinstance(at, datetime) else self.now,
            "channel": RequestChannel.AMAZON.value,
            "reason": str(record.values.get("buyer_cancel_reason") or ""),
            "state": "open",
            "answered_at": None,
            "answer_note": "",
            "source": self.ctx.source,
        }

    def _cancel(self, plan: _Plan, *, was_pending: bool, request_on_record: bool) -> None:
        order = plan.order
        channel = Channel(order["channel"])
        if was_pending:
            initiator = Initiator.BUYER
        else:
            initiator = Initiator.AMAZON if channel is Channel.AFN else Initiator.SELLER
        counted = counts_against_seller(
            channel=channel,
            initiator=initiator,
            request_on_record=request_on_record,
            was_pending=was_pending,
        )
        at = order["last_updated"]
        who = "the buyer's request" if request_on_record else "no buyer request on record"
        plan.cancel = {
            "cancelled_at": at,
            "cancelled_day": local_day(at, self.zone),
            "initiator": initiator.value,
            "via": "import",
            "reason_code": BUYER_CANCELED
            if request_on_record or was_pending
            else GENERAL_ADJUSTMENT,
            "counted": counted,
            "restocked": False,
            "refund_minor": 0,
            "cost_minor": 0,
            "currency": order["currency"],
            "note": f"Cancelled outside Seller Desk; found in {self.ctx.source} ({who}).",
            "buyer_message": "",
            "actor": self.ctx.actor,
            "source": self.ctx.source,
        }
        order["cancel_counted"] = counted
        if plan.request is not None:
            plan.request["state"] = "accepted"
            plan.request["answered_at"] = at
            plan.request["answer_note"] = "cancelled (from the imported report)"
        verdict = "counts against" if counted else "does not count against"
        plan.changes.append(f"cancelled ({who}); {verdict} your cancellation rate")

    # -- writing ----------------------------------------------------------------------------

    def _write(self, plans: list[_Plan]) -> None:
        conn = self.conn
        new = [p for p in plans if p.kind == "new"]
        updated = [p for p in plans if p.kind == "updated"]
        if new:
            # plain executemany, then the new keys: RETURNING with ordered rows falls back to a
            # statement per row on SQLite
            newest = self._newest_id() if conn.dialect.name == "sqlite" else None
            bulk_insert(conn, ORDERS, [p.order for p in new])
            keys = self._new_ids(newest, [p.order["order_id"] for p in new])
            for plan, pk in zip(new, keys, strict=True):
                plan.pk = pk
        if updated:
            changing = (
                update(ORDERS)
                .where(ORDERS.c.id == bindparam("b_pk"))
                .values({c: bindparam(f"v_{c}") for c in _ORDER_UPDATE_COLUMNS})
            )
            rows = [
                {"b_pk": p.pk, **{f"v_{c}": p.order[c] for c in _ORDER_UPDATE_COLUMNS}}
                for p in updated
            ]
            conn.execute(changing, rows)
        new_items = [item for p in plans for item in p.new_items]
        for plan in plans:
            for item in plan.new_items:
                item["order_pk"] = plan.pk
        if new_items:
            bulk_insert(conn, ITEMS, new_items)
            self._stock({i["sku"]: i["product_name"] for i in new_items})
        changed = [item for p in plans for item in p.changed_items]
        if changed:
            item_update = (
                update(ITEMS)
                .where(ITEMS.c.id == bindparam("b_id"))
                .values({c: bindparam(f"v_{c}") for c in _ITEM_UPDATE_COLUMNS})
            )
            conn.execute(
                item_update,
                [
                    {"b_id": i["id"], **{f"v_{c}": i[c] for c in _ITEM_UPDATE_COLUMNS}}
                    for i in changed
                ],
            )
        self._write_requests(plans)
        self._write_cancellations([p for p in plans if p.cancel is not None])
        self._write_audit(new, updated)

    def _newest_id(self) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(ORDERS.c.id), 0))).scalar_one())

    def _new_ids(self, newest_before: int | None, order_ids: list[str]) -> list[int]:
        """The keys of the orders just inserted, in insertion order.

        SQLite numbers each new row one past the table's largest key, so under the write lock
        they are ``newest_before + 1 ...``, as the table's largest key then confirms; otherwise
        (PostgreSQL, or a table whose keys were taken out of order) one query looks them up.
        """
        count = len(order_ids)
        if newest_before is not None and self._newest_id() == newest_before + count:
            return list(range(newest_before + 1, newest_before + count + 1))
        query = select(ORDERS.c.order_id, ORDERS.c.id).where(ORDERS.c.order_id.in_(order_ids))
        pks: dict[str, int] = {oid: pk for oid, pk in self.conn.execute(query)}
        return [pks[oid] for oid in order_ids]

    def _write_requests(self, plans: list[_Plan]) -> None:
        conn = self.conn
        asking = [p for p in plans if p.request is not None]
        if asking:
            conn.execute(
                insert(REQUESTS), [{**(p.request or {}), "order_pk": p.pk} for p in asking]
            )
            newest = self._newest(REQUESTS, [p.pk for p in asking])
            for plan in asking:
                plan.request_id = newest[plan.pk]
        accepted = [(rid, p) for p in plans for rid in p.accepted_requests]
        if accepted:
            accepting = (
                update(REQUESTS)
                .where(REQUESTS.c.id == bindparam("b_id"))
                .values(
                    state="accepted",
                    answered_at=bindparam("v_at"),
                    answer_note="cancelled (from the imported report)",
                )
            )
            conn.execute(
                accepting, [{"b_id": rid, "v_at": p.order["last_updated"]} for rid, p in accepted]
            )

    def _write_cancellations(self, plans: list[_Plan]) -> None:
        if not plans:
            return
        conn = self.conn
        rows = [
            {**(p.cancel or {}), "order_pk": p.pk, "buyer_request_id": p.request_id} for p in plans
        ]
        conn.execute(insert(CANCELLATIONS), rows)
        by_pk = self._newest(CANCELLATIONS, [p.pk for p in plans])
        query = select(ITEMS.c.id, ITEMS.c.order_pk, ITEMS.c.sku, ITEMS.c.quantity_cancelled)
        lines = [
            {
                "cancellation_id": by_pk[row.order_pk],
                "item_pk": row.id,
                "sku": row.sku,
                "quantity": row.quantity_cancelled,
                "restocked": 0,
            }
            for row in conn.execute(query.where(ITEMS.c.order_pk.in_(list(by_pk))))
            if row.quantity_cancelled > 0
        ]
        if lines:
            conn.execute(insert(CANCEL_LINES), lines)

    def _newest(self, table: Table, order_pks: list[int | None]) -> dict[int | None, int]:
        """The id of each order's newest row in ``table`` (the one just inserted)."""
        query = (
            select(table.c.order_pk, func.max(table.c.id))
            .where(table.c.order_pk.in_(order_pks))
            .group_by(table.c.order_pk)
        )
        return {pk: row_id for pk, row_id in self.conn.execute(query)}

    def _stock(self, skus: dict[str, str]) -> None:
        fresh = {s: n for s, n in skus.items() if s not in self.known_skus}
        if not fresh:
            return
        query = select(STOCK.c.sku).where(STOCK.c.sku.in_(list(fresh)))
        stocked = set(self.conn.execute(query).scalars())
        missing = [
            {"sku": s, "product_name": n, "on_hand": 0, "updated_at": self.now}
            for s, n in fresh.items()
            if s not in stocked
        ]
        if missing:
            self.conn.execute(insert(STOCK), missing)
        self.known_skus.update(fresh)

    def _write_audit(self, new: list[_Plan], updated: list[_Plan]) -> None:
        ctx, source = self.ctx, self.ctx.source
        # a new order with nothing more to say (most of them) shares one sentence and one
        # details object, which is then encoded once per batch
        plain = (f"Imported from {source}.", {"file": source, "changes": ["imported"]})
        events = [
            {
                "at": self.now,
                "actor": ctx.actor,
                "source": source,
                "order_pk": p.pk,
                "action": "import.create" if p.kind == "new" else "import.update",
                "summary": _sentence(p, source),
                "details": {"file": source, "changes": _changes(p)},
            }
            if p.changes
            else {
                "at": self.now,
                "actor": ctx.actor,
                "source": source,
                "order_pk": p.pk,
                "action": "import.create",
                "summary": plain[0],
                "details": plain[1],
            }
            for p in (*new, *updated)
        ]
        if events:
            bulk_insert(self.conn, AUDIT, events)


def _changes(plan: _Plan) -> list[str]:
    return ["imported", *plan.changes] if plan.kind == "new" else plan.changes


def _sentence(plan: _Plan, source: str) -> str:
    if plan.kind == "new":
        tail = f"; {'; '.join(plan.changes)}" if plan.changes else ""
        return f"Imported from {source}{tail}."
    text = "; ".join(plan.changes)
    if len(text) > 400:
        text = text[:399] + "…"
    return f"Updated from {source}: {text}."
