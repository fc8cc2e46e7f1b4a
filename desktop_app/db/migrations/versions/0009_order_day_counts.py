"""Orders per purchase day, marketplace and channel, kept by the database: rates read totals

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Every rate, chart and forecast grouped the orders of its range on the fly; a year at a million
orders walked about 770,000 entries of the (purchase_day, marketplace, channel, cancel_counted)
index (0.24 s). The new ``order_day_counts`` table holds the same counts a few rows a day, kept
exact by triggers (db.day_counts), and is filled here from the orders. The index, which only
those queries used, goes: one index less for every import to build.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.db import day_counts

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RATE_INDEX = "ix_orders_purchase_day_marketplace_channel_cancel_counted"


def upgrade() -> None:
    op.create_table(
        "order_day_counts",
        sa.Column("purchase_day", sa.Date(), nullable=False),
        sa.Column("marketplace", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=3), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "purchase_day", "marketplace", "channel", name="pk_order_day_counts"
        ),
    )
    day_counts.install(op.get_bind())  # counted from the index, before it goes
    op.drop_index(RATE_INDEX, table_name="orders")


def downgrade() -> None:
    columns = ["purchase_day", "marketplace", "channel", "cancel_counted"]
    op.create_index(RATE_INDEX, "orders", columns)
    day_counts.uninstall(op.get_bind())
    op.drop_table("order_day_counts")
