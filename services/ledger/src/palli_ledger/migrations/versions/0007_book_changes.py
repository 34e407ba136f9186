"""Maker-checker for the books' rules: changes to posting rules and the chart of accounts wait in
book_changes until a second admin approves them.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from palli_common.tables import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "book_changes",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("target", sa.String(20), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("target_key", sa.String(100), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("proposed_by", sa.String(100), nullable=False),
        sa.Column("proposed_at", UTCDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_book_changes_status", "book_changes", ["status"])


def downgrade() -> None:
    op.drop_index("ix_book_changes_status", table_name="book_changes")
    op.drop_table("book_changes")
