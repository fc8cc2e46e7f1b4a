"""Files as real sellers have them (issue 11): every row accounted for, every rule named,
every cancellation attributed once by core's one rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.reasons import RequestChannel
from desktop_app.db.database import Database
from desktop_app.db.models import Order, Return, Setting
from desktop_app.io.amazon import ALL_ORDERS_BY_LAST_UPDATE
from desktop_app.services.context import Context
from desktop_app.services.importing import ImportOptions, ImportSummary, import_file
from desktop_app.services.requests import decline_request, record_request

# the report's documented columns (the by-last-update variant) and the buyer-cancel ones
COLUMNS = [
    *ALL_ORDERS_BY_LAST_UPDATE,
    "is-buyer-requested-cancellation",
    "buyer-requested-cancel-reason",
]
BOUGHT = "2024-05-01T10:00:00+00:00"


def amazon_row(order: str, **cells: str) -> str:
    """One All Orders line as Amazon writes it: tab-separated, never quoted."""
    values = {
        "amazon-order-id": order,
        "merchant-order-id": "",
        "purchase-date": BOUGHT,
        "last-updated-date": "2024-05-01T12:00:00+00:00",
        "order-status": "Pending",
        "fulfillment-channel": "Merchant",
        "sales-channel": "Amazon.com",
        "order-channel": "",
        "ship-service-level": "Standard",
        "product-name": "Oak mug",
        "sku": "OAK-MUG",
        "asin": "B000000001",
        "item-status": "Unshipped",
        "quantity": "1",
        "currency": "USD",
        "item-price": "12.00",
        "item-tax": "0.96",
        "shipping-price": "4.99",
        "shipping-tax": "0.00",
        "gift-wrap-price": "",
        "gift-wrap-tax": "",
        "item-promotion-discount": "",
        "ship-promotion-discount": "",
        "ship-city": "SEATTLE",
        "ship-state": "WA",
        "ship-postal-code": "98101-1234",
        "ship-country": "US",
        "promotion-ids": "",
        "is-business-order": "false",
        "purchase-order-number": "",
        "price-designation": "",
        "is-buyer-requested-cancellation": "false",
        "buyer-requested-cancel-reason": "",
    }
    values.update({k.replace("_", "-"): v for k, v in cells.items()})
    values["order-status"] = cells.get("status", values["order-status"])
    values.pop("status", None)
    return "\t".join(values[c] for c in COLUMNS)


def amazon_file(tmp_path: Path, *rows: str, name: str = "orders.txt", eol: str = "\r\n") -> Path:
    path = tmp_path / name
    path.write_bytes((eol.join(["\t".join(COLUMNS), *rows]) + eol).encode("utf-8"))
    return path


def run(db: Database, path: Path, **options: Any) -> ImportSummary:
    summary = import_file(db.sessions, path, ImportOptions(**options))
    assert summary.accounted, summary.line()
    return summary


def stored(db: Database, order_id: str) -> Order:
    with db.reading() as session:
        order = session.scalars(select(Order).where(Order.order_id == order_id)).one()
        _ = order.items, order.requests, order.cancellations
        return order


def product_names(db: Database) -> dict[str, str]:
    with db.reading() as session:
        return {o.order_id: o.items[0].product_name for o in session.scalars(select(Order))}


# --- 1. Amazon's reports as Amazon writes them ---------------------------------------------


QUOTE_SHAPES = {
    "inch mark": '12" Pizza Stone',
    "quoted word": '"Harry Potter" Mug',
    "never closed": '"Tea Towel, linen',
    "quote at the end": 'Frame 8x10"',
    "doubled quotes": 'The ""Best"" Kettle',
    "lone quote": '"',
    "quote then tab-like text": 'Shelf 24" x 12"',
}


@pytest.mark.parametrize("shape", sorted(QUOTE_SHAPES))
def test_every_quote_shape_in_an_amazon_report_is_text(
    db: Database, tmp_path: Path, shape: str
) -> None:
    name = QUOTE_SHAPES[shape]
    rows = [amazon_row(f"111-000000{n}-0000000", product_name=name) for n in range(3)]
    summary = run(db, amazon_file(tmp_path, *rows))
    assert (summary.new, summary.rows_new, summary.rejected) == (3, 3, 0)
    assert set(product_names(db).values()) == {name}


def test_seven_orders_with_inch_marks_and_an_unclosed_title_all_arrive(
    db: Database, tmp_path: Path
) -> None:
    names = [
        '12" Pizza Stone', '"Harry Potter" Mug', '"Unclosed title, 2 pack', "Plain",
        'Ruler 6"', '"Quoted"', "Last one",
    ]  # fmt: skip
    rows = [amazon_row(f"111-{n:07d}-0000001", product_name=x) for n, x in enumerate(names)]
    summary = run(db, amazon_file(tmp_path, *rows))
    assert summary.line().startswith("7 rows: 7 new, 0 updated, 0 unchanged, 0 rejected")
    assert sorted(product_names(db).values()) == sorted(names)


def test_mixed_line_endings_lose_no_row(db: Database, tmp_path: Path) -> None:
    header = "\t".join(COLUMNS)
    rows = [amazon_row(f"111-{n:07d}-0000002") for n in range(4)]
    data = header + "\r\n" + rows[0] + "\n" + rows[1] + "\r" + rows[2] + "\r\n" + rows[3]
    path = tmp_path / "mixed.txt"
    path.write_bytes(data.encode())
    summary = run(db, path)
    assert (summary.rows, summary.new) == (4, 4)


# --- 2. no silent loss ------------------------------------------------------------------------


CSV_HEADER = "order id,date,status,fulfilment,sku,qty,currency,price,name"


def csv_mapping() -> Any:
    from desktop_app.io.generic import ColumnMapping

    return ColumnMapping(
        name="shop",
        columns={
            "order_id": "order id",
            "purchase_date": "date",
            "status": "status",
            "channel": "fulfilment",
            "sku": "sku",
            "quantity": "qty",
            "currency": "currency",
            "item_price": "price",
            "product_name": "name",
        },
        delimiter=",",
    )


def test_an_unclosed_quote_in_a_csv_is_an_error_at_its_line_and_the_rows_after_it_arrive(
    db: Database, tmp_path: Path
) -> None:
    lines = [CSV_HEADER]
    lines.append(f'A1,{BOUGHT},Unshipped,Merchant,S1,1,USD,5.00,"Broken quote')
    lines += [f"A{n},{BOUGHT},Unshipped,Merchant,S{n},1,USD,5.00,Fine {n}" for n in range(2, 6)]
    path = tmp_path / "shop.csv"
    path.write_text("\n".join(lines) + "\n")
    summary = run(db, path, mapping=csv_mapping(), skip_invalid=True)
    assert (summary.rows, summary.rows_new, summary.rejected) == (5, 4, 1)
    assert summary.errors[0].line == 2 and "never closed" in summary.errors[0].message
    assert set(product_names(db)) == {"A2", "A3", "A4", "A5"}


def test_lines_of_separators_only_are_blank_lines_not_rejected_rows(
    db: Database, tmp_path: Path
) -> None:
    """A spreadsheet leaves ",,,,,,,," rows under its data; a report may hold a lone tab. They
    hold no value: counted as blank lines, neither imported nor rejected."""
    lines = [CSV_HEADER, f"A1,{BOUGHT},Unshipped,Merchant,S1,1,USD,5.00,One", ",,,,,,,,", " , ,"]
    lines += [f"A2,{BOUGHT},Unshipped,Merchant,S2,1,USD,5.00,Two", ",,,,,,,,"]
    path = tmp_path / "shop.csv"
    path.write_text("\n".join(lines) + "\n")
    summary = run(db, path, mapping=csv_mapping())
    assert (summary.rows, summary.rows_new, summary.rejected, summary.blank_lines) == (2, 2, 0, 3)
    assert summary.written
    amazon = amazon_file(tmp_path, amazon_row("111-0000001-0000001"), "\t", "\t\t \t")
    summary = run(db, amazon)
    assert (summary.rows, summary.rows_new, summary.rejected, summary.blank_lines) == (1, 1, 0, 2)


def test_one_endless_line_is_rejected_in_bounded_memory(db: Database, tmp_path: Path) -> None:
    import tracemalloc

    path = amazon_file(tmp_path, amazon_row("111-0000001-0000003"))
    with path.open("ab") as out:
        out.write(b"x" * 8_000_000)  # no line end at all
    tracemalloc.start()
    summary = run(db, path, skip_invalid=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000
    assert (summary.rows_new, summary.rejected) == (1, 1)
    assert summary.errors[0].line == 3 and "longer than 1 MB" in summary.errors[0].message


# --- 3. every row checked for sense -----------------------------------------------------------

RULES = {
    "quantity 0 not cancelled": (dict(quantity="0", item_status="Unshipped"), "quantities"),
    "discount above the price": (
        dict(item_price="10.00", item_promotion_discount="-500.00"),
        "discount is larger",
    ),
    "JPY with decimals": (dict(currency="JPY", item_price="10.555"), "more decimals"),
    "USD with three decimals": (dict(item_price="0.005"), "more decimals"),
    "unknown currency": (dict(currency="XYZ"), "ISO 4217"),
    "NUL in a name": (dict(product_name="Mug\x00"), "control character"),
    "BOM in an id": (dict(sku="\ufeffSKU"), "byte-order mark"),
    "Arabic-Indic digit": (dict(quantity="٣"), "whole number"),
    "last update before purchase": (dict(last_updated_date="2024-04-01T00:00:00+00:00"), "before"),
    "future date": (dict(purchase_date="2099-01-01T00:00:00+00:00"), "future"),
}


@pytest.mark.parametrize("rule", sorted(RULES))
@pytest.mark.parametrize("skip", [False, True])
def test_a_row_that_breaks_a_rule_is_rejected_naming_it(
    db: Database, tmp_path: Path, rule: str, skip: bool
) -> None:
    cells, words = RULES[rule]
    bad = amazon_row("111-0000009-0000009", **cells)
    good = amazon_row("111-0000001-0000001")
    path = amazon_file(tmp_path, good, bad)
    summary = run(db, path, skip_invalid=skip)
    assert summary.rejected == 1 and summary.rows == 2
    error = summary.errors[0]
    assert error.line == 3
    assert words in error.message, error.message
    with db.reading() as session:
        count = len(session.scalars(select(Order)).all())
    assert count == (1 if skip else 0)


@pytest.mark.parametrize("skip", [False, True])
def test_more_units_shipped_than_ordered_is_rejected(
    db: Database, tmp_path: Path, skip: bool
) -> None:
    path = tmp_path / "unshipped.txt"
    path.write_text(
        "order-id\tpurchase-date\tsku\tquantity-purchased\tquantity-shipped\tcurrency\n"
        f"2\t{BOUGHT}\tS\t1\t0\tUSD\n3\t{BOUGHT}\tS\t2\t3\tUSD\n"
    )
    summary = run(db, path, skip_invalid=skip)
    assert summary.rejected == 1 and summary.errors[0].line == 3
    assert "add up to more than the 2 ordered" in summary.errors[0].message
    assert summary.written is skip


# --- 4-6. cancellations: found in files, attributed by one rule, merged field by field ------


def test_an_item_level_cancellation_counts_once_and_restocks_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = amazon_file(
        tmp_path,
        amazon_row("111-0000001-0000010", status="Shipped", item_status="Shipped", sku="A"),
        amazon_row(
            "111-0000001-0000010", status="Shipped", item_status="Cancelled", sku="B", quantity="0"
        ),
    )
    summary = run(db, path)
    assert summary.counted_cancellations == ["111-0000001-0000010"]
    assert "counts against your cancellation rate" in (summary.counted_sentence() or "")
    order = stored(db, "111-0000001-0000010")
    assert order.status == "Shipped" and order.cancel_counted
    assert len(order.cancellations) == 1
    cancellation = order.cancellations[0]
    assert cancellation.counted and cancellation.via == "import" and not cancellation.restocked
    assert cancellation.initiator == "SELLER"


def test_an_item_cancelled_in_a_later_report_takes_its_known_units(
    db: Database, tmp_path: Path
) -> None:
    oid = "111-0000001-0000011"
    run(db, amazon_file(tmp_path, amazon_row(oid, status="Unshipped", sku="A", quantity="2")))
    later = amazon_row(
        oid,
        status="Unshipped",
        item_status="Cancelled",
        sku="A",
        quantity="0",
        last_updated_date="2024-05-02T12:00:00+00:00",
    )
    run(db, amazon_file(tmp_path, later, name="later.txt"))
    order = stored(db, oid)
    assert order.items[0].quantity == 2 and order.items[0].quantity_cancelled == 2
    assert len(order.cancellations) == 1 and order.cancel_counted


def test_a_later_buyer_cancel_column_relabels_and_opens_no_request(
    db: Database, tmp_path: Path
) -> None:
    oid = "111-0000001-0000012"
    cancelled = dict(status="Cancelled", item_status="Cancelled", quantity="0")
    run(db, amazon_file(tmp_path, amazon_row(oid, status="Unshipped")))
    run(db, amazon_file(tmp_path, amazon_row(oid, **cancelled), name="b.txt"))
    assert stored(db, oid).cancel_counted
    later = amazon_row(
        oid,
        **cancelled,
        is_buyer_requested_cancellation="true",
        buyer_requested_cancel_reason="Ordered by mistake",
        last_updated_date="2024-05-03T12:00:00+00:00",
    )
    summary = run(db, amazon_file(tmp_path, later, name="c.txt"))
    assert summary.relabelled == [oid]
    order = stored(db, oid)
    assert not order.cancel_counted and not order.has_open_request
    assert [c.counted for c in order.cancellations] == [False]
    assert [r.state for r in order.requests] == ["accepted"]


def test_a_declined_request_exempts_nothing_in_an_import_either(
    db: Database, tmp_path: Path
) -> None:
    oid = "111-0000001-0000013"
    run(db, amazon_file(tmp_path, amazon_row(oid, status="Unshipped")))
    ctx = Context(clock=lambda: datetime(2024, 5, 1, 13, tzinfo=UTC))
    with db.transaction() as session:
        request = record_request(session, ctx, oid, reason="changed my mind")
        decline_request(session, ctx, request.id, "already packed")
    cancelled = amazon_row(
        oid, status="Cancelled", item_status="Cancelled", quantity="0",
        last_updated_date="2024-05-01T14:00:00+00:00",
    )  # fmt: skip
    run(db, amazon_file(tmp_path, cancelled, name="later.txt"))
    order = stored(db, oid)
    assert order.status == "Canceled" and order.cancel_counted


def test_a_cancellation_in_an_older_report_still_arrives(db: Database, tmp_path: Path) -> None:
    """A request recorded in the app moved the order's last update past the report's date."""
    oid = "111-0000001-0000014"
    run(db, amazon_file(tmp_path, amazon_row(oid, status="Unshipped")))
    ctx = Context(clock=lambda: datetime(2024, 5, 1, 16, tzinfo=UTC))
    with db.transaction() as session:
        record_request(session, ctx, oid, reason="asked by message", channel=RequestChannel.MESSAGE)
    report = amazon_row(
        oid, status="Cancelled", item_status="Cancelled", quantity="0",
        last_updated_date="2024-05-01T14:00:00+00:00",
    )  # fmt: skip
    summary = run(db, amazon_file(tmp_path, report, name="older.txt"))
    assert summary.updated == 1
    order = stored(db, oid)
    assert order.status == "Canceled" and len(order.cancellations) == 1


def test_an_older_report_never_rolls_an_order_back(db: Database, tmp_path: Path) -> None:
    oid = "111-0000001-0000015"
    shipped = amazon_row(
        oid, status="Shipped", item_status="Shipped",
        last_updated_date="2024-05-03T12:00:00+00:00",
    )  # fmt: skip
    run(db, amazon_file(tmp_path, shipped))
    summary = run(db, amazon_file(tmp_path, amazon_row(oid, status="Unshipped"), name="old.txt"))
    assert summary.unchanged == 1 and summary.rejected == 0
    assert stored(db, oid).status == "Shipped"


# --- 8. returns from report words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Shipped - Returned to Seller", "received"),
        ("Shipped - Returning to Seller", "started"),
        ("Shipped - Rejected by Buyer", "started"),
    ],
)
def test_return_words_become_returns_not_cancellations(
    db: Database, tmp_path: Path, word: str, state: str
) -> None:
    oid = "111-0000001-0000016"
    run(db, amazon_file(tmp_path, amazon_row(oid, status=word, item_status="Shipped")))
    order = stored(db, oid)
    assert order.status == "Shipped" and order.cancellations == []
    with db.reading() as session:
        returns = session.scalars(select(Return)).all()
        assert [r.state for r in returns] == [state]
        assert returns[0].refund_minor == order.total_minor


# --- 9. blank currency: the shop's, never USD by default ------------------------------------


def test_a_blank_currency_is_the_shops(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        session.add(Setting(key="currency", value="INR"))
    run(db, amazon_file(tmp_path, amazon_row("111-0000001-0000017", currency="")))
    assert stored(db, "111-0000001-0000017").currency == "INR"


def test_a_blank_currency_is_the_files_own_when_the_shop_has_none(
    db: Database, tmp_path: Path
) -> None:
    path = amazon_file(
        tmp_path,
        amazon_row("111-0000001-0000018", currency=""),
        amazon_row("111-0000001-0000019", currency="INR"),
    )
    run(db, path)
    assert stored(db, "111-0000001-0000018").currency == "INR"


def test_a_blank_currency_with_no_shop_currency_and_a_mixed_file_is_rejected(
    db: Database, tmp_path: Path
) -> None:
    path = amazon_file(
        tmp_path,
        amazon_row("111-0000001-0000020", currency=""),
        amazon_row("111-0000001-0000021", currency="INR"),
        amazon_row("111-0000001-0000022", currency="EUR"),
    )
    summary = run(db, path, skip_invalid=True)
    assert summary.rejected == 1 and "no currency set" in summary.errors[0].message


def test_dates_a_day_ahead_are_clock_skew_not_errors(db: Database, tmp_path: Path) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=20)).isoformat(timespec="seconds")
    row = amazon_row("111-0000001-0000023", purchase_date=soon, last_updated_date=soon)
    assert run(db, amazon_file(tmp_path, row)).new == 1


# --- 7. re-label ------------------------------------------------------------------------------


def test_relabel_from_the_command_line_moves_the_rate(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import main

    oid = "111-0000001-0000030"
    row = amazon_row(oid, status="Cancelled", item_status="Cancelled", quantity="0")
    assert main(["--db", db_url, "import", str(amazon_file(tmp_path, row))]) == 0
    out = capsys.readouterr().out
    assert "1 cancellation in this file counts against your cancellation rate" in out
    assert oid in out and stored(db, oid).cancel_counted
    assert main(["--db", db_url, "relabel", oid, "--by", "buyer", "--note", "asked on day 1"]) == 0
    assert "no longer counts" in capsys.readouterr().out
    order = stored(db, oid)
    assert not order.cancel_counted and [r.state for r in order.requests] == ["accepted"]
    assert main(["--db", db_url, "relabel", oid, "--by", "seller", "--json"]) == 0
    assert '"counted": true' in capsys.readouterr().out
    assert stored(db, oid).cancel_counted
    with db.reading() as session:
        from desktop_app.db.models import AuditEvent

        history = [e.summary for e in session.scalars(select(AuditEvent)) if "re-label" in e.action
                   or e.action == "cancellation.relabel"]  # fmt: skip
    assert len(history) == 2 and "asked on day 1" in history[0]


def test_relabel_refuses_an_order_without_a_cancellation(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import main

    oid = "111-0000001-0000031"
    main(["--db", db_url, "import", str(amazon_file(tmp_path, amazon_row(oid)))])
    capsys.readouterr()
    assert main(["--db", db_url, "relabel", oid, "--by", "buyer"]) == 1
    assert "has no cancellation to re-label" in capsys.readouterr().err


def test_a_dry_run_takes_no_write_lock(db: Database, db_url: str, tmp_path: Path) -> None:
    """Another Seller Desk writing (holding SQLite's write lock) does not stop a dry run."""
    from sqlalchemy import create_engine

    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL has no database-wide write lock")
    path = amazon_file(tmp_path, amazon_row("111-0000001-0000050"))
    other = create_engine(db_url)
    with other.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # another writer holds the lock
        summary = import_file(db.sessions, path, ImportOptions(dry_run=True), readers=db.readers)
        conn.exec_driver_sql("ROLLBACK")
    other.dispose()
    assert summary.dry_run and summary.new == 1 and not summary.written
