"""Letting idle connections go after a big job loses nothing: the shop reads as before."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop_app.db.database import open_database


def test_idle_connections_go_and_the_shop_still_reads(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'shop.db'}")
    try:
        with db.transaction() as session:
            session.execute(text("CREATE TABLE notes (body TEXT)"))
            session.execute(text("INSERT INTO notes VALUES ('kept')"))
        with db.snapshot() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
        pool = db.engine.pool
        assert pool.checkedin() >= 1  # an idle connection, its page cache warm
        db.release_idle()
        assert db.engine.pool.checkedin() == 0
        with db.snapshot() as conn:
            assert conn.execute(text("SELECT body FROM notes")).scalar_one() == "kept"
    finally:
        db.close()
