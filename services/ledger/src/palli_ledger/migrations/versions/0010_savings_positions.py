"""Savings positions: what savings last said each account's balance was (from its own events,
newest aggregate version wins), the figure the savings reconciliation checks 2110-2140 against.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from palli_common.tables import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "savings_positions",
        sa.Column("account_id", sa.String(100), primary_key=True),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("aggregate_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_savings_positions_branch_kind", "savings_positions", ["branch_id", "kind"])


def downgrade() -> None:
    op.drop_index("ix_savings_positions_branch_kind", table_name="savings_positions")
    op.drop_table("savings_positions")
