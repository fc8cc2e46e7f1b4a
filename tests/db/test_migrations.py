"""Start-up migrations: new databases are created, old ones copied then upgraded, newer refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.database import open_database
from desktop_app.db.engine import make_engine
from desktop_app.db.models import Base
from desktop_app.db.search import outside_models

MIGRATIONS = Path(migrate.__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def test_known_revisions_match_alembic() -> None:
    script = ScriptDirectory.from_config(_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_new_database_gets_the_whole_schema(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    assert db.migration is not None and db.migration.before is None and db.migration.backup is None
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    assert mode == "wal" and fks == 1
    db.close()


def test_migrations_match_the_models(db_url: str) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": outside_models})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_older_database_is_copied_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC')"))
    engine.dispose()

    db = open_database(f"sqlite:///{path}")
    assert db.migration is not None and db.migration.before == "0001"
    assert db.migration.after == migrate.HEAD
    backup = db.migration.backup
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT value FROM settings").fetchone() == ("UTC",)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM settings")).scalar() == "UTC"
    db.close()


def test_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(migrate.NewerSchema, match="newer version of Seller Desk"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert list(tmp_path.glob("shop.before-*")) == []
