"""A damaged shop for tests: a real demo database with pages in the middle overwritten."""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.db.database import open_database
from desktop_app.services.demo import build_demo

DEMO_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def demo_file(folder: Path, orders: int = 1500) -> Path:
    """A demo shop in one self-contained file (no -wal beside it)."""
    path = folder / "demo.db"
    db = open_database(f"sqlite:///{path}")
    try:
        build_demo(db, orders, now=DEMO_NOW)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def damaged_copy(source: Path, target: Path, *, pages: int = 6, seed: int = 7) -> Path:
    """Copy ``source`` and overwrite ``pages`` pages in the middle of the file with garbage
    (the schema on page 1 and the first pages stay whole, so the shop still opens)."""
    shutil.copy(source, target)
    with closing(sqlite3.connect(target)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    rng = random.Random(seed)
    middle = count // 2
    with target.open("r+b") as out:
        for page in range(middle, middle + pages):
            out.seek(page * page_size)
            out.write(bytes(rng.randrange(256) for _ in range(page_size)))
    return target
