"""Exporting orders, and reading an export back exactly."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import AuditEvent, Order, OrderItem, Stock
from desktop_app.io.native import neutralise, restore
from desktop_app.services.exporting import ExportOptions, export_orders
from desktop_app.services.importing import import_file
from desktop_app.services.queries import OrderFilter
from desktop_app.services.summary import refresh_summary

# what a shop can hold: the importer refuses control characters (README, "Rules")
TRICKY = st.sampled_from(["=", "+", "-", "@", "'", "é", "日本", "€", " ", '"', ","])
CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff")
TEXT = st.builds(lambda a, b: a + b, TRICKY, st.text(CHARS, max_size=12)) | st.text(
    CHARS, min_size=1, max_size=12
)
MOMENT = st.datetimes(
    min_value=datetime(2001, 1, 1), max_value=datetime(2025, 1, 1), timezones=st.just(UTC)
)
MONEY = st.integers(0, 10_000_000)


@st.composite
def items(draw: st.DrawFn) -> list[OrderItem]:
    skus = draw(st.lists(TEXT, max_size=3, unique=True))
    made = []
    for n, sku in enumerate(skus):
        # the importer's rules: units add up, quantity 0 only when cancelled, discount <= price
        status = draw(st.sampled_from(list(ItemStatus))).value
        quantity = draw(st.integers(0 if status == ItemStatus.CANCELED else 1, 50))
        shipped = draw(st.integers(0, quantity))
        price = draw(MONEY)
        made.append(
            OrderItem(
                order_item_id=draw(st.none() | st.just(f"{n}{sku}")),
                sku=sku,
                asin=draw(st.none() | st.text("AB0123456789", min_size=1, max_size=10)),
                product_name=draw(st.text(CHARS, max_size=30) | TEXT),
                status=status,
                quantity=quantity,
                quantity_shipped=shipped,
                quantity_cancelled=draw(st.integers(0, quantity - shipped)),
                item_price_minor=price,
                item_tax_minor=draw(MONEY),
                shipping_price_minor=draw(MONEY),
                shipping_tax_minor=draw(MONEY),
                promotion_discount_minor=draw(st.integers(0, price)),
                customised=draw(st.booleans()),
            )
        )
    return made


@st.composite
def orders(draw: st.DrawFn) -> list[Order]:
    ids = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
    built = []
    for order_id in ids:
        bought = draw(MOMENT)
        order = Order(
            order_id=order_id,
            merchant_order_id=draw(st.none() | TEXT),
            purchase_date=bought,
            purchase_day=bought.date(),
            last_updated=bought + timedelta(seconds=draw(st.integers(0, 10**7))),
            status=draw(st.sampled_from(list(OrderStatus))).value,
            channel=draw(st.sampled_from(list(Channel))).value,
            marketplace=draw(TEXT),
            ship_service_level=draw(st.none() | TEXT),
            latest_ship_date=draw(st.none() | MOMENT),
            shipped_at=draw(st.none() | MOMENT),
            currency=draw(st.sampled_from(["USD", "EUR", "JPY", "KWD"])),
            ship_city=draw(st.none() | TEXT),
            ship_state=draw(st.none() | TEXT),
            ship_postal_code=draw(st.none() | TEXT),
            ship_country=draw(st.none() | st.sampled_from(["US", "DE", "JP"])),
            is_business_order=draw(st.booleans()),
            has_open_request=False,
            cancel_counted=False,
            items=draw(items()),
        )
        if order.status == OrderStatus.CANCELED:  # a cancelled order has no open units
            for item in order.items:
                item.quantity_cancelled = item.quantity - item.quantity_shipped
        refresh_summary(order)
        built.append(order)
    return built


def dump(db: Database) -> list[tuple[Any, ...]]:
    skip = {"id", "order_pk", "version"}
    order_keys = [c.key for c in Order.__table__.columns if c.key not in skip]
    item_keys = [c.key for c in OrderItem.__table__.columns if c.key not in skip]
    with db.reading() as session:
        result = []
        for order in session.scalars(select(Order)):
            columns = tuple((k, getattr(order, k)) for k in order_keys)
            lines = [tuple((k, getattr(i, k)) for k in item_keys) for i in order.items]
            result.append((columns, tuple(sorted(lines, key=repr))))
        return sorted(result, key=repr)


def wipe(db: Database) -> None:
    with db.transaction() as session:
        for table in (AuditEvent, OrderItem, Order, Stock):
            session.execute(delete(table))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(shop=orders(), tsv=st.booleans(), bom=st.booleans())
def test_export_then_import_gives_back_every_order(
    db: Database, tmp_path: Path, shop: list[Order], tsv: bool, bom: bool
) -> None:
    wipe(db)
    with db.transaction() as session:
        session.add_all(shop)
    before = dump(db)
    path = tmp_path / ("shop.tsv" if tsv else "shop.csv")
    options = ExportOptions(delimiter="\t" if tsv else ",", bom=bom)
    result = export_orders(db.sessions, path, options=options)
    assert result.orders == len(shop)
    wipe(db)
    summary = import_file(db.sessions, path)
    assert summary.errors == [] and summary.new == len(shop)
    assert dump(db) == before


def test_cells_are_neutralised_against_formulas(db: Database, tmp_path: Path) -> None:
    bought = datetime(2024, 5, 1, tzinfo=UTC)
    order = Order(
        order_id="=HYPERLINK(1)", purchase_date=bought, purchase_day=bought.date(),
        last_updated=bought, status="Unshipped", channel="MFN", currency="EUR",
        ship_city="@city", is_business_order=False,
        items=[OrderItem(sku="+SKU", product_name="-2+3", status="Unshipped", quantity=1,
                         item_price_minor=0, item_tax_minor=0, shipping_price_minor=0,
                         shipping_tax_minor=0, promotion_discount_minor=500)],
    )  # fmt: skip
    refresh_summary(order)
    with db.transaction() as session:
        session.add(order)
    path = tmp_path / "view.csv"
    export_orders(db.sessions, path, OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED})))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    (row,) = rows
    assert row["seller-desk-order-id"] == "'=HYPERLINK(1)"
    assert (row["sku"], row["product-name"], row["ship-city"]) == ("'+SKU", "'-2+3", "'@city")
    assert row["promotion-discount"] == "5.00"
    assert not any(cell.startswith(("=", "+", "@")) for cell in row.values())


def test_neutralise_is_undone_exactly() -> None:
    for cell in ["=1", "'=1", "''", "'", "-5.00", "-5.0.0", "x", "", "\tA", "@", "+-"]:
        assert restore(neutralise(cell)) == cell
    assert neutralise("-5.00") == "-5.00"
