"""Holds on savings accounts (`savings_holds`): amounts set aside, e.g. pledged for a loan.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "savings_holds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("released_by", sa.String(length=64), nullable=True),
        sa.Column("released_at", palli_common.tables.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["savings_accounts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_savings_holds_account", "savings_holds", ["account_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_savings_holds_account", table_name="savings_holds")
    op.drop_table("savings_holds")
