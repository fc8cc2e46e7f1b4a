"""An unlucky shop, from the command line: a busy shop says so and changes nothing, a damaged
one is neither exported nor backed up, a failed write shows no row data, the log is private."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.db.database import Database
from desktop_app.db.engine import sqlite_path
from desktop_app.logs import setup_logging
from desktop_app.services.integrity import DamagedShop, check_integrity, ensure_intact
from tests.factories import dump, make_order
from tests.hostile.conftest import read_log
from tests.hostile.damage import damaged_copy, demo_file

OID = "111-0000001-0000001"
BUYER_WORDS = "Please cancel, I moved to 12 Secret Lane, Leeds LS1 4XY"


@pytest.fixture
def shop_file(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        pytest.skip("SQLite's write lock, file and quick check")
    with db.transaction() as session:
        make_order(session, OID)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- a busy shop ------------------------------------------------------------------------------


@pytest.fixture
def writer(shop_file: Path) -> Iterator[sqlite3.Connection]:
    """Another Seller Desk in the middle of a write: it holds the write lock."""
    other = sqlite3.connect(shop_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.rollback()
    other.close()


def test_a_busy_shop_says_so_waits_then_refuses_and_changes_nothing(
    db: Database,
    shop_file: Path,
    writer: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SELLER_DESK_WRITE_WAIT", "1.5")
    before = dump(db)
    code, _out, err = run(capsys, "--db", str(shop_file), "request", OID, "--reason", "mistake")
    assert code == 1
    assert "Another Seller Desk is writing to this shop; waiting" in err
    assert "still writing to this shop after 1.5 seconds, so nothing was changed" in err
    assert "Traceback" not in err and "OperationalError" not in err and "BEGIN" not in err
    writer.rollback()
    assert dump(db) == before


def test_a_write_that_waits_goes_through_once_the_other_finishes(
    db: Database, shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    other = sqlite3.connect(shop_file, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(1.8, other.rollback).start()
    code, _out, err = run(capsys, "--db", str(shop_file), "request", OID, "--reason", "mistake")
    other.close()
    assert code == 0, err
    assert "Another Seller Desk is writing to this shop" in err
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM buyer_requests").scalar() == 1


# --- a damaged shop ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a whole demo shop, a copy of it with pages in the middle overwritten)."""
    folder = tmp_path_factory.mktemp("demo")
    whole = demo_file(folder, 800)
    return whole, damaged_copy(whole, folder / "damaged.db")


def test_the_quick_check_tells_a_damaged_shop_from_a_whole_one(
    damaged: tuple[Path, Path],
) -> None:
    whole, bad = damaged
    assert check_integrity(f"sqlite:///{whole}").ok
    report = check_integrity(f"sqlite:///{bad}")
    assert report.checked and not report.ok and report.problems
    with pytest.raises(DamagedShop, match="will not archive it"):
        ensure_intact(f"sqlite:///{bad}", "archive it")
    assert not check_integrity("postgresql+psycopg://u@h/x").checked  # the server's to check


