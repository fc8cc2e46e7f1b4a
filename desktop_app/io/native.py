"""Seller Desk's own format: what the export writes, read back exactly.

One row per item with the order's columns repeated (an order without items has one row with
the item columns blank). The first header cell, ``seller-desk-order-id``, marks the format.

Cells are neutralised against spreadsheet formula injection: a cell that starts with
``= + - @``, a tab or a carriage return gets a leading apostrophe, and so does a cell that
already starts with an apostrophe, so that reading strips exactly one apostrophe when there
is one and every cell comes back as it was. Plain numbers such as ``-5.00`` are no formula
and stay as they are.
"""

from __future__ import annotations

import re

from desktop_app.io.fields import CellOptions
from desktop_app.io.table import Layout

MARKER = "seller-desk-order-id"

# header name -> field, in the order the export writes them
COLUMNS: dict[str, str] = {
    MARKER: "order_id",
    "merchant-order-id": "merchant_order_id",
    "purchase-date": "purchase_date",
    "last-updated": "last_updated",
    "status": "status",
    "channel": "channel",
    "marketplace": "marketplace",
    "ship-service-level": "ship_service_level",
    "latest-ship-date": "latest_ship_date",
    "shipped-at": "shipped_at",
    "currency": "currency",
    "ship-city": "ship_city",
    "ship-state": "ship_state",
    "ship-postal-code": "ship_postal_code",
    "ship-country": "ship_country",
    "is-business-order": "is_business_order",
    "cancel-counted": "cancel_counted",
    "order-item-id": "order_item_id",
    "sku": "sku",
    "asin": "asin",
    "product-name": "product_name",
    "item-status": "item_status",
    "quantity": "quantity",
    "quantity-shipped": "quantity_shipped",
    "quantity-cancelled": "quantity_cancelled",
    "item-price": "item_price",
    "item-tax": "item_tax",
    "shipping-price": "shipping_price",
    "shipping-tax": "shipping_tax",
    "promotion-discount": "promotion_discount",
    "customised": "customised",
}
# shown for people, ignored when read back (derived from the items)
DISPLAY_ONLY = ("order-total", "units")

NATIVE = Layout(
    name="seller-desk",
    columns=COLUMNS,
    required_columns=(MARKER, "purchase-date", "status", "channel", "currency"),
    required_values=("order_id",),
    options=CellOptions(strip=False, unescape=True),
    ignore_case=False,
    reports_events=False,
)

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "'")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet; :func:`restore` undoes it exactly."""
    if cell.startswith(_DANGEROUS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def looks_native(header: list[str]) -> bool:
    return bool(header) and header[0] == MARKER
