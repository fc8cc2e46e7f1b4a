"""An order's derived columns (item count, SKUs, total, search text, status), kept in one place.

Every writer (the services, the importer, the demo builder) calls these, so the table's
columns, filters and search agree whichever path wrote the order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.core.search import haystack
from desktop_app.core.status import OrderStatus, order_status_from_items

if TYPE_CHECKING:  # the import's reader process uses the texts, and loads no ORM for them
    from desktop_app.db.models import Order, OrderItem

SKUS_MAX = 255


def skus_text(skus: Iterable[str]) -> str:
    """'SKU-1, SKU-2' in first-seen order, cut to fit the column."""
    text = ", ".join(dict.fromkeys(skus))
    return text if len(text) <= SKUS_MAX else text[: SKUS_MAX - 1] + "…"


def search_text(order_id: str, skus: Iterable[str], names: Iterable[str], city: str | None) -> str:
    """The search box's haystack: order id, SKUs, product names, city, folded (lower-case,
    no accents) and kept apart by a separator no query contains (core.search)."""
    parts = [order_id, *skus, *names]
    if city:
        parts.append(city)
    return haystack(parts)


def refresh_summary(order: Order) -> None:
    """Recompute the order's derived columns from its items (call after changing items)."""
    items: list[OrderItem] = list(order.items)
    order.item_count = sum(i.quantity for i in items)
    order.total_minor = sum(i.paid_minor for i in items)
    order.skus = skus_text(i.sku for i in items)
    order.search_text = search_text(
        order.order_id, (i.sku for i in items), (i.product_name for i in items), order.ship_city
    )


def derived_status(order: Order) -> OrderStatus:
    """The status the items imply (Shipped, Partially shipped, Cancelled) or the current one."""
    current = OrderStatus(order.status)
    return order_status_from_items(
        [(i.quantity, i.quantity_shipped, i.quantity_cancelled) for i in order.items], current
    )
