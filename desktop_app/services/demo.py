"""A realistic demo shop: both channels, hundreds of SKUs, a year of orders, every status,
buyer requests, returns, and seller cancellations whose 7-day rate crosses 2.5% on some days.

Rows are generated in memory a batch at a time and written with Core ``executemany``, so a
million orders takes about a minute and flat memory.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from desktop_app.core.clock import local_day, utcnow
from desktop_app.core.errors import DomainError
from desktop_app.core.marketplaces import AMAZON, MarketplaceProfile, profile_for
from desktop_app.core.reasons import REASONS, Initiator, RequestChannel
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db import day_counts
from desktop_app.db.database import Database
from desktop_app.db.models import (
    AuditEvent,
    BuyerRequest,
    Cancellation,
    CancellationLine,
    Order,
    OrderItem,
    Return,
    ReturnLine,
    Stock,
)
from desktop_app.db.search import bulk_search_indexing
from desktop_app.services.context import shop_zone
from desktop_app.services.summary import search_text, skus_text

BATCH = 20_000
HISTORY_DAYS = 365
Progress = Callable[[int, int], None]

_ADJECTIVES = (
    "Bamboo", "Ceramic", "Linen", "Walnut", "Copper", "Wool", "Cotton", "Glass", "Leather",
    "Cork", "Slate", "Brass", "Oak", "Stoneware", "Hemp",
)  # fmt: skip
_NOUNS = (
    "Cutting Board", "Mug", "Tea Towel", "Serving Tray", "Candle Holder", "Throw Blanket",
    "Tote Bag", "Vase", "Notebook Cover", "Coaster Set", "Planter", "Bookend", "Salad Bowl",
    "Spice Rack", "Wall Hook", "Desk Organiser", "Bread Box", "Key Tray", "Lamp Shade",
    "Picture Frame",
)  # fmt: skip
_CITIES = (
    ("Seattle", "WA", "98101"), ("Austin", "TX", "73301"), ("Denver", "CO", "80202"),
    ("Chicago", "IL", "60601"), ("Boston", "MA", "02108"), ("Portland", "OR", "97201"),
    ("Miami", "FL", "33101"), ("Phoenix", "AZ", "85001"), ("Atlanta", "GA", "30301"),
    ("New York", "NY", "10001"), ("San Diego", "CA", "92101"), ("Nashville", "TN", "37201"),
    ("Minneapolis", "MN", "55401"), ("Raleigh", "NC", "27601"), ("Salt Lake City", "UT", "84101"),
)  # fmt: skip
_SELLER_REASONS = ("NoInventory", "NoInventory", "NoInventory", "PricingError",
                   "ShippingAddressUndeliverable", "GeneralAdjustment")  # fmt: skip
_BUYER_REASONS = ("Ordered by mistake", "Found a better price", "Delivery too slow",
                  "Changed my mind", "Wrong size ordered")  # fmt: skip
_RETURN_REASONS = ("Damaged in transit", "Not as described", "No longer needed")
_SERVICE = ("Standard", "Expedited", "SecondDay", "NextDay")
_AMAZON_ONLY = (
    OrderStatus.PENDING_AVAILABILITY,
    OrderStatus.INVOICE_UNCONFIRMED,
    OrderStatus.UNFULFILLABLE,
)


@dataclass(frozen=True)
class Sku:
    sku: str
    name: str
    asin: str
    price_minor: int
    on_hand: int


def _skus(rng: random.Random, count: int = 360) -> list[Sku]:
    out = []
    for n in range(count):
        adj = _ADJECTIVES[n % len(_ADJECTIVES)]
        noun = _NOUNS[(n // len(_ADJECTIVES)) % len(_NOUNS)]
        size = ("S", "M", "L")[n % 3] if n >= 300 else ""
        name = f"{adj} {noun}" + (f", size {size}" if size else "")
        on_hand = 0 if rng.random() < 0.04 else rng.randint(3, 240)
        out.append(
            Sku(
                sku=f"{adj[:3].upper()}-{noun.split()[0][:4].upper()}-{n:03d}",
                name=name,
                asin=f"B0{rng.randrange(16**8):08X}",
                price_minor=rng.choice((999, 1299, 1499, 1999, 2499, 2999, 3499, 4999, 7999)),
                on_hand=on_hand,
            )
        )
    return out


def _order_id(rng: random.Random, n: int) -> str:
    return f"{rng.randint(111, 114)}-{n % 10_000_000:07d}-{rng.randrange(10_000_000):07d}"


# Where each order was sold: 70% Amazon, 20% eBay, 10% Walmart, chosen by a hash of the order's
# number so that the random stream (and so every Amazon order) stays what it was.
_MARKETS = ((700, "Amazon.com"), (900, "eBay"), (1000, "Walmart.com"))


def _marketplace(n: int) -> str:
    slot = (n * 2654435761 >> 7) % 1000
    return next(name for limit, name in _MARKETS if slot < limit)


def _market_order_id(marketplace: str, n: int, amazon_id: str) -> str:
    """eBay's order numbers read ``12-34567-89012``; Walmart's purchase orders are 13 digits."""
    digits = f"{(n * 7919 + 10**11) % 10**12:012d}"  # a bijection: unique for every n
    if marketplace == "eBay":
        return f"{digits[:2]}-{digits[2:7]}-{digits[7:12]}"
    if marketplace == "Walmart.com":
        return f"1{digits}"
    return amazon_id


class _Builder:
    """Generates one order at a time and buffers rows for the next batch write."""

    def __init__(self, rng: random.Random, now: datetime, zone: Any, total: int) -> None:
        self.rng = rng
        self.now = now
        self.zone = zone
        self.total = total
        self.skus = _skus(rng)
        self.weights = [1.0 / (1 + i % 40) for i in range(len(self.skus))]  # a few best sellers
        start = now - timedelta(days=HISTORY_DAYS)
        self.start = start
        # A few bad stretches (a stock-out, a pricing mistake) push the 7-day rate over 2.5%;
        # the last one is this week's, so the shop opens with something to fix.
        self.bad_days = {
            (now - timedelta(days=d)).date()
            for first in (rng.randint(250, 330), rng.randint(120, 200), rng.randint(20, 60), 5)
            for d in range(first, first - rng.randint(3, 9), -1)
        }
        self.item_pk = self.cancel_pk = self.request_pk = self.return_pk = 0
        self.reset()

    def reset(self) -> None:
        self.orders: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.cancellations: list[dict[str, Any]] = []
        self.cancel_lines: list[dict[str, Any]] = []
        self.returns: list[dict[str, Any]] = []
        self.return_lines: list[dict[str, Any]] = []

    def purchase_time(self, n: int) -> datetime:
        # Orders grow over the year: later days get more orders (a square-root ramp).
        frac = ((n + self.rng.random()) / self.total) ** 0.8
        seconds = frac * HISTORY_DAYS * 86400
        return self.start + timedelta(seconds=min(seconds, HISTORY_DAYS * 86400 - 60))

    def add(self, pk: int) -> None:
        rng = self.rng
        purchased = self.purchase_time(pk)
        age = self.now - purchased
        channel = Channel.MFN if rng.random() < 0.68 else Channel.AFN
        marketplace = _marketplace(pk)
        n_items = rng.choices((1, 2, 3, 4), weights=(76, 17, 5, 2))[0]
        picks = rng.choices(self.skus, weights=self.weights, k=n_items)
        city, state, postal = rng.choice(_CITIES)
        ship_by = purchased + timedelta(days=2 if rng.random() < 0.8 else 3)
        status = self._status(pk, age, channel)
        if status in _AMAZON_ONLY:
            marketplace = "Amazon.com"  # pre-orders, invoice checks, unfulfillable: Amazon's words
        profile = profile_for(marketplace)
        # eBay orders are the seller's to ship; the drawn channel still steers the random
        # choices below, so the stream (and every Amazon order) stays what it was
        stored = Channel.MFN if marketplace == "eBay" else channel
        bad = purchased.date() in self.bad_days
        cancel_p = 0.06 if bad else 0.012
        cancellable = status in (OrderStatus.SHIPPED, OrderStatus.UNSHIPPED)
        cancelled = cancellable and age > timedelta(hours=3)
        cancelled = cancelled and rng.random() < cancel_p + (0.012 if channel is Channel.AFN else 0)
        if cancelled:
            status = OrderStatus.CANCELED
        shipped_at = None
        if status is OrderStatus.PARTIALLY_SHIPPED:  # (no extra draw: the shops stay as they were)
            shipped_at = purchased + (self.now - purchased) / 2
        if status is OrderStatus.SHIPPED:
            late = rng.random() < (0.09 if bad else 0.025)
            shipped_at = (
                ship_by + timedelta(hours=rng.randint(2, 40))
                if late
                else (purchased + (ship_by - purchased) * rng.uniform(0.2, 0.95))
            )
        currency = "USD"
        total = 0
        units = 0
        item_rows = []
        for line, sku in enumerate(picks):
            self.item_pk += 1
            qty = 1 if rng.random() < 0.85 else rng.randint(2, 4)
            partial = status is OrderStatus.PARTIALLY_SHIPPED
            if partial and len(picks) == 1:
                qty = max(qty, 2)  # one line: some of its units shipped, the rest wait
            price = sku.price_minor * qty
            shipping = 0 if channel is Channel.AFN or price > 3500 else 499
            tax = price * 8 // 100
            shipped_qty = qty if status is OrderStatus.SHIPPED else 0
            if partial and line == 0:  # the first line has shipped (all but one unit of it
                shipped_qty = qty if len(picks) > 1 else qty - 1  # when it is the only one)
            item_status = {
                OrderStatus.SHIPPED: ItemStatus.SHIPPED,
                OrderStatus.CANCELED: ItemStatus.CANCELED,
                OrderStatus.PENDING: ItemStatus.PENDING,
                OrderStatus.PENDING_AVAILABILITY: ItemStatus.PENDING,
            }.get(status, ItemStatus.SHIPPED if shipped_qty == qty else ItemStatus.UNSHIPPED)
            row = {
                "id": self.item_pk,
                "order_pk": pk,
                "order_item_id": f"{rng.randrange(10**13):014d}",
                "sku": sku.sku,
                "asin": sku.asin,
                "product_name": sku.name,
                "status": item_status.value,
                "quantity": qty,
                "quantity_shipped": shipped_qty,
                "quantity_cancelled": qty if status is OrderStatus.CANCELED else 0,
                "item_price_minor": price,
                "item_tax_minor": tax,
                "shipping_price_minor": shipping,
                "shipping_tax_minor": 0,
                "promotion_discount_minor": 0,
                "customised": False,
            }
            item_rows.append(row)
            total += price + tax + shipping
            units += qty
        self.items.extend(item_rows)
        order_id = _market_order_id(marketplace, pk, _order_id(rng, pk))
        counted = False
        has_open_request = False
        if status is OrderStatus.CANCELED:
            counted = self._cancel(pk, purchased, channel, item_rows, total, bad, profile)
        elif status in (OrderStatus.UNSHIPPED, OrderStatus.PENDING) and channel is Channel.MFN:
            if rng.random() < 0.04:
                has_open_request = True
                self._request(pk, purchased, age, "open")
        elif status is OrderStatus.SHIPPED and rng.random() < 0.02 and age > timedelta(days=5):
            self._return(pk, purchased, item_rows)
        self.orders.append(
            {
                "id": pk,
                "order_id": order_id,
                "merchant_order_id": None,
                "purchase_date": purchased,
                "purchase_day": local_day(purchased, self.zone),
                "last_updated": shipped_at or purchased,
                "status": status.value,
                "channel": stored.value,
                "marketplace": marketplace,
                "ship_service_level": rng.choice(_SERVICE),
                "latest_ship_date": ship_by if stored is Channel.MFN else None,
                "shipped_at": shipped_at,
                "currency": currency,
                "total_minor": total,
                "item_count": units,
                "skus": skus_text(s.sku for s in picks),
                "ship_city": city,
                "ship_state": state,
                "ship_postal_code": postal,
                "ship_country": "US",
                "is_business_order": rng.random() < 0.05,
                "search_text": search_text(
                    order_id, (s.sku for s in picks), (s.name for s in picks), city
                ),
                "has_open_request": has_open_request,
                "cancel_counted": counted,
                "version": 1,
            }
        )

    def _status(self, pk: int, age: timedelta, channel: Channel) -> OrderStatus:
        rng = self.rng
        if age < timedelta(minutes=45):
            return OrderStatus.PENDING
        if age < timedelta(days=2):
            roll = rng.random()
            # the rare statuses, a few of each in every shop
            if pk % 41 == 0:
                return OrderStatus.PENDING_AVAILABILITY  # a pre-order
            if pk % 43 == 0:
                return OrderStatus.INVOICE_UNCONFIRMED
            if pk % 37 == 0 and channel is Channel.AFN:
                return OrderStatus.UNFULFILLABLE
            if roll < 0.05:
                return OrderStatus.PENDING
            if roll < 0.65:
                return OrderStatus.UNSHIPPED
            if roll < 0.72 and channel is Channel.MFN:
                return OrderStatus.PARTIALLY_SHIPPED
            return OrderStatus.SHIPPED
        if age < timedelta(days=4) and rng.random() < 0.08:
            return OrderStatus.UNSHIPPED  # some are late: past their ship-by date
        return OrderStatus.SHIPPED

    def _request(self, pk: int, purchased: datetime, age: timedelta, state: str) -> int:
        self.request_pk += 1
        rng = self.rng
        asked = (
            purchased + age * rng.uniform(0.1, 0.9)
            if state == "open"
            else (purchased + timedelta(hours=rng.uniform(1, 20)))
        )
        self.requests.append(
            {
                "id": self.request_pk,
                "order_pk": pk,
                "requested_at": asked,
                "channel": RequestChannel.AMAZON.value,
                "reason": rng.choice(_BUYER_REASONS),
                "state": state,
                "answered_at": None if state == "open" else asked + timedelta(hours=3),
                "answer_note": "" if state == "open" else "Cancelled: Buyer cancelled",
                "source": "demo",
            }
        )
        return self.request_pk

    def _cancel(
        self,
        pk: int,
        purchased: datetime,
        channel: Channel,
        items: list[dict[str, Any]],
        total: int,
        bad: bool,
        profile: MarketplaceProfile = AMAZON,
    ) -> bool:
        rng = self.rng
        roll = rng.random()
        request_id = None
        if channel is Channel.AFN:
            initiator, code, counted = Initiator.AMAZON, "GeneralAdjustment", False
        elif roll < (0.75 if bad else 0.45):
            initiator, code, counted = Initiator.SELLER, rng.choice(_SELLER_REASONS), True
        elif roll < 0.85:
            initiator, code, counted = Initiator.SELLER, "BuyerCanceled", False
            request_id = self._request(pk, purchased, timedelta(0), "accepted")
        else:
            initiator, code, counted = Initiator.BUYER, "BuyerCanceled", False
        amazon_counted = counted
        if initiator is Initiator.SELLER and not profile.offers(code):
            code = "NoInventory"  # e.g. Walmart has no "General adjustment"
        if profile is not AMAZON:  # the marketplace's own rules decide what counts
            counted = profile.counts(
                channel=channel,
                initiator=initiator,
                reason_code=code,
                request_on_record=request_id is not None,
            )
        when = purchased + timedelta(hours=rng.uniform(0.2, 30))
        # drawn whenever Amazon's rule would count it, so the stream does not depend on the
        # marketplace's rule
        cost = rng.choice((0, 0, 0, 250, 500)) if amazon_counted else 0
        self.cancel_pk += 1
        restock = code != "NoInventory"
        self.cancellations.append(
            {
                "id": self.cancel_pk,
                "order_pk": pk,
                "cancelled_at": when,
                "cancelled_day": local_day(when, self.zone),
                "initiator": initiator.value,
                "via": "demo",
                "reason_code": code,
                "buyer_request_id": request_id,
                "counted": counted,
                "restocked": restock,
                "refund_minor": total,
                "cost_minor": cost if counted else 0,
                "currency": "USD",
                "note": "",
                "buyer_message": profile.buyer_message(code) or _MESSAGES[code],
                "actor": "demo",
                "source": "demo",
            }
        )
        for item in items:
            self.cancel_lines.append(
                {
                    "cancellation_id": self.cancel_pk,
                    "item_pk": item["id"],
                    "sku": item["sku"],
                    "quantity": item["quantity"],
                    "restocked": item["quantity"] if restock else 0,
                }
            )
        return counted

    def _return(self, pk: int, purchased: datetime, items: list[dict[str, Any]]) -> None:
        rng = self.rng
        self.return_pk += 1
        item = items[0]
        started = purchased + timedelta(days=rng.uniform(4, 20))
        received = started + timedelta(days=rng.uniform(2, 9))
        done = received < self.now
        self.returns.append(
            {
                "id": self.return_pk,
                "order_pk": pk,
                "started_at": min(started, self.now),
                "reason": rng.choice(
                    ("Damaged in transit", "Not as described", "No longer needed")
                ),
                "refund_minor": item["item_price_minor"] + item["item_tax_minor"],
                "currency": "USD",
                "state": "received" if done else "started",
                "received_at": received if done else None,
                "restocked": done and rng.random() < 0.7,
                "actor": "demo",
            }
        )
        self.return_lines.append(
            {
                "return_id": self.return_pk,
                "item_pk": item["id"],
                "sku": item["sku"],
                "quantity": item["quantity"],
            }
        )

    def tables(self) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
        yield Order.__table__, self.orders
        yield OrderItem.__table__, self.items
        yield BuyerRequest.__table__, self.requests
        yield Cancellation.__table__, self.cancellations
        yield CancellationLine.__table__, self.cancel_lines
        yield Return.__table__, self.returns
        yield ReturnLine.__table__, self.return_lines


_MESSAGES = {r.code: r.buyer_message for r in REASONS}


def _advance_sequences(conn: Connection, tables: list[Any]) -> None:
    """The demo writes its own ids; on PostgreSQL the id sequences must then move past them,
    or the next order, item or request the seller creates would collide with the demo's."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(max(id), 0) + 1 FROM {table.name}), false)"
            )
        )