def test_export_and_backup_of_a_damaged_shop_refuse_and_name_the_daily_copy(
    damaged: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _whole, bad = damaged
    shop = tmp_path / "damaged.db"
    shop.write_bytes(bad.read_bytes())
    copies = tmp_path / "data" / "seller-desk" / "backups"
    copies.mkdir(parents=True)
    daily = copies / "damaged-2026-11-19.db"
    daily.write_bytes(b"")  # the newest daily copy of this shop

    out_file = tmp_path / "orders.csv"
    code, out, err = run(capsys, "--db", str(shop), "export", str(out_file))
    assert code == 1 and out == ""
    assert "damaged" in err and "will not export it" in err and "Nothing was written" in err
    assert str(daily) in err and "Traceback" not in err
    assert not out_file.exists() and not list(tmp_path.glob(".orders.csv*"))

    code, _out, err = run(capsys, "--db", str(shop), "backup", str(tmp_path / "copy.db"))
    assert code == 1
    assert "damaged" in err and "will not back it up" in err and str(daily) in err
    assert not (tmp_path / "copy.db").exists()


def test_a_whole_shop_still_exports(
    damaged: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole, _bad = damaged
    shop = tmp_path / "whole.db"
    shop.write_bytes(whole.read_bytes())
    code, out, err = run(capsys, "--db", str(shop), "export", str(tmp_path / "o.csv"))
    assert code == 0, err
    assert "800 orders" in out


# --- errors and logs carry no row data --------------------------------------------------------


def test_a_failed_write_shows_one_sentence_and_logs_no_values(
    db: Database, shop_file: Path, log_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(shop_file) as conn:  # the disk fills up as the request is saved
        conn.execute(
            "CREATE TRIGGER full BEFORE INSERT ON buyer_requests "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    conn.close()
    before = dump(db)
    code, out, err = run(capsys, "--db", str(shop_file), "request", OID, "--reason", BUYER_WORDS)
    assert code == 1 and out == ""
    assert "The disk that holds this shop is full, so nothing was changed" in err
    assert len(err.strip().splitlines()) == 1
    log = read_log(log_file)
    assert "sqlite3.IntegrityError" in log  # the exception's type
    assert "INSERT INTO buyer_requests (order_pk, requested_at" in log  # the statement's shape
    assert "parameters hidden" in log
    for text in (err, log):
        for piece in ("Secret Lane", "LS1 4XY", "Please cancel"):
            assert piece not in text
    assert dump(db) == before


def test_the_log_is_private(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True)
    os.chmod(log_file.parent, 0o755)
    log_file.write_text("an old line\n")
    os.chmod(log_file, 0o644)  # as an older Seller Desk left it
    old_mask = os.umask(0o022)
    try:
        setup_logging()
        logger = logging.getLogger("desktop_app.test")
        logger.error("x" * 100)
        handler = next(h for h in logging.getLogger("desktop_app").handlers
                       if getattr(h, "baseFilename", None) == str(log_file))  # fmt: skip
        handler.doRollover()  # type: ignore[attr-defined]
        logger.error("after the rollover")
        read_log(log_file)
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    for path in [log_file, *log_file.parent.glob("seller-desk.log.*")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert len(list(log_file.parent.glob("seller-desk.log.*"))) == 1


def test_on_postgresql_a_write_waits_for_a_locked_order_then_refuses(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's row locks")
    with db.transaction() as session:
        make_order(session, OID)
    monkeypatch.setenv("SELLER_DESK_WRITE_WAIT", "1")
    before = dump(db)
    with db.engine.connect() as other:  # another Seller Desk, in the middle of changing it
        other.exec_driver_sql("SELECT * FROM orders WHERE order_id = %s FOR UPDATE", (OID,))
        code, _out, err = run(capsys, "--db", db.url, "cancel", OID, "--reason", "NoInventory")
        other.rollback()
    assert code == 1
    assert "Another Seller Desk is writing to this shop and did not finish in time" in err
    assert "Traceback" not in err and "LockNotAvailable" not in err
    assert dump(db) == before


def test_on_postgresql_a_write_that_waits_says_so_then_goes_through(db: Database) -> None:
    """A colleague holds the order (mid-save, or an index a big import builds): the write
    waits, says so after a quiet moment, says when the wait is over, and goes through."""
    import threading

    from sqlalchemy import text

    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's locks (SQLite's write lock: the tests above)")
    with db.transaction() as session:
        make_order(session, OID)
    told: list[str | None] = []
    db.write_wait.listeners.append(told.append)
    other = db.engine.raw_connection()  # another Seller Desk, in the middle of changing it
    try:
        other.cursor().execute("SELECT 1 FROM orders WHERE order_id = %s FOR UPDATE", (OID,))
        threading.Timer(2.0, other.rollback).start()
        with db.transaction() as session:
            session.execute(
                text("UPDATE orders SET version = version + 1 WHERE order_id = :o"), {"o": OID}
            )
    finally:
        other.close()
    assert told and told[0] is not None and "Another Seller Desk is writing" in told[0]
    assert told[-1] is None  # the wait is over
    with db.reading() as session:
        version = session.execute(
            text("SELECT version FROM orders WHERE order_id = :o"), {"o": OID}
        )
        assert version.scalar_one() == 2


def test_a_listener_that_fails_never_fails_the_write(db: Database, shop_file: Path) -> None:
    """A closed window's listener raises; the write still waits its turn and goes through."""
    import threading

    from desktop_app.services.backup import daily_keep, set_daily_keep

    told: list[str | None] = []

    def closed_window(message: str | None) -> None:
        raise RuntimeError("Internal C++ object already deleted.")

    db.write_wait.listeners += [closed_window, told.append]
    other = sqlite3.connect(shop_file, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(1.5, other.rollback).start()
    with db.transaction() as session:
        set_daily_keep(session, 2)
    other.close()
    assert told[0] is not None and "Another Seller Desk is writing" in told[0]
    assert told[-1] is None  # the wait is over
    with db.reading() as session:
        assert daily_keep(session) == 2
