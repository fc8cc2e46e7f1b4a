"""A bulk import's commit leaves the log's copy into the shop file for later (issue 17): the
connection gets its automatic checkpoints back, and the later checkpoint keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.db.database import open_database
from desktop_app.db.engine import deferred_checkpoint
from tests.services.test_importing import big_files_from_300_rows, line, report, run

ORDERS = 6000


def test_the_import_commits_without_the_checkpoint_and_it_follows(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
        empty = path.stat().st_size
        # enough orders for a log past the automatic checkpoint's 1,000 pages
        orders = [line(f"111-{n}", "A") for n in range(ORDERS)]
        summary = run(db, report(tmp_path, "r.txt", *orders))
        assert summary.written and summary.new == ORDERS
        assert Path(f"{path}-wal").stat().st_size > 1000 * 4096
        assert path.stat().st_size == empty  # committed, in the log, not copied yet
        with db.engine.connect() as conn:  # the connection checkpoints by itself again
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
        db.checkpoint()
        assert path.stat().st_size > empty
    finally:
        db.close()
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT count(*) FROM orders").fetchone()[0] == ORDERS


def test_a_failed_write_gives_the_connection_its_checkpoints_back(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'shop.db'}")
    try:
        with pytest.raises(RuntimeError), db.transaction() as session:
            conn = session.connection()
            with deferred_checkpoint(conn):
                assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
            raise RuntimeError("the write fails halfway")
        for _ in range(3):  # whichever pooled connection comes next
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        db.close()


def test_finishing_a_big_import_leaves_the_whole_log_in_the_shop_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owed indexes' commits leave the log be while it is copied beside them; when the
    import is finished every frame of the log is in the shop file, and each connection
    checkpoints by itself again."""
    big_files_from_300_rows(monkeypatch)
    path = tmp_path / "shop.db"
    db = open_database(f"sqlite:///{path}")
    try:
        orders = [line(f"111-{n}", f"SKU-{n % 9}") for n in range(ORDERS)]
        summary = run(db, report(tmp_path, "r.txt", *orders))
        assert summary.written and db.bulk_write_unfinished()
        db.finish_bulk_write()
        assert not db.bulk_write_unfinished()
        with db.engine.connect() as conn:  # the file holds every page the shop has
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        assert Path(f"{path}-wal").stat().st_size > 1000 * 4096
        assert path.stat().st_size == pages * size
        for _ in range(3):  # whichever pooled connection comes next
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        db.close()
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT count(*) FROM orders").fetchone()[0] == ORDERS
        assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
