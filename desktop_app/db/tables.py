"""The schema as SQLAlchemy Core tables: what the database holds, without the ORM.

The ORM classes in :mod:`desktop_app.db.models` are mapped onto these tables; code that only
reads rows (the orders table's pages, counts and search, the change watcher) uses the tables
directly and never loads the ORM, which keeps it off the path to the window's first rows.

Money is integer minor units in the order's currency. Times are aware UTC (``UTCDateTime``);
``*_day`` columns hold the shop's local calendar day, fixed when the row is written, so that
day-by-day charts group on an indexed column the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from desktop_app.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

orders = Table(
    "orders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_id", String(64), nullable=False, unique=True),  # amazon-order-id
    Column("merchant_order_id", String(64)),
    Column("purchase_date", UTCDateTime, nullable=False),
    Column("purchase_day", Date, nullable=False),  # shop-local day of purchase_date
    Column("last_updated", UTCDateTime, nullable=False),
    Column("status", String(24), nullable=False),  # core.status.OrderStatus
    Column("channel", String(3), nullable=False),  # core.status.Channel
    Column("marketplace", String(64), nullable=False, default="Amazon.com"),
    Column("ship_service_level", String(32)),
    Column("latest_ship_date", UTCDateTime),  # ship-by (MFN)
    Column("shipped_at", UTCDateTime),
    Column("currency", String(3), nullable=False),
    Column("total_minor", BigInteger, nullable=False, default=0),  # items+shipping+tax-promos
    Column("item_count", Integer, nullable=False, default=0),
    Column("skus", String(255), nullable=False, default=""),  # "SKU1, SKU2" for display
    Column("ship_city", String(100)),
    Column("ship_state", String(100)),
    Column("ship_postal_code", String(32)),
    Column("ship_country", String(2)),
    Column("is_business_order", Boolean, nullable=False, default=False),
    # lower-case "order id | skus | product names | city" for the search box
    Column("search_text", Text, nullable=False, default=""),
    # denormalised for the table's filters and the rate chart; kept by the services
    Column("has_open_request", Boolean, nullable=False, default=False),
    Column("cancel_counted", Boolean, nullable=False, default=False),
    Column("version", Integer, nullable=False, default=1),
    Index(None, "channel", "purchase_date"),
    Index(None, "has_open_request", "purchase_date"),
    Index(None, "item_count"),
    Index(None, "latest_ship_date"),
    Index(None, "marketplace", "purchase_date"),
    Index(None, "purchase_date"),
    Index(None, "skus"),
    Index(None, "status", "purchase_date"),
    Index(None, "total_minor"),
)

# Orders and seller-counted cancellations per purchase day, marketplace and channel: what every
# rate reads. Kept exact by the database's triggers (see db.day_counts); never written by hand.
order_day_counts = Table(
    "order_day_counts",
    metadata,
    Column("purchase_day", Date, primary_key=True),
    Column("marketplace", String(64), primary_key=True),
    Column("channel", String(3), primary_key=True),
    Column("orders", Integer, nullable=False, default=0),
    Column("counted", Integer, nullable=False, default=0),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

stock = Table(
    "stock",
    metadata,
    Column("sku", String(64), primary_key=True),
    Column("product_name", Text, nullable=False, default=""),
    Column("on_hand", Integer, nullable=False, default=0),
    Column("updated_at", UTCDateTime, nullable=False),
)

amazon_requests = Table(
    "amazon_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("requested_at", UTCDateTime, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("state", String(16), nullable=False, default="open"),
    Index(None, "order_pk"),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("source", String(255), nullable=False),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE")),
    Column("action", String(48), nullable=False),
    Column("summary", Text, nullable=False),
    Column("details", JSON, nullable=False, default=dict),
    Index(None, "order_pk", "at"),
)

buyer_requests = Table(
    "buyer_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("requested_at", UTCDateTime, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("state", String(16), nullable=False, default="open"),
    Column("answered_at", UTCDateTime),
    Column("answer_note", Text, nullable=False, default=""),
    Column("source", String(255), nullable=False, default="app"),
    Index(None, "order_pk"),
    Index(None, "state", "requested_at"),
)

order_items = Table(
    "order_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("order_item_id", String(64)),
    Column("sku", String(64), nullable=False),
    Column("asin", String(16)),
    Column("product_name", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("quantity_shipped", Integer, nullable=False, default=0),
    Column("quantity_cancelled", Integer, nullable=False, default=0),
    Column("item_price_minor", BigInteger, nullable=False, default=0),
    Column("item_tax_minor", BigInteger, nullable=False, default=0),
    Column("shipping_price_minor", BigInteger, nullable=False, default=0),
    Column("shipping_tax_minor", BigInteger, nullable=False, default=0),
    Column("promotion_discount_minor", BigInteger, nullable=False, default=0),
    Column("customised", Boolean, nullable=False, default=False),
    Index(None, "order_pk"),
    Index(None, "sku", "status"),
)

returns = Table(
    "returns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("refund_minor", BigInteger, nullable=False, default=0),
    Column("currency", String(3), nullable=False),
    Column("state", String(16), nullable=False, default="started"),
    Column("received_at", UTCDateTime),
    Column("restocked", Boolean, nullable=False, default=False),
    Column("actor", String(64), nullable=False),
    Index(None, "order_pk"),
    Index(None, "started_at"),
    Index(None, "state"),
)

cancellations = Table(
    "cancellations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_pk", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("cancelled_at", UTCDateTime, nullable=False),
    Column("cancelled_day", Date, nullable=False),
    Column("initiator", String(8), nullable=False),
    Column("via", String(16), nullable=False),
    Column("reason_code", String(48), nullable=False),
    Column("buyer_request_id", Integer, ForeignKey("buyer_requests.id")),
    Column("counted", Boolean, nullable=False),
    Column("restocked", Boolean, nullable=False, default=False),
    Column("refund_minor", BigInteger, nullable=False, default=0),
    Column("cost_minor", BigInteger, nullable=False, default=0),
    Column("currency", String(3), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("buyer_message", Text, nullable=False, default=""),
    Column("actor", String(64), nullable=False),
    Column("source", String(255), nullable=False, default="app"),
    Index(None, "cancelled_day", "initiator"),
    Index(None, "counted", "cancelled_at"),
    Index(None, "order_pk"),
)

return_lines = Table(
    "return_lines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("return_id", Integer, ForeignKey("returns.id", ondelete="CASCADE"), nullable=False),
    Column("item_pk", Integer, ForeignKey("order_items.id", ondelete="CASCADE"), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Index(None, "return_id"),
)

cancellation_lines = Table(
    "cancellation_lines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "cancellation_id",
        Integer,
        ForeignKey("cancellations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("item_pk", Integer, ForeignKey("order_items.id", ondelete="CASCADE"), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("restocked", Integer, nullable=False, default=0),
    Index(None, "cancellation_id"),
    Index(None, "sku"),
)
