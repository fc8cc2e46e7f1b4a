"""Importing report files into the shop: what a seller sees afterwards."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from desktop_app.db.database import Database, open_database
from desktop_app.db.models import (
    AuditEvent,
    Base,
    Order,
    Stock,
)
from desktop_app.io.errors import write_error_report
from desktop_app.services.importing import (
    ImportCancelled,
    ImportOptions,
    ImportProgress,
    ImportSummary,
    import_file,
    importer,
)
from desktop_app.services.queries import OrderFilter, list_orders
from desktop_app.services.summary import refresh_summary

HEADER = [
    "amazon-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sku",
    "item-status",
    "quantity",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "item-promotion-discount",
    "product-name",
    "ship-city",
    "is-buyer-requested-cancellation",
    "buyer-requested-cancel-reason",
]


def line(
    order: str,
    sku: str,
    *,
    status: str = "Unshipped",
    item_status: str = "",
    qty: str = "1",
    price: str = "10.00",
    updated: str = "2024-05-01T12:00:00+00:00",
    channel: str = "Merchant",
    requested: str = "false",
    reason: str = "",
) -> str:
    cells = [order, "2024-05-01T10:00:00+00:00", updated, status, channel, sku, item_status,
             qty, "USD", price, "1.00", "4.99", "-0.50", f"Mug {sku}", "Seattle", requested,
             reason]  # fmt: skip
    return "\t".join(cells)


def report(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(["\t".join(HEADER), *lines]) + "\n", encoding="utf-8")
    return path


def run(db: Database, path: Path, **options: Any) -> ImportSummary:
    return import_file(db.sessions, path, ImportOptions(**options))


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            table.name: sorted(
                (tuple(map(repr, r)) for r in conn.execute(table.select())), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


def orders(db: Database) -> dict[str, Order]:
    with db.reading() as session:
        found = session.scalars(select(Order)).all()
        for order in found:
            _ = order.items, order.requests, order.cancellations
        return {o.order_id: o for o in found}


def test_a_report_becomes_orders_items_stock_and_history(db: Database, tmp_path: Path) -> None:
    path = report(
        tmp_path,
        "may.txt",
        line("111-1", "A", qty="2", price="20.00"),
        line("111-1", "B"),
        line("111-2", "C", status="Shipped - Delivered to Buyer"),
    )
    summary = run(db, path)
    assert summary.line() == (
        "3 rows: 3 new, 0 updated, 0 unchanged, 0 rejected (2 orders new, 0 updated, 0 unchanged)"
    )
    assert summary.written
    found = orders(db)
    first = found["111-1"]
    assert first.item_count == 3 and first.skus == "A, B"
    # items: 20.00 + 1.00 + 4.99 - 0.50 and 10.00 + 1.00 + 4.99 - 0.50
    assert first.total_minor == 2549 + 1549
    assert first.status == "Unshipped" and first.channel == "MFN"
    assert str(first.purchase_day) == "2024-05-01"
    assert found["111-2"].status == "Shipped"
    assert found["111-2"].items[0].quantity_shipped == 1
    with db.reading() as session:
        assert sorted(session.scalars(select(Stock.sku))) == ["A", "B", "C"]
        assert {s.on_hand for s in session.scalars(select(Stock))} == {0}
        events = session.scalars(select(AuditEvent)).all()
        assert {e.source for e in events} == {"may.txt"} and len(events) == 2


def test_derived_columns_match_the_rest_of_the_app(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "r.txt", line("1", "A", qty="3"), line("1", "B", price="2.50")))
    with db.transaction() as session:
        order = session.scalars(select(Order)).one()
        before = (order.item_count, order.total_minor, order.skus, order.search_text)
        refresh_summary(order)
        assert (order.item_count, order.total_minor, order.skus, order.search_text) == before


def test_importing_the_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = report(tmp_path, "r.txt", line("1", "A"), line("1", "B"), line("2", "C"))
    run(db, path)
    before = dump(db)
    again = run(db, path)
    assert again.line() == (
        "3 rows: 0 new, 0 updated, 3 unchanged, 0 rejected (0 orders new, 0 updated, 2 unchanged)"
    )
    assert dump(db) == before


def test_a_later_report_ships_the_order(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "monday.txt", line("1", "A"), line("1", "B")))
    later = "2024-05-03T09:00:00+00:00"
    path = report(
        tmp_path,
        "wednesday.txt",
        line("1", "A", status="Shipped", item_status="Shipped", updated=later),
        line("1", "B", status="Shipped", item_status="Shipped", updated=later),
    )
    summary = run(db, path)
    assert summary.line() == (
        "2 rows: 0 new, 2 updated, 0 unchanged, 0 rejected (0 orders new, 1 updated, 0 unchanged)"
    )
    order = orders(db)["1"]
    assert order.status == "Shipped" and order.version == 2
    assert [(i.status, i.quantity_shipped) for i in order.items] == [("Shipped", 1)] * 2
    with db.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.source == "wednesday.txt")
        ).one()
    assert "Unshipped → Shipped" in event.summary and event.order_pk == order.id


def test_an_older_report_does_not_undo_a_newer_one(db: Database, tmp_path: Path) -> None:
    late = "2024-05-03T09:00:00+00:00"
    run(db, report(tmp_path, "new.txt", line("1", "A", status="Shipped", updated=late)))
    summary = run(db, report(tmp_path, "old.txt", line("1", "A")))
    assert summary.line() == (
        "1 row: 0 new, 0 updated, 1 unchanged, 0 rejected (0 orders new, 0 updated, 1 unchanged)"
    )
    assert orders(db)["1"].status == "Shipped"


def test_a_shipped_order_cannot_become_unshipped(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "a.txt", line("1", "A", status="Shipped")))
    before = dump(db)
    later = "2024-06-01T00:00:00+00:00"
    summary = run(db, report(tmp_path, "b.txt", line("1", "A", updated=later)))
    assert not summary.written and summary.rejected == 1
    assert (
        summary.errors[0].field == "order-status" and "already shipped" in summary.errors[0].message
    )
    assert dump(db) == before


def test_a_buyer_request_in_the_report(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "a.txt", line("1", "A")))
    later = "2024-05-02T00:00:00+00:00"
    path = report(tmp_path, "b.txt", line("1", "A", updated=later, requested="true", reason="Late"))
    assert run(db, path).updated == 1
    order = orders(db)["1"]
    assert order.has_open_request
    (request,) = order.requests
    assert (request.channel, request.state, request.reason, request.source) == (
        "AMAZON",
        "open",
        "Late",
        "b.txt",
    )
    assert run(db, path).line() == (
        "1 row: 0 new, 0 updated, 1 unchanged, 0 rejected (0 orders new, 0 updated, 1 unchanged)"
    )


@pytest.mark.parametrize(
    ("first_status", "channel", "requested", "counted", "initiator"),
    [
        ("Unshipped", "Merchant", "false", True, "SELLER"),
        ("Unshipped", "Merchant", "true", False, "SELLER"),
        ("Pending", "Merchant", "false", False, "BUYER"),
        ("Unshipped", "Amazon", "false", False, "AMAZON"),
    ],
)
def test_a_cancellation_made_in_seller_central(
    db: Database,
    tmp_path: Path,
    first_status: str,
    channel: str,
    requested: str,
    counted: bool,
    initiator: str,
) -> None:
    run(db, report(tmp_path, "a.txt", line("1", "A", status=first_status, channel=channel)))
    later = "2024-05-02T00:00:00+00:00"
    cancelled = line(
        "1", "A", status="Cancelled", updated=later, channel=channel, requested=requested
    )
    assert run(db, report(tmp_path, "b.txt", cancelled)).updated == 1
    order = orders(db)["1"]
    assert order.status == "Canceled" and order.cancel_counted is counted
    assert not order.has_open_request
    (cancellation,) = order.cancellations
    assert (cancellation.via, cancellation.counted, cancellation.initiator) == (
        "import",
        counted,
        initiator,
    )
    assert cancellation.source == "b.txt"
    assert order.items[0].status == "Canceled" and order.items[0].quantity_cancelled == 1
    if requested == "true":
        assert order.requests[0].state == "accepted"
        assert cancellation.buyer_request_id == order.requests[0].id
    assert run(db, report(tmp_path, "b.txt", cancelled)).unchanged == 1
    assert len(orders(db)["1"].cancellations) == 1


def test_one_bad_row_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    run(db, report(tmp_path, "a.txt", line("1", "A")))
    before = dump(db)
    path = report(
        tmp_path,
        "b.txt",
        line("2", "B"),
        line("3", "C", qty="-1"),
        line("1", "A", status="Shipped", updated="2024-06-01T00:00:00+00:00"),
    )
    summary = run(db, path)
    assert not summary.written and summary.rejected == 1
    assert (summary.errors[0].line, summary.errors[0].field) == (3, "quantity")
    assert "Nothing was imported" in summary.verdict()
    assert dump(db) == before


def test_skipping_bad_rows_and_the_error_report(db: Database, tmp_path: Path) -> None:
    path = report(tmp_path, "b.txt", line("2", "B"), line("3", "C", price="abc"), line("3", "D"))
    summary = run(db, path, skip_invalid=True)
    assert summary.written and summary.line() == (
        "3 rows: 1 new, 0 updated, 0 unchanged, 2 rejected (1 order new, 0 updated, 0 unchanged)"
    )
    assert set(orders(db)) == {"2"}
    out = io.StringIO()
    write_error_report(out, summary.file, summary.errors)
    lines = out.getvalue().splitlines()
    assert lines[0] == "file,line,field,value,message"
    assert lines[1].startswith("b.txt,3,item-price,abc,")
    assert lines[2].startswith("b.txt,4,,3,not imported because line 3")


def test_a_dry_run_counts_but_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    summary = run(db, report(tmp_path, "a.txt", line("1", "A"), line("2", "B")), dry_run=True)
    assert summary.line() == (
        "2 rows: 2 new, 0 updated, 0 unchanged, 0 rejected (2 orders new, 0 updated, 0 unchanged)"
    )
    assert not summary.written and dump(db) == before


def test_cancelling_halfway_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    path = report(tmp_path, "big.txt", *(line(str(n), "A") for n in range(50)))
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_file(
            db.sessions,
            path,
            ImportOptions(batch_rows=10),
            progress=lambda p: seen.append(p.rows),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [10, 20]
    assert dump(db) == before


def test_a_new_order_without_a_purchase_date(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "\t".join(HEADER) + "\n" + line("1", "A").replace("2024-05-01T10:00:00+00:00", "")
    )
    summary = run(db, path)
    assert summary.errors[0].field == "purchase-date"


def indexes(db: Database) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        found = inspect(conn)
        return {
            t: sorted(str(i["name"]) for i in found.get_indexes(t)) for t in found.get_table_names()
        }


def big_files_from_300_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set the indexes aside for a 300-row file too (only files of some MB are, normally)."""
    monkeypatch.setattr(importer, "SET_ASIDE_MIN_BYTES", 0)


