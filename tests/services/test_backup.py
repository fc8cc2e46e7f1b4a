"""Backups a seller can trust: a live shop copied while in use, opened again as the same shop."""

from __future__ import annotations

import os
import shlex
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.database import Database, open_database
from desktop_app.db.engine import sqlite_path
from desktop_app.db.models import Order, Stock
from desktop_app.services.backup import (
    BackupFailed,
    BackupNotPossible,
    backup_database,
    daily_backup,
    daily_backup_if_due,
    daily_copies,
    daily_keep,
    pg_dump_command,
    set_daily_keep,
)
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context
from tests.factories import dump, make_order

CTX = Context(actor="tester")


@pytest.fixture
def shop(tmp_path: Path) -> Database:
    """A SQLite shop of a few orders (backups copy files, so always SQLite here)."""
    db = open_database(f"sqlite:///{tmp_path / 'shop.db'}")
    with db.transaction() as s:
        for n in range(5):
            make_order(s, f"111-0000000-000000{n}", items=(("MUG-1", 1, 1200),))
    return db


def test_copy_opens_as_the_same_shop(shop: Database, tmp_path: Path) -> None:
    out = tmp_path / "copies" / "monday.db"
    result = backup_database(shop.url, out)
    assert result.path == out and out.is_file()
    assert result.orders == 5 and result.size_bytes == out.stat().st_size
    assert "seller-desk --db" in result.sentence() and "5 orders" in result.sentence()
    copy = open_database(f"sqlite:///{out}")
    try:
        assert dump(copy) == dump(shop)
        assert copy.migration is not None and not copy.migration.migrated
    finally:
        copy.close()
        shop.close()
    # a single self-contained file: no write-ahead log to carry along
    assert sorted(p.name for p in out.parent.iterdir()) == ["monday.db"]
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_copy_includes_uncheckpointed_writes_and_not_later_ones(
    shop: Database, tmp_path: Path
) -> None:
    """What was committed before the backup is in the copy, even if still in the WAL."""
    with shop.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000000-0000000", "NoInventory"))
    wal = Path(str(sqlite_path(shop.url)) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the cancel lives in the WAL so far
    backup_database(shop.url, tmp_path / "copy.db")
    with shop.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000000-0000001", "NoInventory"))
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        statuses = dict(conn.execute("SELECT order_id, status FROM orders").fetchall())
    shop.close()
    assert statuses["111-0000000-0000000"] == "Canceled"
    assert statuses["111-0000000-0000001"] == "Unshipped"


def test_backup_while_another_window_writes(shop: Database, tmp_path: Path) -> None:
    """The copy is consistent while someone keeps cancelling: every copy checks out."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        other = open_database(shop.url)
        try:
            n = 0
            while not stop.is_set():
                with other.transaction() as s:
                    make_order(s, f"222-0000000-{n:07d}", items=(("MUG-1", 1, 100),))
                n += 1
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [backup_database(shop.url, tmp_path / f"copy{i}.db") for i in range(5)]
    finally:
        stop.set()
        thread.join()
    assert errors == []
    for result in results:
        with sqlite3.connect(result.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            items = conn.execute("SELECT count(*) FROM order_items").fetchone()[0]
        assert orders == items == result.orders  # never an order without its item
    shop.close()


def test_existing_file_is_not_replaced_unless_asked(shop: Database, tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    out.write_bytes(b"my tax records")
    with pytest.raises(BackupNotPossible, match="already exists"):
        backup_database(shop.url, out)
    assert out.read_bytes() == b"my tax records"
    backup_database(shop.url, out, overwrite=True)
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (5,)
    shop.close()


def test_the_database_itself_cannot_be_the_target(shop: Database) -> None:
    source = sqlite_path(shop.url)
    assert source is not None
    before = dump(shop)
    with pytest.raises(BackupNotPossible, match="cannot replace the database"):
        backup_database(shop.url, source, overwrite=True)
    assert dump(shop) == before
    shop.close()


def test_a_failed_backup_leaves_nothing_behind(shop: Database, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(BackupFailed, match="file-not-folder"):
        backup_database(shop.url, blocked / "copy.db")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    shop.close()


def test_missing_database_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(BackupNotPossible, match="no database"):
        backup_database(f"sqlite:///{tmp_path / 'nothing.db'}", tmp_path / "copy.db")
    assert not (tmp_path / "nothing.db").exists()


def test_postgres_points_to_pg_dump_with_the_exact_command(tmp_path: Path) -> None:
    url = "postgresql+psycopg://clerk:s3cret@db.shop.lan:5433/shop"
    with pytest.raises(BackupNotPossible) as info:
        backup_database(url, tmp_path / "shop.dump")
    message = str(info.value)
    assert "pg_dump" in message and "s3cret" not in message
    command = pg_dump_command(url, tmp_path / "shop.dump")
    assert command in message
    assert shlex.split(command) == [
        "pg_dump",
        "--format=custom",
        f"--file={tmp_path / 'shop.dump'}",
        "--host=db.shop.lan",
        "--port=5433",
        "--username=clerk",
        "--dbname=shop",
    ]
    assert "pg_restore" in message and "PGPASSWORD" in message
    assert list(tmp_path.iterdir()) == []


def test_daily_copies_keep_the_last_n(shop: Database, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    first = date(2026, 3, 1)
    made = [
        daily_backup(shop.url, keep=3, folder=folder, today=first + timedelta(d)) for d in range(5)
    ]
    assert all(m is not None for m in made)
    kept = daily_copies("shop", folder)
    assert [p.name for p in kept] == [
        "shop-2026-03-03.db",
        "shop-2026-03-04.db",
        "shop-2026-03-05.db",
    ]
    # a second start-up the same day takes no second copy
    assert daily_backup(shop.url, keep=3, folder=folder, today=first + timedelta(4)) is None
    assert daily_copies("shop", folder) == kept
    # other files in the folder are never touched
    (folder / "notes.txt").write_text("keep me")
    (folder / "other-2020-01-01.db").write_text("another shop's copy")
    daily_backup(shop.url, keep=1, folder=folder, today=first + timedelta(5))
    assert sorted(p.name for p in folder.iterdir()) == [
        "notes.txt",
        "other-2020-01-01.db",
        "shop-2026-03-06.db",
    ]
    shop.close()


def test_daily_copy_follows_the_setting(shop: Database, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    with shop.reading() as s:
        assert daily_keep(s) == 0
        assert daily_backup_if_due(shop.url, s, folder=folder) is None  # off by default
    assert not folder.exists()
    with shop.transaction() as s:
        set_daily_keep(s, 2)
    with shop.reading() as s:
        assert daily_keep(s) == 2
        path = daily_backup_if_due(shop.url, s, folder=folder, today=date(2026, 1, 2))
    assert path is not None and path.name == "shop-2026-01-02.db"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (5,)
    shop.close()


def test_daily_copy_on_a_server_database_does_nothing(tmp_path: Path) -> None:
    url = "postgresql+psycopg://clerk@db.shop.lan/shop"
    assert daily_backup(url, keep=3, folder=tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_backup_of_the_fixture_database(db: Database, tmp_path: Path) -> None:
    """On SQLite the shop is copied; on PostgreSQL the seller is pointed to pg_dump."""
    with db.transaction() as s:
        make_order(s, "111-0000009-0000009")
    if sqlite_path(db.url) is None:
        with pytest.raises(BackupNotPossible, match="pg_dump"):
            backup_database(db.url, tmp_path / "copy.dump")
        return
    result = backup_database(db.url, tmp_path / "copy.db")
    copy = open_database(f"sqlite:///{result.path}")
    with copy.reading() as s:
        assert s.execute(select(func.count(Order.id))).scalar() == 1
        assert s.get(Stock, "SKU-1") is not None
    copy.close()


def test_copy_is_readable_without_write_access_to_its_folder(
    shop: Database, tmp_path: Path
) -> None:
    """Opened straight from a read-only place (a USB stick, a mail attachment)."""
    out = tmp_path / "ro" / "copy.db"
    backup_database(shop.url, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db"]
    if os.geteuid() == 0:  # root ignores permissions; the file standing alone is enough
        return
    out.parent.chmod(0o555)
    try:
        with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as conn:
            assert conn.execute("SELECT count(*) FROM orders").fetchone() == (5,)
    finally:
        out.parent.chmod(0o755)
    shop.close()
