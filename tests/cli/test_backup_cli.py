"""``seller-desk backup OUT`` as a seller or a cron job would use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.db.database import Database, open_database
from desktop_app.db.engine import sqlite_path
from desktop_app.services.backup import daily_keep
from tests.factories import dump, make_order

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(tmp_path: Path) -> Database:
    db = open_database(f"sqlite:///{tmp_path / 'shop.db'}")
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", items=(("MUG-1", 2, 2400),))
        make_order(s, "111-0000002-0000002", items=(("TRAY-1", 1, 1500),))
    return db


def test_backup_then_open_the_copy(
    shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "backups" / "shop-copy.db"
    code, text, err = _run(capsys, "--db", shop.url, "backup", str(out))
    assert code == 0 and err == ""
    assert "2 orders" in text and str(out) in text and "seller-desk --db" in text
    copy = open_database(f"sqlite:///{out}")
    assert dump(copy) == dump(shop)
    copy.close()
    # the copy is a shop like any other: the order commands work on it
    code, text, _ = _run(capsys, "orders", "--db", str(out), "--json")
    assert code == 0 and json.loads(text)["total"] == 2
    shop.close()


def test_existing_file_needs_force(
    shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.db"
    out.write_text("an old copy")
    code, text, err = _run(capsys, "backup", str(out), "--db", shop.url)
    assert code == 1 and text == ""
    assert "already exists" in err and "--force" in err and err.count("\n") == 1
    assert out.read_text() == "an old copy"
    code, _, _ = _run(capsys, "backup", str(out), "--db", shop.url, "--force", "--json")
    assert code == 0
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (2,)
    shop.close()


def test_json_output(shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "copy.db"
    code, text, _ = _run(capsys, "backup", str(out), "--db", shop.url, "--json")
    data = json.loads(text)
    assert code == 0
    assert data["path"] == str(out) and data["orders"] == 2
    assert data["bytes"] == out.stat().st_size
    assert data["source"] == str(sqlite_path(shop.url))
    shop.close()


def test_postgres_prints_the_pg_dump_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://clerk:pw@db.shop.lan:5433/shop"
    code, text, err = _run(capsys, "--db", url, "backup", str(tmp_path / "shop.dump"))
    assert code == 1 and text == ""
    assert (
        f"pg_dump --format=custom --file={tmp_path / 'shop.dump'} --host=db.shop.lan "
        "--port=5433 --username=clerk --dbname=shop" in err
    )
    assert ":pw@" not in err
    assert list(tmp_path.iterdir()) == []


def test_missing_out_is_bad_usage(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "backup", "--db", shop.url)
    assert code == 2 and "OUT" in err
    shop.close()


def test_keep_daily_turns_daily_copies_on_and_off(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text, _ = _run(capsys, "backup", "--keep-daily", "5", "--db", shop.url)
    assert code == 0 and "keeping the last 5" in text
    with shop.reading() as s:
        assert daily_keep(s) == 5
    code, text, _ = _run(capsys, "backup", "--keep-daily", "0", "--db", shop.url)
    assert code == 0 and "off" in text
    with shop.reading() as s:
        assert daily_keep(s) == 0
    code, _, err = _run(capsys, "backup", "--keep-daily", "-1", "--db", shop.url)
    assert code == 1 and "0 or more" in err
    shop.close()


def test_backup_command_in_a_real_process(shop: Database, tmp_path: Path) -> None:
    """The installed command, as a cron job would run it, while the shop is open here."""
    out = tmp_path / "nightly.db"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", shop.url, "backup", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Backed up 2 orders" in done.stdout
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    shop.close()