def test_a_big_import_into_a_small_shop_keeps_every_index(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file far larger than the shop is written with the indexes set aside (the search
    index too). At the commit the orders table has what its first page reads by, and the
    orders are there to see and to find; the other indexes are owed and built after the
    commit (finish_bulk_write): then every index is back and nothing is owed."""
    big_files_from_300_rows(monkeypatch)
    before = indexes(db)
    path = report(tmp_path, "big.txt", *(line(f"1-{n:04}", f"SKU-{n % 7}") for n in range(300)))
    summary = run(db, path, batch_rows=50)
    assert summary.written and summary.new == 300
    at_commit = indexes(db)
    assert "ix_orders_purchase_date" in at_commit["orders"]
    assert "ix_orders_skus" not in at_commit["orders"]
    assert "ix_order_items_order_pk" in at_commit["order_items"]  # the writer reads by it
    assert "ix_order_items_sku_status" not in at_commit["order_items"]
    assert db.bulk_write_unfinished()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 300
        found = list_orders(session, OrderFilter(search="1-0042"), datetime.now(UTC))
        by_sku = list_orders(session, OrderFilter(search="sku-3"), datetime.now(UTC))
    assert [row.order_id for row in found] == ["1-0042"]
    assert len(by_sku) == len([n for n in range(300) if n % 7 == 3])
    db.finish_bulk_write()
    assert indexes(db) == before
    assert not db.bulk_write_unfinished()
    db.finish_bulk_write()  # nothing left: nothing done
    assert indexes(db) == before


def test_indexes_owed_when_the_app_closed_are_built_at_the_next_opening(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app closed between a big import's commit and the indexes it owes: they are written
    down in the shop, so whoever opens it next builds them (the window does, in the
    background); an archive taken meanwhile does not carry them, and its restore has every
    index."""
    big_files_from_300_rows(monkeypatch)
    before = indexes(db)
    path = report(tmp_path, "big.txt", *(line(f"2-{n:04}", f"SKU-{n % 5}") for n in range(300)))
    assert run(db, path).written
    url = db.url
    db.close()
    again = open_database(url)
    try:
        assert again.bulk_write_unfinished()
        assert indexes(again) != before
        again.finish_bulk_write()
        assert indexes(again) == before
        assert not again.bulk_write_unfinished()
    finally:
        again.close()


def test_an_import_rolled_back_owes_no_index(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import with a bad row (and no "skip bad rows") writes nothing: its indexes are
    all there as before, and none is owed."""
    big_files_from_300_rows(monkeypatch)
    before = indexes(db)
    rows = [line(f"3-{n:04}", f"SKU-{n % 5}") for n in range(300)]
    rows[150] = line("3-0150", "SKU-0", qty="many")
    summary = run(db, report(tmp_path, "bad.txt", *rows), batch_rows=50)
    assert not summary.written and summary.rejected == 1
    assert indexes(db) == before
    assert not db.bulk_write_unfinished()


def test_a_big_import_while_a_colleague_reads_the_orders_still_writes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: setting a table's indexes aside locks it until the commit. When another
    session is reading the orders at that moment (a colleague's window), the import does not
    wait on it or fail: it keeps the indexes up and writes the file."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's readers never hold a lock that a writer waits for")
    big_files_from_300_rows(monkeypatch)
    before = indexes(db)
    path = report(tmp_path, "big.txt", *(line(f"1-{n:04}", f"SKU-{n % 7}") for n in range(300)))
    with db.engine.connect() as colleague:
        colleague.execute(select(func.count()).select_from(Order))  # its snapshot stays open
        summary = run(db, path, batch_rows=50)
        colleague.rollback()
    assert summary.written and summary.new == 300
    assert indexes(db) == before
    with db.reading() as session:
        found = list_orders(session, OrderFilter(search="1-0042"), datetime.now(UTC))
    assert [row.order_id for row in found] == ["1-0042"]


def test_a_big_import_that_fails_at_its_last_row_leaves_the_shop_as_it_was(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big_files_from_300_rows(monkeypatch)
    before, before_indexes = dump(db), indexes(db)
    rows = [line(f"1-{n:04}", "A") for n in range(300)] + [line("2-0000", "B", qty="many")]
    summary = run(db, report(tmp_path, "big.txt", *rows), batch_rows=50)
    assert not summary.written
    assert (summary.errors[0].line, summary.errors[0].field) == (302, "quantity")
    assert dump(db) == before and indexes(db) == before_indexes


def test_progress_ends_with_the_saving_stretch_only_when_the_file_is_written(
    db: Database, tmp_path: Path
) -> None:
    """After the last row, an import still writes indexes and commits: the seller is told it is
    saving rather than left at a full bar; a dry run or a refused file has nothing to save."""
    path = report(tmp_path, "a.txt", *(line(str(n), "A") for n in range(30)))
    seen: list[ImportProgress] = []
    import_file(db.sessions, path, ImportOptions(batch_rows=10), progress=seen.append)
    assert [p.saving for p in seen] == [False, False, False, True]
    assert seen[-1].rows == 30 and seen[-1].fraction == 1.0
    for options in (ImportOptions(dry_run=True), ImportOptions()):
        bad = report(tmp_path, "b.txt", line("x", "B"), line("y", "C", qty="?"))
        seen.clear()
        import_file(db.sessions, path if options.dry_run else bad, options, progress=seen.append)
        assert seen and not any(p.saving for p in seen)


def test_cancelling_while_it_saves_still_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    path = report(tmp_path, "a.txt", *(line(str(n), "A") for n in range(30)))
    saving: list[bool] = []
    with pytest.raises(ImportCancelled):
        import_file(
            db.sessions,
            path,
            ImportOptions(batch_rows=10),
            progress=lambda p: saving.append(p.saving),
            cancelled=lambda: any(saving),  # pressed once the last stretch began
        )
    assert saving[-1] is True
    assert dump(db) == before


def test_an_import_the_database_fails_midway_leaves_the_shop_as_it_was(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server fails after the orders and items of the first batches are written (with COPY
    on PostgreSQL): the import reports the failure and none of those rows stay."""
    from desktop_app.services.importing import write

    before = dump(db)
    calls: list[int] = []
    real = write.Writer._audit

    def failing(self: write.Writer, new: list[Any], updated: list[Any]) -> None:
        calls.append(len(new))
        if len(calls) == 3:
            raise RuntimeError("the server went away")
        real(self, new, updated)

    monkeypatch.setattr(write.Writer, "_audit", failing)
    path = report(tmp_path, "big.txt", *(line(f"1-{n:04}", f"S-{n % 3}") for n in range(50)))
    with pytest.raises(RuntimeError, match="went away"):
        run(db, path, batch_rows=10)
    assert calls == [10, 10, 10]
    assert dump(db) == before
