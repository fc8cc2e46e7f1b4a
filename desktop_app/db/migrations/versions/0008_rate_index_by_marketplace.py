"""The rate index gains the marketplace, so each marketplace's rate is read from the index alone

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Each marketplace has its own cancellation metric (core.marketplaces). The rate queries now group
on (purchase_day, marketplace, channel, cancel_counted); with the marketplace outside the index
SQLite would visit every order row of the range (about a second for a year at a million
orders). The new index replaces the old one, whose columns it starts with, so writes cost the
same.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = "ix_orders_purchase_day_channel_cancel_counted"
NEW = "ix_orders_purchase_day_marketplace_channel_cancel_counted"


def upgrade() -> None:
    op.create_index(NEW, "orders", ["purchase_day", "marketplace", "channel", "cancel_counted"])
    op.drop_index(OLD, table_name="orders")


def downgrade() -> None:
    op.create_index(OLD, "orders", ["purchase_day", "channel", "cancel_counted"])
    op.drop_index(NEW, table_name="orders")
