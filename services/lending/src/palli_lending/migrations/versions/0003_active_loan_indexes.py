"""Partial indexes for close of business and the arrears list: both read active loans only, and
closed loans pile up over the years.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_loans_active_id", "loans", ["id"], postgresql_where=sa.text("status = 'active'"), sqlite_where=sa.text("status = 'active'"))
    op.create_index(
        "ix_loans_arrears", "loans", ["branch_id", sa.text("days_past_due DESC"), "id"],
        postgresql_where=sa.text("status = 'active' AND days_past_due > 0"), sqlite_where=sa.text("status = 'active' AND days_past_due > 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_loans_arrears", table_name="loans")
    op.drop_index("ix_loans_active_id", table_name="loans")
