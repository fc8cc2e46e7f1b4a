"""Search index with positions, so a phrase query finds substrings without reading the orders

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

With detail='none' the trigram index had to check every candidate against the order itself,
so a common word ("walnut" in 63,000 of a million orders) took half a second. With positions
(detail='full') an exact phrase of trigrams is a substring match answered by the index alone.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild(detail: str) -> None:
    op.execute("DROP TABLE IF EXISTS orders_search")
    op.execute(
        "CREATE VIRTUAL TABLE orders_search USING fts5(search_text, content='orders', "
        f"content_rowid='id', tokenize='trigram', detail='{detail}')"
    )
    op.execute("INSERT INTO orders_search(orders_search) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("full")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("none")
