"""Sort by request or marketplace, newest first within each: (column, purchase_date) indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_index("ix_orders_marketplace")
        batch_op.drop_index("ix_orders_has_open_request")
        batch_op.create_index(
            "ix_orders_marketplace_purchase_date", ["marketplace", "purchase_date"]
        )
        batch_op.create_index(
            "ix_orders_has_open_request_purchase_date", ["has_open_request", "purchase_date"]
        )


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_index("ix_orders_has_open_request_purchase_date")
        batch_op.drop_index("ix_orders_marketplace_purchase_date")
        batch_op.create_index("ix_orders_has_open_request", ["has_open_request"])
        batch_op.create_index("ix_orders_marketplace", ["marketplace"])
