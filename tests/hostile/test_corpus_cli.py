"""The hostile corpus against every reader and every command: exit codes 0, 1 or 2 only, never
a traceback, nothing changed when a command fails; fine files come back exactly as typed;
files that break an input rule (issue 14.6, the readers' edge) are refused naming the line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.cli import main
from desktop_app.db.database import Database
from desktop_app.db.engine import sqlite_path
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.mappings import save_mapping
from tests.factories import dump
from tests.hostile.corpus import ENTRIES, GOOD_ID, Entry

# every reader: the two Amazon layouts, Seller Desk's own, any CSV through a saved mapping
READERS: tuple[tuple[str, ...], ...] = (
    ("--format", "auto"),
    ("--format", "amazon-all-orders"),
    ("--format", "amazon-unshipped"),
    ("--format", "seller-desk"),
    ("--format", "csv"),
    ("--mapping", "hostile"),
)
MAPPING = ColumnMapping(
    "hostile",
    {
        "order_id": "amazon-order-id",
        "purchase_date": "purchase-date",
        "sku": "sku",
        "product_name": "product-name",
        "quantity": "quantity",
        "item_price": "item-price",
        "ship_city": "ship-city",
    },
    defaults={"currency": "USD", "channel": "MFN", "status": "Unshipped"},
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse's usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out, err
    assert code in (0, 1, 2), (argv, code, err)
    return code, out, err


def corpus_file(entry: Entry, folder: Path) -> Path:
    path = folder / "hostile report.txt"
    path.write_bytes(entry.build())
    return path


def import_args(entry: Entry, path: Path, db: Database, *extra: str) -> list[str]:
    args = ["--db", db.url, "import", str(path), "--json", *extra]
    return args + (["--encoding", entry.encoding] if entry.encoding else [])


def answered(out: str, code: int) -> None:
    """Scripts can read the answer: JSON, or (a failure the database reported, such as
    PostgreSQL refusing a NUL byte) nothing on stdout and a sentence on stderr."""
    if out or code == 0:
        json.loads(out)


def all_entries() -> list[Any]:
    return [pytest.param(entry, id=entry.name) for entry in ENTRIES]


@pytest.mark.parametrize("entry", all_entries())
def test_every_reader_survives_the_corpus(
    entry: Entry, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_file(entry, tmp_path)
    with db.transaction() as session:
        save_mapping(session, MAPPING)
    for reader in READERS:
        before = dump(db)
        code, out, _err = run(capsys, *import_args(entry, path, db, *reader, "--dry-run"))
        assert dump(db) == before, f"a dry run with {reader} changed the shop"
        answered(out, code)
        code, out, _err = run(capsys, *import_args(entry, path, db, *reader))
        answered(out, code)
        if code != 0:
            assert dump(db) == before, f"a failed import with {reader} changed the shop"


@pytest.mark.parametrize("entry", all_entries())
def test_the_corpus_is_read_as_a_seller_expects(
    entry: Entry, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_file(entry, tmp_path)
    before = dump(db)
    code, out, err = run(capsys, *import_args(entry, path, db))
    answer = json.loads(out)
    if entry.refused:
        assert code == 1 and answer["failed"] and answer["failed"][0]["file"] == path.name
        assert path.name in answer["failed"][0]["error"]
        assert dump(db) == before
        return
    if entry.normalised:  # refused, naming the line; nothing written
        assert code == 1, f"{entry.normalised}: the file was imported"
        errors = [e for f in answer["files"] for e in f["errors"]]
        assert errors and all(e["line"] >= 2 for e in errors)
        assert dump(db) == before
        return
    assert code == 0, (out, err)
    assert answer["files"][0]["written"] and answer["files"][0]["rejected"] == 0
    if entry.literal is not None:
        assert entry.literal in stored_texts(db)  # exactly as typed, not escaped or cut
    every_command_copes(db, tmp_path, capsys)


def stored_texts(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        names = conn.execute(text("SELECT product_name FROM order_items")).scalars().all()
        cities = conn.execute(text("SELECT ship_city FROM orders")).scalars().all()
        reasons = conn.execute(text("SELECT reason FROM buyer_requests")).scalars().all()
    return {str(t) for t in (*names, *cities, *reasons) if t is not None}


def has_order(db: Database, order_id: str) -> bool:
    with db.engine.connect() as conn:
        query = text("SELECT count(*) FROM orders WHERE order_id = :id")
        return bool(conn.execute(query, {"id": order_id}).scalar())


def every_command_copes(db: Database, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a hostile import, every command still answers (and JSON stays JSON)."""
    url = db.url
    for argv in (
        ["orders"],
        ["orders", "--search", "<img"],
        ["health"],
        ["export", str(folder / "out.csv")],
        ["export", str(folder / "out.tsv"), "--bom"],
        ["cancel", GOOD_ID, "--reason", "NoInventory", "--dry-run"],
    ):
        code, _out, err = run(capsys, "--db", url, *argv)
        if argv[0] == "cancel" and not has_order(db, GOOD_ID):  # a file of no orders
            assert code == 1 and f"There is no order {GOOD_ID}" in err
            continue
        assert code == 0, (argv, err)
    for argv in (["orders", "--json"], ["health", "--json"], ["export", str(folder / "o.csv"),
                                                             "--json"]):  # fmt: skip
        code, out, err = run(capsys, "--db", url, *argv)
        assert code == 0, (argv, err)
        json.loads(out)
    code, _out, err = run(capsys, "--db", url, "backup", str(folder / "copy.db"))
    assert code == (0 if sqlite_path(url) is not None else 1), err
