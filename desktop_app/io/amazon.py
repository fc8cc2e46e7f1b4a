"""Amazon's order reports: All Orders (tab-separated, one row per item) and Unshipped orders.

Columns are found by header name, never by position; extra columns are ignored and optional
ones may be missing (domain.md, "Order report files").
"""

from __future__ import annotations

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.io.fields import CellOptions
from desktop_app.io.status_words import item_status_from_word, order_status_from_word
from desktop_app.io.table import Layout

__all__ = ["ALL_ORDERS", "UNSHIPPED", "item_status_from_word", "order_status_from_word"]

_BUYER_CANCEL = {
    "is-buyer-requested-cancellation": "buyer_requested",
    "is-buyer-requested-cancel": "buyer_requested",
    "buyer-requested-cancel-reason": "buyer_cancel_reason",
    "buyer-cancel-reason": "buyer_cancel_reason",
}

# The report's documented column order (SP-API "order tracking reports attributes"). The reader
# goes by header names; writers of sample reports (tests, benchmarks) use this order.
ALL_ORDERS_DOCUMENTED: tuple[str, ...] = (
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date",
    "order-status", "fulfillment-channel", "sales-channel", "order-channel",
    "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency",
    "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price",
    "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
    "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "cpf",
    "is-business-order", "purchase-order-number", "price-designation",
)  # fmt: skip
# The by-last-update variant of the report has no cpf column.
ALL_ORDERS_BY_LAST_UPDATE = tuple(c for c in ALL_ORDERS_DOCUMENTED if c != "cpf")

ALL_ORDERS_COLUMNS = {
    "amazon-order-id": "order_id",
    "merchant-order-id": "merchant_order_id",
    "purchase-date": "purchase_date",
    "last-updated-date": "last_updated",
    "order-status": "status",
    "fulfillment-channel": "channel",
    "sales-channel": "marketplace",
    "ship-service-level": "ship_service_level",
    "product-name": "product_name",
    "sku": "sku",
    "asin": "asin",
    "item-status": "item_status",
    "quantity": "quantity",
    "currency": "currency",
    "item-price": "item_price",
    "item-tax": "item_tax",
    "shipping-price": "shipping_price",
    "shipping-tax": "shipping_tax",
    "item-promotion-discount": "item_promotion_discount",
    "ship-promotion-discount": "ship_promotion_discount",
    "ship-city": "ship_city",
    "ship-state": "ship_state",
    "ship-postal-code": "ship_postal_code",
    "ship-country": "ship_country",
    "is-business-order": "is_business_order",
    **_BUYER_CANCEL,
}

UNSHIPPED_COLUMNS = {
    "order-id": "order_id",
    "order-item-id": "order_item_id",
    "purchase-date": "purchase_date",
    "reporting-date": "last_updated",
    "promise-date": "latest_ship_date",
    "sku": "sku",
    "product-name": "product_name",
    "quantity-purchased": "quantity",
    "quantity-shipped": "quantity_shipped",
    "ship-service-level": "ship_service_level",
    "ship-city": "ship_city",
    "ship-state": "ship_state",
    "ship-postal-code": "ship_postal_code",
    "ship-country": "ship_country",
    "is-business-order": "is_business_order",
    "currency": "currency",
    "item-price": "item_price",
    "item-tax": "item_tax",
    "shipping-price": "shipping_price",
    "shipping-tax": "shipping_tax",
    **_BUYER_CANCEL,
}

ALL_ORDERS = Layout(
    name="amazon-all-orders",
    columns=ALL_ORDERS_COLUMNS,
    required_columns=("amazon-order-id", "purchase-date", "order-status", "sku", "quantity"),
    required_values=("order_id", "sku", "quantity"),
    options=CellOptions(),
    quoting=False,
)

UNSHIPPED = Layout(
    name="amazon-unshipped",
    columns=UNSHIPPED_COLUMNS,
    required_columns=("order-id", "purchase-date", "sku", "quantity-purchased"),
    required_values=("order_id", "sku", "quantity"),
    implied={"status": OrderStatus.UNSHIPPED.value, "channel": Channel.MFN.value},
    options=CellOptions(),
    quoting=False,
)


def looks_like_all_orders(header: set[str]) -> bool:
    return "amazon-order-id" in header


def looks_like_unshipped(header: set[str]) -> bool:
    return "order-id" in header and bool({"quantity-purchased", "quantity-to-ship"} & header)
