"""Pull the plug: an import and a run of cancellations SIGKILLed at random points, 20+ times.

After every kill: the database passes its integrity check (on PostgreSQL: it opens and
answers), whatever was committed is wholly there, whatever was not is wholly absent, and
running the same work again completes it with nothing duplicated.

An import writes a whole file in one transaction (all or nothing), so a "batch" is a file:
each round imports three files one after another.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import CancellationRefused
from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database, open_database
from desktop_app.db.models import (
    AuditEvent,
    Cancellation,
    CancellationLine,
    Order,
    OrderItem,
    Stock,
)
from desktop_app.io.amazon import ALL_ORDERS_BY_LAST_UPDATE
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.importing import ImportOptions, import_file
from tests.crash import workers
from tests.crash.harness import MAX_ROUNDS, MIN_KILLS, crash_plan, run_worker, sqlite_intact
from tests.factories import make_order

COLUMNS = ALL_ORDERS_BY_LAST_UPDATE
FILES_PER_ROUND = 3
ORDERS_PER_FILE = 25


@pytest.fixture
def shop(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.close()


def _still_opens(url: str) -> None:
    """The database opens again and answers (and, on SQLite, passes its integrity check)."""
    sqlite_intact(url)
    db = open_database(url)
    with db.reading() as s:
        s.execute(select(func.count(Order.id))).scalar_one()
    db.close()


# -- the import ----------------------------------------------------------------------------------


def _write_report(path: Path, prefix: str, rng: random.Random) -> tuple[int, int]:
    """An Amazon All Orders report of ORDERS_PER_FILE orders; returns (orders, item rows)."""
    moment = datetime(2026, 2, 1, 9, tzinfo=UTC)
    lines = ["\t".join(COLUMNS)]
    items = 0
    for n in range(ORDERS_PER_FILE):
        order_id = f"{prefix}-{n:07d}"
        status = rng.choice(("Unshipped", "Shipped", "Pending"))
        bought = (moment + timedelta(minutes=n)).isoformat()
        for k in range(rng.randint(1, 3)):
            sku = f"CRASH-{rng.randint(1, 30):03d}-{k}"
            qty = rng.randint(1, 3)
            lines.append("\t".join([
                order_id, "", bought, bought, status, "Merchant", "Amazon.com", "", "Standard",
                f"Product {sku} – grün", sku, "", status, str(qty), "USD", f"{qty * 12.5:.2f}",
                "1.00", "4.99", "0.00", "", "", "0.00", "0.00", "Portland", "OR", "97201", "US",
                "", "false", "", "",
            ]))  # fmt: skip
            items += 1
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return ORDERS_PER_FILE, items


def _file_state(db: Database, prefix: str) -> tuple[int, int, int]:
    """(orders, item rows, import audit events) stored for the orders of one file."""
    like = Order.order_id.like(f"{prefix}-%")
    with db.reading() as s:
        orders = s.execute(select(func.count(Order.id)).where(like)).scalar_one()
        items = s.execute(
            select(func.count(OrderItem.id)).join(Order, Order.id == OrderItem.order_pk).where(like)
        ).scalar_one()
        events = s.execute(
            select(func.count(AuditEvent.id))
            .join(Order, Order.id == AuditEvent.order_pk)
            .where(like, AuditEvent.action == "import.create")
        ).scalar_one()
    return orders, items, events


def test_import_killed_at_random_points(shop: Database, tmp_path: Path) -> None:
    rng = random.Random(20260226)
    expected: dict[str, tuple[int, int, int]] = {}  # file -> (orders, items, events)
    prefixes: dict[str, str] = {}

    def files_for(round_no: int) -> list[str]:
        names = []
        for f in range(FILES_PER_ROUND):
            prefix = f"{100 + round_no:03d}-{f:07d}"
            path = tmp_path / f"round{round_no:02d}-file{f}.txt"
            orders, items = _write_report(path, prefix, rng)
            expected[str(path)] = (orders, items, orders)
            prefixes[str(path)] = prefix
            names.append(str(path))
        return names

    # a first, uninterrupted run: how many steps and seconds an import of three files takes
    calibration = run_worker(workers.import_files, (shop.url, files_for(0)))
    done = calibration.done()
    assert done is not None and not calibration.killed
    steps, seconds = done[1], done[2]
    for name in calibration.committed():
        assert _file_state(shop, prefixes[name]) == expected[name]

    kills = 0
    round_no = 0
    while kills < MIN_KILLS + 2 and round_no < MAX_ROUNDS:
        round_no += 1
        names = files_for(round_no)
        outcome = run_worker(
            workers.import_files, (shop.url, names), **crash_plan(rng, steps, seconds)
        )
        kills += outcome.killed
        _still_opens(shop.url)
        committed = set(outcome.committed())
        for name in names:
            state = _file_state(shop, prefixes[name])
            if name in committed:
                assert state == expected[name], f"{name} was committed but is not all there"
            else:  # not reported: it may have committed just before the kill, but never in part
                assert state in ((0, 0, 0), expected[name]), f"{name} is there in part: {state}"
        # the seller imports the same files again: it completes, nothing is duplicated
        for name in names:
            before = _file_state(shop, prefixes[name])
            summary = import_file(shop.sessions, Path(name), ImportOptions(batch_rows=20))
            assert summary.written and summary.rejected == 0
            assert summary.new == (0 if before == expected[name] else expected[name][0])
            assert summary.updated == 0
            assert _file_state(shop, prefixes[name]) == expected[name]
    print(f"{kills} kills in {round_no} rounds")
    assert kills >= MIN_KILLS
    with shop.reading() as s:
        total = s.execute(select(func.count(Order.id))).scalar_one()
    assert total == sum(e[0] for e in expected.values())  # every order once, across all rounds


# -- a cancellation in flight --------------------------------------------------------------------

SKU = "CRASH-MUG"
START_STOCK = 100_000
ORDERS_PER_ROUND = 6
UNITS = 2


def _order_state(db: Database, order_id: str) -> str:
    """'untouched', 'cancelled' (wholly, once) or a description of what is wrong."""
    with db.reading() as s:
        order = s.execute(select(Order).where(Order.order_id == order_id)).scalar_one()
        cancellations = s.execute(
            select(func.count(Cancellation.id)).where(Cancellation.order_pk == order.id)
        ).scalar_one()
        lines = s.execute(
            select(func.coalesce(func.sum(CancellationLine.quantity), 0))
            .join(Cancellation, Cancellation.id == CancellationLine.cancellation_id)
            .where(Cancellation.order_pk == order.id)
        ).scalar_one()
        events = s.execute(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.order_pk == order.id, AuditEvent.action == "order.cancel"
            )
        ).scalar_one()
        cancelled_units = sum(i.quantity_cancelled for i in order.items)
        status = order.status
    facts = (status, cancellations, lines, events, cancelled_units)
    if facts == (OrderStatus.UNSHIPPED.value, 0, 0, 0, 0):
        return "untouched"
    if facts == (OrderStatus.CANCELED.value, 1, UNITS, 1, UNITS):
        return "cancelled"
    return f"in part: {facts}"


def _on_hand(db: Database) -> int:
    with db.reading() as s:
        stock = s.get(Stock, SKU)
        assert stock is not None
        return stock.on_hand


def test_cancellation_killed_at_random_points(shop: Database) -> None:
    rng = random.Random(20260227)
    all_ids: list[str] = []

    def orders_for(round_no: int) -> list[str]:
        ids = [f"{200 + round_no:03d}-0000000-{n:07d}" for n in range(ORDERS_PER_ROUND)]
        with shop.transaction() as s:
            for oid in ids:
                make_order(s, oid, items=((SKU, UNITS, 2500),), stock=START_STOCK)
        all_ids.extend(ids)
        return ids

    calibration = run_worker(workers.cancel_orders, (shop.url, orders_for(0)))
    done = calibration.done()
    assert done is not None and not calibration.killed
    steps, seconds = done[1], done[2]

    kills = 0
    round_no = 0
    while kills < MIN_KILLS + 2 and round_no < MAX_ROUNDS:
        round_no += 1
        ids = orders_for(round_no)
        outcome = run_worker(
            workers.cancel_orders, (shop.url, ids), **crash_plan(rng, steps, seconds)
        )
        kills += outcome.killed
        _still_opens(shop.url)
        committed = set(outcome.committed())
        states = {oid: _order_state(shop, oid) for oid in ids}
        for oid in ids:
            if oid in committed:
                assert states[oid] == "cancelled", f"{oid} was committed: {states[oid]}"
            else:
                assert states[oid] in ("untouched", "cancelled"), f"{oid}: {states[oid]}"
        # stock tells the truth: written off once for every cancelled order, no more, no less
        earlier = len(all_ids) - len(ids)  # every earlier round ended all cancelled
        cancelled = earlier + sum(state == "cancelled" for state in states.values())
        assert _on_hand(shop) == START_STOCK - UNITS * cancelled
        # the seller cancels the rest again: done once each, never twice
        for oid in ids:
            try:
                with shop.transaction() as s:
                    cancel_order(s, workers.CTX, CancelRequest(oid, "NoInventory"))
            except CancellationRefused:
                assert states[oid] == "cancelled"
        assert {_order_state(shop, oid) for oid in ids} == {"cancelled"}
        assert _on_hand(shop) == START_STOCK - UNITS * len(all_ids)
    print(f"{kills} kills in {round_no} rounds")
    assert kills >= MIN_KILLS
