"""Search by words: every order's search text folded (no case, no accents) with a separator
no query can contain

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The search box now matches every word anywhere in the order, accent-insensitively (Munchen
finds München). The text it searches is rewritten once here, in batches; on SQLite the trigram
index is rebuilt once at the end rather than row by row through its update trigger.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.core.search import haystack

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
UPDATE_TRIGGER = (
    "CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text ON orders BEGIN "
    "INSERT INTO orders_search(orders_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO orders_search(rowid, search_text) VALUES (new.id, new.search_text); END"
)


def _refold(conn: sa.Connection) -> None:
    after = 0
    while True:
        orders = conn.execute(
            sa.text(
                "SELECT id, order_id, ship_city FROM orders WHERE id > :after ORDER BY id LIMIT :n"
            ),
            {"after": after, "n": BATCH},
        ).all()
        if not orders:
            return
        first, last = orders[0][0], orders[-1][0]
        skus: dict[int, list[str]] = {}
        names: dict[int, list[str]] = {}
        for pk, sku, name in conn.execute(
            sa.text(
                "SELECT order_pk, sku, product_name FROM order_items "
                "WHERE order_pk BETWEEN :first AND :last ORDER BY order_pk, id"
            ),
            {"first": first, "last": last},
        ):
            skus.setdefault(pk, []).append(sku or "")
            names.setdefault(pk, []).append(name or "")
        conn.execute(
            sa.text("UPDATE orders SET search_text = :text WHERE id = :id"),
            [
                {
                    "id": pk,
                    "text": haystack([order_id, *skus.get(pk, []), *names.get(pk, []), city or ""]),
                }
                for pk, order_id, city in orders
            ],
        )
        after = last


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS orders_search_update")
    _refold(conn)
    if sqlite:
        op.execute("INSERT INTO orders_search(orders_search) VALUES ('rebuild')")
        op.execute(UPDATE_TRIGGER)


def downgrade() -> None:
    """The folded text still finds what the old text found, lower-case; nothing to undo."""