def build_demo(
    db: Database,
    orders: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Fill an empty database with a demo shop of ``orders`` orders (one transaction)."""
    if orders < 0:
        raise DomainError("The number of demo orders cannot be negative.")
    rng = random.Random(seed)
    moment = (now or utcnow()).astimezone(UTC)
    with db.transaction() as session:
        if session.execute(select(func.count()).select_from(Order)).scalar_one():
            raise DomainError(
                "This database already has orders; the demo shop needs an empty database."
            )
        zone = shop_zone(session)
        builder = _Builder(rng, moment, zone, max(orders, 1))
        conn: Connection = session.connection()
        conn.execute(
            insert(Stock),
            [
                {"sku": s.sku, "product_name": s.name, "on_hand": s.on_hand, "updated_at": moment}
                for s in builder.skus
            ],
        )
        with bulk_search_indexing(conn), day_counts.counted_at_end(conn):
            for pk in range(1, orders + 1):
                builder.add(pk)
                if pk % BATCH == 0 or pk == orders:
                    for table, rows in builder.tables():
                        if rows:
                            conn.execute(insert(table), rows)
                    builder.reset()
                    if progress is not None:
                        progress(pk, orders)
        _advance_sequences(conn, [table for table, _rows in builder.tables()])
        conn.execute(
            insert(AuditEvent),
            [
                {
                    "at": moment,
                    "actor": "demo",
                    "source": "demo",
                    "order_pk": None,
                    "action": "demo.build",
                    "summary": f"Built a demo shop of {orders} orders (seed {seed}).",
                    "details": {"orders": orders, "seed": seed},
                }
            ],
        )
