"""Lending's copies of members' savings accounts (`savings_copies`), from `savings.account` events:
the collection sheet's savings due and the `min_compulsory_savings` rule.

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "savings_copies",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("deposit_due", sa.BigInteger(), nullable=False),
        sa.Column("aggregate_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account_id"),
    )
    op.create_index("ix_savings_copies_member", "savings_copies", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_savings_copies_member", table_name="savings_copies")
    op.drop_table("savings_copies")
