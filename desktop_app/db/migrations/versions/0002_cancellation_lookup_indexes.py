"""Indexes for the same-SKU warning and the returns page

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cancellations") as batch_op:
        batch_op.create_index("ix_cancellations_counted_cancelled_at", ["counted", "cancelled_at"])
    with op.batch_alter_table("returns") as batch_op:
        batch_op.create_index("ix_returns_state", ["state"])


def downgrade() -> None:
    with op.batch_alter_table("returns") as batch_op:
        batch_op.drop_index("ix_returns_state")
    with op.batch_alter_table("cancellations") as batch_op:
        batch_op.drop_index("ix_cancellations_counted_cancelled_at")
