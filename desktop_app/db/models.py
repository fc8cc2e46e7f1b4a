"""The ORM classes, mapped onto the Core tables of :mod:`desktop_app.db.tables`.

The services that change orders work with these objects (relationships, the version counter
that refuses a stale write); the columns and indexes themselves are defined once, in
``tables``. The annotations type the mapped attributes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from desktop_app.db import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class Setting(Base):
    """Shop-wide settings (time zone, default currency, saved column mappings...)."""

    __table__ = tables.settings
    key: Mapped[str]
    value: Mapped[str]


class Order(Base):
    __table__ = tables.orders

    id: Mapped[int]
    order_id: Mapped[str]
    merchant_order_id: Mapped[str | None]
    purchase_date: Mapped[datetime]
    purchase_day: Mapped[date]
    last_updated: Mapped[datetime]
    status: Mapped[str]
    channel: Mapped[str]
    marketplace: Mapped[str]
    ship_service_level: Mapped[str | None]
    latest_ship_date: Mapped[datetime | None]
    shipped_at: Mapped[datetime | None]
    currency: Mapped[str]
    total_minor: Mapped[int]
    item_count: Mapped[int]
    skus: Mapped[str]
    ship_city: Mapped[str | None]
    ship_state: Mapped[str | None]
    ship_postal_code: Mapped[str | None]
    ship_country: Mapped[str | None]
    is_business_order: Mapped[bool]
    search_text: Mapped[str]
    has_open_request: Mapped[bool]
    cancel_counted: Mapped[bool]
    version: Mapped[int]

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.id"
    )
    requests: Mapped[list[BuyerRequest]] = relationship(
        back_populates="order", order_by="BuyerRequest.requested_at"
    )
    cancellations: Mapped[list[Cancellation]] = relationship(
        back_populates="order", order_by="Cancellation.cancelled_at"
    )

    __mapper_args__ = {"version_id_col": tables.orders.c.version}  # noqa: RUF012


class OrderItem(Base):
    __table__ = tables.order_items

    id: Mapped[int]
    order_pk: Mapped[int]
    order_item_id: Mapped[str | None]
    sku: Mapped[str]
    asin: Mapped[str | None]
    product_name: Mapped[str]
    status: Mapped[str]
    quantity: Mapped[int]
    quantity_shipped: Mapped[int]
    quantity_cancelled: Mapped[int]
    item_price_minor: Mapped[int]
    item_tax_minor: Mapped[int]
    shipping_price_minor: Mapped[int]
    shipping_tax_minor: Mapped[int]
    promotion_discount_minor: Mapped[int]
    customised: Mapped[bool]

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


class Stock(Base):
    """Stock on hand per SKU. Reserved = open quantities of unshipped items (a query)."""

    __table__ = tables.stock

    sku: Mapped[str]
    product_name: Mapped[str]
    on_hand: Mapped[int]
    updated_at: Mapped[datetime]


class BuyerRequest(Base):
    """A buyer's cancellation request: through Amazon (on record) or only in a message."""

    __table__ = tables.buyer_requests

    id: Mapped[int]
    order_pk: Mapped[int]
    requested_at: Mapped[datetime]
    channel: Mapped[str]
    reason: Mapped[str]
    state: Mapped[str]
    answered_at: Mapped[datetime | None]
    answer_note: Mapped[str]
    source: Mapped[str]

    order: Mapped[Order] = relationship(back_populates="requests")


class AmazonRequest(Base):
    """A request to Amazon to cancel an AFN order its warehouse holds."""

    __table__ = tables.amazon_requests

    id: Mapped[int]
    order_pk: Mapped[int]
    requested_at: Mapped[datetime]
    note: Mapped[str]
    state: Mapped[str]


class Cancellation(Base):
    __table__ = tables.cancellations

    id: Mapped[int]
    order_pk: Mapped[int]
    cancelled_at: Mapped[datetime]
    cancelled_day: Mapped[date]
    initiator: Mapped[str]
    via: Mapped[str]
    reason_code: Mapped[str]
    buyer_request_id: Mapped[int | None]
    counted: Mapped[bool]
    restocked: Mapped[bool]
    refund_minor: Mapped[int]
    cost_minor: Mapped[int]
    currency: Mapped[str]
    note: Mapped[str]
    buyer_message: Mapped[str]
    actor: Mapped[str]
    source: Mapped[str]

    order: Mapped[Order] = relationship(back_populates="cancellations")
    lines: Mapped[list[CancellationLine]] = relationship(
        back_populates="cancellation", cascade="all, delete-orphan"
    )


class CancellationLine(Base):
    __table__ = tables.cancellation_lines

    id: Mapped[int]
    cancellation_id: Mapped[int]
    item_pk: Mapped[int]
    sku: Mapped[str]
    quantity: Mapped[int]
    restocked: Mapped[int]

    cancellation: Mapped[Cancellation] = relationship(back_populates="lines")


class Return(Base):
    """A return and refund started for shipped goods."""

    __table__ = tables.returns

    id: Mapped[int]
    order_pk: Mapped[int]
    started_at: Mapped[datetime]
    reason: Mapped[str]
    refund_minor: Mapped[int]
    currency: Mapped[str]
    state: Mapped[str]
    received_at: Mapped[datetime | None]
    restocked: Mapped[bool]
    actor: Mapped[str]

    lines: Mapped[list[ReturnLine]] = relationship(cascade="all, delete-orphan")


class ReturnLine(Base):
    __table__ = tables.return_lines

    id: Mapped[int]
    return_id: Mapped[int]
    item_pk: Mapped[int]
    sku: Mapped[str]
    quantity: Mapped[int]


class AuditEvent(Base):
    """Append-only: who changed what, when, and from where."""

    __table__ = tables.audit_events

    id: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str]
    source: Mapped[str]
    order_pk: Mapped[int | None]
    action: Mapped[str]
    summary: Mapped[str]
    details: Mapped[dict[str, object]]
