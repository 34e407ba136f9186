"""Savings' copies of members' loans (`member_loans`), from `lending.loan` events: compulsory
savings stay locked while the member has an open loan.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_loans",
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("aggregate_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("loan_id"),
    )
    op.create_index("ix_member_loans_member_status", "member_loans", ["member_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_member_loans_member_status", table_name="member_loans")
    op.drop_table("member_loans")
