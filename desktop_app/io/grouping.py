"""Rows into orders: one record per order id, its items merged, in batches of a few thousand rows.

Rows of one order follow each other in Amazon's reports; a batch never splits such a run. An
exact duplicate row is dropped (and counted); a row that repeats an item or an order-level
value with a different value is an error, since the file contradicts itself. When any row of
an order is wrong, the whole order is held back, so no order is imported with items missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.io.errors import RowError, preview
from desktop_app.io.fields import RowData

# order-level values several rows may give differently without contradicting each other
_MERGED = frozenset({"buyer_requested", "buyer_cancel_reason"})
_DISCOUNTS = ("item_promotion_discount", "ship_promotion_discount")
_ZERO = Decimal(0)


@dataclass(slots=True)
class ItemRecord:
    line: int
    key: str  # the order item id when the file has one, else the SKU
    values: dict[str, object]


@dataclass(slots=True)
class OrderRecord:
    order_id: str
    first_line: int
    lines: list[int]
    values: dict[str, object]
    items: dict[str, ItemRecord]

    @property
    def buyer_requested(self) -> bool:
        return self.values.get("buyer_requested") is True


@dataclass(slots=True)
class Batch:
    orders: dict[str, OrderRecord] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0  # data rows read, good and bad
    rejected_rows: int = 0
    duplicates: int = 0
    last_line: int = 0


def _item_values(item: dict[str, object]) -> dict[str, object]:
    """Amazon splits promotions into item and shipping discounts; Seller Desk keeps one."""
    if "item_promotion_discount" in item or "ship_promotion_discount" in item:
        found = [item.pop(name, None) for name in _DISCOUNTS]
        amounts = [v for v in found if isinstance(v, Decimal) and v]
        # one amount (or none) stays the converter's shared object, whose hash is known
        item["promotion_discount"] = (
            sum(amounts, Decimal(0)) if len(amounts) > 1 else (amounts[0] if amounts else _ZERO)
        )
    return item


def _key(item: dict[str, object]) -> str:
    item_id = item.get("order_item_id")
    return f"id:{item_id}" if item_id else f"sku:{item['sku']}"


class _Collector:
    def __init__(self, header_of: Callable[[str], str]) -> None:
        self.header_of = header_of
        self.batch = Batch()
        self.bad: dict[str, int] = {}  # order id -> first bad line

    def add_error(self, error: RowError) -> None:
        batch = self.batch
        batch.errors.append(error)
        if error.order_id:
            self.bad.setdefault(error.order_id, error.line)

    def add_row(self, row: RowData) -> None:
        record = self.batch.orders.get(row.order_id)
        if record is None:
            item = row.item
            items = {}
            if item is not None:
                values = _item_values(item)
                key = _key(values)
                items[key] = ItemRecord(row.line, key, values)
            self.batch.orders[row.order_id] = OrderRecord(
                row.order_id, row.line, [row.line], row.order, items
            )
            return
        conflict = self._merge(record, row)
        if conflict is not None:
            self.add_error(conflict)
        else:
            record.lines.append(row.line)

    def _merge(self, record: OrderRecord, row: RowData) -> RowError | None:
        for name, value in row.order.items():
            known = record.values.get(name)
            if known is None:
                record.values[name] = value
            elif name == "buyer_requested":
                record.values[name] = known is True or value is True
            elif known != value and name not in _MERGED:
                return RowError(
                    row.line,
                    self.header_of(name),
                    preview(str(value)),
                    f"order {row.order_id} has {known!s} here on line {record.first_line} "
                    "of the same order; the rows contradict each other",
                    row.order_id,
                )
        if row.item is None:
            return None
        values = _item_values(row.item)
        key = _key(values)
        existing = record.items.get(key)
        if existing is None:
            record.items[key] = ItemRecord(row.line, key, values)
            return None
        if existing.values == values:
            self.batch.duplicates += 1  # the same row twice: nothing new
            return None
        return RowError(
            row.line,
            self.header_of("order_item_id" if "order_item_id" in values else "sku"),
            preview(key),
            f"order {row.order_id} lists item {key.partition(':')[2]} again with different values "
            f"(first on line {existing.line})",
            row.order_id,
        )

    def finish(self) -> Batch:
        """Hold back every order with a bad row, and say so for its other rows."""
        batch = self.batch
        for order_id, bad_line in self.bad.items():
            record = batch.orders.pop(order_id, None)
            if record is None:
                continue
            for line in record.lines:
                batch.errors.append(
                    RowError(
                        line,
                        "",
                        order_id,
                        f"not imported because line {bad_line} of order {order_id} is wrong",
                        order_id,
                    )
                )
        batch.rejected_rows = len({e.line for e in batch.errors})
        return batch


def _same(name: str) -> str:
    return name


def batches(
    rows: Iterable[RowData | RowError],
    size: int = 5000,
    header_of: Callable[[str], str] = _same,
) -> Iterator[Batch]:
    """Group ``rows`` into batches of about ``size`` rows, never splitting an order's run.

    ``header_of`` names a field's column in the file, for messages.
    """
    collector = _Collector(header_of)
    last_order = ""
    for row in rows:
        order_id = row.order_id
        batch = collector.batch
        if batch.rows >= size and order_id != last_order:
            yield collector.finish()
            collector = _Collector(header_of)
            batch = collector.batch
        if row.line != batch.last_line:  # a row with several bad cells is one row
            batch.rows += 1
        batch.last_line = row.line
        last_order = order_id
        if isinstance(row, RowError):
            collector.add_error(row)
        else:
            collector.add_row(row)
    if collector.batch.rows:
        yield collector.finish()
