"""Bring a database's schema up to date at start-up, safely.

The common case (the schema is already current) costs one small query and never imports
Alembic. A database written by a newer Seller Desk is refused; an older one is copied aside
first, then migrated.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from desktop_app.core.errors import DomainError
from desktop_app.db.engine import sqlite_path

log = logging.getLogger(__name__)

# Every revision in migrations/versions, oldest first (a test keeps this in step with Alembic).
REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
)
HEAD = REVISIONS[-1]


class NewerSchema(DomainError):
    pass


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None  # None: a new, empty database
    after: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.before != self.after


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the online backup API)."""
    import sqlite3

    source = sqlite_path(str(engine.url))
    if source is None:
        raise ValueError("only SQLite databases can be copied this way")
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def ensure_schema(engine: Engine) -> MigrationResult:
    """Create or upgrade the schema to HEAD; refuse a database from a newer app."""
    before = current_revision(engine)
    if before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in REVISIONS:
        raise NewerSchema(
            f"This database was written by a newer version of Seller Desk (schema {before}); "
            "update Seller Desk to open it. Nothing was changed."
        )
    backup = None
    source = sqlite_path(str(engine.url))
    if before is not None and source is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(engine, source.with_name(f"{source.stem}.before-{HEAD}-{stamp}.db"))
        log.info("copied %s to %s before migrating", source, backup)
    elif before is not None:
        log.warning("migrating %s without a copy; back it up with pg_dump", engine.url)
    _upgrade(engine)
    return MigrationResult(before, HEAD, backup)


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
