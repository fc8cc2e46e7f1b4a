"""Substring search over a million orders: FTS5 trigram index (SQLite), pg_trgm (PostgreSQL)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The search box matches any part of an order id, SKU, product name or city. A plain
``LIKE '%text%'`` reads every order; these indexes answer it from the trigrams instead.
On SQLite the index is an external-content FTS5 table kept in step by triggers, so every
writer (services, importer, demo) stays unaware of it. On PostgreSQL, pg_trgm is a trusted
extension; where the server refuses it, search still works, only without the index.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE orders_search USING fts5(search_text, content='orders', "
    "content_rowid='id', tokenize='trigram', detail='none')",
    "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
    "INSERT INTO orders_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
    "INSERT INTO orders_search(orders_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text ON orders BEGIN "
    "INSERT INTO orders_search(orders_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO orders_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO orders_search(orders_search) VALUES ('rebuild')",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(
            "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; "
            "EXCEPTION WHEN insufficient_privilege THEN "
            "RAISE NOTICE 'pg_trgm unavailable: search works without its index'; END $$"
        )
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN "
            "CREATE INDEX IF NOT EXISTS ix_orders_search_trgm ON orders "
            "USING gin (search_text gin_trgm_ops); END IF; END $$"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS orders_search_{name}")
        op.execute("DROP TABLE IF EXISTS orders_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_orders_search_trgm")
