"""The schema, as SQLAlchemy 2 typed models.

Money is integer minor units in the order's currency. Times are aware UTC (``UTCDateTime``);
``*_day`` columns hold the shop's local calendar day, fixed when the row is written, so that
day-by-day charts group on an indexed column the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Shop-wide settings (time zone, default currency, saved column mappings...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), unique=True)  # amazon-order-id
    merchant_order_id: Mapped[str | None] = mapped_column(String(64))
    purchase_date: Mapped[datetime] = mapped_column(UTCDateTime)
    purchase_day: Mapped[date] = mapped_column(Date)  # shop-local day of purchase_date
    last_updated: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(24))  # core.status.OrderStatus
    channel: Mapped[str] = mapped_column(String(3))  # core.status.Channel
    marketplace: Mapped[str] = mapped_column(String(64), default="Amazon.com")
    ship_service_level: Mapped[str | None] = mapped_column(String(32))
    latest_ship_date: Mapped[datetime | None] = mapped_column(UTCDateTime)  # ship-by (MFN)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # items+shipping+tax-promos
    item_count: Mapped[int] = mapped_column(Integer, default=0)  # units ordered
    skus: Mapped[str] = mapped_column(String(255), default="")  # "SKU1, SKU2" for display
    ship_city: Mapped[str | None] = mapped_column(String(100))
    ship_state: Mapped[str | None] = mapped_column(String(100))
    ship_postal_code: Mapped[str | None] = mapped_column(String(32))
    ship_country: Mapped[str | None] = mapped_column(String(2))
    is_business_order: Mapped[bool] = mapped_column(Boolean, default=False)
    # lower-case "order id | skus | product names | city" for the search box
    search_text: Mapped[str] = mapped_column(Text, default="")
    # denormalised for the table's filters and the rate chart; kept by the services
    has_open_request: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_counted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.id"
    )
    requests: Mapped[list[BuyerRequest]] = relationship(
        back_populates="order", order_by="BuyerRequest.requested_at"
    )
    cancellations: Mapped[list[Cancellation]] = relationship(
        back_populates="order", order_by="Cancellation.cancelled_at"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index(None, "purchase_date"),
        Index(None, "status", "purchase_date"),
        Index(None, "channel", "purchase_date"),
        Index(None, "purchase_day", "channel", "cancel_counted"),
        Index(None, "latest_ship_date"),
        Index(None, "total_minor"),
        Index(None, "item_count"),
        Index(None, "marketplace", "purchase_date"),
        Index(None, "skus"),
        Index(None, "has_open_request", "purchase_date"),
    )


class OrderItem(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    order_item_id: Mapped[str | None] = mapped_column(String(64))
    sku: Mapped[str] = mapped_column(String(64))
    asin: Mapped[str | None] = mapped_column(String(16))
    product_name: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # core.status.ItemStatus
    quantity: Mapped[int] = mapped_column(Integer)
    quantity_shipped: Mapped[int] = mapped_column(Integer, default=0)
    quantity_cancelled: Mapped[int] = mapped_column(Integer, default=0)
    item_price_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # for the line
    item_tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    promotion_discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    customised: Mapped[bool] = mapped_column(Boolean, default=False)

    order: Mapped[Order] = relationship(back_populates="items")

    @property
    def open_quantity(self) -> int:
        return max(self.quantity - self.quantity_shipped - self.quantity_cancelled, 0)

    @property
    def paid_minor(self) -> int:
        return (
            self.item_price_minor
            + self.item_tax_minor
            + self.shipping_price_minor
            + self.shipping_tax_minor
            - self.promotion_discount_minor
        )

    __table_args__ = (Index(None, "order_pk"), Index(None, "sku", "status"))


class Stock(Base):
    """Stock on hand per SKU. Reserved = open quantities of unshipped items (a query)."""

    __tablename__ = "stock"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    product_name: Mapped[str] = mapped_column(Text, default="")
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BuyerRequest(Base):
    """A buyer's cancellation request: through Amazon (on record) or only in a message."""

    __tablename__ = "buyer_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(16))  # core.reasons.RequestChannel
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open|accepted|declined
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer_note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(255), default="app")

    order: Mapped[Order] = relationship(back_populates="requests")

    __table_args__ = (Index(None, "state", "requested_at"), Index(None, "order_pk"))


class AmazonRequest(Base):
    """A request to Amazon to cancel an AFN order its warehouse holds."""

    __tablename__ = "amazon_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open|done|refused

    __table_args__ = (Index(None, "order_pk"),)


class Cancellation(Base):
    __tablename__ = "cancellations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    cancelled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_day: Mapped[date] = mapped_column(Date)  # shop-local day
    initiator: Mapped[str] = mapped_column(String(8))  # core.reasons.Initiator
    via: Mapped[str] = mapped_column(String(16))  # app | cli | import
    reason_code: Mapped[str] = mapped_column(String(48))
    buyer_request_id: Mapped[int | None] = mapped_column(ForeignKey("buyer_requests.id"))
    counted: Mapped[bool] = mapped_column(Boolean)  # against the seller's rate
    restocked: Mapped[bool] = mapped_column(Boolean, default=False)
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str] = mapped_column(Text, default="")
    buyer_message: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(255), default="app")

    order: Mapped[Order] = relationship(back_populates="cancellations")
    lines: Mapped[list[CancellationLine]] = relationship(
        back_populates="cancellation", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index(None, "cancelled_day", "initiator"),
        Index(None, "counted", "cancelled_at"),
        Index(None, "order_pk"),
    )


class CancellationLine(Base):
    __tablename__ = "cancellation_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cancellation_id: Mapped[int] = mapped_column(ForeignKey("cancellations.id", ondelete="CASCADE"))
    item_pk: Mapped[int] = mapped_column(ForeignKey("order_items.id", ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    restocked: Mapped[int] = mapped_column(Integer, default=0)

    cancellation: Mapped[Cancellation] = relationship(back_populates="lines")

    __table_args__ = (Index(None, "cancellation_id"), Index(None, "sku"))


class Return(Base):
    """A return and refund started for shipped goods."""

    __tablename__ = "returns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(16), default="started")  # started|received|refunded
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    restocked: Mapped[bool] = mapped_column(Boolean, default=False)
    actor: Mapped[str] = mapped_column(String(64))

    lines: Mapped[list[ReturnLine]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (Index(None, "started_at"), Index(None, "order_pk"), Index(None, "state"))


class ReturnLine(Base):
    __tablename__ = "return_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"))
    item_pk: Mapped[int] = mapped_column(ForeignKey("order_items.id", ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index(None, "return_id"),)


class AuditEvent(Base):
    """Append-only: who changed what, when, and from where."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(255))  # app | cli | file name of an import
    order_pk: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(48))
    summary: Mapped[str] = mapped_column(Text)  # one sentence for the history pane
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index(None, "order_pk", "at"),)
