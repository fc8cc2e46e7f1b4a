"""A real seller's own CSV (issue 11, point 9-10): guessed, checked, saved and imported from
the command line, with the quirks such files have."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.db.database import Database
from desktop_app.db.models import Order, Return

SALE_REPORT = Path(__file__).parent.parent / "fixtures" / "amazon-sale-report.csv"


@pytest.fixture
def sale_report(tmp_path: Path) -> Path:
    return Path(shutil.copy(SALE_REPORT, tmp_path / "Amazon Sale Report.csv"))


def test_guess_reads_a_sellers_own_export(
    db: Database, db_url: str, sale_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "mappings", "guess", str(sale_report), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["columns"]["purchase_date"] == "Date"
    assert found["date_format"] == "%m-%d-%y"  # 04-30-22 and 4-29-22
    assert found["columns"]["channel"] == "Fulfilment"
    assert found["columns"]["item_price"] == "Amount" and found["unit_prices"] is False
    assert found["columns"]["marketplace"] == "Sales Channel"  # the header's stray space
    assert found["columns"]["is_business_order"] == "B2B"
    assert found["check"] == {
        "rows": 16,
        "clean": 16,
        "share": 1.0,
        "commonest_error": None,
        "good_enough": True,
    }
    assert found["saved"] is False


def test_save_then_import_with_the_mapping(
    db: Database, db_url: str, sale_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "mappings", "guess", str(sale_report), "--save", "india"]) == 0
    assert "Saved as 'india'." in capsys.readouterr().out
    assert main(["--db", db_url, "mappings", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"mappings": ["india"]}
    assert main(["--db", db_url, "import", str(sale_report), "--mapping", "india", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)["files"][0]
    assert result["rows"] == 16 and result["rows_new"] == 16 and result["rejected"] == 0
    assert result["new"] == 15  # one order has two rows
    with db.reading() as session:
        orders = {o.order_id: o for o in session.scalars(select(Order))}
        returns = session.scalars(select(Return)).all()
    assert {o.currency for o in orders.values()} == {"INR"}  # blank currency: the file's own
    cancelled = orders["405-8078784-5731545"]
    assert cancelled.status == "Canceled" and cancelled.cancel_counted  # Merchant: counts
    assert not orders["407-5443024-5233168"].cancel_counted  # Amazon's warehouse: never
    assert orders["404-0687676-7273146"].channel == "AFN"
    assert orders["404-0687676-7273146"].is_business_order
    assert orders["407-5633625-6970741"].total_minor == 137000  # Amount is the line total
    assert sorted(r.state for r in returns) == ["received", "started"]
    assert orders["408-5748499-6859555"].status == "Shipped"


def test_save_refuses_a_mapping_that_reads_too_few_rows(
    db: Database, db_url: str, sale_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--db", db_url, "mappings", "guess", str(sale_report), "--save", "wrong",
         "--date-format", "%d-%m-%y"]
    )  # fmt: skip
    assert code == 1
    captured = capsys.readouterr()
    assert "Only 0 of the first 16 rows read cleanly" in captured.err
    assert "column 'Date'" in captured.err and "is not a date" in captured.err
    main(["--db", db_url, "mappings", "list"])
    assert "No column mappings saved yet." in capsys.readouterr().out


def test_ambiguous_dates_are_shown_with_examples(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(
        "order,date,sku,qty,status,channel,currency\n"
        "1,04-05-22,A,1,Shipped,FBM,EUR\n2,03-06-22,B,1,Shipped,FBA,EUR\n"
    )
    assert main(["--db", db_url, "mappings", "guess", str(path)]) == 0
    out = capsys.readouterr().out
    assert "04-05-22 could be 04 May 2022 or 05 April 2022" in out
    assert "--date-format" in out


def test_show_and_delete(
    db: Database, db_url: str, sale_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", db_url, "mappings", "guess", str(sale_report), "--save", "india"])
    capsys.readouterr()
    assert main(["--db", db_url, "mappings", "show", "india"]) == 0
    shown = capsys.readouterr().out
    assert "Purchase date" in shown and "'Date'" in shown and "line totals" in shown
    assert main(["--db", db_url, "mappings", "delete", "india"]) == 0
    assert main(["--db", db_url, "mappings", "show", "india"]) == 1
    assert "no column mapping named 'india'" in capsys.readouterr().err


def test_a_header_with_a_trailing_space_in_a_saved_mapping_still_reads(
    db: Database, tmp_path: Path
) -> None:
    from desktop_app.io.generic import ColumnMapping
    from desktop_app.services.importing import ImportOptions, import_file

    path = tmp_path / "s.csv"
    path.write_text("Order ID ,Date,SKU,Qty ,currency\n1,2024-05-01,A,2,EUR\n")
    mapping = ColumnMapping.from_json(
        json.dumps(
            {
                "name": "spaces",
                "columns": {
                    "order_id": "Order ID ",
                    "purchase_date": "Date",
                    "sku": "SKU",
                    "quantity": "Qty ",
                    "currency": "currency",
                },
                "defaults": {"status": "Unshipped", "channel": "MFN"},
            }
        )
    )
    summary = import_file(db.sessions, path, ImportOptions(mapping=mapping))
    assert summary.new == 1 and summary.rejected == 0
    with db.reading() as session:
        assert session.scalars(select(Order.item_count)).one() == 2
