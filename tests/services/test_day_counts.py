"""The day totals every rate reads stay equal to the orders they count, whatever wrote them.

Each test ends with the totals as stored compared to the same counts taken afresh from the
orders; a test also checks what a seller would see (the rate's numbers) moved as they should.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from desktop_app.db import day_counts, tables
from desktop_app.db.database import Database
from desktop_app.services.archive import export_archive, restore_archive
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context
from desktop_app.services.demo import build_demo
from desktop_app.services.health import daily_counts, first_purchase_day
from desktop_app.services.queries import OrderFilter, list_orders
from desktop_app.services.shop_settings import redate
from tests.factories import make_order
from tests.services.test_importing import line, report, run

CTX = Context(actor="tester")
DAY = date(2024, 5, 1)


def assert_exact(db: Database) -> None:
    with db.engine.connect() as conn:
        assert day_counts.stored(conn) == day_counts.counted_afresh(conn)


def mfn_day(db: Database, day: date = DAY) -> tuple[int, int]:
    with db.reading() as session:
        return daily_counts(session, day, day).get(day, (0, 0))


def test_orders_made_cancelled_moved_and_deleted_are_counted(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", purchased=datetime(2024, 5, 1, 12, tzinfo=UTC))
        make_order(s, "111-0000001-0000002", purchased=datetime(2024, 5, 1, 13, tzinfo=UTC))
    assert mfn_day(db) == (0, 2)
    with db.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "GeneralAdjustment"))
    assert mfn_day(db) == (1, 2)  # the seller's cancel counts on its purchase day
    assert_exact(db)
    with db.transaction() as s:  # the shop's zone moves the day of a late-evening order
        s.execute(
            update(tables.orders)
            .where(tables.orders.c.order_id == "111-0000001-0000002")
            .values(purchase_day=date(2024, 5, 2))
        )
    assert mfn_day(db) == (1, 1) and mfn_day(db, date(2024, 5, 2)) == (0, 1)
    assert_exact(db)
    with db.transaction() as s:
        s.execute(delete(tables.orders).where(tables.orders.c.order_id == "111-0000001-0000001"))
    assert mfn_day(db) == (0, 0)
    assert_exact(db)
    with db.reading() as s:
        assert first_purchase_day(s) == date(2024, 5, 2)  # an emptied day is no longer the first


def test_a_time_zone_change_refiles_the_totals(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", purchased=datetime(2024, 5, 1, 2, tzinfo=UTC))
    with db.transaction() as s:
        redate(s, "UTC", "America/Los_Angeles")  # 02:00 UTC is the evening before there
    assert mfn_day(db) == (0, 0) and mfn_day(db, date(2024, 4, 30)) == (0, 1)
    assert_exact(db)


def test_an_import_into_an_empty_shop_and_then_its_updates_are_counted(
    db: Database, tmp_path: Path
) -> None:
    first = report(
        tmp_path,
        "first.txt",
        *[line(f"111-{n}", "A") for n in range(40)],
        line("111-99", "A", status="Cancelled", item_status="Cancelled", qty="0"),
    )
    assert run(db, first).written  # a big import: the totals are tallied in Python
    assert mfn_day(db) == (1, 41)
    assert_exact(db)
    # a later report: two orders cancelled by the seller, one by the buyer's request
    later = report(
        tmp_path,
        "later.txt",
        line("111-1", "A", status="Cancelled", qty="0", updated="2024-05-02T12:00:00+00:00"),
        line("111-2", "A", status="Cancelled", qty="0", updated="2024-05-02T12:00:00+00:00"),
        line("111-3", "A", status="Cancelled", qty="0", updated="2024-05-02T12:00:00+00:00",
             requested="true", reason="Order Created by mistake"),
        line("222-1", "B", updated="2024-05-02T12:00:00+00:00"),
    )  # fmt: skip
    summary = run(db, later)
    assert summary.written and summary.updated == 3 and summary.new == 1
    assert mfn_day(db) == (3, 42)
    assert_exact(db)


def test_an_order_written_twice_in_one_import_counts_once(db: Database, tmp_path: Path) -> None:
    # the order's lines are far apart, so it is written in one batch and updated in a later one
    path = report(
        tmp_path,
        "split.txt",
        line("111-1", "A"),
        *[line(f"111-{n}", "A") for n in range(2, 30)],
        line("111-1", "A", status="Cancelled", qty="0", updated="2024-05-03T12:00:00+00:00"),
    )
    assert run(db, path, batch_rows=5).written
    assert mfn_day(db) == (1, 29)
    assert_exact(db)
    # and the search index took it once, intact (it used to be damaged: "disk image malformed")
    with db.reading() as session:
        now = datetime(2024, 6, 1, tzinfo=UTC)
        found = [o.order_id for o in list_orders(session, OrderFilter(search="111-1"), now)]
        assert sorted(found) == ["111-1", *(f"111-{n}" for n in range(10, 20))]
    if db.engine.dialect.name == "sqlite":
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO orders_search(orders_search, rank) VALUES ('integrity-check', 1)"
            )


def test_a_failed_import_leaves_the_totals_as_they_were(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "ok.txt", line("111-1", "A")))
    bad = report(tmp_path, "bad.txt", line("111-2", "A"), line("111-3", "A", qty="lots"))
    summary = run(db, bad)
    assert not summary.written
    assert mfn_day(db) == (0, 1)
    assert_exact(db)
    with db.engine.connect() as conn:  # the triggers are back after the rollback
        conn.execute(
            tables.orders.insert().values(
                order_id="X-1", purchase_date=datetime(2024, 5, 1, tzinfo=UTC),
                purchase_day=DAY, last_updated=datetime(2024, 5, 1, tzinfo=UTC),
                status="Unshipped", channel="MFN", marketplace="Amazon.com", currency="USD",
            )
        )  # fmt: skip
        conn.commit()
    assert mfn_day(db) == (0, 2)


def test_a_demo_shop_and_its_archive_restored_are_counted(db: Database, tmp_path: Path) -> None:
    build_demo(db, 300, now=datetime(2026, 11, 1, 12, tzinfo=UTC))
    assert_exact(db)
    with db.engine.connect() as conn:
        assert sum(n for n, _ in day_counts.stored(conn).values()) == 300
    archive = export_archive(db, tmp_path / "shop.sdarchive").path
    from desktop_app.db.database import open_database

    restored = open_database(f"sqlite:///{tmp_path / 'restored.db'}")
    try:
        restore_archive(restored, archive)
        with db.engine.connect() as a, restored.engine.connect() as b:
            assert day_counts.stored(b) == day_counts.stored(a)
        assert_exact(restored)
    finally:
        restored.close()


def test_the_migration_counts_the_orders_already_stored(db: Database) -> None:
    with db.transaction() as s:
        for n in range(5):
            make_order(s, f"111-0000001-000000{n}", purchased=datetime(2024, 5, 1, tzinfo=UTC))
    with db.engine.begin() as conn:  # as a shop from before 0009 would stand
        conn.execute(delete(tables.order_day_counts))
        day_counts.install(conn)
    assert mfn_day(db) == (0, 5)
    assert_exact(db)


@pytest.mark.parametrize("rows", [0, 3])
def test_the_rate_reads_no_empty_days(db: Database, rows: int) -> None:
    with db.transaction() as s:
        for n in range(rows):
            make_order(s, f"111-0000001-000000{n}", purchased=datetime(2024, 5, 1, tzinfo=UTC))
        s.execute(delete(tables.orders))
    with db.reading() as s:
        assert daily_counts(s, DAY, DAY) == {}
        assert first_purchase_day(s) is None
        assert s.execute(select(tables.order_day_counts)).all() == (
            [] if rows == 0 else [(DAY, "Amazon.com", "MFN", 0, 0)]
        )
