"""A shop from the command line: init, no shop by accident, the archive, safe output files,
and the lists scripts read."""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.db import tables
from desktop_app.db.database import Database, open_database
from desktop_app.io.sample_report import write_all_orders
from desktop_app.services.demo import build_demo

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo(db: Database, db_url: str) -> str:
    build_demo(db, 400, seed=2, now=NOW)
    return db_url


# -- no shop by accident, init ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["orders"], ["health"], ["export", "x.csv"], ["stock"], ["requests"], ["show", "1"]],
)
def test_a_mistyped_path_is_refused_and_nothing_created(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = tmp_path / "typo" / "shop.db"
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert f"there is no shop at {missing}" in err and "seller-desk --db" in err and "init" in err
    assert not (tmp_path / "typo").exists() and not (tmp_path / "x.csv").exists()


def test_init_creates_a_shop_with_zone_and_currency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.db"
    code, out, err = run(
        capsys, "--db", str(path), "init", "--timezone", "Asia/Tokyo", "--currency", "jpy"
    )
    assert code == 0, err
    assert err == ""  # said once, on stdout: not again on stderr
    assert out.count(str(path)) == 2  # created at ..., and the import command to run next
    assert f"Created a new shop at {path} (time zone Asia/Tokyo, currency JPY)" in out
    db = open_database(f"sqlite:///{path}")
    with db.snapshot() as conn:
        stored = dict(conn.execute(select(tables.settings.c.key, tables.settings.c.value)).all())
    db.close()
    assert stored == {"timezone": "Asia/Tokyo", "currency": "JPY"}
    assert run(capsys, "--db", str(path), "orders")[0] == 0  # now it opens
    code, _out, err = run(capsys, "--db", str(path), "init")
    assert code == 1 and "already a shop" in err


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [("--timezone", "Mars/Olympus", "not a time zone"), ("--currency", "ABC", "ISO 4217")],
)
def test_init_refuses_a_bad_zone_or_currency(
    option: str, value: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.db"
    code, _out, err = run(capsys, "--db", str(path), "init", option, value)
    assert code == 1 and says in err
    assert not path.exists()


# -- the archive from the command line ----------------------------------------------------------


def test_export_archive_then_import_it_into_a_new_shop(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "whole.sdarchive"
    code, out, err = run(capsys, "--db", demo, "export", str(archive), "--json")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["format"] == "archive" and exported["rows"]["orders"] == 400
    renamed = tmp_path / "renamed.bin"  # recognised by content, not by name
    archive.rename(renamed)
    new = tmp_path / "moved.db"
    code, out, err = run(capsys, "--db", str(new), "import", str(renamed), "--json")
    assert code == 0, err
    assert json.loads(out)["rows"] == exported["rows"]
    assert f"creating a new shop at {new}" in err
    code, _out, err = run(capsys, "--db", str(new), "import", str(renamed))
    assert code == 1 and "already holds 400 orders" in err


def test_a_damaged_archive_creates_no_shop(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "whole.sdarchive"
    assert run(capsys, "--db", demo, "export", str(archive))[0] == 0
    cut = tmp_path / "cut.sdarchive"
    cut.write_bytes(archive.read_bytes()[:-300])
    new = tmp_path / "never.db"
    code, out, err = run(capsys, "--db", str(new), "import", str(cut))
    assert code == 1 and out == ""
    assert "incomplete or damaged" in err and "Nothing was written" in err
    assert not new.exists()


# -- safe output files --------------------------------------------------------------------------


def test_export_refuses_unsafe_targets(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "old.csv"
    existing.write_text("mine")
    real = tmp_path / "real.csv"
    real.write_text("precious")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    cases = {
        str(existing): "already exists; choose another name, or add --force",
        str(link): "is a symbolic link",
        str(tmp_path / "sheet.xlsx"): "not .xlsx",
        "/dev/null": "not a name without an extension",
    }
    for target, says in cases.items():
        code, _out, err = run(capsys, "--db", demo, "export", target)
        assert code == 1 and says in err, (target, err)
    code, _out, err = run(capsys, "--db", demo, "export", "/dev/null", "--format", "csv")
    assert code == 1 and "does not end in .csv" in err
    assert existing.read_text() == "mine" and real.read_text() == "precious"
    assert link.is_symlink() and not (tmp_path / "sheet.xlsx").exists()
    assert run(capsys, "--db", demo, "export", str(existing), "--force")[0] == 0
    assert existing.read_text(encoding="utf-8").startswith("seller-desk-order-id")
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_export_refuses_a_fifo_without_hanging(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    codes: list[int] = []
    worker = threading.Thread(
        target=lambda: codes.append(main(["--db", demo, "export", str(fifo), "--force"])),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "the export blocked on a FIFO"
    assert codes == [1] and "not a regular file" in capsys.readouterr().err


def test_export_to_standard_output(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", demo, "export", "-", "--format", "tsv")
    assert code == 0
    assert out.startswith("seller-desk-order-id\t") and "400 orders" in err
    code, _out, err = run(capsys, "--db", demo, "export", "-", "--format", "archive")
    assert code == 1 and "standard output" in err


def test_the_error_report_is_checked_before_the_import_writes(
    db_url: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "orders.txt"
    write_all_orders(report, 20)
    missing = tmp_path / "missing" / "errors.csv"
    code, _out, err = run(capsys, "--db", db_url, "import", str(report), "--errors", str(missing))
    assert code == 1 and "does not exist" in err and "unexpected" not in err
    with db.snapshot() as conn:
        assert conn.execute(select(func.count()).select_from(tables.orders)).scalar_one() == 0
    taken = tmp_path / "errors.csv"
    taken.write_text("keep")
    code, _out, err = run(capsys, "--db", db_url, "import", str(report), "--errors", str(taken))
    assert code == 1 and "--force" in err and taken.read_text() == "keep"
    code, _out, _err = run(
        capsys, "--db", db_url, "import", str(report), "--errors", str(taken), "--force"
    )
    assert code == 0 and taken.read_text().startswith("file,line,field,value,message")


# -- the lists ----------------------------------------------------------------------------------


def test_show_an_order_with_everything_on_record(
    demo: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.snapshot() as conn:
        order_id, counted = conn.execute(
            select(tables.orders.c.order_id, tables.cancellations.c.counted)
            .join(tables.cancellations, tables.cancellations.c.order_pk == tables.orders.c.id)
            .limit(1)
        ).one()
    code, out, _err = run(capsys, "--db", demo, "show", order_id, "--json")
    assert code == 0
    order = json.loads(out)
    assert order["order_id"] == order_id and order["items"]
    (cancel,) = order["cancellations"]
    assert cancel["counted"] is bool(counted) and cancel["initiator"] and cancel["reason"]
    assert set(order) >= {"buyer_requests", "returns", "history", "total", "currency"}
    code, out, _err = run(capsys, "--db", demo, "show", order_id)
    assert "counts against the seller" in out or "does not count" in out
    code, _out, err = run(capsys, "--db", demo, "show", "nope-1")
    assert code == 1 and "nope-1" in err


def test_requests_returns_and_stock_as_json(
    demo: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.snapshot() as conn:
        requests = conn.execute(select(tables.buyer_requests.c.state)).scalars().all()
        returns = conn.execute(select(func.count()).select_from(tables.returns)).scalar_one()
        skus = conn.execute(select(func.count()).select_from(tables.stock)).scalar_one()
    code, out, _err = run(capsys, "--db", demo, "requests", "--json")
    open_rows = json.loads(out)
    assert code == 0 and len(open_rows) == requests.count("open")
    assert all(r["state"] == "open" for r in open_rows)
    code, out, _err = run(capsys, "--db", demo, "requests", "--all", "--json")
    assert len(json.loads(out)) == len(requests) > len(open_rows)
    code, out, _err = run(capsys, "--db", demo, "returns", "--json")
    rows = json.loads(out)
    assert len(rows) == returns > 0 and {"order_id", "refund", "state"} <= set(rows[0])
    code, out, _err = run(capsys, "--db", demo, "stock", "--json")
    stock = json.loads(out)
    assert len(stock) == skus
    sku = stock[3]["sku"]
    code, out, _err = run(capsys, "--db", demo, "stock", "--sku", sku, "--json")
    assert [r["sku"] for r in json.loads(out)] == [sku]
    code, out, _err = run(capsys, "--db", demo, "stock", "--oversold", "--json")
    assert all(r["available"] < 0 and r["oversold"] for r in json.loads(out))


def test_import_may_create_a_shop_but_a_dry_run_may_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "orders.txt"
    orders = write_all_orders(report, 12)
    new = tmp_path / "from-report.db"
    code, _out, err = run(capsys, "--db", str(new), "import", str(report), "--dry-run")
    assert code == 1 and "there is no shop at" in err and not new.exists()
    code, out, err = run(capsys, "--db", str(new), "import", str(report))
    assert code == 0 and f"creating a new shop at {new}" in err and f"({orders} orders new" in out
